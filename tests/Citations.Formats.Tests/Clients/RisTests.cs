using System.Text;
using System.Text.Json;
using Citations.Core.Model;
using Citations.Formats.Items;
using Citations.Formats.Tests.Support;

namespace Citations.Formats.Tests.Clients;

/// <summary>
/// The RIS output of every gold and sample item, read back twice: by citation-js (the RIS
/// specification's tag tables) and by <see cref="RisReader"/>, a reader written here from the
/// specification alone. Each record keeps its type and title.
/// </summary>
public class RisTests
{
    static string RisOf(IEnumerable<CslItem> items) => OutputOf.Write(ReferenceWriters.GetByName("ris"), items);

    [ClientFact(Client.NodeTools)]
    public void Citation_js_reads_every_record_with_its_type_and_title()
    {
        var items = SampleItems.WithGold;
        using var folder = new TempFolder();
        string file = folder.File("references.ris");
        File.WriteAllText(file, RisOf(items), new UTF8Encoding(false));

        var result = ExternalTools.Node(Path.Combine(RepositoryPaths.Clients, "ris-parse.mjs"), file);
        Assert.True(result.ExitCode == 0, result.StandardError);
        var records = JsonSerializer.Deserialize<List<ReadRecord>>(result.StandardOutput, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.Equal(items.Select(i => i.Id), records.Select(r => r.Id));
        foreach (var (item, record) in items.Zip(records))
        {
            Assert.True(ExpectedCslType(item) == record.Type, $"{item.Id}: {item.Type} read back as {record.Type}");
            // A translated title (TT) is what citation-js shows as title; the title as written (TI) becomes its original-title.
            string? title = item.Custom?.TranslatedTitle is null ? record.Title : record.OriginalTitle;
            Assert.Equal(ExpectedTitle(item), title);
        }
    }

    [Fact]
    public void An_independent_reader_finds_every_record_well_formed_with_its_type_and_title()
    {
        var items = SampleItems.WithGold;
        string ris = RisOf(items);

        Assert.DoesNotContain('\n', ris.Replace("\r\n", ""));
        var records = RisReader.Read(ris);
        Assert.Equal(items.Count, records.Count);
        foreach (var (item, record) in items.Zip(records))
        {
            Assert.Equal(item.Id, record.Single("ID"));
            Assert.Equal(ExpectedRisType(item), record.Single("TY"));
            Assert.Equal(ExpectedTitle(item), record.Single("TI"));
        }
    }

    [Fact]
    public void The_independent_reader_rejects_what_the_specification_forbids()
    {
        Assert.Throws<FormatException>(() => RisReader.Read("TI  - no type first\r\nER  - \r\n"));
        Assert.Throws<FormatException>(() => RisReader.Read("TY  - BOOK\r\nTI  - never ended\r\n"));
        Assert.Throws<FormatException>(() => RisReader.Read("TY  - BOOK\r\nTI - one space\r\nER  - \r\n"));
    }

    static string? ExpectedTitle(CslItem item) => item.Type switch
    {
        CslType.Book when item.VolumeTitle is not null => item.VolumeTitle,
        _ => Describe.Title(item),
    };

    static string ExpectedRisType(CslItem item) => item.Type switch
    {
        CslType.Book => "BOOK", CslType.Chapter => "CHAP", CslType.ArticleJournal => "JOUR",
        CslType.ArticleMagazine => "MGZN", CslType.ArticleNewspaper => "NEWS", CslType.Thesis => "THES",
        CslType.Paper => item.ContainerTitle is null ? "CPAPER" : "CONF", CslType.Report => "RPRT",
        CslType.Manuscript => "MANSCPT", CslType.PersonalCommunication => "PCOMM", CslType.Webpage => "ELEC",
        _ => "GEN",
    };

    /// <summary>The CSL type a RIS reader gives back: the item's own, or <c>document</c> for what RIS calls GEN.</summary>
    static string ExpectedCslType(CslItem item) => ExpectedRisType(item) == "GEN" ? CslType.Document : item.Type;

    sealed record ReadRecord(string? Id, string? Type, string? Title, string? OriginalTitle);
}
