using Citations.Csl.Data;
using Citations.Csl.Locale;
using Citations.Csl.Style;

namespace Citations.Csl.Evaluation;

public enum CitePosition : byte { First = 0, Subsequent = 1, Ibid = 2, IbidWithLocator = 3 }

public enum RenderArea : byte { Citation, Bibliography }

/// <summary>One cite as the engine sees it: the item id plus cite-level data and its computed position.</summary>
public sealed class CiteData
{
    public string Id = "";
    public string? Locator, Label, Prefix, Suffix;
    public bool SuppressAuthor, AuthorOnly;
    public CitePosition Position;
    public bool NearNote;
    public int NoteIndex;
    public int? FirstReferenceNoteNumber;
    /// <summary>Position given by the caller (tests): not recomputed.</summary>
    public bool PositionFixed;
}

/// <summary>What disambiguation decided for one item (shared by all its cites).</summary>
public sealed class DisambiguationState
{
    public int? NamesShown;
    /// <summary>Givenname expansion level per name position (0 = as styled, 1 = initials, 2 = full).</summary>
    public int[]? GivenLevels;
    /// <summary>Expansion level applied to every name (all-names rules).</summary>
    public Dictionary<string, int>? GlobalGivenLevels;
    public string? YearSuffix;
    public bool DisambiguateCondition;

    public DisambiguationState Clone() => new()
    {
        NamesShown = NamesShown,
        GivenLevels = (int[]?)GivenLevels?.Clone(),
        GlobalGivenLevels = GlobalGivenLevels,
        YearSuffix = YearSuffix,
        DisambiguateCondition = DisambiguateCondition,
    };
}

/// <summary>Mutable state of one rendering pass over one item (one cite or one bibliography entry).</summary>
internal sealed class RenderContext
{
    public required CslStyle Style;
    public required MergedLocale Locale;
    public required Reference Item;
    public CiteData? Cite;
    public RenderArea Area;
    public bool Sorting;
    public SortKey? SortKey;
    public DisambiguationState? Disamb;
    public int CitationNumber;
    public HashSet<string>? Suppressed;
    public int VarsCalled, VarsRendered;
    public NamesElement? SubstituteParent;
    public List<string>? RecordedVars;
    public int MacroDepth;
    public bool YearSuffixRendered;
    /// <summary>Set for the first cs:names rendered (suppress-author, author-only, subsequent-author-substitute).</summary>
    public bool FirstNamesDone;
    public Output.Blob? FirstNamesBlob;
    /// <summary>Identity of the names printed by the first cs:names (null when it was substituted).</summary>
    public string? FirstNamesKeys;
    public bool InFirstNames;
    /// <summary>When true, render only the first names element (author-only).</summary>
    public bool AuthorOnly;
    public bool SuppressAuthor;
    /// <summary>Set while measuring (disambiguation): year-suffix placeholder rendering etc.</summary>
    public bool Measuring;

    public bool IsSuppressed(string variable) => Suppressed is not null && Suppressed.Contains(variable);

    /// <summary>Inside cs:substitute, a rendered variable is suppressed at once for everything that follows.</summary>
    public void Record(string variable)
    {
        if (RecordedVars is null) return;
        RecordedVars.Add(variable);
        SuppressLater ??= new List<string>();
        SuppressLater.Add(variable);
    }

    /// <summary>Variables to suppress after the current element finished rendering.</summary>
    public List<string>? SuppressLater;

    public void FlushSuppressions()
    {
        if (SuppressLater is null || SuppressLater.Count == 0) return;
        (Suppressed ??= new HashSet<string>()).UnionWith(SuppressLater);
        SuppressLater.Clear();
    }

    public bool RendersYearSuffixExplicitly => Area == RenderArea.Citation ? Style.CitationRendersYearSuffix : Style.BibliographyRendersYearSuffix;
}
