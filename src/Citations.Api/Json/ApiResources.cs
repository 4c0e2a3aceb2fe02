using System.Text.Json.Serialization;
using Citations.Core.Model;

namespace Citations.Api.Json;

/// <summary>A stored document as the API shows it (without its text: <c>Accept: text/plain</c> gives that).</summary>
public sealed record DocumentResource
{
    [JsonPropertyName("id")] public required long Id { get; init; }
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("sha256")] public required string Sha256 { get; init; }
    [JsonPropertyName("added_at")] public required DateTimeOffset AddedAt { get; init; }
    /// <summary><c>parsed</c>; <c>pending</c> until a parse of the current parser version is stored; <c>superseded</c>.</summary>
    [JsonPropertyName("status")] public required string Status { get; init; }
    [JsonPropertyName("superseded_by")] public long? SupersededBy { get; init; }
    [JsonPropertyName("parser_version")] public string? ParserVersion { get; init; }
    [JsonPropertyName("parsed_at")] public DateTimeOffset? ParsedAt { get; init; }
    [JsonPropertyName("layout")] public string? Layout { get; init; }
    [JsonPropertyName("note_count")] public int NoteCount { get; init; }
    [JsonPropertyName("citation_count")] public int CitationCount { get; init; }
    [JsonPropertyName("warnings")] public IReadOnlyList<string>? Warnings { get; init; }
    [JsonPropertyName("links")] public required DocumentLinks Links { get; init; }
}

public sealed record DocumentLinks(
    [property: JsonPropertyName("self")] string Self,
    [property: JsonPropertyName("notes")] string Notes,
    [property: JsonPropertyName("references")] string References);

/// <summary>A page of documents.</summary>
public sealed record DocumentList(
    [property: JsonPropertyName("items")] IReadOnlyList<DocumentResource> Items,
    [property: JsonPropertyName("next")] string? Next);

/// <summary>A library reference: its CSL-JSON item and what the library knows about it.</summary>
public sealed record ReferenceResource
{
    [JsonPropertyName("id")] public required long Id { get; init; }
    [JsonPropertyName("cite_key")] public required string CiteKey { get; init; }
    [JsonPropertyName("item")] public required CslItem Item { get; init; }
    [JsonPropertyName("citation_count")] public int CitationCount { get; init; }
    [JsonPropertyName("document_count")] public int DocumentCount { get; init; }
    [JsonPropertyName("resolution_status")] public string? ResolutionStatus { get; init; }
    [JsonPropertyName("resolution_checked_at")] public DateTimeOffset? ResolutionCheckedAt { get; init; }
    [JsonPropertyName("links")] public required ReferenceLinks Links { get; init; }
}

public sealed record ReferenceLinks([property: JsonPropertyName("self")] string Self);

/// <summary>A page of references; <see cref="Next"/> is the URL of the next page (also in the <c>Link</c> header).</summary>
public sealed record ReferenceList(
    [property: JsonPropertyName("items")] IReadOnlyList<ReferenceResource> Items,
    [property: JsonPropertyName("next")] string? Next);

/// <summary>A document's notes, each with its citations (the output contract's notes).</summary>
public sealed record NoteList(
    [property: JsonPropertyName("document")] long Document,
    [property: JsonPropertyName("notes")] IReadOnlyList<ParsedNote> Notes);

/// <summary>What <c>POST /v1/format</c> rendered.</summary>
public sealed record FormatResult(
    [property: JsonPropertyName("style")] string Style,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("output")] string Output,
    [property: JsonPropertyName("entries")] IReadOnlyList<FormattedEntry> Entries,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string>? Warnings);

/// <summary>One rendered note or citation (<see cref="Note"/>) or bibliography entry (<see cref="Id"/>).</summary>
public sealed record FormattedEntry(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("note")] int? Note = null,
    [property: JsonPropertyName("id")] string? Id = null);

/// <summary>The answer of <c>/health</c>.</summary>
public sealed record HealthAnswer(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("checks")] IReadOnlyDictionary<string, HealthCheckReport> Checks);

public sealed record HealthCheckReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("description")] string? Description);
