using Citations.Core.Model;

namespace Citations.Core.Notes;

/// <summary>What one layout found in a document.</summary>
public sealed record FoundNotes(
    string Layout,
    IReadOnlyList<Note> Notes,
    IReadOnlyList<int> MissingNotes,
    IReadOnlyList<string> Warnings)
{
    /// <summary>How much of the document this layout explains: notes found, weighted by confidence.</summary>
    public double Score => Notes.Sum(n => n.Confidence);
}

/// <summary>One way notes can sit in a document (footnotes in PDF text, superscripts, endnotes, …).</summary>
public interface INoteLayout
{
    string Name { get; }

    /// <summary>The notes this layout sees in the text, or null when the text is not laid out this way.</summary>
    FoundNotes? Find(SourceText text);
}

/// <summary>Helpers the layouts share: anchors from markers and the list of notes the body marks but the text lacks.</summary>
internal static class LayoutSupport
{
    public static IReadOnlyList<Note> WithAnchors(IReadOnlyList<Note> notes, IReadOnlyList<Marker> markers, SourceText text)
    {
        if (markers.Count == 0) return notes;
        var byNumber = new Dictionary<int, Marker>();
        foreach (var m in markers) byNumber.TryAdd(m.Number, m);
        return notes.Select(n => byNumber.TryGetValue(n.Number, out var m) ? n with { Anchor = m.ToAnchor(text) } : n).ToList();
    }

    public static IReadOnlyList<int> Missing(IReadOnlyList<Note> notes, IReadOnlyList<Marker> markers)
    {
        var have = notes.Select(n => n.Number).ToHashSet();
        return markers.Select(m => m.Number).Where(n => !have.Contains(n)).Distinct().Order().ToList();
    }

    public static Note Make(int number, IEnumerable<string> lines, int first, int last, double confidence, params string[] flags) => new()
    {
        Number = number,
        Text = NoteTextJoiner.Join(lines),
        Lines = new LineSpan(first, last),
        Confidence = confidence,
        Flags = flags.Length == 0 ? null : flags,
    };
}
