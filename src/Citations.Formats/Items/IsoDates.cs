using System.Globalization;
using Citations.Core.Model;

namespace Citations.Formats.Items;

/// <summary>CSL dates in the ISO 8601 / EDTF forms biblatex reads: 1943, 1943-06, 1943-06-17, ranges with '/'.</summary>
public static class IsoDates
{
    public static string? Format(CslDate? date)
    {
        if (date?.DateParts is not { Count: > 0 } parts || parts[0].Count == 0) return null;
        string from = Point(parts[0]) + Season(date, parts[0]);
        // biblatex marks approximate dates with a trailing '~' (EDTF level 1).
        string circa = date.Circa == true ? "~" : "";
        if (parts.Count < 2 || parts[1].Count == 0) return from + circa;
        string to = Point(parts[1]);
        return to == from ? from + circa : $"{from}{circa}/{to}{circa}";
    }

    /// <summary>
    /// A season of a year with no month, as biblatex's year divisions (EDTF): spring 21,
    /// summer 22, autumn 23, winter 24; CSL numbers them 1 to 4 or names them.
    /// </summary>
    static string Season(CslDate date, IReadOnlyList<int> first)
    {
        if (first.Count != 1 || string.IsNullOrWhiteSpace(date.Season)) return "";
        int? code = date.Season.Trim().ToLowerInvariant() switch
        {
            "1" or "spring" => 21,
            "2" or "summer" => 22,
            "3" or "autumn" or "fall" => 23,
            "4" or "winter" => 24,
            _ => null,
        };
        return code is null ? "" : $"-{code}";
    }

    static string Point(IReadOnlyList<int> p)
    {
        string year = p[0].ToString("0000", CultureInfo.InvariantCulture);
        if (p.Count < 2 || p[1] is < 1 or > 12) return year;
        string month = p[1].ToString("00", CultureInfo.InvariantCulture);
        if (p.Count < 3 || p[2] is < 1 or > 31) return $"{year}-{month}";
        return $"{year}-{month}-{p[2].ToString("00", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The first day's parts of a date, if it has a year.</summary>
    public static (int Year, int? Month, int? Day)? Start(CslDate? date)
    {
        if (date?.DateParts is not { Count: > 0 } parts || parts[0].Count == 0) return null;
        var p = parts[0];
        int? month = p.Count > 1 && p[1] is >= 1 and <= 12 ? p[1] : null;
        int? day = month is not null && p.Count > 2 && p[2] is >= 1 and <= 31 ? p[2] : null;
        return (p[0], month, day);
    }

    /// <summary>True when the date says more than a year and a month: a day, or a range.</summary>
    public static bool IsFinerThanMonth(CslDate? date) =>
        date?.DateParts is { Count: > 0 } parts && (parts[0].Count > 2 || parts.Count > 1 && parts[1].Count > 0);
}
