using Citations.FakeCatalogs.Catalogs;
using Citations.FakeCatalogs.Corpus;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Citations.FakeCatalogs;

/// <summary>
/// Local stand-ins for every catalog the resolver asks, on 127.0.0.1 with a random port, each under its
/// own path prefix (<c>/crossref/</c>, <c>/openalex/</c>, <c>/openlibrary/</c>, <c>/loc/</c>, <c>/tna/API/</c>,
/// <c>/frus/</c>) and answering in its documented shape from a fixture corpus. Latency and faults are set
/// on request, in process (<see cref="Faults"/>, <see cref="Latency"/>) or over HTTP (<c>/_control/…</c>).
/// </summary>
public sealed class FakeCatalogServer : IAsyncDisposable
{
    public static readonly IReadOnlyList<string> CatalogKeys = ["crossref", "openalex", "openlibrary", "loc", "tna", "frus"];

    readonly WebApplication _app;

    FakeCatalogServer(WebApplication app, FakeCorpus corpus)
    {
        _app = app;
        Corpus = corpus;
    }

    public FakeCorpus Corpus { get; }
    public FaultQueue Faults { get; } = new();
    public RequestLog Log { get; } = new();
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[]> _inFlight = new();

    /// <summary>The most requests to <paramref name="catalog"/> this server has had in progress at once.</summary>
    public int MaxInFlight(string catalog) => _inFlight.TryGetValue(catalog, out var c) ? Volatile.Read(ref c[1]) : 0;
    /// <summary>Added to every answer, as a distant server would.</summary>
    public TimeSpan Latency { get; set; }
    public Uri Root { get; private set; } = null!;

    /// <summary>The base address a client of <paramref name="catalog"/> (a key of <see cref="CatalogKeys"/>) is configured with.</summary>
    public Uri BaseAddress(string catalog) => new(Root, catalog switch
    {
        "tna" => "tna/API/",
        _ when CatalogKeys.Contains(catalog) => catalog + "/",
        _ => throw new ArgumentOutOfRangeException(nameof(catalog), catalog, "unknown catalog"),
    });

    /// <summary>The configuration keys (output-contract.md) that point every catalog client at this server.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ClientSettings() =>
        CatalogKeys.Select(k => KeyValuePair.Create($"Catalogs:{ConfigurationName(k)}:BaseAddress", (string?)BaseAddress(k).ToString()));

    /// <summary>The configuration name of a catalog key: crossref → Crossref, tna → NationalArchivesUK.</summary>
    public static string ConfigurationName(string catalog) => catalog switch
    {
        "crossref" => "Crossref", "openalex" => "OpenAlex", "openlibrary" => "OpenLibrary",
        "loc" => "LibraryOfCongress", "tna" => "NationalArchivesUK", "frus" => "Frus",
        _ => throw new ArgumentOutOfRangeException(nameof(catalog), catalog, "unknown catalog"),
    };

    public static async Task<FakeCatalogServer> StartAsync(FakeCorpus? corpus = null, int port = 0, TimeSpan latency = default)
    {
        corpus ??= FakeCorpus.Embedded();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new FakeCatalogServer(app, corpus) { Latency = latency };
        app.Use(server.ServeAsync);
        Control(app, server);
        CrossrefEndpoints.Map(app, corpus);
        OpenAlexEndpoints.Map(app, corpus);
        OpenLibraryEndpoints.Map(app, corpus);
        LibraryOfCongressEndpoints.Map(app, corpus);
        NationalArchivesEndpoints.Map(app, corpus);
        FrusEndpoints.Map(app, corpus);
        await app.StartAsync().ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Root = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Latency, faults and the request log, before the catalog's own endpoint answers.</summary>
    async Task ServeAsync(HttpContext context, RequestDelegate next)
    {
        string path = context.Request.Path.Value ?? "/";
        string catalog = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (!CatalogKeys.Contains(catalog)) { await next(context).ConfigureAwait(false); return; }

        var counters = _inFlight.GetOrAdd(catalog, _ => new int[2]);
        int now = Interlocked.Increment(ref counters[0]);
        for (int seen = Volatile.Read(ref counters[1]); now > seen; seen = Volatile.Read(ref counters[1]))
            if (Interlocked.CompareExchange(ref counters[1], now, seen) == seen) break;
        try { await ServeCatalogAsync(context, next, catalog, path).ConfigureAwait(false); }
        finally { Interlocked.Decrement(ref counters[0]); }
    }

    async Task ServeCatalogAsync(HttpContext context, RequestDelegate next, string catalog, string path)
    {
        string pathAndQuery = path + context.Request.QueryString;
        var arrived = DateTimeOffset.UtcNow;
        var fault = Faults.Next(catalog);
        if (Latency > TimeSpan.Zero) await Task.Delay(Latency, context.RequestAborted).ConfigureAwait(false);
        var response = context.Response;
        switch (fault?.Kind)
        {
            case FaultKind.Reset:
                Record(499);
                context.Features.Get<IConnectionLifetimeNotificationFeature>()?.RequestClose();
                context.Abort();
                return;
            case FaultKind.TooManyRequests or FaultKind.Unavailable:
                response.StatusCode = fault.Kind == FaultKind.TooManyRequests ? 429 : 503;
                if (fault.RetryAfterSeconds is { } seconds) response.Headers.RetryAfter = Math.Ceiling(seconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Record(response.StatusCode);
                await response.WriteAsJsonAsync(new { status = response.StatusCode, message = "Too Many Requests. Consider using the dumps." }).ConfigureAwait(false);
                return;
            case FaultKind.MalformedJson:
                Record(200);
                response.ContentType = "application/json";
                await response.WriteAsync("""{"status":"ok","message":{"items":[{"DOI":"10.5555/""").ConfigureAwait(false);
                return;
            case FaultKind.Html:
                Record(200);
                response.ContentType = "text/html";
                await response.WriteAsync("<!DOCTYPE html><html><body><h1>Please verify you are a human</h1></body></html>").ConfigureAwait(false);
                return;
            case FaultKind.Slow:
                try { await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false); }
                catch (OperationCanceledException) { Record(499); return; } // the client gave up first, as it should
                break;
        }
        await next(context).ConfigureAwait(false);
        Record(response.StatusCode);

        void Record(int status) => Log.Add(new RequestRecord(catalog, arrived, context.Request.Method, pathAndQuery,
            context.Request.Headers.UserAgent.ToString(), status, fault?.Kind));
    }

    /// <summary>The same controls over HTTP, for demos from another process.</summary>
    static void Control(WebApplication app, FakeCatalogServer server)
    {
        app.MapPost("/_control/faults", (FaultRule rule) => { server.Faults.Add(rule); return Results.Accepted(); });
        app.MapPost("/_control/latency", (int ms) => { server.Latency = TimeSpan.FromMilliseconds(ms); return Results.Accepted(); });
        app.MapPost("/_control/reset", () => { server.Faults.Clear(); server.Log.Clear(); return Results.Accepted(); });
        app.MapGet("/_control/log", () => Results.Json(server.Log.All));
        app.MapGet("/_control/catalogs", () => Results.Json(CatalogKeys.ToDictionary(k => k, k => server.BaseAddress(k).ToString())));
    }

    /// <summary>Until the process is asked to stop (Ctrl+C, SIGTERM): for the stand-alone server.</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
