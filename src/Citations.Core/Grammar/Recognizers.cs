using Citations.Core.Model;
using Citations.Core.Segmentation;

namespace Citations.Core.Grammar;

/// <summary>What a recognizer sees: one segment of a note, its bracketing, and what the document taught so far.</summary>
public sealed record SegmentInput(Segment Segment, Structure Structure, DocumentContext Context, CslItem? Previous)
{
    public string Text => Segment.Text;

    public static SegmentInput Of(Segment segment, DocumentContext context, CslItem? previous) =>
        new(segment, new Structure(segment.Text), context, previous);
}

/// <summary>One form of citation the grammar knows (a Markdig-style block parser: try in order, first match wins).</summary>
public interface ICitationRecognizer
{
    /// <summary>The citations the segment holds in this form, or null when the segment is not of this form.</summary>
    IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input);
}

internal static class ParsedCitationFactory
{
    public static ParsedCitation Make(SegmentInput input, CitationForm form, CslItem item, string? locator = null, string? label = null,
        string? part = null, double confidence = 0.85) => new()
    {
        Form = form,
        Segment = input.Segment,
        Item = item,
        Locator = locator,
        Label = locator is null ? null : label ?? "page",
        Part = part,
        Prefix = input.Segment.Prefix,
        Confidence = confidence,
    };

    /// <summary>The same citation narrowed to a sub-span of its segment (for works found inside prose).</summary>
    public static ParsedCitation Narrow(this ParsedCitation c, int start, int end, string? prefix = null)
    {
        var seg = c.Segment;
        var narrowed = new Segment(seg.Text[start..end], new TextSpan(seg.Span.Start + start, seg.Span.Start + end), prefix ?? seg.Prefix);
        return c with { Segment = narrowed, Prefix = narrowed.Prefix };
    }

    public static CslItem WithRepairs(this CslItem item, IEnumerable<string> repairs)
    {
        var list = (item.Custom?.Repairs ?? []).Concat(repairs).Distinct().ToList();
        if (list.Count == 0) return item;
        return item with { Custom = (item.Custom ?? new ReferenceExtras()) with { Repairs = list } };
    }

    public static CslItem WithFlags(this CslItem item, params string[] flags)
    {
        var list = (item.Custom?.Flags ?? []).Concat(flags).Distinct().ToList();
        if (list.Count == 0) return item;
        return item with { Custom = (item.Custom ?? new ReferenceExtras()) with { Flags = list } };
    }

    public static CslItem WithArchival(this CslItem item, ArchivalParts parts) =>
        item with { Custom = (item.Custom ?? new ReferenceExtras()) with { Archival = parts.IsEmpty ? null : parts } };

    public static CslItem WithTranslatedTitle(this CslItem item, string? translated) =>
        translated is null ? item : item with { Custom = (item.Custom ?? new ReferenceExtras()) with { TranslatedTitle = translated } };
}
