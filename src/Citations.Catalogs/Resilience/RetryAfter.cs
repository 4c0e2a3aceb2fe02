using System.Net.Http.Headers;

namespace Citations.Catalogs.Resilience;

/// <summary>The <c>Retry-After</c> header as a delay: seconds or an HTTP date (RFC 9110 §10.2.3).</summary>
public static class RetryAfter
{
    public static TimeSpan? From(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var value = headers.RetryAfter;
        if (value is null) return null;
        if (value.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (value.Date is { } date) return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}
