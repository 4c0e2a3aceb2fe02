using Citations.Csl.Output;
using Citations.Csl.Style;

namespace Citations.Csl.Locale;

/// <summary>
/// The locale a style renders with: the locale file for the language, overlaid with the
/// in-style cs:locale elements (no language, base language, exact language), falling back to
/// en-US. Term lookups are cached; the object is immutable after construction and thread-safe.
/// </summary>
public sealed class MergedLocale
{
    private readonly Dictionary<(string, TermForm), Term[]> _terms = new();
    public string Lang { get; }
    public bool PunctuationInQuote { get; }
    public bool LimitDayOrdinalsToDay1 { get; }
    public DateElement? TextDate { get; }
    public DateElement? NumericDate { get; }
    public QuoteMarks Quotes { get; }
    /// <summary>True when the language is English (title case applies only then).</summary>
    public bool IsEnglish { get; }

    /// <param name="layers">Lowest priority first.</param>
    public MergedLocale(string lang, IReadOnlyList<LocaleData> layers)
    {
        Lang = lang;
        IsEnglish = lang.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var map = new Dictionary<(string, TermForm), List<Term>>();
        foreach (var layer in layers)
        {
            if (layer.DefinesOrdinals)
            {
                // CSL 1.0.1: a layer that defines any ordinal term replaces all inherited ordinal terms.
                var drop = new List<(string, TermForm)>();
                foreach (var k in map.Keys)
                    if (k.Item1 == "ordinal" || k.Item1.StartsWith("ordinal-", StringComparison.Ordinal)) drop.Add(k);
                foreach (var k in drop) map.Remove(k);
            }
            foreach (var t in layer.Terms)
            {
                var key = (t.Name, t.Form);
                if (!map.TryGetValue(key, out var list)) map[key] = list = new List<Term>();
                list.RemoveAll(x => x.HasGenderForm == t.HasGenderForm && x.GenderForm == t.GenderForm);
                list.Add(t);
            }
            if (layer.PunctuationInQuote is bool p) PunctuationInQuote = p;
            if (layer.LimitDayOrdinalsToDay1 is bool l) LimitDayOrdinalsToDay1 = l;
            if (layer.TextDate is not null) TextDate = layer.TextDate.Date;
            if (layer.NumericDate is not null) NumericDate = layer.NumericDate.Date;
        }
        foreach (var kv in map) _terms[kv.Key] = kv.Value.ToArray();
        Quotes = new QuoteMarks(
            TermText("open-quote") ?? "\u201C", TermText("close-quote") ?? "\u201D",
            TermText("open-inner-quote") ?? "\u2018", TermText("close-inner-quote") ?? "\u2019");
    }

    private string? TermText(string name) => Find(name, TermForm.Long, null) is { } t ? t.Single : null;

    private Term? FindExact(string name, TermForm form, Gender? genderForm)
    {
        if (!_terms.TryGetValue((name, form), out var arr)) return null;
        if (genderForm is Gender g)
        {
            foreach (var t in arr) if (t.HasGenderForm && t.GenderForm == g) return t;
        }
        foreach (var t in arr) if (!t.HasGenderForm) return t;
        if (genderForm is null) return null;
        return null;
    }

    /// <summary>Finds a term with the CSL form fallback (verb-short → verb → long; symbol → short → long).</summary>
    public Term? Find(string name, TermForm form, Gender? genderForm = null)
    {
        var t = FindExact(name, form, genderForm);
        if (t is not null) return t;
        switch (form)
        {
            case TermForm.VerbShort:
                return Find(name, TermForm.Verb, genderForm);
            case TermForm.Verb:
            case TermForm.Short:
                return Find(name, TermForm.Long, genderForm);
            case TermForm.Symbol:
                return Find(name, TermForm.Short, genderForm);
        }
        return null;
    }

    /// <summary>The text of a term, or null when the locale lacks it (an empty term gives "").</summary>
    public string? GetTerm(string name, TermForm form = TermForm.Long, bool plural = false)
    {
        var t = Find(name, form);
        if (t is null) return null;
        return plural ? t.Multiple : t.Single;
    }

    public bool HasTerm(string name) => _terms.ContainsKey((name, TermForm.Long));

    /// <summary>Gender of a (noun) term, for gendered ordinals.</summary>
    public Gender GenderOf(string name)
    {
        var t = Find(name, TermForm.Long);
        return t?.Gender ?? Gender.Neuter;
    }

    /// <summary>The ordinal suffix for a number (CSL 1.0.1 ordinal terms and their match rules, legacy fallback).</summary>
    public string OrdinalSuffix(long n, Gender gender)
    {
        long abs = Math.Abs(n);
        Gender? g = gender == Gender.Neuter ? null : gender;
        if (abs < 100)
        {
            var whole = FindOrdinal($"ordinal-{abs:00}", g, out _);
            if (whole is not null && whole.Match == "whole-number") return whole.Single;
        }
        long two = abs % 100;
        var t2 = FindOrdinal($"ordinal-{two:00}", g, out _);
        if (t2 is not null && (t2.Match ?? (two >= 10 ? "last-two-digits" : "last-digit")) == "last-two-digits") return t2.Single;
        long one = abs % 10;
        var t1 = FindOrdinal($"ordinal-0{one}", g, out _);
        if (t1 is not null && (t1.Match ?? "last-digit") == "last-digit") return t1.Single;
        var basic = FindOrdinal("ordinal", g, out _);
        if (basic is not null) return basic.Single;
        var legacy = one switch { 1 when two != 11 => "first", 2 when two != 12 => "second", 3 when two != 13 => "third", _ => "fourth" };
        return Find("ordinal-" + legacy, TermForm.Long)?.Single ?? "";
    }

    private Term? FindOrdinal(string name, Gender? g, out bool found)
    {
        var t = FindExact(name, TermForm.Long, g) ?? (g is not null ? FindExact(name, TermForm.Long, null) : null);
        if (t is null && g is null && _terms.TryGetValue((name, TermForm.Long), out var arr) && arr.Length > 0) t = arr[0];
        found = t is not null;
        return t;
    }

    public string? LongOrdinal(long n, Gender gender)
    {
        if (n < 1 || n > 10) return null;
        Gender? g = gender == Gender.Neuter ? null : gender;
        var t = FindOrdinal($"long-ordinal-{n:00}", g, out _);
        return t?.Single;
    }
}
