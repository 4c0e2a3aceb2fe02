namespace Citations.Csl.Data;

/// <summary>Year, month (1–12, or 13–16 for seasons) and day; zero means absent. Negative years are BC.</summary>
public struct DateParts
{
    public int Year, Month, Day;
    public bool HasYear;

    public DateParts(int year, int month, int day, bool hasYear = true)
    {
        Year = year; Month = month; Day = day; HasYear = hasYear;
    }

    public readonly bool IsEmpty => !HasYear && Month == 0 && Day == 0;

    public override readonly string ToString() => $"{Year}-{Month}-{Day}";
}

/// <summary>A CSL-JSON date: a single date or a range, optionally uncertain (circa), seasonal or literal.</summary>
public sealed class DateValue
{
    public DateParts Start;
    public DateParts? End;
    public string? Season;
    public bool Circa;
    public string? Literal;

    public bool IsRange => End is { } e && !e.IsEmpty;

    /// <summary>Sort key: YYYYYMMDD with a sign, so that BC dates come first.</summary>
    public string SortKey(bool includeEnd = true)
    {
        if (Literal is not null && Start.IsEmpty) return "";
        static string K(DateParts p)
        {
            int y = p.Year;
            var ys = y < 0 ? "0" + (100000 + y).ToString("00000") : "1" + y.ToString("00000");
            int m = p.Month > 12 ? 0 : p.Month;
            return ys + m.ToString("00") + p.Day.ToString("00");
        }
        var s = K(Start);
        if (includeEnd && End is { } e && !e.IsEmpty) s += "/" + K(e);
        return s;
    }
}
