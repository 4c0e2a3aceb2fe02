using System.Net;
using System.Text.Json;
using Citations.Api.Tests.Support;

namespace Citations.Api.Tests;

/// <summary><c>POST /v1/format</c>: CSL-JSON in, notes or a bibliography out; styles by id or as XML with DTDs refused.</summary>
public sealed class FormatTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    const string Items = """
        [{"id": "kennan1967memoirs", "type": "book", "author": [{"family": "Kennan", "given": "George F."}], "title": "Memoirs, 1925-1950",
          "publisher": "Little, Brown", "publisher-place": "Boston", "issued": {"date-parts": [[1967]]}},
         {"id": "rgani5-49-17", "type": "manuscript", "title": "Memorandum of conversation with Ulbricht", "archive": "RGANI",
          "archive_location": "f. 5, op. 49, d. 17", "issued": {"date-parts": [[1956, 12, 28]]}}]
        """;

    [Fact]
    // Chicago's 18th edition (the default style) leaves out the place of publication.
    public async Task A_CSL_JSON_array_gives_the_bibliography_in_the_styles_order()
    {
        var response = await api.Client.PostAsync("/v1/format?style=chicago-notes-bibliography", Http.Json(Items, "application/vnd.citationstyles.csl+json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await Http.JsonOf(response);
        Assert.Equal("bibliography", result.GetProperty("mode").GetString());
        var entries = result.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        var kennan = entries.Single(e => e.GetProperty("id").GetString() == "kennan1967memoirs").GetProperty("text").GetString();
        Assert.Equal("Kennan, George F. Memoirs, 1925-1950. Little, Brown, 1967.", kennan);
    }

    [Fact]
    public async Task Notes_with_citations_give_full_then_Ibid_as_the_style_says_and_text_plain_gives_lines()
    {
        string body = JsonSerializer.Serialize(new
        {
            items = JsonDocument.Parse(Items).RootElement,
            citations = new[] { new[] { new { id = "kennan1967memoirs", locator = "262" } }, new[] { new { id = "kennan1967memoirs", locator = "263" } } },
            style = "chicago-notes-bibliography-subsequent-ibid",
            mode = "notes",
        });
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/format") { Content = Http.Json(body) };
        request.Headers.Accept.ParseAdd("text/plain");
        string text = await (await api.Client.SendAsync(request)).Content.ReadAsStringAsync();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("1. George F. Kennan, Memoirs, 1925-1950 (Little, Brown, 1967), 262.", lines[0]);
        Assert.Equal("2. Ibid., 263.", lines[1]);
    }

    [Fact]
    public async Task A_style_sent_as_XML_is_used_and_one_with_a_DTD_or_entities_is_refused()
    {
        string style = """
            <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
              <info><title>Tiny</title><id>tiny</id><updated>2026-01-01T00:00:00+00:00</updated></info>
              <citation><layout><text variable="title" font-style="italic"/></layout></citation>
              <bibliography><layout><text variable="title"/><text value=" (tiny)"/></layout></bibliography>
            </style>
            """;
        var ok = await Http.JsonOf(await api.Client.PostAsync("/v1/format", Http.Json(JsonSerializer.Serialize(new { items = JsonDocument.Parse(Items).RootElement, style_xml = style }))));
        Assert.Contains(ok.GetProperty("entries").EnumerateArray(), e => e.GetProperty("text").GetString() == "Memoirs, 1925-1950 (tiny)");

        string[] hostile =
        [
            "<?xml version=\"1.0\"?><!DOCTYPE style [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + style.Replace("<title>Tiny</title>", "<title>&xxe;</title>"),
            "<?xml version=\"1.0\"?><!DOCTYPE style [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + style.Replace("<title>Tiny</title>", "<title>&c;</title>"),
        ];
        foreach (string xml in hostile)
        {
            var response = await api.Client.PostAsync("/v1/format", Http.Json(JsonSerializer.Serialize(new { items = JsonDocument.Parse(Items).RootElement, style_xml = xml })));
            string detail = await Http.AssertProblem(response, 400, "invalid-style");
            Assert.Contains("DTD", detail);
            Assert.DoesNotContain("root:", detail);
        }
    }

    [Theory]
    [InlineData("[{\"id\": \"a\", ", "malformed-json")]
    [InlineData("{\"style\": \"chicago-notes-bibliography\"}", "no-items")]
    [InlineData("[]", "no-items")]
    [InlineData("{\"items\": [{\"id\": \"a\", \"type\": \"book\"}], \"mode\": \"poster\"}", "unknown-mode")]
    [InlineData("{\"items\": [{\"id\": \"a\", \"type\": \"book\"}], \"citations\": [[\"a\"]]}", "invalid-citations")]
    public async Task Bad_requests_are_400_problems(string body, string slug) =>
        await Http.AssertProblem(await api.Client.PostAsync("/v1/format", Http.Json(body)), 400, slug);
}
