using System.Text.RegularExpressions;
using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Grammar.Archives;

/// <summary>
/// Reads the shelf-mark that ends an archival citation, chunk by chunk from the end back to the
/// document's description: "…, 45621 C, OSS", "…, USSR 3700, G-2", "…, 740.00119 EW/1530, DS",
/// "…, AA, microfilm 39, frames 32999–33002", "…, N 4898/66/38, FO 371/36956", "…, CAB 66/41",
/// "…, *ibid.*, frames 33417–18". Abbreviations declared with "hereafter" expand to the
/// repository and collection they stand for.
/// </summary>
public static partial class ArchivalTail
{
    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\w*\.? \d{1,2}$")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^(?<series>FO|CAB|PREM|WO|ADM|AIR|DO|CO|HS|KV|INF|BT|DEFE|T|FCO|WP|Cab|PRO)\s?(?<num>\d{1,4})(?:\s*/\s*(?<piece>\d{1,6}))?$")]
    private static partial Regex UkSeriesPiece();

    [GeneratedRegex(@"^(?<file>[A-Z]{1,2}\s?\d{1,6}/\d{1,5}/\d{1,4})$")]
    private static partial Regex UkRegistryFile();

    [GeneratedRegex(@"^(?<dec>\d{3}\.\d{1,6}(?:\s?[A-Z]{1,4})?(?:\s?/\s?[\w\-]+)?)(?:\s+(?<abbr>[A-Z][A-Z\-\d]{1,4}))?$")]
    private static partial Regex DecimalFile();

    [GeneratedRegex(@"^(?:Lot|lot)\s+(?<lot>\d{2,3}\s?[A-Z]\s?\d{1,4})$")]
    private static partial Regex Lot();

    [GeneratedRegex(@"^(?:record group|Record Group|RG)\s*(?<rg>\d{1,3})$")]
    private static partial Regex RecordGroup();

    [GeneratedRegex(@"^(?:entry|Entry|E)\s*(?<entry>\d{1,4}[A-Z]?)$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^(?:box|Box)\s+(?<box>\d{1,5}[A-Za-z]?)$")]
    private static partial Regex Box();

    [GeneratedRegex(@"^(?:folder|Folder|file|File|f\.)\s+(?<folder>.{1,80})$")]
    private static partial Regex Folder();

    [GeneratedRegex(@"^(?:microfilm|microcopy|Microfilm|Microcopy|reel|Reel|roll|Roll)\s+(?<roll>[A-Z]?-?\d{1,5})$")]
    private static partial Regex Microfilm();

    [GeneratedRegex(@"^(?<microcopy>T-\d{1,4}|M-?\d{1,4})$")]
    private static partial Regex Microcopy();

    [GeneratedRegex(@"^(?:frames?|Frames?|fr\.)\s+(?<frames>(?:[A-Z]\s)?\d{2,7}(?:\s*[-–]\s*\d{1,7})?)$")]
    private static partial Regex Frames();

    // G-2 and OSS file designations: "USSR 3700", "Germany 6900", "45621 C", "66834 R".
    [GeneratedRegex(@"^(?:(?<country>[A-Z][A-Za-z]{1,12})\s(?<num>\d{3,5})|(?<num>\d{3,6})\s?(?<letter>[A-Z]))$")]
    private static partial Regex FileDesignation();

    // An office that filed the document: "R & A Branch", "Central European Branch".
    [GeneratedRegex(@"^[A-Z][\w&\. ]{0,40}\b(?:Branch|Division|Section|Desk)$")]
    private static partial Regex Unit();

    [GeneratedRegex(@"^\*?(?:ibid|Ibid)\.?\*?\.?$")]
    private static partial Regex Ibid();

    [GeneratedRegex(@"^[Rr]ecords of (?:the )?[\p{L} \-()]+$")]
    private static partial Regex RecordsOf();

    /// <summary>The shelf-mark at the end of <paramref name="text"/>, or null when the text does not end in one.</summary>
    /// <param name="inherited">The previous citation's item, which a trailing "ibid." stands for.</param>
    public static ShelfMark? Find(string text, Structure structure, DocumentContext context, CslItem? inherited)
    {
        var chunks = structure.Chunks(0, text.Length);
        if (chunks.Count == 0) return null;

        var parts = new ArchivalParts();
        string? archive = null, place = null, collection = null, unit = null;
        bool sawAnchor = false;        // an abbreviation, series/piece, decimal file or ibid: what makes a tail archival
        bool ibid = false;
        var repairs = new List<string>();
        int first = chunks.Count;
        for (int i = chunks.Count - 1; i >= 0; i--)
        {
            string c = chunks[i].Text.Trim().TrimEnd('.').Trim();
            if (c.EndsWith(')') && c.Contains("hereafter")) break;
            var expansion = context.Lookup(c);
            Match m;
            if (expansion is not null && IsArchival(expansion) && c.Trim('*').Length <= 8)
            {
                archive ??= expansion.Archive;
                place ??= expansion.ArchivePlace;
                collection ??= expansion.ArchiveCollection ?? expansion.Title;
                parts = (expansion.Archival ?? ArchivalParts.Empty).Overlay(parts);
                sawAnchor = true;
            }
            else if (Ibid().IsMatch(c) && inherited is not null && i > 0)
            {
                ibid = true;
                sawAnchor = true;
            }
            else if ((m = UkSeriesPiece().Match(c)).Success && (m.Groups["piece"].Success || sawAnchor))
            {
                string series = $"{m.Groups["series"].Value} {m.Groups["num"].Value}";
                parts = parts with { Series = parts.Series ?? series, Piece = parts.Piece ?? (m.Groups["piece"].Success ? m.Groups["piece"].Value : null) };
                var abbreviation = context.Lookup(m.Groups["series"].Value);
                if (abbreviation is not null && IsArchival(abbreviation))
                {
                    archive ??= abbreviation.Archive;
                    place ??= abbreviation.ArchivePlace;
                    collection ??= abbreviation.ArchiveCollection ?? abbreviation.Title;
                    parts = (abbreviation.Archival ?? ArchivalParts.Empty).Overlay(parts);
                }
                sawAnchor = true;
            }
            else if ((m = UkRegistryFile().Match(c)).Success && sawAnchor)
                parts = parts with { FileNumber = m.Groups["file"].Value };
            else if ((m = DecimalFile().Match(c)).Success && (sawAnchor || m.Groups["abbr"].Success || c.Contains('/')))
            {
                parts = parts with { DecimalFile = m.Groups["dec"].Value };
                if (m.Groups["abbr"].Success && context.Lookup(m.Groups["abbr"].Value) is { } exp && IsArchival(exp))
                {
                    repairs.Add($"typo: missing comma before '{m.Groups["abbr"].Value}' supplied");
                    archive ??= exp.Archive;
                    place ??= exp.ArchivePlace;
                    collection ??= exp.ArchiveCollection ?? exp.Title;
                    parts = (exp.Archival ?? ArchivalParts.Empty).Overlay(parts);
                }
                sawAnchor = true;
            }
            else if ((m = Lot().Match(c)).Success) { parts = parts with { Lot = m.Groups["lot"].Value }; sawAnchor = true; }
            else if ((m = RecordGroup().Match(c)).Success) { parts = parts with { RecordGroup = m.Groups["rg"].Value }; sawAnchor = true; }
            else if ((m = Entry().Match(c)).Success && sawAnchor) parts = parts with { Entry = m.Groups["entry"].Value };
            else if ((m = Box().Match(c)).Success) { parts = parts with { Box = m.Groups["box"].Value }; sawAnchor = true; }
            else if ((m = Folder().Match(c)).Success && sawAnchor) parts = parts with { Folder = m.Groups["folder"].Value };
            else if ((m = Frames().Match(c)).Success) { parts = parts with { Frames = Locators.Normalize(m.Groups["frames"].Value) }; }
            else if ((m = Microfilm().Match(c)).Success) { parts = parts with { Roll = m.Groups["roll"].Value }; sawAnchor = true; }
            else if ((m = Microcopy().Match(c)).Success && sawAnchor) parts = parts with { Microfilm = m.Groups["microcopy"].Value };
            else if ((m = FileDesignation().Match(c)).Success && sawAnchor && parts.File is null && !IsMonthDay(c)) parts = parts with { File = c };
            else if (Unit().IsMatch(c) && sawAnchor) unit = c;
            else if (RecordsOf().IsMatch(c) && sawAnchor) { collection ??= c; }
            else if (sawAnchor && Repositories.Lookup(c) is not null && archive is null) archive = c;
            else if (sawAnchor && archive is not null && place is null && i == chunks.Count - 1 - 0 && IsPlace(c)) place = c;
            else break;
            first = i;
        }
        if (!sawAnchor || first >= chunks.Count) return null;
        return new ShelfMark
        {
            Span = new Span(chunks[first].Span.Start, text.Length),
            Archive = archive,
            ArchivePlace = place,
            Collection = collection,
            Unit = unit,
            Parts = parts with { RepositoryCanonical = parts.RepositoryCanonical ?? (archive is null ? null : CanonicalIfDifferent(archive)) },
            Repairs = repairs,
            InheritsByIbid = ibid,
        };
    }

    static bool IsMonthDay(string c) => MonthDay().IsMatch(c);

    static bool IsPlace(string c) => c is "Washington" or "London" or "Washington, D.C." or "College Park" or "Kew" or "Moscow" or "Berlin" or "Bonn" or "Koblenz";

    public static bool IsArchival(CslItem item) => item.Archive is not null || item.Type == CslType.Collection || item.Archival is not null;

    /// <summary>The canonical name is recorded only for repositories renamed since (TsKhSD → RGANI) or cited informally.</summary>
    static string? CanonicalIfDifferent(string archive)
    {
        var r = Repositories.Lookup(archive);
        return r is null || r.Country == "US" && r.Canonical == "NARA" ? null : r.Canonical;
    }
}
