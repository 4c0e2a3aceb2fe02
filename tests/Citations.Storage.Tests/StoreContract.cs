using Citations.Core.Pipeline;
using Citations.Storage.Merging;
using Citations.Storage.Tests.Support;

namespace Citations.Storage.Tests;

/// <summary>
/// What every library store must do, run against a real SQLite file and a real PostgreSQL database
/// (the subclasses below): the same seeds, the same answers.
/// </summary>
public abstract class StoreContract
{
    /// <summary>A new, empty, migrated store.</summary>
    protected abstract Task<ILibraryStore> NewStoreAsync();

    /// <summary>The same library opened again, as another process would.</summary>
    protected abstract ILibraryStore Reopen();

    /// <summary>Runs SQL on the library directly, around the store.</summary>
    protected abstract Task ExecuteRawAsync(string sql);

    // The seed 003 article, and the same article as another scholar's copy: same works, another text.
    static readonly string Article = Libraries.SeedText("003");
    static readonly string ArticleCopy = Article.Replace("Molotov", "Molotoff") + "\n";

    protected async Task Migrations_apply_once_and_the_raw_text_is_kept_byte_for_byte()
    {
        await using var store = await NewStoreAsync();
        await store.MigrateAsync();
        await using (var again = Reopen()) await again.MigrateAsync();
        string text = "Title\r\n\r\nBody\u00b9 with Cyrillic «Правда» and e\u0301 and trailing spaces   \r\n\u00b9 *Pravda*, Apr. 19, 1943.\t\n";
        var first = await store.AddDocumentAsync(new NewDocument("raw.md", text));
        var second = await store.AddDocumentAsync(new NewDocument("raw-again.md", text));
        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(text, (await store.GetDocumentAsync(first.Id))!.Text);
        var update = await Record.ExceptionAsync(() => ExecuteRawAsync($"UPDATE documents SET text = 'rewritten' WHERE id = {first.Id}"));
        Assert.NotNull(update);
        Assert.Contains("never rewritten", update.Message);
        Assert.Equal(text, (await store.GetDocumentAsync(first.Id))!.Text);
    }

    protected async Task The_same_work_cited_in_two_documents_is_one_reference_with_all_its_citations()
    {
        await using var store = await NewStoreAsync();
        var a = await store.AddDocumentAsync(new NewDocument("article.md", Article));
        var b = await store.AddDocumentAsync(new NewDocument("copy.md", ArticleCopy));
        var parsed = await Libraries.ParseAsync(store);
        Assert.Equal(2, parsed.Parsed);

        var woodward = (await store.SearchReferencesAsync(new ReferenceQuery { Text = "Woodward British Foreign Policy" })).Items.Single();
        Assert.Equal(2, woodward.DocumentCount);
        var citations = await store.GetCitationsAsync(woodward.Id);
        int inA = citations.Count(c => c.DocumentId == a.Id), inB = citations.Count(c => c.DocumentId == b.Id);
        Assert.True(inA > 1 && inA == inB, $"{inA} citations in the article, {inB} in the copy");
        Assert.Equal(inA + inB, woodward.CitationCount);

        var members = await store.GetMembersAsync(woodward.Id);
        Assert.Equal([MergeRule.Created, MergeRule.SameIdentity], members.Select(m => m.Rule).Distinct().ToArray());
        var matched = MergeExplanation.Matched(members[0].Item, members[^1].Item);
        Assert.Contains("title", matched);
        Assert.Contains("author", matched);
        // The notes keep their text, and every citation points at a stored reference.
        var notes = await store.GetNotesAsync(a.Id);
        Assert.Equal(new DocumentExtractor().Extract(Article).Notes.Select(n => n.Text), notes.Select(n => n.Text));
        Assert.Contains(notes.SelectMany(n => n.Citations), c => c.CiteKey == woodward.CiteKey);
    }

    protected async Task Cite_keys_stay_the_same_when_every_document_is_parsed_again()
    {
        await using var store = await NewStoreAsync();
        await store.AddDocumentAsync(new NewDocument("article.md", Article));
        await store.AddDocumentAsync(new NewDocument("paper.txt", Libraries.SeedText("001")));
        await Libraries.ParseAsync(store);
        var before = await AllReferencesAsync(store);

        // A new parser version queues every document again.
        Assert.Equal(2, await store.EnqueueParsesAsync("next-version"));
        var owner = "test/1/a";
        var jobs = await store.ClaimParsesAsync(owner, 10, TimeSpan.FromMinutes(1), 3);
        foreach (var job in jobs)
        {
            var document = (await store.GetDocumentAsync(job.DocumentId))!;
            Assert.True((await store.CommitParseAsync(job, new DocumentExtractor().Extract(document.Text, document.Summary.Name), "next-version")).Committed);
        }
        while (await store.ConsolidateAsync(100) > 0) { }
        var after = await AllReferencesAsync(store);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
        var documents = (await store.ListDocumentsAsync()).Items;
        Assert.All(documents, d => Assert.Equal((2, "next-version"), (d.ParseCount, d.ParserVersion)));
    }

    static async Task<Dictionary<string, string>> AllReferencesAsync(ILibraryStore store)
    {
        var all = new Dictionary<string, string>();
        string? after = null;
        do
        {
            var page = await store.SearchReferencesAsync(new ReferenceQuery { After = after, Limit = 100 });
            foreach (var r in page.Items) all.Add(r.CiteKey, $"{r.IdentityKey} {r.CitationCount}");
            after = page.Next;
        } while (after is not null);
        return all;
    }

    protected async Task A_split_is_kept_when_the_documents_are_parsed_again()
    {
        await using var store = await NewStoreAsync();
        await store.AddDocumentAsync(new NewDocument("article.md", Article));
        var copy = await store.AddDocumentAsync(new NewDocument("copy.md", ArticleCopy));
        await Libraries.ParseAsync(store);
        var merged = (await store.SearchReferencesAsync(new ReferenceQuery { Text = "Woodward British Foreign Policy" })).Items.Single();

        var split = await store.SplitAsync(merged.Id, [copy.Id]);
        Assert.Equal(merged.CiteKey, split.Remaining.CiteKey);
        Assert.NotEqual(merged.CiteKey, split.SplitOff.CiteKey);
        Assert.Equal(merged.CitationCount, split.Remaining.CitationCount + split.SplitOff.CitationCount);
        Assert.Equal((1, 1), (split.Remaining.DocumentCount, split.SplitOff.DocumentCount));
        Assert.Equal(MergeRule.Split, (await store.GetMembersAsync(split.SplitOff.Id)).Single().Rule);
        await Assert.ThrowsAsync<ArgumentException>(() => store.SplitAsync(split.Remaining.Id, [copy.Id]));

        await store.EnqueueParsesAsync("next-version");
        foreach (var job in await store.ClaimParsesAsync("test/1/b", 10, TimeSpan.FromMinutes(1), 3))
        {
            var document = (await store.GetDocumentAsync(job.DocumentId))!;
            await store.CommitParseAsync(job, new DocumentExtractor().Extract(document.Text), "next-version");
        }
        while (await store.ConsolidateAsync(100) > 0) { }
        var found = (await store.SearchReferencesAsync(new ReferenceQuery { Text = "Woodward British Foreign Policy" })).Items;
        Assert.Equal([split.Remaining.CiteKey, split.SplitOff.CiteKey], found.Select(r => r.CiteKey).Order().ToArray());
        Assert.All(found, r => Assert.Equal(1, r.DocumentCount));
    }

    protected async Task References_are_found_by_words_type_year_and_archive_a_page_at_a_time()
    {
        await using var store = await NewStoreAsync();
        await store.AddDocumentAsync(new NewDocument("article.md", Article));
        await store.AddDocumentAsync(new NewDocument("paper.txt", Libraries.SeedText("001")));
        await Libraries.ParseAsync(store);

        var all = (await store.SearchReferencesAsync(new ReferenceQuery { Limit = 1000 })).Items;
        Assert.True(all.Count > 100, $"{all.Count} references");
        var pages = new List<string>();
        string? after = null;
        do
        {
            var page = await store.SearchReferencesAsync(new ReferenceQuery { After = after, Limit = 7 });
            Assert.True(page.Items.Count <= 7);
            pages.AddRange(page.Items.Select(r => r.CiteKey));
            after = page.Next;
        } while (after is not null);
        Assert.Equal(all.Select(r => r.CiteKey), pages);

        var books = (await store.SearchReferencesAsync(new ReferenceQuery { Type = "book", Limit = 1000 })).Items;
        Assert.NotEmpty(books);
        Assert.Equal(all.Count(r => r.Item.Type == "book"), books.Count);
        var year = all.First(r => r.Item.Issued?.Year is not null).Item.Issued!.Year!.Value;
        Assert.Equal(all.Where(r => r.Item.Issued?.Year == year).Select(r => r.CiteKey), (await store.SearchReferencesAsync(new ReferenceQuery { Year = year, Limit = 1000 })).Items.Select(r => r.CiteKey));
        var archival = all.First(r => r.Item.Archival?.RepositoryCanonical is not null);
        string archive = archival.Item.Archival!.RepositoryCanonical!;
        var held = (await store.SearchReferencesAsync(new ReferenceQuery { Archive = archive.ToLowerInvariant(), Limit = 1000 })).Items;
        Assert.Contains(held, r => r.Id == archival.Id);
        Assert.All(held, r => Assert.Equal(archive, r.Item.Archival?.RepositoryCanonical ?? r.Item.Archive));

        var byWords = (await store.SearchReferencesAsync(new ReferenceQuery { Text = "woodward foreign" })).Items;
        Assert.NotEmpty(byWords);
        Assert.All(byWords, r => Assert.Contains("Woodward", string.Join(" ", r.Item.Author?.Select(a => a.Family) ?? [])));
        // Search syntax in the words is read as words, never as a query language.
        Assert.Empty((await store.SearchReferencesAsync(new ReferenceQuery { Text = "\"unbalanced* OR (NEAR" })).Items);
    }

    protected async Task A_worker_whose_lease_ran_out_commits_nothing()
    {
        await using var store = await NewStoreAsync();
        var document = await store.AddDocumentAsync(new NewDocument("frus.txt", Libraries.SeedText("000")));
        await store.EnqueueParsesAsync(ParserVersion.Current);
        var slow = (await store.ClaimParsesAsync("host/1/slow", 1, TimeSpan.Zero, 3)).Single();
        await Task.Delay(20);
        var quick = (await store.ClaimParsesAsync("host/2/quick", 1, TimeSpan.FromMinutes(1), 3)).Single();
        Assert.Equal(slow.Id, quick.Id);
        var result = new DocumentExtractor().Extract(Libraries.SeedText("000"));
        Assert.False((await store.CommitParseAsync(slow, result, ParserVersion.Current)).Committed);
        Assert.True((await store.CommitParseAsync(quick, result, ParserVersion.Current)).Committed);
        Assert.False((await store.CommitParseAsync(quick, result, ParserVersion.Current)).Committed);
        var stored = (await store.GetDocumentAsync(document.Id))!.Summary;
        Assert.Equal(1, stored.ParseCount);
        Assert.Equal(result.Notes.Count, (await store.GetNotesAsync(document.Id)).Count);
        Assert.Empty(await store.ClaimParsesAsync("host/3/late", 10, TimeSpan.FromMinutes(1), 3));
    }

    protected async Task A_new_version_of_a_file_replaces_the_old_one_and_keeps_its_text()
    {
        await using var store = await NewStoreAsync();
        string v1 = Libraries.SeedText("004"), v2 = v1.Replace("Mastny", "Mastny, Vojtech");
        var old = await store.AddDocumentAsync(new NewDocument("essay.txt", v1, "essays/essay.txt"));
        await Libraries.ParseAsync(store);
        var mastnyBefore = (await store.SearchReferencesAsync(new ReferenceQuery { Text = "Mastny" })).Items;
        Assert.NotEmpty(mastnyBefore);

        var replaced = await store.AddDocumentAsync(new NewDocument("essay.txt", v2, "essays/essay.txt"));
        Assert.Equal(old.Id, replaced.Superseded);
        await Libraries.ParseAsync(store);
        var oldDocument = (await store.GetDocumentAsync(old.Id))!;
        Assert.Equal(v1, oldDocument.Text);
        Assert.Equal(replaced.Id, oldDocument.Summary.SupersededBy);
        Assert.Equal(0, oldDocument.Summary.CitationCount);
        var counts = await store.CountAsync();
        Assert.Equal(1, counts.Documents);
        var citing = (await store.SearchReferencesAsync(new ReferenceQuery { Limit = 1000 })).Items;
        Assert.All(citing, r => Assert.Equal(1, r.DocumentCount));
        Assert.Equal((await store.GetDocumentAsync(replaced.Id))!.Summary.CitationCount, citing.Sum(r => r.CitationCount));
    }
}
