using System.Text.Json.Serialization;

namespace Citations.Core.Model;

/// <summary>What CSL has no variable for: the CSL-JSON 1.0.2 <c>custom</c> object.</summary>
public sealed record ReferenceExtras
{
    [JsonPropertyName("archival")] public ArchivalParts? Archival { get; init; }
    [JsonPropertyName("translated_title")] public string? TranslatedTitle { get; init; }
    [JsonPropertyName("translated_container_title")] public string? TranslatedContainerTitle { get; init; }
    [JsonPropertyName("identifiers")] public Identifiers? Identifiers { get; init; }
    [JsonPropertyName("resolution")] public Resolution? Resolution { get; init; }
    [JsonPropertyName("confidence")] public double? Confidence { get; init; }
    [JsonPropertyName("repairs")] public IReadOnlyList<string>? Repairs { get; init; }
    /// <summary>Known only from a short form ("[Mastny, p. 1378.]"): no full citation was found for it.</summary>
    [JsonPropertyName("short_form_only")] public bool? ShortFormOnly { get; init; }
    /// <summary>Warnings a reader should see: "partial shelf-mark", "unparsed", …</summary>
    [JsonPropertyName("flags")] public IReadOnlyList<string>? Flags { get; init; }
    [JsonPropertyName("cite_key")] public string? CiteKey { get; init; }

    [JsonIgnore]
    public bool IsEmpty => Archival is null && TranslatedTitle is null && TranslatedContainerTitle is null
        && Identifiers is null && Resolution is null && Confidence is null && Repairs is null
        && ShortFormOnly is null && Flags is null && CiteKey is null;
}

public sealed record Identifiers
{
    [JsonPropertyName("oclc")] public string? Oclc { get; init; }
    [JsonPropertyName("lccn")] public string? Lccn { get; init; }
    [JsonPropertyName("openlibrary")] public string? OpenLibrary { get; init; }
    [JsonPropertyName("openalex")] public string? OpenAlex { get; init; }
    [JsonPropertyName("frus")] public string? Frus { get; init; }
    [JsonPropertyName("tna")] public string? Tna { get; init; }
}

/// <summary>Provenance of a catalog match.</summary>
public sealed record Resolution
{
    [JsonPropertyName("catalog")] public required string Catalog { get; init; }
    [JsonPropertyName("score")] public double Score { get; init; }
    [JsonPropertyName("matched_at")] public DateTimeOffset MatchedAt { get; init; }
    [JsonPropertyName("record_id")] public string? RecordId { get; init; }
    [JsonPropertyName("changed")] public IReadOnlyList<string>? Changed { get; init; }
    /// <summary>Fields where the catalog disagreed and the parsed value was kept, as "field: catalog value".</summary>
    [JsonPropertyName("kept")] public IReadOnlyList<string>? Kept { get; init; }
}
