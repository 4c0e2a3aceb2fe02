using Citations.Core.Model;
using Citations.Formats.Tests.Support;
using static Citations.Formats.Tests.Support.BibFields;

namespace Citations.Formats.Tests;

public class BibLatexWriterTests
{
    static string Bib(CslItem item) => OutputOf.Write("biblatex", item with { Id = "k" });

    static readonly CslItem RussianReport = new()
    {
        Type = CslType.Manuscript,
        Author = [CslName.Institution("Committee of Information at the Ministry of Foreign Affairs of the USSR")],
        Title = "On the situation in the bourgeois parties of the GDR", Genre = "report", Issued = CslDate.Of(1954, 3, 27),
        Archive = "AVP RF", ArchivePlace = "Moscow", ArchiveLocation = "f. 595, op. 6, p. 769, d. 25", Note = "Signed by Panyushkin",
        Custom = new ReferenceExtras { Archival = new ArchivalParts { RepositoryCanonical = "AVP RF", Fond = "595", Opis = "6", Papka = "769", Delo = "25" } },
    };

    [Fact]
    public void An_archival_document_is_a_misc_entry_with_biblatex_chicago_archive_fields()
    {
        string bib = Bib(RussianReport);
        Assert.Equal("misc", EntryType(bib));
        Assert.Equal("manuscript", Field(bib, "entrysubtype"));
        Assert.Equal("report", Field(bib, "titleaddon"));
        Assert.Equal("1954-03-27", Field(bib, "date"));
        Assert.Equal("f. 595, op. 6, p. 769, d. 25", Field(bib, "howpublished"));
        Assert.Equal("AVP RF", Field(bib, "organization"));
        Assert.Equal("Moscow", Field(bib, "location"));
        Assert.Equal("Signed by Panyushkin", Field(bib, "addendum"));
        Assert.Null(Field(bib, "note"));
    }

    [Fact]
    public void The_collection_goes_in_note_unless_the_shelf_mark_already_names_it()
    {
        var nara = new CslItem
        {
            Type = CslType.PersonalCommunication, Title = "Herschel Johnson to Secretary of State", Archive = "Washington National Record Center",
            ArchiveCollection = "Records of the War Department", ArchiveLocation = "RG 165, USSR 6900",
        };
        Assert.Equal("letter", Field(Bib(nara), "entrysubtype"));
        Assert.Equal("Records of the War Department", Field(Bib(nara), "note"));
        var kennedy = nara with { ArchiveCollection = "National Security Files", ArchiveLocation = "National Security Files, Countries Series, USSR" };
        Assert.Null(Field(Bib(kennedy), "note"));
    }

    [Fact]
    public void The_genre_and_number_are_added_only_when_the_title_does_not_say_them()
    {
        Assert.Null(Field(Bib(RussianReport with { Title = "Report of the Soviet Embassy in the PRC" }), "titleaddon"));
        Assert.Equal("OSS report, A-9647", Field(Bib(RussianReport with { Title = "On Finland", Genre = "OSS report", Number = "A-9647" }), "titleaddon"));
        Assert.Equal("OSS report", Field(Bib(RussianReport with { Title = "report no. A-9647", Genre = "OSS report", Number = "A-9647" }), "titleaddon"));
    }

    [Theory]
    [InlineData(CslType.ArticleMagazine)]
    [InlineData(CslType.ArticleNewspaper)]
    public void Magazines_and_newspapers_are_articles_of_subtype_magazine(string type)
    {
        string bib = Bib(new CslItem { Type = type, ContainerTitle = "Pravda", Issued = CslDate.Of(1943, 4, 19) });
        Assert.Equal(("article", "magazine", "Pravda", "1943-04-19"), (EntryType(bib), Field(bib, "entrysubtype"), Field(bib, "journaltitle"), Field(bib, "date")));
        Assert.Null(Field(Bib(new CslItem { Type = CslType.ArticleJournal }), "entrysubtype"));
    }

    [Theory]
    [InlineData("3", "3", null)]
    [InlineData("III", "3", null)]
    [InlineData("xiv", "14", null)]
    [InlineData("2, supp. 2", "2", "supp. 2")]
    [InlineData("02", "2", null)]
    [InlineData("Supplement", null, "Supplement")]
    public void Volumes_are_integers_as_biblatex_requires_the_rest_is_the_part(string volume, string? integer, string? part)
    {
        string bib = Bib(new CslItem { Type = CslType.Book, Volume = volume });
        Assert.Equal((integer, part), (Field(bib, "volume"), Field(bib, "part")));
    }

    [Fact]
    public void A_volume_with_its_own_title_has_the_work_as_maintitle()
    {
        string bib = Bib(new CslItem { Type = CslType.Book, Title = "Foreign Relations of the United States, 1943", Volume = "3", VolumeTitle = "The British Commonwealth", NumberOfVolumes = "6" });
        Assert.Equal(("The British Commonwealth", "Foreign Relations of the United States, 1943", "3", "6"),
            (Field(bib, "title"), Field(bib, "maintitle"), Field(bib, "volume"), Field(bib, "volumes")));
    }

    [Theory]
    [InlineData(1943, null, null, null, "1943")]
    [InlineData(1943, 6, null, null, "1943-06")]
    [InlineData(1943, 6, 17, null, "1943-06-17")]
    [InlineData(1991, null, null, "3", "1991-23")]
    [InlineData(1991, null, null, "Spring", "1991-21")]
    public void Dates_are_ISO_with_seasons_as_year_divisions(int year, int? month, int? day, string? season, string date) =>
        Assert.Equal(date, Field(Bib(new CslItem { Issued = CslDate.Of(year, month, day) with { Season = season } }), "date"));

    [Fact]
    public void Ranges_circa_dates_and_original_dates_are_written_as_biblatex_reads_them()
    {
        string bib = Bib(new CslItem
        {
            Type = CslType.Chapter, Issued = CslDate.Of(1959) with { Circa = true },
            OriginalDate = CslDate.Range(CslDate.Of(1943, 7, 12), CslDate.Of(1943, 7, 13)),
        });
        Assert.Equal(("1959~", "1943-07-12/1943-07-13"), (Field(bib, "date"), Field(bib, "origdate")));
        Assert.Equal("n.d.", Field(Bib(new CslItem { Issued = new CslDate { Literal = "n.d." } }), "addendum"));
    }

    [Fact]
    public void Translated_titles_go_to_usere_and_languages_to_langid()
    {
        string bib = Bib(new CslItem { Title = "Vtoroi front", Language = "ru-RU", Custom = new ReferenceExtras { TranslatedTitle = "The Second Front" } });
        Assert.Equal(("The Second Front", "russian"), (Field(bib, "usere"), Field(bib, "langid")));
        Assert.Equal("german", Field(Bib(new CslItem { Language = "German" }), "langid"));
        Assert.Null(Field(Bib(new CslItem { Language = "tlh" }), "langid"));
    }

    [Fact]
    public void Chapters_are_incollection_or_inbook_when_the_book_is_the_authors_own()
    {
        var chapter = new CslItem { Type = CslType.Chapter, Title = "The Berlin Crisis", ContainerTitle = "History and Strategy" };
        Assert.Equal("incollection", EntryType(Bib(chapter with { Editor = [CslName.Person("Weissel", "Bernhard")] })));
        string inbook = Bib(chapter with { ContainerAuthor = [CslName.Person("Trachtenberg", "Marc")] });
        Assert.Equal(("inbook", "History and Strategy", "Trachtenberg, Marc"), (EntryType(inbook), Field(inbook, "booktitle"), Field(inbook, "bookauthor")));
    }

    [Fact]
    public void A_letter_printed_in_a_collection_is_a_letter_entry()
    {
        string bib = Bib(new CslItem
        {
            Type = CslType.PersonalCommunication, Title = "Stalin to Churchill", ContainerTitle = "Stalin's Correspondence with Churchill and Attlee",
            Issued = CslDate.Of(1965), OriginalDate = CslDate.Of(1943, 6, 24), Page = "106",
        });
        Assert.Equal(("letter", "Stalin's Correspondence with Churchill and Attlee", "1943-06-24", "1965"),
            (EntryType(bib), Field(bib, "booktitle"), Field(bib, "origdate"), Field(bib, "date")));
    }

    [Fact]
    public void A_paper_read_at_a_conference_is_unpublished_with_event_fields()
    {
        string bib = Bib(new CslItem
        {
            Type = CslType.Paper, Title = "Khrushchev as Counter-Revolutionary", Genre = "paper", EventTitle = "Conference on New Evidence on Cold War History",
            EventPlace = "Moscow", Issued = CslDate.Range(CslDate.Of(1993, 1, 12), CslDate.Of(1993, 1, 15)),
        });
        Assert.Equal(("unpublished", "Conference on New Evidence on Cold War History", "Moscow", "paper", "1993-01-12/1993-01-15"),
            (EntryType(bib), Field(bib, "eventtitle"), Field(bib, "venue"), Field(bib, "note"), Field(bib, "date")));
    }

    [Theory]
    [InlineData("Ph.D. dissertation", "phdthesis")]
    [InlineData(null, "phdthesis")]
    [InlineData("M.A. thesis", "mathesis")]
    [InlineData("Habilitationsschrift", "Habilitationsschrift")]
    public void Theses_use_biblatex_thesis_types(string? genre, string type) =>
        Assert.Equal(type, Field(Bib(new CslItem { Type = CslType.Thesis, Genre = genre, Publisher = "Harvard University" }), "type"));

    [Fact]
    public void Text_stays_UTF8_with_TeX_specials_escaped()
    {
        string bib = Bib(new CslItem { Title = "Łódź & „Freies Deutschland“ — 100%", Author = [CslName.Person("Weizsäcker", "Ernst") with { DroppingParticle = "von" }] });
        Assert.Equal(@"Łódź \& \enquote{Freies Deutschland} --- 100\%", Field(bib, "title"));
        Assert.Equal("von Weizsäcker, Ernst", Field(bib, "author"));
    }
}
