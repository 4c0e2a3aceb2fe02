using System.Net.Sockets;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Citations.Catalogs.Resilience;

/// <summary>
/// The resilience pipeline of one catalog, outermost first: retry (transient failures only, exponential
/// back-off with jitter, <c>Retry-After</c> honoured) → rate and concurrency limits → circuit breaker (per
/// host) → timeout per attempt.
/// </summary>
public static class CatalogPipeline
{
    public static ResiliencePipeline<CatalogResponse> Create(CatalogName name, CatalogOptions options, CatalogLimiter limiter, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<CatalogResponse> { Name = name.ToString(), TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<CatalogResponse>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome, options)),
                // The server's word beats our schedule: wait exactly what Retry-After asks.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            });
        }
        // Waiting for a token happens before the breaker is consulted, so that requests queued while a
        // host fails are stopped by the breaker once it opens, instead of each going out in turn.
        builder.AddCatalogLimiter(limiter);
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<CatalogResponse>
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = Math.Max(2, options.BreakerMinimumThroughput),
            // Polly refuses durations under half a second.
            SamplingDuration = options.BreakerSamplingDuration < TimeSpan.FromMilliseconds(500) ? TimeSpan.FromMilliseconds(500) : options.BreakerSamplingDuration,
            BreakDuration = options.BreakerBreakDuration < TimeSpan.FromMilliseconds(500) ? TimeSpan.FromMilliseconds(500) : options.BreakerBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome)),
        });
        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    /// <summary>A failed attempt: the network, the server, or a body that is not what was asked for.</summary>
    static bool IsFailure(Outcome<CatalogResponse> outcome) => outcome.Exception switch
    {
        null => outcome.Result!.IsTransient,
        HttpRequestException or IOException or SocketException or TimeoutRejectedException or MalformedResponseException => true,
        _ => false,
    };

    static bool IsRetryable(Outcome<CatalogResponse> outcome, CatalogOptions options) =>
        IsFailure(outcome) && !(outcome.Result?.RetryAfter > options.MaxRetryAfter);
}
