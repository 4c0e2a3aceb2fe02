using Citations.Core.Model;
using Citations.Formats.Items;
using Citations.Formats.Latex;

namespace Citations.Formats.BibTex;

/// <summary>
/// BibTeX for BibTeX itself and for the programs that import it (JabRef, Zotero, Mendeley):
/// only the classic entry types and fields, plus the few extra fields those importers read
/// (<c>translator</c>, <c>date</c> when a day is known, <c>origdate</c>, <c>doi</c>, <c>isbn</c>, <c>url</c>).
/// Text is 8-bit-safe TeX as far as LaTeX spells it (see <see cref="LatexFlavor.BibTex"/>).
/// Archival documents are <c>@unpublished</c> (collections <c>@misc</c>) whose <c>note</c> says
/// where the document is, most specific first: shelf-mark, collection, repository, place.
/// </summary>
public sealed class BibTexWriter : IReferenceWriter
{
    public string Name => "bibtex";
    public string MediaType => "application/x-bibtex";
    public string FileExtension => ".bib";

    public void Write(IEnumerable<CslItem> items, TextWriter output)
    {
        var entry = new BibEntry(new LatexEscaper(LatexFlavor.BibTex));
        var keys = new ReferenceKeys();
        foreach (var item in items)
        {
            BibTexEntries.Fill(entry, item, keys.For(item));
            entry.WriteTo(output);
        }
    }
}
