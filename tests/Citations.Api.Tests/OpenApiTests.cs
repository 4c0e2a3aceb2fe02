using System.Net;
using Citations.Api.Tests.Support;

namespace Citations.Api.Tests;

public sealed class OpenApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint()
    {
        var response = await api.Client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Http.JsonOf(response);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths");
        foreach (var (path, method) in new[]
        {
            ("/v1/notes:parse", "post"), ("/v1/documents", "post"), ("/v1/documents", "get"), ("/v1/documents/{id}", "get"),
            ("/v1/documents/{id}/notes", "get"), ("/v1/documents/{id}/references", "get"), ("/v1/references", "get"),
            ("/v1/references/{id}", "get"), ("/v1/format", "post"),
        })
            Assert.True(paths.TryGetProperty(path, out var p) && p.TryGetProperty(method, out _), $"{method} {path} is not in the OpenAPI document");
        Assert.True(paths.GetProperty("/v1/notes:parse").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("application/jsonl", out _));
    }

    [Fact]
    public async Task Health_answers_with_the_library()
    {
        var health = await Http.JsonOf(await api.Client.GetAsync("/health"));
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Contains("sqlite library", health.GetProperty("checks").GetProperty("library").GetProperty("description").GetString());
    }
}
