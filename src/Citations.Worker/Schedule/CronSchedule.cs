using System.Text.RegularExpressions;
using Quartz;

namespace Citations.Worker.Schedule;

/// <summary>
/// When the nightly pass runs, from a cron expression: the usual five fields (minute hour day-of-month
/// month day-of-week, "0 2 * * *"), or Quartz's six or seven (with seconds). Quartz's CronExpression
/// computes the occurrences; five-field expressions are put in its form (seconds first, '?' for the
/// unused day field, week days by name since Quartz counts Sunday as 1 where cron counts it as 0).
/// </summary>
public sealed partial class CronSchedule
{
    readonly CronExpression _expression;

    public string Expression { get; }

    CronSchedule(string expression, CronExpression quartz)
    {
        Expression = expression;
        _expression = quartz;
    }

    public static CronSchedule Parse(string expression, TimeZoneInfo? timeZone = null)
    {
        string quartz = ToQuartz(expression);
        try
        {
            var cron = new CronExpression(quartz) { TimeZone = timeZone ?? TimeZoneInfo.Local };
            return new CronSchedule(expression, cron);
        }
        catch (FormatException e)
        {
            throw new FormatException($"Worker:Schedule '{expression}' is not a cron expression: {e.Message}", e);
        }
    }

    /// <summary>The first time strictly after <paramref name="after"/>, or null when the expression never fires again.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) => _expression.GetNextValidTimeAfter(after);

    static string ToQuartz(string expression)
    {
        var fields = expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is 6 or 7) return string.Join(' ', fields);
        if (fields.Length != 5)
            throw new FormatException($"Worker:Schedule '{expression}' has {fields.Length} fields; a cron expression has five: minute hour day-of-month month day-of-week");
        string dayOfMonth = fields[2], dayOfWeek = fields[4];
        if (dayOfWeek == "*") dayOfWeek = "?";
        else if (dayOfMonth == "*") dayOfMonth = "?";
        else throw new FormatException($"Worker:Schedule '{expression}' restricts both the day of the month and the day of the week; give one and '*' for the other");
        dayOfWeek = WeekdayNumber().Replace(dayOfWeek, m => int.Parse(m.Value) switch
        {
            0 or 7 => "SUN", 1 => "MON", 2 => "TUE", 3 => "WED", 4 => "THU", 5 => "FRI", 6 => "SAT",
            _ => throw new FormatException($"Worker:Schedule '{expression}': day of the week {m.Value} is not 0-7"),
        });
        return $"0 {fields[0]} {fields[1]} {dayOfMonth} {fields[3]} {dayOfWeek}";
    }

    /// <summary>A week-day number, not a step ("*/2") or a nth-weekday ("5#3").</summary>
    [GeneratedRegex(@"(?<![/#\d])\d+")]
    private static partial Regex WeekdayNumber();
}
