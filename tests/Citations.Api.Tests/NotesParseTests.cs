using System.Net;
using System.Text;
using System.Text.Json;
using Citations.Api.Json;
using Citations.Api.Tests.Support;
using Citations.Core.Json;
using Citations.Core.Model;
using Citations.Core.Pipeline;

namespace Citations.Api.Tests;

/// <summary><c>POST /v1/notes:parse</c> over HTTP: the gold notes of seed 003, JSON and JSON Lines, bad and hostile input.</summary>
public sealed class NotesParseTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    static readonly string[] GoldLines = File.ReadAllLines(Path.Combine(Repo.Root, "tests", "gold", "003.jsonl"));

    static List<NoteInput> GoldNotes() => GoldLines.Select(l => JsonSerializer.Deserialize<NoteInput>(l, CitationsJson.Options)!).ToList();

    [Fact]
    public async Task A_JSON_array_of_a_documents_notes_gives_what_the_parser_gives_with_Ibid_resolved_within_the_request()
    {
        var notes = GoldNotes();
        string body = "[" + string.Join(",", notes.Select(n => JsonSerializer.Serialize(new { n = n.N, text = n.Text }))) + "]";
        var response = await api.Client.PostAsync("/v1/notes:parse", Http.Json(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var outputs = JsonSerializer.Deserialize<List<NoteOutput>>(await response.Content.ReadAsStringAsync(), ApiJson.Options)!;

        var expected = new NoteParser().Parse(notes.Select(n => new Note { Number = n.N, Text = n.Text! }).ToList()).Notes;
        Assert.Equal(notes.Count, outputs.Count);
        for (int i = 0; i < notes.Count; i++)
        {
            Assert.Equal(notes[i].N, outputs[i].N);
            Assert.Equal(CitationsJson.Serialize(expected[i].Citations), CitationsJson.Serialize(outputs[i].Citations));
        }
        // Back-references were resolved across the notes of the request: Ibid. points at the citation before it.
        var ibids = outputs.SelectMany(o => o.Citations.Select(c => (o.N, c))).Where(x => x.c.Position is Position.Ibid or Position.IbidWithLocator).ToList();
        Assert.NotEmpty(ibids);
        Assert.All(ibids, x => Assert.True(x.c.RefersTo is { } r && r.Note <= x.N, $"n. {x.N}: ibid refers to {x.c.RefersTo}"));
    }

    [Fact]
    public async Task JSON_Lines_in_give_JSON_Lines_out_one_line_per_note_with_a_bad_line_kept_and_explained()
    {
        var lines = GoldLines.Take(12).Select(l => JsonSerializer.Serialize(JsonSerializer.Deserialize<NoteInput>(l, CitationsJson.Options), CitationsJson.Options)).ToList();
        lines.Insert(5, "{\"doc\": \"003\", \"n\": 99, \"text\": ");
        var response = await api.Client.PostAsync("/v1/notes:parse", Http.Text(string.Join("\n", lines) + "\n", "application/jsonl"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType?.MediaType);
        var outputs = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonSerializer.Deserialize<NoteOutput>(l, CitationsJson.Options)!).ToList();
        Assert.Equal(13, outputs.Count);
        Assert.Contains("line 6", outputs[5].Error);
        Assert.Empty(outputs[5].Citations);
        Assert.All(outputs.Where((_, i) => i != 5), o => Assert.Equal("003", o.Doc));
        Assert.All(outputs.Where((_, i) => i != 5), o => Assert.Null(o.Error));
        Assert.Equal(GoldNotes().Take(12).Select(n => n.N), outputs.Where((_, i) => i != 5).Select(o => o.N));
    }

    [Fact]
    public async Task Notes_of_different_docs_do_not_resolve_into_each_other()
    {
        const string book = "John Lewis Gaddis, *The United States and the Origins of the Cold War* (New York: Columbia University Press, 1972), 35.";
        string body = JsonSerializer.Serialize(new object[]
        {
            new { doc = "a", n = 1, text = book },
            new { doc = "a", n = 2, text = "Ibid., 40." },
            new { doc = "b", n = 1, text = "Ibid., 41." },
        });
        var outputs = JsonSerializer.Deserialize<List<NoteOutput>>(await (await api.Client.PostAsync("/v1/notes:parse", Http.Json(body))).Content.ReadAsStringAsync(), ApiJson.Options)!;
        Assert.Equal(Position.IbidWithLocator, outputs[1].Citations.Single().Position);
        Assert.Equal("gaddis1972united", outputs[1].Citations.Single().Item.Id);
        Assert.DoesNotContain(outputs[2].Citations, c => c.Item.Id == "gaddis1972united");
    }

    [Theory]
    [InlineData("[{\"n\": 1, \"text\": \"Kennan, 362.\"", "line 1")]
    [InlineData("[{\"n\": \"one\", \"text\": \"x\"}]", "notes[0].n")]
    [InlineData("{\"n\": 1, \"text\": \"x\"}", "JSON array")]
    [InlineData("", "JSON array")]
    public async Task Malformed_JSON_is_a_400_problem_that_says_where(string body, string where)
    {
        var response = await api.Client.PostAsync("/v1/notes:parse", Http.Json(body));
        string detail = await Http.AssertProblem(response, 400, "malformed-json");
        Assert.Contains(where, detail);
    }

    [Fact]
    public async Task A_note_without_text_gets_its_error_in_place()
    {
        var outputs = await Http.JsonOf(await api.Client.PostAsync("/v1/notes:parse", Http.Json("[{\"n\": 4}, {\"n\": 5, \"text\": \"Kennan, *Memoirs*, 262.\"}]")));
        Assert.Contains("no \"text\"", outputs[0].GetProperty("error").GetString());
        Assert.Equal(5, outputs[1].GetProperty("n").GetInt32());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_wrong_content_type_is_415(string mediaType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("[{\"n\": 1, \"text\": \"x\"}]"));
        content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        await Http.AssertProblem(await api.Client.PostAsync("/v1/notes:parse", content), 415, "unsupported-media-type");
    }

    [Fact]
    public async Task Ten_thousand_notes_in_one_request_are_all_parsed_and_one_more_is_refused()
    {
        var gold = GoldNotes();
        var notes = Enumerable.Range(0, 10_000).Select(i => new { n = i + 1, text = gold[i % gold.Count].Text }).ToList();
        var response = await api.Client.PostAsync("/v1/notes:parse", Http.Json(JsonSerializer.Serialize(notes)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outputs = await Http.JsonOf(response);
        Assert.Equal(10_000, outputs.GetArrayLength());
        Assert.Equal(10_000, outputs[9_999].GetProperty("n").GetInt32());
        Assert.True(outputs.EnumerateArray().Count(o => o.GetProperty("citations").GetArrayLength() > 0) > 9_000);

        var tooMany = Enumerable.Range(0, 10_001).Select(i => new { n = i + 1, text = "Ibid." });
        string detail = await Http.AssertProblem(await api.Client.PostAsync("/v1/notes:parse", Http.Json(JsonSerializer.Serialize(tooMany))), 413, "too-large");
        Assert.Contains("Api:MaxNotesPerRequest", detail);
    }
}
