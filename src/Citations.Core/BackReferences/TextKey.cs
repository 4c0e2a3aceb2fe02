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
        foreach (char c in s.Normalize(NormalizationForm.FormD))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        string key = sb.ToString().Trim();
        foreach (string article in new[] { "the ", "a ", "an ", "der ", "die ", "das ", "le ", "la ", "les " })
            if (key.StartsWith(article, StringComparison.Ordinal)) return key[article.Length..];
        return key;
    }

    /// <summary>Whether a short title names the full one: a prefix ("British Foreign Policy") or a run of its words ("Glasnost Tapes").</summary>
    public static bool ShortTitleMatches(string? shortTitle, string? fullTitle)
    {
        string s = Of(shortTitle), f = Of(fullTitle);
        if (s.Length == 0 || f.Length == 0) return false;
        if (f == s || f.StartsWith(s + " ", StringComparison.Ordinal) || f.StartsWith(s, StringComparison.Ordinal) && s.Length >= 12) return true;
        // A run of whole words inside the title, of some length.
        return s.Contains(' ') && (" " + f + " ").Contains(" " + s + " ", StringComparison.Ordinal);
    }
}
