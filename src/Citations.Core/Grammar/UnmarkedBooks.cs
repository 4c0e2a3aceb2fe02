using System.Text.RegularExpressions;
using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Grammar;

/// <summary>
/// Books as German, French and much European scholarship cites them, with neither italics nor an imprint in
/// parentheses: "Werner Kilian, Adenauers Reise nach Moskau, Freiburg i. Br. 2005", "J.-B. Duroselle, La Décadence,
/// 1932-1939, Paris, Imprimerie nationale, 1979, p. 133-145", "Ch. de Gaulle, Mémoires de guerre, t. III : Le Salut,
/// 1944-1946, Paris, Plon, 1959". Read from both ends: the author's names first, the imprint (place, publisher,
/// year) and the pinpoint last, the title between; a dated document before the book is its part.
/// </summary>
public sealed partial class UnmarkedBooks : ICitationRecognizer
{
    // "Stuttgart 1991", "Freiburg i. Br. 2005", "Wien/München 1995": the German imprint, place and year in one chunk.
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}\.\-/ ]{1,40}?)\s+(?<year>(?:1[5-9]|20)\d\d)$")]
    private static partial Regex PlaceYear();

    [GeneratedRegex(@"^(?:1[5-9]|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex("^" + Locators.EditionDocument + "$")]
    private static partial Regex DocumentOfEdition();

    // "s.d." (sans date), "o.J." (ohne Jahr), "n.d.": no year printed.
    [GeneratedRegex(@"^(?:s\.\s?d|o\.\s?J|n\.\s?d)\.?$")]
    private static partial Regex NoYear();

    // "thèse de doctorat, Université Paris I, 1998", "Diss., Universität Bonn, 1970".
    [GeneratedRegex(@"^(?:thèse(?:\s+de\s+(?:doctorat|3e\s+cycle))?|Diss\.|Dissertation|Ph\.\s?D\.\s+(?:diss\.|dissertation|thesis)|doctoral\s+dissertation|kandidatskaia\s+dissertatsiia)$", RegexOptions.IgnoreCase)]
    private static partial Regex ThesisGenre();

    // "trad. du russe", "aus dem Russischen": the language the book was translated from.
    [GeneratedRegex(@"^(?:trad\.|traduit)\s+(?:du|de\s+l['’]|de\s+l’)\s*\p{L}+$|^aus\s+dem\s+\p{L}+$", RegexOptions.IgnoreCase)]
    private static partial Regex TranslatedFrom();

    // "t. III : Le Salut, 1944-1946", "Bd. 8: 1955", "vol. 2", "1re série, t. X".
    [GeneratedRegex(@"^(?:t\.|tome|Bd\.|Band|vol\.|Vol\.|Teil|T\.)\s*(?<vol>[IVXLC]+|\d+)(?:\.\d+)?(?:\s*:\s*(?<title>.+))?$")]
    private static partial Regex VolumeChunk();

    [GeneratedRegex(@"^\d+(?:re|e|er|\.)?\s+(?:série|Serie|ser\.)$")]
    private static partial Regex SeriesChunk();

    // "bearb. von Michael Hollmann", "hg. von …", "éd. par …", "trad. par …": who prepared the volume, after its title.
    [GeneratedRegex(@"^(?<role>hg\.|hrsg\.|bearb\.|eingel\.|übers\.|éd\.|trad\.|ed\.|edited|translated)\s+(?:von|par|by)\s+(?<names>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Contributors();

    [GeneratedRegex(@"^(?:id\.|idem|ders\.|dies\.|eadem)$", RegexOptions.IgnoreCase)]
    private static partial Regex Idem();

    /// <summary>"idem", "id.", "ders.", "dies.", "eadem": the same author as the citation before.</summary>
    public static bool IsIdem(string lead) => Idem().IsMatch(lead.Trim());

    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        string text = input.Text;
        if (text.Contains('*') || text.Length > 400) return null;
        var chunks = input.Structure.Chunks(0, text.Length);
        if (chunks.Count < 2) return null;
        // "95. Kabinettssitzung am 7.9.1955, in: Die Kabinettsprotokolle …": what is cited in the book comes before "in:".
        int inAt = chunks.FindIndex(c => c.Text.StartsWith("in: ", StringComparison.Ordinal) || c.Text.StartsWith("in ", StringComparison.Ordinal) && char.IsUpper(c.Text[3]));
        string? partBeforeIn = null;
        if (inAt > 0)
        {
            partBeforeIn = text[chunks[0].Span.Start..chunks[inAt - 1].Span.End];
            var inChunk = chunks[inAt];
            int skip = inChunk.Text.StartsWith("in: ", StringComparison.Ordinal) ? 4 : 3;
            chunks = [(inChunk.Text[skip..], new Span(inChunk.Span.Start + skip, inChunk.Span.End)), .. chunks.Skip(inAt + 1)];
        }
        int last = chunks.Count - 1;

        // The pinpoint: "p. 133-145", "p. 512 ff.", "no.223" (a document number).
        Locator? locator = null;
        if (chunks[last].Text.TrimEnd('.') is { } tail && Locators.Parse(tail) is { } parsedLocator && !Year().IsMatch(tail))
        {
            locator = parsedLocator;
            last--;
        }
        // "Köln 1975, Dok. 12, S. 85–90": the document of an edition, then its pages.
        string? documentPart = null;
        if (last >= 2 && DocumentOfEdition().IsMatch(chunks[last].Text.Trim()))
        {
            documentPart = chunks[last].Text.Trim();
            last--;
        }
        if (last < 1) return null;

        // The imprint from the end: "Stuttgart 1991", or "Paris, Plon, 1959" / "Paris, 1959".
        string? place = null, publisher = null, genre = null;
        int? year;
        int imprintStart;
        string yearChunk = chunks[last].Text.TrimEnd('.');
        if (PlaceYear().Match(yearChunk) is { Success: true } py && IsPlace(py.Groups["place"].Value))
        {
            place = py.Groups["place"].Value.Trim();
            year = int.Parse(py.Groups["year"].Value);
            imprintStart = last;
        }
        else if ((Year().IsMatch(yearChunk) || NoYear().IsMatch(yearChunk)) && last >= 2)
        {
            year = Year().IsMatch(yearChunk) ? int.Parse(yearChunk) : null;
            if (last >= 3 && ThesisGenre().IsMatch(chunks[last - 2].Text.Trim()))
            {
                // A thesis: the genre, then the university.
                genre = chunks[last - 2].Text.Trim();
                publisher = chunks[last - 1].Text.Trim();
                imprintStart = last - 2;
            }
            else if (IsPlace(chunks[last - 1].Text))
            {
                place = chunks[last - 1].Text;
                imprintStart = last - 1;
            }
            else if (last >= 3 && IsPlace(chunks[last - 2].Text) && IsPublisher(chunks[last - 1].Text))
            {
                place = chunks[last - 2].Text;
                publisher = chunks[last - 1].Text;
                imprintStart = last - 2;
            }
            else if (last >= 4 && IsPlace(chunks[last - 3].Text) && Places.IsUsState(chunks[last - 2].Text.Trim()) && IsPublisher(chunks[last - 1].Text))
            {
                // "Cambridge, MA, Harvard University Press, 1952": the town, its state, the publisher.
                place = $"{chunks[last - 3].Text.Trim()}, {chunks[last - 2].Text.Trim()}";
                publisher = chunks[last - 1].Text;
                imprintStart = last - 3;
            }
            else return null;
        }
        else return null;
        if (imprintStart < 1) return null;

        // A dated document cited in the book: "Note du Département, 26 avril 1935, Documents diplomatiques français …".
        int first = 0;
        string? part = partBeforeIn;
        for (int i = 0; part is null && i < imprintStart - 1; i++)
        {
            if (Dates.ParseExact(chunks[i].Text) is { Day: not null })
            {
                part = text[chunks[0].Span.Start..chunks[i].Span.End];
                first = i + 1;
                break;
            }
        }

        // The author: names in the first chunk, "id." for the author cited just before.
        IReadOnlyList<CslName>? authors = null;
        IReadOnlyList<CslName>? editors = null;
        if (part is null && first < imprintStart - 1)
        {
            string lead = chunks[first].Text;
            var (names, role) = Names.SplitRole(lead);
            if (Idem().IsMatch(lead)) authors = input.Previous?.Author ?? input.Previous?.Editor;
            else if (Names.ParseList(names, allowInstitutions: false) is { } people && people.All(p => p.Given is not null))
            {
                if (role.HasFlag(NameRole.Editor)) editors = people;
                else authors = people;
            }
            if (authors is not null || editors is not null) first++;
        }
        if (first >= imprintStart) return null;

        // The title and what follows it: a volume ("t. III : Le Salut, 1944-1946"), who prepared the volume.
        var titleChunks = new List<string>();
        string? volume = null, volumeTitle = null, series = null;
        IReadOnlyList<CslName>? translators = null;
        for (int i = first; i < imprintStart; i++)
        {
            string c = chunks[i].Text;
            if (SeriesChunk().IsMatch(c) && titleChunks.Count > 0)
            {
                series = c;
                continue;
            }
            var vol = VolumeChunk().Match(c);
            if (vol.Success && titleChunks.Count > 0)
            {
                volume = vol.Groups["vol"].Value;
                // The volume's title runs on to the imprint: "Le Salut, 1944-1946".
                var rest = chunks.Skip(i + 1).Take(imprintStart - i - 1).Select(x => x.Text).ToList();
                string? contributors = rest.FirstOrDefault(r => Contributors().IsMatch(r));
                if (contributors is not null) rest = rest.TakeWhile(r => r != contributors).ToList();
                if (vol.Groups["title"].Success) volumeTitle = string.Join(", ", new[] { vol.Groups["title"].Value }.Concat(rest));
                if (contributors is not null) (editors, translators) = Prepared(contributors, editors, translators);
                break;
            }
            if (TranslatedFrom().IsMatch(c.Trim()) && titleChunks.Count > 0) continue;
            var prepared = Contributors().Match(c);
            if (prepared.Success && titleChunks.Count > 0)
            {
                (editors, translators) = Prepared(c, editors, translators);
                continue;
            }
            titleChunks.Add(c);
        }
        if (titleChunks.Count == 0) return null;
        string title = Clean.Title(string.Join(", ", titleChunks));
        // A title is words, not a sentence of commentary.
        if (title.Length < 3 || Prose.IsProse(title) && title.Split(' ').Length > 14) return null;
        // A part with no author and no imprint's publisher is too weak to call a book.
        if (authors is null && editors is null && part is null && publisher is null && !Places.IsTown(place ?? "")) return null;

        var item = new CslItem
        {
            Type = genre is null ? CslType.Book : CslType.Thesis,
            Genre = genre,
            Author = authors,
            Editor = editors,
            Translator = translators,
            Title = title,
            Volume = series is null ? volume : $"{series}, t. {volume}",
            VolumeTitle = volumeTitle,
            PublisherPlace = place,
            Publisher = publisher,
            Issued = year is int y ? CslDate.Of(y) : null,
        };
        var citation = ParsedCitationFactory.Make(input, CitationForm.Full, item, locator?.Value, locator?.Label, part: part ?? documentPart, confidence: 0.75);
        return [citation];
    }

    static (IReadOnlyList<CslName>? Editors, IReadOnlyList<CslName>? Translators) Prepared(string chunk,
        IReadOnlyList<CslName>? editors, IReadOnlyList<CslName>? translators)
    {
        var m = Contributors().Match(chunk);
        if (!m.Success) return (editors, translators);
        var names = Names.ParseList(m.Groups["names"].Value, allowInstitutions: false);
        bool translating = m.Groups["role"].Value.StartsWith("tr", StringComparison.OrdinalIgnoreCase) || m.Groups["role"].Value.StartsWith("übers", StringComparison.OrdinalIgnoreCase);
        return translating ? (editors, names ?? translators) : (names ?? editors, translators);
    }

    /// <summary>"Paris", "Freiburg i. Br.", "Wien/München", "Düsseldorf/Wien": a town, or towns joined by a slash.</summary>
    static bool IsPlace(string chunk)
    {
        string c = chunk.Trim();
        if (c.Length is < 3 or > 40 || !char.IsUpper(c[0]) || c.Any(char.IsDigit)) return false;
        if (c.Split('/').All(t => Places.IsTown(t.Trim()) || Places.IsTown(t.Trim().Split(' ')[0]))) return true;
        return false;
    }

    /// <summary>A publisher's name: short, capitalized, no date: "Plon", "Imprimerie nationale", "Politizdat".</summary>
    static bool IsPublisher(string chunk) =>
        chunk.Length is > 1 and < 60 && char.IsUpper(chunk[0]) && !chunk.Any(char.IsDigit) && chunk.Split(' ').Length <= 6;
}
