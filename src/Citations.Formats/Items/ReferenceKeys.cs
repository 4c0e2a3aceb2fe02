using System.Text;
using Citations.Core.Library;
using Citations.Core.Model;

namespace Citations.Formats.Items;

/// <summary>
/// Gives each item of one output a key that is unique in that output and safe in a BibTeX entry
/// head and a RIS ID line: the item's id, else its <c>custom.cite_key</c>, else a Better BibTeX
/// style key made from the item; a clash gets <c>a</c>, <c>b</c>, … as in the library.
/// </summary>
public sealed class ReferenceKeys
{
    readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string For(CslItem item)
    {
        string key = Sanitize(item.Id);
        if (key.Length == 0) key = Sanitize(item.Custom?.CiteKey);
        if (key.Length == 0) key = Sanitize(CiteKeys.Base(item));
        // CiteKeys.Base is empty for an archival item whose repository and shelf-mark have no letters or digits.
        if (key.Length == 0) key = "ref";
        return Unique(key);
    }

    string Unique(string key)
    {
        if (_used.Add(key)) return key;
        for (int n = 0; ; n++)
        {
            string candidate = key + Suffix(n);
            if (_used.Add(candidate)) return candidate;
        }
    }

    // a … z, then aa, ab, … so that keys stay letters after the base as Better BibTeX does.
    static string Suffix(int n) => n < 26 ? ((char)('a' + n)).ToString() : Suffix(n / 26 - 1) + (char)('a' + n % 26);

    /// <summary>
    /// Keeps the characters BibTeX, biber and the JabRef/Zotero parsers all accept in a key:
    /// ASCII letters and digits and <c>-_:./+</c>; letters with diacritics lose them.
    /// </summary>
    public static string Sanitize(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return "";
        var sb = new StringBuilder(id.Length);
        foreach (char c in id)
        {
            // The base letter of a letter with diacritics (a table: string.Normalize is a no-op under InvariantGlobalization).
            char letter = Latex.LatinDecompositions.Of.TryGetValue(c, out string? parts) ? parts[0] : c;
            if (letter < 128 && (char.IsAsciiLetterOrDigit(letter) || letter is '-' or '_' or ':' or '.' or '/' or '+')) sb.Append(letter);
            else if (char.IsWhiteSpace(letter)) sb.Append('_');
        }
        return sb.ToString().Trim('_');
    }
}
