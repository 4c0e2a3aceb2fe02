using System.Text.RegularExpressions;
using Citations.Core.Grammar.Archives;
using Citations.Core.Model;
using Citations.Core.Segmentation;

namespace Citations.Core.Grammar;

/// <summary>
/// Joins untitled parts to their source within a note: "Karl Ott to German foreign office, Mar. 3, 1942;
/// AA, microfilm 39, frames 32999–33002" is one archival citation; "Churchill to Stalin, Mar. 11, 1943;
/// Stalin to Churchill, Mar. 15, 1943, …, *Stalin's Correspondence* (…), 106, 99-102" are two
/// citations of the book, each with its part and its own pages. Parts joined by "and" before one
/// source ("Charles Bohlen, memorandum, Feb. 23, 1943, and Standley to Secretary of State, …") are split.
/// </summary>
internal static partial class PartJoiner
{
    [GeneratedRegex(@",?\s+and\s+(?=\p{Lu})")]
    private static partial Regex AndBetweenParts();

    public static IReadOnlyList<ParsedCitation> Join(List<ParsedCitation> parsed, string noteText, DocumentContext context, CitationGrammar grammar)
    {
        var result = new List<ParsedCitation>();
        for (int i = 0; i < parsed.Count; i++)
        {
            var c = parsed[i];
            if (!c.IsDanglingPart || i + 1 >= parsed.Count)
            {
                result.AddRange(SplitConjoined(c.IsDanglingPart ? c with { IsDanglingPart = false } : c));
                continue;
            }
            var next = parsed[i + 1];
            bool nextIsBareShelfMark = next.Item.Title is null && next.Item.Author is null
                && (next.Item.Archive is not null || next.Item.Archival is not null);
            if (nextIsBareShelfMark)
            {
                // One document: its description, then its shelf-mark after the semicolon.
                var span = new TextSpan(c.Segment.Span.Start, next.Segment.Span.End);
                var joined = new Segment(noteText[span.Start..span.End], span, c.Prefix);
                var reparsed = new ArchivalCitations().TryParse(SegmentInput.Of(joined, context, null));
                if (reparsed is { Count: 1 })
                {
                    result.Add(reparsed[0]);
                    i++;
                    continue;
                }
            }
            if (next.Part is not null && next.Item.Type is not CslType.Manuscript and not CslType.PersonalCommunication)
            {
                var pages = SplitLocator(next.Locator);
                bool own = pages.Count == 2;
                result.Add(next with
                {
                    Segment = c.Segment,
                    Prefix = c.Prefix,
                    Part = c.Segment.Text,
                    Locator = own ? pages[0] : next.Locator,
                    IsDanglingPart = false,
                    Confidence = Math.Min(next.Confidence, 0.8),
                });
                parsed[i + 1] = next with { Locator = own ? pages[1] : next.Locator };
                continue;
            }
            result.Add(c with { IsDanglingPart = false });
        }
        return result;
    }

    /// <summary>"106, 99-102" → ["106", "99-102"]: one pinpoint per part.</summary>
    static List<string> SplitLocator(string? locator) =>
        locator is null ? [] : locator.Split(", ").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    static IEnumerable<ParsedCitation> SplitConjoined(ParsedCitation c)
    {
        if (c.Part is null) return [c];
        var m = AndBetweenParts().Match(c.Part);
        if (!m.Success) return [c];
        string left = c.Part[..m.Index];
        if (Dates.FindAll(left).LastOrDefault() is not { } d || d.End < left.Length - 1) return [c];
        string right = c.Part[(m.Index + m.Length)..];
        var seg = c.Segment;
        int rightStart = seg.Text.IndexOf(right, StringComparison.Ordinal);
        if (rightStart < 0) return [c];
        var leftSeg = new Segment(seg.Text[..left.Length], new TextSpan(seg.Span.Start, seg.Span.Start + left.Length), seg.Prefix);
        var rightSeg = new Segment(seg.Text[rightStart..], new TextSpan(seg.Span.Start + rightStart, seg.Span.End), null);
        return [c with { Segment = leftSeg, Part = left }, c with { Segment = rightSeg, Prefix = null, Part = right }];
    }
}
