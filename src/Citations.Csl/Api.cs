using Citations.Csl.Evaluation;
using Citations.Csl.Output;

namespace Citations.Csl;

/// <summary>One cite in a citation cluster, as given by the caller.</summary>
public sealed class CiteInput
{
    public string Id = "";
    public string? Locator, Label, Prefix, Suffix;
    public bool SuppressAuthor, AuthorOnly;
    /// <summary>A position fixed by the caller (0 first … 3 ibid-with-locator); null = computed from the document.</summary>
    public CitePosition? Position;
    public bool? NearNote;
    public int? FirstReferenceNoteNumber;
}

/// <summary>A citation cluster (one footnote or one parenthetical citation).</summary>
public sealed class ClusterInput
{
    public string? Id;
    /// <summary>Footnote number; 0 for an in-text citation.</summary>
    public int NoteIndex;
    public List<CiteInput> Cites = new();
    /// <summary>Keep the caller's cite order even if the style sorts cites.</summary>
    public bool Unsorted;
}

public sealed class RenderOptions
{
    public OutputFormat Format = OutputFormat.Html;
    /// <summary>Render the bibliography too.</summary>
    public bool Bibliography;
    /// <summary>Items in the bibliography (and registry) in this order; null = cited items, or all items when there are no clusters.</summary>
    public IReadOnlyList<string>? BibliographyIds;
    /// <summary>Keep bibliography entries in registry order (MODE bibliography-nosort).</summary>
    public bool NoSort;
    /// <summary>Cite every registered item in one cluster, in bibliography order (test-suite cases without citations).</summary>
    public bool CiteAllInRegistryOrder;
    /// <summary>Compute positions (first, subsequent, ibid, near-note) from the cluster sequence.</summary>
    public bool ComputePositions = true;
}

public sealed class RenderResult
{
    public List<string> Clusters = new();
    public List<string> BibliographyEntries = new();
    public List<string> BibliographyIds = new();
    public List<string> Warnings = new();

    /// <summary>The bibliography wrapped as the format wants it (HTML: csl-bib-body div).</summary>
    public string BibliographyText(OutputFormat f) => f.BibStart + string.Concat(BibliographyEntries.Select(f.BibEntry)) + f.BibEnd;
}
