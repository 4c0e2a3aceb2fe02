using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Citations.Api.Security;
using Citations.Api.Tests.Support;

namespace Citations.Api.Tests;

/// <summary>Keys, scopes, rate limits, size and time limits, and failures that say nothing of the code.</summary>
public sealed class SecurityTests
{
    static StringContent Document(string text = "A sentence.[^1]\n\n[^1]: George F. Kennan, *Memoirs, 1925-1950* (Boston, 1967), 262.\n") => Http.Text(text, "text/markdown");

    [Fact]
    public async Task Writes_need_a_key_with_the_write_scope_and_a_wrong_key_is_refused_even_for_reads()
    {
        using var factory = new ApiFactory();
        var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsync("/v1/documents", Document());
        await Http.AssertProblem(response, 401, "unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);

        string wrongSecret = ApiFactory.Writer.Key[..^4] + "AAAA";
        foreach (string key in new[] { wrongSecret, "nosuchkey.abcdef", "garbage", ApiFactory.Writer.Hash })
        {
            Assert.Contains("not valid", await Http.AssertProblem(await factory.ClientWith(key).PostAsync("/v1/documents", Document()), 401, "unauthorized"));
            await Http.AssertProblem(await factory.ClientWith(key).GetAsync("/v1/references"), 401, "unauthorized");
        }
        await Http.AssertProblem(await factory.ClientWith(ApiFactory.Reader.Key).PostAsync("/v1/documents", Document()), 403, "forbidden");
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientWith(ApiFactory.Reader.Key).GetAsync("/v1/references")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/v1/references")).StatusCode);

        var viaHeader = factory.CreateClient();
        viaHeader.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.Writer.Key);
        Assert.Equal(HttpStatusCode.Created, (await viaHeader.PostAsync("/v1/documents", Document())).StatusCode);
    }

    [Fact]
    public async Task With_no_keys_configured_writes_are_refused_and_say_so()
    {
        using var factory = new ApiFactory(keys: false);
        string detail = await Http.AssertProblem(await factory.CreateClient().PostAsync("/v1/documents", Document()), 401, "unauthorized");
        Assert.Contains("Api:Keys", detail);
    }

    [Fact]
    public async Task Reads_need_a_key_when_configured_so()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Api:RequireKeyForReads"] = "true" });
        await Http.AssertProblem(await factory.CreateClient().GetAsync("/v1/references"), 401, "unauthorized");
        await Http.AssertProblem(await factory.CreateClient().PostAsync("/v1/notes:parse", Http.Json("[{\"n\": 1, \"text\": \"Ibid.\"}]")), 401, "unauthorized");
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientWith(ApiFactory.Reader.Key).GetAsync("/v1/references")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health")).StatusCode);
    }

    [Fact]
    public void Keys_are_kept_hashed_and_checked_whole()
    {
        var key = ApiKeys.Create("lab");
        Assert.DoesNotContain(key.Key.Split('.')[1], key.Hash);
        var ring = new ApiKeyRing(new ApiOptions { Keys = [new ApiKeyEntry { Id = "lab", Hash = key.Hash, Scopes = ["read"] }] });
        Assert.Equal("lab", ring.Verify(key.Key)?.Id);
        Assert.False(ring.Verify(key.Key)!.CanWrite);
        Assert.Null(ring.Verify(key.Key + "x"));
        Assert.Null(ring.Verify(key.Key[..^1]));
        Assert.Null(ring.Verify("other." + key.Key.Split('.')[1]));
        Assert.Throws<InvalidOperationException>(() => new ApiKeyRing(new ApiOptions { Keys = [new ApiKeyEntry { Id = "lab", Hash = key.Key }] }));
        Assert.Throws<InvalidOperationException>(() => new ApiKeyRing(new ApiOptions { Keys = [new ApiKeyEntry { Id = "lab", Hash = key.Hash, Scopes = ["admin"] }] }));
    }

    [Fact]
    public async Task Each_key_has_its_own_rate_and_going_over_it_is_429_with_Retry_After()
    {
        var slow = ApiKeys.Create("slow");
        using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["Api:Keys:2:Id"] = slow.Id, ["Api:Keys:2:Hash"] = slow.Hash, ["Api:Keys:2:RequestsPerSecond"] = "0.2", ["Api:Keys:2:Burst"] = "3",
            ["Api:RateLimit:AnonymousRequestsPerSecond"] = "0.2", ["Api:RateLimit:AnonymousBurst"] = "2",
        });
        var limited = factory.ClientWith(slow.Key);
        for (int i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await limited.GetAsync("/v1/references")).StatusCode);
        var refused = await limited.GetAsync("/v1/references");
        Assert.Contains("slow", await Http.AssertProblem(refused, 429, "rate-limited"));
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) is >= 1 and <= 5);
        // Another key is not held back by this one's rate.
        Assert.Equal(HttpStatusCode.OK, (await factory.WriterClient().GetAsync("/v1/references")).StatusCode);

        var anonymous = factory.CreateClient();
        for (int i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/v1/references")).StatusCode);
        await Http.AssertProblem(await anonymous.GetAsync("/v1/references"), 429, "rate-limited");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_with_or_without_a_length()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Api:MaxRequestBytes"] = "2000" });
        var client = factory.WriterClient();
        string big = "Text.[^1]\n\n[^1]: " + new string('x', 3000) + "\n";
        Assert.Contains("2,000", await Http.AssertProblem(await client.PostAsync("/v1/documents", Document(big)), 413, "too-large"));

        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/documents") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        await Http.AssertProblem(await client.SendAsync(request), 413, "too-large");
        await Http.AssertProblem(await client.PostAsync("/v1/notes:parse", Http.Json(JsonSerializer.Serialize(new[] { new { n = 1, text = big } }))), 413, "too-large");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/v1/documents", Document())).StatusCode);
    }

    [Fact]
    public async Task A_request_past_the_time_limit_is_503_and_the_server_goes_on()
    {
        // Seconds of parsing against a 20 ms limit: the limit's timer fires first even on a loaded machine,
        // where timer callbacks wait for a pool thread.
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Api:RequestTimeout"] = "00:00:00.020", ["Api:MaxNotesPerRequest"] = "60000" });
        var client = factory.CreateClient();
        var notes = Enumerable.Range(1, 60_000).Select(n => new { n, text = $"George F. Kennan{n % 97}, *Memoirs, 1925-1950* (Boston, 1967), {n}." });
        string detail = await Http.AssertProblem(await client.PostAsync("/v1/notes:parse", Http.Json(JsonSerializer.Serialize(notes))), 503, "timeout");
        Assert.Contains("Api:RequestTimeout", detail);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_failure_inside_is_a_500_problem_with_nothing_of_the_code_and_health_says_unhealthy()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/references")).StatusCode);
        // The library file is overwritten under the running server.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        string db = Path.Combine(factory.DataFolder, "citations.db");
        foreach (string file in new[] { db + "-wal", db + "-shm" }) File.Delete(file);
        File.WriteAllBytes(db, Encoding.ASCII.GetBytes(new string('#', 8192)));

        var response = await client.GetAsync("/v1/references");
        await Http.AssertProblem(response, 500, "internal");
        string body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Sqlite", body);
        Assert.DoesNotContain("citations.db", body);
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", (await Http.JsonOf(health)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unknown_routes_and_methods_are_problems_too()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();
        await Http.AssertProblem(await client.GetAsync("/v1/nothing-here"), 404, "not-found");
        await Http.AssertProblem(await client.DeleteAsync("/v1/references"), 405, "method-not-allowed");
    }
}
