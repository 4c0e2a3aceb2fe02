using Citations.FakeCatalogs.Corpus;

namespace Citations.FakeCatalogs.Catalogs;

/// <summary>Open Library: <c>/search.json</c> (works with editions folded in), <c>/isbn/{isbn}.json</c> (302 to the
/// edition), <c>/books/{OL…M}.json</c>, <c>/works/{OL…W}/editions.json</c>.</summary>
static class OpenLibraryEndpoints
{
    public static void Map(WebApplication app, FakeCorpus corpus)
    {
        var works = corpus.Works.Where(w => w.In("openlibrary") && w.Kind == "book").ToList();

        app.MapGet("/openlibrary/search.json", (HttpRequest request) =>
        {
            var title = WordIndex.Words(request.Query["title"].ToString().Length > 0 ? request.Query["title"] : request.Query["q"]);
            var author = WordIndex.Words(request.Query["author"]);
            int limit = int.TryParse(request.Query["limit"], out int l) ? Math.Clamp(l, 1, 1000) : 100;
            // author= filters: some author name must contain every word given; title= ranks.
            var hits = works
                .Where(w => author.Length == 0 || w.Authors.Concat(w.Editors).Any(a => WordIndex.Fraction(author, WordIndex.Words(a.Display)) == 1))
                .Select(w => (work: w, score: WordIndex.Score(title, WordIndex.Words(w.FullTitle + " " + string.Join(' ', w.Aliases)))))
                .Where(x => x.score > 0 && WordIndex.Fraction(title, WordIndex.Words(x.work.FullTitle + " " + string.Join(' ', x.work.Aliases))) >= 0.5)
                .OrderByDescending(x => x.score).ThenBy(x => x.work.Id).ToList();
            return Results.Json(new Dictionary<string, object?>
            {
                ["numFound"] = hits.Count, ["start"] = 0, ["numFoundExact"] = true, ["num_found"] = hits.Count,
                ["docs"] = hits.Take(limit).Select(x => Doc(x.work)).ToList(),
                ["q"] = "", ["offset"] = null,
            });
        });

        app.MapGet("/openlibrary/isbn/{isbn}.json", (string isbn) =>
        {
            string digits = new(isbn.Where(c => char.IsDigit(c) || c == 'X').ToArray());
            foreach (var work in works)
                for (int i = 0; i < work.Editions.Count; i++)
                    if (work.Editions[i].Isbn is { } e && (e == digits || Isbn10To13(e) == digits || Isbn10To13(digits) == e))
                        return Results.Redirect($"/openlibrary/books/{EditionKey(work, i)}.json");
            return Results.Json(new { error = "notfound", key = $"/isbn/{isbn}" }, statusCode: 404);
        });

        app.MapGet("/openlibrary/books/{key}.json", (string key) =>
        {
            foreach (var work in works)
                for (int i = 0; i < work.Editions.Count; i++)
                    if (EditionKey(work, i) == key) return Results.Json(EditionRecord(work, i));
            return Results.Json(new { error = "notfound", key = $"/books/{key}" }, statusCode: 404);
        });

        app.MapGet("/openlibrary/works/{key}/editions.json", (string key, HttpRequest request) =>
        {
            var work = works.FirstOrDefault(w => WorkKey(w) == key);
            if (work is null) return Results.Json(new { error = "notfound", key = $"/works/{key}" }, statusCode: 404);
            int limit = int.TryParse(request.Query["limit"], out int l) ? l : 50;
            return Results.Json(new Dictionary<string, object?>
            {
                ["links"] = new { self = $"/works/{key}/editions.json", work = $"/works/{key}" },
                ["size"] = work.Editions.Count,
                ["entries"] = Enumerable.Range(0, work.Editions.Count).Take(limit).Select(i => EditionRecord(work, i)).ToList(),
            });
        });
    }

    static string WorkKey(Work w) => $"OL{w.Number}W";
    static string EditionKey(Work w, int i) => $"OL{w.Number * 10 + i}M";

    static Dictionary<string, object?> Doc(Work w) => new()
    {
        ["key"] = "/works/" + WorkKey(w),
        ["title"] = w.Title,
        ["subtitle"] = w.Subtitle,
        ["author_name"] = w.Authors.Count > 0 ? w.Authors.Select(a => a.Display).ToList() : w.Editors.Select(a => a.Display).ToList(),
        ["author_key"] = w.Authors.Select((_, i) => $"OL{w.Number * 10 + i}A").ToList(),
        ["first_publish_year"] = w.Editions.Min(e => e.Year),
        ["publish_year"] = w.Editions.Select(e => e.Year).Distinct().Order().ToList(),
        ["publisher"] = w.Editions.Select(e => e.Publisher).OfType<string>().Distinct().ToList(),
        ["publish_place"] = w.Editions.Select(e => e.Place).OfType<string>().Distinct().ToList(),
        ["isbn"] = w.Editions.Select(e => e.Isbn).OfType<string>().ToList(),
        ["oclc"] = w.Editions.Select(e => e.Oclc).OfType<string>().ToList(),
        ["lccn"] = w.Editions.Select(e => e.Lccn).OfType<string>().ToList(),
        ["language"] = w.Language is null ? null : new[] { w.Language },
        ["edition_count"] = w.Editions.Count,
        ["edition_key"] = Enumerable.Range(0, w.Editions.Count).Select(i => EditionKey(w, i)).ToList(),
    };

    static Dictionary<string, object?> EditionRecord(Work w, int i)
    {
        var e = w.Editions[i];
        var record = new Dictionary<string, object?>
        {
            ["key"] = "/books/" + EditionKey(w, i),
            ["title"] = w.Title,
            ["subtitle"] = w.Subtitle,
            ["by_statement"] = string.Join(", ", w.Authors.Select(a => a.Display)),
            ["authors"] = w.Authors.Select((_, j) => new { key = $"/authors/OL{w.Number * 10 + j}A" }).ToList(),
            ["publishers"] = e.Publisher is null ? Array.Empty<string>() : [e.Publisher],
            ["publish_places"] = e.Place is null ? Array.Empty<string>() : [e.Place],
            ["publish_date"] = e.Year.ToString(),
            ["works"] = new[] { new { key = "/works/" + WorkKey(w) } },
            ["languages"] = w.Language is null ? null : new[] { new { key = "/languages/" + w.Language } },
            ["type"] = new { key = "/type/edition" },
        };
        if (e.Name is not null) record["edition_name"] = e.Name;
        if (e.Isbn is { Length: 10 }) record["isbn_10"] = new[] { e.Isbn };
        if (e.Isbn is { Length: 13 }) record["isbn_13"] = new[] { e.Isbn };
        if (e.Lccn is not null) record["lccn"] = new[] { e.Lccn };
        if (e.Oclc is not null) record["oclc_numbers"] = new[] { e.Oclc };
        return record;
    }

    static string? Isbn10To13(string isbn)
    {
        if (isbn.Length != 10) return null;
        string core = "978" + isbn[..9];
        int sum = core.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        return core + ((10 - sum % 10) % 10);
    }
}
