using System.Text.RegularExpressions;
using Citations.Core.Model;

namespace Citations.Core.Grammar;

/// <summary>"see n. 80", "See nn. 58, 71, 97, 98", "see footnote 1, Document 26": citations by note number.</summary>
public sealed partial class CrossReferences : ICitationRecognizer
{
    // German and French too: "Vgl. Anm. 7", "siehe auch oben, Anm. 4", "voir supra, n. 12".
    [GeneratedRegex(@"^(?<lead>(?:(?:on|for|regarding|about)\s[^,;]{1,80}?,?\s+)?(?:(?:see|cf\.|compare|vgl\.|siehe|voir)\s+)?(?:also\s+|auch\s+|aussi\s+)?(?:(?:above|below|supra|infra|oben|unten),?\s+)?)(?<kw>nn?\.|notes?|footnotes?|Anm\.|Anmerkung(?:en)?)\s+(?<list>\d{1,4}(?:\s*(?:,|and|&|und|et)\s*\d{1,4})*)(?:\s*(?:above|below|supra|infra|oben|unten))?(?:,\s*(?:Document|doc\.)\s+(?<doc>\d+))?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        var m = Pattern().Match(input.Text);
        if (!m.Success) return null;
        if (m.Groups["doc"].Success)
        {
            // A note of another document of the same publication: "see footnote 1, Document 26".
            var item = new CslItem { Type = CslType.Document, Number = m.Groups["doc"].Value };
            return [ParsedCitationFactory.Make(input, CitationForm.Full, item, m.Groups["list"].Value.Trim(), "note", confidence: 0.8)];
        }
        return NumberList.Each(input, m, input.Segment.Prefix, number =>
            ParsedCitationFactory.Make(input, CitationForm.CrossReference, new CslItem(), number, "note", confidence: 0.9)
                with { NoteReferences = [int.Parse(number)] });
    }
}

/// <summary>"nn. 58, 71 and 97", "Documents 575 and 576": one citation per number of a keyword's list.</summary>
static partial class NumberList
{
    [GeneratedRegex(@"\d{1,4}")]
    private static partial Regex Number();

    /// <summary>
    /// The citations of the numbers in <paramref name="m"/>'s <c>list</c> group: the first spans the keyword too
    /// (<c>kw</c> group) and takes <paramref name="prefix"/>; each further number is its own span.
    /// </summary>
    public static IReadOnlyList<ParsedCitation> Each(SegmentInput input, Match m, string? prefix, Func<string, ParsedCitation> cite)
    {
        var list = m.Groups["list"];
        var result = new List<ParsedCitation>();
        foreach (Match n in Number().Matches(list.Value))
        {
            int start = result.Count == 0 ? m.Groups["kw"].Index : list.Index + n.Index;
            result.Add(cite(n.Value).Narrow(start, list.Index + n.Index + n.Length, result.Count == 0 ? prefix : null));
        }
        return result;
    }
}

/// <summary>"Ibid.", "Ibid", "*ibid.*", "ibid., 698-99", "Ibid, 11. 17-18": the previous citation's reference.</summary>
public sealed partial class LeadingIbid : ICitationRecognizer
{
    [GeneratedRegex(@"^(?:(?:microfilm|roll)\s+(?<roll>\d+),\s*)?frames?\s+(?<frames>(?:[A-Z]\s)?\d+(?:\s*[-–]\s*\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Frames();

    [GeneratedRegex("^(?<document>" + Locators.EditionDocument + @"),\s*(?<pages>.+)$")]
    private static partial Regex DocumentThenPages();

    // "Ebd." and "ebenda" (German), "Id., ibid." (French) are Ibid. too.
    [GeneratedRegex(@"^\*?(?:(?:Id\.|Idem),\s*)?(?:ibid|Ibid|IBID|[Ee]bd|[Ee]benda)\.?\*?\.?(?:[,:]?\s*(?<rest>.*))?$")]
    private static partial Regex Pattern();

    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        var m = Pattern().Match(input.Text);
        if (!m.Success) return null;
        string rest = m.Groups["rest"].Value.Trim().TrimEnd('.').Trim();
        if (rest.Length == 0)
            return [ParsedCitationFactory.Make(input, CitationForm.Ibid, new CslItem(), confidence: 0.95)];

        bool russian = input.Previous?.Archival?.Fond is not null || input.Previous?.Archival?.Delo is not null;
        // "Ibid, Delo 82, 11. 213-214, 216": a part of the shelf-mark changes, so it is another document.
        var shelf = Archives.RussianShelfMark.Find(rest, russian, input.Context.FolioAbbreviationDeclared, input.Context);
        if (shelf is not null)
        {
            var item = new CslItem().WithArchival(shelf.Parts).WithRepairs(shelf.Repairs);
            bool onlyFolios = shelf.Parts with { RepositoryCanonical = null } == ArchivalParts.Empty;
            return [ParsedCitationFactory.Make(input, onlyFolios ? CitationForm.Ibid : CitationForm.IbidInherit, item, shelf.Locator, shelf.Label, confidence: 0.9)];
        }
        // "Ibid., NS 1021/15", "Ibid., 762A.00/3-1352", "Ibid., Box 32": another file of the holding cited before.
        if (input.Previous is { } previous && Archives.ArchivalTail.IsArchival(previous) && !Frames().IsMatch(rest)
            && Archives.ArchivalTail.Find(rest, new Structure(rest), input.Context, previous) is { Span.Start: 0 } tail)
            return [ParsedCitationFactory.Make(input, CitationForm.IbidInherit, new CslItem().WithArchival(tail.Parts), tail.Locator, tail.Label, confidence: 0.85)];
        var frames = Frames().Match(rest);
        if (frames.Success)
        {
            var parts = new ArchivalParts { Frames = Locators.Normalize(frames.Groups["frames"].Value), Roll = frames.Groups["roll"].Success ? frames.Groups["roll"].Value : null };
            return [ParsedCitationFactory.Make(input, CitationForm.IbidInherit, new CslItem().WithArchival(parts), confidence: 0.85)];
        }
        var locator = Locators.Parse(rest);
        if (locator is not null)
            return [ParsedCitationFactory.Make(input, CitationForm.Ibid, new CslItem(), locator.Value, locator.Label, confidence: 0.95)];
        // "Ibid., No. 315, p. 536", "Ebd., Dok. 14, S. 95": another document of the same edition, at its page.
        if (DocumentThenPages().Match(rest) is { Success: true } document && Locators.Parse(document.Groups["pages"].Value) is { } pages)
            return [ParsedCitationFactory.Make(input, CitationForm.Ibid, new CslItem(), pages.Value, pages.Label, part: document.Groups["document"].Value, confidence: 0.9)];
        if (Locators.VolumeAndPages(rest) is { } volumePage)
        {
            // "Ibid., 1:176–78" after volume 1 is the same volume: Ibid. with its own pages.
            if (input.Previous?.Volume is { } previousVolume && string.Equals(previousVolume, volumePage.Volume, StringComparison.OrdinalIgnoreCase))
                return [ParsedCitationFactory.Make(input, CitationForm.Ibid, new CslItem(), volumePage.Locator.Value, volumePage.Locator.Label, confidence: 0.9)];
            return [ParsedCitationFactory.Make(input, CitationForm.IbidInherit, new CslItem { Volume = volumePage.Volume }, volumePage.Locator.Value, volumePage.Locator.Label, confidence: 0.85)];
        }
        return [ParsedCitationFactory.Make(input, CitationForm.Ibid, new CslItem(), confidence: 0.6)];
    }
}

/// <summary>
/// The editors' references to other documents of the same FRUS volume: "see Document 567",
/// "Regarding the exchange of messages …, see Documents 575 and 576". Each number is a document.
/// </summary>
public sealed partial class VolumeDocumentReferences : ICitationRecognizer
{
    [GeneratedRegex(@"^(?:(?<lead>.*)\s)?(?<kw>Documents?)\s+(?<list>\d{1,4}(?:\s*(?:,|and)\s*\d{1,4})*)\.?$")]
    private static partial Regex Pattern();

    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        // Most segments never name a document; the word is looked for before the pattern is tried.
        if (!input.Text.Contains("Document", StringComparison.Ordinal)) return null;
        var m = Pattern().Match(input.Text);
        if (!m.Success) return null;
        string lead = m.Groups["lead"].Value.TrimEnd();
        // Prose may lead to the reference only through a signal: "see Document 567" cites it, while
        // "The confidential message is Document 26" tells the reader what a document is.
        var signal = Lexicon.Signals.HandOver().Match(lead);
        if (lead.Length > 0 && !signal.Success) return null;
        string? prefix = signal.Success ? Lexicon.Signals.AsPrefix(signal.Groups["signal"].Value) : input.Segment.Prefix;
        return NumberList.Each(input, m, prefix, number =>
            ParsedCitationFactory.Make(input, CitationForm.Full, new CslItem { Type = CslType.Document, Number = number }, confidence: 0.75));
    }
}
