using Citations.Csl.Output;

namespace Citations.Csl.Style;

public enum TextCase : byte { None, Lowercase, Uppercase, CapitalizeFirst, CapitalizeAll, Title, Sentence }
public enum TermForm : byte { Long, Short, Verb, VerbShort, Symbol }
public enum NumberForm : byte { Numeric, Ordinal, LongOrdinal, Roman }
public enum PluralMode : byte { Contextual, Always, Never }
public enum DatePartName : byte { Year, Month, Day }
public enum DatePartsScope : byte { YearMonthDay, YearMonth, Year }
public enum MatchMode : byte { All, Any, None }

/// <summary>Any rendering element of a style: formatting, affixes and text-case are shared by all.</summary>
public abstract class Element
{
    public Decor Decor;
    public string Prefix = "";
    public string Suffix = "";
    public TextCase TextCase;
    public bool StripPeriods;
    /// <summary>Line of the element in the style source, for warnings.</summary>
    public int Line;
}

public enum TextSource : byte { Variable, Macro, Term, Value }

public sealed class TextElement : Element
{
    public TextSource Source;
    public string Name = "";
    public TermForm Form;
    /// <summary>True when the form attribute was "short" on a variable.</summary>
    public bool ShortVariable;
    public bool Plural;
    public Macro? Macro;
    public bool HasQuotes => Decor.Quotes != QuoteKind.None;
}

public sealed class NumberElement : Element
{
    public string Variable = "";
    public NumberForm Form;
}

public sealed class LabelElement : Element
{
    public string Variable = "";
    public TermForm Form;
    public PluralMode Plural;
}

public sealed class GroupElement : Element
{
    public string Delimiter = "";
    public Element[] Children = [];
}

public sealed class Condition
{
    public MatchMode Match;
    public string[]? Types;
    public string[]? Variables;
    public string[]? IsNumeric;
    public string[]? IsUncertainDate;
    public string[]? Locators;
    public string[]? Positions;
    public bool? Disambiguate;
}

public sealed class ChooseBranch
{
    /// <summary>Null for cs:else.</summary>
    public Condition? Condition;
    public Element[] Children = [];
}

public sealed class ChooseElement : Element
{
    public ChooseBranch[] Branches = [];
}

public sealed class DatePartElement : Element
{
    public DatePartName Name;
    /// <summary>long, short, numeric, numeric-leading-zeros, ordinal; null when not given.</summary>
    public string? Form;
    public string? RangeDelimiter;
}

public sealed class DateElement : Element
{
    public string Variable = "";
    /// <summary>null (non-localized), "text" or "numeric".</summary>
    public string? Form;
    public DatePartsScope Scope;
    public string Delimiter = "";
    public DatePartElement[] Parts = [];
}

/// <summary>Name options that inherit from style → citation/bibliography → cs:name. Null means "not given at this level".</summary>
public sealed class NameOptions
{
    public string? And;
    public string? Delimiter;
    public string? DelimiterPrecedesEtAl;
    public string? DelimiterPrecedesLast;
    public int? EtAlMin, EtAlUseFirst, EtAlSubsequentMin, EtAlSubsequentUseFirst;
    public bool? EtAlUseLast;
    public string? Form;
    public bool? Initialize;
    public string? InitializeWith;
    public string? NameAsSortOrder;
    public string? SortSeparator;

    public NameOptions Over(NameOptions under) => new()
    {
        And = And ?? under.And,
        Delimiter = Delimiter ?? under.Delimiter,
        DelimiterPrecedesEtAl = DelimiterPrecedesEtAl ?? under.DelimiterPrecedesEtAl,
        DelimiterPrecedesLast = DelimiterPrecedesLast ?? under.DelimiterPrecedesLast,
        EtAlMin = EtAlMin ?? under.EtAlMin,
        EtAlUseFirst = EtAlUseFirst ?? under.EtAlUseFirst,
        EtAlSubsequentMin = EtAlSubsequentMin ?? under.EtAlSubsequentMin,
        EtAlSubsequentUseFirst = EtAlSubsequentUseFirst ?? under.EtAlSubsequentUseFirst,
        EtAlUseLast = EtAlUseLast ?? under.EtAlUseLast,
        Form = Form ?? under.Form,
        Initialize = Initialize ?? under.Initialize,
        InitializeWith = InitializeWith ?? under.InitializeWith,
        NameAsSortOrder = NameAsSortOrder ?? under.NameAsSortOrder,
        SortSeparator = SortSeparator ?? under.SortSeparator,
    };
}

public sealed class NamePartFormat
{
    public Decor Decor;
    public string Prefix = "";
    public string Suffix = "";
    public TextCase TextCase;
}

public sealed class NameElement : Element
{
    public NameOptions Options = new();
    public NamePartFormat? Given;
    public NamePartFormat? Family;
    /// <summary>Options resolved against the style and the citation resp. bibliography (set after parsing).</summary>
    public NameOptions? ForCitation, ForBibliography;
    public bool Implicit;
}

public sealed class EtAlElement : Element
{
    public string Term = "et-al";
}

public sealed class NamesElement : Element
{
    public string[] Variables = [];
    public NameElement Name = new() { Implicit = true };
    public EtAlElement? EtAl;
    public LabelElement? Label;
    public bool LabelBeforeName;
    public Element[]? Substitute;
    /// <summary>Delimiter between the names of different variables; null = inherit names-delimiter.</summary>
    public string? Delimiter;
    /// <summary>True when the element had no cs:name child (and so inherits name-form etc.).</summary>
    public bool HasNameChild;
}

public sealed class Macro
{
    public string Name = "";
    public Element[] Children = [];
}

public sealed class SortKey
{
    public string? Variable;
    public Macro? Macro;
    public string? MacroName;
    public bool Descending;
    public int? NamesMin, NamesUseFirst;
    public bool? NamesUseLast;
}

public sealed class Layout : Element
{
    public string Delimiter = "";
    public Element[] Children = [];
    /// <summary>Locale-specific layouts (CSL-M style); null for the default layout.</summary>
    public string[]? Locales;
}
