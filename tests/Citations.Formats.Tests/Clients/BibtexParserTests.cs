using System.Text;
using System.Text.Json;
using Citations.Core.Model;
using Citations.Formats.Items;
using Citations.Formats.Tests.Support;

namespace Citations.Formats.Tests.Clients;

/// <summary>
/// The BibTeX output of every gold and sample item, read by @retorquere/bibtex-parser (the parser
/// of Better BibTeX for Zotero): no parse error, and every entry's title, creators and year as the item has them.
/// </summary>
public class BibtexParserTests
{
    [ClientFact(Client.NodeTools)]
    public void Bibtex_parser_reads_every_entry_back_with_its_title_creators_and_year()
    {
        var items = SampleItems.WithGold;
        using var folder = new TempFolder();
        string file = folder.File("references.bib");
        File.WriteAllText(file, OutputOf.Write(ReferenceWriters.GetByName("bibtex"), items), new UTF8Encoding(false));

        var result = ExternalTools.Node(Path.Combine(RepositoryPaths.Clients, "bibtex-parse.mjs"), file);
        Assert.True(result.ExitCode == 0, result.StandardError);
        var parsed = JsonSerializer.Deserialize<ParsedLibrary>(result.StandardOutput, Json)!;

        Assert.Empty(parsed.Errors);
        Assert.Equal(items.Select(i => i.Id), parsed.Entries.Select(e => e.Key));
        foreach (var (item, entry) in items.Zip(parsed.Entries))
        {
            Assert.Equal(TitleText.Comparable(ExpectedTitle(item)), TitleText.Comparable(entry.Title));
            Assert.Equal(IsoDates.Start(item.Issued)?.Year.ToString() ?? item.Issued?.Literal, entry.Year);
            AssertCreators(item.Author, entry.Author, item.Id);
            AssertCreators(item.Editor, entry.Editor, item.Id);
        }
    }

    /// <summary>A volume with a title of its own is titled by it in BibTeX (its work becomes the series).</summary>
    static string? ExpectedTitle(CslItem item) =>
        item.Type == CslType.Book && item.VolumeTitle is not null ? item.VolumeTitle : Describe.Title(item);

    static void AssertCreators(IReadOnlyList<CslName>? expected, IReadOnlyList<ParsedCreator> actual, string id)
    {
        var names = expected ?? [];
        Assert.True(names.Count == actual.Count, $"{id}: {names.Count} names written, {actual.Count} read");
        foreach (var (name, creator) in names.Zip(actual))
        {
            if (name.Literal is not null)
            {
                Assert.Equal(name.Literal, creator.Name);
                continue;
            }
            // A family name of several words with no given name is braced whole, which the parser reads as a name of one piece.
            Assert.Equal(name.Family, TitleText.Name(name.Given is null ? creator.LastName ?? creator.Name : creator.LastName));
            Assert.Equal(name.Given, TitleText.Name(creator.FirstName));
            string? particle = string.Join(" ", new[] { name.DroppingParticle, name.NonDroppingParticle }.Where(p => p is not null));
            Assert.Equal(particle.Length == 0 ? null : particle, creator.Prefix);
        }
    }

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    sealed record ParsedLibrary(IReadOnlyList<string> Errors, IReadOnlyList<ParsedEntry> Entries);

    sealed record ParsedEntry(string Key, string Type, string? Title, string? Year, IReadOnlyList<ParsedCreator> Author, IReadOnlyList<ParsedCreator> Editor);

    sealed record ParsedCreator(string? Name, string? LastName, string? FirstName, string? Prefix, string? Suffix);
}
