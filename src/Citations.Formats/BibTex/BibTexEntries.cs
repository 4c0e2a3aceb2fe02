using Citations.Core.Model;
using Citations.Formats.Items;
using Citations.Formats.Latex;

namespace Citations.Formats.BibTex;

/// <summary>How a CSL item becomes a BibTeX entry.</summary>
static class BibTexEntries
{
    public static void Fill(BibEntry entry, CslItem item, string key)
    {
        string type = EntryType(item);
        entry.Start(type, key);
        entry.Names("author", item.Author);
        entry.Names("editor", item.Editor);
        entry.Names("translator", item.Translator);
        // A chapter "in his Book": BibTeX has no field, biblatex's bookauthor is what importers read.
        entry.Names("bookauthor", item.ContainerAuthor);
        Titles(entry, item, type);
        Dates(entry, item);
        Publication(entry, item, type);
        entry.Text("note", Note(item, type));
        entry.Verbatim("doi", SafeIdentifier.Of(item.Doi));
        entry.Verbatim("isbn", SafeIdentifier.Of(item.Isbn));
        entry.Verbatim("url", SafeIdentifier.Of(item.Url));
    }

    static string EntryType(CslItem item) => item.Type switch
    {
        CslType.Book => "book",
        CslType.Chapter => "incollection",
        CslType.ArticleJournal or CslType.ArticleMagazine or CslType.ArticleNewspaper => "article",
        CslType.Thesis => Describe.IsMasters(item.Genre) ? "mastersthesis" : "phdthesis",
        // A paper that was read, not printed, is unpublished; one in proceedings is inproceedings.
        CslType.Paper => item.ContainerTitle is null ? "unpublished" : "inproceedings",
        CslType.Report => "techreport",
        // A letter or memorandum printed in a book is a part of that book.
        CslType.Manuscript or CslType.PersonalCommunication or CslType.Interview => item.ContainerTitle is null ? "unpublished" : "incollection",
        _ => "misc",
    };

    /// <summary>
    /// Titles keep their capitals (<see cref="CaseProtection.CapitalizedWords"/>): BibTeX styles
    /// lower-case article titles, and a German noun or a Russian name must survive that. A volume
    /// of a multi-volume work is titled by its own title, the work's title becoming the series
    /// (FRUS: "The British Commonwealth…", volume 3 of "Foreign Relations of the United States, 1943"),
    /// which is how BibTeX styles print "volume 3 of …".
    /// </summary>
    static void Titles(BibEntry entry, CslItem item, string type)
    {
        bool isBook = item.Type == CslType.Book;
        string? title = isBook && item.VolumeTitle is not null ? item.VolumeTitle : Describe.Title(item);
        entry.Text("title", title, CaseProtection.CapitalizedWords);
        if (type == "article") entry.Text("journal", item.ContainerTitle);
        else if (isBook) entry.Text("series", item.VolumeTitle is not null ? item.Title : item.CollectionTitle);
        else if (item.ContainerTitle is not null)
        {
            bool volumeOfWork = item.VolumeTitle is not null;
            entry.Text("booktitle", volumeOfWork ? item.VolumeTitle : item.ContainerTitle, CaseProtection.CapitalizedWords);
            entry.Text("series", volumeOfWork ? item.ContainerTitle : item.CollectionTitle);
        }
        // A report's series names the kind of report when no genre does (see Publication), so it is written once.
        else if (type != "techreport" || item.Genre is not null) entry.Text("series", item.CollectionTitle);
    }

    static void Dates(BibEntry entry, CslItem item)
    {
        if (IsoDates.Start(item.Issued) is var (year, month, _))
        {
            entry.Verbatim("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (month is int m) entry.Macro("month", Months.BibTexMacro(m));
        }
        else entry.Text("year", item.Issued?.Literal ?? item.Issued?.Raw);
        // BibTeX has no day: importers read biblatex's ISO date, which BibTeX ignores.
        if (IsoDates.IsFinerThanMonth(item.Issued)) entry.Verbatim("date", IsoDates.Format(item.Issued));
        entry.Verbatim("origdate", IsoDates.Format(item.OriginalDate));
    }

    static void Publication(BibEntry entry, CslItem item, string type)
    {
        entry.Text("volume", item.Volume);
        entry.Text("number", type switch
        {
            "article" => item.Issue,
            "techreport" => item.Number,
            "unpublished" or "misc" => Describe.NumberNotInTitle(item),
            _ => item.CollectionNumber,
        });
        if (item.Page is not null) entry.Text("pages", PageRange.WithEnDashes(item.Page));
        entry.Text("edition", item.Edition);
        entry.Text(type switch
        {
            "phdthesis" or "mastersthesis" => "school",
            "techreport" => "institution",
            _ => "publisher",
        }, item.Publisher);
        entry.Text("address", item.PublisherPlace ?? (type == "inproceedings" ? item.EventPlace : null));
        entry.Text("type", type == "techreport" ? item.Genre ?? item.CollectionTitle : item.Genre);
    }

    /// <summary>
    /// What a reader must see and BibTeX has no field for, in <c>note</c>: where an archival
    /// document is, where an unpublished paper was read, the title's translation, the item's own note.
    /// </summary>
    static string? Note(CslItem item, string type)
    {
        var parts = new List<string>(4);
        if (Archival.IsArchival(item) && Archival.Location(item) is { } location) parts.Add(location);
        if (type == "unpublished" && item.Type == CslType.Paper && item.EventTitle is not null)
            parts.Add(string.Join(", ", new[] { $"{item.Genre ?? "Paper"} presented at {item.EventTitle}", item.EventPlace }.Where(p => p is not null)));
        if (item.Custom?.TranslatedTitle is { } translated) parts.Add($"[{translated}]");
        if (!string.IsNullOrWhiteSpace(item.Note)) parts.Add(item.Note);
        return parts.Count == 0 ? null : string.Join(". ", parts);
    }
}
