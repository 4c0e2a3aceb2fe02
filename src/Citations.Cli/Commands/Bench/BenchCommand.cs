using System.CommandLine;

namespace Citations.Cli.Commands.Bench;

/// <summary>
/// <c>citations bench WORKLOAD</c>: the project's own benchmarks, one subcommand per workload, each in
/// its own file beside this one. Each prints human-readable figures and, as its last line, one JSON object
/// with the same figures for scripts.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var cmd = new Command("bench", "Measure throughput and memory on generated workloads");
        foreach (var workload in Workloads()) cmd.Subcommands.Add(workload);
        return cmd;
    }

    private static IEnumerable<Command> Workloads() =>
    [
        NotesBench.Create(),
        ExtractBench.Create(),
        FormatsBench.Create(),
        LibraryBench.Create(),
        ResolveBench.Create(),
        ApiBench.Create(),
    ];
}
