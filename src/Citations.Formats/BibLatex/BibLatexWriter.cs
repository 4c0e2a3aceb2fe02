using Citations.Core.Model;
using Citations.Formats.Items;
using Citations.Formats.Latex;

namespace Citations.Formats.BibLatex;

/// <summary>
/// biblatex data for biber, shaped for biblatex-chicago (notes and bibliography): ISO dates and
/// ranges, <c>origdate</c>, <c>maintitle</c> for volumes of multi-volume works,
/// <c>entrysubtype = {magazine}</c> for magazines and newspapers, translated titles in
/// <c>usere</c>, <c>langid</c>. Archival documents are <c>@misc</c> with an <c>entrysubtype</c>,
/// the form biblatex-chicago documents for unpublished archival material: the shelf-mark in
/// <c>howpublished</c>, then, from specific to general, the collection in <c>note</c>, the
/// repository in <c>organization</c> and its city in <c>location</c>. Text stays UTF-8.
/// </summary>
public sealed class BibLatexWriter : IReferenceWriter
{
    public string Name => "biblatex";
    public string MediaType => "application/x-biblatex";
    public string FileExtension => ".bib";

    public void Write(IEnumerable<CslItem> items, TextWriter output)
    {
        var entry = new BibEntry(new LatexEscaper(LatexFlavor.BibLatex));
        var keys = new ReferenceKeys();
        foreach (var item in items)
        {
            BibLatexEntries.Fill(entry, item, keys.For(item));
            entry.WriteTo(output);
        }
    }
}
