using System.Text;
using System.Text.Json;
using Citations.Csl.Data;
using Citations.Csl.Locale;
using Citations.Csl.Output;
using Citations.Csl.Tests.Conformance;
using Xunit.Abstractions;

namespace Citations.Csl.Tests.Oracle;

/// <summary>
/// Renders Oracle/corpus.json (historians' references: archives, FRUS, newspapers, transliterated
/// titles …) with our engine and with citeproc-js under node, note by note and entry by entry, for
/// the Chicago styles people use. Mismatches may not exceed the committed per-style count in
/// oracle-baseline.txt (the goal is zero). Skipped, with a message, when node or the npm package
/// citeproc is missing (.ci/install-node-tools.sh installs it).
/// </summary>
public class OracleTests(ITestOutputHelper output)
{
    public static TheoryData<string> Styles => new()
    {
        "chicago-notes-bibliography",
        "chicago-shortened-notes-bibliography",
        "chicago-notes-bibliography-subsequent-ibid",
        "chicago-notes-bibliography-archive-place-first",
        "chicago-author-date",
    };

    [Theory]
    [MemberData(nameof(Styles))]
    public void Matches_citeproc_js(string styleId)
    {
        var root = Repo.Root;
        var dir = Path.Combine(root, "tests", "Citations.Csl.Tests", "Oracle");
        var stylePath = Path.Combine(root, "styles", styleId + ".csl");
        var corpusPath = Path.Combine(dir, "corpus.json");
        var outPath = Path.Combine(Path.GetTempPath(), $"oracle-{styleId}-{Environment.ProcessId}.json");
        if (!CiteprocJs.Render(stylePath, corpusPath, outPath, styleId, output)) return;
        using var expectedDoc = JsonDocument.Parse(File.ReadAllText(outPath));
        File.Delete(outPath);
        var expectedNotes = expectedDoc.RootElement.GetProperty("notes").EnumerateArray().Select(e => e.GetString()!).ToList();
        var expectedBib = expectedDoc.RootElement.GetProperty("bibliography").EnumerateArray().Select(e => e.GetString()!).ToList();

        var (notes, bib) = RenderOurs(stylePath, corpusPath);
        var diffs = new StringBuilder();
        int noteDiffs = Compare("note", expectedNotes, notes, diffs);
        int bibDiffs = Compare("entry", expectedBib, bib, diffs);
        int total = noteDiffs + bibDiffs;
        var summary = $"{styleId}: notes {expectedNotes.Count - noteDiffs}/{expectedNotes.Count} identical, bibliography {expectedBib.Count - bibDiffs}/{expectedBib.Count} identical";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        if (total > 0)
        {
            output.WriteLine(diffs.ToString());
            var dump = Environment.GetEnvironmentVariable("CSL_ORACLE_DUMP");
            if (!string.IsNullOrEmpty(dump)) File.WriteAllText($"{dump}.{styleId}.txt", diffs.ToString());
        }
        int allowed = Baseline(dir, styleId);
        Assert.True(total <= allowed, $"{summary}; {total} differences > allowed {allowed}\n{diffs.ToString()[..Math.Min(4000, diffs.Length)]}");
    }

    private static int Baseline(string dir, string styleId)
    {
        var file = Path.Combine(dir, "oracle-baseline.txt");
        foreach (var line in File.ReadAllLines(file))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && parts[0] == styleId) return int.Parse(parts[1]);
        }
        return 0;
    }

    internal static int Compare(string what, List<string> expected, List<string> actual, StringBuilder diffs)
    {
        int n = 0;
        for (int i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? Verdict.NormaliseHtml(expected[i]) : "(missing)";
            var a = i < actual.Count ? Verdict.NormaliseHtml(actual[i]) : "(missing)";
            if (e == a) continue;
            n++;
            diffs.AppendLine($"{what} {i + 1}:\n  citeproc-js: {e}\n  ours:        {a}");
        }
        return n;
    }

    private static (List<string> notes, List<string> bib) RenderOurs(string stylePath, string corpusPath)
    {
        var processor = CslProcessor.FromXml(File.ReadAllText(stylePath), new FolderLocaleProvider(SuiteRunner.LocalesDir()));
        using var doc = JsonDocument.Parse(File.ReadAllText(corpusPath));
        var items = CslJsonReader.ReadItems(doc.RootElement.GetProperty("items"));
        var clusters = new List<ClusterInput>();
        int n = 0;
        foreach (var c in doc.RootElement.GetProperty("citations").EnumerateArray())
        {
            var cl = new ClusterInput { NoteIndex = ++n };
            foreach (var cite in c.EnumerateArray()) cl.Cites.Add(Harness.CaseRunner.ReadCite(cite));
            clusters.Add(cl);
        }
        var notes = processor.Render(items, clusters, new RenderOptions { Format = OutputFormat.Html }).Clusters;
        var bib = processor.Render(items, [], new RenderOptions { Format = OutputFormat.Html, Bibliography = true, BibliographyIds = items.Select(i => i.Id).ToList() }).BibliographyEntries;
        return (notes, bib);
    }
}
