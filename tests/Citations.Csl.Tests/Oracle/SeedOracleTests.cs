using System.Text.Json;
using System.Text.Json.Nodes;
using Citations.Core.Pipeline;
using Citations.Csl.Output;
using Citations.Csl.Tests.Conformance;
using Citations.Formats.Csl;
using Xunit.Abstractions;

namespace Citations.Csl.Tests.Oracle;

/// <summary>
/// The whole path of <c>citations extract --format chicago-notes|chicago-bibliography</c> against citeproc-js: every
/// seed document is extracted, its references and note clusters (locators, labels, signal prefixes, note numbers)
/// are handed to both engines, and every note and bibliography entry must come out identical.
/// </summary>
public class SeedOracleTests(ITestOutputHelper output)
{
    public static TheoryData<string> Styles => new()
    {
        "chicago-notes-bibliography",
        "chicago-shortened-notes-bibliography",
        "chicago-notes-bibliography-subsequent-ibid",
    };

    [Theory]
    [MemberData(nameof(Styles))]
    public void Extracted_seeds_render_as_citeproc_js_renders_them(string styleId)
    {
        var root = Repo.Root;
        var stylePath = Path.Combine(root, "styles", styleId + ".csl");
        var styled = StyledDocument.ForStyle(styleId, OutputFormat.Html);
        int notesCompared = 0, entriesCompared = 0, differences = 0;
        var diffs = new System.Text.StringBuilder();
        foreach (var seed in Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            var document = new DocumentExtractor().Extract(File.ReadAllText(seed), seed);
            if (document.References.Count == 0) continue;
            var input = NoteClusters.From(document);
            var corpusPath = Path.Combine(Path.GetTempPath(), $"seed-corpus-{Path.GetFileNameWithoutExtension(seed)}-{Environment.ProcessId}.json");
            var outPath = corpusPath + ".out.json";
            File.WriteAllText(corpusPath, Corpus(document, input));
            if (!CiteprocJs.Render(stylePath, corpusPath, outPath, $"{styleId} on {Path.GetFileName(seed)}", output)) return;
            using var expected = JsonDocument.Parse(File.ReadAllText(outPath));
            File.Delete(corpusPath);
            File.Delete(outPath);

            var ours = styled.Notes(document, out _).Where(n => n.Rendered).Select(n => n.Text).ToList();
            var theirs = expected.RootElement.GetProperty("notes").EnumerateArray().Select(e => e.GetString()!).ToList();
            differences += OracleTests.Compare($"{Path.GetFileName(seed)} note", theirs, ours, diffs);
            notesCompared += theirs.Count;

            var ourBibliography = styled.Bibliography(document.References, out _).ToList();
            var theirBibliography = expected.RootElement.GetProperty("bibliography").EnumerateArray().Select(e => e.GetString()!).ToList();
            differences += OracleTests.Compare($"{Path.GetFileName(seed)} entry", theirBibliography, ourBibliography, diffs);
            entriesCompared += theirBibliography.Count;
        }
        output.WriteLine($"{styleId}: {notesCompared} notes and {entriesCompared} bibliography entries compared, {differences} differences");
        Assert.True(notesCompared > 100 && entriesCompared > 100, "the seeds should give well over a hundred notes and entries");
        Assert.True(differences == 0, diffs.ToString()[..Math.Min(4000, diffs.Length)]);
    }

    /// <summary>The corpus render-citeproc.js reads: the CSL-JSON items as our writer writes them, the clusters, the note numbers.</summary>
    static string Corpus(Citations.Core.Model.ExtractionResult document, NoteClusters input)
    {
        var items = new StringWriter();
        new Citations.Formats.CslJson.CslJsonWriter().Write(NoteClusters.ForStyles(document.References), items);
        var citations = new JsonArray(input.Clusters.Select(cluster => (JsonNode)new JsonArray(cluster.Cites.Select(cite =>
        {
            var node = new JsonObject { ["id"] = cite.Id };
            if (cite.Locator is not null) node["locator"] = cite.Locator;
            if (cite.Label is not null) node["label"] = cite.Label;
            if (cite.Prefix is not null) node["prefix"] = cite.Prefix;
            return (JsonNode)node;
        }).ToArray())).ToArray());
        var corpus = new JsonObject
        {
            ["items"] = JsonNode.Parse(items.ToString()),
            ["citations"] = citations,
            ["noteIndexes"] = new JsonArray(input.Clusters.Select(c => (JsonNode)c.NoteIndex).ToArray()),
        };
        return corpus.ToJsonString();
    }
}
