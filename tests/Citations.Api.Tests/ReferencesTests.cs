using System.Net;
using System.Text.Json;
using Citations.Api.Tests.Support;
using Citations.Core.Json;
using Citations.Core.Model;
using Citations.Csl;

namespace Citations.Api.Tests;

/// <summary>References over HTTP: search, paging, one by id or key, every format by Accept and by ?format=, hostile style names.</summary>
public sealed class ReferencesTests(LibraryFixture library) : IClassFixture<LibraryFixture>
{
    HttpClient Client => library.Client;

    async Task<List<JsonElement>> AllReferences(string query = "")
    {
        var all = new List<JsonElement>();
        string? next = "/v1/references?limit=7" + query;
        while (next is not null)
        {
            var response = await Client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await Http.JsonOf(response);
            all.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.TryGetProperty("next", out var n) ? n.GetString() : null;
            Assert.Equal(next is null ? null : $"<{next}>; rel=\"next\"", response.Headers.TryGetValues("Link", out var link) ? link.Single() : null);
        }
        return all;
    }

    [Fact]
    public async Task Paging_visits_every_reference_once_in_cite_key_order()
    {
        var all = await AllReferences();
        var keys = all.Select(r => r.GetProperty("cite_key").GetString()!).ToList();
        Assert.True(keys.Count > 50, $"{keys.Count} references in the seed library");
        Assert.Equal(keys.Distinct().Count(), keys.Count);
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.All(all, r => Assert.Equal(r.GetProperty("cite_key").GetString(), r.GetProperty("item").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Filters_narrow_the_list_to_what_they_name()
    {
        var all = (await AllReferences()).Select(r => JsonSerializer.Deserialize<CslItem>(r.GetProperty("item").GetRawText(), CitationsJson.Options)!).ToList();

        var books = await AllReferences("&type=book");
        Assert.Equal(all.Count(i => i.Type == "book"), books.Count);

        int year = all.Where(i => i.Issued?.Year is not null).GroupBy(i => i.Issued!.Year).OrderByDescending(g => g.Count()).First().Key!.Value;
        var ofYear = await AllReferences($"&year={year}");
        Assert.Equal(all.Count(i => i.Issued?.Year == year), ofYear.Count);

        var kennan = await AllReferences("&q=kennan");
        Assert.NotEmpty(kennan);
        Assert.All(kennan, r => Assert.Contains("kennan", r.GetProperty("item").GetRawText(), StringComparison.OrdinalIgnoreCase));

        var archived = all.First(i => i.Custom?.Archival?.RepositoryCanonical is not null);
        var inArchive = await AllReferences($"&archive={Uri.EscapeDataString(archived.Archival!.RepositoryCanonical!)}");
        Assert.Contains(inArchive, r => r.GetProperty("cite_key").GetString() == archived.Id);
    }

    [Fact]
    public async Task One_reference_by_id_and_by_cite_key_in_every_format()
    {
        var first = (await Http.JsonOf(await Client.GetAsync("/v1/references?type=book&limit=1"))).GetProperty("items")[0];
        long id = first.GetProperty("id").GetInt64();
        string key = first.GetProperty("cite_key").GetString()!;
        Assert.Equal(id, (await Http.JsonOf(await Client.GetAsync($"/v1/references/{key}"))).GetProperty("id").GetInt64());

        var formats = new (string Accept, string Query, string MediaType, Func<string, bool> Check)[]
        {
            ("application/vnd.citationstyles.csl+json", "csl-json", "application/vnd.citationstyles.csl+json", b => JsonDocument.Parse(b).RootElement.GetProperty("id").GetString() == key),
            ("application/x-bibtex", "bibtex", "application/x-bibtex", b => b.StartsWith("@book{" + key + ",")),
            ("application/x-biblatex", "biblatex", "application/x-biblatex", b => b.StartsWith("@book{" + key + ",")),
            ("application/x-research-info-systems", "ris", "application/x-research-info-systems", b => b.StartsWith("TY  - BOOK") && b.Contains("ID  - " + key)),
            ("text/x-bibliography; style=chicago-notes-bibliography", "bibliography&style=chicago-notes-bibliography", "text/x-bibliography", b => b.Trim().Length > 10 && !b.Contains('{')),
            ("application/json", "json", "application/json", b => JsonDocument.Parse(b).RootElement.GetProperty("cite_key").GetString() == key),
        };
        foreach (var (accept, query, mediaType, check) in formats)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/references/{id}");
            request.Headers.TryAddWithoutValidation("Accept", accept);
            var byHeader = await Client.SendAsync(request);
            var byQuery = await Client.GetAsync($"/v1/references/{id}?format={query}");
            foreach (var response in new[] { byHeader, byQuery })
            {
                string body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{accept}: {response.StatusCode} {body}");
                Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
                Assert.True(check(body), $"{accept}:\n{body}");
            }
            Assert.Equal(await byHeader.Content.ReadAsStringAsync(), await byQuery.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Every_built_in_style_renders_a_documents_references_and_its_notes()
    {
        long document = library.Documents[3];
        foreach (string style in EmbeddedResources.StyleIds)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/documents/{document}/references");
            request.Headers.TryAddWithoutValidation("Accept", $"text/x-bibliography; style={style}");
            var response = await Client.SendAsync(request);
            string body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{style}: {body}");
            Assert.Equal(style, response.Content.Headers.ContentType!.Parameters.Single(p => p.Name == "style").Value);
            int count = (await Http.JsonOf(await Client.GetAsync($"/v1/documents/{document}/references"))).GetProperty("items").GetArrayLength();
            Assert.Equal(count, body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
        string notes = await Client.GetStringAsync($"/v1/documents/{document}/notes?format=bibliography&style=chicago-notes-bibliography-subsequent-ibid");
        Assert.Contains("in ibid.", notes);
        Assert.StartsWith("1. ", notes);
    }

    [Fact]
    public async Task Accept_qualities_choose_and_nothing_acceptable_is_406()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/documents/{library.Documents[0]}/references");
        request.Headers.TryAddWithoutValidation("Accept", "application/json;q=0.2, application/x-bibtex;q=0.9, application/x-research-info-systems;q=0.5");
        var response = await Client.SendAsync(request);
        Assert.Equal("application/x-bibtex", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);

        var refused = new HttpRequestMessage(HttpMethod.Get, "/v1/references");
        refused.Headers.TryAddWithoutValidation("Accept", "image/png, application/pdf");
        Assert.Contains("application/x-bibtex", await Http.AssertProblem(await Client.SendAsync(refused), 406, "not-acceptable"));
        await Http.AssertProblem(await Client.GetAsync("/v1/references?format=docx"), 400, "unknown-format");
        await Http.AssertProblem(await Client.GetAsync("/v1/references/nosuchkey2000"), 404, "not-found");
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("chicago-notes-bibliography/../../../etc/hostname")]
    [InlineData("chicago-notes-bibliography.csl")]
    [InlineData("file:///etc/passwd")]
    [InlineData("C:\\Windows\\win.ini")]
    public async Task A_style_name_that_is_not_a_built_in_id_is_refused_and_never_read_from_disk(string style)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/references?limit=3");
        request.Headers.TryAddWithoutValidation("Accept", $"text/x-bibliography; style=\"{style}\"");
        string detail = await Http.AssertProblem(await Client.SendAsync(request), 406, "not-acceptable");
        Assert.Contains("unknown style", detail);
        Assert.DoesNotContain("root:", detail);

        var byQuery = await Client.GetAsync($"/v1/references?limit=3&format=bibliography&style={Uri.EscapeDataString(style)}");
        Assert.Contains("unknown style", await Http.AssertProblem(byQuery, 400, "unknown-style"));

        var format = await Client.PostAsync("/v1/format", Http.Json(JsonSerializer.Serialize(new { items = new[] { new { id = "a", type = "book", title = "T" } }, style })));
        await Http.AssertProblem(format, 400, "unknown-style");
    }
}
