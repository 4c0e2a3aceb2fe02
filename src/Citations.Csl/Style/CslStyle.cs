using Citations.Csl.Locale;

namespace Citations.Csl.Style;

/// <summary>Settings shared by cs:citation and cs:bibliography.</summary>
public abstract class AreaSpec
{
    public Layout Layout = new();
    public SortKey[] Sort = [];
    public NameOptions NameOptions = new();
    public string? NamesDelimiter;
}

public sealed class CitationSpec : AreaSpec
{
    public bool DisambiguateAddNames, DisambiguateAddGivenname, DisambiguateAddYearSuffix;
    public string GivennameDisambiguationRule = "by-cite";
    public string? Collapse;
    public string? CiteGroupDelimiter;
    public string? YearSuffixDelimiter;
    public string? AfterCollapseDelimiter;
    public int NearNoteDistance = 5;
}

public sealed class BibliographySpec : AreaSpec
{
    public bool HangingIndent;
    public string? SecondFieldAlign;
    public int LineSpacing = 1, EntrySpacing = 1;
    public string? SubsequentAuthorSubstitute;
    public string SubsequentAuthorSubstituteRule = "complete-all";
}

/// <summary>
/// A parsed, validated CSL style. Immutable after <see cref="StyleParser"/> builds it, and shared
/// by every rendering call.
/// </summary>
public sealed class CslStyle
{
    public string Class = "in-text";
    public string? DefaultLocale;
    public string? Id, Title;
    public readonly List<LocaleData> Locales = new();
    public readonly Dictionary<string, Macro> Macros = new(StringComparer.Ordinal);
    public NameOptions NameOptions = new();
    public string? NamesDelimiter;
    public CitationSpec Citation = new();
    public BibliographySpec? Bibliography;
    public string DemoteNonDroppingParticle = "display-and-sort";
    public bool InitializeWithHyphen = true;
    public string? PageRangeFormat;
    /// <summary>Non-fatal problems found while parsing (unknown elements, missing macros …).</summary>
    public readonly List<string> Warnings = new();
    public bool IsNoteStyle => Class == "note";
    /// <summary>True when any cs:if tests disambiguate="true" (disambiguation then tries that step).</summary>
    public bool UsesDisambiguateCondition;
    /// <summary>True when the citation layout renders year-suffix explicitly.</summary>
    public bool CitationRendersYearSuffix;
    public bool BibliographyRendersYearSuffix;
}
