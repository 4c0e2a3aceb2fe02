using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Citations.Api.Documents;
using Citations.Api.Tests.Support;
using Citations.Core.Json;
using Citations.Core.Model;
using Citations.Core.Pipeline;

namespace Citations.Api.Tests;

/// <summary>Documents into the library over HTTP: text, Markdown, HTML with footnotes; their notes and references back.</summary>
public sealed partial class DocumentsTests
{
    static List<NoteInput> Gold(string doc, int count) =>
        File.ReadLines(Path.Combine(Repo.Root, "tests", "gold", doc + ".jsonl")).Take(count).Select(l => JsonSerializer.Deserialize<NoteInput>(l, CitationsJson.Options)!).ToList();

    [GeneratedRegex(@"\*(?<t>[^*]+)\*")]
    private static partial Regex Italic();

    static string Html(string text) => Italic().Replace(WebUtility.HtmlEncode(text), "<em>${t}</em>");

    /// <summary>A page as pandoc writes one from Markdown with footnotes.</summary>
    static string PandocHtml(IReadOnlyList<NoteInput> notes)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html><head><title>Working paper</title><style>p{}</style></head><body>\n<h1>Working paper</h1>\n");
        foreach (var note in notes)
            html.Append($"<p>The record of these months is thinner than the memoirs suggest.<a href=\"#fn{note.N}\" class=\"footnote-ref\" id=\"fnref{note.N}\" role=\"doc-noteref\"><sup>{note.N}</sup></a></p>\n");
        html.Append("<section id=\"footnotes\" class=\"footnotes footnotes-end-of-document\" role=\"doc-endnotes\">\n<hr />\n<ol>\n");
        foreach (var note in notes)
            html.Append($"<li id=\"fn{note.N}\"><p>{Html(note.Text!)}<a href=\"#fnref{note.N}\" class=\"footnote-back\" role=\"doc-backlink\">↩︎</a></p></li>\n");
        return html.Append("</ol>\n</section>\n</body></html>\n").ToString();
    }

    /// <summary>A page as Word saves one ("Web Page, Filtered").</summary>
    static string WordHtml(IReadOnlyList<NoteInput> notes)
    {
        var html = new StringBuilder("<html><body lang=EN-US><div class=WordSection1>\n");
        foreach (var note in notes)
            html.Append($"<p class=MsoNormal>Moscow's instructions were revised twice.<a href=\"#_ftn{note.N}\" name=\"_ftnref{note.N}\" title=\"\"><span class=MsoFootnoteReference><span class=MsoFootnoteReference><span style='font-size:11.0pt'>[{note.N}]</span></span></span></a></p>\n");
        html.Append("</div><div><br clear=all><hr align=left size=1 width=\"33%\">\n");
        foreach (var note in notes)
            html.Append($"<div id=ftn{note.N}><p class=MsoFootnoteText><a href=\"#_ftnref{note.N}\" name=\"_ftn{note.N}\" title=\"\"><span class=MsoFootnoteReference><span style='font-size:10.0pt'>[{note.N}]</span></span></a> {Html(note.Text!)}</p></div>\n");
        return html.Append("</div></body></html>").ToString();
    }

    [Fact]
    public async Task A_text_document_is_added_parsed_and_read_back_exactly_and_adding_it_again_finds_it()
    {
        using var factory = new ApiFactory();
        var client = factory.WriterClient();
        byte[] seed = File.ReadAllBytes(Repo.Seed("003"));
        var response = await client.PostAsync("/v1/documents?name=kleist.txt", Http.Body(seed, "text/plain; charset=utf-8"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = await Http.JsonOf(response);
        long id = document.GetProperty("id").GetInt64();
        Assert.Equal($"/v1/documents/{id}", response.Headers.Location?.ToString());
        Assert.Equal("parsed", document.GetProperty("status").GetString());
        Assert.Equal("kleist.txt", document.GetProperty("name").GetString());

        var expected = new DocumentExtractor().Extract(Encoding.UTF8.GetString(seed), "kleist.txt");
        Assert.Equal(expected.Notes.Count, document.GetProperty("note_count").GetInt32());
        Assert.Equal(expected.Notes.Sum(n => n.Citations.Count), document.GetProperty("citation_count").GetInt32());

        var again = await client.PostAsync("/v1/documents?name=other-name.txt", Http.Body(seed, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, (await Http.JsonOf(again)).GetProperty("id").GetInt64());

        var text = new HttpRequestMessage(HttpMethod.Get, $"/v1/documents/{id}");
        text.Headers.Accept.ParseAdd("text/plain");
        Assert.Equal(seed, await (await client.SendAsync(text)).Content.ReadAsByteArrayAsync());

        // The notes, each citation with its full item: Ibid. resolved as the parser resolves it.
        var notes = (await Http.JsonOf(await client.GetAsync($"/v1/documents/{id}/notes"))).GetProperty("notes");
        Assert.Equal(expected.Notes.Count, notes.GetArrayLength());
        for (int i = 0; i < expected.Notes.Count; i++)
        {
            var citations = notes[i].GetProperty("citations");
            Assert.Equal(expected.Notes[i].Number, notes[i].GetProperty("n").GetInt32());
            Assert.Equal(expected.Notes[i].Citations.Count, citations.GetArrayLength());
            for (int c = 0; c < citations.GetArrayLength(); c++)
            {
                Assert.Equal(CitationsJson.Serialize(expected.Notes[i].Citations[c].Position).Trim('"'), citations[c].GetProperty("position").GetString());
                Assert.False(string.IsNullOrEmpty(citations[c].GetProperty("item").GetProperty("type").GetString()));
            }
        }

        var references = (await Http.JsonOf(await client.GetAsync($"/v1/documents/{id}/references"))).GetProperty("items");
        Assert.Equal(expected.References.Count, references.GetArrayLength());
        await Http.AssertProblem(await client.GetAsync($"/v1/documents/{id + 100}"), 404, "not-found");
        await Http.AssertProblem(await client.GetAsync($"/v1/documents/{id + 100}/notes"), 404, "not-found");
    }

    [Fact]
    public void HTML_footnotes_from_pandoc_and_Word_become_the_same_notes_as_the_Markdown_they_came_from()
    {
        var gold = Gold("003", 30);
        var markdown = new StringBuilder();
        foreach (var note in gold) markdown.Append($"The record of these months is thinner.[^{note.N}]\n\n");
        foreach (var note in gold) markdown.Append($"[^{note.N}]: {note.Text}\n");
        var expected = new DocumentExtractor().Extract(markdown.ToString()).Notes;

        foreach (string html in new[] { PandocHtml(gold), WordHtml(gold) })
        {
            var notes = new DocumentExtractor().Extract(HtmlText.ToText(html)).Notes;
            Assert.Equal(expected.Select(n => (n.Number, n.Text)), notes.Select(n => (n.Number, n.Text)));
            Assert.Equal(expected.Select(n => n.Citations.Count), notes.Select(n => n.Citations.Count));
        }
    }

    [Fact]
    public async Task An_HTML_document_is_stored_as_its_text_with_the_footnotes_and_parsed()
    {
        using var factory = new ApiFactory();
        var client = factory.WriterClient();
        var gold = Gold("003", 20);
        var response = await client.PostAsync("/v1/documents", Http.Text(PandocHtml(gold), "text/html"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = await Http.JsonOf(response);
        Assert.Equal("document.html", document.GetProperty("name").GetString());
        Assert.Equal(20, document.GetProperty("note_count").GetInt32());
        Assert.Equal("markdown-footnotes", document.GetProperty("layout").GetString());
        string stored = await client.GetStringAsync(document.GetProperty("links").GetProperty("self").GetString() + "?format=text");
        Assert.DoesNotContain("<", stored);
        Assert.Contains("[^1]: " + gold[0].Text, stored);
    }

    [Fact]
    public async Task HTML_with_entity_declarations_is_read_as_HTML_no_entity_is_expanded_and_no_file_is_read()
    {
        using var factory = new ApiFactory();
        var client = factory.WriterClient();
        string hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE html [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <html><body><p>Secret: &xxe; and &lol3;.<a href="#fn1"><sup>1</sup></a></p>
            <ol><li id="fn1">George F. Kennan, <em>Memoirs, 1925-1950</em> (Boston, 1967), 262.</li></ol></body></html>
            """;
        // Sent as XHTML it is the same document: the same text is found stored (200).
        foreach (var (type, status) in new[] { ("text/html", HttpStatusCode.Created), ("application/xhtml+xml", HttpStatusCode.OK) })
        {
            var response = await client.PostAsync("/v1/documents", Http.Text(hostile, type));
            Assert.Equal(status, response.StatusCode);
            string stored = await client.GetStringAsync($"/v1/documents/{(await Http.JsonOf(response)).GetProperty("id").GetInt64()}?format=text");
            Assert.DoesNotContain("root:", stored);
            Assert.DoesNotContain("lollol", stored);
            Assert.Contains("[^1]: George F. Kennan, *Memoirs, 1925-1950* (Boston, 1967), 262.", stored);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x4B, 0x65, 0x6E, 0xFF, 0xFE, 0x6E, 0x61, 0x6E }, "text/plain", "UTF-8")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "text/markdown", "white space")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "text/plain", "NUL")]
    public async Task A_body_that_is_not_a_text_document_is_refused_and_says_why(byte[] body, string type, string why)
    {
        using var factory = new ApiFactory();
        string detail = await Http.AssertProblem(await factory.WriterClient().PostAsync("/v1/documents", Http.Body(body, type)), 422, "unreadable-document");
        Assert.Contains(why, detail);
    }

    [Fact]
    public async Task Documents_are_listed_in_pages()
    {
        using var factory = new ApiFactory();
        var client = factory.WriterClient();
        for (int i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/v1/documents", Http.Text($"Text {i}.[^1]\n\n[^1]: Kennan, *Memoirs*, {260 + i}.\n", "text/markdown"))).StatusCode);
        var ids = new List<long>();
        string? next = "/v1/documents?limit=2";
        while (next is not null)
        {
            var page = await Http.JsonOf(await client.GetAsync(next));
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetInt64()));
            next = page.TryGetProperty("next", out var n) ? n.GetString() : null;
        }
        Assert.Equal(5, ids.Count);
        Assert.Equal(ids.Order(), ids);
    }
}
