using Citations.FakeCatalogs.Corpus;

namespace Citations.FakeCatalogs.Catalogs;

/// <summary>Crossref REST API: <c>/works?query.bibliographic=</c> and <c>/works/{doi}</c> (api_format.md shapes).</summary>
static class CrossrefEndpoints
{
    public static void Map(WebApplication app, FakeCorpus corpus)
    {
        var works = corpus.Works.Where(w => w.In("crossref") && w.Doi is not null).ToList();

        app.MapGet("/crossref/works", (HttpRequest request) =>
        {
            string query = request.Query["query.bibliographic"].ToString();
            int rows = int.TryParse(request.Query["rows"], out int r) ? Math.Clamp(r, 0, 1000) : 20;
            var words = WordIndex.Words(query);
            // Like the real service: always a ranked list, even for gibberish.
            var ranked = works
                .Select(w => (work: w, score: WordIndex.Score(words, WordIndex.Words($"{w.FullTitle} {Names(w)} {w.Container} {w.Year}"))))
                .OrderByDescending(x => x.score).ThenBy(x => x.work.Id).Take(rows)
                .Select(x => Render(x.work, 10 + x.score * 3.7)).ToList();
            return Results.Json(new Dictionary<string, object?>
            {
                ["status"] = "ok", ["message-type"] = "work-list", ["message-version"] = "1.0.0",
                ["message"] = new Dictionary<string, object?>
                {
                    ["facets"] = new { }, ["total-results"] = works.Count, ["items"] = ranked, ["items-per-page"] = rows,
                    ["query"] = new Dictionary<string, object?> { ["start-index"] = 0, ["search-terms"] = null },
                },
            });
        });

        app.MapGet("/crossref/works/{**doi}", (string doi) =>
        {
            var work = works.FirstOrDefault(w => string.Equals(w.Doi, Uri.UnescapeDataString(doi), StringComparison.OrdinalIgnoreCase));
            return work is null
                ? Results.Text("Resource not found.", "text/plain", statusCode: 404)
                : Results.Json(new Dictionary<string, object?>
                {
                    ["status"] = "ok", ["message-type"] = "work", ["message-version"] = "1.0.0", ["message"] = Render(work, null),
                });
        });
    }

    static string Names(Work w) => string.Join(' ', w.Authors.Concat(w.Editors).Select(p => p.Display));

    static Dictionary<string, object?> Render(Work w, double? score)
    {
        var edition = w.Editions.FirstOrDefault();
        var item = new Dictionary<string, object?>
        {
            ["DOI"] = w.Doi,
            ["type"] = w.Kind switch { "article" or "review" => "journal-article", "chapter" => "book-chapter", _ => "monograph" },
            ["title"] = new[] { w.Title },
            ["publisher"] = w.Publisher ?? edition?.Publisher ?? "Informa UK Limited",
            ["URL"] = "https://doi.org/" + w.Doi,
        };
        item["issued"] = new Dictionary<string, object> { ["date-parts"] = new[] { new[] { w.Year ?? edition?.Year ?? 0 } } };
        if (w.Subtitle is not null) item["subtitle"] = new[] { w.Subtitle };
        if (w.Authors.Count > 0) item["author"] = w.Authors.Select((p, i) => Person(p, i)).ToList();
        if (w.Editors.Count > 0) item["editor"] = w.Editors.Select((p, i) => Person(p, i)).ToList();
        if (w.Container is not null) item["container-title"] = new[] { w.Container };
        if (w.Volume is not null) item["volume"] = w.Volume;
        if (w.Issue is not null) item["issue"] = w.Issue;
        if (w.Pages is not null) item["page"] = w.Pages;
        if (edition?.Place is not null) item["publisher-location"] = edition.Place;
        if (edition?.Isbn is not null) item["ISBN"] = new[] { edition.Isbn };
        if (w.Language is not null) item["language"] = w.Language[..2];
        if (score is { } s) item["score"] = Math.Round(s, 3);
        return item;
    }

    static Dictionary<string, object?> Person(Person p, int index) => p.Literal is not null
        ? new() { ["name"] = p.Literal, ["sequence"] = index == 0 ? "first" : "additional", ["affiliation"] = Array.Empty<object>() }
        : new() { ["given"] = p.Given, ["family"] = p.Family, ["sequence"] = index == 0 ? "first" : "additional", ["affiliation"] = Array.Empty<object>() };
}
