namespace Citations.Api.Idempotency;

/// <summary>
/// A response held as bytes, so that a write can keep it under its idempotency key and give it again byte for byte.
/// Write endpoints return this.
/// </summary>
public sealed record StoredResult(int StatusCode, string ContentType, byte[] Body, string? Location = null, bool Replayed = false) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        if (Location is not null) response.Headers.Location = Location;
        if (Replayed) response.Headers[IdempotencyFilter.ReplayedHeader] = "true";
        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, httpContext.RequestAborted);
    }
}
