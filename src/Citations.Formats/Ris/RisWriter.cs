using System.Globalization;
using System.Text;
using Citations.Core.Model;
using Citations.Formats.Items;

namespace Citations.Formats.Ris;

/// <summary>
/// RIS as the RIS format specification defines it: <c>TAG  - value</c> lines ending in CR LF,
/// <c>TY</c> first and <c>ER</c> last, creators one per line (<c>AU</c>, and <c>A2</c>/<c>A3</c>/<c>A4</c>
/// by type: editor of a book section <c>A2</c>, of a whole book or a letter's collection <c>A3</c>,
/// translator <c>A4</c>, recipient of a letter <c>A2</c>). Archival documents carry the repository in <c>AV</c>, the
/// shelf-mark in <c>AN</c>, the collection in <c>T2</c>. Text is written as it is (UTF-8 is the caller's encoding).
/// </summary>
public sealed class RisWriter : IReferenceWriter
{
    public string Name => "ris";
    public string MediaType => "application/x-research-info-systems";
    public string FileExtension => ".ris";

    const string LineEnd = "\r\n";

    public void Write(IEnumerable<CslItem> items, TextWriter output)
    {
        var keys = new ReferenceKeys();
        var record = new StringBuilder(1024);
        foreach (var item in items)
        {
            record.Clear();
            WriteRecord(new Record(record), item, keys.For(item));
            output.Write(record);
        }
    }

    static void WriteRecord(Record r, CslItem item, string key)
    {
        string type = RecordType(item);
        r.Tag("TY", type);
        r.Tag("ID", key);
        r.Names("AU", item.Author);
        // The specification's editor tag: A3 for a whole book, A2 for a part of one; a letter's A2 is its recipient.
        r.Names(type is "BOOK" or "PCOMM" ? "A3" : "A2", item.Editor);
        r.Names("A2", item.Type == CslType.PersonalCommunication ? item.Recipient : null);
        r.Names("A4", item.Translator);
        Titles(r, item, type);
        Dates(r, item);
        if (PageRange.Parse(item.Page) is { } pages)
        {
            r.Tag("SP", pages.First);
            r.Tag("EP", pages.Last);
        }
        r.Tag("VL", item.Volume);
        r.Tag("IS", item.Issue);
        r.Tag("NV", item.NumberOfVolumes);
        r.Tag("ET", item.Edition);
        r.Tag("PB", item.Publisher);
        r.Tag("CY", type is "CPAPER" or "CONF" ? item.EventPlace ?? item.PublisherPlace : item.PublisherPlace);
        r.Tag("M1", item.Number ?? item.CollectionNumber);
        r.Tag("M3", item.Genre);
        if (Archival.IsArchival(item))
        {
            r.Tag("AV", JoinComma(Archival.Repository(item), item.ArchivePlace));
            r.Tag("AN", Archival.ShelfMark(item));
        }
        r.Tag("LA", item.Language);
        r.Tag("SN", item.Isbn);
        r.Tag("DO", item.Doi);
        r.Tag("UR", item.Url);
        r.Tag("N1", item.Note);
        r.Tag("ER", "");
        r.Blank();
    }

    static string RecordType(CslItem item) => item.Type switch
    {
        CslType.Book => "BOOK",
        CslType.Chapter => "CHAP",
        CslType.ArticleJournal => "JOUR",
        CslType.ArticleMagazine => "MGZN",
        CslType.ArticleNewspaper => "NEWS",
        CslType.Thesis => "THES",
        // CONF is a whole proceedings (or a paper in one); a paper only read at a meeting is CPAPER.
        CslType.Paper => item.ContainerTitle is null ? "CPAPER" : "CONF",
        CslType.Report => "RPRT",
        CslType.Manuscript => "MANSCPT",
        CslType.PersonalCommunication => "PCOMM",
        CslType.Webpage => "ELEC",
        _ => "GEN",
    };

    /// <summary>
    /// TI the title; T2 the secondary title (the book of a chapter, the journal, the conference, an
    /// archival document's collection, a report's series); T3 a series beyond that. A volume of a
    /// multi-volume work is titled by its own title, the work being its series, as in the BibTeX output.
    /// </summary>
    static void Titles(Record r, CslItem item, string type)
    {
        bool volumeOfWork = item.VolumeTitle is not null;
        switch (type)
        {
            case "BOOK":
                r.Tag("TI", volumeOfWork ? item.VolumeTitle : item.Title);
                r.Tag("T2", volumeOfWork ? item.Title : item.CollectionTitle);
                r.Tag("T3", volumeOfWork ? item.CollectionTitle : null);
                break;
            case "CHAP":
                r.Tag("TI", item.Title);
                r.Tag("T2", volumeOfWork ? item.VolumeTitle : item.ContainerTitle);
                r.Tag("T3", volumeOfWork ? item.ContainerTitle : item.CollectionTitle);
                break;
            case "CPAPER" or "CONF":
                r.Tag("TI", item.Title);
                r.Tag("T2", item.EventTitle);
                r.Tag("C3", item.ContainerTitle);
                break;
            case "RPRT":
                r.Tag("TI", item.Title);
                r.Tag("T2", item.CollectionTitle);
                break;
            default:
                r.Tag("TI", Describe.Title(item));
                r.Tag("T2", item.ContainerTitle ?? (Archival.IsArchival(item) ? Archival.CollectionNotInShelfMark(item) : null));
                r.Tag("T3", item.CollectionTitle);
                break;
        }
        r.Tag("TT", item.Custom?.TranslatedTitle);
        r.Tag("ST", item.TitleShort);
    }

    /// <summary>PY the year; DA the full date as YYYY/MM/DD/ when more than the year is known.</summary>
    static void Dates(Record r, CslItem item)
    {
        if (IsoDates.Start(item.Issued) is not var (year, month, day))
        {
            r.Tag("PY", item.Issued?.Literal ?? item.Issued?.Raw);
            return;
        }
        r.Tag("PY", year.ToString("0000", CultureInfo.InvariantCulture));
        if (month is int m)
            r.Tag("DA", string.Create(CultureInfo.InvariantCulture, $"{year:0000}/{m:00}/{(day is int d ? d.ToString("00", CultureInfo.InvariantCulture) : "")}/"));
    }

    static string? JoinComma(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return present.Length == 0 ? null : string.Join(", ", present);
    }

    /// <summary>Appends tag lines; a value is one line, so its line breaks become spaces and other control characters go.</summary>
    readonly struct Record(StringBuilder sb)
    {
        public void Tag(string tag, string? value)
        {
            if (value is null || tag != "ER" && string.IsNullOrWhiteSpace(value)) return;
            sb.Append(tag).Append("  - ");
            bool space = false;
            foreach (char c in value.Trim())
            {
                if (char.IsWhiteSpace(c)) { space = true; continue; }
                if (char.IsControl(c)) continue;
                if (space) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            sb.Append(LineEnd);
        }

        public void Names(string tag, IReadOnlyList<CslName>? names)
        {
            if (names is null) return;
            foreach (var name in names) Tag(tag, RisName(name));
        }

        public void Blank() => sb.Append(LineEnd);
    }

    /// <summary>
    /// "Last, First, Suffix" as the specification has it. A dropping particle follows the given name
    /// ("Ribbentrop, Joachim von"), a non-dropping one leads the family name ("van Gogh, Vincent"):
    /// the forms in which CSL processors (citeproc-js in Zotero) find the particle again.
    /// </summary>
    static string? RisName(CslName name)
    {
        if (!string.IsNullOrWhiteSpace(name.Literal)) return name.Literal;
        string family = JoinSpace(name.NonDroppingParticle, name.Family);
        string given = JoinSpace(name.Given, name.DroppingParticle);
        if (family.Length == 0) return given.Length == 0 ? null : given;
        string text = given.Length == 0 ? family : $"{family}, {given}";
        return string.IsNullOrWhiteSpace(name.Suffix) ? text : $"{text}, {name.Suffix}";
    }

    static string JoinSpace(string? a, string? b) =>
        string.Join(" ", new[] { a, b }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
}
