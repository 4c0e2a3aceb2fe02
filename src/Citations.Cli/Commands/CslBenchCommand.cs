using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Citations.Csl;
using Citations.Csl.Output;
using Citations.Csl.Style;

namespace Citations.Cli.Commands;

/// <summary>
/// <c>citations csl-bench --task bibliography|citations --items F.json --style S.csl --out FILE [--locales-dir D]</c>:
/// one timed run for the harness's bench/run-bench.js (--bench-cmd). Prints as its last line
/// {"renderMs", "setupMs", "styleLoadWarmMs", "version"}.
/// </summary>
public static class CslBenchCommand
{
    public static Command Create()
    {
        var task = new Option<string>("--task") { Required = true, Description = "bibliography or citations" };
        task.AcceptOnlyFromAmong("bibliography", "citations");
        var items = new Option<string>("--items") { Required = true, Description = "CSL-JSON items" };
        var style = new Option<string>("--style") { Required = true, Description = "Style file or id" };
        var outFile = new Option<string?>("--out") { Description = "Write the rendered entries/notes here" };
        var locales = new Option<string?>("--locales-dir") { Description = "Folder with locales-xx-XX.xml" };
        var cmd = new Command("csl-bench", "Timed CSL rendering run (benchmark harness protocol)");
        foreach (var o in new Option[] { task, items, style, outFile, locales }) cmd.Options.Add(o);
        cmd.SetAction(pr =>
        {
            var styleXml = CslInput.LoadStyleXml(pr.GetValue(style)!);
            var (refs, _) = CslInput.ReadItems(pr.GetValue(items)!);
            var localeProvider = CslInput.Locales(pr.GetValue(locales));
            var sw = Stopwatch.StartNew();
            var processor = CslInput.Processor(styleXml, localeProvider);
            var setupMs = sw.Elapsed.TotalMilliseconds;
            // Warm style load: parse again a few times, report the median.
            var loads = new List<double>();
            for (int i = 0; i < 5; i++)
            {
                sw.Restart();
                _ = StyleParser.Parse(styleXml);
                loads.Add(sw.Elapsed.TotalMilliseconds);
            }
            loads.Sort();
            var options = new RenderOptions { Format = OutputFormat.Html };
            List<string> output;
            sw.Restart();
            if (pr.GetValue(task) == "bibliography")
            {
                options.Bibliography = true;
                options.BibliographyIds = refs.Select(r => r.Id).ToList();
                output = processor.Render(refs, [], options).BibliographyEntries;
            }
            else
            {
                var clusters = refs.Select((r, i) => new ClusterInput { NoteIndex = i + 1, Cites = { new CiteInput { Id = r.Id } } }).ToList();
                output = processor.Render(refs, clusters, options).Clusters;
            }
            var renderMs = sw.Elapsed.TotalMilliseconds;
            if (pr.GetValue(outFile) is { } path) File.WriteAllText(path, string.Join("\n", output) + "\n");
            var version = typeof(CslProcessor).Assembly.GetName().Version?.ToString(3) ?? "0";
            pr.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(new
            {
                renderMs = Math.Round(renderMs, 1),
                setupMs = Math.Round(setupMs, 1),
                styleLoadWarmMs = Math.Round(loads[loads.Count / 2], 2),
                entries = output.Count,
                version,
            }));
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
