using System.Text.RegularExpressions;
using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Segmentation;

/// <summary>
/// Splits a note into the stretches that may each hold a citation: at semicolons, and at sentence
/// ends after a completed citation (a pinpoint, a closing parenthesis) or before a signal
/// ("… 537. See also …"). Parentheses, brackets, quotations and *italics* are never split.
/// Leading signals ("See also", "and") become the segment's prefix.
/// </summary>
public static partial class NoteSegmenter
{
    [GeneratedRegex(@"^(?:and|or)\s+")]
    private static partial Regex LeadingConjunction();

    [GeneratedRegex(@"^(?:(?:See|Compare|Also|But see|For example|For instance|Quoted|Cited|Reported|Referred|Reprinted|Printed|Translated|Source|Sources|In addition)\b|Cf\.)")]
    private static partial Regex SignalStart();

    [GeneratedRegex(@"\G,?\s+and,?\s+(?<rest>(?:(?:see|cf\.)\s+)?(?:on\s[^,]{1,60},\s*)?(?:nn?\.|notes?)\s+\d)")]
    private static partial Regex AndNote();

    [GeneratedRegex(@"\G,\s+(?:quoted|cited|reprinted|referred\s+to|reported|summarized)\s+in\s")]
    private static partial Regex QuotedIn();

    // "Stalin, quoted in", "Communist Party of Germany, Directive of May 27, 1943, referred to in": who or what is quoted is part of the signal.
    [GeneratedRegex(@"^(?<signal>[^*""“(;]{1,90}?,\s+(?:quoted|cited|reprinted|referred\s+to|reported|summarized)\s+in)\s+")]
    private static partial Regex QuotedInSignal();

    public static IReadOnlyList<Segment> Split(string note)
    {
        var cuts = new List<(int End, int NextStart)>();
        int paren = 0, bracket = 0, quote = 0, sourceParen = -1;
        bool italic = false;
        for (int i = 0; i < note.Length; i++)
        {
            char c = note[i];
            switch (c)
            {
                case '(':
                    // "… the Geneva talks. (Ibid., 762.00/3-862)": FRUS editors give a sentence's source in parentheses after it.
                    if (paren == 0 && !italic && quote == 0 && AfterSentence(note, i) && i + 1 < note.Length && char.IsUpper(note[i + 1])) sourceParen = i;
                    paren++;
                    break;
                case ')':
                    if (paren > 0) paren--;
                    if (paren == 0 && sourceParen >= 0 && IsSourceNote(note[(sourceParen + 1)..i]))
                    {
                        cuts.Add((sourceParen, sourceParen + 1));
                        cuts.Add((i, i + 1));
                    }
                    if (paren == 0) sourceParen = -1;
                    break;
                case '[': bracket++; break;
                case ']': if (bracket > 0) bracket--; break;
                case '*': italic = !italic; break;
                case '“': quote++; break;
                case '”': if (quote > 0) quote--; break;
                case '"':
                    if (IsOpeningQuote(note, i)) quote++;
                    else if (quote > 0) quote--;
                    break;
            }
            if (paren > 0 || bracket > 0 || italic) continue;
            if (c == ';' && quote == 0)
            {
                cuts.Add((i, i + 1));
                continue;
            }
            if ((c == ',' || c == ' ') && quote == 0 && AndNote().Match(note, i) is { Success: true } an && an.Index == i)
            {
                // "Haslam, 127–29, and n. 9 above": a cross-reference joined to the citation before.
                cuts.Add((i, i + an.Length - an.Groups["rest"].Length));
                continue;
            }
            if (c == ',' && quote == 0 && QuotedIn().Match(note, i) is { Success: true } q && q.Index == i)
            {
                int from = cuts.Count == 0 ? 0 : cuts[^1].NextStart;
                string before = note[from..i];
                // "…(1941), no. 6-7, quoted in report no. …": a citation ends and another begins.
                if (before.Contains('*') || before.Contains('"') || before.Contains('(') || before.Contains('“'))
                    cuts.Add((i, i + 1));
            }
            if (c == '.' && IsSentenceBreak(note, i, quote))
                cuts.Add((i + 1, i + 1));
        }

        var segments = new List<Segment>();
        int start = 0;
        foreach (var (end, next) in cuts.Append((note.Length, note.Length)))
        {
            var seg = Make(note, start, end);
            if (seg is not null) segments.Add(seg);
            start = next;
        }
        return segments;
    }

    static Segment? Make(string note, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(note[start])) start++;
        if (start >= end) return null;
        string? prefix = null;
        var m = Signals.Leading().Match(note, start, end - start);
        if (m.Success && m.Index == start)
        {
            prefix = m.Groups["signal"].Value;
            // "and" alone joins citations ("…; and Boris Meissner"), it is not a signal.
            start += m.Length;
        }
        else if (Signals.CommentaryLead().Match(note, start, end - start) is { Success: true } lead && lead.Index == start)
        {
            prefix = lead.Groups["signal"].Value;
            start += lead.Length;
        }
        else if (note[start] == 'a' && Signals.ConjoinedCommentary().Match(note, start, end - start) is { Success: true } conjoined && conjoined.Index == start)
            start += conjoined.Length;
        else if (start > 0 && char.IsLower(note[start]) && Signals.LowerCaseCommentary().Match(note, start, end - start) is { Success: true } commentary && commentary.Index == start)
            start += commentary.Length;
        else if (QuotedInSignal().Match(note[start..end]) is { Success: true } quoted)
        {
            prefix = quoted.Groups["signal"].Value;
            start += quoted.Length;
        }
        else
        {
            var and = LeadingConjunction().Match(note[start..end]);
            if (and.Success) start += and.Length;
        }
        // "…, 72–75, who gives it more weight": commentary after a finished citation is not part of it.
        if (TrailingCommentary().Match(note, start, end - start) is { Success: true } comment && comment.Index > start
            && (char.IsDigit(note[comment.Index - 1]) || note[comment.Index - 1] is ')' or '*'))
            end = comment.Index;
        var seg = Segment.Of(note, start, end, prefix);
        return seg.Text.Length == 0 ? null : seg;
    }

    [GeneratedRegex(@",\s+(?:who|which|whose|where|although|though|whereas|but|while|especially|overstating|understating|arguing|claiming|suggesting|stressing|noting|and\s+(?:he|she|they|it|also)\b)\s[^;]*$")]
    private static partial Regex TrailingCommentary();

    /// <summary>A file reference, not an imprint or an aside: "Ibid., 762.00/3-862", "Department of State, Central Files, 611.61/1-1555".</summary>
    // A colon is an imprint's ("New York: Knopf"), except before a lot file ("S/S–NSC Files: Lot 66 D 95").
    static bool IsSourceNote(string inside) => SourceNote().IsMatch(inside) && (!inside.Contains(": ", StringComparison.Ordinal) || FilesLot().IsMatch(inside));

    [GeneratedRegex(@"Files?:\s*Lot\s+\d")]
    private static partial Regex FilesLot();

    [GeneratedRegex(@"^(?:Ibid|ibid)\b|\d+[A-Z]?\.\d+(?:\s?[A-Z]+)?/|\b(?:Central Files|Lot\s+\d|Papers|Files|Box\s+\d|RG\s+\d|FO\s+\d)")]
    private static partial Regex SourceNote();

    /// <summary>Whether position <paramref name="i"/> follows a finished sentence ("… talks. (").</summary>
    static bool AfterSentence(string s, int i)
    {
        int j = i - 1;
        while (j >= 0 && s[j] == ' ') j--;
        return j > 0 && s[j] is '.' or '!' or '?' && j < i - 1;
    }

    static bool IsOpeningQuote(string s, int i) =>
        i == 0 || char.IsWhiteSpace(s[i - 1]) || s[i - 1] is '(' or '[' or '*' or '—' or '-';

    /// <summary>A period that ends a citation and starts a new sentence.</summary>
    static bool IsSentenceBreak(string s, int dot, int quoteDepth)
    {
        int next = dot + 1;
        // ".\" " — a quotation ends with the sentence.
        if (next < s.Length && s[next] is '"' or '”' or '*') next++;
        if (next >= s.Length || s[next] != ' ') return false;
        int after = next + 1;
        while (after < s.Length && s[after] == ' ') after++;
        if (after >= s.Length) return false;
        string rest = s[after..];
        if (SignalStart().IsMatch(rest)) return true; // even inside a quotation the author left open
        if (quoteDepth > 0) return false;
        if (!(char.IsUpper(s[after]) || s[after] is '*' or '"' or '“')) return false;
        // What ends the sentence: a pinpoint, a year, a closing parenthesis, an italic title, an abbreviation like OSS or G-2.
        char before = s[dot - 1];
        // "vom 10. März 1952", "am 6. Juni": a German ordinal day before its month does not end a sentence.
        if (char.IsDigit(before) && Grammar.Lexicon.Months.Parse(rest.Split(' ', 2)[0].TrimEnd(',')) is not null && (dot < 3 || !char.IsDigit(s[dot - 3]))) return false;
        // "95. Kabinettssitzung …": a German ordinal opening the note.
        if (char.IsDigit(before) && s[..dot].All(char.IsDigit)) return false;
        if (char.IsDigit(before) || before is ')' or '*') return true;
        int w = dot;
        while (w > 0 && (char.IsLetterOrDigit(s[w - 1]) || s[w - 1] == '-')) w--;
        string word = s[w..dot];
        // "MS. Macmillan dep. d. 16": a manuscript's shelf-mark goes on.
        if (word is "MS" or "MSS") return false;
        // "OSS.", "G-2." end a sentence; an initial ("H." of "G.-H. Soutou") does not.
        return word.Count(char.IsLetterOrDigit) >= 2 && word.All(ch => char.IsUpper(ch) || char.IsDigit(ch) || ch == '-');
    }
}
