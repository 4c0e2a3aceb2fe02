using Citations.Catalogs.Clients;
using Citations.Catalogs.Matching;
using Citations.Core.Model;
using Citations.Core.Resolution;
using Microsoft.Extensions.DependencyInjection;

namespace Citations.Catalogs.Tests;

/// <summary>The contract cases of catalogs.md §15, each over real HTTP against the fake catalogs.</summary>
public sealed class MatcherTests
{
    static CslItem Book(string title, string family, int year, string? publisher = null, string? place = null) => new()
    {
        Id = "t", Type = CslType.Book, Title = title, Author = [CslName.Person(family)], Issued = CslDate.Of(year),
        Publisher = publisher, PublisherPlace = place,
    };

    [Fact]
    public async Task A_nonsense_title_gets_candidates_from_Crossref_and_the_matcher_abstains()
    {
        await using var harness = await Harness.StartAsync();
        var nonsense = new CslItem
        {
            Id = "n", Type = CslType.ArticleJournal, Title = "Quantum lattice sorbet of the Berlin cheese committee", Author = [CslName.Person("Nobody")],
            ContainerTitle = "Journal of Imaginary Studies", Issued = CslDate.Of(1977),
        };
        var hits = await harness.Services.GetRequiredService<ICrossrefClient>().SearchWorksAsync("Nobody Quantum lattice sorbet of the Berlin cheese committee 1977", 5);
        Assert.Equal(5, hits.Items.Count); // a search engine always ranks something

        var outcome = (await harness.Resolver.ResolveAsync([nonsense])).Single();

        Assert.Equal(ResolutionStatus.Abstained, outcome.Status);
        Assert.Same(nonsense, outcome.Item);
    }

    [Fact]
    public async Task A_review_bearing_the_book_s_title_fails_the_kind_gate()
    {
        await using var harness = await Harness.StartAsync();
        var book = Book("Danger and Survival: Choices About the Bomb in the First Fifty Years", "Bundy", 1988);
        var hits = await harness.Services.GetRequiredService<ICrossrefClient>().SearchWorksAsync("Bundy Danger and Survival", 5);
        var review = CandidateMapping.FromCrossref(hits.Items.First(w => w.Type == "journal-article"));
        Assert.True(CandidateScorer.TitleSimilarity(book.Title, review.Item.Title) > 0.9);

        var card = CandidateScorer.Score(book, WorkKind.Book, review);

        Assert.Equal(0, card.Total);
        Assert.StartsWith("kind", card.Gate);
    }

    [Theory]
    [InlineData("Foreign Relations of the United States, 1943", "3", "frus1943v03")]
    [InlineData("Foreign Relations of the United States, 1961–1963", "VI", "frus1961-63v06")]
    [InlineData("Foreign Relations of the United States, 1948", "I, pt. 2", "frus1948v01p2")]
    [InlineData("Foreign Relations of the United States, 1952-54", "II, Part 1", "frus1952-54v02p1")]
    public void FRUS_volume_ids_are_built_from_the_series_years_and_volume(string title, string volume, string id) =>
        Assert.Equal(id, FrusMatcher.VolumeId(new CslItem { Title = title, Volume = volume }));

    [Fact]
    public async Task A_FRUS_document_is_confirmed_with_HEAD_and_gets_its_URL()
    {
        await using var harness = await Harness.StartAsync();
        var document = new CslItem
        {
            Id = "d27", Type = CslType.Chapter, Title = "Letter From Chairman Khrushchev to President Kennedy", Number = "27",
            ContainerTitle = "Foreign Relations of the United States, 1961–1963", Volume = "VI",
        };
        var unknown = new CslItem { Id = "x", Type = CslType.Book, Title = "Foreign Relations of the United States, 1946", Volume = "VII" };

        var outcomes = await harness.Resolver.ResolveAsync([document, unknown]);

        Assert.Equal(ResolutionStatus.Resolved, outcomes[0].Status);
        Assert.Equal("frus1961-63v06/d27", outcomes[0].Item.Custom!.Identifiers!.Frus);
        Assert.Equal("https://history.state.gov/historicaldocuments/frus1961-63v06/d27", outcomes[0].Item.Url);
        Assert.Equal(document.ContainerTitle, outcomes[0].Item.ContainerTitle); // the parsed value is kept…
        Assert.Contains(outcomes[0].Item.Custom!.Resolution!.Kept!, k => k.StartsWith("container-title: Foreign Relations of the United States, 1961-1963, Volume VI")); // …and the catalogue's noted
        Assert.Contains(harness.Server.Log.For("frus"), r => r.Method == "HEAD" && r.PathAndQuery.EndsWith("/frus1961-63v06/d27"));
        Assert.Equal(ResolutionStatus.Abstained, outcomes[1].Status);
        Assert.Contains("frus1946v07 is not in the catalogue", outcomes[1].Detail);
        Assert.Single(harness.Server.Log.For("frus"), r => r.Method == "GET"); // the catalogue is read once per run
    }

    static CslItem UkFile(string series, string piece, int year, int month, int day) => new()
    {
        Id = "uk", Type = CslType.Manuscript, Title = "minute", Archive = "Public Record Office", ArchiveLocation = $"{series}/{piece}",
        Issued = CslDate.Of(year, month, day), Custom = new ReferenceExtras { Archival = new ArchivalParts { Series = series, Piece = piece } },
    };

    [Fact]
    public async Task A_UK_file_is_accepted_only_on_its_exact_reference_and_a_date_outside_the_file_is_flagged()
    {
        await using var harness = await Harness.StartAsync();

        var outcomes = await harness.Resolver.ResolveAsync([UkFile("FO 371", "36956", 1943, 8, 11), UkFile("FO 371", "36958", 1943, 8, 11), UkFile("FO 371", "36956", 1947, 1, 2)]);

        Assert.Equal(ResolutionStatus.Resolved, outcomes[0].Status);
        string iaid = outcomes[0].Item.Custom!.Identifiers!.Tna!;
        Assert.Equal("https://discovery.nationalarchives.gov.uk/details/r/" + iaid, outcomes[0].Item.Url);
        Assert.Null(outcomes[0].Item.Custom!.Flags);
        // 36958 is not in the catalogue, though its neighbours came back from the search.
        Assert.Equal(ResolutionStatus.Abstained, outcomes[1].Status);
        Assert.Contains("FO 371/36957", await new HttpClient().GetStringAsync(new Uri(harness.Server.BaseAddress("tna"), "search/records?sps.searchQuery=%22FO%20371%2F36958%22&sps.recordSeries=FO%20371")));
        Assert.Equal(ResolutionStatus.Resolved, outcomes[2].Status);
        Assert.Contains(outcomes[2].Item.Custom!.Flags!, f => f.StartsWith("dated outside the file's covering dates"));
    }

    [Fact]
    public async Task The_edition_of_the_cited_year_gives_its_own_ISBN_and_the_parsed_values_are_kept()
    {
        await using var harness = await Harness.StartAsync();
        var corpus = harness.Server.Corpus.Works.Single(w => w.Title == "Danger and Survival" && w.Kind == "book" && w.Authors[0].Family == "Bundy");
        var paperback = corpus.Editions.Single(e => e.Year == 1990);

        var outcome = (await harness.Resolver.ResolveAsync([Book("Danger and Survival", "Bundy", 1990, publisher: "Vintage", place: "New York")])).Single();

        Assert.Equal(ResolutionStatus.Resolved, outcome.Status);
        Assert.Equal(paperback.Isbn, outcome.Item.Isbn);
        Assert.Equal(paperback.Lccn, outcome.Item.Custom!.Identifiers!.Lccn);
        Assert.Equal($"OL{corpus.Number}W", outcome.Item.Custom.Identifiers.OpenLibrary);
        Assert.Equal("Vintage", outcome.Item.Publisher);
        Assert.Equal("Danger and Survival", outcome.Item.Title);
        var resolution = outcome.Item.Custom.Resolution!;
        Assert.Equal("openlibrary", resolution.Catalog);
        Assert.Contains("ISBN", resolution.Changed!);
        Assert.Contains("publisher: Vintage Books", resolution.Kept!);
        Assert.InRange(resolution.Score, 0.8, 1);
    }

    [Fact]
    public async Task A_Cyrillic_catalog_record_matches_a_romanized_footnote()
    {
        await using var harness = await Harness.StartAsync();
        var footnote = new CslItem
        {
            Id = "p", Type = CslType.Book, Title = "Istoriia vneshnei politiki SSSR, 1917-1970", Volume = "II", Issued = CslDate.Of(1971),
            Editor = [CslName.Person("Ponomarev", "B.N."), CslName.Person("Gromyko", "A.A."), CslName.Person("Khvostov", "V.M.")],
        };

        var outcome = (await harness.Resolver.ResolveAsync([footnote])).Single();

        Assert.Equal(ResolutionStatus.Resolved, outcome.Status);
        Assert.Equal("openlibrary", outcome.Item.Custom!.Resolution!.Catalog);
        Assert.Equal(footnote.Title, outcome.Item.Title);
        Assert.Equal("Nauka", outcome.Item.Publisher);
    }

    [Fact]
    public async Task A_romanized_title_with_a_typo_and_another_spelling_of_the_author_still_matches()
    {
        await using var harness = await Harness.StartAsync();
        var footnote = Book("Zapadny Berlin i ego mesto v sisteme sovremennykh mexhdunarodnykh otnoshenii", "Vysotsky", 1971);

        var outcome = (await harness.Resolver.ResolveAsync([footnote])).Single();

        Assert.Equal(ResolutionStatus.Resolved, outcome.Status);
        Assert.Equal(footnote.Title, outcome.Item.Title);
        Assert.NotNull(outcome.Item.Custom!.Identifiers!.Lccn);
    }

    [Fact]
    public async Task A_Russian_archival_file_is_not_resolved_but_its_repository_gets_its_current_name()
    {
        await using var harness = await Harness.StartAsync();
        var file = new CslItem
        {
            Id = "r", Type = CslType.Manuscript, Archive = "TsKhSD", ArchiveLocation = "f. 5, op. 49, d. 82",
            Custom = new ReferenceExtras { Archival = new ArchivalParts { Fond = "5", Opis = "49", Delo = "82" } },
        };

        var outcome = (await harness.Resolver.ResolveAsync([file])).Single();

        Assert.Equal(ResolutionStatus.NotApplicable, outcome.Status);
        Assert.Equal("RGANI", outcome.Item.Archival!.RepositoryCanonical);
        Assert.Equal("TsKhSD", outcome.Item.Archive);
        Assert.Equal(0, harness.Server.Log.Count);
    }

    [Theory]
    [InlineData("Хрущёв", "Khrushchev")]
    [InlineData("Chruščev", "Khrushchev")]
    [InlineData("Vysotskii", "Vysotsky")]
    [InlineData("Istoriia", "Istoriya")]
    public void Romanizations_of_one_Russian_name_come_out_alike(string a, string b) =>
        Assert.True(Similarity.JaroWinkler(string.Concat(TextKey.Words(a)), string.Concat(TextKey.Words(b))) >= 0.9, $"{a} vs {b}");

    [Theory]
    [InlineData("Am. Hist. Rev.", "American Historical Review", true)]
    [InlineData("J Endod", "Journal of Endodontics", true)]
    [InlineData("International Affairs (London)", "International Affairs", true)]
    [InlineData("Foreign Policy", "Foreign Affairs", false)]
    [InlineData("International Affairs", "Foreign Affairs", false)]
    [InlineData("Slavic Review", "Russian Review", false)]
    public void Journals_match_in_full_or_abbreviated_but_not_by_one_shared_word(string cited, string found, bool same)
    {
        var reference = new CslItem { Type = CslType.ArticleJournal, Title = "On the Berlin Question", Author = [CslName.Person("Barker")], Issued = CslDate.Of(1963), ContainerTitle = cited };
        var candidate = new Candidate { Catalog = CatalogName.Crossref, RecordId = "10.5555/x", Kind = WorkKind.Article, Years = [1963], Item = reference with { ContainerTitle = found } };

        var card = CandidateScorer.Score(reference, WorkKind.Article, candidate);

        Assert.Equal(same, card.Gate is null);
    }

    [Theory]
    [InlineData("0306406152", "0306406152")]
    [InlineData("978-0-306-40615-7", "9780306406157")]
    [InlineData("0306406153", null)]
    [InlineData("12345", null)]
    public void ISBNs_are_checked_before_they_are_looked_up(string text, string? normalized) =>
        Assert.Equal(normalized, Isbn.Normalize(text));
}
