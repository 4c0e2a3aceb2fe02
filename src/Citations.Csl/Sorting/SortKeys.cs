using System.Globalization;
using System.Text;
using Citations.Csl.Data;
using Citations.Csl.Evaluation;
using Citations.Csl.Style;
using SortKey = Citations.Csl.Style.SortKey;

namespace Citations.Csl.Sorting;

/// <summary>One computed sort value; null Text means "missing" (always sorted last).</summary>
public readonly record struct SortValue(string? Text, double? Number);

/// <summary>
/// The sort keys of one item, each computed only when a comparison reaches it: most items differ at the
/// first key, so the later (often macro) keys are rarely rendered.
/// </summary>
internal sealed class LazySortKeys(SortKey[] keys, Func<RenderContext> newContext, int citationNumber)
{
    private readonly SortValue?[] _values = new SortValue?[keys.Length];

    public SortValue this[int i] => _values[i] ??= SortKeys.ComputeOne(keys[i], newContext(), citationNumber);

    public static int Compare(LazySortKeys a, LazySortKeys b, SortKey[] keys)
    {
        for (int i = 0; i < keys.Length; i++)
        {
            int c = SortKeys.CompareOne(a[i], b[i], keys[i]);
            if (c != 0) return c;
        }
        return 0;
    }
}

/// <summary>Builds and compares sort keys for cs:sort (variables and macros, names, dates, numbers).</summary>
internal static class SortKeys
{
    public static SortValue[] Compute(SortKey[] keys, RenderContext ctx, int citationNumber)
    {
        var result = new SortValue[keys.Length];
        for (int i = 0; i < keys.Length; i++) result[i] = ComputeOne(keys[i], ctx, citationNumber);
        return result;
    }

    internal static SortValue ComputeOne(SortKey key, RenderContext ctx, int citationNumber)
    {
        var item = ctx.Item;
        if (key.Variable is { } v)
        {
            if (v == "citation-number") return new SortValue(citationNumber.ToString("D8"), citationNumber);
            if (item.GetNames(v) is { } names)
            {
                var sb = new StringBuilder();
                foreach (var n in names)
                {
                    if (sb.Length > 0) sb.Append("  ");
                    sb.Append(NameSortString(n, ctx.Style.DemoteNonDroppingParticle));
                }
                return new SortValue(Fold(sb.ToString()), null);
            }
            if (item.GetDate(v) is { } d)
            {
                var k = d.SortKey();
                return k.Length == 0 ? new SortValue(null, null) : new SortValue(k, null);
            }
            var s = item.Get(v) ?? (v == "citation-label" ? Evaluator.CitationLabel(item) : null);
            if (s is null) return new SortValue(null, null);
            if (IsNumberVariable(v) && TryLeadingNumber(s, out var num)) return new SortValue(s, num);
            return new SortValue(Fold(StripMarkup(s)), null);
        }
        if (key.Macro is { } m)
        {
            ctx.Sorting = true;
            ctx.SortKey = key;
            ctx.CitationNumber = citationNumber;
            var b = Evaluator.RenderChildren(m.Children, ctx, "");
            ctx.Sorting = false;
            ctx.SortKey = null;
            if (b is null) return new SortValue(null, null);
            var text = b.ToPlainText();
            if (text.Length == 0) return new SortValue(null, null);
            if (TryWholeNumber(text, out var num)) return new SortValue(text, num);
            return new SortValue(Fold(text), null);
        }
        return new SortValue(null, null);
    }

    private static bool IsNumberVariable(string v) => v is "volume" or "issue" or "number" or "edition" or "page" or "number-of-pages"
        or "number-of-volumes" or "chapter-number" or "collection-number" or "citation-number" or "first-reference-note-number" or "locator"
        or "part-number" or "printing-number" or "supplement-number" or "section";

    private static bool TryLeadingNumber(string s, out double n)
    {
        int i = 0;
        while (i < s.Length && char.IsDigit(s[i])) i++;
        n = 0;
        return i > 0 && i == s.Length && double.TryParse(s[..i], NumberStyles.None, CultureInfo.InvariantCulture, out n);
    }

    private static bool TryWholeNumber(string s, out double n)
    {
        n = 0;
        foreach (var c in s) if (!char.IsDigit(c)) return false;
        return s.Length > 0 && s.Length < 15 && double.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out n);
    }

    public static string NameSortString(Name n, string demote)
    {
        if (n.IsLiteral) return n.Literal ?? n.Family ?? n.Given ?? "";
        var sb = new StringBuilder();
        if (demote == "never" && n.NonDroppingParticle is not null) sb.Append(n.NonDroppingParticle).Append(' ');
        sb.Append(n.Family);
        sb.Append(' ');
        if (n.DroppingParticle is not null) sb.Append(n.DroppingParticle).Append(' ');
        if (demote != "never" && n.NonDroppingParticle is not null) sb.Append(n.NonDroppingParticle).Append(' ');
        sb.Append(n.Given);
        if (n.Suffix is not null) sb.Append(' ').Append(n.Suffix);
        return sb.ToString().Trim();
    }

    public static string StripMarkup(string s)
    {
        if (s.IndexOf('<') < 0) return s;
        var sb = new StringBuilder(s.Length);
        bool inTag = false;
        foreach (var c in s)
        {
            if (c == '<') inTag = true;
            else if (c == '>' && inTag) inTag = false;
            else if (!inTag) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Case- and accent-insensitive key; leading punctuation and quotes do not count.</summary>
    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (ch is '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\'' or '[' or ']' or '(' or ')' or '\u00BF' or '\u00A1'
                or ',' or '.' or ';' or ':' or '!' or '?' or '\u00AB' or '\u00BB') continue;
            sb.Append(FoldChar(ch));
        }
        return sb.ToString().Trim();
    }

    private static string FoldChar(char c)
    {
        if (c < 128) return char.ToLowerInvariant(c).ToString();
        var lower = char.ToLowerInvariant(c);
        return lower switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' => "a",
            'æ' => "ae",
            'ç' or 'ć' or 'č' or 'ĉ' => "c",
            'ď' or 'đ' => "d",
            'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => "e",
            'ğ' or 'ĝ' => "g",
            'ì' or 'í' or 'î' or 'ï' or 'ī' or 'ı' => "i",
            'ł' or 'ľ' or 'ĺ' => "l",
            'ñ' or 'ń' or 'ň' => "n",
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'ő' => "o",
            'œ' => "oe",
            'ř' or 'ŕ' => "r",
            'ś' or 'š' or 'ş' or 'ș' => "s",
            'ß' => "ss",
            'ť' or 'ţ' or 'ț' => "t",
            'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' => "u",
            'ý' or 'ÿ' => "y",
            'ź' or 'ż' or 'ž' => "z",
            _ => lower.ToString(),
        };
    }

    public static int Compare(SortValue[] a, SortValue[] b, SortKey[] keys)
    {
        for (int i = 0; i < keys.Length; i++)
        {
            int c = CompareOne(a[i], b[i], keys[i]);
            if (c != 0) return c;
        }
        return 0;
    }

    internal static int CompareOne(SortValue x, SortValue y, SortKey key)
    {
        bool xm = x.Text is null, ym = y.Text is null;
        if (xm && ym) return 0;
        if (xm) return 1; // missing last, whatever the direction
        if (ym) return -1;
        int c;
        if (x.Number is double xn && y.Number is double yn) c = xn.CompareTo(yn);
        else c = CompareNatural(x.Text!, y.Text!);
        return key.Descending ? -c : c;
    }

    /// <summary>Ordinal, except that runs of digits compare by value ("A-1820" before "A-13022"), as citeproc-js's
    /// collator does with <c>numeric: true</c>.</summary>
    internal static int CompareNatural(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                int si = i, sj = j;
                while (i < a.Length && char.IsAsciiDigit(a[i])) i++;
                while (j < b.Length && char.IsAsciiDigit(b[j])) j++;
                var da = a.AsSpan(si, i - si).TrimStart('0');
                var db = b.AsSpan(sj, j - sj).TrimStart('0');
                if (da.Length != db.Length) return da.Length.CompareTo(db.Length);
                int d = da.SequenceCompareTo(db);
                if (d != 0) return d;
                continue;
            }
            if (a[i] != b[j]) return a[i].CompareTo(b[j]);
            i++;
            j++;
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }
}
