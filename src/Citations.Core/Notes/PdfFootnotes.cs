using System.Text.RegularExpressions;
using Citations.Core.Model;

namespace Citations.Core.Notes;

/// <summary>
/// Footnotes in text extracted from a PDF: the notes of each page sit at its foot, between the
/// page's body and the next page's body. A note number opens its text ("10 TsKhSD, …") or stands
/// on a line of its own before it ("9", blank, text); several numbers can come as a block followed
/// by their texts in order ("81 82 83"), one number can even follow its text; a note can run on
/// at the foot of the next page; running page numbers ("10", "27") stand alone too.
/// The body's markers ("GDR.21") tell a note number from a page number: a note's number is
/// marked in the body shortly before its text.
/// </summary>
public sealed partial class PdfFootnotes : INoteLayout
{
    [GeneratedRegex(@"^\s*(?<n>\d{1,3})\s*$")]
    private static partial Regex StandaloneNumber();

    [GeneratedRegex(@"^(?<n>\d{1,3})(?:\s+|(?=[\p{Lu}""“]))(?<text>(?:[\p{Lu}""“'‘(\[*]|ibid|see|cf\.|on |for |in ).*)$")]
    private static partial Regex NumberedText();

    /// <summary>How far (in lines) a note's text may stand from its marker: about two pages.</summary>
    const int MarkerWindow = 220;

    public string Name => "footnotes-pdf";

    public FoundNotes? Find(SourceText text)
    {
        // Markers are first sought everywhere; once the notes are known, again in the body alone,
        // so that numbers inside note texts ("11. 10, 12") cannot pose as markers.
        var markers = BodyMarkers.FindNumeric(text);
        var scan = new Scan(text, markers);
        scan.Run();
        var noteLines = scan.Notes.SelectMany(n => n.Lines.Select(l => l.Line)).ToHashSet();
        markers = BodyMarkers.FindNumeric(text, ln => !noteLines.Contains(ln));
        scan = new Scan(text, markers);
        scan.Run();
        if (scan.Notes.Count == 0) return null;
        var notes = scan.Notes.OrderBy(n => n.Number).Select(n => n.ToNote()).ToList();
        return new FoundNotes(Name, LayoutSupport.WithAnchors(notes, markers, text), LayoutSupport.Missing(notes, markers), scan.Warnings);
    }

    sealed class NoteBuilder(int number, double confidence)
    {
        public int Number { get; } = number;
        public List<(int Line, string Text)> Lines { get; } = [];
        public double Confidence { get; set; } = confidence;
        public List<string> Flags { get; } = [];

        public bool IsOpen => Lines.Count > 0 && !EndsSentence(Lines[^1].Text);

        public Note ToNote() => new()
        {
            Number = Number,
            Text = NoteTextJoiner.Join(Lines.Select(l => l.Text)),
            Lines = new LineSpan(Lines[0].Line, Lines[^1].Line),
            Confidence = Confidence,
            Flags = Flags.Count == 0 ? null : Flags.Distinct().ToList(),
        };
    }

    /// <summary>One item of a footnote region in reading order.</summary>
    readonly record struct Item(ItemKind Kind, int Line, int Number = 0, string Text = "");

    enum ItemKind { Number, NumberedText, Text, Blank }

    sealed class Scan(SourceText text, IReadOnlyList<Marker> markers)
    {
        readonly Dictionary<int, int> _markerLine = markers.GroupBy(m => m.Number).ToDictionary(g => g.Key, g => g.First().Line);
        readonly HashSet<int> _markerLines = markers.Select(m => m.Line).ToHashSet();
        readonly List<Item> _region = [];
        readonly Queue<int> _carriedNumbers = new();
        public List<NoteBuilder> Notes { get; } = [];
        public List<string> Warnings { get; } = [];

        int LastNumber => Math.Max(Notes.Count == 0 ? 0 : Notes.Max(n => n.Number),
            _region.Where(i => i.Kind is ItemKind.Number or ItemKind.NumberedText).Select(i => i.Number).DefaultIfEmpty(0).Max());

        int HighestPending => _carriedNumbers.Count == 0 ? 0 : _carriedNumbers.Max();

        /// <summary>Whether <paramref name="n"/> at <paramref name="line"/> opens a note rather than numbering a page.</summary>
        bool IsNoteNumber(int n, int line)
        {
            int last = Math.Max(LastNumber, HighestPending);
            if (n <= last) return false;
            if (_markerLine.Count == 0) return n == last + 1;
            if (_markerLine.TryGetValue(n, out int markedAt))
                return markedAt <= line && line - markedAt <= MarkerWindow;
            // The body lost this marker: accept only the very next number.
            return n == last + 1 && !_markerLine.Keys.Any(k => k > n && _markerLine[k] <= line);
        }

        public void Run()
        {
            bool inRegion = false;
            for (int ln = 1; ln <= text.Count; ln++)
            {
                string line = text.Line(ln);
                bool blank = string.IsNullOrWhiteSpace(line);
                var standalone = StandaloneNumber().Match(line);
                var numbered = standalone.Success ? Match.Empty : NumberedText().Match(line);

                if (!inRegion)
                {
                    if (blank)
                    {
                        if (ContinuationFollows(ln)) { inRegion = true; _region.Add(new Item(ItemKind.Blank, ln)); }
                        continue;
                    }
                    if (standalone.Success)
                    {
                        int n = int.Parse(standalone.Groups["n"].Value);
                        if (IsNoteNumber(n, ln)) { inRegion = true; _region.Add(new Item(ItemKind.Number, ln, n)); }
                        continue; // otherwise a running page number
                    }
                    if (numbered.Success && IsNoteNumber(int.Parse(numbered.Groups["n"].Value), ln) && !_markerLines.Contains(ln))
                    {
                        inRegion = true;
                        _region.Add(new Item(ItemKind.NumberedText, ln, int.Parse(numbered.Groups["n"].Value), numbered.Groups["text"].Value));
                    }
                    continue; // body text
                }

                // In a footnote region.
                if (blank) { _region.Add(new Item(ItemKind.Blank, ln)); continue; }
                if (standalone.Success)
                {
                    int n = int.Parse(standalone.Groups["n"].Value);
                    if (IsNoteNumber(n, ln)) { _region.Add(new Item(ItemKind.Number, ln, n)); continue; }
                    CloseRegion(); // a page number: the next page's body follows
                    inRegion = false;
                    continue;
                }
                if (numbered.Success && IsNoteNumber(int.Parse(numbered.Groups["n"].Value), ln))
                {
                    _region.Add(new Item(ItemKind.NumberedText, ln, int.Parse(numbered.Groups["n"].Value), numbered.Groups["text"].Value));
                    continue;
                }
                if (BodyResumes(ln))
                {
                    CloseRegion();
                    inRegion = false;
                    ln--; // read this line again as body
                    continue;
                }
                _region.Add(new Item(ItemKind.Text, ln, Text: line));
            }
            CloseRegion();
            foreach (int n in _carriedNumbers)
                Warnings.Add($"note {n}: its number was found but not its text");
        }

        /// <summary>A blank line in the body opens a region when the last note is unfinished and its text goes on below.</summary>
        bool ContinuationFollows(int blankLine)
        {
            if (Notes.Count == 0 || !Notes[^1].IsOpen) return false;
            for (int ln = blankLine + 1; ln <= text.Count; ln++)
            {
                if (text.IsBlank(ln)) continue;
                string line = text.Line(ln);
                if (line.StartsWith(' ') || StandaloneNumber().IsMatch(line) || NumberedText().IsMatch(line) || _markerLines.Contains(ln))
                    return false;
                return char.IsUpper(line[0]) || char.IsDigit(line[0]);
            }
            return false;
        }

        /// <summary>The next page's body: a line indented by the PDF's page start, a marked body line, or a sentence picked up mid-way.</summary>
        bool BodyResumes(int ln)
        {
            string line = text.Line(ln);
            if (line.Length > 1 && line[0] == ' ' && line[1] != ' ') return true;
            if (_markerLines.Contains(ln)) return true;
            var previous = _region.LastOrDefault(i => i.Kind is ItemKind.Text or ItemKind.NumberedText);
            return char.IsLower(line[0]) && previous.Text is { Length: > 0 } p && EndsSentence(p)
                && !line.StartsWith("ibid", StringComparison.Ordinal);
        }

        /// <summary>Turns the items of one region into notes (see the class summary for the shapes handled).</summary>
        void CloseRegion()
        {
            if (_region.Count == 0) return;
            NoteBuilder? open = null;         // the note a numbered line opened in this region
            var numbers = new List<int>(_carriedNumbers);
            _carriedNumbers.Clear();
            var loose = new List<(int Line, string Text)>();
            bool continuationOfOpen = false;  // text lines right after a numbered line belong to it

            void SettleBlock()
            {
                if (numbers.Count > 0 && loose.Count > 0)
                {
                    var chunks = Split(loose, numbers.Count);
                    for (int i = 0; i < numbers.Count; i++)
                    {
                        if (i >= chunks.Count) { _carriedNumbers.Enqueue(numbers[i]); continue; }
                        var note = new NoteBuilder(numbers[i], numbers.Count == 1 ? 0.95 : 0.85);
                        note.Lines.AddRange(chunks[i]);
                        if (numbers.Count > 1) note.Flags.Add("aligned from a block of numbers");
                        Notes.Add(note);
                    }
                }
                else if (loose.Count > 0)
                {
                    // Text without a number: the previous note runs on from the last page.
                    var target = open ?? Notes.LastOrDefault();
                    if (target is not null)
                    {
                        target.Lines.AddRange(loose);
                        if (target != open)
                        {
                            target.Flags.Add("continued on the next page");
                            target.Confidence = Math.Min(target.Confidence, 0.9);
                        }
                    }
                    else Warnings.Add($"lines {loose[0].Line}-{loose[^1].Line}: footnote text without a note number");
                }
                else foreach (int n in numbers) _carriedNumbers.Enqueue(n);
                numbers.Clear();
                loose.Clear();
            }

            foreach (var item in _region)
            {
                switch (item.Kind)
                {
                    case ItemKind.NumberedText:
                        SettleBlock();
                        open = new NoteBuilder(item.Number, 1.0);
                        open.Lines.Add((item.Line, item.Text));
                        Notes.Add(open);
                        continuationOfOpen = true;
                        break;
                    case ItemKind.Number:
                        numbers.Add(item.Number);
                        continuationOfOpen = false;
                        break;
                    case ItemKind.Blank:
                        if (numbers.Count > 0) continuationOfOpen = false;
                        break;
                    case ItemKind.Text:
                        if (continuationOfOpen && open is not null && numbers.Count == 0) open.Lines.Add((item.Line, item.Text));
                        else loose.Add((item.Line, item.Text));
                        break;
                }
            }
            SettleBlock();
            _region.Clear();
        }
    }

    /// <summary>Splits consecutive text lines into <paramref name="parts"/> notes at the likeliest note ends.</summary>
    static List<List<(int Line, string Text)>> Split(List<(int Line, string Text)> lines, int parts)
    {
        if (parts <= 1) return [lines];
        if (lines.Count <= parts) return lines.Select(l => new List<(int, string)> { l }).ToList();
        int typicalWidth = lines.Max(l => l.Text.Length);
        var cuts = Enumerable.Range(1, lines.Count - 1)
            .Select(i => (At: i, Score: BoundaryScore(lines[i - 1].Text, lines[i].Text, typicalWidth)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.At)
            .Take(parts - 1).Select(c => c.At).Order().ToList();
        var result = new List<List<(int, string)>>();
        int from = 0;
        foreach (int cut in cuts.Append(lines.Count))
        {
            result.Add(lines.GetRange(from, cut - from));
            from = cut;
        }
        return result;
    }

    static double BoundaryScore(string before, string after, int typicalWidth)
    {
        double score = 0;
        if (EndsSentence(before)) score += 2;
        if (before.TrimEnd().Length < typicalWidth * 0.8) score += 1;
        string a = after.TrimStart();
        if (a.Length > 0 && (char.IsUpper(a[0]) || a[0] is '"' or '“')) score += 1;
        if (a.Length > 0 && char.IsLower(a[0])) score -= 1;
        return score;
    }

    internal static bool EndsSentence(string s)
    {
        s = s.TrimEnd();
        if (s.Length == 0) return false;
        char c = s[^1];
        if (c is '"' or '”' or '’' or '\'' or ')' or ']') c = s.Length > 1 ? s[^2] : c;
        return c is '.' or '!' or '?' or ')';
    }
}
