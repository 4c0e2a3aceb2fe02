using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Citations.Core.Resolution;
using Citations.Storage;
using Citations.Worker;
using Citations.Worker.Hosting;
using Citations.Worker.Pass;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Citations.Cli.Commands.Bench;

/// <summary>
/// <c>citations bench library</c>: the nightly pass on a SQLite library generated from the seeds —
/// a full pass (import, parse, merge, export) over N documents, then a pass over the unchanged library —
/// with seconds, notes per second and the peak working set.
/// </summary>
public static class LibraryBench
{
    public static Command Create()
    {
        var documents = new Option<int>("--documents") { Description = "Documents in the library.", DefaultValueFactory = _ => 2000 };
        var notes = new Option<int>("--notes") { Description = "Mean notes per document.", DefaultValueFactory = _ => 100 };
        var seeds = new Option<string>("--seeds") { Description = "The seed documents.", DefaultValueFactory = _ => "seeds" };
        var folder = new Option<string?>("--folder") { Description = "Where to build the library (default: a new temporary folder, removed after)." };
        var command = new Command("library", "The worker's pass over a generated library on SQLite: full, then unchanged.") { documents, notes, seeds, folder };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var o = parse.InvocationConfiguration.Output;
            string seedFolder = parse.GetValue(seeds)!;
            if (!Directory.Exists(seedFolder)) throw new UsageException($"{seedFolder}: no such folder (run from the repository root or give --seeds)");
            string root = parse.GetValue(folder) ?? Path.Combine(Path.GetTempPath(), $"citations-bench-{Environment.ProcessId}");
            bool temporary = parse.GetValue(folder) is null;
            try
            {
                if (Directory.Exists(Path.Combine(root, "inbox")) || File.Exists(Path.Combine(root, "citations.db")))
                    throw new UsageException($"{root} already holds a library; give an empty or new folder");
                var generate = Stopwatch.StartNew();
                SeedLibrary.FromSeeds(seedFolder).Write(Path.Combine(root, "inbox"), parse.GetValue(documents), parse.GetValue(notes));
                o.WriteLine($"generated {parse.GetValue(documents):N0} documents in {generate.Elapsed.TotalSeconds:F1} s under {root}");

                var settings = new CitationsSettings(root, "sqlite", Path.Combine(root, "citations.db"), Path.Combine(root, "inbox"), Path.Combine(root, "exports"));
                await using var store = await LibraryStores.OpenAsync(settings.Provider, settings.ConnectionString, cancellationToken);
                var pass = new LibraryPass(store, NoResolution.Instance, Options.Create(new WorkerOptions()), settings, NullLogger<LibraryPass>.Instance);

                var (full, fullCost) = await Measurement.RunAsync(() => pass.RunAsync(cancellationToken));
                long fullPeak = fullCost.PeakWorkingSet;
                o.WriteLine($"full pass:      {full.Duration.TotalSeconds,7:F1} s  {full.Parse.Parsed:N0} documents, {full.Parse.Notes:N0} notes ({full.Parse.Notes / full.Duration.TotalSeconds:N0} notes/s), " +
                    $"{full.Parse.Citations:N0} citations, {full.Library.References:N0} references, peak working set {fullPeak / 1e6:N0} MB");
                var (unchanged, unchangedCost) = await Measurement.RunAsync(() => pass.RunAsync(cancellationToken));
                long unchangedPeak = unchangedCost.PeakWorkingSet;
                o.WriteLine($"unchanged pass: {unchanged.Duration.TotalSeconds,7:F1} s  {unchanged.Parse.Parsed:N0} documents parsed, exports {(unchanged.Export.Written ? "rewritten" : "unchanged")}");
                long bytes = new FileInfo(settings.ConnectionString).Length;
                o.WriteLine($"library file:   {bytes / 1e6:N0} MB");
                o.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["documents"] = full.Parse.Parsed, ["notes"] = full.Parse.Notes, ["citations"] = full.Parse.Citations, ["references"] = full.Library.References,
                    ["full_seconds"] = Math.Round(full.Duration.TotalSeconds, 2), ["notes_per_second"] = Math.Round(full.Parse.Notes / full.Duration.TotalSeconds),
                    ["unchanged_seconds"] = Math.Round(unchanged.Duration.TotalSeconds, 2), ["unchanged_parsed"] = unchanged.Parse.Parsed,
                    ["peak_working_set_mb"] = Math.Round(Math.Max(fullPeak, unchangedPeak) / 1e6), ["library_mb"] = Math.Round(bytes / 1e6),
                }));
                return ExitCodes.Ok;
            }
            finally
            {
                if (temporary && Directory.Exists(root)) Directory.Delete(root, recursive: true);
            }
        });
        return command;
    }
}
