using System.Text.RegularExpressions;

namespace Citations.Core.Grammar;

/// <summary>"(hereafter *FRUS*)", "(hereafter cited as DBPO)", "(hereinafter APRF)": an abbreviation declared for what it follows.</summary>
public static partial class Hereafter
{
    // German "(im Folgenden: PA AA)", "(künftig: …)", French "(ci-après DDF)", Polish "(dalej: AAN)".
    [GeneratedRegex(@"\((?:hereafter|hereinafter|im\s+Folgenden|künftig|fortan|ci-après|ci-dessous|dalej)(?:\s+(?:cited|referred\s+to|abbreviated)\s+as)?\s*:?\s+(?<abbr>[^)]{1,60})\)", RegexOptions.IgnoreCase)]
    private static partial Regex Declaration();

    /// <summary>
    /// The declarations in <paramref name="text"/>, in order, with the text with every declaration blanked out
    /// (spaces, so that positions stay true); null when there is none.
    /// </summary>
    public static (IReadOnlyList<(string Abbreviation, int Offset)> Declarations, string Blanked)? FindAll(string text)
    {
        List<(string, int)>? found = null;
        char[]? blanked = null;
        for (var m = Declaration().Match(text); m.Success; m = m.NextMatch())
        {
            string abbreviation = m.Groups["abbr"].Value.Replace("*", "").Trim().Trim('"', '“', '”').Trim();
            // "(hereafter abbreviated as "11." …)" speaks of the folio abbreviation, not of a work.
            if (abbreviation.Length == 0 || char.IsDigit(abbreviation[0])) continue;
            (found ??= []).Add((abbreviation, m.Index));
            blanked ??= text.ToCharArray();
            Array.Fill(blanked, ' ', m.Index, m.Length);
        }
        return found is null ? null : (found, new string(blanked!));
    }
}
