namespace Citations.Api;

/// <summary>The <c>Api</c> section of the configuration (output contract, "Configuration").</summary>
public sealed class ApiOptions
{
    /// <summary>Where <c>citations serve</c> listens; loopback unless an operator says otherwise.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The API keys, hashed (<c>citations serve new-key ID</c> makes one). None: every write is refused.</summary>
    public List<ApiKeyEntry> Keys { get; set; } = [];

    /// <summary>Reads need a key too (by default anyone on the network the server listens on may read).</summary>
    public bool RequireKeyForReads { get; set; }

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Largest request body accepted, in bytes (a whole document, or a batch of notes).</summary>
    public long MaxRequestBytes { get; set; } = 20_000_000;

    /// <summary>Most notes parsed in one request.</summary>
    public int MaxNotesPerRequest { get; set; } = 10_000;

    /// <summary>A request still running after this is answered 503 (its parse stops counting toward the answer).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>On SIGTERM or Ctrl+C, requests in flight get this long to finish before the process exits.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an idempotency key and its response are kept.</summary>
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Parses (documents and large batches of notes) running at once; 0 means one per processor.</summary>
    public int ParseConcurrency { get; set; }

    /// <summary>A list's page size when the request does not give one, and the largest it may give.</summary>
    public int PageSize { get; set; } = 50;

    public int MaxPageSize { get; set; } = 1000;
}

/// <summary>One API key as configured: its id (the part before the dot of the key), its salted hash, what it may do.</summary>
public sealed class ApiKeyEntry
{
    public string Id { get; set; } = "";

    /// <summary><c>sha256:SALT:HASH</c>, both base64url; never the key itself.</summary>
    public string Hash { get; set; } = "";

    /// <summary><c>read</c>, <c>write</c>; none given means both.</summary>
    public string[]? Scopes { get; set; }

    /// <summary>This key's own rate, overriding <see cref="RateLimitOptions.RequestsPerSecond"/>.</summary>
    public double? RequestsPerSecond { get; set; }

    public int? Burst { get; set; }
}

/// <summary>Token buckets: one per API key, one per client address for requests without a key.</summary>
public sealed class RateLimitOptions
{
    public double RequestsPerSecond { get; set; } = 100;
    public int Burst { get; set; } = 200;
    public double AnonymousRequestsPerSecond { get; set; } = 20;
    public int AnonymousBurst { get; set; } = 40;
}
