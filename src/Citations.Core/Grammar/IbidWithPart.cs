using Citations.Core.Grammar.Lexicon;
using System.Text.RegularExpressions;
using Citations.Core.Model;

namespace Citations.Core.Grammar;

/// <summary>
/// A part of the work cited just before, named then pointed at with "ibid.": "Minutes of meeting,
/// Oct. 25, 1943, *ibid.*, 632" (the same FRUS volume, a new page) or, with a title of its own,
/// a new chapter of the same book: "Stalin, \"Order of the Day …,\" Feb. 23, 1942, in *ibid.*, 37".
/// Archival "ibid." (same collection, new document) is the shelf-mark reader's.
/// </summary>
public sealed partial class IbidWithPart : ICitationRecognizer
{
    [GeneratedRegex(@"^(?:(?<lead>[^""“]+?),\s*)?[""“](?<title>.+?)[,.]?[""”](?:,?\s*(?<rest>.*))?$")]
    private static partial Regex QuotedChapter();

    [GeneratedRegex(@"^(?<part>.+?),?\s+(?:in\s+)?\*?(?:ibid|Ibid)\.?\*?\.?(?:,\s*(?<rest>.+?))?\.?$")]
    private static partial Regex Pattern();

    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        if (input.Previous is null || BackReferences.ReferenceIdentity.IsArchival(input.Previous)) return null;
        var m = Pattern().Match(input.Text);
        if (!m.Success) return null;
        string part = m.Groups["part"].Value.Trim().TrimEnd(',').Trim();
        Locator? locator = null;
        string? volume = null;
        if (m.Groups["rest"].Success)
        {
            string rest = m.Groups["rest"].Value.Trim();
            if (Locators.VolumeAndPages(rest) is { } vp) (volume, locator) = vp;
            else locator = Locators.Parse(rest);
            if (locator is null) return null;
        }
        var quoted = QuotedChapter().Match(part);
        if (quoted.Success)
        {
            // A new chapter of the previous book.
            var author = quoted.Groups["lead"].Success ? Names.ParseList(quoted.Groups["lead"].Value, allowSingleWord: true) : null;
            var date = Dates.ParseExact(quoted.Groups["rest"].Value);
            var chapter = new CslItem
            {
                Type = CslType.Chapter,
                Title = Clean.Title(quoted.Groups["title"].Value),
                Author = author,
                OriginalDate = date,
                Volume = volume,
            };
            return [ParsedCitationFactory.Make(input, CitationForm.IbidInherit, chapter, locator?.Value, locator?.Label, confidence: 0.85)];
        }
        return [ParsedCitationFactory.Make(input, CitationForm.Ibid, new CslItem(), locator?.Value, locator?.Label, part: part, confidence: 0.85)];
    }
}

/// <summary>
/// Working papers of a series: "\"Ulbricht and the Concrete \"Rose\": New Archival Evidence …,
/// Cold War International History Project Working Paper No. 5 (May 1993)" — the title may
/// lose its closing quotation mark, so it runs from the opening quote to the series.
/// </summary>
public sealed partial class WorkingPapers : ICitationRecognizer
{
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}\-]+)['’]s\s+(?:revised\s+)?(?:paper|study|article)")]
    private static partial Regex PossessivePaper();

    [GeneratedRegex(@"(?<series>(?:[\p{Lu}][\p{L}\-]*\s){1,8}(?:Working|Occasional|Discussion)\s+Paper)\s+(?:No\.|no\.|#)\s*(?<num>\d+[A-Za-z]?)\s*(?:\((?<date>[^)]+)\))?")]
    private static partial Regex Series();

    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        string text = input.Text;
        var m = Series().Match(text);
        if (!m.Success) return null;
        // The opening quote of the title: the first quote after the prose that leads to it.
        int first = text.IndexOfAny(['"', '“']);
        if (first < 0 || first >= m.Index) return null;
        string title = text[first..m.Index].Trim().TrimEnd(',').Trim();
        bool unclosed = title.Count(c => c is '"' or '“' or '”') % 2 == 1;
        title = Clean.Title(title.TrimEnd(Punctuation.ClosingQuoteComma).TrimStart(Punctuation.OpeningQuotes));
        string lead = text[..first];
        IReadOnlyList<CslName>? authors = Names.ParseList(lead.Trim().TrimEnd(','), allowSingleWord: true);
        var possessive = PossessivePaper().Match(lead);
        if (authors is null && possessive.Success) authors = [CslName.Person(possessive.Groups["name"].Value)];
        var item = new CslItem
        {
            Type = CslType.Report,
            Title = title,
            Author = authors,
            CollectionTitle = m.Groups["series"].Value.Trim(),
            Number = m.Groups["num"].Value,
        };
        if (m.Groups["date"].Success)
        {
            // "(May 1993)" or a whole imprint: "(Washington, DC: Woodrow Wilson International Center for Scholars, May 1996)".
            string inside = m.Groups["date"].Value;
            if (Dates.ParseExact(inside) is { } date) item = item with { Issued = date };
            else if (Imprint.Parse(inside) is { } imprint)
                item = item with { Issued = imprint.Issued, PublisherPlace = imprint.Place, Publisher = imprint.Publisher };
        }
        if (unclosed) item = item.WithRepairs(["typo: missing closing quotation mark after the title"]);
        var c = ParsedCitationFactory.Make(input, CitationForm.Full, item, confidence: 0.8);
        int end = m.Index + m.Length;
        // A pinpoint after the paper: ", 24–30".
        string rest = text[end..].Trim();
        if (rest.StartsWith(',') && Locators.Parse(rest[1..]) is { } locator)
        {
            c = c with { Locator = locator.Value, Label = locator.Label };
            end = text.Length;
        }
        return [first > 0 ? c.Narrow(first, end, null) : c.Narrow(0, end)];
    }
}
