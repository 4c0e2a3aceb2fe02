using System.Text.Json.Serialization;
using Citations.Catalogs.Resilience;

namespace Citations.Catalogs.Clients;

/// <summary>The National Archives (UK) Discovery API (https://discovery.nationalarchives.gov.uk/API): catalogue references.</summary>
public interface INationalArchivesClient
{
    /// <summary><c>GET /search/records?sps.searchQuery="{reference}"&amp;sps.recordSeries={series}&amp;sps.resultsPageSize={n}</c>.</summary>
    Task<TnaSearch> SearchRecordsAsync(string reference, string? series, int pageSize, CancellationToken cancellationToken = default);
}

public sealed class NationalArchivesClient(CatalogChannel channel) : INationalArchivesClient
{
    public async Task<TnaSearch> SearchRecordsAsync(string reference, string? series, int pageSize, CancellationToken cancellationToken = default)
    {
        string url = $"search/records?sps.searchQuery={CatalogJson.Q("\"" + reference + "\"")}"
            + (series is null ? "" : "&sps.recordSeries=" + CatalogJson.Q(series))
            + $"&sps.resultsPageSize={pageSize}";
        var response = await channel.SendAsync(new CatalogRequest(url), cancellationToken).ConfigureAwait(false);
        return response.IsNotFound ? new TnaSearch() : CatalogJson.Read<TnaSearch>(channel.Catalog, response);
    }
}

public sealed record TnaSearch
{
    [JsonPropertyName("count")] public int Count { get; init; }
    [JsonPropertyName("nextBatchMark")] public string? NextBatchMark { get; init; }
    [JsonPropertyName("records")] public IReadOnlyList<TnaRecord> Records { get; init; } = [];
}

public sealed record TnaRecord
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("reference")] public string? Reference { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("coveringDates")] public string? CoveringDates { get; init; }
    [JsonPropertyName("numStartDate")] public int? NumStartDate { get; init; }
    [JsonPropertyName("numEndDate")] public int? NumEndDate { get; init; }
    [JsonPropertyName("catalogueLevel")] public int? CatalogueLevel { get; init; }
    [JsonPropertyName("department")] public string? Department { get; init; }
    [JsonPropertyName("heldBy")] public IReadOnlyList<string>? HeldBy { get; init; }
}
