namespace Citations.Formats.Items;

static class Months
{
    /// <summary>The month macros every BibTeX style defines.</summary>
    static readonly string[] BibTexMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static string BibTexMacro(int month) => BibTexMacros[month - 1];
}
