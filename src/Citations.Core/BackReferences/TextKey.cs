using System.Globalization;
using System.Text;

namespace Citations.Core.BackReferences;

/// <summary>Normalised text for comparing titles and names: lower case, no diacritics or punctuation, no leading article.</summary>
public static class TextKey
{
    public static string Of(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var sb = new StringBuilder(s.Length);
        foreach (char c in Text.Decompose(s))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        string key = sb.ToString().Trim();
        foreach (string article in LeadingArticles)
            if (key.StartsWith(article, StringComparison.Ordinal)) return key[article.Length..];
        return key;
    }

    static readonly string[] LeadingArticles = ["the ", "a ", "an ", "der ", "die ", "das ", "le ", "la ", "les "];

    /// <summary>Whether a short title names the full one: a prefix ("British Foreign Policy") or a run of its words ("Glasnost Tapes").</summary>
    public static bool ShortTitleMatches(string? shortTitle, string? fullTitle) => KeysMatch(Of(shortTitle), Of(fullTitle));

    /// <summary><see cref="ShortTitleMatches"/> on titles already made keys.</summary>
    public static bool KeysMatch(string s, string f)
    {
        if (s.Length == 0 || f.Length == 0) return false;
        if (f == s || f.StartsWith(s + " ", StringComparison.Ordinal) || f.StartsWith(s, StringComparison.Ordinal) && s.Length >= 12) return true;
        // A run of whole words inside the title, of some length.
        return s.Contains(' ') && (" " + f + " ").Contains(" " + s + " ", StringComparison.Ordinal);
    }
}
