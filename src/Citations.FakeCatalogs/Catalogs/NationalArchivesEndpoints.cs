using Citations.FakeCatalogs.Corpus;

namespace Citations.FakeCatalogs.Catalogs;

/// <summary>TNA Discovery: <c>/API/search/records</c> (and <c>/API/search/v1/records</c>) with <c>sps.*</c> parameters.</summary>
static class NationalArchivesEndpoints
{
    public static void Map(WebApplication app, FakeCorpus corpus)
    {
        IResult Search(HttpRequest request)
        {
            string query = request.Query["sps.searchQuery"].ToString().Trim('"', ' ');
            if (query.Length == 0) return Results.Json(new { message = "sps.searchQuery is required" }, statusCode: 400);
            var series = request.Query["sps.recordSeries"].Select(s => s!.Trim()).ToList();
            int size = int.TryParse(request.Query["sps.resultsPageSize"], out int n) ? Math.Clamp(n, 1, 1000) : 15;
            var words = WordIndex.Words(query);
            // The catalogue's search is by words: neighbouring pieces of a series come back too.
            var hits = corpus.Tna
                .Where(r => series.Count == 0 || series.Any(s => r.Reference.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
                .Select(r => (record: r, score: WordIndex.Score(words, WordIndex.Words($"{r.Reference} {r.Title}"))))
                .Where(x => x.score > 0)
                .OrderByDescending(x => x.score).ThenBy(x => x.record.Reference, StringComparer.Ordinal).ToList();
            return Results.Json(new Dictionary<string, object?>
            {
                ["count"] = hits.Count,
                ["nextBatchMark"] = "*",
                ["records"] = hits.Take(size).Select(x => Render(x.record, x.score)).ToList(),
                ["departments"] = Array.Empty<object>(), ["catalogueLevels"] = Array.Empty<object>(),
                ["timePeriods"] = Array.Empty<object>(), ["repositories"] = Array.Empty<object>(),
            });
        }

        app.MapGet("/tna/API/search/records", Search);
        app.MapGet("/tna/API/search/v1/records", Search);
    }

    static Dictionary<string, object?> Render(TnaRecord r, double score) => new()
    {
        ["id"] = r.Id,
        ["reference"] = r.Reference,
        ["title"] = r.Title,
        ["description"] = r.Title,
        ["coveringDates"] = r.CoveringDates,
        ["startDate"] = r.Start is int s ? $"{s % 100:00}/{s / 100 % 100:00}/{s / 10000}" : null,
        ["endDate"] = r.End is int e ? $"{e % 100:00}/{e / 100 % 100:00}/{e / 10000}" : null,
        ["numStartDate"] = r.Start,
        ["numEndDate"] = r.End,
        ["catalogueLevel"] = r.Level,
        ["department"] = r.Reference.Split(' ')[0],
        ["heldBy"] = new[] { "The National Archives, Kew" },
        ["closureStatus"] = "Open Document, Open Description",
        ["score"] = Math.Round(score, 2),
        ["source"] = "CAT",
    };
}
