using Citations.Core.Model;
using Citations.Formats.Items;
using Citations.Formats.Latex;

namespace Citations.Formats.BibLatex;

/// <summary>How a CSL item becomes a biblatex entry for biblatex-chicago.</summary>
static class BibLatexEntries
{
    public static void Fill(BibEntry entry, CslItem item, string key)
    {
        bool archival = IsArchivalDocument(item);
        string type = EntryType(item, archival);
        entry.Start(type, key);
        entry.Text("entrysubtype", EntrySubtype(item, archival));
        entry.Names("author", item.Author);
        entry.Names("bookauthor", item.ContainerAuthor);
        entry.Names("editor", item.Editor);
        entry.Names("translator", item.Translator);
        Titles(entry, item, type, archival);
        Dates(entry, item, archival);
        if (archival) WhereKept(entry, item);
        else Publication(entry, item, type);
        entry.Text("langid", LangIds.For(item.Language));
        entry.Verbatim("doi", SafeIdentifier.Of(item.Doi));
        entry.Verbatim("isbn", SafeIdentifier.Of(item.Isbn));
        entry.Verbatim("url", SafeIdentifier.Of(item.Url));
    }

    /// <summary>Unpublished documents kept in an archive, and archival collections cited whole.</summary>
    static bool IsArchivalDocument(CslItem item) =>
        item.Type is CslType.Manuscript or CslType.PersonalCommunication or CslType.Interview or CslType.Collection or CslType.Speech
        && Archival.IsArchival(item);

    static string EntryType(CslItem item, bool archival)
    {
        if (archival) return "misc";
        return item.Type switch
        {
            CslType.Book => "book",
            // "in his History and Strategy": a part of a book by the same author.
            CslType.Chapter => item.ContainerAuthor is not null && item.Editor is null ? "inbook" : "incollection",
            CslType.ArticleJournal or CslType.ArticleMagazine or CslType.ArticleNewspaper => "article",
            CslType.Thesis => "thesis",
            // biblatex-chicago: a paper read at a meeting is unpublished, with eventtitle and venue (nass:address).
            CslType.Paper => item.ContainerTitle is null ? "unpublished" : "inproceedings",
            // biblatex's @report has no editor or translator: an edited or translated working paper is a book in its series.
            CslType.Report when !BibNames.IsEmpty(item.Editor) || !BibNames.IsEmpty(item.Translator) => "book",
            CslType.Report => "report",
            // biblatex-chicago keeps @letter for letters printed in a collection.
            CslType.PersonalCommunication when item.ContainerTitle is not null => "letter",
            CslType.Manuscript or CslType.PersonalCommunication or CslType.Interview => "unpublished",
            CslType.Speech => "misc",
            CslType.Webpage => "online",
            _ => "misc",
        };
    }

    /// <summary>
    /// biblatex-chicago reads <c>magazine</c> in articles as "magazine or newspaper"; any subtype
    /// in <c>@misc</c> as "part of an unpublished archive" (letters and the like, plain titles).
    /// </summary>
    static string? EntrySubtype(CslItem item, bool archival) => item.Type switch
    {
        CslType.ArticleMagazine or CslType.ArticleNewspaper => "magazine",
        CslType.PersonalCommunication when archival => "letter",
        CslType.Manuscript or CslType.Interview or CslType.Collection when archival => item.Type,
        CslType.Speech => "speech",
        _ => null,
    };

    static void Titles(BibEntry entry, CslItem item, string type, bool archival)
    {
        bool volumeOfWork = item.VolumeTitle is not null;
        switch (type)
        {
            case "book":
                // A volume with its own title: biblatex-chicago prints "Vol. 3 of Main Title" from maintitle (CMOS 14.116-22).
                entry.Text("title", volumeOfWork ? item.VolumeTitle : item.Title);
                entry.Text("maintitle", volumeOfWork ? item.Title : null);
                break;
            case "article":
                entry.Text("title", item.Title);
                entry.Text("journaltitle", item.ContainerTitle);
                entry.Text("journaltitleaddon", Bracketed(item.Custom?.TranslatedContainerTitle));
                break;
            default:
                entry.Text("title", Describe.Title(item));
                entry.Text("booktitle", volumeOfWork ? item.VolumeTitle : item.ContainerTitle);
                entry.Text("maintitle", volumeOfWork ? item.ContainerTitle : null);
                entry.Text("booktitleaddon", Bracketed(item.Custom?.TranslatedContainerTitle));
                break;
        }
        // "report", "memorandum": biblatex-chicago's place for the kind of document (creel:house, white:ross:memo).
        if (archival || type is "letter")
            entry.Text("titleaddon", JoinComma(Describe.GenreNotInTitle(item), Describe.NumberNotInTitle(item)));
        entry.Text("usere", item.Custom?.TranslatedTitle);
        entry.Text("shorttitle", item.TitleShort);
    }

    static void Dates(BibEntry entry, CslItem item, bool archival)
    {
        string? date = IsoDates.Format(item.Issued);
        entry.Verbatim("date", date);
        entry.Verbatim("origdate", IsoDates.Format(item.OriginalDate));
        entry.Verbatim("eventdate", IsoDates.Format(item.EventDate));
        // A date in words ("n.d.", "Spring 1943") has no ISO form: it goes where a reader sees it.
        string? literal = date is null ? item.Issued?.Literal ?? item.Issued?.Raw : null;
        entry.Text("addendum", JoinSentence(literal, archival ? item.Note : null));
    }

    /// <summary>
    /// biblatex-chicago's fields for an archival document, most specific first (creel:house,
    /// dinkel:agassiz): shelf-mark (before the archive's name, in <c>howpublished</c>), collection
    /// (<c>note</c>), repository (<c>organization</c>), its city (<c>location</c>).
    /// </summary>
    static void WhereKept(BibEntry entry, CslItem item)
    {
        entry.Text("howpublished", Archival.ShelfMark(item));
        entry.Text("note", Archival.CollectionNotInShelfMark(item));
        entry.Text("organization", Archival.Repository(item));
        entry.Text("location", item.ArchivePlace);
    }

    static void Publication(BibEntry entry, CslItem item, string type)
    {
        var (volume, part) = BiblatexVolume.Split(item.Volume);
        entry.Verbatim("volume", volume);
        entry.Text("part", part);
        entry.Verbatim("volumes", BiblatexVolume.Split(item.NumberOfVolumes).Volume);
        // @online has no series: "Electronic Briefing Book No. 57" goes after the title.
        entry.Text("titleaddon", type == "online" ? JoinNumbered(item.CollectionTitle, item.CollectionNumber ?? item.Number) : null);
        entry.Text("series", type == "report" && item.Genre is null || type == "online" ? null : item.CollectionTitle);
        entry.Text("number", type switch
        {
            "article" => item.Issue,
            "report" => item.Number,
            "online" => null,
            _ => item.CollectionNumber ?? (item.Type == CslType.Report ? item.Number : null),
        });
        entry.Text("issue", type == "article" ? null : item.Issue);
        if (item.Page is not null) entry.Text("pages", PageRange.WithEnDashes(item.Page));
        entry.Text("edition", item.Edition);
        switch (type)
        {
            case "thesis":
                entry.Text("type", ThesisType(item.Genre));
                entry.Text("institution", item.Publisher);
                break;
            case "report":
                // "Cold War International History Project Working Paper 5": the series names the kind of report.
                entry.Text("type", item.Genre ?? item.CollectionTitle);
                entry.Text("institution", item.Publisher);
                break;
            case "unpublished":
                // biblatex's unpublished has no publisher; what sort of piece it is goes in note (below).
                break;
            case "misc":
                entry.Text("howpublished", item.Genre);
                entry.Text("publisher", item.Publisher);
                break;
            default:
                entry.Text("publisher", item.Publisher);
                break;
        }
        entry.Text("location", item.PublisherPlace);
        entry.Text("eventtitle", item.EventTitle);
        entry.Text("venue", item.EventPlace);
        // biblatex-chicago: in unpublished entries "the note field provides the details of what sort of piece it is" (nass:address).
        entry.Text("note", type == "unpublished" ? JoinSentence(item.Genre, item.Note) : item.Note);
    }

    /// <summary>biblatex's localized thesis types where the genre names one, else the genre as written.</summary>
    static string? ThesisType(string? genre) =>
        Describe.IsMasters(genre) ? "mathesis" : Describe.IsDoctoral(genre) ? "phdthesis" : genre;

    static string? JoinNumbered(string? series, string? number) =>
        series is null ? null : number is null ? series : $"{series} No. {number}";

    static string? Bracketed(string? text) => string.IsNullOrWhiteSpace(text) ? null : $"[{text}]";

    static string? JoinComma(params string?[] parts) => Join(", ", parts);

    static string? JoinSentence(params string?[] parts) => Join(". ", parts);

    static string? Join(string separator, string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return present.Length == 0 ? null : string.Join(separator, present);
    }
}
