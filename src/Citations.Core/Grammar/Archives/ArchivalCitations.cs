using System.Text.RegularExpressions;
using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Grammar.Archives;

/// <summary>
/// Archival documents: a description (title, writer and addressee, date) followed by a shelf-mark
/// — Russian, NARA, UK, microfilm, presidential library, or an abbreviation declared with
/// "hereafter" — or a shelf-mark alone.
/// </summary>
public sealed partial class ArchivalCitations : ICitationRecognizer
{
    [GeneratedRegex(@"(?<month>(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?)\s+(?<d1>\d{1,2}),\s*(?<d2>\d{1,2}),\s+(?<year>\d{4})")]
    private static partial Regex TwoDaysOfOneMonth();

    [GeneratedRegex(@"^[Bb]ox \d+")]
    private static partial Regex BoxChunk();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?:^|\s)(?:is|are|was|were)\s+(?:filed\s+|located\s+)?in(?:\s+the)?\s*$")]
    private static partial Regex ProseBeforeSource();

    [GeneratedRegex(@",\s*\*?(?:Ibid|ibid|[Ee]bd|[Ee]benda)\.?\*?,\s*")]
    private static partial Regex InnerIbid();

    [GeneratedRegex(@"(?<![\p{L}])(?<library>(?:(?:John F\.|Harry S\.|Dwight D\.|Franklin D\.|Lyndon B\.|Herbert)\s+)?(?:Kennedy|Truman|Eisenhower|Roosevelt|FDR|Johnson|LBJ|Nixon|Ford|Carter|Reagan|Hoover|Bush)\s+(?:Presidential\s+)?Library)(?:,\s*(?<rest>[^;]+))?$")]
    private static partial Regex PresidentialLibrary();

    // "Department of State, Presidential Correspondence: Lot 77 D 163"
    [GeneratedRegex(@"(?<archive>Department of State|State Department)(?:,\s*(?<collection>[^:;]+?))?:?\s*Lot\s+(?<lot>\d{2,3}\s?[A-Z]\s?\d{1,4})(?:,\s*(?<folder>[^,;]{2,100}?))?\.?\s*$")]
    private static partial Regex StateDepartmentLot();

    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        string text = input.Text;
        var previous = input.Previous;
        bool previousRussian = previous?.Archival?.Fond is not null || previous?.Archival?.Delo is not null;

        // "…, Ibid, Vol. 78, 11. 405-415": a new document in the previous citation's archive.
        var inner = InnerIbid().Match(text);
        if (inner.Success && previous is not null)
        {
            var rest = text[(inner.Index + inner.Length)..];
            var overrides = RussianShelfMark.Find(rest, previousRussian, input.Context.FolioAbbreviationDeclared, input.Context);
            if (overrides is not null)
            {
                var shifted = overrides with { Span = new Span(inner.Index, text.Length), Archive = null };
                return [Build(input, text[..inner.Index], shifted, CitationForm.IbidInherit)];
            }
        }

        var russian = RussianShelfMark.Find(text, russianContext: false, input.Context.FolioAbbreviationDeclared, input.Context);
        if (russian is not null)
            return PerDay(Build(input, text[..russian.Span.Start], russian, CitationForm.Full));

        var library = PresidentialLibrary().Match(text);
        if (library.Success)
        {
            var mark = Library(library);
            int start = library.Index;
            if (mark.Collection is null)
            {
                // Collection first, library last: "…, President's Secretary's Files, Box 187, Harry S. Truman Library, Independence, MO".
                (mark, start) = CollectionBeforeLibrary(text, library.Index, mark);
            }
            return [Build(input, text[..start], mark, CitationForm.Full)];
        }

        var lot = StateDepartmentLot().Match(text);
        if (lot.Success)
        {
            string? collection = lot.Groups["collection"].Success ? lot.Groups["collection"].Value.Trim() : null;
            var mark = new ShelfMark
            {
                Span = new Span(lot.Index, text.Length),
                Archive = lot.Groups["archive"].Value,
                Collection = collection,
                Parts = new ArchivalParts { Collection = collection, Lot = lot.Groups["lot"].Value, Folder = lot.Groups["folder"].Success ? lot.Groups["folder"].Value.Trim() : null },
            };
            return [Build(input, text[..lot.Index], mark, CitationForm.Full)];
        }

        var tail = ArchivalTail.Find(text, input.Structure, input.Context, previous);
        if (tail is not null)
            return PerDay(Build(input, text[..tail.Span.Start], tail, tail.InheritsByIbid ? CitationForm.IbidInherit : CitationForm.Full));
        return null;
    }

    /// <summary>The box, folder and collection written before the library's name, walking back chunk by chunk.</summary>
    static (ShelfMark Mark, int Start) CollectionBeforeLibrary(string text, int libraryAt, ShelfMark mark)
    {
        int start = libraryAt;
        string? box = null, folder = null, collection = null, series = null;
        while (true)
        {
            string before = text[..start].TrimEnd().TrimEnd(',').TrimEnd();
            int comma = before.LastIndexOf(", ", StringComparison.Ordinal);
            if (comma < 0) break;
            string chunk = before[(comma + 2)..].Trim();
            if (box is null && collection is null && BoxChunk().IsMatch(chunk)) box = Digits().Match(chunk).Value;
            else if (folder is null && box is null && collection is null && chunk.StartsWith("Folder ", StringComparison.OrdinalIgnoreCase)) folder = chunk[7..].Trim().Trim('"', '“', '”');
            else if (series is null && collection is null && (chunk.EndsWith(" Series", StringComparison.Ordinal) || chunk.StartsWith("Series ", StringComparison.Ordinal))) series = chunk;
            else if (collection is null && IsCollectionName(chunk)) collection = chunk;
            // "President's Secretary's Files, Subject File, Box 220": the series follows its collection.
            else if (series is null && collection is not null && IsCollectionName(chunk)) (series, collection) = (collection, chunk);
            else break;
            start = comma + 2;
        }
        if (collection is null && box is null && folder is null) return (mark, libraryAt);
        var parts = mark.Parts with { Collection = collection, Box = box ?? mark.Parts.Box, Folder = folder ?? mark.Parts.Folder, SeriesTitle = series ?? mark.Parts.SeriesTitle };
        return (mark with { Collection = collection, Parts = parts, Span = new Span(start, mark.Span.End) }, start);
    }

    /// <summary>"President's Secretary's Files", "Papers of Harry S. Truman", "NSF", "Ann Whitman File": capitalized, no date, no quote.</summary>
    static bool IsCollectionName(string chunk) =>
        chunk.Length is > 2 and < 90 && char.IsUpper(chunk[0]) && chunk.IndexOfAny(['"', '“', '”', '*']) < 0
        && Dates.FindAll(chunk).Count == 0 && (CollectionWord().IsMatch(chunk) || chunk.All(c => char.IsUpper(c) || c == ' '));

    [GeneratedRegex(@"\b(?:Files?|Papers|Records|Collection|Series|Diary|Correspondence|Subject|NSF|PSF|WHCF|Office)\b")]
    private static partial Regex CollectionWord();

    /// <summary>"Independence, MO", "Abilene, Kansas", "Hyde Park, NY", "Boston": where the library is, not a collection.</summary>
    static bool IsPlace(IReadOnlyList<string> chunks) =>
        chunks.Count is 1 or 2 && LibraryTown().IsMatch(chunks[0]) && (chunks.Count == 1 || Places.IsUsState(chunks[1]));

    [GeneratedRegex(@"^(?:Independence|Abilene|Hyde Park|Boston|Austin|West Branch|Yorba Linda|Simi Valley|Ann Arbor|Grand Rapids|Atlanta|College Station|Dallas|Columbia Point)$")]
    private static partial Regex LibraryTown();

    static ShelfMark Library(Match m)
    {
        string library = m.Groups["library"].Value;
        var chunks = m.Groups["rest"].Success ? m.Groups["rest"].Value.Split(", ").Select(c => c.Trim().TrimEnd('.')).ToList() : [];
        string? place = null;
        if (IsPlace(chunks))
        {
            place = string.Join(", ", chunks);
            chunks = [];
        }
        else if (chunks.Count > 1 && LibraryTown().IsMatch(chunks[0]))
        {
            // "Eisenhower Library, Abilene, KS, Ann Whitman File, …": the town (and state) first, then the collection.
            int townParts = Places.IsUsState(chunks[1]) ? 2 : 1;
            place = string.Join(", ", chunks.Take(townParts));
            chunks = chunks.Skip(townParts).ToList();
        }
        string? collection = chunks.Count > 0 ? chunks[0] : null;
        int seriesIndex = chunks.FindIndex(c => c.EndsWith(" Series", StringComparison.Ordinal) || c.StartsWith("Series ", StringComparison.Ordinal));
        string? series = seriesIndex > 0 ? chunks[seriesIndex] : null;
        var folderChunks = chunks.Skip(Math.Max(1, seriesIndex + 1)).ToList();
        var box = folderChunks.FirstOrDefault(c => BoxChunk().IsMatch(c));
        if (box is not null) folderChunks.Remove(box);
        // 'Folder "Khrushchev Correspondence"' names the folder; the word and the quotes are not its name.
        folderChunks = folderChunks.Select(c => c.StartsWith("Folder ", StringComparison.OrdinalIgnoreCase) ? c[7..].Trim().Trim('"', '“', '”') : c).ToList();
        return new ShelfMark
        {
            Span = new Span(m.Index, m.Index + m.Length),
            Archive = library,
            ArchivePlace = place,
            Collection = collection,
            Parts = new ArchivalParts
            {
                RepositoryCanonical = Repositories.Lookup(library)?.Canonical,
                Collection = collection,
                SeriesTitle = series,
                Box = box is null ? null : Digits().Match(box).Value,
                Folder = folderChunks.Count == 0 ? null : string.Join(", ", folderChunks),
            },
        };
    }

    /// <summary>The archival item: what the description says, where the shelf-mark says it is.</summary>
    static ParsedCitation Build(SegmentInput input, string description, ShelfMark mark, CitationForm form)
    {
        // "A copy of the paper, with Nitze's handwritten comments, is in …": the editors say where a copy is, not what it is called.
        bool proseLead = ProseBeforeSource().IsMatch(description);
        if (proseLead) description = "";
        var facts = DocumentDescription.Parse(description, input.Context);
        string? location = mark.Parts.Describe();
        if (mark.LocationSuffix is not null) location = location is null ? mark.LocationSuffix : $"{location}, {mark.LocationSuffix}";
        if (mark.Unit is not null && location is not null)
            location = mark.Parts.RecordGroup is not null ? location.Replace($"RG {mark.Parts.RecordGroup}", $"RG {mark.Parts.RecordGroup}, {mark.Unit}") : $"{mark.Unit}, {location}";
        var item = new CslItem
        {
            Type = facts.Type,
            Title = facts.Title,
            Author = facts.Author,
            Recipient = facts.Recipient,
            Interviewer = facts.Interviewer,
            Issued = facts.Issued,
            Genre = facts.Genre,
            Number = facts.Number,
            PublisherPlace = facts.Place,
            Note = facts.Note,
            Archive = mark.Archive,
            ArchivePlace = mark.ArchivePlace ?? (mark.Archive is null ? null : Repositories.DefaultPlace(mark.Archive)),
            ArchiveCollection = mark.Collection,
            ArchiveLocation = location,
        }.WithArchival(mark.Parts).WithRepairs(mark.Repairs).WithTranslatedTitle(facts.TranslatedTitle);
        var parsed = ParsedCitationFactory.Make(input, form, item, mark.Locator, mark.Label, confidence: description.Length > 0 ? 0.85 : 0.8);
        if (mark.DeclaredAbbreviation is { } abbreviation && mark.Archive is not null)
            input.Context.Declare(abbreviation, new CslItem { Archive = mark.Archive, ArchivePlace = item.ArchivePlace }.WithArchival(new ArchivalParts { RepositoryCanonical = mark.Parts.RepositoryCanonical }));
        if (facts.DeclaredAuthor is { } declared)
            input.Context.Declare(declared.Abbreviation, new CslItem { Author = [declared.Name] });
        int start = proseLead ? mark.Span.Start : Math.Min(facts.Start, mark.Span.Start);
        return start > 0 ? parsed.Narrow(start, input.Text.Length) : parsed;
    }

    /// <summary>"…, Aug. 11, 23, 1943, N 4898/66/38, FO 371/36956": two documents of one file, one per day.</summary>
    static IReadOnlyList<ParsedCitation> PerDay(ParsedCitation c)
    {
        var m = TwoDaysOfOneMonth().Match(c.Segment.Text);
        if (!m.Success || c.Item.Issued is null) return [c];
        int year = int.Parse(m.Groups["year"].Value);
        int month = c.Item.Issued.Month ?? 1;
        var first = c with { Item = c.Item with { Issued = CslDate.Of(year, month, int.Parse(m.Groups["d1"].Value)) } };
        var second = c with { Item = c.Item with { Issued = CslDate.Of(year, month, int.Parse(m.Groups["d2"].Value)) }, Prefix = null };
        int cut = m.Groups["d2"].Index;
        return [first.Narrow(0, m.Groups["d1"].Index + m.Groups["d1"].Length), second.Narrow(cut, c.Segment.Text.Length, null)];
    }
}

/// <summary>
/// A collection of records named with the abbreviation the notes will use for it:
/// "Records of the Office of Strategic Services, record group 226, National Archives, Washington (hereafter OSS)".
/// </summary>
public sealed partial class CollectionDeclarations : ICitationRecognizer
{
    [GeneratedRegex(@"^(?<prose>[^:]{10,200}):\s+(?=\p{Lu})")]
    private static partial Regex ProseIntroduction();

    [GeneratedRegex(@"\s*\((?:hereafter|hereinafter|im\s+Folgenden|künftig|ci-après|dalej)(?:\s+(?:cited|referred to)\s+as)?\s*:?\s+\*?(?<abbr>[^)*]+?)\*?\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Hereafter();

    [GeneratedRegex(@"^(?:record group|RG)\s*(?<rg>\d+)$|^(?:microcopy|microfilm)\s+(?<mc>T-\d+|M-?\d+)$|^(?<series>(?:FO|CAB|PREM|WO|ADM|AIR|DO|CO|HS|KV|INF)\s\d{1,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Component();

    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        var h = Hereafter().Match(input.Text);
        if (!h.Success) return null;
        string body = input.Text[..h.Index].Trim().TrimEnd(',').Trim();
        // "The following archival sources will be cited throughout this essay: Records of …"
        int lead = 0;
        var intro = ProseIntroduction().Match(body);
        if (intro.Success && Prose.IsProse(intro.Groups["prose"].Value))
        {
            lead = intro.Length;
            body = body[lead..];
        }
        var structure = new Structure(body);
        var chunks = structure.Chunks(0, body.Length).Select(c => c.Text).ToList();
        var parts = new ArchivalParts();
        string? archive = null, place = null;
        var titleChunks = new List<string>();
        bool anyComponent = false;
        foreach (string chunk in chunks)
        {
            var m = Component().Match(chunk);
            if (m.Success)
            {
                anyComponent = true;
                if (m.Groups["rg"].Success) parts = parts with { RecordGroup = m.Groups["rg"].Value };
                if (m.Groups["mc"].Success) parts = parts with { Microfilm = m.Groups["mc"].Value };
                if (m.Groups["series"].Success) parts = parts with { Series = m.Groups["series"].Value };
                continue;
            }
            if (Repositories.Lookup(chunk) is { } repo && (anyComponent || titleChunks.Count > 0))
            {
                archive = chunk;
                if (repo.Country == "UK") parts = parts with { RepositoryCanonical = repo.Canonical };
                anyComponent = true;
                continue;
            }
            if (archive is not null && place is null) { place = chunk; continue; }
            // "College Park, MD": the state goes with the town.
            if (place is not null && Places.IsUsState(chunk)) { place = $"{place}, {chunk}"; continue; }
            if (!anyComponent) titleChunks.Add(chunk);
        }
        if (!anyComponent || titleChunks.Count == 0) return null;
        // A quoted title or a day's date names a document, not a collection of records.
        if (titleChunks.Any(c => c.IndexOfAny(['"', '“', '”']) >= 0 || Dates.FindAll(c).Any(d => d.Date.Day is not null))) return null;
        string title = string.Join(", ", titleChunks);
        var item = new CslItem
        {
            Type = CslType.Collection,
            Title = title,
            Archive = archive,
            ArchivePlace = place ?? (archive is null ? null : Repositories.DefaultPlace(archive)),
            ArchiveCollection = title,
            ArchiveLocation = parts.Describe(),
        }.WithArchival(parts);
        var parsed = ParsedCitationFactory.Make(input, CitationForm.Full, item, confidence: 0.9) with { DeclaredAbbreviation = h.Groups["abbr"].Value.Trim() };
        return [lead > 0 ? parsed.Narrow(lead, input.Text.Length) : parsed];
    }
}
