namespace Citations.Formats.Latex;

/// <summary>Which reader the LaTeX text is for.</summary>
public enum LatexFlavor
{
    /// <summary>
    /// Classic BibTeX, an 8-bit program: letters with diacritics become accent commands in the
    /// brace groups BibTeX's case changer understands (<c>{\"o}</c>), every command is braced so
    /// that <c>change.case$</c> cannot lower-case its name. Scripts LaTeX has no accent commands
    /// for (Cyrillic, Greek) stay UTF-8.
    /// </summary>
    BibTex,

    /// <summary>biber reads UTF-8: text stays Unicode; only TeX's special characters, dashes, quotes and spaces are written as TeX.</summary>
    BibLatex,
}
