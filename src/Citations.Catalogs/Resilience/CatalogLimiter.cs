using System.Threading.RateLimiting;

namespace Citations.Catalogs.Resilience;

/// <summary>
/// Politeness for one host: a token bucket at the documented rate, a concurrency limit, and a pause
/// that a 429/503 with <c>Retry-After</c> puts on every request to that host, not just the one that got it
/// (LoC and Wikimedia ban clients that keep knocking).
/// </summary>
public sealed class CatalogLimiter : IAsyncDisposable
{
    readonly TokenBucketRateLimiter _bucket;
    readonly ConcurrencyLimiter _concurrency;
    readonly TimeProvider _time;
    long _pausedUntilTicks;

    public CatalogLimiter(CatalogOptions options, TimeProvider time)
    {
        if (options.RequestsPerSecond <= 0) throw new ArgumentOutOfRangeException(nameof(options), "RequestsPerSecond must be positive");
        if (options.MaxConcurrency < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxConcurrency must be at least 1");
        _time = time;
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, options.Burst),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1 / options.RequestsPerSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrency,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public DateTimeOffset PausedUntil => new(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero);

    /// <summary>Holds every request to this host until <paramref name="until"/> (never shortens a pause).</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        long ticks = until.UtcTicks, seen;
        while (ticks > (seen = Interlocked.Read(ref _pausedUntilTicks)))
            if (Interlocked.CompareExchange(ref _pausedUntilTicks, ticks, seen) == seen) break;
    }

    /// <summary>Waits for the pause, a concurrency slot and a token; dispose the result when the request is done.</summary>
    public async ValueTask<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        var concurrency = await _concurrency.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!concurrency.IsAcquired) throw new InvalidOperationException("concurrency limiter refused a queued request");
        try
        {
            // Wait out a pause after holding the slot, so that the queue order survives the pause.
            for (var wait = PausedUntil - _time.GetUtcNow(); wait > TimeSpan.Zero; wait = PausedUntil - _time.GetUtcNow())
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            using var token = await _bucket.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            if (!token.IsAcquired) throw new InvalidOperationException("rate limiter refused a queued request");
            return concurrency;
        }
        catch
        {
            concurrency.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _bucket.DisposeAsync().ConfigureAwait(false);
        await _concurrency.DisposeAsync().ConfigureAwait(false);
    }
}
