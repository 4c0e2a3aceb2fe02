using Citations.Core.Model;

namespace Citations.Core.BackReferences;

/// <summary>
/// One reference of a document as the resolver builds it: the item, merged from every citation of it,
/// and where it was first cited. A record can be known before it is cited — the book a chapter
/// stands in — and then it has a <see cref="Source"/> but no <see cref="FirstCitation"/>.
/// </summary>
public sealed class ReferenceRecord(string key, CslItem item)
{
    CslItem _item = item;
    string? _titleKey;
    HashSet<string>? _nameKeys;

    public string Key { get; } = key;

    public CslItem Item
    {
        get => _item;
        set { _item = value; _titleKey = null; _nameKeys = null; }
    }

    /// <summary>The title as a comparison key, computed once per change of the item.</summary>
    public string TitleKey => _titleKey ??= TextKey.Of(_item.Title);

    /// <summary>Family names (and literal names) of authors, editors and container authors, as keys.</summary>
    public HashSet<string> NameKeys => _nameKeys ??= (_item.Author ?? []).Concat(_item.Editor ?? []).Concat(_item.ContainerAuthor ?? [])
        .Select(n => TextKey.Of(n.Family ?? n.Literal)).ToHashSet(StringComparer.Ordinal);
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
