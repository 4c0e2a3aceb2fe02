using System.Diagnostics;

namespace Citations.Cli.Commands.Bench;

/// <summary>What one measured run cost: wall time, CPU time of the whole process, the peak working set
/// sampled every 20 ms while it ran, bytes allocated and garbage collections (all generations).</summary>
public sealed record Measurement(TimeSpan Wall, TimeSpan Cpu, long PeakWorkingSet, long Allocated, int Collections, TimeSpan GcPause)
{
    public double PeakMegabytes => PeakWorkingSet / 1e6;

    public static async Task<(T Result, Measurement Cost)> RunAsync<T>(Func<Task<T>> run)
    {
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        process.Refresh();
        long peak = process.WorkingSet64;
        var cpuBefore = process.TotalProcessorTime;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        int collectionsBefore = GC.CollectionCount(0);
        var pauseBefore = GC.GetTotalPauseDuration();
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                try { await Task.Delay(20, sampling.Token); } catch (OperationCanceledException) { }
            }
        });
        var wall = Stopwatch.StartNew();
        var result = await run();
        wall.Stop();
        sampling.Cancel();
        await sampler;
        process.Refresh();
        peak = Math.Max(peak, process.WorkingSet64);
        return (result, new Measurement(wall.Elapsed, process.TotalProcessorTime - cpuBefore, peak,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, GC.CollectionCount(0) - collectionsBefore, GC.GetTotalPauseDuration() - pauseBefore));
    }

    public static Task<(T Result, Measurement Cost)> Run<T>(Func<T> run) => RunAsync(() => Task.FromResult(run()));
}
