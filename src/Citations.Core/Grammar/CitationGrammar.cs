using Citations.Core.Grammar.Archives;
using Citations.Core.Model;
using Citations.Core.Segmentation;

namespace Citations.Core.Grammar;

/// <summary>
/// The citation grammar: an ordered list of recognizers, each for one form; the first that
/// recognizes a segment wins. Built once, shared by every document (recognizers hold no state).
/// </summary>
public sealed class CitationGrammar
{
    public static readonly CitationGrammar Default = new(
    [
        new CrossReferences(),
        new VolumeDocumentReferences(),
        new LeadingIbid(),
        new CollectionDeclarations(),
        new IbidWithPart(),
        new AbbreviatedWorks(),
        new Frus(),
        new Interviews(),
        new ArchivalCitations(),
        new WorkingPapers(),
        new PublishedWorks(),
        new UnmarkedBooks(),
        new DanglingParts(),
        new ShortForms(),
        new BareLocator(),
    ]);

    readonly IReadOnlyList<ICitationRecognizer> _recognizers;

    public CitationGrammar(IReadOnlyList<ICitationRecognizer> recognizers) => _recognizers = recognizers;

    /// <summary>The citations of one segment; empty when it is commentary.</summary>
    public IReadOnlyList<ParsedCitation> Parse(SegmentInput input)
    {
        // "(hereafter *SAO*)" declares an abbreviation; the recognizers read the citation without it
        // (blanked to spaces, so spans stay true), except those that need it to see a collection.
        var hereafter = Hereafter.FindAll(input.Text);
        var blanked = hereafter is null ? input : SegmentInput.Of(input.Segment with { Text = hereafter.Value.Blanked }, input.Context, input.Previous);
        foreach (var recognizer in _recognizers)
        {
            var result = recognizer.TryParse(recognizer is CollectionDeclarations or Frus ? input : blanked);
            if (result is null) continue;
            return result.Select(c => Normalizers.Apply(Restore(c, input, hereafter))).ToList();
        }
        return [];
    }

    /// <summary>Puts the original text back into a citation read from the blanked text, with the abbreviations it declares.</summary>
    static ParsedCitation Restore(ParsedCitation c, SegmentInput original, (IReadOnlyList<(string Abbreviation, int Offset)> Declarations, string Blanked)? hereafter)
    {
        var span = c.Segment.Span;
        int from = span.Start - original.Segment.Span.Start, to = span.End - original.Segment.Span.Start;
        string text = from >= 0 && to <= original.Text.Length ? original.Text[from..to] : c.Segment.Text;
        // A declaration belongs to the citation whose span holds it.
        var held = hereafter?.Declarations.Where(d => d.Offset >= from && d.Offset < to + 40).Select(d => (d.Abbreviation, d.Offset - from)).ToList() ?? [];
        if (held.Count == 0) return c with { Segment = c.Segment with { Text = text } };
        return c with
        {
            Segment = c.Segment with { Text = text },
            DeclaredAbbreviation = c.DeclaredAbbreviation ?? held[0].Abbreviation,
            DeclarationOffset = c.DeclarationOffset ?? held[0].Item2,
            FurtherDeclarations = c.DeclaredAbbreviation is null ? held.Skip(1).ToList() : [],
        };
    }

    /// <summary>
    /// The citations of a whole note, in order: segments parsed one by one (each seeing the one
    /// before), then untitled parts joined to the source the next citation gives.
    /// </summary>
    public IReadOnlyList<ParsedCitation> ParseNote(string noteText, DocumentContext context, CslItem? previous)
    {
        string text = Typography.Normalize(noteText);
        var parsed = new List<ParsedCitation>();
        var segments = NoteSegmenter.Split(text);
        IReadOnlyList<ParsedCitation>? ahead = null;
        for (int i = 0; i < segments.Count; i++)
        {
            var hint = parsed.Count > 0 ? parsed[^1].Item : previous;
            var found = ahead ?? Parse(SegmentInput.Of(segments[i], context, hint));
            ahead = null;
            // "Stefan Karner, Im Archipel GUPVI. Kriegsgefangenschaft …, Wien/München 1995": full stops inside a title were
            // taken for the ends of sentences. When no piece is a citation, the pieces together (up to three) may be one.
            if (found.Count == 0 && segments[i].Text.Length < 150 && segments[i].Text.Contains(", ", StringComparison.Ordinal))
            {
                int joinedUpTo = -1;
                IReadOnlyList<ParsedCitation> whole = [];
                for (int k = i + 1; k < segments.Count && k <= i + 2; k++)
                {
                    if (segments[k].Prefix is not null || text[segments[k - 1].Span.End] != '.') break;
                    var alone = Parse(SegmentInput.Of(segments[k], context, hint));
                    if (k == i + 1) ahead = alone;
                    // A piece that reads as a work without a name ("Dokumentation, Bd. 1, Köln 1975") may still be a title's end.
                    bool anonymous = alone is [{ Item: { Author: null, Editor: null } }];
                    if (alone.Count > 0 && !anonymous) break;
                    whole = Parse(SegmentInput.Of(Segment.Of(text, segments[i].Span.Start, segments[k].Span.End, segments[i].Prefix), context, hint));
                    if (whole.Count > 0 && (!anonymous || whole[0].Item.Author is not null || whole[0].Item.Editor is not null)) { joinedUpTo = k; break; }
                    if (anonymous) break;
                }
                if (joinedUpTo > 0)
                {
                    parsed.AddRange(whole);
                    ahead = null;
                    i = joinedUpTo;
                    continue;
                }
            }
            parsed.AddRange(found);
        }
        var joined = PartJoiner.Join(parsed, text, context, this);
        if (ReferenceEquals(text, noteText)) return joined;
        // Each citation's text as the author wrote it.
        return joined.Select(c => c.Segment.Span.End <= noteText.Length
            ? c with { Segment = c.Segment with { Text = noteText[c.Segment.Span.Start..c.Segment.Span.End] } }
            : c).ToList();
    }
}
