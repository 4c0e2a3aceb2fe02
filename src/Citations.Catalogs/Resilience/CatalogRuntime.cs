using System.Collections.Concurrent;
using Polly;

namespace Citations.Catalogs.Resilience;

/// <summary>What a catalog did in this process: requests that reached the network, answers from the cache.</summary>
public sealed class CatalogStats
{
    long _requests, _cacheHits;
    public long Requests => Interlocked.Read(ref _requests);
    public long CacheHits => Interlocked.Read(ref _cacheHits);
    internal void Request() => Interlocked.Increment(ref _requests);
    internal void CacheHit() => Interlocked.Increment(ref _cacheHits);
}

/// <summary>
/// Everything one catalog keeps for the life of the process: its options, limiter, resilience pipeline
/// (so the breaker and the token bucket are shared by every client instance the factory hands out),
/// the requests in flight (identical questions asked at once go out once) and its counters.
/// </summary>
public sealed class CatalogRuntime : IAsyncDisposable
{
    public CatalogRuntime(CatalogName name, CatalogOptions options, TimeProvider time)
    {
        Name = name;
        Options = options;
        Limiter = new CatalogLimiter(options, time);
        Pipeline = CatalogPipeline.Create(name, options, Limiter, time);
    }

    public CatalogName Name { get; }
    public CatalogOptions Options { get; }
    public CatalogLimiter Limiter { get; }
    public ResiliencePipeline<CatalogResponse> Pipeline { get; }
    public CatalogStats Stats { get; } = new();
    internal ConcurrentDictionary<string, Lazy<Task<CatalogResponse>>> InFlight { get; } = new();

    public ValueTask DisposeAsync() => Limiter.DisposeAsync();
}

/// <summary>The runtimes of all catalogs, built from configuration once per process.</summary>
public sealed class CatalogRuntimes : IAsyncDisposable
{
    readonly Dictionary<CatalogName, CatalogRuntime> _runtimes;

    public CatalogRuntimes(CatalogsOptions options, TimeProvider time) =>
        _runtimes = CatalogNames.All.ToDictionary(n => n, n => new CatalogRuntime(n, options.For(n), time));

    public CatalogRuntime this[CatalogName name] => _runtimes[name];
    public IEnumerable<CatalogRuntime> All => _runtimes.Values;

    public async ValueTask DisposeAsync()
    {
        foreach (var runtime in _runtimes.Values) await runtime.DisposeAsync().ConfigureAwait(false);
    }
}
