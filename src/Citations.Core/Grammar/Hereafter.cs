using System.Text.RegularExpressions;

namespace Citations.Core.Grammar;

/// <summary>"(hereafter *FRUS*)", "(hereafter cited as DBPO)", "(hereinafter APRF)": an abbreviation declared for what it follows.</summary>
public static partial class Hereafter
{
    // German "(im Folgenden: PA AA)", "(künftig: …)", French "(ci-après DDF)", Polish "(dalej: AAN)".
    [GeneratedRegex(@"\((?:hereafter|hereinafter|im\s+Folgenden|künftig|fortan|ci-après|ci-dessous|dalej)(?:\s+(?:cited|referred\s+to|abbreviated)\s+as)?\s*:?\s+(?<abbr>[^)]{1,60})\)", RegexOptions.IgnoreCase)]
    private static partial Regex Declaration();

    /// <summary>The declaration in <paramref name="text"/>: the abbreviation and the text with the declaration blanked out.</summary>
    public static (string Abbreviation, string Blanked, int Offset)? Find(string text)
    {
        var m = Declaration().Match(text);
        if (!m.Success) return null;
        string abbreviation = m.Groups["abbr"].Value.Replace("*", "").Trim().Trim('"', '“', '”').Trim();
        // "(hereafter abbreviated as "11." …)" speaks of the folio abbreviation, not of a work.
        if (abbreviation.Length == 0 || char.IsDigit(abbreviation[0])) return null;
        string blanked = text[..m.Index] + new string(' ', m.Length) + text[(m.Index + m.Length)..];
        return (abbreviation, blanked, m.Index);
    }
}
