using System.Text.Json.Serialization;
using Citations.Catalogs.Resilience;

namespace Citations.Catalogs.Clients;

/// <summary>Open Library (https://openlibrary.org): books in every language, editions, ISBN/OCLC/LCCN cross-walks.</summary>
public interface IOpenLibraryClient
{
    /// <summary><c>GET /search.json?title=…&amp;author=…&amp;limit=…&amp;fields=…</c>: works with their editions' facts folded in.</summary>
    Task<OpenLibrarySearch> SearchAsync(string title, string? author, int limit, CancellationToken cancellationToken = default);

    /// <summary><c>GET /isbn/{isbn}.json</c> (a redirect to the edition); null for 404.</summary>
    Task<OpenLibraryEdition?> GetByIsbnAsync(string isbn, CancellationToken cancellationToken = default);

    /// <summary><c>GET /works/{OL…W}/editions.json?limit=…</c>: the editions of a work, to pick the one cited.</summary>
    Task<OpenLibraryEditions> GetEditionsAsync(string workKey, int limit, CancellationToken cancellationToken = default);
}

public sealed class OpenLibraryClient(CatalogChannel channel) : IOpenLibraryClient
{
    public const string Fields = "key,title,subtitle,author_name,author_key,first_publish_year,publish_year,publisher,publish_place,isbn,oclc,lccn,language,edition_count,edition_key";

    public async Task<OpenLibrarySearch> SearchAsync(string title, string? author, int limit, CancellationToken cancellationToken = default)
    {
        string url = $"search.json?title={CatalogJson.Q(title)}"
            + (string.IsNullOrWhiteSpace(author) ? "" : "&author=" + CatalogJson.Q(author))
            + $"&limit={limit}&fields={Fields}";
        var response = await channel.SendAsync(new CatalogRequest(url), cancellationToken).ConfigureAwait(false);
        return response.IsNotFound ? new OpenLibrarySearch() : CatalogJson.Read<OpenLibrarySearch>(channel.Catalog, response);
    }

    public async Task<OpenLibraryEdition?> GetByIsbnAsync(string isbn, CancellationToken cancellationToken = default)
    {
        var response = await channel.SendAsync(new CatalogRequest($"isbn/{CatalogJson.Q(isbn)}.json"), cancellationToken).ConfigureAwait(false);
        return response.IsNotFound ? null : CatalogJson.Read<OpenLibraryEdition>(channel.Catalog, response);
    }

    public async Task<OpenLibraryEditions> GetEditionsAsync(string workKey, int limit, CancellationToken cancellationToken = default)
    {
        string key = workKey.StartsWith("/works/", StringComparison.Ordinal) ? workKey[7..] : workKey;
        var response = await channel.SendAsync(new CatalogRequest($"works/{CatalogJson.Q(key)}/editions.json?limit={limit}"), cancellationToken).ConfigureAwait(false);
        return response.IsNotFound ? new OpenLibraryEditions() : CatalogJson.Read<OpenLibraryEditions>(channel.Catalog, response);
    }
}

public sealed record OpenLibrarySearch
{
    [JsonPropertyName("numFound")] public int NumFound { get; init; }
    [JsonPropertyName("start")] public int Start { get; init; }
    [JsonPropertyName("docs")] public IReadOnlyList<OpenLibraryDoc> Docs { get; init; } = [];
}

public sealed record OpenLibraryDoc
{
    [JsonPropertyName("key")] public string? Key { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("subtitle")] public string? Subtitle { get; init; }
    [JsonPropertyName("author_name")] public IReadOnlyList<string>? AuthorName { get; init; }
    [JsonPropertyName("author_key")] public IReadOnlyList<string>? AuthorKey { get; init; }
    [JsonPropertyName("first_publish_year")] public int? FirstPublishYear { get; init; }
    [JsonPropertyName("publish_year")] public IReadOnlyList<int>? PublishYear { get; init; }
    [JsonPropertyName("publisher")] public IReadOnlyList<string>? Publisher { get; init; }
    [JsonPropertyName("publish_place")] public IReadOnlyList<string>? PublishPlace { get; init; }
    [JsonPropertyName("isbn")] public IReadOnlyList<string>? Isbn { get; init; }
    [JsonPropertyName("oclc")] public IReadOnlyList<string>? Oclc { get; init; }
    [JsonPropertyName("lccn")] public IReadOnlyList<string>? Lccn { get; init; }
    [JsonPropertyName("language")] public IReadOnlyList<string>? Language { get; init; }
    [JsonPropertyName("edition_count")] public int? EditionCount { get; init; }
    [JsonPropertyName("edition_key")] public IReadOnlyList<string>? EditionKey { get; init; }
}

public sealed record OpenLibraryEditions
{
    [JsonPropertyName("size")] public int Size { get; init; }
    [JsonPropertyName("entries")] public IReadOnlyList<OpenLibraryEdition> Entries { get; init; } = [];
}

public sealed record OpenLibraryEdition
{
    [JsonPropertyName("key")] public string? Key { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("subtitle")] public string? Subtitle { get; init; }
    [JsonPropertyName("by_statement")] public string? ByStatement { get; init; }
    [JsonPropertyName("publishers")] public IReadOnlyList<string>? Publishers { get; init; }
    [JsonPropertyName("publish_places")] public IReadOnlyList<string>? PublishPlaces { get; init; }
    [JsonPropertyName("publish_date")] public string? PublishDate { get; init; }
    [JsonPropertyName("edition_name")] public string? EditionName { get; init; }
    [JsonPropertyName("number_of_pages")] public int? NumberOfPages { get; init; }
    [JsonPropertyName("isbn_10")] public IReadOnlyList<string>? Isbn10 { get; init; }
    [JsonPropertyName("isbn_13")] public IReadOnlyList<string>? Isbn13 { get; init; }
    [JsonPropertyName("lccn")] public IReadOnlyList<string>? Lccn { get; init; }
    [JsonPropertyName("oclc_numbers")] public IReadOnlyList<string>? OclcNumbers { get; init; }
    [JsonPropertyName("works")] public IReadOnlyList<OpenLibraryKey>? Works { get; init; }
    [JsonPropertyName("authors")] public IReadOnlyList<OpenLibraryKey>? Authors { get; init; }
}

public sealed record OpenLibraryKey
{
    [JsonPropertyName("key")] public string? Key { get; init; }
}
