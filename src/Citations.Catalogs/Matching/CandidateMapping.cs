using System.Globalization;
using System.Text.RegularExpressions;
using Citations.Catalogs.Clients;
using Citations.Core.Model;

namespace Citations.Catalogs.Matching;

/// <summary>Catalog records to <see cref="Candidate"/>s: the field mappings of catalogs.md, one per catalog.</summary>
public static partial class CandidateMapping
{
    public static Candidate FromCrossref(CrossrefWork work)
    {
        string? title = Join(work.Title?.FirstOrDefault(), work.Subtitle?.FirstOrDefault());
        var years = new[] { work.PublishedPrint?.Year, work.Issued?.Year }.OfType<int>().Distinct().ToList();
        var item = new CslItem
        {
            Type = CrossrefType(work.Type),
            Title = title,
            Author = Persons(work.Author),
            Editor = Persons(work.Editor),
            ContainerTitle = work.ContainerTitle?.FirstOrDefault(),
            Issued = (work.PublishedPrint?.Year ?? work.Issued?.Year) is int y ? CslDate.Of(y) : null,
            Volume = work.Volume, Issue = work.Issue, Page = work.Page,
            // Crossref's publisher of an article is the DOI's registrant today, not the journal's publisher then.
            Publisher = work.Type == "journal-article" ? null : work.Publisher,
            PublisherPlace = work.Type == "journal-article" ? null : work.PublisherLocation,
            Doi = work.Doi, Isbn = work.Isbn?.FirstOrDefault(), Language = work.Language,
        };
        return new Candidate { Catalog = CatalogName.Crossref, RecordId = work.Doi ?? "", Item = item, Kind = CrossrefKind(work), Years = years };
    }

    static WorkKind CrossrefKind(CrossrefWork work) => work.Type switch
    {
        "journal-article" => WorkKind.Article,
        "book" or "monograph" or "edited-book" or "reference-book" => WorkKind.Book,
        "book-chapter" => WorkKind.Chapter,
        _ => WorkKind.Other,
    };

    static string CrossrefType(string? type) => type switch
    {
        "journal-article" => CslType.ArticleJournal,
        "book" or "monograph" or "edited-book" or "reference-book" => CslType.Book,
        "book-chapter" => CslType.Chapter,
        "proceedings-article" => CslType.Paper,
        "report" => CslType.Report,
        "dissertation" => CslType.Thesis,
        _ => CslType.Document,
    };

    public static Candidate FromOpenAlex(OpenAlexWork work)
    {
        string? doi = work.Doi is { } d ? Regex.Replace(d, "^https?://(dx\\.)?doi\\.org/", "") : null;
        var kind = work.Type switch
        {
            "article" when work.PrimaryLocation?.Source?.Type is null or "journal" => WorkKind.Article,
            "book" => WorkKind.Book,
            "book-chapter" => WorkKind.Chapter,
            "review" => WorkKind.Review,
            _ => WorkKind.Other,
        };
        var biblio = work.Biblio;
        var item = new CslItem
        {
            Type = kind switch { WorkKind.Article => CslType.ArticleJournal, WorkKind.Book => CslType.Book, WorkKind.Chapter => CslType.Chapter, _ => CslType.Document },
            Title = work.DisplayName ?? work.Title,
            Author = work.Authorships?.Select(a => PersonFromDisplay(a.Author?.DisplayName ?? a.RawAuthorName)).OfType<CslName>().ToList() is { Count: > 0 } authors ? authors : null,
            ContainerTitle = kind == WorkKind.Book ? null : work.PrimaryLocation?.Source?.DisplayName,
            Publisher = kind == WorkKind.Book ? work.PrimaryLocation?.Source?.HostOrganizationName : null,
            Issued = work.PublicationYear is int y ? CslDate.Of(y) : null,
            Volume = biblio?.Volume, Issue = biblio?.Issue,
            Page = biblio?.FirstPage is { } first ? (biblio.LastPage is { } last && last != first ? $"{first}-{last}" : first) : null,
            Doi = doi, Language = work.Language,
            Custom = work.Id is { } id ? new ReferenceExtras { Identifiers = new Identifiers { OpenAlex = ShortId(id) } } : null,
        };
        return new Candidate
        {
            Catalog = CatalogName.OpenAlex, RecordId = work.Id is { } wid ? ShortId(wid) : doi ?? "", Item = item, Kind = kind,
            Years = work.PublicationYear is int py ? [py] : [],
        };
    }

    public static Candidate FromOpenLibrary(OpenLibraryDoc doc)
    {
        string key = ShortId(doc.Key ?? "");
        var years = (doc.PublishYear ?? []).Concat(doc.FirstPublishYear is int f ? [f] : []).Distinct().Order().ToList();
        bool single = doc.EditionCount is null or 1;
        var item = new CslItem
        {
            Type = CslType.Book,
            Title = Join(doc.Title, doc.Subtitle),
            Author = doc.AuthorName?.Select(PersonFromDisplay).OfType<CslName>().ToList() is { Count: > 0 } authors ? authors : null,
            // A work's ISBNs, publishers and places span all its editions: only a single edition's are its own.
            Publisher = single ? doc.Publisher?.FirstOrDefault() : null,
            PublisherPlace = single ? doc.PublishPlace?.FirstOrDefault() : null,
            Isbn = single ? doc.Isbn?.FirstOrDefault() : null,
            Issued = single && years.Count == 1 ? CslDate.Of(years[0]) : null,
            Custom = new ReferenceExtras
            {
                Identifiers = new Identifiers
                {
                    OpenLibrary = key,
                    Oclc = single ? doc.Oclc?.FirstOrDefault() : null,
                    Lccn = single ? doc.Lccn?.FirstOrDefault() : null,
                },
            },
        };
        return new Candidate { Catalog = CatalogName.OpenLibrary, RecordId = key, Item = item, Kind = WorkKind.Book, Years = years, EditionCount = doc.EditionCount ?? 1 };
    }

    /// <summary>An Open Library edition record as the cited edition: its own ISBN, publisher, place and year.</summary>
    public static CslItem FromOpenLibraryEdition(OpenLibraryEdition edition, string workKey) => new()
    {
        Type = CslType.Book,
        Title = Join(edition.Title, edition.Subtitle),
        Publisher = edition.Publishers?.FirstOrDefault(),
        PublisherPlace = edition.PublishPlaces?.FirstOrDefault(),
        Edition = edition.EditionName,
        Isbn = edition.Isbn13?.FirstOrDefault() ?? edition.Isbn10?.FirstOrDefault(),
        Issued = YearIn(edition.PublishDate) is int y ? CslDate.Of(y) : null,
        Custom = new ReferenceExtras
        {
            Identifiers = new Identifiers
            {
                OpenLibrary = workKey,
                Oclc = edition.OclcNumbers?.FirstOrDefault(),
                Lccn = edition.Lccn?.FirstOrDefault(),
            },
        },
    };

    public static Candidate FromLibraryOfCongress(LocResult result)
    {
        // "Boston, Little, Brown [1961]" → place, publisher, year.
        string? imprint = result.Item?.CreatedPublished?.FirstOrDefault();
        string? place = null, publisher = null;
        if (imprint is not null)
        {
            var parts = Regex.Replace(imprint, @"[\[\]©c]?\d{4}.*$", "").Split(',', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            place = parts.ElementAtOrDefault(0)?.TrimEnd(':', ' ');
            publisher = parts.ElementAtOrDefault(1)?.TrimEnd(',', ' ');
        }
        string? lccn = result.NumberLccn?.FirstOrDefault() ?? result.Item?.Lccn ?? LccnFromId(result.Id);
        int? year = YearIn(result.Date);
        var item = new CslItem
        {
            Type = CslType.Book,
            Title = CleanIsbdTitle(result.Title),
            Author = result.Contributor?.Select(PersonFromHeading).OfType<CslName>().ToList() is { Count: > 0 } authors ? authors : null,
            Publisher = publisher, PublisherPlace = place,
            Issued = year is int y ? CslDate.Of(y) : null,
            Custom = lccn is null ? null : new ReferenceExtras { Identifiers = new Identifiers { Lccn = lccn } },
        };
        bool isBook = result.OriginalFormat is null || result.OriginalFormat.Any(f => f.Contains("book", StringComparison.OrdinalIgnoreCase));
        return new Candidate
        {
            Catalog = CatalogName.LibraryOfCongress, RecordId = lccn ?? result.Id ?? "", Item = item,
            Kind = isBook ? WorkKind.Book : WorkKind.Other, Years = year is int yy ? [yy] : [],
        };
    }

    /// <summary>"Russia and the West under Lenin and Stalin / by George F. Kennan." → the title alone.</summary>
    static string? CleanIsbdTitle(string? title)
    {
        if (title is null) return null;
        int slash = title.IndexOf(" / ", StringComparison.Ordinal);
        string t = slash > 0 ? title[..slash] : title;
        return t.Trim().TrimEnd('.', ' ', '/', ':', ';', ',');
    }

    /// <summary>"kennan, george f. (george frost), 1904-2005" → Kennan, George F.</summary>
    static CslName? PersonFromHeading(string heading)
    {
        string h = Regex.Replace(heading, @"\s*\([^)]*\)", "");
        h = Regex.Replace(h, @",?\s*\d{4}-(\d{4})?\.?\s*$", "").Trim().TrimEnd(',', '.');
        var parts = h.Split(',', 2, StringSplitOptions.TrimEntries);
        if (parts[0].Length == 0) return null;
        var culture = CultureInfo.InvariantCulture.TextInfo;
        return parts.Length == 2
            ? CslName.Person(culture.ToTitleCase(parts[0]), culture.ToTitleCase(parts[1]))
            : CslName.Institution(culture.ToTitleCase(parts[0]));
    }

    /// <summary>"Adam B. Ulam" or "Ulam, Adam B." → family Ulam.</summary>
    static CslName? PersonFromDisplay(string? display)
    {
        if (string.IsNullOrWhiteSpace(display)) return null;
        if (display.Contains(','))
        {
            var p = display.Split(',', 2, StringSplitOptions.TrimEntries);
            return CslName.Person(p[0], p[1]);
        }
        var words = display.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 1 ? CslName.Person(words[0]) : CslName.Person(words[^1], string.Join(' ', words[..^1]));
    }

    static IReadOnlyList<CslName>? Persons(IReadOnlyList<CrossrefPerson>? people) =>
        people?.Select(p => p.Family is { } f ? CslName.Person(f, p.Given) : p.Name is { } n ? CslName.Institution(n) : null)
            .OfType<CslName>().ToList() is { Count: > 0 } list ? list : null;

    static string? Join(string? title, string? subtitle) =>
        string.IsNullOrWhiteSpace(subtitle) ? title : $"{title}: {subtitle}";

    /// <summary>"https://openalex.org/W123" and "/works/OL1W" → "W123", "OL1W".</summary>
    static string ShortId(string id) => id[(id.LastIndexOf('/') + 1)..];

    static string? LccnFromId(string? id) =>
        id is null ? null : LccnInUrl().Match(id) is { Success: true } m ? m.Groups[1].Value : null;

    public static int? YearIn(string? text) =>
        text is null ? null : FourDigitYear().Match(text) is { Success: true } m ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"/item/([0-9a-z]+)/?$")]
    private static partial Regex LccnInUrl();

    [GeneratedRegex(@"(1[5-9]|20)\d{2}")]
    private static partial Regex FourDigitYear();
}
