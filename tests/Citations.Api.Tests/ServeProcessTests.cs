using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Citations.Api.Security;
using Citations.Api.Tests.Support;

namespace Citations.Api.Tests;

/// <summary><c>citations serve</c> as a process on a loopback port: real HTTP through Kestrel, its limits, its shutdown.</summary>
public sealed class ServeProcessTests
{
    static Dictionary<string, string> Environment(NewApiKey key) => new()
    {
        ["Api__Keys__0__Id"] = key.Id,
        ["Api__Keys__0__Hash"] = key.Hash,
        ["Api__MaxRequestBytes"] = "5000000",
        ["Api__RateLimit__AnonymousRequestsPerSecond"] = "1000",
        ["Api__RateLimit__AnonymousBurst"] = "1000",
    };

    [Fact]
    public async Task The_served_API_adds_a_document_and_gives_its_references_and_Kestrel_refuses_an_oversized_body()
    {
        using var folder = new TempFolder();
        var key = ApiKeys.Create("ops");
        using var serve = new ServeProcess(folder.Path, Environment(key));
        await serve.WaitUntilReadyAsync();
        using var client = serve.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);

        var added = await client.PostAsync("/v1/documents?name=kleist.txt", Http.Body(File.ReadAllBytes(Repo.Seed("003")), "text/plain"));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        string references = await client.GetStringAsync((await Http.JsonOf(added)).GetProperty("links").GetProperty("references").GetString() + "?format=bibtex");
        Assert.Contains("@book{kennan1961russia,", references);
        Assert.True(File.Exists(Path.Combine(folder.Path, "citations.db")));

        // Over Api:MaxRequestBytes: refused from the Content-Length before the body is sent (Expect: 100-continue).
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/documents") { Content = Http.Body(new byte[6_000_000], "text/plain") };
        request.Headers.ExpectContinue = true;
        var tooLarge = await client.SendAsync(request);
        await Http.AssertProblem(tooLarge, 413, "too-large");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task On_SIGTERM_a_request_in_flight_is_finished_before_the_process_exits()
    {
        using var folder = new TempFolder();
        using var serve = new ServeProcess(folder.Path, Environment(ApiKeys.Create("ops")));
        await serve.WaitUntilReadyAsync();
        using var client = serve.Client();
        string gold = File.ReadAllLines(Path.Combine(Repo.Root, "tests", "gold", "003.jsonl"))[0];
        string text = JsonDocument.Parse(gold).RootElement.GetProperty("text").GetString()!;
        var notes = JsonSerializer.Serialize(Enumerable.Range(1, 10_000).Select(n => new { n, text }));

        var inFlight = client.PostAsync("/v1/notes:parse", Http.Json(notes));
        await Task.Delay(400);
        Assert.False(inFlight.IsCompleted, "the request finished before the signal: nothing was in flight");
        serve.Terminate();

        var response = await inFlight;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10_000, (await Http.JsonOf(response)).GetArrayLength());
        Assert.Equal(0, serve.WaitForExit(TimeSpan.FromSeconds(30)));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/health"));
    }
}
