using System.Globalization;
using System.Text;
using Citations.Core.Model;

namespace Citations.Core.Library;

/// <summary>
/// Cite keys in the Better BibTeX style: author, year, first significant title word, lower-case
/// ASCII ("bundy1988danger"); archival documents without an author are keyed by repository and
/// shelf-mark ("avprf595-6-789-78", "fo371-36956"). Clashes get a, b, c … in order.
/// </summary>
public static class CiteKeys
{
    static readonly HashSet<string> SkipWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "on", "of", "in", "and", "from", "to", "for", "with", "at", "by", "der", "die", "das", "des", "den", "dem", "ein", "eine",
        "zur", "zum", "und", "im", "le", "la", "les", "l", "de", "du", "un", "une", "o", "ob", "i", "v", "na", "po", "s",
    };

    public static string Base(CslItem item)
    {
        var name = item.Author?.FirstOrDefault() ?? item.Editor?.FirstOrDefault() ?? item.ContainerAuthor?.FirstOrDefault();
        string who = Ascii(name?.Family ?? FirstWord(name?.Literal) ?? "");
        string year = item.Issued?.Year?.ToString() ?? item.OriginalDate?.Year?.ToString() ?? "";
        if (who.Length == 0 && ShelfMarkKey(item) is { } shelf) return shelf;
        string word = FirstSignificantWord(item.Title ?? item.ContainerTitle);
        string key = who + year + word;
        // "Document 567" of the same volume: keyed by its number, not a bare "ref".
        if (key.Length == 0 && item.Number is { } number) key = Ascii(item.Type) + Ascii(number);
        return key.Length == 0 ? "ref" : key;
    }

    static string? ShelfMarkKey(CslItem item)
    {
        var p = item.Archival;
        if (p is null || item.Archive is null && p.RepositoryCanonical is null && p.Series is null) return null;
        string repository = Ascii(p.Series ?? item.Archive ?? p.RepositoryCanonical ?? "");
        var levels = p.Series is not null
            ? new[] { p.Piece }
            : new[] { p.Fond, p.Opis, p.Papka, p.Delo, p.RecordGroup, p.DecimalFile, p.File, p.Lot, p.Roll, p.Frames, p.Collection is null ? null : FirstSignificantWord(p.Collection) };
        string shelf = string.Join("-", levels.Where(l => !string.IsNullOrEmpty(l)).Select(l => Ascii(l!)));
        return repository + shelf;
    }

    static string? FirstWord(string? s) => s?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => !SkipWords.Contains(w.ToLowerInvariant()));

    static string FirstSignificantWord(string? title)
    {
        if (title is null) return "";
        foreach (string raw in title.Split([' ', '-', ':', ',', '.', '"', '\'', '’', '(', ')', '[', ']', '*'], StringSplitOptions.RemoveEmptyEntries))
        {
            string w = Ascii(raw);
            if (w.Length > 0 && !SkipWords.Contains(w)) return w;
        }
        return "";
    }

    /// <summary>Lower-case ASCII letters and digits only ("Weizsäcker" → "weizsacker", "Höhne" → "hohne").</summary>
    public static string Ascii(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in Text.Decompose(s))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            char l = char.ToLowerInvariant(c);
            if (l == 'ß') sb.Append("ss");
            else if (l is 'ø' or 'ö') sb.Append('o');
            else if (l is 'æ') sb.Append("ae");
            else if (l < 128 && char.IsLetterOrDigit(l)) sb.Append(l);
        }
        return sb.ToString();
    }

    /// <summary>Keys for items in order, unique: the second "bundy1988danger" becomes "bundy1988dangera".</summary>
    public static IReadOnlyList<string> Assign(IEnumerable<CslItem> items)
    {
        var keys = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            string key = Base(item);
            if (!used.Add(key))
            {
                for (char suffix = 'a'; ; suffix++)
                {
                    string candidate = suffix <= 'z' ? key + suffix : key + (suffix - 'z');
                    if (used.Add(candidate)) { key = candidate; break; }
                }
            }
            keys.Add(key);
        }
        return keys;
    }
}
