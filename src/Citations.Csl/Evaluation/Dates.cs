using System.Globalization;
using Citations.Csl.Data;
using Citations.Csl.Output;
using Citations.Csl.Style;

namespace Citations.Csl.Evaluation;

internal static partial class Evaluator
{
    private static Blob? RenderDate(DateElement de, RenderContext ctx)
    {
        if (ctx.AuthorOnly) return null;
        ctx.VarsCalled++;
        if (ctx.IsSuppressed(de.Variable)) return null;
        var dv = ctx.Item.GetDate(de.Variable);
        if (dv is null) return null;
        if (dv.Start.IsEmpty && dv.Literal is null && dv.Season is null) return null;
        ctx.Record(de.Variable);
        var result = RenderDateInner(de, dv, ctx);
        if (result is not null) ctx.VarsRendered++;
        return result;
    }

    private static Blob? RenderDateInner(DateElement de, DateValue dv, RenderContext ctx)
    {
        if (ctx.Sorting)
        {
            // Sort keys: chronological, limited to the parts the element shows.
            bool hasMonth = de.Form is not null ? de.Scope != DatePartsScope.Year : Array.Exists(de.Parts, p => p.Name == DatePartName.Month);
            bool hasDay = de.Form is not null ? de.Scope == DatePartsScope.YearMonthDay : Array.Exists(de.Parts, p => p.Name == DatePartName.Day);
            var copy = new DateValue { Start = dv.Start, End = dv.End, Literal = dv.Literal };
            if (!hasMonth) { copy.Start.Month = 0; copy.Start.Day = 0; }
            else if (!hasDay) copy.Start.Day = 0;
            var key = copy.SortKey(false);
            return key.Length == 0 ? null : Blob.Leaf(key);
        }

        if (dv.Literal is not null && dv.Start.IsEmpty)
        {
            return Finish(RichText.Parse(dv.Literal), de, ctx);
        }

        // Resolve the parts to render: the style's own (non-localized) or the locale's, filtered and overridden.
        DatePartElement[] parts;
        string delimiter;
        if (de.Form is "text" or "numeric")
        {
            var loc = de.Form == "text" ? ctx.Locale.TextDate : ctx.Locale.NumericDate;
            if (loc is null) return null;
            var list = new List<DatePartElement>(3);
            foreach (var lp in loc.Parts)
            {
                if (de.Scope == DatePartsScope.Year && lp.Name != DatePartName.Year) continue;
                if (de.Scope == DatePartsScope.YearMonth && lp.Name == DatePartName.Day) continue;
                var over = Array.Find(de.Parts, p => p.Name == lp.Name);
                if (over is null) list.Add(lp);
                else
                {
                    var merged = new DatePartElement
                    {
                        Name = lp.Name,
                        Form = over.Form ?? lp.Form,
                        RangeDelimiter = over.RangeDelimiter ?? lp.RangeDelimiter,
                        Prefix = lp.Prefix,
                        Suffix = lp.Suffix,
                        Decor = over.Decor.IsEmpty ? lp.Decor : over.Decor,
                        TextCase = over.TextCase != TextCase.None ? over.TextCase : lp.TextCase,
                        StripPeriods = over.StripPeriods || lp.StripPeriods,
                    };
                    list.Add(merged);
                }
            }
            parts = list.ToArray();
            delimiter = loc.Delimiter;
            // The localized date's own affixes sit inside the style element's.
            var inner = RenderDateValue(dv, parts, delimiter, ctx);
            if (inner is null) return null;
            if (loc.Prefix.Length > 0 || loc.Suffix.Length > 0 || !loc.Decor.IsEmpty)
            {
                var w = Blob.Branch([inner]);
                w.Prefix = loc.Prefix; w.Suffix = loc.Suffix; w.Decor = loc.Decor;
                inner = w;
            }
            return Finish(inner, de, ctx);
        }
        parts = de.Parts;
        delimiter = de.Delimiter;
        var content = RenderDateValue(dv, parts, delimiter, ctx);
        if (content is null) return null;
        return Finish(content, de, ctx);
    }

    private static Blob? RenderDateValue(DateValue dv, DatePartElement[] parts, string delimiter, RenderContext ctx)
    {
        var s = dv.Start;
        if (!dv.IsRange || SameDate(s, dv.End!.Value, parts))
        {
            var b = RenderParts(dv, s, parts, 0, parts.Length, delimiter, ctx, true);
            return b;
        }
        var e = dv.End!.Value;
        if (e.Year == 0 && e.Month == 0 && e.Day == 0 || (!e.HasYear && e.Month == 0))
        {
            // Open range ("1987–").
            var open = RenderParts(dv, s, parts, 0, parts.Length, delimiter, ctx, true);
            if (open is null) return null;
            var yd = Array.Find(parts, p => p.Name == DatePartName.Year)?.RangeDelimiter ?? "\u2013";
            return Blob.Branch([open, Blob.Leaf(yd)]);
        }
        DatePartName diff = s.Year != e.Year ? DatePartName.Year : s.Month != e.Month ? DatePartName.Month : DatePartName.Day;
        var diffPart = Array.Find(parts, p => p.Name == diff);
        string rangeDelim = diffPart?.RangeDelimiter ?? "\u2013";
        if (diff == DatePartName.Year || diffPart is null)
        {
            if (diffPart is null) rangeDelim = Array.Find(parts, p => p.Name == DatePartName.Year)?.RangeDelimiter ?? "\u2013";
            var a = RenderParts(dv, s, parts, 0, parts.Length, delimiter, ctx, false);
            var z = RenderParts(dv, e, parts, 0, parts.Length, delimiter, ctx, true);
            if (a is null || z is null) return a ?? z;
            return Blob.Branch([a, Blob.Leaf(rangeDelim), z]);
        }
        // Only month/day vary: the shared parts are rendered once around the range.
        int first = -1, last = -1;
        for (int i = 0; i < parts.Length; i++)
        {
            bool hasDay = s.Day > 0 || e.Day > 0;
            bool varying = diff == DatePartName.Month ? parts[i].Name == DatePartName.Month || (parts[i].Name == DatePartName.Day && hasDay) : parts[i].Name == DatePartName.Day;
            if (varying) { if (first < 0) first = i; last = i; }
        }
        var kids = new List<Blob>();
        var before = RenderParts(dv, s, parts, 0, first, delimiter, ctx, false);
        var startVar = RenderParts(dv, s, parts, first, last + 1, delimiter, ctx, false, dropLastSuffix: true);
        var endVar = RenderParts(dv, e, parts, first, last + 1, delimiter, ctx, false, dropFirstPrefix: true);
        var after = RenderParts(dv, s, parts, last + 1, parts.Length, delimiter, ctx, true);
        if (before is not null) kids.Add(before);
        var range = new List<Blob>();
        if (startVar is not null) range.Add(startVar);
        if (startVar is not null && endVar is not null) range.Add(Blob.Leaf(rangeDelim));
        if (endVar is not null) range.Add(endVar);
        if (range.Count > 0) kids.Add(Blob.Branch(range));
        if (after is not null) kids.Add(after);
        if (kids.Count == 0) return null;
        var br = Blob.Branch(kids);
        br.Delimiter = delimiter;
        return br;
    }

    private static bool SameDate(DateParts a, DateParts b, DatePartElement[] parts)
    {
        foreach (var p in parts)
        {
            switch (p.Name)
            {
                case DatePartName.Year: if (a.Year != b.Year) return false; break;
                case DatePartName.Month: if (a.Month != b.Month) return false; break;
                case DatePartName.Day: if (a.Day != b.Day) return false; break;
            }
        }
        return true;
    }

    private static Blob? RenderParts(DateValue dv, DateParts d, DatePartElement[] parts, int from, int to, string delimiter,
        RenderContext ctx, bool allowYearSuffix, bool dropLastSuffix = false, bool dropFirstPrefix = false)
    {
        List<Blob>? list = null;
        for (int i = from; i < to; i++)
        {
            var p = parts[i];
            string? text = null;
            bool isNumber = false;
            switch (p.Name)
            {
                case DatePartName.Year:
                    if (!d.HasYear) break;
                    text = YearText(d.Year, p.Form, ctx);
                    break;
                case DatePartName.Month:
                    if (d.Month >= 13 && d.Month <= 16)
                        text = ctx.Locale.GetTerm($"season-{d.Month - 12:00}") ?? "";
                    else if (d.Month >= 1 && d.Month <= 12)
                        text = MonthText(d.Month, p.Form, ctx);
                    else if (dv.Season is { Length: > 0 } season && ReferenceEquals(parts, parts))
                        text = int.TryParse(season, out var sn) && sn >= 1 && sn <= 4 ? ctx.Locale.GetTerm($"season-{sn:00}") : season;
                    break;
                case DatePartName.Day:
                    if (d.Day <= 0 || d.Month <= 0 || d.Month > 12) break;
                    text = DayText(d.Day, d.Month, p.Form, ctx);
                    break;
            }
            if (string.IsNullOrEmpty(text)) continue;
            if (p.TextCase != TextCase.None) text = TextCaser.Apply(text, p.TextCase);
            if (p.StripPeriods) text = text.Replace(".", "");
            var b = new Blob { Text = text, IsNumber = isNumber };
            if (p.Name == DatePartName.Year && allowYearSuffix && !ctx.YearSuffixRendered && !ctx.RendersYearSuffixExplicitly
                && ctx.Disamb?.YearSuffix is { Length: > 0 } ys)
            {
                b = Blob.Branch([b, Blob.Leaf(ys)]);
                ctx.YearSuffixRendered = true;
            }
            b.Decor = p.Decor;
            b.Prefix = dropFirstPrefix && i == from ? "" : p.Prefix;
            b.Suffix = dropLastSuffix && i == to - 1 ? "" : p.Suffix;
            (list ??= new List<Blob>(3)).Add(b);
        }
        if (list is null) return null;
        var br = Blob.Branch(list);
        br.Delimiter = delimiter;
        return br;
    }

    private static string YearText(int year, string? form, RenderContext ctx)
    {
        if (year < 0)
        {
            return (-year).ToString(CultureInfo.InvariantCulture) + (ctx.Locale.GetTerm("bc") ?? "BC");
        }
        if (form == "short")
        {
            var s = year.ToString(CultureInfo.InvariantCulture);
            return s.Length > 2 ? s[^2..] : s;
        }
        if (year > 0 && year < 1000) return year.ToString(CultureInfo.InvariantCulture) + (ctx.Locale.GetTerm("ad") ?? "AD");
        return year.ToString(CultureInfo.InvariantCulture);
    }

    private static string? MonthText(int month, string? form, RenderContext ctx) => form switch
    {
        "numeric" => month.ToString(CultureInfo.InvariantCulture),
        "numeric-leading-zeros" => month.ToString("00", CultureInfo.InvariantCulture),
        "short" => ctx.Locale.GetTerm($"month-{month:00}", TermForm.Short),
        _ => ctx.Locale.GetTerm($"month-{month:00}"),
    };

    private static string DayText(int day, int month, string? form, RenderContext ctx)
    {
        switch (form)
        {
            case "numeric-leading-zeros":
                return day.ToString("00", CultureInfo.InvariantCulture);
            case "ordinal":
                if (ctx.Locale.LimitDayOrdinalsToDay1 && day != 1) return day.ToString(CultureInfo.InvariantCulture);
                var gender = ctx.Locale.GenderOf($"month-{month:00}");
                return day.ToString(CultureInfo.InvariantCulture) + ctx.Locale.OrdinalSuffix(day, gender);
            default:
                return day.ToString(CultureInfo.InvariantCulture);
        }
    }
}
