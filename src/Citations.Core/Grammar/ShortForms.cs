using System.Text.RegularExpressions;
using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Grammar;

/// <summary>
/// Short forms of works given in full elsewhere: "Kleist, *European Tragedy*, 139-41",
/// "Woodward, *British Foreign Policy*, 2: 278-80", "Glasnost Tapes, 169-70", "\"Transcripts,\" 11. 52",
/// "Minuth, \"Sowjetisch-deutsche Friedenskontakte,\" 38–45", and author-only references
/// ("Mastny, p. 1378.", "Mastny (1972)", "September 23, 1943, Goebbels, p. 477.").
/// Matching them to the full citation is the back-reference resolver's work.
/// </summary>
public sealed partial class ShortForms : ICitationRecognizer
{
    [GeneratedRegex(@"^(?:ll?\.|11\.|1\.)\s*\d")]
    private static partial Regex FolioStart();

    [GeneratedRegex(@"^(?:ll?\.|11\.|1\.)\s*(?<loc>\d.*)$")]
    private static partial Regex Folios();

    [GeneratedRegex(@"^(?<part>.+?),?\s+in\s+(?<name>[^,]+)$")]
    private static partial Regex PartInAuthor();

    [GeneratedRegex(@"\b(?:is|are|was|were|has|have|that|this)\b")]
    private static partial Regex SentenceWord();

    [GeneratedRegex(@"^(?:(?<date>(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2},\s+\d{4}),\s+)?(?<name>\p{Lu}[\p{L}'’\-]+(?:\s(?:and|&)\s\p{Lu}[\p{L}'’\-]+)?)(?:\s*\((?<year>\d{4})[a-z]?\))?(?:,\s*(?<loc>(?:pp?\.\s*)?[\dxivlc][\w\-–, ]*))?\.?$")]
    private static partial Regex AuthorOnly();

    [GeneratedRegex(@"^(?<names>[\p{Lu}][^,]{1,60}?(?:,\s*[\p{Lu}][^,]{1,40}?)*),\s*(?:op\.\s*cit\.|loc\.\s*cit\.|op\.cit\.|art\.\s*cit\.|a\.\s*a\.\s*O\.)(?:,\s*(?<loc>.+?))?\.?$")]
    private static partial Regex OpCit();

    [GeneratedRegex(@"^(?<possessor>\p{Lu}[\p{L}\-]+)['’]s\s+(?<kind>dissertation|book|article|study|memoirs|diary)\s+(?:on\s+)?(?<title>.+)$")]
    private static partial Regex Possessive();

    // Prose that hands over to a short form: "On the background of this meeting see Catudal, …".
    [GeneratedRegex(@"^(?<prose>.+?\s(?:see|in|cf\.))\s+(?=\p{Lu}|\*|""|“)")]
    private static partial Regex ProseLead();

    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        string text = input.Text;
        // Short forms are short; a long stretch of prose that happens to hold a quotation is commentary.
        if (text.Length > 200 || Prose.IsProse(text) && !ProseLead().IsMatch(text)) return null;
        var possessive = Possessive().Match(text.Replace("*", ""));
        if (possessive.Success)
        {
            string title = Clean.Title(possessive.Groups["title"].Value);
            return [Short(input, possessive.Groups["possessor"].Value, title, null, null, null)];
        }
        var attempt = Parse(input, text, 0);
        if (attempt is not null) return [attempt];
        var lead = ProseLead().Match(text);
        if (lead.Success)
        {
            var inner = Parse(input, text[lead.Length..], lead.Length);
            if (inner is not null) return [inner];
        }
        return null;
    }

    ParsedCitation? Parse(SegmentInput input, string text, int offset)
    {
        var s = new Structure(text);
        var chunks = s.Chunks(0, text.Length);
        if (chunks.Count == 0) return null;

        // "Kuniholm, op. cit., 304–8": the author's last work cited in full.
        var opCit = OpCit().Match(text);
        if (opCit.Success)
        {
            Locator? loc = null;
            string? opCitVolume = null;
            if (opCit.Groups["loc"].Success)
            {
                string pinpoint = opCit.Groups["loc"].Value;
                if (Locators.Parse(pinpoint) is { } l) loc = l;
                else if (Locators.VolumeAndPages(pinpoint) is { } volumePages) (opCitVolume, loc) = volumePages;
                else return null;
            }
            string names = opCit.Groups["names"].Value;
            if (Names.ParseList(names, allowInstitutions: false, allowSingleWord: true) is [var first, ..])
                return Short(input, first.Family, null, null, opCitVolume, loc, offset) with { OpCit = true };
            // "Dullin, Des hommes d'influences, op. cit., p. 160": the author and the work's short title.
            int comma = names.IndexOf(", ", StringComparison.Ordinal);
            if (comma > 0 && Names.ParseList(names[..comma], allowInstitutions: false, allowSingleWord: true) is [var titleAuthor, ..])
                return Short(input, titleAuthor.Family, Clean.Title(names[(comma + 2)..]), null, opCitVolume, loc, offset);
        }

        // Author-only: "Mastny, p. 1378", "Mastny (1975), p. 1378", "Sudoplatov".
        var author = AuthorOnly().Match(text);
        if (author.Success && Names.IsFamilyWord(author.Groups["name"].Value.Split(' ')[0]) && !NameWords.NotNameWords.Contains(author.Groups["name"].Value))
        {
            var loc = author.Groups["loc"].Success ? Locators.Parse(author.Groups["loc"].Value) : null;
            if (author.Groups["loc"].Success && loc is null) return null;
            return Short(input, author.Groups["name"].Value, null, author.Groups["year"].Success ? int.Parse(author.Groups["year"].Value) : null, null, loc, offset)
                with { Part = author.Groups["date"].Success ? author.Groups["date"].Value : null };
        }

        // Last chunk: the pinpoint, possibly after a volume ("2: 278-80") or as folios ("11. 52, 67-69").
        Locator? locator = null;
        string? volume = null;
        var marked = s.Italics.Concat(s.Quotes).OrderBy(sp => sp.Start).FirstOrDefault();
        if (marked != default && marked.End < text.Length)
        {
            string after = text[marked.End..].Trim().TrimStart(',').Trim().TrimEnd('.');
            if (after.Length > 0 && Pinpoint(after) is { } p)
            {
                (volume, locator) = p;
                string lead2 = text[..marked.Start].Trim().TrimEnd(',').Trim();
                return WithLead(input, lead2, Clean.Title(marked.Of(text)), volume, locator, offset);
            }
        }
        int last = chunks.Count - 1;
        int folioChunk = chunks.FindIndex(c => FolioStart().IsMatch(c.Text));
        if (folioChunk > 0) last = folioChunk;
        string tailText = text[chunks[last].Span.Start..].Trim().TrimEnd('.');
        var vp = Locators.VolumeAndPages(tailText);
        var folios = Folios().Match(tailText);
        if (vp is not null) (volume, locator) = vp.Value;
        else if (folios.Success && Locators.Parse(folios.Groups["loc"].Value) is { } l2) locator = new Locator(l2.Value, "folio");
        else
        {
            // A page list is split by the commas; take every trailing chunk that is pages.
            int firstPage = chunks.Count;
            while (firstPage > 1 && Locators.IsBarePages(chunks[firstPage - 1].Text.TrimEnd('.'))) firstPage--;
            // "p. 143", "pp. 117, 120": the list may open with its label.
            if (firstPage > 1 && Locators.Parse(chunks[firstPage - 1].Text.TrimEnd('.')) is { Label: not "volume" }) firstPage--;
            if (firstPage < chunks.Count)
            {
                string pages = text[chunks[firstPage].Span.Start..].Trim().TrimEnd('.');
                locator = Locators.Parse(pages);
                last = firstPage;
            }
            else last = chunks.Count;
        }
        int titleEnd = locator is null ? text.Length : chunks[Math.Min(last, chunks.Count - 1)].Span.Start;
        if (locator is not null && last == chunks.Count - 1 && (vp is not null || folios.Success)) titleEnd = chunks[last].Span.Start;

        // Title: the italic or quoted span, else the last chunk before the pinpoint.
        var titleSpan = s.Italics.Concat(s.Quotes).Where(sp => sp.End <= titleEnd).OrderBy(sp => sp.Start).FirstOrDefault();
        if (locator is null && titleSpan != default && titleSpan.End < text.Length)
        {
            // "Minuth, \"Sowjetisch-deutsche Friedenskontakte,\" 38–45": the pages follow the quotation's comma.
            string afterTitle = text[titleSpan.End..].Trim().TrimStart(',').Trim().TrimEnd('.');
            if (Locators.VolumeAndPages(afterTitle) is { } vp2) (volume, locator) = vp2;
            else if (afterTitle.Length > 0) locator = Locators.Parse(afterTitle);
        }
        string? title;
        string lead;
        if (titleSpan != default)
        {
            title = Clean.Title(titleSpan.Of(text));
            lead = text[..titleSpan.Start].Trim().TrimEnd(',').Trim();
        }
        else
        {
            if (locator is null) return null; // plain words without a pinpoint are prose
            var before = s.Chunks(0, titleEnd);
            if (before.Count == 0 || before.Count > 3) return null;
            title = Clean.Title(before[^1].Text);
            lead = before.Count > 1 ? string.Join(", ", before.Take(before.Count - 1).Select(b => b.Text)) : "";
            if (!LooksLikeShortTitle(title)) return null;
        }
        if (string.IsNullOrWhiteSpace(title)) return null;
        return WithLead(input, lead, title, volume, locator, offset);
    }

    /// <summary>"2: 278-80", "11. 52, 67-69" (folios read by OCR), "p. 47", "139-41".</summary>
    static (string? Volume, Locator Locator)? Pinpoint(string text)
    {
        if (Locators.VolumeAndPages(text) is { } vp) return vp;
        var folios = Folios().Match(text);
        if (folios.Success && Locators.Parse(folios.Groups["loc"].Value) is { } f) return (null, new Locator(f.Value, "folio"));
        return Locators.Parse(text) is { } l ? (null, l) : null;
    }

    ParsedCitation? WithLead(SegmentInput input, string lead, string title, string? volume, Locator? locator, int offset)
    {
        // What precedes the title: an author's family name, or an untitled part ("Stalin to Roosevelt, Sept. 8, 1943").
        string? family = null, part = null;
        if (lead.Length > 0)
        {
            var inAuthor = PartInAuthor().Match(lead);
            int comma = lead.IndexOf(", ", StringComparison.Ordinal);
            // "idem, Churchill's Last Campaign, pp. 230–35": the author of the citation before.
            if (UnmarkedBooks.IsIdem(lead)) family = (input.Previous?.Author ?? input.Previous?.Editor)?.FirstOrDefault()?.Family;
            else if (Names.ParseList(lead, allowInstitutions: false, allowSingleWord: true) is [var name, ..]) family = name.Family;
            else if (inAuthor.Success && Names.ParseOne(inAuthor.Groups["name"].Value, allowInstitutions: false, allowSingleWord: true) is { } inName)
            {
                // "TASS statement, Mar. 3, 1943, in Rothstein": the part, then the work's author.
                part = inAuthor.Groups["part"].Value.Trim();
                family = inName.Family;
            }
            else if (comma > 0 && Names.ParseOne(lead[..comma], allowInstitutions: false, allowSingleWord: true) is { } writer && char.IsLower(lead[comma + 2]))
            {
                // "Hassell, diary entry for Dec. 5, 1943": the author, then the part.
                family = writer.Family;
                part = lead[(comma + 2)..];
            }
            else if (Dates.FindAll(lead).Any(d => d.Date.Month is not null)) part = lead;
            else return null;
        }
        return Short(input, family, title, null, volume, locator, offset) with { Part = part };
    }

    static bool LooksLikeShortTitle(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 14 && char.IsUpper(title[0]) && !SentenceWord().IsMatch(title);
    }

    static ParsedCitation Short(SegmentInput input, string? family, string? title, int? year, string? volume, Locator? locator, int offset = 0)
    {
        var item = new CslItem
        {
            Type = CslType.Document,
            Author = family is null ? null : [CslName.Person(family)],
            Title = title,
            Volume = volume,
            Issued = year is null ? null : CslDate.Of(year.Value),
        };
        var c = ParsedCitationFactory.Make(input, CitationForm.ShortForm, item, locator?.Value, locator?.Label, confidence: 0.7)
            with { ShortAuthor = family, ShortTitle = title };
        return offset > 0 ? c.Narrow(offset, input.Text.Length, null) : c;
    }
}

/// <summary>
/// An untitled part whose source follows in the next citation of the note: "Churchill to Stalin,
/// Mar. 11, 1943; Stalin to Churchill, Mar. 15, 1943, … *Stalin's Correspondence* …, 106, 99-102".
/// </summary>
public sealed class DanglingParts : ICitationRecognizer
{
    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        string text = input.Text.Trim();
        if (text.Contains('*') || text.Length > 200) return null;
        var dates = Dates.FindAll(text);
        if (dates.Count == 0) return null;
        var last = dates[^1];
        // The description must end with its date, a date of a document (day or month), and not be commentary.
        if (last.End < text.TrimEnd('.').Length - 1 || last.Date.Month is null || Prose.IsProse(text)) return null;
        var facts = DocumentDescription.Parse(text);
        if (facts.Title is null && facts.Author is null) return null;
        var item = new CslItem
        {
            Type = facts.Type, Title = facts.Title, Author = facts.Author, Recipient = facts.Recipient, Issued = facts.Issued,
            Genre = facts.Genre, Number = facts.Number, PublisherPlace = facts.Place,
        };
        // An interview stands on its own; other dated descriptions wait for the source the next citation gives.
        if (facts.Type == CslType.Interview) return [ParsedCitationFactory.Make(input, CitationForm.Full, item, confidence: 0.75)];
        return [ParsedCitationFactory.Make(input, CitationForm.Full, item, part: text, confidence: 0.6) with { IsDanglingPart = true }];
    }
}

/// <summary>A further pinpoint of the citation before: "…, 632; see also 720-23".</summary>
public sealed class BareLocator : ICitationRecognizer
{
    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        if (input.Previous is null) return null;
        var loc = Locators.Parse(input.Text);
        return loc is null ? null : [ParsedCitationFactory.Make(input, CitationForm.Ibid, new CslItem(), loc.Value, loc.Label, confidence: 0.8)];
    }
}
