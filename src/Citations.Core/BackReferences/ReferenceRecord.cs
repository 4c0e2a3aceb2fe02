using Citations.Core.Model;

namespace Citations.Core.BackReferences;

/// <summary>
/// One reference of a document as the resolver builds it: the item, merged from every citation of it,
/// and where it was first cited. A record can be known before it is cited — the book a chapter
/// stands in — and then it has a <see cref="Source"/> but no <see cref="FirstCitation"/>.
/// </summary>
public sealed class ReferenceRecord(string key, CslItem item)
{
    public string Key { get; } = key;
    public CslItem Item { get; set; } = item;
    public CitationRef? FirstCitation { get; set; }
    public CitationRef? LastCitation { get; set; }
    /// <summary>The citation that made this work known (for a book known as a chapter's container).</summary>
    public CitationRef? Source { get; set; }
    public bool IsCited => FirstCitation is not null;
}

/// <summary>A citation once its back-reference is resolved; its item is the record's, read when the document is done.</summary>
public sealed record ResolvedCitation(
    Grammar.ParsedCitation Parsed,
    ReferenceRecord Record,
    Position Position,
    CitationRef? RefersTo,
    string? Locator,
    string? Label)
{
    public Citation ToCitation() => new()
    {
        Item = Record.Item,
        Locator = Locator,
        Label = Locator is null ? null : Label,
        Position = Position,
        RefersTo = RefersTo,
        Confidence = Math.Round(Parsed.Confidence, 2),
        Source = Parsed.Segment.Span,
        Text = Parsed.Segment.Text,
        Prefix = Parsed.Prefix,
        Part = Parsed.Part,
    };
}
