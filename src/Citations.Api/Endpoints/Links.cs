using Microsoft.AspNetCore.WebUtilities;

namespace Citations.Api.Endpoints;

/// <summary>The API's own URLs, as relative references (valid behind any proxy or prefix-free host).</summary>
public static class Links
{
    public static string Document(long id) => $"/v1/documents/{id}";

    public static string Reference(long id) => $"/v1/references/{id}";

    /// <summary>The same request with <c>after</c> set to the cursor: the next page.</summary>
    public static string NextPage(HttpRequest request, string cursor)
    {
        var query = request.Query.Where(q => q.Key != "after").ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        query["after"] = cursor;
        return QueryHelpers.AddQueryString(request.Path.ToString(), query);
    }
}

/// <summary>Page sizes: the request's <c>limit</c>, within <c>Api:MaxPageSize</c>.</summary>
public static class Paging
{
    public static int Limit(int? requested, ApiOptions options) => Math.Clamp(requested ?? options.PageSize, 1, options.MaxPageSize);
}
