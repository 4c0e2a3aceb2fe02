using Citations.Core.Model;
using Citations.Core.Segmentation;

namespace Citations.Core.Grammar;

/// <summary>How a citation names its reference.</summary>
public enum CitationForm
{
    /// <summary>The reference is given in full (or as fully as the author gives it).</summary>
    Full,
    /// <summary>"Ibid." alone or with a locator: the previous citation's reference.</summary>
    Ibid,
    /// <summary>"Ibid" that stands for part of the previous reference ("Ibid, Delo 82", "…, *ibid.*, frames 33417-18"): a new reference inheriting from it.</summary>
    IbidInherit,
    /// <summary>An author and short title, or a short title alone, to be matched to an earlier full citation.</summary>
    ShortForm,
    /// <summary>"see n. 80", "nn. 58, 71": the reference of another note.</summary>
    CrossReference,
}

/// <summary>What the grammar read in one citation, before back-references are resolved.</summary>
public sealed record ParsedCitation
{
    public required CitationForm Form { get; init; }
    public required Segment Segment { get; init; }
    /// <summary>The reference as far as this citation's text states it.</summary>
    public CslItem Item { get; init; } = new();
    public string? Locator { get; init; }
    public string? Label { get; init; }
    public string? Part { get; init; }
    public string? Prefix { get; init; }
    public double Confidence { get; init; } = 0.8;
    /// <summary>Note numbers of a cross-reference.</summary>
    public IReadOnlyList<int> NoteReferences { get; init; } = [];
    /// <summary>For short forms: the family name written before the short title, if any.</summary>
    public string? ShortAuthor { get; init; }
    /// <summary>For short forms: the short title.</summary>
    public string? ShortTitle { get; init; }
    /// <summary>An untitled part ("Churchill to Stalin, Mar. 11, 1943") whose source the next citation of the note gives.</summary>
    public bool IsDanglingPart { get; init; }
    /// <summary>The abbreviation this citation declares: "(hereafter *FRUS*)" → "FRUS".</summary>
    public string? DeclaredAbbreviation { get; init; }
    /// <summary>"op. cit.": the author's work cited last in full, whatever its title.</summary>
    public bool OpCit { get; init; }
    /// <summary>The citation this one takes its reference from, beyond the text (where an abbreviation was declared).</summary>
    public CitationRef? InheritsFrom { get; init; }
    /// <summary>Where the declaration stands in the citation's text: after an archive's name it abbreviates the archive.</summary>
    public int? DeclarationOffset { get; init; }
    /// <summary>
    /// Declarations after the first in the same citation: "President's Secretary's Files (hereafter PSF), …, Harry S. Truman
    /// Library, Independence, MO (hereafter HSTL)" declares the collection and the library.
    /// </summary>
    public IReadOnlyList<(string Abbreviation, int Offset)> FurtherDeclarations { get; init; } = [];
}
