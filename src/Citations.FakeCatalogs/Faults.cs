using System.Collections.Concurrent;
using System.Text.Json.Serialization;

namespace Citations.FakeCatalogs;

/// <summary>What a fake catalog does wrong on request.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
public enum FaultKind
{
    /// <summary>429 with <c>Retry-After</c>.</summary>
    TooManyRequests,
    /// <summary>503 (with <c>Retry-After</c> when one is given).</summary>
    Unavailable,
    /// <summary>Answers correctly, but only after <see cref="FaultRule.Delay"/> (past the client's timeout).</summary>
    Slow,
    /// <summary>200 with JSON cut off half way.</summary>
    MalformedJson,
    /// <summary>An HTML page with status 200 (LoC's CAPTCHA when it throttles).</summary>
    Html,
    /// <summary>The connection is reset before any answer.</summary>
    Reset,
}

/// <summary>The next <see cref="Count"/> requests to <see cref="Catalog"/> get <see cref="Kind"/>.</summary>
public sealed record FaultRule
{
    [JsonPropertyName("catalog")] public required string Catalog { get; init; }
    [JsonPropertyName("kind")] public required FaultKind Kind { get; init; }
    [JsonPropertyName("count")] public int Count { get; init; } = 1;
    [JsonPropertyName("retryAfterSeconds")] public double? RetryAfterSeconds { get; init; }
    [JsonPropertyName("delayMs")] public int DelayMs { get; init; } = 5000;

    [JsonIgnore] public TimeSpan Delay => TimeSpan.FromMilliseconds(DelayMs);
}

/// <summary>The faults waiting to be served, per catalog, in the order they were asked for.</summary>
public sealed class FaultQueue
{
    readonly ConcurrentDictionary<string, ConcurrentQueue<FaultRule>> _queues = new(StringComparer.OrdinalIgnoreCase);

    public void Add(FaultRule rule)
    {
        var queue = _queues.GetOrAdd(rule.Catalog, _ => new ConcurrentQueue<FaultRule>());
        for (int i = 0; i < rule.Count; i++) queue.Enqueue(rule with { Count = 1 });
    }

    /// <summary>Every request to <paramref name="catalog"/> fails with <paramref name="kind"/> until cleared (a catalog that is down).</summary>
    public void Down(string catalog, FaultKind kind = FaultKind.Unavailable) => Add(new FaultRule { Catalog = catalog, Kind = kind, Count = 1_000_000 });

    public FaultRule? Next(string catalog) =>
        _queues.TryGetValue(catalog, out var queue) && queue.TryDequeue(out var rule) ? rule : null;

    public void Clear() => _queues.Clear();
}

/// <summary>One request the fake served: which catalog, when it arrived, what, and with what status.</summary>
public sealed record RequestRecord(string Catalog, DateTimeOffset At, string Method, string PathAndQuery, string? UserAgent, int Status, FaultKind? Fault);

public sealed class RequestLog
{
    readonly ConcurrentQueue<RequestRecord> _records = new();

    public void Add(RequestRecord record) => _records.Enqueue(record);
    public IReadOnlyList<RequestRecord> All => _records.ToArray();
    public IReadOnlyList<RequestRecord> For(string catalog) => _records.Where(r => r.Catalog.Equals(catalog, StringComparison.OrdinalIgnoreCase)).ToArray();
    public int Count => _records.Count;
    public void Clear() => _records.Clear();
}
