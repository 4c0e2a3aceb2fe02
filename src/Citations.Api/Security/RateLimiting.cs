using System.Globalization;
using System.Threading.RateLimiting;
using Citations.Api.Problems;
using Microsoft.AspNetCore.RateLimiting;

namespace Citations.Api.Security;

/// <summary>
/// ASP.NET Core's rate limiter with one token bucket per API key (its own rate, or <c>Api:RateLimit</c>'s), and one
/// per client address for requests without a key. A refused request gets 429 with <c>Retry-After</c>.
/// </summary>
public static class RateLimiting
{
    public const string PerKey = "per-key";

    public static void Configure(RateLimiterOptions options, ApiOptions api)
    {
        options.AddPolicy(PerKey, context =>
        {
            if (ApiKeyAuthenticationHandler.PrincipalOf(context) is { } principal)
                return RateLimitPartition.GetTokenBucketLimiter("key:" + principal.Id, _ => Bucket(principal.RequestsPerSecond, principal.Burst));
            string address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetTokenBucketLimiter("address:" + address, _ => Bucket(api.RateLimit.AnonymousRequestsPerSecond, api.RateLimit.AnonymousBurst));
        });
        options.OnRejected = async (rejected, cancellationToken) =>
        {
            var context = rejected.HttpContext;
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait) ? wait : TimeSpan.FromSeconds(1);
            int seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            string who = ApiKeyAuthenticationHandler.PrincipalOf(context) is { } p ? $"the key '{p.Id}'" : "requests without a key from this address";
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = Problem.Details(429, "rate-limited", "Too many requests", $"{who} went over its rate; retry after {seconds} s"),
            });
        };
    }

    /// <summary>A bucket of <paramref name="burst"/> tokens refilled at <paramref name="perSecond"/>, in tenths of a second so the rate is smooth.</summary>
    static TokenBucketRateLimiterOptions Bucket(double perSecond, int burst)
    {
        var period = perSecond >= 10 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1 / Math.Max(perSecond, 0.001));
        int tokens = perSecond >= 10 ? Math.Max(1, (int)Math.Round(perSecond / 10)) : 1;
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, burst),
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
