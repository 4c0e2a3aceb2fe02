using System.Text.RegularExpressions;
using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Grammar.Archives;

/// <summary>
/// Reads the shelf-mark that ends an archival citation: each comma-separated chunk from the end is
/// classified (an abbreviation declared with "hereafter", a repository and its place, a record group,
/// a decimal or lot file, a UK series and piece, a registry file number, microfilm, frames, box,
/// folder, a collection, a German holding, "ibid."), and the longest run of such chunks that holds
/// at least one real shelf-mark part is the tail: "…, 45621 C, OSS", "…, USSR 3700, G-2",
/// "…, RG 59, Central Decimal File 1945–49, 891.00/3-346", "…, N 4898/66/38, FO 371/36956",
/// "…, President's Secretary's Files, Box 187, Harry S. Truman Library, Independence, MO",
/// "…, SAPMO-BArch, DY 30/IV 2/2/78, Bl. 3-7", "…, *ibid.*, frames 33417–18".
/// </summary>
public static partial class ArchivalTail
{
    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\w*\.? \d{1,2}$")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^(?<series>FO|CAB|PREM|WO|ADM|AIR|DO|CO|HS|KV|INF|BT|DEFE|T|FCO|WP|DBPO|PRO)\s?(?<num>\d{1,4})(?:\s*/\s*(?<piece>\d{1,6}(?:/\d{1,4})*))?$")]
    private static partial Regex UkSeriesPiece();

    // "N 4898/66/38", "C 11735/55/18", "NS 1021/12": Foreign Office registry numbers.
    [GeneratedRegex(@"^(?<file>[A-Z]{1,3}\s?\d{1,6}/\d{1,5}(?:/\d{1,4})?)$")]
    private static partial Regex UkRegistryFile();

    // "891.00/3-346", "740.00119 EW/1530", "740.00119 Control (Germany)/7-348": class, subject, date.
    [GeneratedRegex(@"^(?<dec>\d{3}[A-Z]?\.\d{1,6}(?:\s?[A-Z][A-Za-z]{0,12}(?:\s\([A-Z][\w\s\.]{1,20}\))?)?(?:\s?/\s?[\w\-]+)?)(?:\s+(?<abbr>[A-Z][A-Z\-\d]{1,4}))?$")]
    private static partial Regex DecimalFile();

    [GeneratedRegex(@"^(?:Lot|lot)\s+(?<lot>\d{2,3}\s?[A-Z]\s?\d{1,4})$")]
    private static partial Regex Lot();

    [GeneratedRegex(@"^(?:record group|Record Group|RG)\s*(?<rg>\d{1,3})$")]
    private static partial Regex RecordGroup();

    [GeneratedRegex(@"^(?:entry|Entry|E)\s*(?<entry>\d{1,4}[A-Z]?)$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^(?:box|Box)\s+(?<box>\d{1,5}[A-Za-z]?)$")]
    private static partial Regex Box();

    [GeneratedRegex(@"^(?:folder|Folder|f\.)\s+(?<folder>.{1,80})$")]
    private static partial Regex Folder();

    [GeneratedRegex(@"^(?:microfilm|Microfilm|reel|Reel|roll|Roll)\s+(?<roll>[A-Z]?-?\d{1,5})$")]
    private static partial Regex Roll();

    [GeneratedRegex(@"^(?:microcopy\s+|Microcopy\s+)?(?<microcopy>T-\d{1,4}|M-?\d{1,4})$")]
    private static partial Regex Microcopy();

    [GeneratedRegex(@"^(?:frames?|Frames?|fr\.)\s+(?<frames>(?:[A-Z]\s?)?\d{2,7}(?:\s*[-–]\s*\d{1,7})?)$")]
    private static partial Regex Frames();

    // "National Archives microcopy T-120": the repository and the microfilm publication in one chunk.
    [GeneratedRegex(@"^(?<repository>.+?)\s+(?:microcopy|microfilm|Microcopy|Microfilm)\s+(?<microcopy>T-\d{1,4}|M-?\d{1,4})$")]
    private static partial Regex RepositoryMicrocopy();

    // Private papers filed like Kew's series: "CHUR 2/217" (Churchill Archives Centre), "AMEL 1/5".
    [GeneratedRegex(@"^(?<series>[A-Z]{4,5})\s(?<num>\d{1,4})/(?<piece>\d{1,5}(?:/\d{1,4})*)$")]
    private static partial Regex PapersSeries();

    // Library shelf-marks ("MS. Macmillan dep. d. 16"), CIA job numbers ("Job 80-R01731R").
    [GeneratedRegex(@"^(?:MSS?\.?\s+\p{Lu}.{1,60}|Job\s+[\w\-]{3,20})$")]
    private static partial Regex ShelfReference();

    // French military archives: "7 N 3186", "1 K 233" (series, then carton).
    [GeneratedRegex(@"^(?<series>\d{1,2}\s?[A-Z]{1,2})\s(?<box>\d{1,5})$")]
    private static partial Regex FrenchCote();

    [GeneratedRegex(@"^(?:\p{Lu}\.)+\p{Lu}$")]
    private static partial Regex DottedAbbreviation();

    [GeneratedRegex(@"^.+?\s(?:is|are|was|were)\s+(?:filed\s+)?in\s+(?:the\s+)?(?<repository>\p{Lu}.+)$")]
    private static partial Regex ProseThenRepository();

        // G-2, OSS and JCS file designations: "USSR 3700", "Germany 6900", "45621 C", "66834 R", "CCS 092 USSR (3-27-45)".
    [GeneratedRegex(@"^(?:(?<country>[A-Z][A-Za-z]{1,12})\s\d{3,7}|\d{3,6}\s?[A-Z]|[A-Z]{2,4}\s\d{3}(?:\.\d+)?\s[\w\.\- ]{2,20}(?:\([\d\-]+\))?)$")]
    private static partial Regex FileDesignation();

    // An office that filed the document: "R & A Branch", "Central European Branch".
    [GeneratedRegex(@"^[A-Z][\w&\. ]{0,40}\b(?:Branch|Division|Section|Desk)$")]
    private static partial Regex Unit();

    [GeneratedRegex(@"\b(?:Files?|Series)$")]
    private static partial Regex SeriesEnding();

    [GeneratedRegex(@"^(?:sec|sect|section|pt|part)\.?\s+\d{1,3}[A-Za-z]?$", RegexOptions.IgnoreCase)]
    private static partial Regex FileSection();

    [GeneratedRegex(@"^\*?(?:ibid|Ibid)\.?\*?\.?$")]
    private static partial Regex Ibid();

    // Collections named: "Records of the Office of Strategic Services", "Central Decimal File 1945–49",
    // "President's Secretary's Files", "National Security Files", "Ann Whitman File", "DDE Diary Series".
    [GeneratedRegex(@"^(?:(?:General\s+)?[Rr]ecords\s+of\s+.+|[\p{Lu}][\p{L}\p{N}'’""“”\.\-() ]{1,60}\b(?:File|Files|Papers|Series|Collection|Correspondence|Records)(?:\s+\d{4}(?:\s*[-–]\s*\d{2,4})?)?)$")]
    private static partial Regex CollectionName();

    // German holdings: "DY 30/IV 2/2/78", "NY 4090/699", "NL 90/699", "R 29716".
    [GeneratedRegex(@"^(?<series>DY|NY|NL|DC|DO|DL|DE|DK|DF|RH|RM|RW|B)\s?(?<num>\d{1,5})(?:\s*/\s*(?<piece>.+))?$")]
    private static partial Regex GermanHolding();

    [GeneratedRegex(@"^R\s?(?<file>\d{3,6})$|^A\s\d{1,3}\.\d{3}$")]
    private static partial Regex PoliticalArchiveFile();

    // "Bd. 87": a volume of a German file.
    [GeneratedRegex(@"^Bd\.\s*(?<volume>\d{1,4})$")]
    private static partial Regex GermanVolume();

    // The East German foreign ministry's files in the Political Archive: "PA AA, MfAA, A 10.045".
    [GeneratedRegex(@"^MfAA$")]
    private static partial Regex EastGermanForeignMinistry();

    // "N 1239/155" (a Nachlass in the Bundesarchiv): read as a registry number until the archive is known to be German.
    [GeneratedRegex(@"^(?<series>[A-Z]{1,3})\s?(?<num>\d{1,5})/(?<piece>\d{1,5})$")]
    private static partial Regex SeriesSlashPiece();

    // "Bl. 3-7" (Blatt): German folios.
    [GeneratedRegex(@"^Bl\.\s*(?<folios>\d+(?:\s*[-–]\s*\d+)?(?:,\s*\d+(?:\s*[-–]\s*\d+)?)*(?:\s*ff?\.?)?)$")]
    private static partial Regex GermanFolios();

    // A US state after a city: "MD", "MO", "DC", "KS".
    [GeneratedRegex(@"^(?:[A-Z]{2}|D\.C\.?|Mass\.?|Conn\.?|Calif\.?|Md\.?|Mo\.?|Kans\.?|N\.Y\.?|N\.J\.?|Tex\.?|Mich\.?)$")]
    private static partial Regex StateAbbreviation();

    [GeneratedRegex(@"^(?<year>(?:19|20)\d\d)$|^(?<item>\d{1,4}[A-Z])$")]
    private static partial Regex ReferenceSystemItem();

    enum Kind { Abbreviation, Ibid, Repository, RepositoryMicrocopy, PapersSeries, ShelfReference, FrenchCote, Place, State, Series, RegistryFile, DecimalFile, Lot, RecordGroup, Entry, Box, Folder, Roll, Microcopy, Frames, FileDesignation, FileSection, Unit, Collection, SeriesTitle, German, PolitischesArchivFile, GermanVolume, Folios, ReferenceSystemItem }

    /// <summary>Kinds that make a tail archival on their own; the others only qualify a shelf-mark.</summary>
    static bool IsAnchor(Kind k) => k is Kind.Abbreviation or Kind.Ibid or Kind.Series or Kind.RegistryFile or Kind.DecimalFile or Kind.Lot
        or Kind.RecordGroup or Kind.Roll or Kind.Microcopy or Kind.German or Kind.Repository or Kind.RepositoryMicrocopy;

    /// <summary>The shelf-mark at the end of <paramref name="text"/>, or null when the text does not end in one.</summary>
    /// <param name="inherited">The previous citation's item, which a trailing "ibid." stands for.</param>
    public static ShelfMark? Find(string text, Structure structure, DocumentContext context, CslItem? inherited)
    {
        var chunks = structure.Chunks(0, text.Length);
        if (chunks.Count == 0) return null;

        // Classify chunks from the end while they are shelf-mark parts.
        var kinds = new List<(Kind Kind, string Text, Match? Match)>();
        int first = chunks.Count, startInChunk = 0;
        for (int i = chunks.Count - 1; i >= 0; i--)
        {
            string c = chunks[i].Text.Trim().TrimEnd('.').Trim();
            var kind = Classify(c, i, chunks.Count, context, inherited, kinds, out var match);
            // "Dulles's briefing notes for the meeting are in Central Intelligence Agency": prose hands over to the repository.
            if (kind is null && kinds.Count > 0 && ProseThenRepository().Match(c) is { Success: true } prose && Repositories.Lookup(prose.Groups["repository"].Value) is not null)
            {
                kinds.Add((Kind.Repository, prose.Groups["repository"].Value, null));
                first = i;
                startInChunk = chunks[i].Text.IndexOf(prose.Groups["repository"].Value, StringComparison.Ordinal);
                break;
            }
            // "PSF, NSC Meetings, Box 220, HSTL": a series named after the collection declared for it.
            if (kind is null && kinds.Count > 0 && i > 0 && c.Length is > 2 and < 60 && char.IsUpper(c[0]) && Dates.FindAll(c).Count == 0
                && context.Lookup(chunks[i - 1].Text.Trim()) is { ArchiveCollection: not null } declaredCollection && IsArchival(declaredCollection))
                kind = Kind.SeriesTitle;
            // "Hoover Institution on War, Revolution and Peace", "Manuscript Division, Library of Congress": a repository
            // whose name holds a comma; the longer name wins.
            if (kind is null or Kind.Repository && i > 0 && Repositories.Lookup($"{chunks[i - 1].Text.Trim()}, {c}") is not null)
            {
                kinds.Add((Kind.Repository, $"{chunks[i - 1].Text.Trim()}, {c}", null));
                first = --i;
                continue;
            }
            if (kind is null) break;
            kinds.Add((kind.Value, c, match));
            first = i;
        }
        // A month-and-day or a lone designation is not a shelf-mark: one real part is needed.
        while (kinds.Count > 0 && !kinds.Any(k => IsAnchor(k.Kind)))
        {
            kinds.RemoveAt(kinds.Count - 1);
            first++;
        }
        if (kinds.Count == 0 || first >= chunks.Count) return null;
        kinds.Reverse();
        return Assemble(kinds, new Span(chunks[first].Span.Start + Math.Max(0, startInChunk), text.Length), context);
    }

    static Kind? Classify(string c, int index, int count, DocumentContext context, CslItem? inherited,
        List<(Kind Kind, string Text, Match? Match)> later, out Match? m)
    {
        m = null;
        if (c.Length == 0) return null;
        var expansion = context.Lookup(c);
        if (expansion is not null && IsArchival(expansion) && c.Trim('*').Length <= 12) return Kind.Abbreviation;
        if (Ibid().IsMatch(c)) return inherited is not null && index > 0 ? Kind.Ibid : null;
        if ((m = UkSeriesPiece().Match(c)).Success) return Kind.Series;
        // German holdings ("NY 4090/699") before FO registry numbers, which look alike.
        if ((m = GermanHolding().Match(c)).Success) return Kind.German;
        if ((m = UkRegistryFile().Match(c)).Success) return Kind.RegistryFile;
        if ((m = DecimalFile().Match(c)).Success && (c.Contains('/') || m.Groups["abbr"].Success)) return Kind.DecimalFile;
        if ((m = Lot().Match(c)).Success) return Kind.Lot;
        if ((m = RecordGroup().Match(c)).Success) return Kind.RecordGroup;
        if ((m = Entry().Match(c)).Success) return Kind.Entry;
        if ((m = Box().Match(c)).Success) return Kind.Box;
        if ((m = Folder().Match(c)).Success) return Kind.Folder;
        if ((m = Frames().Match(c)).Success) return Kind.Frames;
        if ((m = Roll().Match(c)).Success) return Kind.Roll;
        if ((m = Microcopy().Match(c)).Success) return Kind.Microcopy;
        if ((m = GermanFolios().Match(c)).Success) return Kind.Folios;
        if ((m = PoliticalArchiveFile().Match(c)).Success) return Kind.PolitischesArchivFile;
        if ((m = GermanVolume().Match(c)).Success) return Kind.GermanVolume;
        if (later.Count > 0 && EastGermanForeignMinistry().IsMatch(c)) return Kind.Collection;
        if (Repositories.Lookup(c) is not null) return Kind.Repository;
        if (c.Contains("icro", StringComparison.Ordinal) && (m = RepositoryMicrocopy().Match(c)).Success && Repositories.Lookup(m.Groups["repository"].Value) is not null) return Kind.RepositoryMicrocopy;
        if ((m = PapersSeries().Match(c)).Success) return Kind.PapersSeries;
        if ((m = ShelfReference().Match(c)).Success) return Kind.ShelfReference;
        if ((m = FrenchCote().Match(c)).Success) return Kind.FrenchCote;
        if (Places.IsTown(c)) return Kind.Place;
        if (StateAbbreviation().IsMatch(c) && index > 0) return Kind.State;
        if ((m = ReferenceSystemItem().Match(c)).Success && later.Count > 0 && later.All(k => k.Kind == Kind.ReferenceSystemItem) && count - index <= 2)
            return Kind.ReferenceSystemItem;
        // Designations and collections qualify a shelf-mark read so far; alone they are not one.
        if (later.Count > 0)
        {
            if (FileDesignation().IsMatch(c) && !MonthDay().IsMatch(c)) return Kind.FileDesignation;
            if (FileSection().IsMatch(c)) return Kind.FileSection;
            if (Unit().IsMatch(c)) return Kind.Unit;
            // A quoted word inside a series' name ("G-2 \"ID\" Files") is part of the name, not a title.
            if (CollectionName().IsMatch(c) && (c.IndexOfAny(['"', '“']) < 0 || SeriesEnding().IsMatch(c))) return Kind.Collection;
        }
        return null;
    }

    static ShelfMark Assemble(List<(Kind Kind, string Text, Match? Match)> kinds, Span span, DocumentContext context)
    {
        var parts = new ArchivalParts();
        string? archive = null, place = null, collection = null, unit = null, locator = null, label = null;
        var repairs = new List<string>();
        var referenceSystem = new List<string>();
        bool ibid = false;
        for (int i = 0; i < kinds.Count; i++)
        {
            var (kind, text, m) = kinds[i];
            switch (kind)
            {
                case Kind.Abbreviation:
                    var expansion = context.Lookup(text)!;
                    archive ??= expansion.Archive;
                    place ??= expansion.ArchivePlace;
                    collection ??= expansion.ArchiveCollection ?? (expansion.Type == CslType.Collection ? expansion.Title : null);
                    parts = (expansion.Archival ?? ArchivalParts.Empty).Overlay(parts);
                    break;
                case Kind.Ibid: ibid = true; break;
                case Kind.Repository:
                    // "P.R.O." keeps its last period too.
                    archive ??= DottedAbbreviation().IsMatch(text) ? text + "." : text;
                    break;
                case Kind.RepositoryMicrocopy:
                    parts = parts with { Microfilm = m!.Groups["microcopy"].Value };
                    archive ??= m.Groups["repository"].Value;
                    break;
                case Kind.PapersSeries: parts = parts with { Series = $"{m!.Groups["series"].Value} {m.Groups["num"].Value}", Piece = m.Groups["piece"].Value }; break;
                case Kind.ShelfReference: parts = parts with { File = parts.File ?? text }; break;
                case Kind.FrenchCote: parts = parts with { Series = m!.Groups["series"].Value, Box = m.Groups["box"].Value }; break;
                case Kind.Place:
                    place = place is null ? text : place;
                    break;
                case Kind.State:
                    // "Calif." and "D.C." keep the period the chunk lost; "MO" and "DC" have none.
                    if (place is not null) place += ", " + (text.Length > 2 || text.Contains('.') ? text + "." : text);
                    break;
                case Kind.Series:
                    string series = $"{m!.Groups["series"].Value} {m.Groups["num"].Value}";
                    parts = parts with { Series = series, Piece = m.Groups["piece"].Success ? m.Groups["piece"].Value : parts.Piece };
                    // "FO 371/…" when "FO" (or PRO) was declared: the archive it stands for.
                    var declared = context.Lookup(m.Groups["series"].Value) ?? context.ArchivalAbbreviations.FirstOrDefault(a => a.Target.Archival?.RepositoryCanonical == "The National Archives (UK)").Target;
                    if (declared is not null && IsArchival(declared))
                    {
                        archive ??= declared.Archive;
                        place ??= declared.ArchivePlace;
                        collection ??= declared.ArchiveCollection ?? (declared.Type == CslType.Collection ? declared.Title : null);
                        parts = (declared.Archival ?? ArchivalParts.Empty).Overlay(parts);
                    }
                    parts = parts with { RepositoryCanonical = parts.RepositoryCanonical ?? "The National Archives (UK)" };
                    break;
                case Kind.RegistryFile: parts = parts with { FileNumber = m!.Groups["file"].Value }; break;
                case Kind.DecimalFile:
                    parts = parts with { DecimalFile = m!.Groups["dec"].Value };
                    if (m.Groups["abbr"].Success && context.Lookup(m.Groups["abbr"].Value) is { } exp && IsArchival(exp))
                    {
                        repairs.Add($"typo: missing comma before '{m.Groups["abbr"].Value}' supplied");
                        archive ??= exp.Archive;
                        place ??= exp.ArchivePlace;
                        collection ??= exp.ArchiveCollection ?? exp.Title;
                        parts = (exp.Archival ?? ArchivalParts.Empty).Overlay(parts);
                    }
                    break;
                case Kind.Lot: parts = parts with { Lot = m!.Groups["lot"].Value }; break;
                case Kind.RecordGroup: parts = parts with { RecordGroup = m!.Groups["rg"].Value }; break;
                case Kind.Entry: parts = parts with { Entry = m!.Groups["entry"].Value }; break;
                case Kind.Box: parts = parts with { Box = m!.Groups["box"].Value }; break;
                case Kind.Folder: parts = parts with { Folder = m!.Groups["folder"].Value }; break;
                case Kind.Frames: parts = parts with { Frames = Locators.Normalize(m!.Groups["frames"].Value) }; break;
                // "microfilm 39" is a roll of the publication; "microfilm C-0045" names the publication itself.
                case Kind.Roll when char.IsLetter(m!.Groups["roll"].Value[0]) && parts.Microfilm is null: parts = parts with { Microfilm = m.Groups["roll"].Value }; break;
                case Kind.Roll: parts = parts with { Roll = m!.Groups["roll"].Value }; break;
                case Kind.Microcopy: parts = parts with { Microfilm = m!.Groups["microcopy"].Value }; break;
                case Kind.FileDesignation: parts = parts with { File = parts.File ?? text }; break;
                // "CCS 381 Germany (6-26-48), sec. 2": the section belongs to the file before it.
                case Kind.FileSection: parts = parts with { File = parts.File is null ? text : $"{parts.File}, {text}" }; break;
                case Kind.Unit: unit = text; break;
                case Kind.SeriesTitle: parts = parts with { SeriesTitle = parts.SeriesTitle ?? text }; break;
                // "Records of the Army Staff, G-2 \"ID\" Files": the record group's collection, then a series in it.
                case Kind.Collection:
                    if (collection is null) collection = text;
                    else parts = parts with { SeriesTitle = parts.SeriesTitle ?? text };
                    break;
                case Kind.German:
                    parts = parts with
                    {
                        Series = $"{m!.Groups["series"].Value} {m.Groups["num"].Value}",
                        Piece = m.Groups["piece"].Success ? m.Groups["piece"].Value.Trim() : null,
                    };
                    break;
                case Kind.PolitischesArchivFile: parts = parts with { File = text }; break;
                // "B 2, Bd. 87": the volume is the series' piece; "AS 121/57, Bd. 2": a volume of the piece.
                case Kind.GermanVolume:
                    parts = parts.Series is not null && parts.Piece is null ? parts with { Piece = m!.Groups["volume"].Value } : parts with { Tom = m!.Groups["volume"].Value };
                    break;
                case Kind.Folios:
                    locator = Locators.Normalize(m!.Groups["folios"].Value);
                    label = "folio";
                    break;
                case Kind.ReferenceSystemItem: referenceSystem.Add(text); break;
            }
        }
        // "(hereafter PRO)" after "Public Record Office, Kew": the place stays with its archive.
        if (archive is null && place is not null && kinds.All(k => k.Kind is not (Kind.Repository or Kind.RepositoryMicrocopy))) place = null;
        // "Bundesarchiv Koblenz, N 1239/155": in a German archive the registry-like number is a series and its piece.
        if (parts.FileNumber is { } number && archive is not null && Repositories.Lookup(archive)?.Country == "DE" && SeriesSlashPiece().Match(number) is { Success: true } german)
            parts = parts with { FileNumber = null, Series = $"{german.Groups["series"].Value} {german.Groups["num"].Value}", Piece = german.Groups["piece"].Value };
        var canonical = parts.RepositoryCanonical ?? (archive is null ? null : CanonicalIfDifferent(archive));
        // Libraries and foreign archives file by collection; NARA and Kew by record group and series (citation-model.md).
        if (collection is not null && archive is not null && parts.Collection is null && Repositories.Lookup(archive)?.Canonical is not ("NARA" or "The National Archives (UK)"))
            parts = parts with { Collection = collection };
        return new ShelfMark
        {
            Span = span,
            Archive = archive,
            ArchivePlace = place,
            Collection = collection,
            Unit = unit,
            Parts = parts with { RepositoryCanonical = canonical },
            Locator = locator,
            Label = label,
            Repairs = repairs,
            InheritsByIbid = ibid,
            LocationSuffix = referenceSystem.Count == 0 ? null : string.Join(", ", referenceSystem),
        };
    }

    public static bool IsArchival(CslItem item) => item.Archive is not null || item.Type == CslType.Collection || item.Archival is not null;

    /// <summary>The canonical name is recorded only for repositories renamed since (TsKhSD → RGANI) or cited informally.</summary>
    static string? CanonicalIfDifferent(string archive)
    {
        var r = Repositories.Lookup(archive);
        return r is null || r.Country == "US" && r.Canonical == "NARA" ? null : r.Canonical;
    }
}
