using Citations.FakeCatalogs.Corpus;

namespace Citations.FakeCatalogs.Catalogs;

/// <summary>loc.gov JSON API: <c>/books/?q=…&amp;fo=json</c>, one result per edition the Library holds, with the
/// collection index's habits (lower-cased contributor headings with life dates, ISBD titles).</summary>
static class LibraryOfCongressEndpoints
{
    public static void Map(WebApplication app, FakeCorpus corpus)
    {
        var editions = corpus.Works.Where(w => w.In("loc") && w.Kind == "book")
            .SelectMany(w => w.Editions.Where(e => e.Lccn is not null).Select(e => (work: w, edition: e))).ToList();

        app.MapGet("/loc/books/", (HttpRequest request) =>
        {
            if (request.Query["fo"] != "json")
                return Results.Content("<html><body>loc.gov search page</body></html>", "text/html");
            var words = WordIndex.Words(request.Query["q"]);
            int count = int.TryParse(request.Query["c"], out int c) ? Math.Clamp(c, 1, 150) : 25;
            // Keyword search: most of the words given must be found in the title or the contributors.
            var hits = editions
                .Select(x => (x.work, x.edition, fraction: WordIndex.Fraction(words, WordIndex.Words($"{x.work.FullTitle} {string.Join(' ', x.work.Aliases)} {Headings(x.work)}"))))
                .Where(x => x.fraction >= 0.6)
                .OrderByDescending(x => x.fraction).ThenBy(x => x.work.Id).ToList();
            return Results.Json(new Dictionary<string, object?>
            {
                ["pagination"] = new Dictionary<string, object?>
                {
                    ["current"] = 1, ["from"] = hits.Count == 0 ? 0 : 1, ["to"] = Math.Min(count, hits.Count), ["total"] = hits.Count,
                    ["perpage"] = count, ["of"] = hits.Count, ["next"] = null, ["previous"] = null,
                },
                ["results"] = hits.Take(count).Select((x, i) => Result(x.work, x.edition, i + 1)).ToList(),
            });
        });
    }

    static string Headings(Work w) => string.Join(' ', w.Authors.Concat(w.Editors).Select(Heading));

    /// <summary>"ulam, adam b., 1922-2000": how the collection index writes names.</summary>
    static string Heading(Person p) =>
        (p.Literal ?? $"{p.Family}, {p.Given}").ToLowerInvariant() + (p.Born is int b ? $", {b}-{p.Died}" : "");

    static Dictionary<string, object?> Result(Work w, Edition e, int index) => new()
    {
        ["id"] = $"http://www.loc.gov/item/{e.Lccn}/",
        ["url"] = $"https://www.loc.gov/item/{e.Lccn}/",
        // Russian titles are in ALA-LC romanization there, not Cyrillic.
        ["title"] = (w.Language == "rus" && w.Aliases.Count > 0 ? w.Aliases[0] : w.FullTitle) + (w.Authors.Count > 0 ? $" / by {w.Authors[0].Display}." : "."),
        ["date"] = e.Year.ToString(),
        ["contributor"] = w.Authors.Concat(w.Editors).Select(Heading).ToList(),
        ["language"] = new[] { w.Language switch { "rus" => "russian", "ger" => "german", "fre" => "french", _ => "english" } },
        ["original_format"] = new[] { "book" },
        ["online_format"] = Array.Empty<string>(),
        ["digitized"] = false,
        ["index"] = index,
        ["number_lccn"] = new[] { e.Lccn },
        ["item"] = new Dictionary<string, object?>
        {
            ["call_number"] = new[] { $"D{w.Number % 900 + 100} .{(w.Authors.FirstOrDefault()?.Family ?? "X")[0]}{w.Number % 90 + 10}" },
            ["created_published"] = new[] { $"{e.Place}, {e.Publisher} [{e.Year}]" },
            ["date"] = e.Year.ToString(),
        },
    };
}
