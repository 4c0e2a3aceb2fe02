using System.CommandLine;

namespace Citations.Cli;

/// <summary>Exit statuses of the output contract.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}

/// <summary>
/// A command that runs a host until it is stopped: the host's own lifetime handles SIGTERM and Ctrl+C, letting work
/// in flight finish for its shutdown timeout, instead of System.CommandLine's cancellation that ends the process
/// two seconds later.
/// </summary>
public sealed class HostedCommand(string name, string? description = null) : Command(name, description);

/// <summary>A user's mistake (bad option, unreadable file): a message on stderr and exit status 2, never a stack trace.</summary>
public sealed class UsageException(string message) : Exception(message);

public static class Cli
{
    /// <summary>The <c>citations</c> command with every subcommand.</summary>
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("citations: footnotes to structured references, BibTeX and Chicago, for historians.");
        foreach (var command in Commands.CommandCatalog.Create()) root.Subcommands.Add(command);
        return root;
    }

    /// <summary>Parses and runs a command line, mapping parse errors and user mistakes to exit status 2.</summary>
    public static int Run(RootCommand root, string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stderr ??= Console.Error;
        var config = new InvocationConfiguration { Output = stdout ?? Console.Out, Error = stderr, EnableDefaultExceptionHandler = false };
        var result = root.Parse(args);
        if (result.CommandResult.Command is HostedCommand) config.ProcessTerminationTimeout = null;
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
                stderr.WriteLine($"citations: {error.Message}");
            stderr.WriteLine("Try 'citations --help'.");
            return ExitCodes.Usage;
        }
        try
        {
            return result.Invoke(config);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"citations: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
