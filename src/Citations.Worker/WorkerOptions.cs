namespace Citations.Worker;

/// <summary>The <c>Worker</c> section of the configuration.</summary>
public sealed class WorkerOptions
{
    /// <summary>When the nightly pass runs: a cron expression, five fields (minute hour day month weekday) in local time.</summary>
    public string Schedule { get; set; } = "0 2 * * *";

    /// <summary>Whether a pass asks the public catalogs (Catalogs:*) about new and stale references; off for a library kept offline.</summary>
    public bool Resolve { get; set; } = true;

    /// <summary>References are resolved again once their last check is older than this.</summary>
    public TimeSpan ResolutionMaxAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Files larger than this in the watched folder are reported and skipped.</summary>
    public long MaxDocumentBytes { get; set; } = 20_000_000;

    /// <summary>Documents parsed at once; 0 means one per processor.</summary>
    public int ParseConcurrency { get; set; }

    /// <summary>Jobs claimed at a time by one worker.</summary>
    public int ClaimBatch { get; set; } = 8;

    /// <summary>How long a claim holds without being renewed; a crashed worker's jobs return to the queue after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Tries of a document before its job is marked failed.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Runs a pass as soon as the service starts, before waiting for the schedule.</summary>
    public bool RunOnStart { get; set; }
}
