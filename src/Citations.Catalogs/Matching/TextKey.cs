using System.Globalization;
using System.Text;

namespace Citations.Catalogs.Matching;

/// <summary>
/// Comparison keys for titles and names: NFC, Cyrillic transliterated (simplified Library of Congress),
/// diacritics and case folded, punctuation dropped, and common romanization variants of Russian (ja/ya/ia,
/// ju/yu/iu, -yi/-ii/-y endings, w/v) and German (ß, ae/oe/ue) brought to one spelling. Only the matcher
/// sees these keys; stored output keeps the catalog's and the footnote's spelling.
/// </summary>
public static partial class TextKey
{
    static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "iu",
        ['я'] = "ia", ['і'] = "i", ['ї'] = "i", ['є'] = "e", ['ў'] = "u",
    };

    static readonly Dictionary<char, string> Letters = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ı'] = "i",
        // Scholarly (ISO 9 / Czech-style) romanization of Russian to the LC letters.
        ['č'] = "ch", ['š'] = "sh", ['ž'] = "zh", ['ŝ'] = "shch", ['û'] = "iu", ['â'] = "ia",
    };

    static readonly HashSet<string> LeadingArticles = ["the", "a", "an", "der", "die", "das", "le", "la", "les", "l"];

    /// <summary>Lower-case words of <paramref name="text"/>, transliterated and folded.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var sb = new StringBuilder(text.Length + 8);
        foreach (char raw in text.Normalize(NormalizationForm.FormC))
        {
            char c = char.ToLowerInvariant(raw);
            if (Cyrillic.TryGetValue(c, out string? latin)) sb.Append(latin);
            else if (Letters.TryGetValue(c, out string? letters)) sb.Append(letters);
            else sb.Append(c);
        }
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in sb.ToString().Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (c is '\'' or '’' or 'ʹ' or 'ʺ') continue; // soft signs and apostrophes join the word
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0) words.Add(Fold(word.ToString()));
            word.Clear();
        }
    }

    /// <summary>Title words without a leading article.</summary>
    public static IReadOnlyList<string> TitleWords(string? title)
    {
        var words = Words(title);
        return words.Count > 1 && LeadingArticles.Contains(words[0]) ? words.Skip(1).ToList() : words;
    }

    /// <summary>One spelling for the romanization variants a footnote and a catalog may disagree on.</summary>
    public static string Fold(string word)
    {
        if (word.Length < 3 || word.All(char.IsDigit)) return word;
        var sb = new StringBuilder(word);
        sb.Replace("yu", "iu").Replace("ju", "iu").Replace("ya", "ia").Replace("ja", "ia").Replace("yo", "e")
          .Replace("ae", "a").Replace("oe", "o").Replace("ue", "u").Replace('w', 'v').Replace("ks", "x");
        string s = sb.ToString();
        foreach (string ending in (string[])["iy", "yi", "ij", "yj", "ii"])
            if (s.EndsWith(ending, StringComparison.Ordinal)) return s[..^2] + "i";
        return s.EndsWith('y') && s.Length > 3 ? s[..^1] + "i" : s;
    }

    /// <summary>
    /// The main title: what comes before a subtitle separator (colon, full stop, question mark, em dash),
    /// without a trailing span of years ("Russia at War, 1941-1945"), which short citations often drop.
    /// </summary>
    public static string MainTitle(string title)
    {
        int cut = title.IndexOfAny([':', '.', '?', '!', '—', ';']);
        string main = cut > 0 ? title[..cut] : title;
        string bare = TrailingYears().Replace(main, "");
        return bare.Length > 0 ? bare : main;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[,\s]+(1[5-9]|20)\d\d(\s*[-–]\s*\d{2,4})?\s*$")]
    private static partial System.Text.RegularExpressions.Regex TrailingYears();
}
