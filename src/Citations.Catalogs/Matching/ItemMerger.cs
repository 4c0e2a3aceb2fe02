using Citations.Core.Model;

namespace Citations.Catalogs.Matching;

/// <summary>
/// Merges an accepted catalog record into a parsed reference without making it worse: identifiers and
/// missing fields are added, parsed values are kept where the catalog disagrees (and the disagreement is
/// noted), and <c>custom.resolution</c> says which catalog, what score, when, and what changed.
/// </summary>
public static class ItemMerger
{
    public static CslItem Merge(CslItem parsed, CslItem found, CatalogName catalog, string recordId, double score, DateTimeOffset now)
    {
        var changed = new List<string>();
        var kept = new List<string>();
        var item = parsed;

        item = Fill(item, found.Doi, i => i.Doi, (i, v) => i with { Doi = v }, "DOI");
        item = Fill(item, found.Isbn, i => i.Isbn, (i, v) => i with { Isbn = v }, "ISBN");
        item = Fill(item, found.Url, i => i.Url, (i, v) => i with { Url = v }, "URL");
        item = Fill(item, found.Publisher, i => i.Publisher, (i, v) => i with { Publisher = v }, "publisher");
        item = Fill(item, found.PublisherPlace, i => i.PublisherPlace, (i, v) => i with { PublisherPlace = v }, "publisher-place");
        item = Fill(item, found.ContainerTitle, i => i.ContainerTitle, (i, v) => i with { ContainerTitle = v }, "container-title");
        item = Fill(item, found.CollectionTitle, i => i.CollectionTitle, (i, v) => i with { CollectionTitle = v }, "collection-title");
        item = Fill(item, found.Volume, i => i.Volume, (i, v) => i with { Volume = v }, "volume");
        item = Fill(item, found.Issue, i => i.Issue, (i, v) => i with { Issue = v }, "issue");
        item = Fill(item, found.Edition, i => i.Edition, (i, v) => i with { Edition = v }, "edition");
        // An article's page range is the article's; a book's "page" from a footnote is a locator, never filled.
        if (parsed.Type is CslType.ArticleJournal or CslType.ArticleMagazine or CslType.Chapter)
            item = Fill(item, found.Page, i => i.Page, (i, v) => i with { Page = v }, "page");
        if (item.Issued is null && found.Issued is not null) { item = item with { Issued = found.Issued }; changed.Add("issued"); }
        else if (item.Issued?.Year is int y && found.Issued?.Year is int fy && y != fy) kept.Add($"issued: {fy}");
        if (item.Author is null or { Count: 0 } && item.Editor is null or { Count: 0 } && found.Author is { Count: > 0 })
        {
            item = item with { Author = found.Author };
            changed.Add("author");
        }

        var ids = parsed.Custom?.Identifiers ?? new Identifiers();
        var theirs = found.Custom?.Identifiers;
        var merged = ids with
        {
            Oclc = Id(ids.Oclc, theirs?.Oclc, "oclc"),
            Lccn = Id(ids.Lccn, theirs?.Lccn, "lccn"),
            OpenLibrary = Id(ids.OpenLibrary, theirs?.OpenLibrary, "openlibrary"),
            OpenAlex = Id(ids.OpenAlex, theirs?.OpenAlex, "openalex"),
            Frus = Id(ids.Frus, theirs?.Frus, "frus"),
            Tna = Id(ids.Tna, theirs?.Tna, "tna"),
        };
        var custom = (item.Custom ?? new ReferenceExtras()) with
        {
            Identifiers = merged == new Identifiers() ? null : merged,
            Resolution = new Resolution
            {
                Catalog = catalog.Key(),
                Score = Math.Round(score, 3),
                MatchedAt = now,
                RecordId = recordId,
                Changed = changed.Count > 0 ? changed : null,
                Kept = kept.Count > 0 ? kept : null,
            },
        };
        return item with { Custom = custom };

        CslItem Fill(CslItem current, string? value, Func<CslItem, string?> get, Func<CslItem, string, CslItem> set, string name)
        {
            if (string.IsNullOrWhiteSpace(value)) return current;
            string? mine = get(current);
            if (string.IsNullOrWhiteSpace(mine)) { changed.Add(name); return set(current, value); }
            if (!string.Equals(Normalize(mine), Normalize(value), StringComparison.Ordinal)) kept.Add($"{name}: {value}");
            return current;
        }

        string? Id(string? mine, string? found, string name)
        {
            if (string.IsNullOrWhiteSpace(found)) return mine;
            if (string.IsNullOrWhiteSpace(mine)) { changed.Add("identifiers." + name); return found; }
            if (!string.Equals(mine, found, StringComparison.OrdinalIgnoreCase)) kept.Add($"identifiers.{name}: {found}");
            return mine;
        }
    }

    static string Normalize(string s) => string.Join(' ', TextKey.Words(s));
}
