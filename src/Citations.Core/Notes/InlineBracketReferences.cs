using System.Text.RegularExpressions;
using Citations.Core.Model;

namespace Citations.Core.Notes;

/// <summary>
/// References written into the body in square brackets: "[Mastny, p. 1378.]",
/// "[Kennan, pp. 262-63.]", "[Mastny (1972)]", "[September 23, 1943, Goebbels, p. 477.]",
/// "[Sudoplatov]". Each becomes a note numbered in reading order. Editorial brackets
/// ("the [mainland Chinese] continent", "S[umner]", "he [Stalin] said") are not references.
/// </summary>
public sealed partial class InlineBracketReferences : INoteLayout
{
    [GeneratedRegex(@"(?<!\p{L})\[(?<body>[^\[\]\n]{2,160})\]")]
    private static partial Regex Bracket();

    // Name, optional (year), optional page: "Mastny", "Liddell-Hart", "Mastny (1975), p. 1378."
    [GeneratedRegex(@"^(?:(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\d{4}), )?(?<names>\p{Lu}[\p{L}'’\-]+(?:(?: |-| and | & )\p{Lu}[\p{L}'’\-]+){0,3})(?: et al\.?)?(?:,? \((?<year>\d{4}[a-z]?)\))?(?:,? (?<year2>\d{4}))?(?:, (?<loc>(?:pp?|vol|ch)\. ?[\dxivlc][\w\-–, ]*))?\.?$")]
    private static partial Regex Reference();

    public string Name => "inline-brackets";

    public FoundNotes? Find(SourceText text)
    {
        var notes = new List<Note>();
        for (int ln = 1; ln <= text.Count; ln++)
        {
            string line = text.Line(ln);
            foreach (Match m in Bracket().Matches(line))
            {
                string body = m.Groups["body"].Value.Trim();
                var r = Reference().Match(body);
                if (!r.Success) continue;
                bool hasDetail = r.Groups["year"].Success || r.Groups["year2"].Success || r.Groups["loc"].Success || r.Groups["date"].Success;
                // A bare name is a reference only where a sentence ends before it or begins after it.
                if (!hasDetail && !AtSentenceBoundary(line, m.Index, m.Index + m.Length)) continue;
                notes.Add(new Note
                {
                    Number = notes.Count + 1,
                    Text = body,
                    Lines = new LineSpan(ln, ln),
                    Anchor = new Anchor { Line = ln, Column = m.Index + 1, Context = Context(line, m.Index, m.Length) },
                    Confidence = hasDetail ? 0.95 : 0.8,
                });
            }
        }
        return notes.Count == 0 ? null : new FoundNotes(Name, notes, [], []);
    }

    static bool AtSentenceBoundary(string line, int start, int end)
    {
        int before = start - 1;
        while (before >= 0 && line[before] == ' ') before--;
        bool sentenceEndsBefore = before < 0 || line[before] is '.' or '!' or '?' or ')' or '"' or '”';
        int after = end;
        while (after < line.Length && line[after] == ' ') after++;
        bool sentenceBeginsAfter = after >= line.Length || char.IsUpper(line[after]) || line[after] is '.' or '(';
        return sentenceEndsBefore && sentenceBeginsAfter;
    }

    static string Context(string line, int index, int length)
    {
        int start = Math.Max(0, index - 50);
        return line[start..(index + length)];
    }
}
