using Citations.Core.Grammar.Lexicon;
using System.Text.RegularExpressions;
using Citations.Core.Model;

namespace Citations.Core.Grammar;

/// <summary>What a publication's parenthesis says: "(New York: Random House, 1988)", "(Boston, 1961)".</summary>
public sealed record ImprintFacts
{
    public string? Place { get; init; }
    public string? Publisher { get; init; }
    public CslDate? Issued { get; init; }
    /// <summary>Thesis: "Ph.D. dissertation"; the university goes to <see cref="Publisher"/>.</summary>
    public string? Genre { get; init; }
    public IReadOnlyList<string> Repairs { get; init; } = [];
    /// <summary>"(1949; repr., Harmondsworth: Penguin, 1966)": the year the work first appeared.</summary>
    public CslDate? OriginalDate { get; init; }
    /// <summary>"(unpublished manuscript, n.d.)": a manuscript, whose <see cref="Genre"/> says what kind.</summary>
    public bool Unpublished { get; init; }
}

/// <summary>Parses the imprint parenthesis of a book, a chapter's book, or a thesis.</summary>
public static partial class Imprint
{
    [GeneratedRegex(@"\b(?:presented|conference|paper|interview|dissertation|unpublished|manuscript|report|memorandum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPlace();

    [GeneratedRegex(@"^(?<year>(?:1[5-9]|20)\d\d);\s*(?:repr\.|reprint|reprinted|reissued|new ed\.)(?:\s+ed\.)?,?\s*")]
    private static partial Regex Reprint();

    [GeneratedRegex(@"^(?<before>.*?)[,\s]*(?<year>(?:1[5-9]|20)\d\d(?:\s*[-–]\s*(?:1[5-9]|20)?\d\d)?|n\.\s?d\.?)\s*$")]
    private static partial Regex EndsWithYear();

    [GeneratedRegex(@"^(?<genre>(?:Ph\.\s?D\.|PhD|M\.A\.|MA|doctoral|master's|Doctoral|Master's|B\.A\.|senior|Candidate)\s*(?:dissertation|thesis|diss\.)|dissertation|thesis|Habilitationsschrift|Dissertation|kandidatskaia dissertatsiia)\s*,\s*(?<univ>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ThesisPattern();

    [GeneratedRegex(@"^(?:unpublished\s+(?:manuscript|paper|memoir|memoirs|typescript|study|report)|typescript|manuscript|mimeograph(?:ed)?|draft)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnpublishedPattern();

    static readonly Dictionary<string, string> KnownPublisherTypos = new(StringComparer.Ordinal)
    {
        ["Prager"] = "Praeger",
        ["Berlin Verlad"] = "Berlin Verlag",
    };

    /// <summary>Parses the inside of a parenthesis; null when it is not an imprint (no year, or too long).</summary>
    public static ImprintFacts? Parse(string inside)
    {
        string t = inside.Trim().TrimEnd('.');
        if (t.Length == 0 || t.Length > 160) return null;
        // "1949; repr., Harmondsworth: Penguin, 1966": a reprint of a work first published in 1949.
        if (Reprint().Match(t) is { Success: true } reprint && Parse(t[reprint.Length..]) is { } reprinted)
            return reprinted with { OriginalDate = CslDate.Of(int.Parse(reprint.Groups["year"].Value)) };
        var y = EndsWithYear().Match(t);
        if (!y.Success) return null;
        string before = y.Groups["before"].Value.Trim().TrimEnd(Punctuation.FieldSeparators).Trim();
        string yearText = y.Groups["year"].Value;
        CslDate? issued = yearText.StartsWith('n') ? null : CslDate.Of(int.Parse(yearText[..4]));
        var repairs = new List<string>();

        // "(Washington, DC: Wilson Center, May 1996)", "(Moscow, 12 March 1953)": the month (and day) belong to the date.
        if (issued is not null && Dates.ParseExact(TrailingMonth(before) is { Length: > 0 } month ? month + " " + yearText[..4] : "") is { } dated)
        {
            issued = dated;
            before = before[..^TrailingMonth(before).Length].Trim().TrimEnd(Punctuation.FieldSeparators).Trim();
        }
        if (UnpublishedPattern().IsMatch(before))
            return new ImprintFacts { Genre = before.Trim().TrimEnd(','), Issued = issued, Unpublished = true };
        var thesis = ThesisPattern().Match(before);
        if (thesis.Success)
            return new ImprintFacts { Genre = thesis.Groups["genre"].Value.Trim(), Publisher = thesis.Groups["univ"].Value.Trim().TrimEnd(','), Issued = issued };
        if (before.Length == 0) return new ImprintFacts { Issued = issued };
        // Imprints are short; a long sentence with a year is commentary.
        if (before.Split(' ').Length > 12) return null;

        // "Washington, DC: Woodrow Wilson Center Press; Baltimore: Johns Hopkins University Press": two publishers, each with its town.
        if (before.Count(ch => ch == ':') > 1 && before.Contains(';'))
        {
            var pairs = before.Split(';').Select(p => p.Split(':', 2)).ToList();
            if (pairs.All(p => p.Length == 2 && LooksLikePlace(p[0].Trim())))
                return new ImprintFacts
                {
                    Place = string.Join("; ", pairs.Select(p => p[0].Trim())),
                    Publisher = string.Join("; ", pairs.Select(p => p[1].Trim().TrimEnd(','))),
                    Issued = issued,
                };
        }
        string? place, publisher = null;
        int colon = before.IndexOf(':');
        int semicolon = before.IndexOf(';');
        if (colon < 0 && semicolon > 0)
        {
            // "(Berlin; Berlin Verlad, 1980)": a semicolon typed for the colon.
            colon = semicolon;
            repairs.Add("typo: ';' read as ':' in the imprint");
        }
        if (colon > 0)
        {
            place = before[..colon].Trim();
            publisher = before[(colon + 1)..].Trim().TrimEnd(',').Trim();
            if (publisher.Length == 0) publisher = null;
        }
        else if (CommaImprint(before) is { } split) (place, publisher) = split;
        else place = before;

        if (publisher is not null && KnownPublisherTypos.TryGetValue(publisher, out string? fixedName))
        {
            repairs.Add($"typo: '{publisher}' read as '{fixedName}'");
            publisher = fixedName;
        }
        if (place is not null && !LooksLikePlace(place)) return null;
        return new ImprintFacts { Place = place, Publisher = publisher, Issued = issued, Repairs = repairs };
    }

    /// <summary>
    /// "Cambridge, MA, Harvard University Press", "London, HMSO": the British order, place and publisher parted by a
    /// comma; null when what follows the place does not read as a publisher ("Washington, DC" is a place alone).
    /// </summary>
    static (string Place, string Publisher)? CommaImprint(string before)
    {
        var parts = before.Split(", ");
        if (parts.Length < 2) return null;
        int placeParts = parts.Length >= 3 && Places.IsUsState(parts[1]) ? 2 : 1;
        string publisher = string.Join(", ", parts.Skip(placeParts)).Trim();
        if (!PublisherWord().IsMatch(publisher)) return null;
        return (string.Join(", ", parts.Take(placeParts)).Trim(), publisher);
    }

    [GeneratedRegex(@"\b(?:Press|University|Universitaires|Verlag|Books|Publishers?|Publishing|Éditions|Editions|Ltd|Inc|HMSO|Stationery Office|Penguin|Routledge|Macmillan|Knopf|Norton|Praeger|Westview|Brookings|Harper|Random House|Doubleday|Little, Brown|Houghton Mifflin|Weidenfeld|Allen & Unwin|Cass|Politizdat|Nauka|ROSSPEN|Plon|Gallimard|Fayard|Seuil|Armand Colin|Payot|Oldenbourg|Beck|Siedler|Campus|Suhrkamp)\b")]
    private static partial Regex PublisherWord();

    /// <summary>"May", "12 March", "March 12," at the end of the text before an imprint's year, or "".</summary>
    static string TrailingMonth(string before) => MonthAtEnd().Match(before) is { Success: true } m ? m.Value : "";

    [GeneratedRegex(@"(?:\b\d{1,2}\s+)?\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Spring|Summer|Autumn|Fall|Winter)(?:\s+\d{1,2})?,?$")]
    private static partial Regex MonthAtEnd();

    /// <summary>"New York", "Princeton, NJ", "Middletown, Conn.", "Buenos Aires", "Washington, D.C.".</summary>
    static bool LooksLikePlace(string place)
    {
        if (place.Length == 0 || place.Length > 60) return false;
        if (!char.IsUpper(place[0])) return false;
        return !NotAPlace().IsMatch(place);
    }
}
