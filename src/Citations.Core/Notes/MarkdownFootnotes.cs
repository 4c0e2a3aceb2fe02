using System.Text.RegularExpressions;

namespace Citations.Core.Notes;

/// <summary>Markdown footnote definitions: <c>[^12]: text</c>, continued by indented lines.</summary>
public sealed partial class MarkdownFootnotes : INoteLayout
{
    [GeneratedRegex(@"^\[\^(?<label>[^\]\s]+)\]:\s?(?<text>.*)$")]
    private static partial Regex Definition();

    [GeneratedRegex(@"\[\^(?<label>[^\]\s]+)\](?!:)")]
    private static partial Regex Reference();

    public string Name => "markdown-footnotes";

    public FoundNotes? Find(SourceText text)
    {
        var notes = new List<Model.Note>();
        var labels = new Dictionary<string, int>();
        var definitionLines = new HashSet<int>();
        for (int ln = 1; ln <= text.Count; ln++)
        {
            var m = Definition().Match(text.Line(ln));
            if (!m.Success) continue;
            string label = m.Groups["label"].Value;
            int number = int.TryParse(label, out int n) ? n : notes.Count + 1;
            labels[label] = number;
            var lines = new List<string> { m.Groups["text"].Value };
            int last = ln;
            // Continuation: indented lines, possibly after blank lines.
            for (int next = ln + 1; next <= text.Count; next++)
            {
                string line = text.Line(next);
                if (line.StartsWith("    ") || line.StartsWith('\t')) { lines.Add(line); last = next; continue; }
                if (line.Length == 0 && next + 1 <= text.Count && (text.Line(next + 1).StartsWith("    ") || text.Line(next + 1).StartsWith('\t'))) continue;
                break;
            }
            for (int l = ln; l <= last; l++) definitionLines.Add(l);
            notes.Add(LayoutSupport.Make(number, lines, ln, last, 1.0));
            ln = last;
        }
        if (notes.Count == 0) return null;

        var markers = new List<Marker>();
        for (int ln = 1; ln <= text.Count; ln++)
        {
            if (definitionLines.Contains(ln)) continue;
            foreach (Match m in Reference().Matches(text.Line(ln)))
                if (labels.TryGetValue(m.Groups["label"].Value, out int number))
                    markers.Add(new Marker(number, ln, m.Index + m.Length - 1 - number.ToString().Length));
        }
        return new FoundNotes(Name, LayoutSupport.WithAnchors(notes, markers, text), [], []);
    }
}
