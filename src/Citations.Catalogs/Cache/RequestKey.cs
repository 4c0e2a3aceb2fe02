namespace Citations.Catalogs.Cache;

/// <summary>
/// The normalized form of a request, which is its cache key: catalog, method and the path relative to the
/// catalog's base address with the query parameters sorted, less those that identify us rather than the
/// question (<c>mailto</c>, <c>api_key</c>). The base address is left out on purpose so that a cache filled
/// through a mirror or proxy answers for the same catalog.
/// </summary>
public static class RequestKey
{
    static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "mailto", "api_key" };

    public static string For(CatalogName catalog, string relativeUrl, bool head = false)
    {
        int q = relativeUrl.IndexOf('?');
        string path = q < 0 ? relativeUrl : relativeUrl[..q];
        string query = q < 0 ? "" : string.Join("&", relativeUrl[(q + 1)..]
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !Ignored.Contains(Uri.UnescapeDataString(p.Split('=')[0])))
            .OrderBy(p => p, StringComparer.Ordinal));
        return $"{catalog.Key()} {(head ? "HEAD" : "GET")} {path}{(query.Length > 0 ? "?" + query : "")}";
    }
}
