using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Citations.Catalogs;
using Citations.Catalogs.Evaluation;
using Citations.Core.Model;
using Citations.Core.Resolution;
using Citations.FakeCatalogs;
using Citations.FakeCatalogs.Corpus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Citations.Cli.Commands.Bench;

/// <summary>
/// <c>citations bench resolve [--references N] [--latency MS] [--rps R] [--concurrency C] [--configured-limits]</c>:
/// the resolver against the fake catalogs started in process, every answer delayed by the latency. Reports
/// the time, the least time the limits allow for the requests made (per catalog: the token bucket after its
/// burst, and the concurrency limit times the latency), and requests per reference.
/// <c>--quality</c>: precision and recall on the labelled set instead, with a sweep of the accept threshold.
/// </summary>
public static class ResolveBench
{
    public static Command Create()
    {
        var count = new Option<int>("--references") { Description = "How many references to resolve.", DefaultValueFactory = _ => 1000 };
        var latency = new Option<int>("--latency") { Description = "Milliseconds the fake server adds to every answer.", DefaultValueFactory = _ => 100 };
        var rps = new Option<double>("--rps") { Description = "Requests per second allowed to each catalog.", DefaultValueFactory = _ => 20 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests at once allowed to each catalog.", DefaultValueFactory = _ => 4 };
        var configured = new Option<bool>("--configured-limits") { Description = "Each catalog at its configured limits (the documented ones unless overridden) instead of --rps/--concurrency." };
        var quality = new Option<bool>("--quality") { Description = "Measure precision/recall on the labelled set instead of speed." };
        var labelled = new Option<string?>("--labelled") { Description = "The labelled set (default: tests/Citations.Catalogs.Tests/Labelled/labelled.json)." };
        var command = new Command("resolve", "Resolution against the fake catalogs: time vs the limits' bound, requests per reference; or --quality") { count, latency, rps, concurrency, configured, quality, labelled };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(quality)) return await QualityAsync(parse.GetValue(labelled), stdout, cancellationToken);
            if (parse.GetValue(count) < 1 || parse.GetValue(latency) < 0 || parse.GetValue(rps) <= 0 || parse.GetValue(concurrency) < 1)
                throw new UsageException("--references and --concurrency must be at least 1, --rps positive, --latency not negative");
            var limits = parse.GetValue(configured)
                ? CatalogConfiguration.Build().GetSection(CatalogsOptions.Section).Get<CatalogsOptions>()!
                : Uniform(parse.GetValue(rps), parse.GetValue(concurrency));
            return await SpeedAsync(parse.GetValue(count), parse.GetValue(latency), limits, stdout, cancellationToken);
        });
        return command;
    }

    static CatalogsOptions Uniform(double rps, int concurrency)
    {
        var options = new CatalogsOptions();
        foreach (var catalog in CatalogNames.All)
        {
            var o = options.For(catalog);
            (o.RequestsPerSecond, o.Burst, o.MaxConcurrency) = (rps, concurrency, concurrency);
        }
        return options;
    }

    static CatalogName Catalog(string key) => Enum.Parse<CatalogName>(FakeCatalogServer.ConfigurationName(key));

    static Dictionary<string, string?> Settings(FakeCatalogServer server, CatalogsOptions limits, string cache)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Catalogs:Contact"] = "bench@example.org", ["Catalogs:CachePath"] = cache, ["Catalogs:Parallelism"] = "64",
        };
        foreach (var (key, value) in server.ClientSettings()) settings[key] = value;
        foreach (string catalog in FakeCatalogServer.CatalogKeys)
        {
            string name = FakeCatalogServer.ConfigurationName(catalog);
            var o = limits.For(Catalog(catalog));
            settings[$"Catalogs:{name}:RequestsPerSecond"] = o.RequestsPerSecond.ToString(CultureInfo.InvariantCulture);
            settings[$"Catalogs:{name}:Burst"] = o.Burst.ToString(CultureInfo.InvariantCulture);
            settings[$"Catalogs:{name}:MaxConcurrency"] = o.MaxConcurrency.ToString(CultureInfo.InvariantCulture);
        }
        return settings;
    }

    static async Task<IReadOnlyList<ResolutionOutcome>> RunAsync(Dictionary<string, string?> settings, IReadOnlyList<CslItem> items, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddCatalogs(configuration).BuildServiceProvider();
        return await services.GetRequiredService<IReferenceResolver>().ResolveAsync(items, null, cancellationToken);
    }

    static async Task<int> SpeedAsync(int count, int latencyMs, CatalogsOptions limits, TextWriter stdout, CancellationToken cancellationToken)
    {
        var (corpus, items) = SyntheticWorkload.Create(count, seed: 1943);
        await using var server = await FakeCatalogServer.StartAsync(corpus);
        string cache = Path.Combine(Path.GetTempPath(), $"citations-bench-{Guid.NewGuid():N}.db");
        try
        {
            server.Latency = TimeSpan.FromMilliseconds(latencyMs);
            var settings = Settings(server, limits, cache);
            var watch = Stopwatch.StartNew();
            var outcomes = await RunAsync(settings, items, cancellationToken);
            double seconds = watch.Elapsed.TotalSeconds;

            var perCatalog = FakeCatalogServer.CatalogKeys.ToDictionary(k => k, k => server.Log.For(k).Count);
            // The least time the limits allow: each catalog's requests at its token-bucket rate (after the
            // initial burst), and at most `concurrency` at once, each held for the latency.
            var bounds = perCatalog.ToDictionary(kv => kv.Key, kv =>
            {
                var o = limits.For(Catalog(kv.Key));
                return Math.Max(Math.Max(0, kv.Value - o.Burst) / o.RequestsPerSecond, kv.Value * latencyMs / 1000.0 / o.MaxConcurrency);
            });
            double bound = bounds.Values.Max();
            string bottleneck = bounds.MaxBy(kv => kv.Value).Key;
            string limitText = string.Join(", ", FakeCatalogServer.CatalogKeys.Select(k => limits.For(Catalog(k))).Select(o => (o.RequestsPerSecond, o.MaxConcurrency)).Distinct().Count() == 1
                ? [$"{limits.Crossref.RequestsPerSecond}/s and {limits.Crossref.MaxConcurrency} at once per catalog"]
                : FakeCatalogServer.CatalogKeys.Select(k => $"{k} {limits.For(Catalog(k)).RequestsPerSecond:0.####}/s x{limits.For(Catalog(k)).MaxConcurrency}"));
            int requests = perCatalog.Values.Sum();
            var statuses = outcomes.GroupBy(o => o.Status).ToDictionary(g => g.Key.ToString(), g => g.Count());

            stdout.WriteLine($"resolve: {items.Count} references against {corpus.Count} fake catalog records, {latencyMs} ms latency, limits {limitText}");
            stdout.WriteLine($"  outcomes: {string.Join(", ", statuses.Select(kv => $"{kv.Value} {kv.Key.ToLowerInvariant()}"))}");
            stdout.WriteLine($"  requests: {requests} ({(double)requests / items.Count:0.00} per reference): {string.Join(", ", perCatalog.Select(kv => $"{kv.Key} {kv.Value}"))}");
            stdout.WriteLine($"  time: {seconds:0.0} s; the limits allow no less than {bound:0.0} s ({bottleneck}); ratio {seconds / bound:0.00}");
            stdout.WriteLine(JsonSerializer.Serialize(new
            {
                workload = "resolve", references = items.Count, latency_ms = latencyMs, limits = limitText, seconds = Math.Round(seconds, 2),
                bound_seconds = Math.Round(bound, 2), ratio = Math.Round(seconds / bound, 3), requests,
                requests_per_reference = Math.Round((double)requests / items.Count, 3), per_catalog = perCatalog, outcomes = statuses,
            }));
            return ExitCodes.Ok;
        }
        finally
        {
            DeleteCache(cache);
        }
    }

    static async Task<int> QualityAsync(string? path, TextWriter stdout, CancellationToken cancellationToken)
    {
        path ??= FindLabelled();
        if (!File.Exists(path)) throw new UsageException($"{path}: no such labelled set");
        var set = LabelledSet.Load(path);
        var items = set.Select(r => r.Reference).ToList();
        await using var server = await FakeCatalogServer.StartAsync();
        string cache = Path.Combine(Path.GetTempPath(), $"citations-quality-{Guid.NewGuid():N}.db");
        try
        {
            var settings = Settings(server, Uniform(200, 8), cache);
            double configured = CatalogConfiguration.Build().GetValue<double>("Catalogs:AcceptThreshold");
            stdout.WriteLine($"quality: {set.Count} references ({set.Count(r => r.Expect is not null)} resolvable) from {path}");
            stdout.WriteLine("  threshold  precision  recall  F1     resolved  correct");
            MatchQuality? atConfigured = null;
            foreach (double threshold in new[] { 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90, 0.95 }.Append(configured).Distinct().Order())
            {
                settings["Catalogs:AcceptThreshold"] = threshold.ToString(CultureInfo.InvariantCulture);
                var quality = MatchQuality.Score(set, await RunAsync(settings, items, cancellationToken), server.Corpus.Identify);
                if (Math.Abs(threshold - configured) < 1e-9) atConfigured = quality;
                stdout.WriteLine($"  {threshold,9:0.00}  {quality.Precision,9:0.000}  {quality.Recall,6:0.000}  {quality.F1:0.000}  {quality.Resolved,8}  {quality.Correct,7}{(Math.Abs(threshold - configured) < 1e-9 ? "  ← configured" : "")}");
            }
            stdout.WriteLine($"  at {configured:0.00}: {atConfigured}");
            foreach (string error in atConfigured!.Errors) stdout.WriteLine("    " + error);
            stdout.WriteLine(JsonSerializer.Serialize(new
            {
                workload = "resolve-quality", references = atConfigured.References, resolvable = atConfigured.Resolvable, threshold = configured,
                precision = Math.Round(atConfigured.Precision, 4), recall = Math.Round(atConfigured.Recall, 4), f1 = Math.Round(atConfigured.F1, 4),
            }));
            return ExitCodes.Ok;
        }
        finally
        {
            DeleteCache(cache);
        }
    }

    static string FindLabelled()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Citations.sln")))
                return Path.Combine(dir.FullName, "tests", "Citations.Catalogs.Tests", "Labelled", "labelled.json");
        throw new UsageException("the labelled set is found from the repository root: run from inside the repository or give --labelled");
    }

    static void DeleteCache(string path)
    {
        foreach (string file in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}
