using System.Text.Json;
using Citations.Core.Json;
using Citations.Core.Model;
using Citations.Core.Pipeline;

namespace Citations.Core.Tests;

/// <summary>The domain model survives a trip through its JSON: what a tool writes, it can read back unchanged.</summary>
public class ModelJsonTests
{
    public static TheoryData<string> Seeds => new(Directory.GetFiles(Repo.Path("seeds"), "*.txt").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void An_extraction_result_round_trips(string seed)
    {
        var result = new DocumentExtractor().Extract(File.ReadAllText(Path.Combine(Repo.Path("seeds"), seed)), seed);
        string json = CitationsJson.Serialize(result);

        var back = CitationsJson.Deserialize<ExtractionResult>(json)!;

        Assert.Equal(json, CitationsJson.Serialize(back));
        Assert.Equal(result.Notes.Count, back.Notes.Count);
        Assert.Equal(result.References.Select(r => r.Id), back.References.Select(r => r.Id));
        Assert.Equal(result.Notes.SelectMany(n => n.Citations).Select(c => c.RefersTo), back.Notes.SelectMany(n => n.Citations).Select(c => c.RefersTo));
    }

    [Fact]
    public void An_archival_item_with_every_part_round_trips()
    {
        var item = new CslItem
        {
            Id = "avprf-595-6-789-78",
            Type = CslType.Manuscript,
            Author = [CslName.Institution("Committee of Information"), new CslName { Family = "Pervukhin", Given = "M." }],
            Title = "On political consequences of strengthening of the economy of the FRG",
            Issued = new CslDate { DateParts = [[1956, 12, 28]] },
            Archive = "AVP RF",
            ArchiveLocation = "f. 595, op. 6, p. 789, d. 78",
            Custom = new ReferenceExtras
            {
                Archival = new ArchivalParts { RepositoryCanonical = "AVP RF", Fond = "595", Opis = "6", Papka = "789", Delo = "78", Tom = "2" },
                Repairs = ["ocr: '11.' read as 'll.'"],
                Identifiers = new Identifiers { Frus = "frus1958-60v08" },
                CiteKey = "avprf595-6-789-78",
            },
        };
        var citation = new Citation { Item = item, Locator = "558, 559", Label = "folio", Position = Position.IbidWithLocator, RefersTo = new CitationRef(9, 1), Source = new TextSpan(0, 120) };

        string json = CitationsJson.Serialize(citation);
        var back = CitationsJson.Deserialize<Citation>(json)!;

        Assert.Equal(json, CitationsJson.Serialize(back));
        Assert.Equal("9:1", back.RefersTo.ToString());
        Assert.Equal(Position.IbidWithLocator, back.Position);
        Assert.Equal("2", back.Item.Archival!.Tom);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("ibid-with-locator", doc.RootElement.GetProperty("position").GetString());
        Assert.Equal("595", doc.RootElement.GetProperty("item").GetProperty("custom").GetProperty("archival").GetProperty("fond").GetString());
    }

    [Fact]
    public void CSL_JSON_written_by_others_is_read_leniently()
    {
        // Numbers as numbers, dates as raw strings or with string parts, as Zotero and citeproc-js users write them.
        const string json = """{"id": "x", "type": "book", "volume": 3, "issue": "2", "issued": {"date-parts": [["1956", "12"]]}, "event-date": {"raw": "Oct. 1943"}}""";
        var item = CitationsJson.Deserialize<CslItem>(json)!;
        Assert.Equal("3", item.Volume);
        Assert.Equal(1956, item.Issued!.DateParts![0][0]);
        Assert.Equal(12, item.Issued.DateParts[0][1]);
        Assert.Equal("Oct. 1943", item.EventDate!.Raw);
    }
}
