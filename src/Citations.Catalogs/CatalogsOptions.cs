namespace Citations.Catalogs;

/// <summary>
/// The <c>Catalogs</c> configuration section (output-contract.md, "Configuration"). Defaults are the
/// documented public services and limits, embedded in <c>appsettings.json</c>.
/// </summary>
public sealed class CatalogsOptions
{
    public const string Section = "Catalogs";

    /// <summary>Contact address sent in the User-Agent and as Crossref/OpenAlex <c>mailto</c>.</summary>
    public string? Contact { get; set; }
    /// <summary>The SQLite resolution cache; empty = <c>catalog-cache.db</c> in the data folder.</summary>
    public string? CachePath { get; set; }
    /// <summary>Answer from the cache alone; a miss makes that part of the run "unavailable".</summary>
    public bool Offline { get; set; }
    /// <summary>The most a whole resolution run may take; what is left afterwards is unavailable.</summary>
    public TimeSpan RunBudget { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>How many references are worked on at once (each catalog still keeps its own limits).</summary>
    public int Parallelism { get; set; } = 32;
    /// <summary>Score at or above which a candidate is accepted (calibrated on the labelled set).</summary>
    public double AcceptThreshold { get; set; } = 0.80;

    public CatalogOptions Crossref { get; set; } = new();
    public CatalogOptions OpenAlex { get; set; } = new();
    public CatalogOptions OpenLibrary { get; set; } = new();
    public CatalogOptions LibraryOfCongress { get; set; } = new();
    public CatalogOptions NationalArchivesUK { get; set; } = new();
    public CatalogOptions Frus { get; set; } = new();

    public CatalogOptions For(CatalogName name) => name switch
    {
        CatalogName.Crossref => Crossref,
        CatalogName.OpenAlex => OpenAlex,
        CatalogName.OpenLibrary => OpenLibrary,
        CatalogName.LibraryOfCongress => LibraryOfCongress,
        CatalogName.NationalArchivesUK => NationalArchivesUK,
        CatalogName.Frus => Frus,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}

/// <summary>One catalog: where it is, how fast and how often it may be asked, and how to recover.</summary>
public sealed class CatalogOptions
{
    public bool Enabled { get; set; } = true;
    public Uri? BaseAddress { get; set; }
    /// <summary>A key where the catalog takes one (OpenAlex's <c>api_key</c>, required there since February 2026).</summary>
    public string? ApiKey { get; set; }
    /// <summary>Token-bucket rate: tokens added per second (may be below 1, e.g. LoC's 10 a minute).</summary>
    public double RequestsPerSecond { get; set; } = 1;
    /// <summary>Token-bucket depth: how many requests may go at once after a quiet spell.</summary>
    public int Burst { get; set; } = 1;
    public int MaxConcurrency { get; set; } = 1;
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);
    public int MaxRetries { get; set; } = 4;
    /// <summary>First back-off delay; doubled each try, with jitter, capped at <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>A <c>Retry-After</c> longer than this is not waited for: the catalog counts as unavailable.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(5);
    public double BreakerFailureRatio { get; set; } = 0.5;
    public int BreakerMinimumThroughput { get; set; } = 6;
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>How long a cached answer is trusted. TNA asks not to store content: keep it short there.</summary>
    public TimeSpan CacheExpiry { get; set; } = TimeSpan.FromDays(30);
}
