using Citations.Core.Grammar.Lexicon;
using System.Text.RegularExpressions;
namespace Citations.Core.Grammar;

/// <summary>A span [Start, End) of a segment's text.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int i) => i >= Start && i < End;
    public string Of(string s) => s[Start..End];
}

/// <summary>
/// The bracketing of a citation's text, found once: top-level parentheses and square brackets,
/// *italic* spans, quoted spans, and the commas that stand outside all of them. Recognizers anchor
/// on these instead of re-scanning the text.
/// </summary>
public sealed class Structure
{
    public string Text { get; }
    public IReadOnlyList<Span> Parens { get; }
    public IReadOnlyList<Span> Brackets { get; }
    public IReadOnlyList<Span> Italics { get; }
    public IReadOnlyList<Span> Quotes { get; }
    /// <summary>Positions of commas and semicolons outside parentheses, brackets, quotes and italics.</summary>
    public IReadOnlyList<int> TopLevelCommas { get; }

    public Structure(string text)
    {
        Text = text;
        var parens = new List<Span>();
        var brackets = new List<Span>();
        var italics = new List<Span>();
        var quotes = new List<Span>();
        var commas = new List<int>();
        int parenDepth = 0, parenStart = -1, bracketDepth = 0, bracketStart = -1, italicStart = -1, quoteStart = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '(':
                    if (parenDepth++ == 0) parenStart = i;
                    break;
                case ')':
                    if (parenDepth > 0 && --parenDepth == 0) parens.Add(new Span(parenStart, i + 1));
                    break;
                case '[':
                    if (bracketDepth++ == 0) bracketStart = i;
                    break;
                case ']':
                    if (bracketDepth > 0 && --bracketDepth == 0) brackets.Add(new Span(bracketStart, i + 1));
                    break;
                case '*':
                    if (italicStart < 0) italicStart = i;
                    else { italics.Add(new Span(italicStart, i + 1)); italicStart = -1; }
                    break;
                case '“':
                    if (quoteStart < 0) quoteStart = i;
                    break;
                case '”':
                    if (quoteStart >= 0) { quotes.Add(new Span(quoteStart, i + 1)); quoteStart = -1; }
                    break;
                case '"':
                    if (quoteStart < 0) { if (IsOpening(text, i)) quoteStart = i; }
                    else if (IsClosing(text, i)) { quotes.Add(new Span(quoteStart, i + 1)); quoteStart = -1; }
                    break;
                case ',' or ';':
                    if (parenDepth == 0 && bracketDepth == 0 && italicStart < 0 && quoteStart < 0) commas.Add(i);
                    break;
            }
        }
        Parens = parens;
        Brackets = brackets;
        Italics = italics;
        Quotes = quotes;
        TopLevelCommas = commas;
    }

    static bool IsOpening(string s, int i) => i == 0 || char.IsWhiteSpace(s[i - 1]) || s[i - 1] is '(' or '[' or '*' or '-' or '—';

    static bool IsClosing(string s, int i) => i == s.Length - 1 || !char.IsLetterOrDigit(s[i + 1]) || s[i - 1] is ',' or '.' or '?' or '!';

    public bool InsideParens(int i) => Parens.Any(p => p.Contains(i));

    public bool Protected(int i) => Parens.Any(p => p.Contains(i)) || Brackets.Any(p => p.Contains(i))
        || Italics.Any(p => p.Contains(i)) || Quotes.Any(p => p.Contains(i));

    /// <summary>Splits [start, end) at top-level commas into trimmed chunks with their spans.</summary>
    public List<(string Text, Span Span)> Chunks(int start, int end)
    {
        var result = new List<(string, Span)>(TopLevelCommas.Count + 1);
        int from = start;
        foreach (int comma in TopLevelCommas.Where(c => c >= start && c < end).Append(end))
        {
            int s = from, e = comma;
            while (s < e && char.IsWhiteSpace(Text[s])) s++;
            while (e > s && char.IsWhiteSpace(Text[e - 1])) e--;
            if (e > s) result.Add((Text[s..e], new Span(s, e)));
            from = comma + 1;
        }
        return result;
    }
}

/// <summary>Cleaning of field values taken from a citation's text.</summary>
public static partial class Clean
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    /// <summary>Runs of white space made one space.</summary>
    public static string Spaces(string s) =>
        s.Contains("  ", StringComparison.Ordinal) || s.AsSpan().IndexOfAny("\t\n\r\u00A0") >= 0 ? WhiteSpace().Replace(s, " ") : s;

    /// <summary>A title without italics markers, quotes and the comma or period Chicago puts before the closing quote.</summary>
    public static string Title(string s)
    {
        string t = s.Trim();
        t = t.Replace("*", "");
        t = t.Trim().Trim(Punctuation.FieldSeparators).Trim();
        if (t.Length >= 2 && (t[0] is '"' or '“') && (t[^1] is '"' or '”')) t = t[1..^1];
        else if (t.Length >= 1 && (t[0] is '"' or '“')) t = t[1..];
        else if (t.Length >= 1 && (t[^1] is '"' or '”') && t.Count(ch => ch is '"' or '“' or '”') % 2 == 1) t = t[..^1];
        t = t.Trim().TrimEnd(Punctuation.FieldSeparators).Trim();
        if (t.EndsWith('.') && !t.EndsWith("..") && !EndsWithAbbreviation(t)) t = t[..^1];
        return Spaces(t);
    }

    static bool EndsWithAbbreviation(string t)
    {
        int i = t.Length - 1;
        int w = i;
        while (w > 0 && char.IsLetter(t[w - 1])) w--;
        string word = t[w..i];
        return word.Length <= 2 && word.Length > 0 && char.IsUpper(word[0]) || word is "Jr" or "Sr" or "etc" or "ed" or "eds";
    }

    /// <summary>Trims spaces and the punctuation that separates fields.</summary>
    public static string Field(string s) =>
        Spaces(s.Replace("*", "").Trim().Trim(Punctuation.FieldSeparators).Trim());
}
