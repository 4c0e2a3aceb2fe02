using System.Text.RegularExpressions;
using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Grammar.Archives;

/// <summary>
/// Russian archival shelf-marks: archive, fond, opis, [papka], delo, [tom], list(y), in every
/// spelling ("Fond. 595", "f. 5", "Opis 6", "op. 49", "Papka. 769", "Box 789", "Delo. 78", "d. 17",
/// "Vol. 78" for delo after a papka, "11. 46-47" and "1. 233" for "ll."/"l." read by OCR,
/// "Listi (hereafter abbreviated as …) 558, 559").
/// </summary>
public static partial class RussianShelfMark
{
    [GeneratedRegex(@"(?<![\p{L}])(?:fond|f|opis|op|delo|d|papka)\.?\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex FirstLevel();

    // One level: keyword and value. Keywords are matched case-insensitively, periods optional.
    [GeneratedRegex(@"\G[\s,;]*(?<kw>fonds?|f|opis'?|op|papka|pap|p|box|delo|dela|d|vol|tom|t|listy|listi|list|ll|l|folios?|fols?|11|1)(?<dot>\.|(?<=11),)?\s*(?:\((?<aside>[^)]*)\)\s*)?(?<value>(?<=[\.\s\),])\d+[a-zа-я]?)", RegexOptions.IgnoreCase)]
    private static partial Regex LevelPattern();

    // Folios: "558, 559", "213-214, 216", "46-47", "10, 12, 15", "23ob.", "5-5ob."
    [GeneratedRegex(@"\G\s*(?<folios>\d+\s*(?:ob\.?|v)?(?:\s*[-–]\s*\d+\s*(?:ob\.?|v)?)?(?:\s*,\s*\d+\s*(?:ob\.?|v)?(?:\s*[-–]\s*\d+\s*(?:ob\.?|v)?)?)*)", RegexOptions.IgnoreCase)]
    private static partial Regex FolioList();

    [GeneratedRegex(@"(?<![\p{L}])(?<archive>" + "AVP RF|AVP SSSR|AVPRF|AVP|TsKhSD|RGANI|RTsKhIDNI|RGASPI|APRF|AP RF|GARF|TsGAOR|RGVA|TsGASA|RGAE|TsGANKh|TsAMO|RGVIA|RGALI|RGIA|TsPA|SCCD" + @")(?![\p{L}])")]
    private static partial Regex ArchiveName();

    enum Level { Fond, Opis, Papka, Delo, Tom, Folio }

    /// <summary>
    /// Finds a Russian shelf-mark in <paramref name="text"/>. With <paramref name="russianContext"/>
    /// (the citation inherits from a Russian archive, or names one) the ambiguous keywords "Box",
    /// "Vol.", "p." and OCR folios are read the Russian way.
    /// </summary>
    public static ShelfMark? Find(string text, bool russianContext, bool folioOcrDeclared)
    {
        var archive = ArchiveName().Match(text);
        bool russian = russianContext || archive.Success;
        int start = archive.Success ? archive.Index + archive.Length : russianContext ? 0 : FirstLevelStart(text);
        if (start < 0) return null;

        var parts = new ArchivalParts();
        var repairs = new List<string>();
        string? folios = null;
        int levels = 0, pos = start, firstLevel = -1, end = start;
        Level? last = null;
        while (pos < text.Length)
        {
            var m = LevelPattern().Match(text, pos);
            if (!m.Success) break;
            string kw = m.Groups["kw"].Value.ToLowerInvariant();
            bool dot = m.Groups["dot"].Success;
            Level? level = Classify(kw, dot, russian, last, out string? repair);
            if (level is null) break;
            if (level != Level.Folio && last is Level l && level <= l) break; // levels only descend
            if (firstLevel < 0) firstLevel = m.Index + (m.Value.Length - m.Value.TrimStart(Punctuation.SpaceCommaSemicolon).Length);
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
                    levels++;
                    last = Level.Folio;
                    pos = end;
                    continue;
            }
            levels++;
            last = level;
            pos = end = m.Index + m.Length;
            if (level == Level.Folio) break;
        }
        if (levels == 0) return null;
        // A lone level without an archive name is only a shelf-mark where the context is Russian ("Ibid, Delo 82").
        if (!archive.Success && !russianContext && levels < 2) return null;
        int spanStart = archive.Success ? archive.Index : firstLevel;
        var repository = archive.Success ? Repositories.Lookup(archive.Value) : null;
        return new ShelfMark
        {
            Span = new Span(spanStart, end),
            Archive = archive.Success ? archive.Value : null,
            Parts = parts with { RepositoryCanonical = repository?.Canonical },
            Locator = folios,
            Label = folios is null ? null : "folio",
            Repairs = repairs.Distinct().ToList(),
            Levels = levels,
        };
    }

    static int FirstLevelStart(string text)
    {
        var m = FirstLevel().Match(text);
        return m.Success ? m.Index : -1;
    }

    static Level? Classify(string kw, bool dot, bool russian, Level? last, out string? repair)
    {
        repair = null;
        switch (kw)
        {
            case "f" or "fond" or "fonds": return Level.Fond;
            case "op" or "opis" or "opis'": return Level.Opis;
            case "papka" or "pap": return Level.Papka;
            case "p": return russian && last is Level.Opis ? Level.Papka : null;
            case "box":
                if (!russian) return null;
                repair = "abbrev: 'Box' read as papka";
                return Level.Papka;
            case "delo" or "dela" or "d": return Level.Delo;
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
