using System.Net;
using System.Text.Json;
using Citations.Api.Tests.Support;
using Citations.Core.Model;
using Citations.Core.Resolution;
using Microsoft.Extensions.DependencyInjection;

namespace Citations.Api.Tests;

/// <summary><c>?resolve=true</c> goes through <see cref="IReferenceResolver"/>, whatever resolver is registered.</summary>
public sealed class ResolutionTests
{
    /// <summary>A catalog that knows one book, by its author; abstains on everything else.</summary>
    sealed class OneBookCatalog : IReferenceResolver
    {
        public int Asked;

        public Task<IReadOnlyList<ResolutionOutcome>> ResolveAsync(IReadOnlyList<CslItem> items, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Add(ref Asked, items.Count);
            IReadOnlyList<ResolutionOutcome> outcomes = items.Select(i => i.Author?.FirstOrDefault()?.Family == "Kennan"
                ? new ResolutionOutcome(i with { Isbn = "9780316488549" }, ResolutionStatus.Resolved)
                : new ResolutionOutcome(i, ResolutionStatus.Abstained)).ToList();
            return Task.FromResult(outcomes);
        }
    }

    [Fact]
    public async Task Notes_and_references_are_resolved_only_when_asked()
    {
        var catalog = new OneBookCatalog();
        using var factory = new ApiFactory(services: s => s.AddSingleton<IReferenceResolver>(catalog));
        var client = factory.WriterClient();
        string notes = JsonSerializer.Serialize(new[]
        {
            new { n = 1, text = "George F. Kennan, *Memoirs, 1925-1950* (Boston, 1967), 262." },
            new { n = 2, text = "Ibid., 263." },
            new { n = 3, text = "TsKhSD, Fond 5, Opis 64, Delo 578, ll. 10, 12." },
        });
        var plain = await Http.JsonOf(await client.PostAsync("/v1/notes:parse", Http.Json(notes)));
        Assert.Equal(0, catalog.Asked);
        Assert.False(plain[0].GetProperty("citations")[0].GetProperty("item").TryGetProperty("ISBN", out _));

        var resolved = await Http.JsonOf(await client.PostAsync("/v1/notes:parse?resolve=true", Http.Json(notes)));
        Assert.Equal(2, catalog.Asked);
        Assert.Equal("9780316488549", resolved[0].GetProperty("citations")[0].GetProperty("item").GetProperty("ISBN").GetString());
        Assert.Equal("9780316488549", resolved[1].GetProperty("citations")[0].GetProperty("item").GetProperty("ISBN").GetString());
        Assert.False(resolved[2].GetProperty("citations")[0].GetProperty("item").TryGetProperty("ISBN", out _));

        var added = await client.PostAsync("/v1/documents", Http.Text("Text.[^1]\n\n[^1]: George F. Kennan, *Memoirs, 1925-1950* (Boston, 1967), 262.\n", "text/markdown"));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        string key = (await Http.JsonOf(await client.GetAsync("/v1/references"))).GetProperty("items")[0].GetProperty("cite_key").GetString()!;
        Assert.False((await Http.JsonOf(await client.GetAsync($"/v1/references/{key}"))).GetProperty("item").TryGetProperty("ISBN", out _));
        var bibtex = await client.GetStringAsync($"/v1/references/{key}?resolve=true&format=bibtex");
        Assert.Contains("isbn = {9780316488549}", bibtex);
    }
}
