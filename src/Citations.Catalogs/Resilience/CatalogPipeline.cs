using System.Net.Sockets;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Citations.Catalogs.Resilience;

/// <summary>
/// The resilience pipeline of one catalog, outermost first: retry (transient failures only, exponential
/// back-off with jitter, <c>Retry-After</c> honoured) → circuit breaker (per host) → rate and concurrency
/// limits → timeout per attempt.
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
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<CatalogResponse>
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = Math.Max(2, options.BreakerMinimumThroughput),
            SamplingDuration = options.BreakerSamplingDuration < TimeSpan.FromMilliseconds(500) ? TimeSpan.FromMilliseconds(500) : options.BreakerSamplingDuration,
            BreakDuration = options.BreakerBreakDuration < TimeSpan.FromMilliseconds(500) ? TimeSpan.FromMilliseconds(500) : options.BreakerBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome)),
        });
        builder.AddCatalogLimiter(limiter);
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
