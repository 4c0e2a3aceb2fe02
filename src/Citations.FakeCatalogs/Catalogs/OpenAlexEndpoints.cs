using System.Text.RegularExpressions;
using Citations.FakeCatalogs.Corpus;

namespace Citations.FakeCatalogs.Catalogs;

/// <summary>OpenAlex: <c>/works?filter=title.search:…,publication_year:…</c>, <c>/works?search=</c>, <c>/works/doi:…</c>, <c>/works/W…</c>.</summary>
static partial class OpenAlexEndpoints
{
    public static void Map(WebApplication app, FakeCorpus corpus)
    {
        var works = corpus.Works.Where(w => w.In("openalex")).ToList();

        app.MapGet("/openalex/works", (HttpRequest request) =>
        {
            string filter = request.Query["filter"].ToString();
            string search = request.Query["search"].ToString();
            int perPage = int.TryParse(request.Query["per_page"], out int p) ? Math.Clamp(p, 1, 200) : 25;
            string? titleSearch = null;
            (int from, int to)? years = null;
            foreach (string part in filter.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                int colon = part.IndexOf(':');
                if (colon < 0) return Error("Invalid query parameters error.", $"'{part}' is not a valid filter");
                string name = part[..colon], value = part[(colon + 1)..];
                switch (name)
                {
                    case "title.search" or "display_name.search": titleSearch = value; break;
                    case "publication_year":
                        var m = YearRange().Match(value);
                        if (!m.Success) return Error("Invalid query parameters error.", $"'{value}' is not a year");
                        years = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Success ? m.Groups[2].Value : m.Groups[1].Value));
                        break;
                    default: return Error("Invalid query parameters error.", $"{name} is not a valid field");
                }
            }
            var words = WordIndex.Words(titleSearch ?? search);
            var hits = works
                .Where(w => years is not { } y || w.Years.Any(v => v >= y.from && v <= y.to))
                .Select(w => (work: w, score: WordIndex.Score(words, WordIndex.Words(titleSearch is null ? $"{w.FullTitle} {w.Container}" : w.FullTitle))))
                .Where(x => x.score > 0 || words.Length == 0)
                .OrderByDescending(x => x.score).ThenBy(x => x.work.Id).ToList();
            return Results.Json(new Dictionary<string, object?>
            {
                ["meta"] = new Dictionary<string, object?> { ["count"] = hits.Count, ["db_response_time_ms"] = 12, ["page"] = 1, ["per_page"] = perPage, ["groups_count"] = null },
                ["results"] = hits.Take(perPage).Select(x => Render(x.work, search.Length > 0 ? x.score * 40 : null)).ToList(),
                ["group_by"] = Array.Empty<object>(),
            });
        });

        app.MapGet("/openalex/works/{**id}", (string id) =>
        {
            id = Uri.UnescapeDataString(id);
            var work = id.StartsWith("doi:", StringComparison.OrdinalIgnoreCase)
                ? works.FirstOrDefault(w => string.Equals(w.Doi, id[4..], StringComparison.OrdinalIgnoreCase))
                : works.FirstOrDefault(w => $"W{w.Number}" == id);
            return work is null ? Error("Not found", $"{id} not found", 404) : Results.Json(Render(work, null));
        });
    }

    static IResult Error(string error, string message, int status = 400) =>
        Results.Json(new { error, message }, statusCode: status);

    static Dictionary<string, object?> Render(Work w, double? relevance)
    {
        string id = $"https://openalex.org/W{w.Number}";
        int? year = w.Year ?? w.Editions.FirstOrDefault()?.Year;
        var result = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["doi"] = w.Doi is null ? null : "https://doi.org/" + w.Doi,
            ["title"] = w.FullTitle,
            ["display_name"] = w.FullTitle,
            ["publication_year"] = year,
            ["publication_date"] = year is null ? null : $"{year}-01-01",
            ["type"] = w.Kind switch { "chapter" => "book-chapter", "review" => "review", "book" => "book", _ => "article" },
            ["language"] = w.Language?[..2],
            ["ids"] = new Dictionary<string, object?> { ["openalex"] = id, ["doi"] = w.Doi is null ? null : "https://doi.org/" + w.Doi },
            ["authorships"] = w.Authors.Select((a, i) => new Dictionary<string, object?>
            {
                ["author_position"] = i == 0 ? "first" : "middle",
                ["raw_author_name"] = a.Display,
                ["author"] = new Dictionary<string, object?> { ["id"] = $"https://openalex.org/A{w.Number * 10 + i}", ["display_name"] = a.Display, ["orcid"] = null },
                ["institutions"] = Array.Empty<object>(),
            }).ToList(),
            ["primary_location"] = new Dictionary<string, object?>
            {
                ["source"] = w.Container is null && w.Kind != "book" ? null : new Dictionary<string, object?>
                {
                    ["id"] = $"https://openalex.org/S{Math.Abs((w.Container ?? w.Publisher ?? "").GetHashCode()) % 100000}",
                    ["display_name"] = w.Kind == "book" ? w.Publisher ?? w.Editions.FirstOrDefault()?.Publisher : w.Container,
                    ["type"] = w.Kind is "article" or "review" ? "journal" : "book series",
                    ["host_organization_name"] = w.Publisher ?? w.Editions.FirstOrDefault()?.Publisher,
                },
            },
            ["biblio"] = new Dictionary<string, object?>
            {
                ["volume"] = w.Volume, ["issue"] = w.Issue,
                ["first_page"] = w.Pages?.Split('-')[0], ["last_page"] = w.Pages?.Split('-').ElementAtOrDefault(1),
            },
            ["cited_by_count"] = w.Number % 97,
        };
        if (relevance is { } r) result["relevance_score"] = Math.Round(r, 2);
        return result;
    }

    [GeneratedRegex(@"^(\d{4})(?:-(\d{4}))?$")]
    private static partial Regex YearRange();
}
