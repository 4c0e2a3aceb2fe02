using System.Text.RegularExpressions;
using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;
using Citations.Core.Segmentation;

namespace Citations.Core.Grammar;

/// <summary>
/// Published works in Chicago note form: books, chapters ("…," in Editor, ed., *Book* (…)),
/// journal, magazine and newspaper articles, theses, conference and working papers, and untitled
/// parts of books ("Churchill to Roosevelt, Mar. 7, 1942, in Churchill, *The Hinge of Fate* …").
/// </summary>
public sealed partial class PublishedWorks : ICitationRecognizer
{
    [GeneratedRegex(@"^(?<lead>.*?)(?<cont>[\p{Lu}][^,]{1,60}),\s*(?<dates>(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*){2,}\d{4})$")]
    private static partial Regex SeveralIssues();

    [GeneratedRegex(@"(?<cont>(?:The\s)?[\p{Lu}][\p{L}'’]+(?:\s[\p{Lu}][\p{L}'’]+){0,4}),?\s*(?:on\s+)?$")]
    private static partial Regex CapitalizedNameAtEnd();

    [GeneratedRegex(@"(?<possessor>\p{Lu}[\p{L}\-]+)['’]s\s+(?<kind>dissertation|book|article|study|memoirs|diary|paper)\s+(?:on\s+)?(?<title>[""“][^""”]+[""”],?)")]
    private static partial Regex PossessiveWork();

    [GeneratedRegex(@"^\((?<tr>[^)]+)\)\s*,?\s*")]
    private static partial Regex LeadingParenthesis();

    [GeneratedRegex(@"^\[(?<tr>[^\]]+)\]\s*,?\s*")]
    private static partial Regex LeadingBrackets();

    [GeneratedRegex(@"^(?<d>[^,]+(?:,\s*\d{4})?),\s*(?=in\s)")]
    private static partial Regex DateBeforeIn();

    [GeneratedRegex(@"^\((?<inside>[^)]*(?:dissertation|thesis|Diss\.|manuscript|typescript|mimeograph|unpublished)[^)]*)\)\s*,?\s*(?<loc>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ThesisParenthesis();

    [GeneratedRegex(@"\d\)\s*,")]
    private static partial Regex StrayParenthesisAfterDate();

    [GeneratedRegex(@"^no\.\s*")]
    private static partial Regex NumberAbbreviation();

    [GeneratedRegex(@"^(?<a>\d{4})\s*[-–]\s*(?<b>\d{2,4})$")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^(?<part>[^*""“]+?\d{4},|\p{Ll}[^*""“,]{0,40}?)\s+in\s+(?=[\p{Lu}*]|his\s|her\s)")]
    private static partial Regex PartBeforeIn();

    [GeneratedRegex(@"\s+in$")]
    private static partial Regex TrailingIn();

    [GeneratedRegex(@"the\s+(?<city>\p{Lu}\p{Ll}+)\s+(?:newspaper|daily|weekly|paper)\s*$")]
    private static partial Regex NewspaperCity();

    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?$")]
    private static partial Regex OptionalParenthesisOnly();

    [GeneratedRegex(@"^\s*(?:,\s*(?:\d+:\s*)?[\dxivlc][\d\-–, ]*(?=,|$|\s+and\s))?")]
    private static partial Regex PagesAfterImprint();

    [GeneratedRegex(@"^(?:and|or)\s+")]
    private static partial Regex LeadingConjunction();

    // After an article title: container, volume, (date), issue, pages.
    // After an article title: the journal, volume, issue, (date), pages — in the old and the new Chicago orders:
    // "*Geschichte …*, 16 (1965): 38-45", "*Cold War History* 2, no. 1 (October 2001): 1–38",
    // "*Bulletin*, no. 5 (Spring 1995): 9", "*Aus Politik …* (1970), no. 2, pp. 3-18", "*Bolshevik*, 19 (1943): no. 1, p. 47".
    [GeneratedRegex(@"^(?<cont>[^()]+?)(?:,?\s+(?<vol>\d{1,4}|[IVXL]{1,6}))?(?:,?\s+(?:no\.|No\.|nos\.)\s*(?<issue>[\w\-/]+))?\s*\((?<date>[^)]+)\)\s*(?:[:,]\s*(?:(?<issue2>(?:no\.|No\.)\s*[\w\-/]+|special no\.)\s*(?:[:,]\s*|$))?(?<loc>.+)?)?$")]
    private static partial Regex JournalWithVolume();


    [GeneratedRegex(@"^(?:an?\s+)?paper\s+(?:presented|read|delivered|given)\s+(?:to|at|before)\s+(?:the\s+)?(?<event>[^,]+?(?:\([^)]*\))?)(?:,\s*(?<rest>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex PaperPresented();

    [GeneratedRegex(@"^(?<series>.+?(?:Working|Occasional|Discussion)\s+Paper)\s+(?:No\.|no\.|#)\s*(?<num>\d+)\s*(?:\((?<date>[^)]+)\))?")]
    private static partial Regex WorkingPaper();

    // "Soviet Foreign Ministry, \"On the Korean War …,\" 9 August 1966, translated in Kathryn Weathersby, \"New Findings …\"":
    // a titled, dated document printed in another work.
    [GeneratedRegex(@"^(?<part>[^*]*?[""“][^""”]+[""”][^*""“]*?\b\d{4}),\s+(?:translated\s+|reprinted\s+|printed\s+|published\s+|excerpted\s+)?in\s+(?=[\p{Lu}*""“])")]
    private static partial Regex QuotedPartBeforeIn();

    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        var printedIn = QuotedPartBeforeIn().Match(input.Text);
        // Into an article ("in Weathersby, \"New Findings …\""): in a book instead, a titled piece is a chapter.
        if (printedIn.Success && input.Text.AsSpan(printedIn.Length).IndexOfAny("\"“") is int quoteAt and >= 0
            && input.Text.AsSpan(printedIn.Length, quoteAt).IndexOf('*') < 0)
        {
            var segment = input.Segment;
            var rest = new Segment(segment.Text[printedIn.Length..], new TextSpan(segment.Span.Start + printedIn.Length, segment.Span.End), null);
            if (Parse(SegmentInput.Of(rest, input.Context, input.Previous)) is [var work])
                return [work with { Segment = segment, Prefix = segment.Prefix, Part = printedIn.Groups["part"].Value.Trim() }];
        }
        return Parse(input);
    }

    static IReadOnlyList<ParsedCitation>? Parse(SegmentInput input)
    {
        string text = input.Text;
        var s = input.Structure;
        var quote = s.Quotes.FirstOrDefault();
        var firstItalic = s.Italics.FirstOrDefault();
        bool quoteLeads = quote != default && (firstItalic == default || quote.Start < firstItalic.Start);
        if (quoteLeads)
        {
            foreach (var q in s.Quotes.Where(q => firstItalic == default || q.Start < firstItalic.Start || q == quote))
            {
                var quoted = Quoted(input, q);
                if (quoted is not null) return quoted;
            }
        }
        var cores = BookCores(input);
        if (cores is not null) return cores;
        var issue = PeriodicalIssue(input);
        if (issue is not null) return issue;
        var book = Book(input);
        if (book is not null) return book;
        return Periodical(input) ?? KnownPeriodical(input);
    }

    /// <summary>
    /// A periodical known by name and cited without italics, after an optional dated part:
    /// "Newsweek, 14 January 1980, 20–25", "Current Digest of the Soviet Press, vol. V, No. 8, April 4, 1953, pp. 3–6",
    /// "Kardelj's account of the meeting of 10 February 1948, Istochnik, 1995, no. 3, pp. 126–31".
    /// </summary>
    static IReadOnlyList<ParsedCitation>? KnownPeriodical(SegmentInput input)
    {
        string text = input.Text;
        if (text.Contains('*')) return null;
        for (int start = 0; start < text.Length; )
        {
            int comma = text.IndexOf(", ", start, StringComparison.Ordinal);
            if (comma < 0) return null;
            string name = text[start..comma].Trim();
            var lead = Signals.Leading().Match(name);
            if (lead.Success) name = name[lead.Length..];
            if (Periodicals.IsKnown(name) && PeriodicalAfterTitle(text[(start + (lead.Success ? lead.Length : 0))..]) is { } periodical)
            {
                var (item, loc) = periodical;
                // "Current Digest of the Soviet Press, vol. V, No. 8, April 4, 1953": the volume and issue before the date.
                if (item.ContainerTitle is { } container && container.Length > name.Length
                    && VolumeAndIssueAfterName().Match(container[name.Length..]) is { Success: true } numbers)
                    item = item with
                    {
                        ContainerTitle = name,
                        Volume = numbers.Groups["vol"].Value,
                        Issue = numbers.Groups["issue"].Success ? numbers.Groups["issue"].Value : item.Issue,
                        Type = CslType.ArticleJournal,
                    };
                // "For text, see …": commentary handing over to the periodical.
                if (lead.Success)
                    return [ParsedCitationFactory.Make(input, CitationForm.Full, item, loc?.Value, loc?.Label, confidence: 0.75)
                        .Narrow(start + lead.Length, text.Length, lead.Groups["signal"].Value)];
                string part = text[..start].Trim().TrimEnd(',').Trim();
                // What comes before must be a dated piece printed in the periodical, or nothing.
                if (part.Length > 0 && (Prose.IsProse(part) || !Dates.FindAll(part).Any())) return null;
                return [ParsedCitationFactory.Make(input, CitationForm.Full, item, loc?.Value, loc?.Label, part: part.Length == 0 ? null : part, confidence: 0.75)];
            }
            start = comma + 2;
        }
        return null;
    }

    [GeneratedRegex(@"^,\s*vol\.\s*(?<vol>\d{1,4}|[IVXL]{1,6})(?:,\s*no\.\s*(?<issue>[\w\-/]+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex VolumeAndIssueAfterName();

    /// <summary>A work with a quoted title: article, chapter, thesis, paper, working paper, newspaper piece.</summary>
    static IReadOnlyList<ParsedCitation>? Quoted(SegmentInput input, Span quote)
    {
        string text = input.Text;
        string lead = text[..quote.Start].Trim().TrimEnd(',').Trim();
        var (names, role) = Names.SplitRole(lead);
        IReadOnlyList<CslName>? authors = lead.Length == 0 ? null : Names.ParseList(names, allowInstitutions: true, allowSingleWord: true);
        int start = 0;
        ParsedCitation? mentioned = null;
        if (lead.Length > 0 && authors is null)
        {
            // Prose before the author: "Representative samples of the opposing views are Gerhard Rossmann".
            if (Names.Trailing(lead) is { } trailing)
            {
                authors = trailing.Names;
                start = trailing.Start;
                mentioned = PossessiveMention(input, lead[..trailing.Start]);
            }
            else return null;
        }
        string title = Clean.Title(quote.Of(text));
        string after = text[quote.End..].Trim().TrimStart(',').Trim();

        // "(Translation)" right after the title.
        string? translated = null;
        var tr = LeadingParenthesis().Match(after);
        if (tr.Success && Imprint.Parse(tr.Groups["tr"].Value) is null && !tr.Groups["tr"].Value.Contains("dissertation", StringComparison.OrdinalIgnoreCase))
        {
            translated = tr.Groups["tr"].Value.Trim();
            after = after[tr.Length..];
        }
        else if (LeadingBrackets().Match(after) is { Success: true } bracketed)
        {
            // "'K istorii …' [On the history of …], Istoricheskii arkhiv": the title in translation.
            translated = bracketed.Groups["tr"].Value.Trim();
            after = after[bracketed.Length..];
        }

        // A date between title and source: the piece's own date ("June 26, 1941, in his …").
        CslDate? pieceDate = null;
        var leadDate = DateBeforeIn().Match(after);
        if (leadDate.Success && Dates.ParseExact(leadDate.Groups["d"].Value) is { } pd)
        {
            pieceDate = pd;
            after = after[leadDate.Length..];
        }

        IReadOnlyList<ParsedCitation> Make(CslItem item, Locator? locator, double confidence = 0.85)
        {
            item = item with { Author = role == NameRole.Author ? item.Author ?? authors : item.Author };
            var c = ParsedCitationFactory.Make(input, CitationForm.Full, item.WithTranslatedTitle(translated), locator?.Value, locator?.Label, confidence: confidence);
            if (start > 0) c = c.Narrow(start, text.Length, null);
            return mentioned is null ? [c] : [mentioned, c];
        }

        // Chapter: "…," in Editor, ed., *Book* (Place, Year), 65.
        if (after.StartsWith("in ", StringComparison.Ordinal))
        {
            string container = after[3..];
            var facts = BookParts.Parse(container);
            if (facts is null) return null;
            var item = new CslItem
            {
                Type = CslType.Chapter,
                Title = title,
                Author = authors,
                ContainerTitle = facts.Title,
                ContainerAuthor = facts.ByTheSameAuthor ? authors : facts.Role == NameRole.Author ? facts.Authors : null,
                Editor = facts.Role.HasFlag(NameRole.Editor) ? facts.Authors : facts.Editors,
                Translator = facts.Role.HasFlag(NameRole.Translator) ? facts.Authors : facts.Translators,
                Volume = facts.Volume,
                VolumeTitle = facts.VolumeTitle,
                PublisherPlace = facts.Imprint?.Place,
                Publisher = facts.Imprint?.Publisher,
                Issued = facts.Imprint?.Issued,
                OriginalDate = pieceDate,
            }.WithRepairs(facts.Repairs);
            // Without an imprint the book is given in short ("in Rothstein, *Soviet Foreign Policy*, 1: 53-57").
            var made = Make(item, facts.Locator);
            var c = made[^1];
            if (!facts.HasImprint) c = c with { ShortAuthor = facts.Authors?.FirstOrDefault()?.Family, ShortTitle = facts.Title };
            return [.. made.Take(made.Count - 1), c];
        }

        // Thesis: "Title" (Ph.D. dissertation, University, Year), pages.
        var thesisParen = ThesisParenthesis().Match(after);
        if (thesisParen.Success && Imprint.Parse(thesisParen.Groups["inside"].Value) is { Genre: not null } thesis)
        {
            var item = new CslItem { Type = thesis.Unpublished ? CslType.Manuscript : CslType.Thesis, Title = title, Genre = thesis.Genre, Publisher = thesis.Publisher, Issued = thesis.Issued };
            return Make(item, Locators.Parse(thesisParen.Groups["loc"].Value));
        }

        // Conference paper: "…," paper presented to the Conference on …, Moscow, 12-15 January 1993), 23-24.
        var paper = PaperPresented().Match(after);
        if (paper.Success)
        {
            string rest = paper.Groups["rest"].Value;
            var date = Dates.FindAll(rest).FirstOrDefault(d => d.Date.Year is not null);
            string? place = null;
            Locator? loc = null;
            if (date is not null)
            {
                place = rest[..date.Start].Trim().TrimEnd(',').Trim();
                string afterDate = rest[date.End..].Trim().TrimStart(')').Trim().TrimStart(',').Trim();
                loc = Locators.Parse(afterDate);
            }
            else place = rest.Trim().TrimEnd(Punctuation.ParenthesisPeriod).Trim();
            var item = new CslItem
            {
                Type = CslType.Paper,
                Title = title,
                EventTitle = paper.Groups["event"].Value.Trim(),
                EventPlace = string.IsNullOrEmpty(place) ? null : place,
                Issued = date?.Date,
            };
            if (StrayParenthesisAfterDate().IsMatch(rest)) item = item.WithRepairs(["typo: unmatched ')' after the date ignored"]);
            return Make(item, loc);
        }

        // Working paper: "…," Cold War International History Project Working Paper No. 5 (May 1993).
        var working = WorkingPaper().Match(after);
        if (working.Success)
        {
            var item = new CslItem
            {
                Type = CslType.Report,
                Title = title,
                CollectionTitle = working.Groups["series"].Value.Trim(),
                Number = working.Groups["num"].Value,
                Issued = working.Groups["date"].Success ? Dates.ParseExact(working.Groups["date"].Value) : null,
            };
            return Make(item, null);
        }

        // A periodical: journal with volume, journal by year and issue, or magazine/newspaper by date.
        var periodical = PeriodicalAfterTitle(after);
        if (periodical is not null)
        {
            var (item, loc) = periodical.Value;
            return Make(item with { Title = title }, loc);
        }
        return null;
    }

    /// <summary>The periodical that follows an article title.</summary>
    // British and European orders, rewritten in Chicago's: "Journal, vol. 9, no. 2, 2007, pp. 32–63", "Journal, 9:3 (1998), pp. 110–33",
    // "Istochnik, 1995, no. 3, pp. 126–31".
    [GeneratedRegex(@"^(?<cont>[^()]+?),\s+(?:vol\.\s*)?(?<vol>\d{1,4}|[IVXL]{1,6})(?::(?<issue>[\w\-/]+)|,\s+(?:no\.|No\.|nos\.)\s*(?<issue>[\w\-/]+))?,\s+(?<year>(?:1[89]|20)\d\d)(?<rest>,.*)?$")]
    private static partial Regex VolumeIssueYear();

    [GeneratedRegex(@"^(?<cont>[^()]+?),\s+(?<vol>\d{1,4}):(?<issue>[\w\-/]+)\s*(?<date>\([^)]+\).*)$")]
    private static partial Regex VolumeColonIssue();

    [GeneratedRegex(@"^(?<cont>[^()]+?),\s+(?<year>(?:1[89]|20)\d\d),\s+(?:no\.|No\.|nos\.)\s*(?<issue>[\w\-/]+)(?<rest>,.*)?$")]
    private static partial Regex YearThenIssue();

    // "569–602, at 575–80": the article's pages, then the pages cited.
    [GeneratedRegex(@"^(?:pp?\.\s*)?(?<pages>\d+\s*[-–]\s*\d+),\s+(?:at|esp\.|especially)\s+(?<loc>.+)$")]
    private static partial Regex PagesThenPinpoint();

    static string ChicagoOrder(string a)
    {
        Match m;
        if ((m = VolumeColonIssue().Match(a)).Success)
            return $"{m.Groups["cont"].Value} {m.Groups["vol"].Value}, no. {m.Groups["issue"].Value} {m.Groups["date"].Value}";
        if ((m = VolumeIssueYear().Match(a)).Success)
            return $"{m.Groups["cont"].Value} {m.Groups["vol"].Value}{(m.Groups["issue"].Success ? $", no. {m.Groups["issue"].Value}" : "")} ({m.Groups["year"].Value}){m.Groups["rest"].Value}";
        if ((m = YearThenIssue().Match(a)).Success)
            return $"{m.Groups["cont"].Value}, no. {m.Groups["issue"].Value} ({m.Groups["year"].Value}){m.Groups["rest"].Value}";
        return a;
    }

    static (CslItem Item, Locator? Locator)? PeriodicalAfterTitle(string after)
    {
        string a = ChicagoOrder(after.Replace("*", "").Trim().TrimEnd('.').Trim());
        if (a.Length == 0) return null;
        Match m;
        if ((m = JournalWithVolume().Match(a)).Success && DateOrSeason(m.Groups["date"].Value) is { } date
            && (m.Groups["vol"].Success || m.Groups["issue"].Success || m.Groups["issue2"].Success || date.Month is null && date.Season is null))
        {
            string? issue = m.Groups["issue"].Success ? m.Groups["issue"].Value
                : m.Groups["issue2"].Success ? NumberAbbreviation().Replace(m.Groups["issue2"].Value, "") : null;
            if (m.Groups["issue2"].Value == "special no.") issue = "special no.";
            string journal = Clean.Field(m.Groups["cont"].Value);
            string? articlePages = null;
            string cited = m.Groups["loc"].Value;
            if (PagesThenPinpoint().Match(cited) is { Success: true } at)
            {
                articlePages = Locators.Normalize(at.Groups["pages"].Value);
                cited = at.Groups["loc"].Value;
            }
            var pages = m.Groups["loc"].Success ? Locators.Parse(cited) : null;
            if (m.Groups["loc"].Success && pages is null) return null;
            return (new CslItem
            {
                Page = articlePages,
                // Cited by volume it is a journal; by issue and date, a magazine if it is one.
                Type = !m.Groups["vol"].Success && Periodicals.IsMagazine(journal) ? CslType.ArticleMagazine : CslType.ArticleJournal,
                ContainerTitle = journal,
                Volume = m.Groups["vol"].Success ? m.Groups["vol"].Value : null,
                Issue = issue,
                Issued = date,
            }, pages);
        }
        // "*Pravda*, Feb. 20, 1943" / "International Affairs (London), January 1963" / "*Liberty*, July 5, 1947, p. 26".
        var dates = Dates.FindAll(a);
        var first = dates.FirstOrDefault(d => d.Date.Month is not null);
        if (first is null || first.Start < 2) return null;
        string container = Clean.Field(a[..first.Start]);
        if (container.Length == 0 || container.Length > 80) return null;
        string rest = a[first.End..].Trim().TrimStart(',').Trim();
        var loc = rest.Length == 0 ? null : Locators.Parse(rest);
        string type = PeriodicalType(container, first.Date, loc is not null);
        return (new CslItem { Type = type, ContainerTitle = container, Issued = first.Date }, loc);
    }

    [GeneratedRegex(@"^(?<season>Spring|Summer|Fall|Autumn|Winter)\s+(?<a>\d{4})\s*[/–-]\s*(?<b>\d{2,4})$")]
    private static partial Regex SeasonYears();

    static string PeriodicalType(string container, CslDate date, bool hasPages)
    {
        if (Periodicals.IsMagazine(container)) return CslType.ArticleMagazine;
        if (Periodicals.IsJournal(container)) return CslType.ArticleJournal;
        if (Periodicals.IsNewspaper(container)) return CslType.ArticleNewspaper;
        if (date.Day is not null) return hasPages ? CslType.ArticleMagazine : CslType.ArticleNewspaper;
        return CslType.ArticleJournal;
    }

    static CslDate? DateOrSeason(string text)
    {
        string t = text.Trim();
        var seasonRange = SeasonYears().Match(t);
        if (seasonRange.Success)
        {
            // "Winter 1995/1996": the season of two years.
            int a = int.Parse(seasonRange.Groups["a"].Value), b = int.Parse(seasonRange.Groups["b"].Value);
            if (b < 100) b += a / 100 * 100;
            string season = Months.Seasons[seasonRange.Groups["season"].Value];
            return new CslDate { DateParts = [[a], [b]], Season = season };
        }
        var range = YearRange().Match(t);
        if (range.Success)
        {
            int a = int.Parse(range.Groups["a"].Value);
            string bs = range.Groups["b"].Value;
            int b = bs.Length == 2 ? a / 100 * 100 + int.Parse(bs) : int.Parse(bs);
            return CslDate.Range(CslDate.Of(a), CslDate.Of(b));
        }
        return Dates.ParseExact(t);
    }

    /// <summary>A book, or an untitled part of one ("Churchill to Roosevelt, Mar. 7, 1942, in Churchill, *The Hinge of Fate* …").</summary>
    static IReadOnlyList<ParsedCitation>? Book(SegmentInput input)
    {
        string text = input.Text;
        // An untitled part before "in": the part is described, the book is cited.
        string? part = null;
        int offset = 0;
        // Only a dated part ("…, Mar. 7, 1942, in …") or a lower-case one ("the treaty in …") is split off.
        var inSplit = PartBeforeIn().Match(text);
        if (inSplit.Success && inSplit.Groups["part"].Value.Length > 3 && !Prose.IsProse(inSplit.Groups["part"].Value))
        {
            part = inSplit.Groups["part"].Value.Trim().TrimEnd(',');
            offset = inSplit.Length;
        }
        string body = text[offset..];
        var facts = BookParts.Parse(body, requireImprint: true);
        if (facts is null) return null;
        // "(1972)" alone after a plain word is an author-date reference, not a book's imprint.
        bool marked = body.Contains('*') || body.Contains('"') || body.Contains('“');
        if (facts.Imprint!.Place is null && facts.Imprint.Publisher is null && facts.Imprint.Genre is null && !marked) return null;
        part ??= facts.Part;
        if (facts.Imprint!.Genre is not null)
        {
            var thesis = new CslItem { Type = facts.Imprint.Unpublished ? CslType.Manuscript : CslType.Thesis, Title = facts.Title, Author = facts.Authors, Genre = facts.Imprint.Genre, Publisher = facts.Imprint.Publisher, Issued = facts.Imprint.Issued };
            return [ParsedCitationFactory.Make(input, CitationForm.Full, thesis, facts.Locator?.Value, facts.Locator?.Label)];
        }
        var item = BookItem(facts);
        var citation = ParsedCitationFactory.Make(input, CitationForm.Full, item, facts.Locator?.Value, facts.Locator?.Label,
            part: part, confidence: facts.Authors is null && part is null ? 0.75 : 0.85);
        if (part is null && facts.Start > 0) return [citation.Narrow(facts.Start, text.Length, null)];
        if (part is null && facts.AuthorFromProse)
        {
            int titleStart = text.IndexOf('*') >= 0 ? text.IndexOf('*') : 0;
            return [citation.Narrow(titleStart, text.Length, null)];
        }
        return [citation];
    }

    public static CslItem BookItem(BookFacts facts) => new CslItem
    {
        Type = CslType.Book,
        Title = facts.Title,
        Author = facts.Role == NameRole.Author ? facts.Authors : null,
        Editor = facts.Role.HasFlag(NameRole.Editor) ? facts.Authors : facts.Editors,
        Translator = facts.Role.HasFlag(NameRole.Translator) ? facts.Authors : facts.Translators,
        Volume = facts.Volume,
        VolumeTitle = facts.VolumeTitle,
        Edition = facts.Edition,
        PublisherPlace = facts.Imprint?.Place,
        Publisher = facts.Imprint?.Publisher,
        Issued = facts.Imprint?.Issued,
        OriginalDate = facts.Imprint?.OriginalDate,
    }.WithTranslatedTitle(facts.TranslatedTitle).WithRepairs(facts.Repairs);

    /// <summary>A periodical cited without an article title: "*Pravda*, Apr. 19, 1943", "New York Times, Oct. 23, 1943".</summary>
    static IReadOnlyList<ParsedCitation>? Periodical(SegmentInput input)
    {
        string text = input.Text;
        string plain = text.Replace("*", "");
        // Several issues: "*Pravda*, Jan. 30, Mar. 19, 1942".
        var several = SeveralIssues().Match(plain);
        if (several.Success && (text.Contains('*') || Periodicals.IsNewspaper(several.Groups["cont"].Value)))
        {
            var dates = Dates.SeveralDays(several.Groups["dates"].Value);
            string paper = several.Groups["cont"].Value.Trim();
            string? part = several.Groups["lead"].Value.Trim() is { Length: > 0 } l ? TrailingIn().Replace(l, "") : null;
            return dates.Select((d, i) => ParsedCitationFactory.Make(input, CitationForm.Full,
                new CslItem { Type = CslType.ArticleNewspaper, ContainerTitle = paper, Issued = d }, part: part, confidence: 0.8)).ToList();
        }
        // The issue's date is the first date after the periodical's italic title; one before it dates a piece
        // printed in the paper ("Bulganin to Eden, 5 November 1956, *Pravda*, 6 November 1956, 1").
        var monthDates = Dates.FindAll(plain).Where(d => d.Date.Month is not null).ToList();
        var first = monthDates.FirstOrDefault(d => input.Structure.Italics.Any(i => i.End <= IndexInRaw(text, d.Start)))
                    ?? monthDates.FirstOrDefault();
        if (first is null) return null;
        // The periodical is the italic title (or a known newspaper) just before the date.
        var italic = input.Structure.Italics.LastOrDefault(i => i.End <= IndexInRaw(text, first.Start));
        string? container = null;
        int startRaw = 0;
        if (italic != default)
        {
            container = Clean.Title(italic.Of(text));
            startRaw = italic.Start;
        }
        else
        {
            var known = CapitalizedNameAtEnd().Match(plain[..first.Start]);
            if (known.Success && Periodicals.IsNewspaper(known.Groups["cont"].Value)) { container = known.Groups["cont"].Value; startRaw = IndexInRaw(text, known.Index); }
        }
        if (container is null) return null;
        string between = text[..startRaw].Replace("*", "");
        string rest = plain[first.End..].Trim().TrimStart(',').Trim().TrimEnd('.');
        var loc = rest.Length == 0 ? null : Locators.Parse(rest);
        if (rest.Length > 0 && loc is null) return null;
        var item = new CslItem { Type = PeriodicalType(container, first.Date, loc is not null), ContainerTitle = container, Issued = first.Date };
        // "the Geneva newspaper *La Suisse*": the city is the paper's place.
        var city = NewspaperCity().Match(between);
        if (city.Success) item = item with { PublisherPlace = city.Groups["city"].Value };
        // A dated piece before the paper is the part printed in it.
        string leadPart = between.Trim().TrimEnd(',').Trim();
        if (leadPart.Length > 0 && !city.Success && Dates.FindAll(leadPart).Any(d => d.Date.Day is not null) && !Prose.IsProse(leadPart))
            return [ParsedCitationFactory.Make(input, CitationForm.Full, item, loc?.Value, loc?.Label, part: leadPart, confidence: 0.8)];
        var citation = ParsedCitationFactory.Make(input, CitationForm.Full, item, loc?.Value, loc?.Label, confidence: 0.8);
        return [startRaw > 0 ? citation.Narrow(startRaw, text.Length, null) : citation];
    }

    /// <summary>
    /// Prose that names several books, each with its imprint: "The English translation, entitled
    /// *The European Tragedy* (London, 1965), is an expanded version of … Peter Kleist, *Zwischen
    /// Hitler und Stalin, 1939-1945* (Bonn, 1950)". Each titled imprint is a citation of its own.
    /// </summary>
    static IReadOnlyList<ParsedCitation>? BookCores(SegmentInput input)
    {
        string text = input.Text;
        var s = input.Structure;
        var cores = new List<(int Start, int End)>();
        int from = 0;
        foreach (var paren in s.Parens)
        {
            var facts = Imprint.Parse(text[(paren.Start + 1)..(paren.End - 1)]);
            if (facts?.Place is null) continue;
            // The title right before the imprint, with at most a translation between.
            var title = s.Italics.LastOrDefault(i => i.End <= paren.Start && i.Start >= from);
            if (title == default || !OptionalParenthesisOnly().IsMatch(text[title.End..paren.Start])) return null;
            var after = PagesAfterImprint().Match(text[paren.End..]);
            cores.Add((from, paren.End + after.Length));
            from = paren.End + after.Length;
        }
        if (cores.Count < 2) return null;
        var result = new List<ParsedCitation>();
        foreach (var (start, end) in cores)
        {
            string piece = text[start..end];
            int lead = piece.Length - piece.TrimStart(Punctuation.SpaceCommaSemicolon).Length;
            var andLead = LeadingConjunction().Match(piece[lead..]);
            lead += andLead.Length;
            var sub = new Segmentation.Segment(piece[lead..].TrimEnd(Punctuation.SpaceComma), new TextSpan(input.Segment.Span.Start + start + lead, input.Segment.Span.Start + start + lead + piece[lead..].TrimEnd(Punctuation.SpaceComma).Length), result.Count == 0 ? input.Segment.Prefix : null);
            var parsed = Book(SegmentInput.Of(sub, input.Context, input.Previous));
            if (parsed is null) return null;
            result.AddRange(parsed);
        }
        return result;
    }

    /// <summary>
    /// An issue of a periodical cited without an article title: "Statement printed in the journal
    /// *Kommunisticheskii Internatsional* (1941), no. 6-7", "*Bol'shevik*, no. 14 (July 1947): 5–12".
    /// </summary>
    static IReadOnlyList<ParsedCitation>? PeriodicalIssue(SegmentInput input)
    {
        string text = input.Text;
        var italic = input.Structure.Italics.FirstOrDefault();
        if (italic == default || input.Structure.Quotes.Any(q => q.Start < italic.Start)) return null;
        var periodical = PeriodicalAfterTitle(text[italic.Start..]);
        if (periodical is null) return null;
        var (item, locator) = periodical.Value;
        if (item.Type == CslType.ArticleNewspaper || item.Volume is null && item.Issue is null) return null;
        string lead = text[..italic.Start].Trim().TrimEnd(',').Trim();
        string? part = lead.Length == 0 ? null : PrintedIn().Replace(lead, "").Trim();
        var c = ParsedCitationFactory.Make(input, CitationForm.Full, item, locator?.Value, locator?.Label, part: part is { Length: > 0 } ? part : null, confidence: 0.8);
        return [c];
    }

    [GeneratedRegex(@"\s*(?:(?:printed|published|reprinted|reproduced|translated)\s+)?in\s+(?:the\s+)?(?:journal|newspaper|magazine|periodical)?\s*$")]
    private static partial Regex PrintedIn();

    /// <summary>"Duhnke's dissertation on "German Communism in the Nazi Era,"": a work named by its author's possessive.</summary>
    static ParsedCitation? PossessiveMention(SegmentInput input, string prose)
    {
        var m = PossessiveWork().Match(prose);
        if (!m.Success) return null;
        var item = new CslItem { Type = CslType.Document, Author = [CslName.Person(m.Groups["possessor"].Value)], Title = Clean.Title(m.Groups["title"].Value) };
        var c = ParsedCitationFactory.Make(input, CitationForm.ShortForm, item, confidence: 0.7)
            with { ShortAuthor = m.Groups["possessor"].Value, ShortTitle = item.Title };
        return c.Narrow(m.Index, m.Index + m.Length, null);
    }

    /// <summary>Maps an index in the text without asterisks back to the raw text.</summary>
    static int IndexInRaw(string raw, int plainIndex)
    {
        int p = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '*') continue;
            if (p == plainIndex) return i;
            p++;
        }
        return raw.Length;
    }
}
