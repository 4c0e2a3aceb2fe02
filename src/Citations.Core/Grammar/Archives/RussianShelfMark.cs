using System.Text.RegularExpressions;
using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Grammar.Archives;

/// <summary>
/// Russian (and other post-Soviet) archival shelf-marks: archive, fond, opis, [papka], delo, [tom],
/// list(y), in every spelling ("Fond. 595", "f. 5", "Opis 6", "opis' 1", "op. 49", "Papka. 769",
/// "pap. 18", "Box 789", "Delo. 78", "d. 17", "Vol. 78" for delo after a papka, "perechen' 46,
/// dokument 2", "11. 46-47" and "1. 233" for "ll."/"l." read by OCR, "l. 12ob.",
/// "Listi (hereafter abbreviated as …) 558, 559"), levels in any order. The archive is the name
/// before the first level: a known abbreviation ("APRF"), one declared with "hereafter", or a
/// name spelled out ("Arkhiv Prezidenta Rossiiskoi Federatsii (hereafter APRF)").
/// </summary>
public static partial class RussianShelfMark
{
    // Where the levels start: a keyword and a number after a comma (or at the start).
    [GeneratedRegex(@"(?:^|,\s*)(?<kw>fonds?|f|opis'?|op|perechen'?|papka|pap|delo|d|dokument|dok)\.?\s*(?=[Rr]?-?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex FirstLevel();

    // One level: keyword and value. Keywords are matched case-insensitively, periods optional.
    [GeneratedRegex(@"\G[\s,;]*(?<kw>fonds?|f|opis'?|op|perechen'?|papka|pap|p|box|delo|dela|d|dokument|dok|vol|tom|t|listy|listi|list|ll|l|folios?|fols?|11|1)(?<dot>\.|(?<=11),)?\s*(?:\((?<aside>[^)]*)\)\s*)?(?<value>(?<=[\.\s\),])(?:[RrPp]-?)?\d+[a-zа-я]?)", RegexOptions.IgnoreCase)]
    private static partial Regex LevelPattern();

    // Folios: "558, 559", "213-214, 216", "46-47", "10, 12, 15", "23ob.", "5-5ob."
    [GeneratedRegex(@"\G\s*(?<folios>\d+\s*(?:ob\.?|v)?(?:\s*[-–]\s*\d+\s*(?:ob\.?|v)?)?(?:\s*,\s*\d+\s*(?:ob\.?|v)?(?:\s*[-–]\s*\d+\s*(?:ob\.?|v)?)?)*)", RegexOptions.IgnoreCase)]
    private static partial Regex FolioList();

    // An archive named in full: "Arkhiv …", "Archive of …", "Tsentral'nyi …", "Russian State Archive …".
    [GeneratedRegex(@"(?:Arkhiv|Archive|Archiv|Archives|Biblioteka|Library|Museum|Muzei|Tsentr|Center|Centre|Repository)\b|^(?:Rossiiskii|Gosudarstvennyi|Tsentral'nyi|Russian|State|Central)\b")]
    private static partial Regex ArchiveWords();

    // "TsDAHO", "RGAE", "DAZhO": an acronym of an archive.
    [GeneratedRegex(@"^(?=(?:.*\p{Lu}){2})[\p{Lu}][\p{L}]{1,7}(?:\s?[\p{Lu}]{2,3})?$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\s*\((?:hereafter|hereinafter)?\s*(?:cited\s+as\s+)?(?<abbr>[\p{Lu}][\p{L}\-]{1,11}(?:\s[\p{Lu}]{2,3})?)\)\s*$")]
    private static partial Regex AbbreviationInParentheses();

    enum Level { Fond, Opis, Papka, Delo, Tom, Folio }

    /// <summary>
    /// Finds a Russian shelf-mark in <paramref name="text"/>. With <paramref name="russianContext"/>
    /// (the citation inherits from a Russian archive) the shelf-mark may lack an archive, and the
    /// ambiguous keywords "Box", "Vol.", "p." and OCR folios are read the Russian way.
    /// </summary>
    public static ShelfMark? Find(string text, bool russianContext, bool folioOcrDeclared, DocumentContext? context = null)
    {
        var first = FirstLevel().Match(text);
        int levelsStart;
        if (first.Success) levelsStart = first.Index + (text[first.Index] == ',' ? 1 : 0);
        else if (russianContext) levelsStart = 0;
        else return null;

        // The archive: the chunk before the levels.
        string? archive = null, declared = null, canonical = null, place = null;
        int spanStart = levelsStart;
        if (levelsStart > 0)
        {
            int chunkStart = text.LastIndexOf(", ", levelsStart - 1, StringComparison.Ordinal);
            chunkStart = chunkStart < 0 ? 0 : chunkStart + 2;
            string chunk = text[chunkStart..levelsStart].Trim().TrimEnd(',').Trim();
            var abbr = AbbreviationInParentheses().Match(chunk);
            if (abbr.Success)
            {
                declared = abbr.Groups["abbr"].Value;
                chunk = chunk[..abbr.Index].Trim();
            }
            // "Arkhiv vneshnei politiki Rossiiskoi Federatsii, Moscow, f. 07": the town after the archive's name.
            if (Lexicon.Places.IsArchiveTown(chunk) && chunkStart > 0)
            {
                int before = text.LastIndexOf(", ", chunkStart - 3 < 0 ? 0 : chunkStart - 3, StringComparison.Ordinal);
                string archiveChunk = text[(before < 0 ? 0 : before + 2)..(chunkStart - 2)].Trim();
                if (Repositories.Lookup(archiveChunk) is not null)
                {
                    place = chunk;
                    chunk = archiveChunk;
                    chunkStart = before < 0 ? 0 : before + 2;
                }
            }
            var expansion = context?.Lookup(chunk);
            var known = Repositories.Lookup(chunk);
            if (expansion?.Archive is { } expanded)
            {
                archive = expanded;
                place ??= expansion.ArchivePlace;
                canonical = expansion.Archival?.RepositoryCanonical;
                spanStart = chunkStart;
            }
            else if (known is not null || ArchiveWords().IsMatch(chunk) && chunk.Length <= 120 || Acronym().IsMatch(chunk))
            {
                archive = chunk;
                canonical = known?.Canonical;
                spanStart = chunkStart;
            }
        }
        bool russian = russianContext || archive is not null;

        var parts = new ArchivalParts();
        var repairs = new List<string>();
        var seen = new HashSet<Level>();
        string? folios = null;
        int levels = 0, pos = levelsStart, end = levelsStart;
        Level? last = null;
        while (pos < text.Length)
        {
            var m = LevelPattern().Match(text, pos);
            if (!m.Success) break;
            string kw = m.Groups["kw"].Value.ToLowerInvariant();
            bool dot = m.Groups["dot"].Success;
            Level? level = Classify(kw, dot, russian, last, out string? repair);
            if (level is null || !seen.Add(level.Value)) break;
            string value = m.Groups["value"].Value;
            if (repair is not null) repairs.Add(repair);
            switch (level)
            {
                case Level.Fond: parts = parts with { Fond = value }; break;
                case Level.Opis: parts = parts with { Opis = value }; break;
                case Level.Papka: parts = parts with { Papka = value }; break;
                case Level.Delo: parts = parts with { Delo = value }; break;
                case Level.Tom: parts = parts with { Tom = value }; break;
                case Level.Folio:
                    var list = FolioList().Match(text, m.Groups["value"].Index);
                    folios = Locators.Normalize(list.Groups["folios"].Value);
                    end = list.Index + list.Length;
                    // "l. 12ob." keeps the period of its "ob.".
                    if (end < text.Length && text[end] == '.' && folios.EndsWith("ob", StringComparison.Ordinal)) folios += ".";
                    levels++;
                    last = Level.Folio;
                    pos = end;
                    continue;
            }
            levels++;
            last = level;
            pos = end = m.Index + m.Length;
        }
        if (levels == 0) return null;
        // Without an archive, one level is a shelf-mark only where the context is Russian ("Ibid, Delo 82").
        if (archive is null && !russianContext && levels < 2) return null;
        if (archive is null && !russianContext && parts.Fond is null) return null;
        return new ShelfMark
        {
            Span = new Span(spanStart, end),
            Archive = archive,
            ArchivePlace = place,
            Parts = parts with { RepositoryCanonical = canonical },
            Locator = folios,
            Label = folios is null ? null : "folio",
            Repairs = repairs.Distinct().ToList(),
            Levels = levels,
            DeclaredAbbreviation = declared,
        };
    }

    static Level? Classify(string kw, bool dot, bool russian, Level? last, out string? repair)
    {
        repair = null;
        switch (kw)
        {
            case "f" or "fond" or "fonds": return Level.Fond;
            case "op" or "opis" or "opis'": return Level.Opis;
            case "perechen" or "perechen'":
                repair = "abbrev: 'perechen'' read as opis";
                return Level.Opis;
            case "papka" or "pap": return Level.Papka;
            case "p": return russian && last is Level.Opis ? Level.Papka : null;
            case "box":
                if (!russian) return null;
                repair = "abbrev: 'Box' read as papka";
                return Level.Papka;
            case "delo" or "dela" or "d": return Level.Delo;
            case "dokument" or "dok":
                repair = "abbrev: 'dokument' read as delo";
                return Level.Delo;
            case "vol":
                // The author's "Vol." after a papka, or in place of delo, is the delo.
                if (!russian || last is Level.Delo or Level.Folio) return null;
                repair = "abbrev: 'Vol.' read as delo";
                return Level.Delo;
            case "tom" or "t": return last is Level.Delo ? Level.Tom : null;
            case "l" or "ll" or "list" or "listy" or "listi" or "folio" or "folios" or "fol" or "fols": return Level.Folio;
            case "11":
                if (last is null && !russian) return null;
                repair = "ocr: '11" + (dot ? "." : ",") + "' read as 'll.'";
                return Level.Folio;
            case "1":
                if (last is null && !russian) return null;
                repair = "ocr: '1.' read as 'l.'";
                return Level.Folio;
        }
        return null;
    }
}
