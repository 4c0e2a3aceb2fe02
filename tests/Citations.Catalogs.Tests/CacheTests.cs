using Citations.Core.Resolution;
using Citations.FakeCatalogs;

namespace Citations.Catalogs.Tests;

/// <summary>The SQLite cache: a second run asks nothing it asked before; offline answers from the cache alone.</summary>
public sealed class CacheTests
{
    [Fact]
    public async Task A_second_run_makes_zero_requests_and_gives_the_same_answers()
    {
        await using var server = await FakeCatalogServer.StartAsync();
        string cache = Harness.NewCachePath();
        using var cleanup = new CacheFile(cache);
        var items = References.All.Select(r => r.Reference).ToList();

        IReadOnlyList<ResolutionOutcome> first;
        await using (var run = await Harness.StartAsync(server: server, cachePath: cache))
            first = await run.Resolver.ResolveAsync(items);
        int asked = server.Log.Count;
        Assert.True(asked > 100, $"the first run asked only {asked} questions");

        IReadOnlyList<ResolutionOutcome> second;
        await using (var run = await Harness.StartAsync(server: server, cachePath: cache))
        {
            second = await run.Resolver.ResolveAsync(items);
            Assert.Equal(0, run.Runtimes.All.Sum(r => r.Stats.Requests));
            Assert.True(run.Runtimes.All.Sum(r => r.Stats.CacheHits) >= asked / 2);
        }
        Assert.Equal(asked, server.Log.Count);
        Assert.Equal(first.Select(o => (o.Status, o.Item.Custom?.Resolution?.RecordId)), second.Select(o => (o.Status, o.Item.Custom?.Resolution?.RecordId)));
    }

    [Fact]
    public async Task Offline_answers_from_the_cache_alone_and_what_is_not_cached_is_unavailable()
    {
        await using var server = await FakeCatalogServer.StartAsync();
        string cache = Harness.NewCachePath();
        using var cleanup = new CacheFile(cache);
        var cached = References.Books.Where(b => b.Expect is not null).Take(5).Select(r => r.Reference).ToList();
        var notCached = References.Articles.Take(3).Select(r => r.Reference).ToList();
        await using (var run = await Harness.StartAsync(server: server, cachePath: cache))
            await run.Resolver.ResolveAsync(cached);
        int asked = server.Log.Count;

        await using var offline = await Harness.StartAsync(s => s["Catalogs:Offline"] = "true", server: server, cachePath: cache);
        var outcomes = await offline.Resolver.ResolveAsync([.. cached, .. notCached]);

        Assert.Equal(asked, server.Log.Count);
        Assert.All(outcomes.Take(cached.Count), o => Assert.Equal(ResolutionStatus.Resolved, o.Status));
        Assert.All(outcomes.Skip(cached.Count), o =>
        {
            Assert.Equal(ResolutionStatus.Unavailable, o.Status);
            Assert.Contains("offline", o.Detail);
        });
    }

    [Fact]
    public void Request_keys_ignore_parameter_order_and_who_is_asking()
    {
        Assert.Equal(
            Cache.RequestKey.For(CatalogName.Crossref, "works?query.bibliographic=Kennan&rows=5&mailto=a%40b.org"),
            Cache.RequestKey.For(CatalogName.Crossref, "works?rows=5&query.bibliographic=Kennan"));
        Assert.NotEqual(
            Cache.RequestKey.For(CatalogName.Crossref, "works?rows=5&query.bibliographic=Kennan"),
            Cache.RequestKey.For(CatalogName.OpenAlex, "works?rows=5&query.bibliographic=Kennan"));
    }
}

/// <summary>Deletes a cache file the test made when the test is done with it.</summary>
sealed class CacheFile(string path) : IDisposable
{
    public void Dispose() => Harness.DeleteCache(path);
}
