using System.Text;
using System.Text.RegularExpressions;
using Citations.Core.Pipeline;

namespace Citations.Cli.Commands.Bench;

/// <summary>
/// A historian's library made from the seeds: every generated document is a Markdown text with footnotes
/// whose notes are runs of the seeds' real notes (so Ibid. chains and short forms keep their antecedents),
/// varied per document — years shifted, cited pages moved, some authors' names changed, runs in another
/// order — so that the same works recur across documents alongside works seen once. Deterministic per index.
/// </summary>
public sealed partial class SeedLibrary
{
    readonly IReadOnlyList<IReadOnlyList<string>> _runs;

    static readonly string[] Historians =
        ["Gaddis", "Zubok", "Pechatnov", "Haslam", "Roberts", "Leffler", "Westad", "Kramer", "Naimark", "Loth", "Wettig", "Filitov", "Narinsky", "Mastny", "Harrison"];

    static readonly string[] Sentences =
    [
        "The archival record shows a more cautious course than the memoirs suggest.",
        "Moscow's instructions to the delegation were revised twice within a week.",
        "The British minutes of the meeting record a different emphasis.",
        "Historians have read this exchange as the first sign of the later rift.",
        "The documents released since 1991 allow a closer reading of these months.",
    ];

    SeedLibrary(IReadOnlyList<IReadOnlyList<string>> runs) => _runs = runs;

    /// <summary>Reads the seeds' notes once; each seed's notes in order are one source of runs.</summary>
    public static SeedLibrary FromSeeds(string seedsFolder)
    {
        var extractor = new DocumentExtractor();
        var runs = Directory.GetFiles(seedsFolder, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (IReadOnlyList<string>)extractor.Extract(File.ReadAllText(path), Path.GetFileName(path)).Notes
                .Select(n => n.Text.ReplaceLineEndings(" ")).Where(t => t.Length > 0).ToList())
            .Where(notes => notes.Count > 0)
            .ToList();
        if (runs.Count == 0) throw new InvalidOperationException($"no notes in the seeds of {seedsFolder}");
        return new SeedLibrary(runs);
    }

    /// <summary>Document <paramref name="index"/>: about <paramref name="meanNotes"/> notes (± 40%).</summary>
    public string Document(int index, int meanNotes = 100)
    {
        var notes = Notes(index, meanNotes);
        var text = new StringBuilder();
        text.Append("# Working paper ").Append(index).Append("\n\n");
        for (int n = 1; n <= notes.Count; n++)
            text.Append(Sentences[(index + n) % Sentences.Length]).Append("[^").Append(n).Append("]\n\n");
        for (int n = 1; n <= notes.Count; n++)
            text.Append("[^").Append(n).Append("]: ").Append(notes[n - 1]).Append('\n');
        return text.ToString();
    }

    /// <summary>The note texts of document <paramref name="index"/>, in order.</summary>
    public IReadOnlyList<string> Notes(int index, int meanNotes = 100)
    {
        var random = new Random(index * 7919 + 17);
        int target = Math.Max(3, (int)(meanNotes * (0.6 + 0.8 * random.NextDouble())));
        int yearShift = random.Next(10) < 6 ? 0 : random.Next(-2, 3);
        int pageShift = random.Next(10) < 5 ? 0 : random.Next(1, 40);
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = random.Next(3); i > 0; i--) renames[Historians[random.Next(Historians.Length)]] = Historians[random.Next(Historians.Length)];

        var notes = new List<string>(target);
        while (notes.Count < target)
        {
            var source = _runs[random.Next(_runs.Count)];
            int start = random.Next(source.Count);
            int length = Math.Min(random.Next(5, 30), Math.Min(source.Count - start, target - notes.Count));
            for (int i = start; i < start + length; i++) notes.Add(Vary(source[i], yearShift, pageShift, renames));
        }
        return notes;
    }

    static string Vary(string note, int yearShift, int pageShift, Dictionary<string, string> renames)
    {
        if (yearShift != 0) note = Year().Replace(note, m => (int.Parse(m.Value) + yearShift).ToString());
        if (pageShift != 0) note = Page().Replace(note, m => m.Groups["label"].Value + (int.Parse(m.Groups["n"].Value) + pageShift));
        foreach (var (from, to) in renames) note = note.Replace(from, to, StringComparison.Ordinal);
        return note;
    }

    /// <summary>Writes documents 0 … count-1 as <c>doc-NNNNN.md</c>; returns the notes written.</summary>
    public void Write(string folder, int count, int meanNotes = 100)
    {
        Directory.CreateDirectory(folder);
        for (int i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(folder, $"doc-{i:D5}.md"), Document(i, meanNotes), new UTF8Encoding(false));
    }

    [GeneratedRegex(@"(?<!\d)19[0-9]{2}(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<label>\bpp?\. )(?<n>\d{1,3})(?!\d)")]
    private static partial Regex Page();
}
