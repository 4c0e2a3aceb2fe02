using Citations.Csl.Style;

namespace Citations.Csl.Locale;

public enum Gender : byte { Neuter, Masculine, Feminine }

/// <summary>One term in one form (and, for ordinals, one gender form).</summary>
public sealed class Term
{
    public string Name = "";
    public TermForm Form;
    public string Single = "";
    public string Multiple = "";
    /// <summary>Grammatical gender of the term (e.g. month names in French), used to pick gendered ordinals.</summary>
    public Gender Gender;
    /// <summary>For ordinal terms: the gender they apply to.</summary>
    public Gender GenderForm;
    public bool HasGenderForm;
    /// <summary>For ordinal-NN terms: last-digit, last-two-digits or whole-number.</summary>
    public string? Match;
}

/// <summary>A localized date format (cs:date form="text" or form="numeric" in a locale).</summary>
public sealed class LocaleDateFormat
{
    public DateElement Date = new();
}

/// <summary>
/// A parsed locale layer (a locale file or an in-style cs:locale). Layers are merged by
/// <see cref="MergedLocale"/>; nothing here is mutated after parsing.
/// </summary>
public sealed class LocaleData
{
    public string? Lang;
    public readonly List<Term> Terms = new();
    public bool? PunctuationInQuote;
    public bool? LimitDayOrdinalsToDay1;
    public LocaleDateFormat? TextDate, NumericDate;
    public bool DefinesOrdinals;
}
