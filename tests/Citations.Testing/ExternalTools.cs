using System.Diagnostics;

namespace Citations.Testing;

/// <summary>The real programs the outputs are fed to, each installed by a script of <c>.ci/</c>.</summary>
public enum Client
{
    /// <summary>biber, from <c>.ci/install-apt.sh</c>.</summary>
    Biber,
    /// <summary>node with the citation-js packages in <c>.tools/node</c>, from <c>.ci/install-node-tools.sh</c>.</summary>
    NodeTools,
    /// <summary>citeproc-js in <c>.tools/node</c>, from <c>.ci/install-node-tools.sh</c>.</summary>
    Citeproc,
    /// <summary>bibutils' <c>ris2xml</c>, from <c>.ci/install-api-tools.sh</c>.</summary>
    Ris2Xml,
}

/// <summary>Finds the clients and runs them.</summary>
public static class ExternalTools
{
    /// <summary>Why the client cannot run here, or null when it can.</summary>
    public static string? Missing(Client client) => client switch
    {
        Client.Biber => OnPath("biber") is null ? "biber is not installed: run .ci/install-apt.sh" : null,
        Client.NodeTools => NodePackageMissing(Path.Combine("@citation-js", "plugin-ris"), "the citation-js clients"),
        Client.Citeproc => NodePackageMissing("citeproc", "citeproc-js"),
        Client.Ris2Xml => OnPath("ris2xml") is null ? "bibutils (ris2xml) is not installed: run .ci/install-api-tools.sh" : null,
        _ => throw new ArgumentOutOfRangeException(nameof(client)),
    };

    static string? NodePackageMissing(string package, string what) =>
        OnPath("node") is null ? "node is not installed: run .ci/install-apt.sh"
        : !Directory.Exists(Path.Combine(Repo.NodeTools, "node_modules", package)) ? $"{what} not in {Repo.NodeTools}: run .ci/install-node-tools.sh"
        : null;

    /// <summary>The program's path; a missing client is an error here (the test was not skipped, so this is CI).</summary>
    public static string Require(Client client, string program) =>
        Missing(client) is { } why ? throw new InvalidOperationException($"{why} (CI={Environment.GetEnvironmentVariable("CI")})") : OnPath(program)!;

    static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static Result Run(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in two minutes");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A node script, the node packages' folder as its first argument.</summary>
    public static Result Node(string script, params string[] arguments) =>
        Run(Require(Client.NodeTools, "node"), [script, Repo.NodeTools, .. arguments]);
}

/// <summary>A test that feeds output to a real client: skipped outside CI when the client is missing, failed on CI.</summary>
public sealed class ClientFactAttribute : FactAttribute
{
    public ClientFactAttribute(Client client)
    {
        if (!Ci.IsCi && ExternalTools.Missing(client) is { } why) Skip = why;
    }
}
