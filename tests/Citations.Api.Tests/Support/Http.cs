using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Citations.Api.Tests.Support;

/// <summary>Requests and the problem documents that come back.</summary>
public static class Http
{
    public static StringContent Json(string json, string mediaType = "application/json") => new(json, Encoding.UTF8, mediaType);

    public static ByteArrayContent Body(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    public static StringContent Text(string text, string mediaType = "text/plain") => new(text, Encoding.UTF8, mediaType);

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        try { return JsonDocument.Parse(body).RootElement.Clone(); }
        catch (JsonException) { throw new Xunit.Sdk.XunitException($"not JSON ({response.StatusCode}): {body}"); }
    }

    /// <summary>Asserts an RFC 9457 problem of this status and kind, without any trace of the code; returns its detail.</summary>
    public static async Task<string> AssertProblem(HttpResponseMessage response, int status, string slug)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal("urn:citations:problem:" + slug, problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        NoStackTrace(body);
        return problem.GetProperty("detail").GetString()!;
    }

    public static void NoStackTrace(string body)
    {
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain(".cs:line", body);
        Assert.DoesNotContain("Exception", body);
    }
}
