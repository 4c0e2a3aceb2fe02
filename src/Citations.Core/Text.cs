using System.Globalization;
using System.Text;

namespace Citations.Core;

/// <summary>Text folding shared by comparison keys and cite keys.</summary>
public static class Text
{
    /// <summary>
    /// The text decomposed (NFD) so that diacritics become separate marks; text with broken
    /// surrogates, which normalization refuses, has them dropped first.
    /// </summary>
    public static string Decompose(string s)
    {
        // Only letters beyond ASCII decompose; typographic quotes and dashes do not, and most titles have nothing else.
        if (!HasAccentableLetter(s)) return s;
        try
        {
            return s.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            var sb = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(c).Append(s[++i]); continue; }
                if (char.IsSurrogate(c)) continue;
                sb.Append(c);
            }
            return sb.ToString().Normalize(NormalizationForm.FormD);
        }
    }

    static bool HasAccentableLetter(string s)
    {
        foreach (char c in s)
            if (c >= '\u00C0' && char.IsLetter(c)) return true;
        return false;
    }

    public static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
