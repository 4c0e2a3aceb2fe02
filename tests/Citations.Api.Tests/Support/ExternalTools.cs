using System.Diagnostics;

namespace Citations.Api.Tests.Support;

/// <summary>The real clients the API's output is fed to.</summary>
public enum Client
{
    /// <summary>biber, from <c>.ci/install-apt.sh</c>.</summary>
    Biber,
    /// <summary>citeproc-js in <c>.tools/node</c>, from <c>.ci/install-node-tools.sh</c>.</summary>
    Citeproc,
    /// <summary>bibutils' <c>ris2xml</c>, from <c>.ci/install-api-tools.sh</c>.</summary>
    Ris2Xml,
}

/// <summary>Finds the clients and runs them.</summary>
public static class ExternalTools
{
    /// <summary>CI sets CI=true: there a missing client is a failure, not a skip.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Missing(Client client) => client switch
    {
        Client.Biber => OnPath("biber") is null ? "biber is not installed: run .ci/install-apt.sh" : null,
        Client.Citeproc => OnPath("node") is null ? "node is not installed: run .ci/install-apt.sh"
            : !Directory.Exists(Path.Combine(Repo.NodeTools, "node_modules", "citeproc")) ? $"citeproc-js is not in {Repo.NodeTools}: run .ci/install-node-tools.sh" : null,
        Client.Ris2Xml => OnPath("ris2xml") is null ? "bibutils (ris2xml) is not installed: run .ci/install-api-tools.sh" : null,
        _ => throw new ArgumentOutOfRangeException(nameof(client)),
    };

    public static string Require(Client client, string program) =>
        Missing(client) is { } why ? throw new InvalidOperationException($"{why} (CI={Environment.GetEnvironmentVariable("CI")})") : OnPath(program)!;

    static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static Result Run(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
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
}

/// <summary>A test that feeds output to a real client: skipped outside CI when the client is missing, failed in CI.</summary>
public sealed class ClientFactAttribute : FactAttribute
{
    public ClientFactAttribute(Client client)
    {
        if (!ExternalTools.InCi && ExternalTools.Missing(client) is { } why) Skip = why;
    }
}
