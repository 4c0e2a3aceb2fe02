using System.CommandLine;
using System.Text;
using System.Text.Json;
using Citations.Core.Json;
using Citations.Core.Notes;
using Citations.Core.Pipeline;

namespace Citations.Cli.Commands.Bench;

/// <summary>
/// <c>citations bench extract</c>: <c>citations extract --format json</c> on one large document, in memory from text
/// to JSON. Two layouts: a Markdown text with footnotes made from the seeds' notes (see <see cref="SeedLibrary"/>),
/// and the PDF text of seed 001 (note numbers on lines of their own, running page numbers) repeated with its
/// note numbers carried on up to 999, the layout whose note finder has the most to do.
/// </summary>
public static class ExtractBench
{
    public static Command Create()
    {
        var megabytes = new Option<double>("--megabytes") { Description = "Size of the document.", DefaultValueFactory = _ => 10 };
        var layout = new Option<string>("--layout") { Description = "markdown or pdf.", DefaultValueFactory = _ => "markdown" };
        layout.AcceptOnlyFromAmong("markdown", "pdf");
        var seeds = new Option<string>("--seeds") { Description = "The seed documents.", DefaultValueFactory = _ => "seeds" };
        var save = new Option<string?>("--save") { Description = "Also write the generated document to this file, to run citations extract on it." };
        var command = new Command("extract", "extract time and memory on one large document made from the seeds.") { megabytes, layout, seeds, save };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var o = parse.InvocationConfiguration.Output;
            string seedFolder = parse.GetValue(seeds)!;
            if (!Directory.Exists(seedFolder)) throw new UsageException($"{seedFolder}: no such folder (run from the repository root or give --seeds)");
            int bytes = (int)(parse.GetValue(megabytes) * 1_000_000);
            string text = parse.GetValue(layout) == "pdf" ? PdfDocument(seedFolder, bytes) : MarkdownDocument(seedFolder, bytes);
            if (parse.GetValue(save) is { } path) File.WriteAllText(path, text, new UTF8Encoding(false));
            var extractor = new DocumentExtractor();
            extractor.Extract(MarkdownDocument(seedFolder, 50_000), "warm-up");
            var (json, cost) = await Measurement.RunAsync(() =>
            {
                var result = extractor.Extract(text, "bench");
                return Task.FromResult((result, CitationsJson.Serialize(result, indented: true)));
            });
            var (result, output) = json;
            int citations = result.Notes.Sum(n => n.Citations.Count);
            o.WriteLine($"{parse.GetValue(layout)} document of {Encoding.UTF8.GetByteCount(text) / 1e6:N1} MB: {result.Notes.Count:N0} notes, {citations:N0} citations, " +
                $"{result.References.Count:N0} references, {output.Length / 1e6:N0} MB of JSON");
            o.WriteLine($"extract: {cost.Wall.TotalSeconds:F2} s ({cost.Cpu.TotalSeconds:F2} s CPU), peak working set {cost.PeakMegabytes:N0} MB, " +
                $"{cost.Allocated / 1e9:N1} GB allocated, {cost.Collections} GCs ({cost.GcPause.TotalSeconds:F2} s paused)");
            o.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["layout"] = parse.GetValue(layout)!, ["megabytes"] = Math.Round(Encoding.UTF8.GetByteCount(text) / 1e6, 1), ["notes"] = result.Notes.Count,
                ["citations"] = citations, ["seconds"] = Math.Round(cost.Wall.TotalSeconds, 3), ["cpu_seconds"] = Math.Round(cost.Cpu.TotalSeconds, 3),
                ["peak_working_set_mb"] = Math.Round(cost.PeakMegabytes),
            }));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// One Markdown document whose footnotes are the notes of generated documents, numbered on, each called from a
    /// paragraph of body text, so that notes are about a quarter of the text as in seed 003 (≈ 1,500 notes a megabyte).
    /// </summary>
    public static string MarkdownDocument(string seedFolder, int bytes)
    {
        var library = SeedLibrary.FromSeeds(seedFolder);
        var body = new StringBuilder();
        var notes = new StringBuilder();
        int n = 0;
        for (int doc = 0; body.Length + notes.Length < bytes; doc++)
            foreach (string note in library.Notes(doc))
            {
                n++;
                for (int sentence = 0; sentence < 4; sentence++) body.Append(Paragraph[(n + sentence) % Paragraph.Length]).Append(' ');
                body.Append("[^").Append(n).Append("]\n\n");
                notes.Append("[^").Append(n).Append("]: ").Append(note).Append('\n');
            }
        return body.Append('\n').Append(notes).ToString();
    }

    static readonly string[] Paragraph =
    [
        "The Soviet leadership weighed the proposal for several weeks before the Politburo gave its answer.",
        "Molotov's instructions to the embassy reflected both caution and a readiness to probe Western intentions.",
        "In Washington the State Department read the note as a tactical move aimed at delaying the integration of the Federal Republic.",
        "The British Foreign Office, for its part, saw little in the exchange that would justify a change of course.",
        "Later accounts, written with the benefit of the archives opened after 1991, give a more complicated picture.",
        "The records of the conversation survive in both the Russian and the American files, and they do not entirely agree.",
    ];

    /// <summary>
    /// Seed 001's PDF text again and again, as one long text whose notes are numbered on from copy to copy: every
    /// copy renumbers what the note finder reads as numbers — the body's markers, the numbers that open a note's
    /// text, and the numbers on lines of their own (note numbers, and running page numbers with them). The seed is
    /// an excerpt whose foot-of-page texts hold 26 of the 96 notes its body marks, and so does every copy. Numbering
    /// runs on to 999 at most, so this document is under a megabyte whatever <c>--megabytes</c> asks.
    /// </summary>
    public static string PdfDocument(string seedFolder, int bytes)
    {
        string seed = File.ReadAllText(Directory.GetFiles(seedFolder, "001_*.txt").Single());
        var source = new SourceText(seed);
        var lines = source.Lines;
        var found = new NoteFinder().Find(source);
        // The excerpt's body marks notes up to 96 while its pages hold the texts of some of them only.
        var markers = BodyMarkers.FindNumeric(source);
        int perCopy = Math.Max(found.Notes.Max(n => n.Number), markers.Max(m => m.Number));
        // Where each copy changes a number: (line, 0-based column, digits) of markers and of numbers opening a note.
        var numberAt = new Dictionary<int, List<(int Column, int Length)>>();
        void Add(int line, int column, int length) =>
            (numberAt.TryGetValue(line, out var list) ? list : numberAt[line] = []).Add((column, length));
        foreach (var marker in markers) Add(marker.Line, marker.Column, marker.Number.ToString().Length);
        foreach (var note in found.Notes)
        {
            string digits = note.Number.ToString();
            if (lines[note.Lines.First - 1].StartsWith(digits, StringComparison.Ordinal)) Add(note.Lines.First, 0, digits.Length);
        }
        var text = new StringBuilder(bytes + seed.Length);
        // Note numbers have one to three digits (four are a year), so the numbering, and the document, stop at 999.
        for (int copy = 0; text.Length < bytes && (copy + 1) * perCopy <= 999; copy++)
        {
            int offset = copy * perCopy;
            for (int ln = 1; ln <= lines.Count; ln++)
            {
                string line = lines[ln - 1];
                string trimmed = line.Trim();
                if (trimmed.Length is > 0 and <= 3 && trimmed.All(char.IsAsciiDigit)) line = (int.Parse(trimmed) + offset).ToString();
                else if (offset > 0 && numberAt.TryGetValue(ln, out var places))
                    foreach (var (column, length) in places.OrderByDescending(p => p.Column))
                        if (column + length <= line.Length && int.TryParse(line.AsSpan(column, length), out int n))
                            line = line[..column] + (n + offset) + line[(column + length)..];
                text.Append(line).Append('\n');
            }
        }
        return text.ToString();
    }
}
