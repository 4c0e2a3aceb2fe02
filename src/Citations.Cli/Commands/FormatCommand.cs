using System.CommandLine;
using Citations.Csl;
using Citations.Csl.Output;

namespace Citations.Cli.Commands;

/// <summary>
/// <c>citations format --style ID|PATH --in items.json [--mode bibliography|citation|notes] [--format text|html|rtf]</c>:
/// renders CSL-JSON items with a CSL style (the Chicago styles in styles/ are built in).
/// </summary>
public static class FormatCommand
{
    public static Command Create()
    {
        var style = new Option<string>("--style") { Description = "Style id (a file name in styles/, e.g. chicago-notes-bibliography) or path to a .csl file", Required = true };
        var input = new Option<string>("--in") { Description = "CSL-JSON items (array), or {\"items\": [...], \"citations\": [[cites]...]}", Required = true };
        var mode = new Option<string>("--mode") { Description = "bibliography, citation (one citation per item) or notes (one footnote per item, or per given citation)", DefaultValueFactory = _ => "bibliography" };
        mode.AcceptOnlyFromAmong("bibliography", "citation", "notes");
        var format = new Option<string>("--format") { Description = "text, html or rtf", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "html", "rtf");
        var locales = new Option<string?>("--locales-dir") { Description = "Folder with locales-xx-XX.xml (default: built-in locales)" };
        var cmd = new Command("format", "Render CSL-JSON items with a CSL style");
        cmd.Options.Add(style);
        cmd.Options.Add(input);
        cmd.Options.Add(mode);
        cmd.Options.Add(format);
        cmd.Options.Add(locales);
        cmd.SetAction(pr =>
        {
            var output = pr.InvocationConfiguration.Output;
            var processor = CslInput.Processor(CslInput.LoadStyleXml(pr.GetValue(style)!), CslInput.Locales(pr.GetValue(locales)));
            var (items, given) = CslInput.ReadItems(pr.GetValue(input)!);
            var fmt = OutputFormat.FromName(pr.GetValue(format))!;
            var m = pr.GetValue(mode)!;
            var options = new RenderOptions { Format = fmt };
            List<ClusterInput> clusters;
            if (m == "bibliography")
            {
                if (processor.Style.Bibliography is null) throw new UsageException("this style has no bibliography");
                options.Bibliography = true;
                options.BibliographyIds = items.Select(i => i.Id).ToList();
                clusters = new List<ClusterInput>();
            }
            else if (given is not null)
            {
                clusters = given;
                options.ComputePositions = m == "notes";
            }
            else
            {
                clusters = items.Select((it, i) => new ClusterInput { NoteIndex = i + 1, Cites = { new CiteInput { Id = it.Id } } }).ToList();
                options.ComputePositions = m == "notes";
            }
            var result = processor.Render(items, clusters, options);
            foreach (var w in result.Warnings) pr.InvocationConfiguration.Error.WriteLine($"citations: warning: {w}");
            if (m == "bibliography")
            {
                if (fmt.Name == "html") output.WriteLine(result.BibliographyText(fmt));
                else foreach (var e in result.BibliographyEntries) output.WriteLine(fmt.Name == "rtf" ? e : e.Trim());
            }
            else
            {
                for (int i = 0; i < result.Clusters.Count; i++)
                    output.WriteLine(m == "notes" ? $"{clusters[i].NoteIndex}. {result.Clusters[i]}" : result.Clusters[i]);
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
