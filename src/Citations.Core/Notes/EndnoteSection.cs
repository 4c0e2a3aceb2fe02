using System.Text.RegularExpressions;
using Citations.Core.Model;

namespace Citations.Core.Notes;

/// <summary>
/// Notes gathered after the body ("1 The approach was made …", "  1. Source: …"), numbered
/// from 1, each possibly running over several paragraphs, and possibly followed by page chrome
/// ("About the Author", subscription offers) that is not a note.
/// </summary>
public partial class EndnoteSection : INoteLayout
{
    [GeneratedRegex(@"^(?<indent>\s*)(?<n>\d{1,3})(?<dot>[\.\)])?\s+(?<text>\S.*)$")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^\s*(notes|endnotes|footnotes|references|notes and references)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotesHeading();

    public virtual string Name => "endnotes";

    /// <summary>Whether a numbered line is a note start in this layout (FRUS notes are indented and dotted).</summary>
    protected virtual bool IsNoteStart(Match numbered) => true;

    public FoundNotes? Find(SourceText text)
    {
        List<Note>? best = null;
        int bestStart = 0;
        for (int ln = text.Count; ln >= 1; ln--)
        {
            var m = NumberedLine().Match(text.Line(ln));
            if (!m.Success || m.Groups["n"].Value != "1" || !IsNoteStart(m)) continue;
            var notes = ReadSection(text, ln);
            if (notes is not null && (best is null || notes.Count > best.Count))
            {
                best = notes;
                bestStart = ln;
            }
        }
        if (best is null) return null;

        var markers = BodyMarkers.FindNumeric(text, l => l < bestStart);
        var warnings = new List<string>();
        return new FoundNotes(Name, LayoutSupport.WithAnchors(best, markers, text), LayoutSupport.Missing(best, markers), warnings);
    }

    /// <summary>Reads notes 1, 2, … from <paramref name="start"/>; null when what follows is body text, not notes.</summary>
    List<Note>? ReadSection(SourceText text, int start)
    {
        var notes = new List<Note>();
        var paragraphs = new List<string>();
        int number = 0, first = 0, last = 0;
        bool headed = start > 1 && PreviousNonBlank(text, start) is int h && NotesHeading().IsMatch(text.Line(h));

        void Flush()
        {
            if (number > 0) notes.Add(LayoutSupport.Make(number, paragraphs, first, last, headed ? 1.0 : 0.95));
            paragraphs.Clear();
        }

        for (int ln = start; ln <= text.Count; ln++)
        {
            string line = text.Line(ln);
            if (string.IsNullOrWhiteSpace(line)) continue;
            var m = NumberedLine().Match(line);
            if (m.Success && IsNoteStart(m) && int.Parse(m.Groups["n"].Value) == number + 1)
            {
                Flush();
                number++;
                first = last = ln;
                paragraphs.Add(m.Groups["text"].Value);
                continue;
            }
            if (IsContinuation(text, ln, number))
            {
                paragraphs.Add(line);
                last = ln;
                continue;
            }
            break; // page chrome or body: the section ends here
        }
        Flush();

        // A section of one short note followed by long prose is a numbered paragraph in the body, not endnotes.
        int afterLast = notes.Count == 0 ? start : notes[^1].Lines.Last;
        if (LongProseAfter(text, afterLast)) return null;
        return notes;
    }

    /// <summary>A further paragraph of the current note: prose of some length, not a short heading or chrome line.</summary>
    static bool IsContinuation(SourceText text, int ln, int currentNote)
    {
        if (currentNote == 0) return false;
        string line = text.Line(ln).Trim();
        if (line.Length < 80) return false;
        char last = line[^1];
        return last is '.' or ')' or '"' or '”' or '’' or ';' or ':' || line.Length > 200;
    }

    static bool LongProseAfter(SourceText text, int line)
    {
        int prose = 0;
        for (int ln = line + 1; ln <= text.Count; ln++)
            if (text.Line(ln).Trim().Length > 300 && ++prose >= 2) return true;
        return false;
    }

    static int? PreviousNonBlank(SourceText text, int ln)
    {
        for (int l = ln - 1; l >= 1; l--)
            if (!text.IsBlank(l)) return l;
        return null;
    }
}

/// <summary>FRUS source notes: indented "  1. Source: …" lines after the document text.</summary>
public sealed class FrusSourceNotes : EndnoteSection
{
    public override string Name => "frus-source-notes";

    protected override bool IsNoteStart(Match numbered) =>
        numbered.Groups["indent"].Length > 0 && numbered.Groups["dot"].Value == ".";
}
