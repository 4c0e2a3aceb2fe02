using System.Text.Json.Serialization;
using Citations.Catalogs.Resilience;

namespace Citations.Catalogs.Clients;

/// <summary>Library of Congress loc.gov JSON API (https://www.loc.gov): US-held books, LCCNs, romanized Russian titles.</summary>
public interface ILibraryOfCongressClient
{
    /// <summary><c>GET /books/?q={keywords}&amp;fo=json&amp;c={count}&amp;at=results,pagination</c>.</summary>
    Task<LocSearch> SearchBooksAsync(string keywords, int count, CancellationToken cancellationToken = default);
}

public sealed class LibraryOfCongressClient(CatalogChannel channel) : ILibraryOfCongressClient
{
    public async Task<LocSearch> SearchBooksAsync(string keywords, int count, CancellationToken cancellationToken = default)
    {
        var response = await channel.SendAsync(new CatalogRequest(
            $"books/?q={CatalogJson.Q(keywords)}&fo=json&c={count}&at=results,pagination"), cancellationToken).ConfigureAwait(false);
        return response.IsNotFound ? new LocSearch() : CatalogJson.Read<LocSearch>(channel.Catalog, response);
    }
}

public sealed record LocSearch
{
    [JsonPropertyName("pagination")] public LocPagination? Pagination { get; init; }
    [JsonPropertyName("results")] public IReadOnlyList<LocResult> Results { get; init; } = [];
}

public sealed record LocPagination
{
    [JsonPropertyName("total")] public int Total { get; init; }
    [JsonPropertyName("perpage")] public int PerPage { get; init; }
    [JsonPropertyName("current")] public int Current { get; init; }
}

public sealed record LocResult
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("contributor")] public IReadOnlyList<string>? Contributor { get; init; }
    [JsonPropertyName("language")] public IReadOnlyList<string>? Language { get; init; }
    [JsonPropertyName("original_format")] public IReadOnlyList<string>? OriginalFormat { get; init; }
    [JsonPropertyName("number_lccn")] public IReadOnlyList<string>? NumberLccn { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("item")] public LocItem? Item { get; init; }
}

public sealed record LocItem
{
    [JsonPropertyName("call_number")] public IReadOnlyList<string>? CallNumber { get; init; }
    [JsonPropertyName("created_published")] public IReadOnlyList<string>? CreatedPublished { get; init; }
    [JsonPropertyName("library_of_congress_control_number")] public string? Lccn { get; init; }
}
