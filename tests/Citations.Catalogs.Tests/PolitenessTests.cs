using Citations.Core.Resolution;
using Citations.FakeCatalogs;

namespace Citations.Catalogs.Tests;

/// <summary>Rate and concurrency limits and identification, measured at the fake server over real HTTP.</summary>
[Collection(nameof(Timing))]
public sealed class PolitenessTests
{
    [Fact]
    public async Task No_catalog_is_called_faster_than_its_token_bucket_or_more_often_at_once_than_its_limit()
    {
        const double rps = 8;
        const int burst = 2, concurrency = 4;
        await using var harness = await Harness.StartAsync(s =>
        {
            foreach (string name in new[] { "Crossref", "OpenAlex", "OpenLibrary", "LibraryOfCongress" })
            {
                s[$"Catalogs:{name}:RequestsPerSecond"] = rps.ToString(System.Globalization.CultureInfo.InvariantCulture);
                s[$"Catalogs:{name}:Burst"] = burst.ToString();
                s[$"Catalogs:{name}:MaxConcurrency"] = concurrency.ToString();
            }
        });
        // Arrival times are taken at the server: warm its code paths first, or the first requests' JIT
        // delay squeezes the gaps between them.
        await WarmUpAsync(harness.Server);
        harness.Server.Latency = TimeSpan.FromMilliseconds(20);
        var items = References.Articles.Take(14).Concat(References.Books.Take(10)).Select(r => r.Reference).ToList();

        var outcomes = await harness.Resolver.ResolveAsync(items);

        Assert.Equal(items.Count, outcomes.Count);
        foreach (string catalog in new[] { "crossref", "openalex", "openlibrary", "loc" })
        {
            var times = harness.Server.Log.For(catalog).Select(r => r.At).Order().ToList();
            if (catalog is "crossref" or "openlibrary") Assert.True(times.Count >= 8, $"{catalog}: only {times.Count} requests, too few to measure a rate");
            // In any window, at most the bucket's depth plus what it refills, plus one for the refill timer's
            // phase; timestamps are taken at the server, whose scheduling on a busy machine (CI runs test
            // assemblies side by side on two cores) may delay one by a fraction of a second, so every window
            // is widened by 0.25 s. Without the limiter, 4 at once at 20 ms would be 200 requests a second.
            const double jitter = 0.25;
            for (int i = 0; i < times.Count; i++)
                for (int j = i + 1; j < times.Count; j++)
                {
                    double window = (times[j] - times[i]).TotalSeconds;
                    Assert.True(j - i + 1 <= burst + rps * (window + jitter) + 1,
                        $"{catalog}: {j - i + 1} requests within {window:0.000}s, more than {burst} + {rps}/s allow");
                }
            if (times.Count > burst + 1)
            {
                double span = (times[^1] - times[0]).TotalSeconds, least = (times.Count - burst - 1) / rps;
                Assert.True(span >= least - jitter, $"{catalog}: {times.Count} requests in {span:0.00}s; {rps}/s needs {least:0.00}s");
            }
            Assert.True(harness.Server.MaxInFlight(catalog) <= concurrency, $"{catalog}: {harness.Server.MaxInFlight(catalog)} requests at once");
        }
    }

    static async Task WarmUpAsync(FakeCatalogServer server)
    {
        using var http = new HttpClient();
        foreach (string path in new[] { "crossref/works?query.bibliographic=x&rows=1", "openalex/works?filter=title.search:x", "openlibrary/search.json?title=x", "loc/books/?q=x&fo=json" })
            for (int i = 0; i < 3; i++) (await http.GetAsync(new Uri(server.Root, path))).EnsureSuccessStatusCode();
        server.Log.Clear();
    }

    [Fact]
    public async Task Every_request_names_the_product_its_version_and_the_contact_and_Crossref_gets_mailto()
    {
        await using var harness = await Harness.StartAsync();
        await harness.Resolver.ResolveAsync([References.Articles[0].Reference, References.Book("Expansion and Coexistence")]);

        var log = harness.Server.Log.All;
        Assert.NotEmpty(log);
        Assert.All(log, r => Assert.Matches(@"^Citations/\d+\.\d+\.\d+ \(mailto:tests@example\.org\) dotnet/\d+", r.UserAgent));
        Assert.Contains(log, r => r.Catalog == "crossref" && r.PathAndQuery.Contains("mailto=tests%40example.org"));
    }
}

/// <summary>Tests that measure time run alone, not beside the rest of this assembly.</summary>
[CollectionDefinition(nameof(Timing), DisableParallelization = true)]
public sealed class Timing;
