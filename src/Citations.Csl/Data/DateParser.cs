using System.Globalization;
using System.Text.RegularExpressions;

namespace Citations.Csl.Data;

/// <summary>
/// Parses free-text dates ("raw" in CSL-JSON, or dates given as plain strings): ISO dates,
/// "Oct. 1943", "12 October 1943", "October 12, 1943", seasons, ranges ("1943–1945",
/// "2000-01-05/2000-02-07") and "circa". What cannot be read becomes a literal date.
/// </summary>
public static partial class DateParser
{
    private static readonly string[] Months =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];

    private static readonly (string, int)[] ExtraMonths =
    [
        ("janv", 1), ("févr", 2), ("fevr", 2), ("mars", 3), ("avr", 4), ("mai", 5), ("juin", 6), ("juil", 7), ("août", 8), ("aout", 8),
        ("sept", 9), ("déc", 12), ("januar", 1), ("februar", 2), ("märz", 3), ("maerz", 3), ("juni", 6), ("juli", 7), ("okt", 10), ("dez", 12),
        ("ocak", 1), ("şubat", 2), ("nisan", 4), ("mayıs", 5), ("haziran", 6), ("temmuz", 7), ("ağustos", 8), ("eylül", 9), ("ekim", 10), ("kasım", 11), ("aralık", 12),
    ];

    private static readonly (string, int)[] Seasons =
    [
        ("spring", 13), ("summer", 14), ("autumn", 15), ("fall", 15), ("winter", 16),
        ("bahar", 13), ("yaz", 14), ("sonbahar", 15), ("kış", 16),
    ];

    [GeneratedRegex(@"^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?$")]
    private static partial Regex IsoRegex();

    public static DateValue Parse(string raw)
    {
        var s = raw.Trim();
        var dv = new DateValue();
        if (s.Length == 0) { dv.Literal = raw; return dv; }
        var lower = s.ToLowerInvariant();
        foreach (var c in new[] { "circa ", "ca. ", "c. ", "ca ", "approx. " })
        {
            if (lower.StartsWith(c, StringComparison.Ordinal)) { dv.Circa = true; s = s[c.Length..].Trim(); lower = s.ToLowerInvariant(); break; }
        }
        if (s.EndsWith('?')) { dv.Circa = true; s = s[..^1]; }
        // Range separators: "/", " - ", en dash; a plain "-" only between two years or full dates.
        string? left = null, right = null;
        int slash = s.IndexOf('/');
        if (slash > 0) { left = s[..slash]; right = s[(slash + 1)..]; }
        else
        {
            foreach (var sep in new[] { "\u2013", "\u2014", " - ", " to " })
            {
                int i = s.IndexOf(sep, StringComparison.Ordinal);
                if (i > 0) { left = s[..i]; right = s[(i + sep.Length)..]; break; }
            }
            if (left is null)
            {
                var m = Regex.Match(s, @"^(\d{3,4})-(\d{3,4})$");
                if (m.Success) { left = m.Groups[1].Value; right = m.Groups[2].Value; }
                else
                {
                    var m2 = Regex.Match(s, @"^(\d{4}-\d{1,2}-\d{1,2})-(\d{4}-\d{1,2}-\d{1,2})$");
                    if (m2.Success) { left = m2.Groups[1].Value; right = m2.Groups[2].Value; }
                }
            }
        }
        if (left is not null && right is not null)
        {
            var a = ParseSingle(left.Trim(), out var seasonA);
            var b = ParseSingle(right.Trim(), out var seasonB);
            if (a is { } pa && b is { } pb)
            {
                // "May–June 1943": the end's year applies to the start.
                if (!pa.HasYear && pb.HasYear) { pa.Year = pb.Year; pa.HasYear = true; }
                // "3-5 June 1943"
                if (pa.Month == 0 && pa.Day > 0 && pb.Month > 0) pa.Month = pb.Month;
                dv.Start = pa;
                dv.End = pb;
                dv.Season = seasonA;
                return dv;
            }
        }
        var single = ParseSingle(s, out var season);
        if (single is { } p && (p.HasYear || p.Month > 0))
        {
            dv.Start = p;
            dv.Season = season;
            return dv;
        }
        return new DateValue { Literal = raw };
    }

    private static DateParts? ParseSingle(string s, out string? season)
    {
        season = null;
        if (s.Length == 0) return null;
        var iso = IsoRegex().Match(s);
        if (iso.Success)
        {
            int y = int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture);
            int m = iso.Groups[2].Success ? int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            int d = iso.Groups[3].Success ? int.Parse(iso.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
            if (m > 16) return null;
            return new DateParts(y, m, d);
        }
        bool bc = false;
        var work = s;
        var lw = work.ToLowerInvariant();
        foreach (var e in new[] { " bc", " b.c.", " bce", "bc", "b.c." })
            if (lw.EndsWith(e, StringComparison.Ordinal)) { bc = true; work = work[..^e.Length]; lw = work.ToLowerInvariant(); break; }
        foreach (var e in new[] { " ad", " a.d.", " ce" })
            if (lw.EndsWith(e, StringComparison.Ordinal)) { work = work[..^e.Length]; lw = work.ToLowerInvariant(); break; }
        // Numeric "d/m/y" or "m/d/y" forms are ambiguous; take "y.m.d" and "d.m.y".
        var dotted = Regex.Match(work, @"^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$");
        if (dotted.Success)
            return new DateParts(int.Parse(dotted.Groups[3].Value), int.Parse(dotted.Groups[2].Value), int.Parse(dotted.Groups[1].Value));
        int year = 0, month = 0, day = 0;
        bool hasYear = false;
        var tokens = Regex.Split(work, @"[\s,.]+");
        foreach (var raw in tokens)
        {
            if (raw.Length == 0) continue;
            var t = raw.ToLowerInvariant();
            if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                if (t.Length >= 3 || (hasYear == false && n > 31) || (day > 0 && !hasYear && month > 0)) { year = n; hasYear = true; }
                else if (day == 0) day = n;
                else if (!hasYear) { year = n; hasYear = true; }
                continue;
            }
            var ord = Regex.Match(t, @"^(\d{1,2})(st|nd|rd|th|er|e)$");
            if (ord.Success) { day = int.Parse(ord.Groups[1].Value); continue; }
            int mm = MonthOf(t);
            if (mm > 0) { month = mm; continue; }
            foreach (var (name, num) in Seasons)
                if (t == name) { month = num; goto next; }
            return null;
        next:;
        }
        if (!hasYear && month == 0) return null;
        if (bc) year = -year;
        if (month > 12 && day > 0) day = 0;
        return new DateParts(year, month, day, hasYear);
    }

    private static int MonthOf(string t)
    {
        if (t.Length < 3) return 0;
        foreach (var (name, num) in ExtraMonths)
            if (t.StartsWith(name, StringComparison.Ordinal) && (t.Length <= name.Length + 6)) return num;
        for (int i = 0; i < Months.Length; i++)
            if (t.StartsWith(Months[i], StringComparison.Ordinal) && IsMonthWord(t, i)) return i + 1;
        return 0;
    }

    private static readonly string[] FullMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static bool IsMonthWord(string t, int i) => FullMonths[i].StartsWith(t, StringComparison.Ordinal) || t == "sept";
}
