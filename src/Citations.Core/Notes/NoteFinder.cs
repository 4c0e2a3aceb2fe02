using Citations.Core.Model;

namespace Citations.Core.Notes;

/// <summary>
/// Finds the note apparatus of a document: every layout looks at the text, and the one that
/// explains most of it wins (ties go to the earlier, more specific layout).
/// </summary>
public sealed class NoteFinder
{
    readonly IReadOnlyList<INoteLayout> _layouts;

    public NoteFinder(IEnumerable<INoteLayout>? layouts = null)
    {
        _layouts = layouts?.ToList() ??
        [
            new SuperscriptNotes(),
            new MarkdownFootnotes(),
            new FrusSourceNotes(),
            new EndnoteSection(),
            new PdfFootnotes(),
            new InlineBracketReferences(),
        ];
    }

    /// <summary>Lines from which the layouts read a document at once, each on its own core (a book, not an article).</summary>
    const int ParallelFromLines = 20_000;

    public FoundNotes Find(SourceText text)
    {
        var candidates = text.Count >= ParallelFromLines
            ? _layouts.AsParallel().AsOrdered().Select(layout => layout.Find(text)).ToList()
            : _layouts.Select(layout => layout.Find(text)).ToList();
        FoundNotes? best = null;
        foreach (var found in candidates)
        {
            if (found is null || found.Notes.Count == 0) continue;
            if (best is null || found.Score > best.Score + 0.5) best = found;
        }
        return best ?? new FoundNotes("none", [], [], ["no notes found"]);
    }

    public FoundNotes Find(string text) => Find(new SourceText(text));
}
