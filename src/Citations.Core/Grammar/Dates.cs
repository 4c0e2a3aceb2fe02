using System.Text.RegularExpressions;
using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Grammar;

/// <summary>A date found in text, with the span it came from.</summary>
public sealed record DateMatch(CslDate Date, int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Dates as historians write them in notes: "Mar. 7, 1942", "17 July 1957", "July 12-13, 1943",
/// "12-15 January 1993", "Aug. 11, 23, 1943", "early May 1943", "Fall 1991", "Nov. 1947", "1943".
/// </summary>
public static partial class Dates
{
    // English month names first; German, French and transliterated Russian ones for dates in other languages' notes.
    const string Month = @"(?<month>(?:" + "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
        + "|Januar|Februar|März|Maerz|Juni|Juli|Oktober|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
        + "|ianvaria|fevralia|marta|aprelia|maia|iiunia|iiulia|avgusta|sentiabria|oktiabria|noiabria|dekabria" + @")\.?)";

    // Month D[-D][, D], YYYY — "Mar. 7, 1942", "July 12-13, 1943", "Aug. 11, 23, 1943"
    [GeneratedRegex(@"(?<![\p{L}])" + Month + @"\s+(?<day>\d{1,2})(?:\s*[-–]\s*(?<day2>\d{1,2}))?(?:,\s*(?<day3>\d{1,2}))?,?\s+(?<year>1[5-9]\d\d|20\d\d)(?!\d)")]
    private static partial Regex MonthDayYear();

    // D[-D] Month YYYY — "17 July 1957", "12-15 January 1993"
    [GeneratedRegex(@"(?<![\d\p{L}])(?<day>\d{1,2})\.?(?:\s*[-–]\s*(?<day2>\d{1,2})\.?)?\s+" + Month + @",?\s+(?<year>1[5-9]\d\d|20\d\d)(?!\d)")]
    private static partial Regex DayMonthYear();

    // Month YYYY, with "early"/"mid-"/"late" — "Nov. 1947", "early May 1943"
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:early|mid-?|late)\s*)?" + Month + @",?\s+(?<year>1[5-9]\d\d|20\d\d)(?!\d)")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\p{L}])(?<season>Spring|Summer|Fall|Autumn|Winter)\s+(?<year>1[5-9]\d\d|20\d\d)(?!\d)")]
    private static partial Regex SeasonYear();

    // "19.8.1955", "1.8.1955", "10.IX.1955": day, month and year as European notes write them.
    [GeneratedRegex(@"(?<![\d\p{L}.])(?<day>[0-3]?\d)\.(?<month>[01]?\d|[IVX]{1,4})\.\s?(?<year>1[5-9]\d\d|20\d\d)(?!\d)")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\d\-–/.])(?<year>1[5-9]\d\d|20\d\d)(?:\s*[-–]\s*(?<year2>(?:1[5-9])?\d\d))?(?![\d])")]
    private static partial Regex YearOnly();

    /// <summary>Every date in <paramref name="text"/>, most specific first where they overlap, in text order.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string text)
    {
        var found = new List<DateMatch>();
        void AddIfFree(DateMatch d)
        {
            if (!found.Any(f => f.Start < d.End && d.Start < f.End)) found.Add(d);
        }
        foreach (Match m in MonthDayYear().Matches(text))
        {
            int year = int.Parse(m.Groups["year"].Value), month = Months.Parse(m.Groups["month"].Value)!.Value, day = int.Parse(m.Groups["day"].Value);
            var date = CslDate.Of(year, month, day);
            if (m.Groups["day2"].Success && int.Parse(m.Groups["day2"].Value) is int d2 && d2 > day)
                date = CslDate.Range(date, CslDate.Of(year, month, d2));
            AddIfFree(new DateMatch(date, m.Index, m.Length));
        }
        foreach (Match m in DayMonthYear().Matches(text))
        {
            int year = int.Parse(m.Groups["year"].Value), month = Months.Parse(m.Groups["month"].Value)!.Value, day = int.Parse(m.Groups["day"].Value);
            if (day > 31) continue;
            var date = CslDate.Of(year, month, day);
            if (m.Groups["day2"].Success && int.Parse(m.Groups["day2"].Value) is int d2 && d2 > day)
                date = CslDate.Range(date, CslDate.Of(year, month, d2));
            AddIfFree(new DateMatch(date, m.Index, m.Length));
        }
        foreach (Match m in NumericDate().Matches(text))
        {
            int day = int.Parse(m.Groups["day"].Value);
            int? month = int.TryParse(m.Groups["month"].Value, out int mm) ? mm : RomanMonth(m.Groups["month"].Value);
            if (day is < 1 or > 31 || month is not (>= 1 and <= 12)) continue;
            AddIfFree(new DateMatch(CslDate.Of(int.Parse(m.Groups["year"].Value), month.Value, day), m.Index, m.Length));
        }
        foreach (Match m in MonthYear().Matches(text))
            AddIfFree(new DateMatch(CslDate.Of(int.Parse(m.Groups["year"].Value), Months.Parse(m.Groups["month"].Value)), m.Index, m.Length));
        foreach (Match m in SeasonYear().Matches(text))
            AddIfFree(new DateMatch(new CslDate { DateParts = [[int.Parse(m.Groups["year"].Value)]], Season = Months.Seasons[m.Groups["season"].Value] }, m.Index, m.Length));
        foreach (Match m in YearOnly().Matches(text))
        {
            int year = int.Parse(m.Groups["year"].Value);
            AddIfFree(new DateMatch(CslDate.Of(year), m.Index, m.Length));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    static int? RomanMonth(string roman) =>
        Array.IndexOf(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"], roman) is int i and >= 0 ? i + 1 : null;

    /// <summary>The date when <paramref name="text"/> is a date and nothing else (trailing punctuation aside).</summary>
    public static CslDate? ParseExact(string text)
    {
        string t = text.Trim().TrimEnd(Punctuation.PeriodCommaSemicolon);
        var all = FindAll(t);
        return all.Count == 1 && all[0].Start == 0 && all[0].Length >= t.Length - 1 ? all[0].Date : null;
    }

    /// <summary>The month-day dates of a run like "Jan. 30, Mar. 19, 1942" (one year for all).</summary>
    public static IReadOnlyList<CslDate> SeveralDays(string text)
    {
        var m = SeveralDaysPattern().Match(text.Trim());
        if (!m.Success) return [];
        int year = int.Parse(m.Groups["year"].Value);
        var dates = new List<CslDate>();
        foreach (Capture c in m.Groups["md"].Captures)
        {
            var md = MonthDay().Match(c.Value);
            if (md.Success) dates.Add(CslDate.Of(year, Months.Parse(md.Groups["month"].Value)!.Value, int.Parse(md.Groups["day"].Value)));
        }
        return dates;
    }

    [GeneratedRegex(@"^(?:(?<md>" + Month + @"\s+\d{1,2}),\s+){2,}(?<year>1[5-9]\d\d|20\d\d)\.?$")]
    private static partial Regex SeveralDaysPattern();

    [GeneratedRegex(Month + @"\s+(?<day>\d{1,2})")]
    private static partial Regex MonthDay();
}
