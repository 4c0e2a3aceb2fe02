using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Citations.Csl.Locale;
using Citations.Csl.Style;

namespace Citations.Csl.Evaluation;

/// <summary>Numeric tests and number forms (ordinal, long-ordinal, roman) for cs:number and labels.</summary>
public static partial class Numbers
{
    [GeneratedRegex(@"^\s*[A-Za-z]*\d+[A-Za-z]*(?:\s*(?:[-\u2013,&]|and)\s*[A-Za-z]*\d+[A-Za-z]*)*\s*$")]
    private static partial Regex NumericRegex();

    [GeneratedRegex(@"\d\s*(?:[-\u2013,&]|\band\b)\s*[A-Za-z]*\d")]
    private static partial Regex PluralRegex();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsRegex();

    public static bool IsNumeric(string s) => NumericRegex().IsMatch(s);

    /// <summary>is-numeric as citeproc-js judges a variable: by the part before a label inside it, so that
    /// "2, supp. 2" is a numeric volume.</summary>
    public static bool IsNumericBeforeEmbeddedLabel(string s)
    {
        var embedded = EmbeddedLabelRegex().Match(s);
        return IsNumeric(embedded.Success && embedded.Index > 0 ? s[..embedded.Index] : s);
    }

    public static bool IsPlural(string value, string variable, string? andTerm = null)
    {
        if (variable is "number-of-pages" or "number-of-volumes")
        {
            var m = DigitsRegex().Match(value);
            return m.Success && long.TryParse(m.Value, out var n) && n > 1;
        }
        // Plural when two or more numbers (digits or roman numerals) are joined by range or list separators;
        // only the part before an embedded label ("367-368, fig. 333") counts.
        if (value.Contains("\\-")) return false;
        var embedded = EmbeddedLabelRegex().Match(value);
        if (embedded.Success && embedded.Index > 0) value = value[..embedded.Index];
        var tokens = TokenRegex().Split(value);
        int numeric = 0;
        foreach (var t in tokens)
        {
            if (t.Length == 0) continue;
            if (NumberTokenRegex().IsMatch(t)) { numeric++; continue; }
            if (t is "and" or "&" || (andTerm is not null && t == andTerm)) continue;
            return false;
        }
        return numeric >= 2;
    }

    // The labels citeproc-js recognises inside a field (CSL.STATUTE_SUBDIV_PLAIN_REGEX).
    [GeneratedRegex(@"[\s,;]*\b(?:add|amend|annot|app|art|bibliog|bk|ch|cl|cmt|col|dec|dept|div|ex|fig|fld|fol|hypo|illus|intro|l|n|no|op|p|pmbl|pp|para|princ|pt|pub|r|rn|sch|sched|sec|ser|subch|subdiv|subpara|subsec|supp|sv|tbl|tit|vol|vrs)\.\s")]
    public static partial Regex EmbeddedLabelRegex();

    /// <summary>A locator that starts with its own label ("vol. 1, fol. 186") is printed without the cite's label.</summary>
    public static bool StartsWithLabel(string locator) => EmbeddedLabelRegex().Match(locator) is { Success: true, Index: 0 };

    [GeneratedRegex(@"[\s,&\-\u2013]+")]
    private static partial Regex TokenRegex();

    [GeneratedRegex(@"^(?:[A-Za-z]?\d+[A-Za-z]?|[ivxlcdm]+|[IVXLCDM]+)$")]
    private static partial Regex NumberTokenRegex();

    public static string Format(string value, NumberForm form, MergedLocale locale, Gender gender)
    {
        var sb = new StringBuilder();
        int i = 0;
        var s = value.Trim();
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsDigit(c))
            {
                int start = i;
                while (i < s.Length && char.IsDigit(s[i])) i++;
                // Only bare numbers get a form; "2b" stays as it is.
                bool glued = (start > 0 && char.IsLetter(s[start - 1])) || (i < s.Length && char.IsLetter(s[i]));
                var digits = s[start..i];
                if (!glued && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    sb.Append(FormatOne(n, form, locale, gender));
                else sb.Append(digits);
                continue;
            }
            if (c == '-' || c == '\u2013')
            {
                // Ranges: normalize spacing and use an en dash.
                while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
                sb.Append(locale.GetTerm("page-range-delimiter") ?? "\u2013");
                i++;
                while (i < s.Length && s[i] == ' ') i++;
                continue;
            }
            if (c == ',')
            {
                while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
                sb.Append(", ");
                i++;
                while (i < s.Length && s[i] == ' ') i++;
                continue;
            }
            if (c == '&')
            {
                while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
                sb.Append(' ').Append(locale.GetTerm("and", TermForm.Symbol) ?? "&").Append(' ');
                i++;
                while (i < s.Length && s[i] == ' ') i++;
                continue;
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    public static string FormatOne(long n, NumberForm form, MergedLocale locale, Gender gender) => form switch
    {
        NumberForm.Ordinal => n.ToString(CultureInfo.InvariantCulture) + locale.OrdinalSuffix(n, gender),
        NumberForm.LongOrdinal => locale.LongOrdinal(n, gender) ?? n.ToString(CultureInfo.InvariantCulture) + locale.OrdinalSuffix(n, gender),
        NumberForm.Roman => n > 0 && n < 4000 ? Roman(n) : n.ToString(CultureInfo.InvariantCulture),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    public static string Roman(long n)
    {
        ReadOnlySpan<int> vals = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] syms = ["m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"];
        var sb = new StringBuilder();
        for (int i = 0; i < vals.Length; i++)
            while (n >= vals[i]) { sb.Append(syms[i]); n -= vals[i]; }
        return sb.ToString();
    }
}

/// <summary>page-range-format: expanded, minimal, minimal-two, chicago (chicago-15, chicago-16).</summary>
public static partial class PageRange
{
    [GeneratedRegex(@"(?<![\w\\])([A-Za-z]*)(\d+)\s*(?:-+|\u2013)\s*([A-Za-z]*)(\d+)(?!\w)")]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"(?<!\w)([ivxlcdm]+|[IVXLCDM]+)\s*(?:-+|\u2013)\s*([ivxlcdm]+|[IVXLCDM]+)(?!\w)")]
    private static partial Regex RomanRangeRegex();

    [GeneratedRegex(@"(?<![\\\w])((?:[A-Za-z]?\d+[A-Za-z]?)|[ivxlcdm]+|[IVXLCDM]+)\s*(?:-+|\u2013)\s*((?:[A-Za-z]?\d+[A-Za-z]?)|[ivxlcdm]+|[IVXLCDM]+)(?!\w)")]
    private static partial Regex HyphenRegex();

    /// <summary>Without a page-range-format, hyphens between numbers become en dashes; "\-" is a literal hyphen.</summary>
    public static string Dashes(string s, MergedLocale? locale = null)
    {
        if (!s.Contains('-') && !s.Contains('\u2013')) return s;
        var delim = locale?.GetTerm("page-range-delimiter") ?? "\u2013";
        s = HyphenRegex().Replace(s, "$1" + delim.Replace("$", "$$") + "$2");
        return s.Replace("\\-", "-");
    }

    public static string Format(string s, string format, MergedLocale locale)
    {
        var delim = locale.GetTerm("page-range-delimiter") ?? "\u2013";
        if (s.Contains("\\-")) return s.Replace("\\-", "-");
        s = RomanRangeRegex().Replace(s, m => m.Groups[1].Value + delim + m.Groups[2].Value);
        s = Regex.Replace(s, @"(\S)\s+-\s+(\S)", "$1-$2");
        return RangeRegex().Replace(s, m =>
        {
            var p1 = m.Groups[1].Value;
            var a = m.Groups[2].Value;
            var p2 = m.Groups[3].Value;
            var b = m.Groups[4].Value;
            // Different prefixes ("N110-P5"): left alone, with a plain hyphen.
            if (p1 != p2) return p1 + a + "-" + p2 + b;
            if (b.Length < a.Length) b = a[..(a.Length - b.Length)] + b;
            if (!long.TryParse(a, out var na) || !long.TryParse(b, out var nb) || nb <= na || a.Length != b.Length)
                return p1 + a + delim + p2 + m.Groups[4].Value;
            string end = format switch
            {
                "minimal" => Minimal(a, b, 1),
                "minimal-two" => Minimal(a, b, 2),
                "chicago" or "chicago-15" => Chicago(a, b, na, false),
                "chicago-16" => Chicago(a, b, na, true),
                _ => p2 + b,
            };
            return p1 + a + delim + end;
        });
    }

    private static string Minimal(string a, string b, int min)
    {
        int i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        int keep = b.Length - i;
        if (keep < min) keep = Math.Min(min, b.Length);
        return b[(b.Length - keep)..];
    }

    private static string Chicago(string a, string b, long na, bool is16)
    {
        if (na < 100 || na % 100 == 0) return b;
        if (na % 100 < 10) return Minimal(a, b, 1);
        var m = Minimal(a, b, 2);
        if (!is16 && a.Length == 4 && m.Length >= 3) return b;
        return m;
    }
}
