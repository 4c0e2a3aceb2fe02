namespace Citations.Core.Notes;

/// <summary>
/// Notes opened by Unicode superscript numbers ("¹ George F. Kennan, …"), placed between
/// paragraphs; the body carries the same superscripts as markers.
/// </summary>
public sealed class SuperscriptNotes : INoteLayout
{
    public string Name => "superscript";

    public FoundNotes? Find(SourceText text)
    {
        var starts = new List<(int Line, int Number, int TextStart)>();
        for (int ln = 1; ln <= text.Count; ln++)
        {
            string line = text.Line(ln);
            int i = 0;
            while (i < line.Length && line[i] == ' ') i++;
            int digitsStart = i;
            while (i < line.Length && Superscripts.IsSuperscriptDigit(line[i])) i++;
            if (i == digitsStart || i >= line.Length || !char.IsWhiteSpace(line[i])) continue;
            starts.Add((ln, Superscripts.ToInt(line[digitsStart..i]), i));
        }
        if (starts.Count == 0) return null;

        var noteLines = new HashSet<int>();
        var notes = new List<Model.Note>();
        for (int s = 0; s < starts.Count; s++)
        {
            var (line, number, textStart) = starts[s];
            // A note runs to the next blank line or the next note.
            int last = line;
            int limit = s + 1 < starts.Count ? starts[s + 1].Line - 1 : text.Count;
            while (last + 1 <= limit && !text.IsBlank(last + 1)) last++;
            var lines = new List<string> { text.Line(line)[textStart..] };
            for (int l = line + 1; l <= last; l++) lines.Add(text.Line(l));
            for (int l = line; l <= last; l++) noteLines.Add(l);
            notes.Add(LayoutSupport.Make(number, lines, line, last, 1.0));
        }

        var markers = BodyMarkers.FindSuperscript(text, ln => !noteLines.Contains(ln));
        return new FoundNotes(Name, LayoutSupport.WithAnchors(notes, markers, text), LayoutSupport.Missing(notes, markers), []);
    }
}
