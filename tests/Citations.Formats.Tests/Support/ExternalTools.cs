using System.Diagnostics;

namespace Citations.Formats.Tests.Support;

/// <summary>The real clients the writers' output is fed to.</summary>
public enum Client
{
    /// <summary>biber, installed by <c>.ci/install-apt.sh</c>.</summary>
    Biber,

    /// <summary>node with the packages <c>.ci/install-node-tools.sh</c> puts in <c>.tools/node</c>.</summary>
    NodeTools,
}

/// <summary>Finds the clients, and runs them.</summary>
static class ExternalTools
{
    /// <summary>CI sets CI=true: there a missing client is a failure, not a skip.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the client cannot run here, or null when it can.</summary>
    public static string? Missing(Client client) => client switch
    {
        Client.Biber => FindOnPath("biber") is null ? "biber is not installed: run .ci/install-apt.sh" : null,
        Client.NodeTools => FindOnPath("node") is null ? "node is not installed"
            : !Directory.Exists(Path.Combine(RepositoryPaths.NodeTools, "node_modules", "@citation-js", "plugin-ris"))
              ? $"the node clients are not in {RepositoryPaths.NodeTools}: run .ci/install-node-tools.sh"
              : null,
        _ => throw new ArgumentOutOfRangeException(nameof(client)),
    };

    public static string Require(Client client, string program) =>
        Missing(client) is { } why ? throw new InvalidOperationException($"{why} (CI={Environment.GetEnvironmentVariable("CI")})") : FindOnPath(program)!;

    static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

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

    /// <summary>Runs one of the scripts in Clients/ with node, the node packages' folder as its first argument.</summary>
    public static Result Node(string script, params string[] arguments) =>
        Run(Require(Client.NodeTools, "node"), [Path.Combine(RepositoryPaths.Clients, script), RepositoryPaths.NodeTools, .. arguments]);
}

/// <summary>
/// A test that feeds output to a real client. Outside CI it is skipped, saying what to install,
/// when the client is missing; in CI (CI=true) it runs and fails on the missing client.
/// </summary>
public sealed class ClientFactAttribute : FactAttribute
{
    public ClientFactAttribute(Client client)
    {
        if (!ExternalTools.InCi && ExternalTools.Missing(client) is { } why) Skip = why;
    }
}
