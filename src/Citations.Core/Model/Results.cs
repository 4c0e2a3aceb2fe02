using System.Text.Json.Serialization;

namespace Citations.Core.Model;

/// <summary>What the note finder learned about a document as a whole.</summary>
public sealed record DocumentInfo
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("sha256")] public string? Sha256 { get; init; }
    [JsonPropertyName("lines")] public int Lines { get; init; }
    /// <summary>The note layout recognised: footnotes-pdf, superscript, frus-source-notes, endnotes, inline-brackets, none.</summary>
    [JsonPropertyName("layout")] public string Layout { get; init; } = "none";
    /// <summary>Note numbers marked in the body whose text is not in the document.</summary>
    [JsonPropertyName("missing_notes")] public IReadOnlyList<int>? MissingNotes { get; init; }
    [JsonPropertyName("warnings")] public IReadOnlyList<string>? Warnings { get; init; }
}

/// <summary>A note with the citations parsed from it.</summary>
public sealed record ParsedNote
{
    [JsonPropertyName("n")] public int Number { get; init; }
    [JsonPropertyName("text")] public string Text { get; init; } = "";
    [JsonPropertyName("lines")] public LineSpan? Lines { get; init; }
    [JsonPropertyName("anchor")] public Anchor? Anchor { get; init; }
    [JsonPropertyName("confidence")] public double? Confidence { get; init; }
    [JsonPropertyName("flags")] public IReadOnlyList<string>? Flags { get; init; }
    [JsonPropertyName("citations")] public IReadOnlyList<Citation> Citations { get; init; } = [];
    /// <summary>Set when the note could not be parsed; its text is kept whole.</summary>
    [JsonPropertyName("error")] public string? Error { get; init; }
}

/// <summary>The <c>json</c> output of <c>citations extract</c>.</summary>
public sealed record ExtractionResult
{
    [JsonPropertyName("document")] public required DocumentInfo Document { get; init; }
    [JsonPropertyName("notes")] public required IReadOnlyList<ParsedNote> Notes { get; init; }
    [JsonPropertyName("references")] public required IReadOnlyList<CslItem> References { get; init; }
}

/// <summary>One line of <c>citations parse-notes</c> input.</summary>
public sealed record NoteInput
{
    [JsonPropertyName("doc")] public string? Doc { get; init; }
    [JsonPropertyName("n")] public int N { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
}

/// <summary>One line of <c>citations parse-notes</c> output.</summary>
public sealed record NoteOutput
{
    [JsonPropertyName("doc")] public string? Doc { get; init; }
    [JsonPropertyName("n")] public int N { get; init; }
    [JsonPropertyName("citations")] public IReadOnlyList<Citation> Citations { get; init; } = [];
    [JsonPropertyName("error")] public string? Error { get; init; }
}
