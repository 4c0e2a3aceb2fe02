namespace Citations.Catalogs.Resilience;

/// <summary>
/// One catalog answer, read whole inside the attempt (so the attempt timeout covers the body and a
/// reset connection mid-body is a failed attempt, not a half answer).
/// </summary>
public sealed record CatalogResponse(int Status, string Body, TimeSpan? RetryAfter = null)
{
    public bool IsSuccess => Status is >= 200 and < 300;
    public bool IsNotFound => Status == 404;

    /// <summary>Network trouble or an overloaded server: worth another try later (408, 429, 5xx).</summary>
    public bool IsTransient => Status is 408 or 429 or >= 500;
}

/// <summary>What a request expects back; a body that is not of that kind (an HTML CAPTCHA page, cut-off
/// JSON) is a failed attempt.</summary>
public enum ExpectedBody { Json, Xml, None }

/// <summary>A GET or HEAD relative to the catalog's base address.</summary>
public sealed record CatalogRequest(string RelativeUrl, ExpectedBody Expect = ExpectedBody.Json, bool Head = false);

/// <summary>The catalog answered with a body that is not what the endpoint documents.</summary>
public sealed class MalformedResponseException(string message) : Exception(message);

/// <summary>
/// The catalog could not answer this run: down, circuit open, retries spent, run budget spent, or offline
/// with nothing cached. The resolver turns it into <c>Unavailable</c> for that part of the run.
/// </summary>
public sealed class CatalogUnavailableException(CatalogName catalog, string reason, Exception? inner = null)
    : Exception($"{catalog}: {reason}", inner)
{
    public CatalogName Catalog { get; } = catalog;
    public string Reason { get; } = reason;
}
