using Citations.Core.Model;
using Citations.Formats.Tests.Clients;
using Citations.Formats.Tests.Support;

namespace Citations.Formats.Tests;

public class RisWriterTests
{
    static RisReader.Record Ris(CslItem item) => RisReader.Read(OutputOf.Write("ris", item with { Id = "k" })).Single();

    static IEnumerable<string> All(RisReader.Record record, string tag) => record.Lines.Where(l => l.Tag == tag).Select(l => l.Value);

    [Fact]
    public void Lines_end_in_CR_LF_and_records_are_separated_by_a_blank_line()
    {
        string ris = OutputOf.Write("ris", new CslItem { Id = "a", Title = "A" }, new CslItem { Id = "b" });
        Assert.Equal("TY  - GEN\r\nID  - a\r\nTI  - A\r\nER  - \r\n\r\nTY  - GEN\r\nID  - b\r\nER  - \r\n\r\n", ris);
    }

    [Fact]
    public void Names_put_particles_where_CSL_processors_find_them_again()
    {
        var record = Ris(new CslItem
        {
            Type = CslType.Book,
            Author = [new CslName { Family = "Ribbentrop", Given = "Joachim", DroppingParticle = "von" }, new CslName { Family = "Gogh", Given = "Vincent", NonDroppingParticle = "van" }, new CslName { Family = "King", Given = "Martin Luther", Suffix = "Jr." }, CslName.Institution("Ministry of Foreign Affairs of the U.S.S.R."), new CslName { Family = "Stalin" }],
            Editor = [CslName.Person("Rothstein", "Andrew")],
            Translator = [CslName.Person("Watson", "O.")],
        });
        Assert.Equal(["Ribbentrop, Joachim von", "van Gogh, Vincent", "King, Martin Luther, Jr.", "Ministry of Foreign Affairs of the U.S.S.R.", "Stalin"], All(record, "AU"));
        Assert.Equal("Rothstein, Andrew", record.Single("A3"));
        Assert.Equal("Watson, O.", record.Single("A4"));
    }

    [Fact]
    public void Editors_of_parts_and_recipients_of_letters_are_secondary_authors()
    {
        Assert.Equal("Weissel, Bernhard", Ris(new CslItem { Type = CslType.Chapter, Editor = [CslName.Person("Weissel", "Bernhard")] }).Single("A2"));
        Assert.Equal("Eden", Ris(new CslItem { Type = CslType.PersonalCommunication, Recipient = [new CslName { Family = "Eden" }] }).Single("A2"));
    }

    [Fact]
    public void Dates_are_a_year_and_a_slashed_full_date()
    {
        var day = Ris(new CslItem { Issued = CslDate.Of(1943, 6, 17) });
        Assert.Equal(("1943", "1943/06/17/"), (day.Single("PY"), day.Single("DA")));
        Assert.Equal("1943/06//", Ris(new CslItem { Issued = CslDate.Of(1943, 6) }).Single("DA"));
        Assert.Null(Ris(new CslItem { Issued = CslDate.Of(1943) }).Single("DA"));
    }

    [Theory]
    [InlineData("38-45", "38", "45")]
    [InlineData("38–45", "38", "45")]
    [InlineData("v", "v", null)]
    [InlineData("10, 12, 15", "10, 12, 15", null)]
    public void Pages_split_into_start_and_end_when_they_are_one_range(string page, string start, string? end)
    {
        var record = Ris(new CslItem { Type = CslType.ArticleJournal, Page = page });
        Assert.Equal((start, end), (record.Single("SP"), record.Single("EP")));
    }

    [Fact]
    public void Archival_documents_carry_repository_shelf_mark_and_collection()
    {
        var record = Ris(new CslItem
        {
            Type = CslType.Manuscript, Title = "report no. A-15077", Genre = "report", Number = "A-15077", Archive = "National Archives",
            ArchivePlace = "Washington", ArchiveCollection = "Records of the Office of Strategic Services", ArchiveLocation = "RG 226",
        });
        Assert.Equal(("MANSCPT", "National Archives, Washington", "RG 226", "Records of the Office of Strategic Services", "A-15077", "report"),
            (record.Single("TY"), record.Single("AV"), record.Single("AN"), record.Single("T2"), record.Single("M1"), record.Single("M3")));
    }

    [Fact]
    public void A_translated_title_is_TT_beside_the_title_as_written()
    {
        var record = Ris(new CslItem { Title = "Vtoroi front", Custom = new ReferenceExtras { TranslatedTitle = "The Second Front" } });
        Assert.Equal(("Vtoroi front", "The Second Front"), (record.Single("TI"), record.Single("TT")));
    }

    [Fact]
    public void Values_are_one_line_whatever_the_source_holds()
    {
        var record = Ris(new CslItem { Title = "Line one\r\nER  - \nline\ttwo", Note = "a\u0000b" });
        Assert.Equal("Line one ER - line two", record.Single("TI"));
        Assert.Equal("ab", record.Single("N1"));
    }
}
