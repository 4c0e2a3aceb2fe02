using Citations.Core.Model;

namespace Citations.Core.Segmentation;

/// <summary>
/// A stretch of a note that may hold one citation: its span in the note text and the signal phrase
/// that introduced it ("See also"), which is not part of the span.
/// </summary>
public sealed record Segment(string Text, TextSpan Span, string? Prefix)
{
    public static Segment Of(string note, int start, int end, string? prefix = null)
    {
        // Trim spaces and the separators that end a citation, keeping a closing quote's period ('Schism,"').
        while (start < end && char.IsWhiteSpace(note[start])) start++;
        while (end > start && (char.IsWhiteSpace(note[end - 1]) || note[end - 1] is ';' or ','
               || (note[end - 1] == '.' && !EndsWithAbbreviation(note, start, end - 1))))
            end--;
        return new Segment(note[start..end], new TextSpan(start, end), prefix);
    }

    /// <summary>Whether the period at <paramref name="dot"/> belongs to an abbreviation or initial ("ibid.", "no.", "A.").</summary>
    static bool EndsWithAbbreviation(string s, int start, int dot)
    {
        int w = dot;
        while (w > start && (char.IsLetter(s[w - 1]) || s[w - 1] == '.')) w--;
        string word = s[w..dot].ToLowerInvariant();
        return word is "ibid" or "no" or "nos" or "p" or "pp" or "ed" or "eds" or "tr" or "vol" or "vols" or "ff" or "f" or "ob" or "cit" or "op" or "jr" or "sr" or "n.d" or "pseud" or "supp" or "etc"
            || (word.Length == 1 && char.IsUpper(s[w])) || word.EndsWith(".s.s.r") || word.EndsWith("u.s") || word.Contains('.');
    }
}
