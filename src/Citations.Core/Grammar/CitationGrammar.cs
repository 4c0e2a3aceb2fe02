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
            // "Stefan Karner, Im Archipel GUPVI. Kriegsgefangenschaft …, Wien/München 1995": a full stop inside a title was
            // taken for the end of a sentence. When neither half is a citation, the two together may be one.
            if (found.Count == 0 && i + 1 < segments.Count && segments[i + 1].Prefix is null && text[segments[i].Span.End] == '.'
                && segments[i].Text.Length < 150 && segments[i].Text.Contains(", ", StringComparison.Ordinal))
            {
                ahead = Parse(SegmentInput.Of(segments[i + 1], context, hint));
                if (ahead.Count == 0)
                {
                    var bothHalves = Segment.Of(text, segments[i].Span.Start, segments[i + 1].Span.End, segments[i].Prefix);
                    var whole = Parse(SegmentInput.Of(bothHalves, context, hint));
                    if (whole.Count > 0)
                    {
                        parsed.AddRange(whole);
                        ahead = null;
                        i++;
                        continue;
                    }
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
