using System.CommandLine;

namespace Citations.Cli.Commands;

/// <summary>Every subcommand of <c>citations</c>; each lives in its own file beside this one.</summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> Create() =>
    [
        ExtractCommand.Create(),
        ParseNotesCommand.Create(),
        EvalCommand.Create(),
        FormatCommand.Create(),
        CslRunCommand.Create(),
        CslBenchCommand.Create(),
        Bench.BenchCommand.Create(),
        WorkerCommand.Create(),
        LibraryCommand.Create(),
        ResolveCommand.Create(),
        ServeCommand.Create(),
    ];
}
