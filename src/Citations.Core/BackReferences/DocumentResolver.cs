using Citations.Core.Grammar;
using Citations.Core.Grammar.Archives;
using Citations.Core.Model;

namespace Citations.Core.BackReferences;

/// <summary>
/// Resolves back-references across the notes of one document, in order: "Ibid." to the citation
/// before, "Ibid, Delo 82" to a new document inheriting the previous one's shelf-mark, short forms
/// and abbreviations to the citation that gave the work in full, "see n. 80" to note 80 (also
/// forwards, once the document is read). Keeps one record per reference.
/// </summary>
public sealed class DocumentResolver
{
    readonly List<ReferenceRecord> _records = [];
    readonly Dictionary<string, ReferenceRecord> _byKey = new(StringComparer.Ordinal);
    // Notes are kept by their place in the sequence: a document may number two notes alike.
    readonly List<List<ResolvedCitation>> _byPosition = [];
    readonly Dictionary<int, int> _positionOfNumber = [];
    readonly List<(int Position, int Index, ResolvedCitation Citation)> _crossReferences = [];
    (CitationRef At, ResolvedCitation Citation)? _previous;

    /// <summary>Every reference cited in the document, in order of first citation.</summary>
    public IEnumerable<ReferenceRecord> References => _records.Where(r => r.IsCited).OrderBy(r => r.FirstCitation!.Value.Note).ThenBy(r => r.FirstCitation!.Value.Index);

    public CslItem? PreviousItem => _previous?.Citation.Record.Item;

    /// <summary>Starts the next note of the sequence; its citations follow with <see cref="Resolve"/>.</summary>
    public void BeginNote(int number)
    {
        _positionOfNumber.TryAdd(number, _byPosition.Count);
        _byPosition.Add([]);
    }

    public ResolvedCitation Resolve(ParsedCitation p, CitationRef at)
    {
        var resolved = p.Form switch
        {
            CitationForm.Ibid when _previous is { } prev => Ibid(p, prev),
            CitationForm.IbidInherit when _previous is { } prev => Inherit(p, prev),
            CitationForm.ShortForm => Short(p, at),
            CitationForm.CrossReference => CrossReferencePlaceholder(p),
            _ => Full(p, at, borrowedFrom: p.InheritsFrom),
        };
        if (p.Form == CitationForm.CrossReference) _crossReferences.Add((_byPosition.Count - 1, _byPosition[^1].Count, resolved));
        Register(resolved, at);
        return resolved;
    }

    /// <summary>Resolves the cross-references ("see n. 80") once every note is known; the citations of each note, in sequence order.</summary>
    public IReadOnlyList<IReadOnlyList<ResolvedCitation>> Finish()
    {
        foreach (var (position, index, c) in _crossReferences)
        {
            int target = c.Parsed.NoteReferences[0];
            if (!_positionOfNumber.TryGetValue(target, out int targetPosition) || _byPosition[targetPosition].Count == 0) continue;
            var first = _byPosition[targetPosition][0];
            _byPosition[position][index] = c with { Record = first.Record, RefersTo = new CitationRef(target, 1), Position = Position.Subsequent };
        }
        return _byPosition;
    }

    void Register(ResolvedCitation c, CitationRef at)
    {
        if (_byPosition.Count == 0) BeginNote(at.Note);
        _byPosition[^1].Add(c);
        c.Record.FirstCitation ??= at;
        c.Record.LastCitation = at;
        if (c.Parsed.Form != CitationForm.CrossReference) _previous = (at, c);
        if (c.Record.Item.Type == CslType.Chapter && c.Record.Item.ContainerTitle is not null) KnowContainer(c.Record.Item, at);
    }

    ResolvedCitation Ibid(ParsedCitation p, (CitationRef At, ResolvedCitation Citation) prev)
    {
        var record = prev.Citation.Record;
        record.Item = record.Item.FillFrom(p.Item);
        string? locator = p.Locator;
        return new ResolvedCitation(p, record, locator is null ? Position.Ibid : Position.IbidWithLocator, prev.At, locator, p.Label ?? prev.Citation.Label);
    }

    /// <summary>A new document or chapter that takes what the previous citation had and overrides what it states itself.</summary>
    ResolvedCitation Inherit(ParsedCitation p, (CitationRef At, ResolvedCitation Citation) prev)
    {
        var baseItem = prev.Citation.Record.Item;
        var own = p.Item;
        bool hasOwnDescription = own.Title is not null || own.Author is not null || own.Issued is not null;
        if (!hasOwnDescription && OtherFile(own.Archival, baseItem.Archival))
        {
            // "Ibid., d. 112, l. 5." after a described document: another file of the same holding, a document
            // the note does not describe — only the holding is inherited.
            baseItem = baseItem with
            {
                Type = CslType.Manuscript, Title = null, Author = null, Recipient = null, Issued = null, Genre = null, Number = null,
                Note = null, OriginalDate = null, Language = null,
                Custom = baseItem.Custom is null ? null : baseItem.Custom with { TranslatedTitle = null },
            };
        }
        var item = baseItem with
        {
            // The document's own facts come only from this citation.
            Type = hasOwnDescription || own.Type != CslType.Document ? (own.Type == CslType.Document ? baseItem.Type : own.Type) : baseItem.Type,
            Title = hasOwnDescription ? own.Title : baseItem.Title,
            Author = hasOwnDescription ? own.Author : baseItem.Author,
            Recipient = hasOwnDescription ? own.Recipient : baseItem.Recipient,
            Issued = hasOwnDescription && ReferenceIdentity.IsArchival(baseItem) ? own.Issued : own.Issued ?? baseItem.Issued,
            Genre = hasOwnDescription ? own.Genre : baseItem.Genre,
            Number = hasOwnDescription ? own.Number : baseItem.Number,
            Note = hasOwnDescription ? own.Note : baseItem.Note,
            OriginalDate = hasOwnDescription ? own.OriginalDate : baseItem.OriginalDate,
            Volume = own.Volume ?? baseItem.Volume,
        };
        var parts = (baseItem.Archival ?? ArchivalParts.Empty).Overlay(own.Archival ?? ArchivalParts.Empty);
        var flags = new List<string>();
        if (own.Archival?.Delo is not null && own.Archival.Papka is null)
        {
            // A delo's papka is known from other citations of the same file.
            var sibling = _records.Select(r => r.Item.Archival).FirstOrDefault(a => a is not null && a.Delo == own.Archival.Delo
                && a.Fond == parts.Fond && a.Opis == parts.Opis && a.Papka is not null);
            if (sibling is not null && sibling.Papka != parts.Papka)
            {
                parts = parts with { Papka = sibling.Papka };
                flags.Add($"papka {sibling.Papka} taken from the other citations of d. {own.Archival.Delo}");
            }
        }
        if (baseItem.Type == CslType.Chapter && own.Title is not null)
            item = item with { Type = CslType.Chapter, ContainerTitle = baseItem.ContainerTitle };
        item = item with { ArchiveLocation = Grammar.Archives.ArchivalPartsExtensions.Describe(parts) ?? baseItem.ArchiveLocation };
        item = item.WithArchival(parts).WithRepairs(own.Custom?.Repairs ?? []).WithFlags([.. flags]);
        if (own.Custom?.TranslatedTitle is not null || hasOwnDescription)
            item = item with { Custom = (item.Custom ?? new ReferenceExtras()) with { TranslatedTitle = own.Custom?.TranslatedTitle } };
        var record = Record(item);
        var position = record.IsCited ? Position.Subsequent : Position.First;
        return new ResolvedCitation(p, record, position, prev.At, p.Locator, p.Label);
    }

    /// <summary>Whether a shelf-mark names another file than the one before it (a new fond, opis, delo, piece, box…).</summary>
    static bool OtherFile(ArchivalParts? own, ArchivalParts? before)
    {
        if (own is null || before is null) return false;
        static bool Differs(string? mine, string? theirs) => mine is not null && mine != theirs;
        return Differs(own.Fond, before.Fond) || Differs(own.Opis, before.Opis) || Differs(own.Papka, before.Papka) || Differs(own.Delo, before.Delo)
            || Differs(own.Tom, before.Tom) || Differs(own.Piece, before.Piece) || Differs(own.FileNumber, before.FileNumber)
            || Differs(own.File, before.File) || Differs(own.DecimalFile, before.DecimalFile) || Differs(own.Box, before.Box) || Differs(own.Folder, before.Folder);
    }

    ResolvedCitation Full(ParsedCitation p, CitationRef at, CitationRef? borrowedFrom)
    {
        var item = p.Item;
        // A chapter or part whose book is given in short: complete it from the book cited before.
        if (p.ShortTitle is not null && item.Type == CslType.Chapter)
        {
            var container = FindWork(p.ShortAuthor, p.ShortTitle);
            if (container is not null)
            {
                var book = container.Item;
                item = item with
                {
                    // The name before a short title is the book's author or editor, whichever it had.
                    ContainerAuthor = book.Author,
                    ContainerTitle = book.Title ?? book.ContainerTitle,
                    Editor = item.Editor ?? book.Editor,
                    Translator = item.Translator ?? book.Translator,
                    Volume = item.Volume ?? book.Volume,
                    PublisherPlace = item.PublisherPlace ?? book.PublisherPlace,
                    Publisher = item.Publisher ?? book.Publisher,
                    Issued = item.Issued ?? book.Issued,
                };
                borrowedFrom = container.Source ?? container.FirstCitation;
            }
        }
        // A FRUS volume cited by abbreviation: the earlier citation of the same volume gives the rest.
        if (item.Custom?.Identifiers?.Frus is { } frus && item.Type == CslType.Book)
        {
            var known = _records.FirstOrDefault(r => r.Item.Custom?.Identifiers?.Frus == frus);
            if (known is not null)
            {
                var k = known.Item;
                item = item with
                {
                    Title = k.Type == CslType.Chapter ? k.ContainerTitle : k.Title,
                    VolumeTitle = item.VolumeTitle ?? k.VolumeTitle,
                    PublisherPlace = item.PublisherPlace ?? k.PublisherPlace,
                    Issued = item.Issued ?? k.Issued,
                };
                if (!known.IsCited || known.Key != ReferenceIdentity.Key(item)) borrowedFrom ??= known.FirstCitation ?? known.Source;
            }
        }
        // "TsKhSD, Delo 76, 11, 23-24": a partial shelf-mark takes fond and opis from the archive's previous citation.
        if (item.Archival is { Delo: not null, Fond: null } partial && partial.RepositoryCanonical is { } repository)
        {
            var donor = _records.Where(r => r.LastCitation is not null && r.Item.Archival?.RepositoryCanonical == repository && r.Item.Archival.Fond is not null)
                .OrderByDescending(r => r.LastCitation!.Value.Note).ThenByDescending(r => r.LastCitation!.Value.Index).FirstOrDefault();
            if (donor is not null)
            {
                var parts = partial with { Fond = donor.Item.Archival!.Fond, Opis = partial.Opis ?? donor.Item.Archival.Opis };
                item = item.WithArchival(parts).WithFlags("shelf-mark completed from the previous citation") with { ArchiveLocation = parts.Describe() };
                borrowedFrom = donor.LastCitation;
            }
            else item = item.WithFlags("partial shelf-mark");
        }
        var record = Record(item);
        if (record.IsCited)
            return new ResolvedCitation(p, record, Position.Subsequent, record.FirstCitation, p.Locator, p.Label);
        borrowedFrom ??= record.Source;
        return new ResolvedCitation(p, record, Position.First, borrowedFrom, p.Locator, p.Label);
    }

    ResolvedCitation Short(ParsedCitation p, CitationRef at)
    {
        var work = p.OpCit ? LatestWorkBy(p.ShortAuthor) : FindWork(p.ShortAuthor, p.ShortTitle, p.Item.Issued?.Year);
        if (work is null)
        {
            var unresolved = p.Item with { Custom = (p.Item.Custom ?? new ReferenceExtras()) with { ShortFormOnly = true } };
            return Full(p with { Item = unresolved }, at, null);
        }
        bool hasNames = work.Item.Author is not null || work.Item.Editor is not null || work.Item.ContainerAuthor is not null;
        work.Item = work.Item.FillFrom(p.Item with { Type = work.Item.Type, Title = null, Volume = null, Author = hasNames ? null : p.Item.Author });
        if (work.IsCited)
            return new ResolvedCitation(p, work, Position.Subsequent, work.FirstCitation, p.Locator, p.Label);
        return new ResolvedCitation(p, work, Position.First, work.Source, p.Locator, p.Label);
    }

    static ResolvedCitation CrossReferencePlaceholder(ParsedCitation p) =>
        new(p, new ReferenceRecord("", p.Item), Position.Subsequent, null, p.Locator, p.Label);

    /// <summary>The work an author's name and short title point at: cited works first, then books known as containers.</summary>
    ReferenceRecord? FindWork(string? family, string? shortTitle, int? year = null)
    {
        string titleKey = TextKey.Of(shortTitle);
        string familyKey = TextKey.Of(family);
        bool Matches(ReferenceRecord r)
        {
            bool nameMatch = family is not null && r.NameKeys.Contains(familyKey);
            if (shortTitle is not null)
                return TextKey.KeysMatch(titleKey, r.TitleKey) && (family is null || r.NameKeys.Count == 0 || nameMatch);
            // Author only ("Mastny, p. 1378"): the name must match and the years must not differ.
            return nameMatch && !(year is not null && r.Item.Issued?.Year is int y && y != year);
        }
        // A work already cited wins over a book known only as a chapter's container.
        foreach (var r in _records) if (r.IsCited && Matches(r)) return r;
        foreach (var r in _records) if (!r.IsCited && Matches(r)) return r;
        return null;
    }

    /// <summary>The work by <paramref name="family"/> whose full citation came last: what "op. cit." points at.</summary>
    ReferenceRecord? LatestWorkBy(string? family)
    {
        if (family is null) return null;
        string key = TextKey.Of(family);
        return _records.Where(r => r.IsCited && r.NameKeys.Contains(key))
            .OrderByDescending(r => r.FirstCitation!.Value.Note).ThenByDescending(r => r.FirstCitation!.Value.Index).FirstOrDefault();
    }

    ReferenceRecord Record(CslItem item)
    {
        string key = ReferenceIdentity.Key(item);
        if (_byKey.TryGetValue(key, out var record))
        {
            record.Item = record.Item.FillFrom(item);
            return record;
        }
        record = new ReferenceRecord(key, item);
        _byKey[key] = record;
        _records.Add(record);
        return record;
    }

    /// <summary>The book a chapter stands in becomes known, so a later citation of the book itself finds it.</summary>
    void KnowContainer(CslItem chapter, CitationRef at)
    {
        var book = new CslItem
        {
            Type = CslType.Book,
            Title = chapter.ContainerTitle,
            Author = chapter.ContainerAuthor,
            Editor = chapter.Editor,
            Translator = chapter.Translator,
            Volume = chapter.Volume,
            VolumeTitle = chapter.VolumeTitle,
            PublisherPlace = chapter.PublisherPlace,
            Publisher = chapter.Publisher,
            Issued = chapter.Issued,
            Custom = chapter.Custom?.Identifiers is null ? null : new ReferenceExtras { Identifiers = chapter.Custom.Identifiers },
        };
        var record = Record(book);
        record.Source ??= at;
    }
}
