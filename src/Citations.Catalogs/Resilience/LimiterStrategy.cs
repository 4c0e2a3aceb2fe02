using Polly;

namespace Citations.Catalogs.Resilience;

/// <summary>
/// A proactive Polly strategy around <see cref="CatalogLimiter"/>: each attempt (retries included) waits
/// for its token and slot, and holds the slot until the answer is read. Polly.RateLimiting is not in our
/// package registry; this is the same idea over System.Threading.RateLimiting.
/// </summary>
sealed class LimiterStrategy(CatalogLimiter limiter) : ResilienceStrategy
{
    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        IDisposable lease;
        try
        {
            lease = await limiter.AcquireAsync(context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (Exception e)
        {
            return Outcome.FromException<TResult>(e);
        }
        using (lease)
            return await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
    }
}

sealed class LimiterStrategyOptions : ResilienceStrategyOptions
{
    public LimiterStrategyOptions() => Name = "CatalogLimiter";
}

static class LimiterStrategyBuilderExtensions
{
    public static ResiliencePipelineBuilder<TResult> AddCatalogLimiter<TResult>(this ResiliencePipelineBuilder<TResult> builder, CatalogLimiter limiter) =>
        builder.AddStrategy(_ => new LimiterStrategy(limiter), new LimiterStrategyOptions());
}
