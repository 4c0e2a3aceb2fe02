using System.Net;
using System.Text;
using Citations.Api.Security;
using Citations.Api.Tests.Support;
using Citations.Cli.Commands.Bench;
using Citations.Core.Pipeline;

namespace Citations.Api.Tests;

/// <summary>Idempotency keys, and bursts of concurrent writes, on SQLite and on PostgreSQL shared by two instances.</summary>
public sealed class IdempotencyTests
{
    static readonly Lazy<SeedLibrary> Seeds = new(() => SeedLibrary.FromSeeds(Repo.Seeds));

    static HttpRequestMessage Post(string text, string? key, string name = "paper.md")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/documents?name={name}") { Content = Http.Text(text, "text/markdown") };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    public async Task A_retried_write_gets_the_first_response_again_even_after_a_restart_and_a_reused_key_is_refused()
    {
        using var folder = new TempFolder();
        string document = Seeds.Value.Document(1, 30);
        byte[] first;
        using (var factory = new ApiFactory(dataFolder: folder.Path))
        {
            var client = factory.WriterClient();
            var created = await client.SendAsync(Post(document, "retry-1"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.False(created.Headers.Contains("Idempotent-Replayed"));
            first = await created.Content.ReadAsByteArrayAsync();

            var replayed = await client.SendAsync(Post(document, "retry-1"));
            Assert.Equal(HttpStatusCode.Created, replayed.StatusCode);
            Assert.Equal("true", replayed.Headers.GetValues("Idempotent-Replayed").Single());
            Assert.Equal(created.Headers.Location, replayed.Headers.Location);
            Assert.Equal(first, await replayed.Content.ReadAsByteArrayAsync());

            // Without the key the same text is simply found stored: 200, not a replay.
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post(document, null))).StatusCode);

            string detail = await Http.AssertProblem(await client.SendAsync(Post(document + "\nMore.", "retry-1")), 422, "idempotency-key-reused");
            Assert.Contains("retry-1", detail);
            await Http.AssertProblem(await client.SendAsync(Post(document, new string('k', 300))), 400, "bad-idempotency-key");

            // Keys belong to the API key that sent them.
            var other = factory.ClientWith(ApiFactory.Reader.Key);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.SendAsync(Post(document, "retry-1"))).StatusCode);
        }
        using (var restarted = new ApiFactory(dataFolder: folder.Path))
        {
            var again = await restarted.WriterClient().SendAsync(Post(document, "retry-1"));
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
            Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
            Assert.Equal(first, await again.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task The_same_write_sent_at_once_many_times_is_done_once()
    {
        using var factory = new ApiFactory();
        var client = factory.WriterClient();
        string document = Seeds.Value.Document(2, 60);
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendAsync(Post(document, "same-moment"))));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Created or HttpStatusCode.Conflict, $"status {s}"));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created && !r.Headers.Contains("Idempotent-Replayed")));
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            await Http.AssertProblem(conflict, 409, "idempotency-key-in-use");
            Assert.Equal("1", conflict.Headers.GetValues("Retry-After").Single());
        }
        var list = await Http.JsonOf(await client.GetAsync("/v1/documents"));
        Assert.Equal(1, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_burst_of_concurrent_writes_loses_nothing()
    {
        using var factory = new ApiFactory();
        await Burst([factory], 24);
    }

    [PostgresFact]
    public async Task Two_instances_on_one_PostgreSQL_library_share_idempotency_keys_and_lose_no_write()
    {
        using var database = TestPostgres.CreateDatabase();
        var settings = new Dictionary<string, string?> { ["Library:Provider"] = "postgres", ["Library:ConnectionString"] = database.ConnectionString };
        using var a = new ApiFactory(settings);
        using var b = new ApiFactory(settings);
        string document = Seeds.Value.Document(3, 40);
        var created = await a.WriterClient().SendAsync(Post(document, "shared-key"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var replayed = await b.WriterClient().SendAsync(Post(document, "shared-key"));
        Assert.Equal("true", replayed.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await created.Content.ReadAsByteArrayAsync(), await replayed.Content.ReadAsByteArrayAsync());

        await Burst([a, b], 16, offset: 100, already: 1);
    }

    /// <summary>Distinct documents posted all at once across the instances: every one stored and parsed, as the parser would.</summary>
    static async Task Burst(ApiFactory[] instances, int count, int offset = 0, int already = 0)
    {
        var clients = instances.Select(i => i.WriterClient()).ToList();
        var documents = Enumerable.Range(offset, count).Select(i => Seeds.Value.Document(i, 25)).ToList();
        var responses = await Task.WhenAll(documents.Select((d, i) => clients[i % clients.Count].SendAsync(Post(d, $"burst-{i}", $"doc-{i}.md"))));
        foreach (var response in responses)
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

        var stored = (await Http.JsonOf(await clients[0].GetAsync("/v1/documents?limit=1000"))).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(count + already, stored.Count);
        Assert.All(stored, d => Assert.Equal("parsed", d.GetProperty("status").GetString()));
        var byName = stored.ToDictionary(d => d.GetProperty("name").GetString()!);
        var extractor = new DocumentExtractor();
        for (int i = 0; i < count; i++)
        {
            var expected = extractor.Extract(documents[i]);
            var document = byName[$"doc-{i}.md"];
            Assert.Equal(expected.Notes.Count, document.GetProperty("note_count").GetInt32());
            Assert.Equal(expected.Notes.Sum(n => n.Citations.Count), document.GetProperty("citation_count").GetInt32());
        }
    }
}
