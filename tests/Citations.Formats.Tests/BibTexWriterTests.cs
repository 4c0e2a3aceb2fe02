using Citations.Core.Model;
using Citations.Formats.Tests.Support;
using static Citations.Formats.Tests.Support.BibFields;

namespace Citations.Formats.Tests;

public class BibTexWriterTests
{
    static string Bib(CslItem item) => OutputOf.Write("bibtex", item with { Id = item.Id.Length == 0 ? "k" : item.Id });

    [Theory]
    [InlineData(CslType.Book, "book")]
    [InlineData(CslType.Chapter, "incollection")]
    [InlineData(CslType.ArticleJournal, "article")]
    [InlineData(CslType.ArticleMagazine, "article")]
    [InlineData(CslType.ArticleNewspaper, "article")]
    [InlineData(CslType.Thesis, "phdthesis")]
    [InlineData(CslType.Paper, "unpublished")]
    [InlineData(CslType.Report, "techreport")]
    [InlineData(CslType.Manuscript, "unpublished")]
    [InlineData(CslType.PersonalCommunication, "unpublished")]
    [InlineData(CslType.Interview, "unpublished")]
    [InlineData(CslType.Collection, "misc")]
    [InlineData(CslType.Document, "misc")]
    [InlineData("legal_case", "misc")]
    public void Each_CSL_type_has_a_classic_entry_type(string type, string entryType) =>
        Assert.Equal(entryType, EntryType(Bib(new CslItem { Type = type })));

    [Fact]
    public void Papers_in_proceedings_and_letters_printed_in_books_are_parts_of_books()
    {
        Assert.Equal("inproceedings", EntryType(Bib(new CslItem { Type = CslType.Paper, ContainerTitle = "Proceedings" })));
        Assert.Equal("incollection", EntryType(Bib(new CslItem { Type = CslType.PersonalCommunication, ContainerTitle = "Letters" })));
        Assert.Equal("mastersthesis", EntryType(Bib(new CslItem { Type = CslType.Thesis, Genre = "Master's thesis" })));
    }

    [Fact]
    public void Names_are_written_for_BibTeX_name_parser()
    {
        string bib = Bib(new CslItem
        {
            Author =
            [
                new CslName { Family = "Ribbentrop", Given = "Joachim", DroppingParticle = "von" },
                new CslName { Family = "Gogh", Given = "Vincent", NonDroppingParticle = "van" },
                new CslName { Family = "King", Given = "Martin Luther", Suffix = "Jr." },
                new CslName { Family = "Bueno de Mesquita", Given = "Bruce" },
                new CslName { Family = "Stalin" },
                new CslName { Given = "Aristotle" },
                CslName.Institution("Ministry of Foreign Affairs of the U.S.S.R."),
                CslName.Institution("Press Reading Bureau, Stockholm"),
                CslName.Institution("Committee of Information and Propaganda"),
                new CslName(),
            ],
        });
        Assert.Equal(
            "von Ribbentrop, Joachim and van Gogh, Vincent and King, Jr., Martin Luther and {Bueno de Mesquita}, Bruce and Stalin and Aristotle"
            + " and {Ministry of Foreign Affairs of the U.S.S.R.} and {Press Reading Bureau, Stockholm} and {Committee of Information and Propaganda}",
            Field(bib, "author"));
    }

    [Fact]
    public void Dates_give_year_and_month_macro_and_an_ISO_date_only_when_a_day_or_range_is_known()
    {
        string day = Bib(new CslItem { Issued = CslDate.Of(1943, 6, 17) });
        Assert.Equal(("1943", "jun", "1943-06-17"), (Field(day, "year"), Field(day, "month"), Field(day, "date")));
        string month = Bib(new CslItem { Issued = CslDate.Of(1943, 6) });
        Assert.Equal(("1943", "jun", null), (Field(month, "year"), Field(month, "month"), Field(month, "date")));
        Assert.Contains("  month = jun,\n", month);
        string range = Bib(new CslItem { Issued = CslDate.Range(CslDate.Of(1993, 1, 12), CslDate.Of(1993, 1, 15)) });
        Assert.Equal("1993-01-12/1993-01-15", Field(range, "date"));
        Assert.Equal("n.d.", Field(Bib(new CslItem { Issued = new CslDate { Literal = "n.d." } }), "year"));
    }

    [Fact]
    public void Pages_use_en_dashes_and_titles_keep_their_capitals()
    {
        string bib = Bib(new CslItem { Type = CslType.ArticleJournal, Title = "The Berlin Crisis", ContainerTitle = "Foreign Affairs", Page = "38-45, 50–52", Issue = "2", Volume = "16" });
        Assert.Equal("38--45, 50--52", Field(bib, "pages"));
        Assert.Equal("The {Berlin} {Crisis}", Field(bib, "title"));
        Assert.Equal("Foreign Affairs", Field(bib, "journal"));
        Assert.Equal(("16", "2"), (Field(bib, "volume"), Field(bib, "number")));
    }

    [Fact]
    public void An_archival_document_says_where_it_is_in_the_note_most_specific_first()
    {
        string bib = Bib(new CslItem
        {
            Type = CslType.Manuscript, Title = "Memorandum of conversation with Ulbricht", Genre = "memorandum", Note = "A. Smirnov took part",
            Archive = "TsKhSD", ArchivePlace = "Moscow", ArchiveLocation = "f. 5, op. 49, d. 82", ArchiveCollection = "Central Committee records",
        });
        Assert.Equal("unpublished", EntryType(bib));
        Assert.Equal("f. 5, op. 49, d. 82, Central Committee records, TsKhSD, Moscow. A. Smirnov took part", Field(bib, "note"));
        Assert.Equal("memorandum", Field(bib, "type"));
    }

    [Fact]
    public void A_shelf_mark_is_composed_from_its_parts_when_the_item_has_no_readable_one()
    {
        string bib = Bib(new CslItem
        {
            Type = CslType.Manuscript, Archive = "AVP RF",
            Custom = new ReferenceExtras { Archival = new ArchivalParts { Fond = "595", Opis = "6", Papka = "789", Delo = "78" } },
        });
        Assert.Equal("f. 595, op. 6, p. 789, d. 78, AVP RF", Field(bib, "note"));
    }

    [Fact]
    public void A_letter_without_a_title_is_titled_writer_to_recipient()
    {
        string bib = Bib(new CslItem
        {
            Type = CslType.PersonalCommunication, Author = [new CslName { Family = "Ribbentrop", Given = "Joachim", DroppingParticle = "von" }],
            Recipient = [CslName.Institution("German legation in Stockholm")], Archive = "National Archives",
        });
        Assert.Equal("Joachim von {Ribbentrop} to {German} legation in {Stockholm}", Field(bib, "title"));
    }

    [Fact]
    public void A_volume_with_its_own_title_is_titled_by_it_and_its_work_is_the_series()
    {
        string bib = Bib(new CslItem { Type = CslType.Book, Title = "Foreign Relations of the United States, 1943", Volume = "3", VolumeTitle = "The British Commonwealth" });
        Assert.Equal("The {British} {Commonwealth}", Field(bib, "title"));
        Assert.Equal("Foreign Relations of the United States, 1943", Field(bib, "series"));
        Assert.Equal("3", Field(bib, "volume"));
    }

    [Fact]
    public void A_working_paper_names_its_series_once_as_the_report_type()
    {
        string bib = Bib(new CslItem { Type = CslType.Report, CollectionTitle = "Cold War International History Project Working Paper", Number = "5" });
        Assert.Equal("Cold War International History Project Working Paper", Field(bib, "type"));
        Assert.Null(Field(bib, "series"));
        Assert.Equal("5", Field(bib, "number"));
    }

    [Fact]
    public void What_BibTeX_has_no_field_for_goes_in_the_note()
    {
        string paper = Bib(new CslItem { Type = CslType.Paper, EventTitle = "Conference on New Evidence on Cold War History", EventPlace = "Moscow" });
        Assert.Equal("Paper presented at Conference on New Evidence on Cold War History, Moscow", Field(paper, "note"));
        string translated = Bib(new CslItem { Title = "Vtoroi front", Custom = new ReferenceExtras { TranslatedTitle = "The Second Front" } });
        Assert.Equal("[The Second Front]", Field(translated, "note"));
    }

    [Fact]
    public void Identifiers_are_kept_as_written_but_made_safe_in_braces()
    {
        string bib = Bib(new CslItem { Doi = "10.1000/a{b}", Url = "https://example.org/a b", Isbn = "978-0-394-52278-9" });
        Assert.Equal("10.1000/a%7Bb%7D", Field(bib, "doi"));
        Assert.Equal("https://example.org/a%20b", Field(bib, "url"));
        Assert.Equal("978-0-394-52278-9", Field(bib, "isbn"));
    }

    [Fact]
    public void An_empty_list_writes_nothing() => Assert.Equal("", OutputOf.Write("bibtex"));
}
