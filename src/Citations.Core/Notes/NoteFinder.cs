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

    public FoundNotes Find(SourceText text)
    {
        FoundNotes? best = null;
        foreach (var layout in _layouts)
        {
            var found = layout.Find(text);
            if (found is null || found.Notes.Count == 0) continue;
            if (best is null || found.Score > best.Score + 0.5) best = found;
        }
        return best ?? new FoundNotes("none", [], [], ["no notes found"]);
    }

    public FoundNotes Find(string text) => Find(new SourceText(text));
}
