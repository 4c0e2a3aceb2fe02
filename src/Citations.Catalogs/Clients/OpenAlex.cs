using System.Text.Json.Serialization;
using Citations.Catalogs.Resilience;

namespace Citations.Catalogs.Clients;

/// <summary>OpenAlex (https://api.openalex.org): a second opinion on articles and DOI books.</summary>
public interface IOpenAlexClient
{
    /// <summary><c>GET /works?filter=title.search:{title}[,publication_year:{from}-{to}]&amp;per_page={n}</c> — the
    /// field filter, cheaper and more precise than <c>search=</c> (which also hits abstracts and full text).</summary>
    Task<OpenAlexWorkList> SearchByTitleAsync(string title, int? year, int perPage, CancellationToken cancellationToken = default);

    /// <summary><c>GET /works/doi:{doi}</c> (free singleton); null for 404.</summary>
    Task<OpenAlexWork?> GetByDoiAsync(string doi, CancellationToken cancellationToken = default);
}

public sealed class OpenAlexClient(CatalogChannel channel, string? contact, string? apiKey) : IOpenAlexClient
{
    /// <summary>Who is asking: the polite pool's <c>mailto</c> and the account's <c>api_key</c> (neither is part of the cache key).</summary>
    string Mailto => (string.IsNullOrEmpty(contact) ? "" : "&mailto=" + CatalogJson.Q(contact))
        + (string.IsNullOrEmpty(apiKey) ? "" : "&api_key=" + CatalogJson.Q(apiKey));

    public async Task<OpenAlexWorkList> SearchByTitleAsync(string title, int? year, int perPage, CancellationToken cancellationToken = default)
    {
        // Commas separate filters and '|' means OR inside one: neither may appear in the searched text.
        string text = string.Join(' ', title.Split([',', '|', ':'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        string filter = "title.search:" + text + (year is { } y ? $",publication_year:{y - 1}-{y + 1}" : "");
        var response = await channel.SendAsync(new CatalogRequest(
            $"works?filter={CatalogJson.Q(filter)}&per_page={perPage}{Mailto}"), cancellationToken).ConfigureAwait(false);
        return response.IsNotFound ? new OpenAlexWorkList() : CatalogJson.Read<OpenAlexWorkList>(channel.Catalog, response);
    }

    public async Task<OpenAlexWork?> GetByDoiAsync(string doi, CancellationToken cancellationToken = default)
    {
        var response = await channel.SendAsync(new CatalogRequest(
            $"works/doi:{CatalogJson.Q(doi)}{(Mailto.Length > 0 ? "?" + Mailto[1..] : "")}"), cancellationToken).ConfigureAwait(false);
        return response.IsNotFound ? null : CatalogJson.Read<OpenAlexWork>(channel.Catalog, response);
    }
}

public sealed record OpenAlexWorkList
{
    [JsonPropertyName("meta")] public OpenAlexMeta? Meta { get; init; }
    [JsonPropertyName("results")] public IReadOnlyList<OpenAlexWork> Results { get; init; } = [];
}

public sealed record OpenAlexMeta
{
    [JsonPropertyName("count")] public int Count { get; init; }
    [JsonPropertyName("page")] public int? Page { get; init; }
    [JsonPropertyName("per_page")] public int PerPage { get; init; }
}

public sealed record OpenAlexWork
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("doi")] public string? Doi { get; init; }
    [JsonPropertyName("display_name")] public string? DisplayName { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("publication_year")] public int? PublicationYear { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("language")] public string? Language { get; init; }
    [JsonPropertyName("relevance_score")] public double? RelevanceScore { get; init; }
    [JsonPropertyName("authorships")] public IReadOnlyList<OpenAlexAuthorship>? Authorships { get; init; }
    [JsonPropertyName("primary_location")] public OpenAlexLocation? PrimaryLocation { get; init; }
    [JsonPropertyName("biblio")] public OpenAlexBiblio? Biblio { get; init; }
}

public sealed record OpenAlexAuthorship
{
    [JsonPropertyName("author_position")] public string? AuthorPosition { get; init; }
    [JsonPropertyName("raw_author_name")] public string? RawAuthorName { get; init; }
    [JsonPropertyName("author")] public OpenAlexAuthor? Author { get; init; }
}

public sealed record OpenAlexAuthor
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("display_name")] public string? DisplayName { get; init; }
}

public sealed record OpenAlexLocation
{
    [JsonPropertyName("source")] public OpenAlexSource? Source { get; init; }
}

public sealed record OpenAlexSource
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("display_name")] public string? DisplayName { get; init; }
    [JsonPropertyName("issn_l")] public string? IssnL { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("host_organization_name")] public string? HostOrganizationName { get; init; }
}

public sealed record OpenAlexBiblio
{
    [JsonPropertyName("volume")] public string? Volume { get; init; }
    [JsonPropertyName("issue")] public string? Issue { get; init; }
    [JsonPropertyName("first_page")] public string? FirstPage { get; init; }
    [JsonPropertyName("last_page")] public string? LastPage { get; init; }
}
