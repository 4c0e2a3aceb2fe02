using System.Text.Json.Serialization;
using Citations.Catalogs.Resilience;

namespace Citations.Catalogs.Clients;

/// <summary>Crossref REST API (https://api.crossref.org): reference matching and DOI look-ups.</summary>
public interface ICrossrefClient
{
    /// <summary><c>GET /works?query.bibliographic={query}&amp;rows={rows}&amp;mailto=…</c> — Crossref's advice: only
    /// <c>query.bibliographic</c>, no filters, a handful of rows.</summary>
    Task<CrossrefWorkList> SearchWorksAsync(string bibliographicQuery, int rows, CancellationToken cancellationToken = default);

    /// <summary><c>GET /works/{doi}</c>; null for 404.</summary>
    Task<CrossrefWork?> GetWorkAsync(string doi, CancellationToken cancellationToken = default);
}

public sealed class CrossrefClient(CatalogChannel channel, string? contact) : ICrossrefClient
{
    string Mailto => string.IsNullOrEmpty(contact) ? "" : "&mailto=" + CatalogJson.Q(contact);

    public async Task<CrossrefWorkList> SearchWorksAsync(string bibliographicQuery, int rows, CancellationToken cancellationToken = default)
    {
        var response = await channel.SendAsync(new CatalogRequest(
            $"works?query.bibliographic={CatalogJson.Q(bibliographicQuery)}&rows={rows}{Mailto}"), cancellationToken).ConfigureAwait(false);
        return response.IsNotFound ? new CrossrefWorkList() : CatalogJson.Read<CrossrefEnvelope<CrossrefWorkList>>(channel.Catalog, response).Message ?? new();
    }

    public async Task<CrossrefWork?> GetWorkAsync(string doi, CancellationToken cancellationToken = default)
    {
        var response = await channel.SendAsync(new CatalogRequest(
            $"works/{CatalogJson.Q(doi)}{(Mailto.Length > 0 ? "?" + Mailto[1..] : "")}"), cancellationToken).ConfigureAwait(false);
        return response.IsNotFound ? null : CatalogJson.Read<CrossrefEnvelope<CrossrefWork>>(channel.Catalog, response).Message;
    }
}

public sealed record CrossrefEnvelope<T>
{
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("message-type")] public string? MessageType { get; init; }
    [JsonPropertyName("message")] public T? Message { get; init; }
}

public sealed record CrossrefWorkList
{
    [JsonPropertyName("total-results")] public int TotalResults { get; init; }
    [JsonPropertyName("items")] public IReadOnlyList<CrossrefWork> Items { get; init; } = [];
}

public sealed record CrossrefWork
{
    [JsonPropertyName("DOI")] public string? Doi { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("score")] public double? Score { get; init; }
    [JsonPropertyName("title")] public IReadOnlyList<string>? Title { get; init; }
    [JsonPropertyName("subtitle")] public IReadOnlyList<string>? Subtitle { get; init; }
    [JsonPropertyName("original-title")] public IReadOnlyList<string>? OriginalTitle { get; init; }
    [JsonPropertyName("author")] public IReadOnlyList<CrossrefPerson>? Author { get; init; }
    [JsonPropertyName("editor")] public IReadOnlyList<CrossrefPerson>? Editor { get; init; }
    [JsonPropertyName("container-title")] public IReadOnlyList<string>? ContainerTitle { get; init; }
    [JsonPropertyName("issued")] public CrossrefDate? Issued { get; init; }
    [JsonPropertyName("published-print")] public CrossrefDate? PublishedPrint { get; init; }
    [JsonPropertyName("volume")] public string? Volume { get; init; }
    [JsonPropertyName("issue")] public string? Issue { get; init; }
    [JsonPropertyName("page")] public string? Page { get; init; }
    [JsonPropertyName("publisher")] public string? Publisher { get; init; }
    [JsonPropertyName("publisher-location")] public string? PublisherLocation { get; init; }
    [JsonPropertyName("ISBN")] public IReadOnlyList<string>? Isbn { get; init; }
    [JsonPropertyName("language")] public string? Language { get; init; }
    [JsonPropertyName("URL")] public string? Url { get; init; }
}

public sealed record CrossrefPerson
{
    [JsonPropertyName("given")] public string? Given { get; init; }
    [JsonPropertyName("family")] public string? Family { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("sequence")] public string? Sequence { get; init; }
}

public sealed record CrossrefDate
{
    [JsonPropertyName("date-parts")] public IReadOnlyList<IReadOnlyList<int?>>? DateParts { get; init; }
    [JsonIgnore] public int? Year => DateParts is [{ Count: > 0 } first, ..] ? first[0] : null;
}
