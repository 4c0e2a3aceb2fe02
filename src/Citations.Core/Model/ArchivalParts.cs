using System.Text.Json.Serialization;

namespace Citations.Core.Model;

/// <summary>
/// The parts of an archival shelf-mark that CSL has no variable for (<c>custom.archival</c>).
/// Russian archives: fond / opis / papka / delo (folios are the citation's locator);
/// NARA: record group, entry, decimal and lot files, microfilm and frames;
/// UK: series, piece and registry file number.
/// </summary>
public sealed record ArchivalParts
{
    [JsonPropertyName("repository_canonical")] public string? RepositoryCanonical { get; init; }
    [JsonPropertyName("fond")] public string? Fond { get; init; }
    [JsonPropertyName("opis")] public string? Opis { get; init; }
    [JsonPropertyName("papka")] public string? Papka { get; init; }
    [JsonPropertyName("delo")] public string? Delo { get; init; }
    [JsonPropertyName("tom")] public string? Tom { get; init; }
    [JsonPropertyName("record_group")] public string? RecordGroup { get; init; }
    [JsonPropertyName("entry")] public string? Entry { get; init; }
    [JsonPropertyName("decimal_file")] public string? DecimalFile { get; init; }
    [JsonPropertyName("file")] public string? File { get; init; }
    [JsonPropertyName("series")] public string? Series { get; init; }
    [JsonPropertyName("piece")] public string? Piece { get; init; }
    [JsonPropertyName("file_number")] public string? FileNumber { get; init; }
    [JsonPropertyName("microfilm")] public string? Microfilm { get; init; }
    [JsonPropertyName("roll")] public string? Roll { get; init; }
    [JsonPropertyName("frames")] public string? Frames { get; init; }
    [JsonPropertyName("box")] public string? Box { get; init; }
    [JsonPropertyName("folder")] public string? Folder { get; init; }
    [JsonPropertyName("lot")] public string? Lot { get; init; }
    [JsonPropertyName("collection")] public string? Collection { get; init; }
    [JsonPropertyName("series_title")] public string? SeriesTitle { get; init; }

    [JsonIgnore]
    public bool IsEmpty => this == Empty;

    public static readonly ArchivalParts Empty = new();
}
