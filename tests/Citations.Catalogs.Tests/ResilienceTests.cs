using Citations.Catalogs.Resilience;
using Citations.Core.Model;
using Citations.Core.Resolution;
using Citations.FakeCatalogs;

namespace Citations.Catalogs.Tests;

/// <summary>Faults injected at the fake server: what the resolver does about each, over real HTTP.</summary>
[Collection(nameof(Timing))]
public sealed class ResilienceTests
{
    [Fact]
    public async Task A_429_with_Retry_After_holds_the_next_request_to_that_host_for_that_long()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.Faults.Add(new FaultRule { Catalog = "openlibrary", Kind = FaultKind.TooManyRequests, RetryAfterSeconds = 2 });

        var outcome = (await harness.Resolver.ResolveAsync([References.Book("Expansion and Coexistence")])).Single();

        Assert.Equal(ResolutionStatus.Resolved, outcome.Status);
        var log = harness.Server.Log.For("openlibrary");
        Assert.Equal(429, log[0].Status);
        Assert.True(log[1].At - log[0].At >= TimeSpan.FromSeconds(1.95), $"retried after {(log[1].At - log[0].At).TotalSeconds:0.00}s, not the 2s asked");
    }

    [Fact]
    public async Task A_503_burst_is_retried_with_back_off_and_the_reference_still_resolves()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.Faults.Add(new FaultRule { Catalog = "crossref", Kind = FaultKind.Unavailable, Count = 2 });
        var article = References.Articles.First(r => r.Expect is not null);

        var outcome = (await harness.Resolver.ResolveAsync([article.Reference])).Single();

        Assert.Equal(ResolutionStatus.Resolved, outcome.Status);
        Assert.Equal("crossref", outcome.Item.Custom!.Resolution!.Catalog);
        var log = harness.Server.Log.For("crossref");
        Assert.Equal([503, 503, 200], log.Select(r => r.Status).Take(3));
        Assert.True(log[2].At > log[1].At && log[1].At > log[0].At);
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_limit_is_not_waited_for_and_the_catalog_is_unavailable()
    {
        await using var harness = await Harness.StartAsync(s => s["Catalogs:OpenLibrary:MaxRetryAfter"] = "00:00:05");
        harness.Server.Faults.Add(new FaultRule { Catalog = "openlibrary", Kind = FaultKind.TooManyRequests, RetryAfterSeconds = 3600 });
        var started = DateTime.UtcNow;

        var outcome = (await harness.Resolver.ResolveAsync([References.Book("Expansion and Coexistence")])).Single();

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30));
        Assert.Single(harness.Server.Log.For("openlibrary"));
        // Open Library could not answer: the Library of Congress did, so the reference is still resolved.
        Assert.Equal(ResolutionStatus.Resolved, outcome.Status);
        Assert.Equal("loc", outcome.Item.Custom!.Resolution!.Catalog);
    }

    [Fact]
    public async Task A_catalog_that_is_down_opens_its_breaker_and_the_run_completes_with_the_others()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.Faults.Down("crossref");
        var articles = References.Articles.Take(20).ToList();
        var books = References.Books.Where(b => b.Expect is not null).Take(10).ToList();
        var items = articles.Concat(books).Select(r => r.Reference).ToList();

        var outcomes = await harness.Resolver.ResolveAsync(items);

        Assert.Equal(items.Count, outcomes.Count);
        // The breaker stops the knocking: far fewer requests than references × tries.
        int crossrefRequests = harness.Server.Log.For("crossref").Count;
        Assert.True(crossrefRequests < articles.Count * 2, $"{crossrefRequests} requests to a catalog that was down");
        Assert.Contains(outcomes.Take(articles.Count), o => o.Detail?.Contains("circuit open") == true);
        // Books never needed Crossref; articles went to OpenAlex, which answered.
        Assert.All(outcomes.Skip(articles.Count), o => Assert.Equal(ResolutionStatus.Resolved, o.Status));
        Assert.DoesNotContain(outcomes, o => o.Item.Custom?.Resolution?.Catalog == "crossref");
        Assert.Contains(outcomes.Take(articles.Count), o => o.Status == ResolutionStatus.Resolved && o.Item.Custom!.Resolution!.Catalog == "openalex");
        Assert.DoesNotContain(outcomes.Take(articles.Count), o => o.Status == ResolutionStatus.Abstained);
    }

    [Fact]
    public async Task An_HTML_page_instead_of_JSON_is_a_failure_that_trips_the_breaker()
    {
        await using var harness = await Harness.StartAsync(s =>
        {
            s["Catalogs:LibraryOfCongress:MaxRetries"] = "0";
            s["Catalogs:LibraryOfCongress:BreakerMinimumThroughput"] = "3";
            s["Catalogs:OpenLibrary:Enabled"] = "false";
        });
        harness.Server.Faults.Add(new FaultRule { Catalog = "loc", Kind = FaultKind.Html, Count = 1000 });
        var books = References.Books.Where(b => b.Expect is not null).Take(12).Select(r => r.Reference).ToList();

        var outcomes = await harness.Resolver.ResolveAsync(books);

        Assert.DoesNotContain(outcomes, o => o.Item.Custom?.Resolution?.Catalog == "loc");
        Assert.Contains(outcomes, o => o.Detail?.Contains("circuit open") == true);
        Assert.True(harness.Server.Log.For("loc").Count < books.Count, $"{harness.Server.Log.For("loc").Count} requests: the breaker did not open");
    }

    [Fact]
    public async Task Faults_of_every_kind_lose_no_reference_and_change_no_answer()
    {
        var items = References.All.Take(120).Select(r => r.Reference).ToList();
        IReadOnlyList<ResolutionOutcome> clean;
        await using (var reference = await Harness.StartAsync())
            clean = await reference.Resolver.ResolveAsync(items);

        await using var harness = await Harness.StartAsync(s =>
        {
            foreach (string name in new[] { "Crossref", "OpenAlex", "OpenLibrary", "LibraryOfCongress", "NationalArchivesUK", "Frus" })
            {
                // Long enough for an answer on a machine busy with other tests, short of the 1.5 s slow fault.
                s[$"Catalogs:{name}:AttemptTimeout"] = "00:00:01";
                // One request may meet all six queued faults in a row, and a busy machine may time out an attempt more.
                s[$"Catalogs:{name}:MaxRetries"] = "8";
                s[$"Catalogs:{name}:BreakerMinimumThroughput"] = "1000"; // faults here are scattered, not an outage
            }
        });
        var faults = harness.Server.Faults;
        foreach (string catalog in new[] { "crossref", "openlibrary", "loc", "openalex", "tna", "frus" })
        {
            faults.Add(new FaultRule { Catalog = catalog, Kind = FaultKind.Unavailable, Count = 2 });
            faults.Add(new FaultRule { Catalog = catalog, Kind = FaultKind.Reset });
            faults.Add(new FaultRule { Catalog = catalog, Kind = FaultKind.MalformedJson });
            faults.Add(new FaultRule { Catalog = catalog, Kind = FaultKind.Slow, DelayMs = 1500 });
            faults.Add(new FaultRule { Catalog = catalog, Kind = FaultKind.TooManyRequests, RetryAfterSeconds = 1 });
        }

        var outcomes = await harness.Resolver.ResolveAsync(items);

        Assert.Equal(items.Count, outcomes.Count);
        for (int i = 0; i < items.Count; i++)
        {
            Assert.Equal(items[i].Id, outcomes[i].Item.Id);
            Assert.Equal(items[i].Title, outcomes[i].Item.Title);
            Assert.Equal(clean[i].Status, outcomes[i].Status);
            Assert.Equal(clean[i].Item.Custom?.Resolution?.RecordId, outcomes[i].Item.Custom?.Resolution?.RecordId);
        }
        var served = harness.Server.Log.All.Where(r => r.Fault is not null).Select(r => r.Fault!.Value).ToHashSet();
        var kinds = new[] { FaultKind.Unavailable, FaultKind.Reset, FaultKind.MalformedJson, FaultKind.Slow, FaultKind.TooManyRequests };
        Assert.True(kinds.All(served.Contains), "not every kind of fault was served: " + string.Join(", ", served));
    }

    [Fact]
    public async Task A_spent_run_budget_leaves_the_rest_unavailable_and_unchanged()
    {
        await using var harness = await Harness.StartAsync(s => s["Catalogs:RunBudget"] = "00:00:01");
        harness.Server.Latency = TimeSpan.FromMilliseconds(400);
        var items = References.Books.Take(40).Select(r => r.Reference).ToList();

        var outcomes = await harness.Resolver.ResolveAsync(items);

        Assert.Equal(items.Count, outcomes.Count);
        var unavailable = Enumerable.Range(0, items.Count).Where(i => outcomes[i].Status == ResolutionStatus.Unavailable).ToList();
        Assert.NotEmpty(unavailable);
        Assert.All(unavailable, i => Assert.Contains("budget", outcomes[i].Detail));
        Assert.All(unavailable, i => Assert.Same(items[i], outcomes[i].Item));
    }
}
