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
        new LeadingIbid(),
        new CollectionDeclarations(),
        new IbidWithPart(),
        new Frus(),
        new ArchivalCitations(),
        new WorkingPapers(),
        new PublishedWorks(),
        new DanglingParts(),
        new ShortForms(),
        new BareLocator(),
    ]);

    readonly IReadOnlyList<ICitationRecognizer> _recognizers;

    public CitationGrammar(IReadOnlyList<ICitationRecognizer> recognizers) => _recognizers = recognizers;

    /// <summary>The citations of one segment; empty when it is commentary.</summary>
    public IReadOnlyList<ParsedCitation> Parse(SegmentInput input)
    {
        foreach (var recognizer in _recognizers)
        {
            var result = recognizer.TryParse(input);
            if (result is not null) return result.Select(Normalizers.Apply).ToList();
        }
        return [];
    }

    /// <summary>
    /// The citations of a whole note, in order: segments parsed one by one (each seeing the one
    /// before), then untitled parts joined to the source the next citation gives.
    /// </summary>
    public IReadOnlyList<ParsedCitation> ParseNote(string noteText, DocumentContext context, CslItem? previous)
    {
        var parsed = new List<ParsedCitation>();
        foreach (var segment in NoteSegmenter.Split(noteText))
        {
            var hint = parsed.Count > 0 ? parsed[^1].Item : previous;
            parsed.AddRange(Parse(SegmentInput.Of(segment, context, hint)));
        }
        return PartJoiner.Join(parsed, noteText, context, this);
    }
}
