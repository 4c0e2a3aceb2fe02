using System.CommandLine;
using System.Text;
using System.Text.Json;
using Citations.Core.Json;
using Citations.Core.Model;
using Citations.Core.Pipeline;

namespace Citations.Cli.Commands.Bench;

/// <summary>
/// <c>citations bench notes</c>: what <c>citations parse-notes</c> does, file to file, on JSON Lines made from the
/// seeds' notes (runs of real notes, varied per document; see <see cref="SeedLibrary"/>). A warm-up run first, then
/// a small and a full run, so that notes per second of wall time, notes per CPU-second (per core) and the peak
/// working set can be compared across sizes: a streaming run keeps the same memory as its input grows.
/// </summary>
public static class NotesBench
{
    public static Command Create()
    {
        var count = new Option<int>("--notes") { Description = "Notes in the full run.", DefaultValueFactory = _ => 100_000 };
        var seeds = new Option<string>("--seeds") { Description = "The seed documents.", DefaultValueFactory = _ => "seeds" };
        var jobs = new Option<int>("--jobs") { Description = "Documents parsed at once (0: one per core).", DefaultValueFactory = _ => 0 };
        var repeat = new Option<int>("--repeat") { Description = "Runs of the full workload; the best and the median are reported (a shared machine's speed varies).", DefaultValueFactory = _ => 3 };
        var command = new Command("notes", "parse-notes throughput and memory on notes made from the seeds.") { count, seeds, jobs, repeat };
        command.SetAction(async (parse, _) =>
        {
            var o = parse.InvocationConfiguration.Output;
            string seedFolder = parse.GetValue(seeds)!;
            if (!Directory.Exists(seedFolder)) throw new UsageException($"{seedFolder}: no such folder (run from the repository root or give --seeds)");
            int total = parse.GetValue(count);
            if (total < 1000) throw new UsageException("--notes must be at least 1000");
            var library = SeedLibrary.FromSeeds(seedFolder);
            string folder = Directory.CreateTempSubdirectory("citations-bench-notes-").FullName;
            try
            {
                var results = new Dictionary<string, object>();
                var runs = new List<(string Name, int Size)> { ("warm-up", 2_000), ("small", total / 10) };
                for (int r = 1; r <= Math.Max(1, parse.GetValue(repeat)); r++) runs.Add(($"full-{r}", total));
                var fullRates = new List<(double PerSecond, double PerCpuSecond)>();
                foreach (var (name, size) in runs)
                {
                    string input = Path.Combine(folder, $"{name}.jsonl"), output = Path.Combine(folder, $"{name}.out.jsonl");
                    long bytes = WriteWorkload(library, input, size);
                    var (stats, cost) = await Measurement.RunAsync(() => Task.FromResult(ParseFile(input, output, parse.GetValue(jobs))));
                    double perSecond = stats.Notes / cost.Wall.TotalSeconds, perCpuSecond = stats.Notes / cost.Cpu.TotalSeconds;
                    o.WriteLine($"{name,-8} {stats.Notes,9:N0} notes ({bytes / 1e6:N1} MB): {cost.Wall.TotalSeconds,6:F2} s, " +
                        $"{perSecond,8:N0} notes/s, {perCpuSecond,8:N0} notes per CPU-second, peak working set {cost.PeakMegabytes:N0} MB, " +
                        $"{cost.Allocated / (double)stats.Notes / 1024:N0} KB allocated per note, {cost.Collections} GCs ({cost.GcPause.TotalSeconds:F2} s paused)");
                    if (name == "warm-up") continue;
                    if (name.StartsWith("full", StringComparison.Ordinal))
                    {
                        fullRates.Add((perSecond, perCpuSecond));
                        if (name != "full-1") continue;
                    }
                    results[$"{name}_notes"] = stats.Notes;
                    results[$"{name}_seconds"] = Math.Round(cost.Wall.TotalSeconds, 3);
                    results[$"{name}_notes_per_second"] = Math.Round(perSecond);
                    results[$"{name}_notes_per_cpu_second"] = Math.Round(perCpuSecond);
                    results[$"{name}_peak_working_set_mb"] = Math.Round(cost.PeakMegabytes);
                    results[$"{name}_allocated_kb_per_note"] = Math.Round(cost.Allocated / (double)stats.Notes / 1024);
                    results[$"{name}_gc_pause_seconds"] = Math.Round(cost.GcPause.TotalSeconds, 3);
                }
                var bestWall = fullRates.Max(f => f.PerSecond);
                var bestCpu = fullRates.Max(f => f.PerCpuSecond);
                var medianCpu = fullRates.Select(f => f.PerCpuSecond).Order().ElementAt(fullRates.Count / 2);
                o.WriteLine($"full runs: best {bestWall:N0} notes/s, best {bestCpu:N0} and median {medianCpu:N0} notes per CPU-second");
                results["full_best_notes_per_second"] = Math.Round(bestWall);
                results["full_best_notes_per_cpu_second"] = Math.Round(bestCpu);
                results["full_median_notes_per_cpu_second"] = Math.Round(medianCpu);
                results["cores"] = Environment.ProcessorCount;
                o.WriteLine(JsonSerializer.Serialize(results));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    static NoteStream.Stats ParseFile(string input, string output, int jobs)
    {
        using var reader = new StreamReader(input);
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 16);
        return new NoteStream(new NoteParser(), jobs).Run(reader, writer);
    }

    /// <summary>Documents of about a hundred notes each, as parse-notes takes them; returns the file's size.</summary>
    static long WriteWorkload(SeedLibrary library, string path, int notes)
    {
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            int written = 0;
            for (int doc = 0; written < notes; doc++)
            {
                var texts = library.Notes(doc);
                for (int n = 0; n < texts.Count && written < notes; n++, written++)
                    writer.WriteLine(JsonSerializer.Serialize(new NoteInput { Doc = $"d{doc}", N = n + 1, Text = texts[n] }, CitationsJson.Options));
            }
        }
        return new FileInfo(path).Length;
    }
}
