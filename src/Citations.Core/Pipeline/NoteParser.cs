using System.Text.RegularExpressions;
using Citations.Core.BackReferences;
using Citations.Core.Grammar;
using Citations.Core.Library;
using Citations.Core.Model;

namespace Citations.Core.Pipeline;

/// <summary>What the notes of one document yield: each note with its citations, and the document's references.</summary>
public sealed record DocumentCitations(IReadOnlyList<ParsedNote> Notes, IReadOnlyList<CslItem> References);

/// <summary>
/// Notes → citations → references for one document: the grammar reads each note in order with what
/// the earlier notes declared, the resolver ties back-references to what they point at, and every
/// reference gets its cite key. One malformed note is kept whole with an error, never sinks the rest.
/// </summary>
public sealed partial class NoteParser(CitationGrammar? grammar = null)
{
    readonly CitationGrammar _grammar = grammar ?? CitationGrammar.Default;

    /// <summary>Longest note text parsed; longer notes are kept whole and flagged (a runaway note is an extraction error).</summary>
    public const int MaxNoteLength = 20_000;

    [GeneratedRegex(@"hereafter\s+abbreviated\s+as\s+[""“]11\.", RegexOptions.IgnoreCase)]
    private static partial Regex FolioDeclaration();

    /// <summary>
    /// Declares what a "hereafter" abbreviation stands for: the archive when it follows the archive's
    /// name ("Public Record Office, Kew (hereafter PRO)"), otherwise the work or collection cited.
    /// </summary>
    static void Declare(DocumentContext context, string abbreviation, int? declaredAt, ParsedCitation p, ResolvedCitation resolved)
    {
        var item = resolved.Record.Item;
        var at = resolved.Record.FirstCitation;
        if (item.Archive is not null && item.Type != CslType.Collection && declaredAt is int offset)
        {
            string before = p.Segment.Text[..Math.Min(offset, p.Segment.Text.Length)].TrimEnd();
            if (before.EndsWith(item.Archive, StringComparison.Ordinal) || item.ArchivePlace is { } place && before.EndsWith(place, StringComparison.Ordinal))
            {
                context.Declare(abbreviation, new CslItem { Archive = item.Archive, ArchivePlace = item.ArchivePlace }
                    .WithArchival(new ArchivalParts { RepositoryCanonical = item.Archival?.RepositoryCanonical }), at);
                return;
            }
            // "President's Secretary's Files (hereafter PSF)": the collection, in its archive.
            if (item.ArchiveCollection is { } collection && before.EndsWith(collection, StringComparison.Ordinal))
            {
                context.Declare(abbreviation, new CslItem { Archive = item.Archive, ArchivePlace = item.ArchivePlace, ArchiveCollection = collection }
                    .WithArchival(new ArchivalParts { RepositoryCanonical = item.Archival?.RepositoryCanonical, Collection = item.Archival?.Collection }), at);
                return;
            }
        }
        context.Declare(abbreviation, item, at);
    }

    public DocumentCitations Parse(IReadOnlyList<Note> notes)
    {
        var context = new DocumentContext();
        var resolver = new DocumentResolver();
        var errors = new Dictionary<int, string>();
        for (int position = 0; position < notes.Count; position++)
        {
            var note = notes[position];
            resolver.BeginNote(note.Number);
            if (note.Text.Length > MaxNoteLength)
            {
                errors[position] = $"note {note.Number} is {note.Text.Length:N0} characters long (limit {MaxNoteLength:N0}); kept unparsed";
                continue;
            }
            try
            {
                if (FolioDeclaration().IsMatch(note.Text)) context.FolioAbbreviationDeclared = true;
                var parsed = _grammar.ParseNote(note.Text, context, resolver.PreviousItem);
                int index = 0;
                foreach (var p in parsed)
                {
                    var resolved = resolver.Resolve(p, new CitationRef(note.Number, ++index));
                    if (p.DeclaredAbbreviation is { } abbreviation) Declare(context, abbreviation, p.DeclarationOffset, p, resolved);
                    foreach (var (further, offset) in p.FurtherDeclarations) Declare(context, further, offset, p, resolved);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                errors[position] = $"note {note.Number} could not be parsed: {e.Message}";
            }
        }

        var byNote = resolver.Finish();
        var records = resolver.References.ToList();
        var keys = CiteKeys.Assign(records.Select(r => r.Item));
        var final = new Dictionary<ReferenceRecord, CslItem>();
        for (int i = 0; i < records.Count; i++)
        {
            var item = records[i].Item;
            final[records[i]] = item with { Id = keys[i], Custom = (item.Custom ?? new ReferenceExtras()) with { CiteKey = keys[i] } };
        }

        var result = new List<ParsedNote>();
        for (int position = 0; position < notes.Count; position++)
        {
            var note = notes[position];
            var citations = byNote[position].Select(c => c.ToCitation() with { Item = final.GetValueOrDefault(c.Record) ?? c.Record.Item }).ToList();
            result.Add(new ParsedNote
            {
                Number = note.Number,
                Text = note.Text,
                Lines = note.Lines == default ? null : note.Lines,
                Anchor = note.Anchor,
                Confidence = note.Lines == default ? null : note.Confidence,
                Flags = note.Flags,
                Citations = citations,
                Error = errors.GetValueOrDefault(position),
            });
        }
        return new DocumentCitations(result, records.Select(r => final[r]).ToList());
    }
}
