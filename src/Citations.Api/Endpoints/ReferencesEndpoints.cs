using Citations.Api.Json;
using Citations.Api.Negotiation;
using Citations.Api.Problems;
using Citations.Api.Security;
using Citations.Core.Resolution;
using Citations.Storage;
using Microsoft.Extensions.Options;

namespace Citations.Api.Endpoints;

/// <summary>The library's references: searched and paged, or one by id or cite key, in any format.</summary>
public static class ReferencesEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/references", SearchAsync).RequireAuthorization(ApiPolicies.Read)
            .WithName("SearchReferences")
            .WithSummary("Search the library's references")
            .WithDescription("Filters: q (words in names, titles, archives, shelf-marks), type (CSL type), archive (name or abbreviation), year. " +
                "Pages in cite-key order: limit, and after (the cursor in 'next' and in the Link header). Any format: Accept or ?format=.")
            .Produces<ReferenceList>().ProducesProblem(400).ProducesProblem(406);

        v1.MapGet("/references/{id}", GetAsync).RequireAuthorization(ApiPolicies.Read)
            .WithName("GetReference")
            .WithSummary("A reference by id or cite key, in any format (Accept or ?format=); ?resolve=true asks the catalogs")
            .Produces<ReferenceResource>().ProducesProblem(404).ProducesProblem(406);
    }

    static async Task<IResult> SearchAsync(string? q, string? type, string? archive, int? year, string? after, int? limit, HttpContext context,
        IOptions<ApiOptions> options, ILibraryStore store, CancellationToken cancellationToken)
    {
        var representation = Negotiator.Choose(context.Request);
        var page = await store.SearchReferencesAsync(new ReferenceQuery
        {
            Text = q, Type = type, Archive = archive, Year = year, After = after, Limit = Paging.Limit(limit, options.Value),
        }, cancellationToken);
        string? next = page.Next is null ? null : Links.NextPage(context.Request, page.Next);
        if (next is not null) context.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        return ReferenceOutput.Write(context, representation, page.Items.Select(r => r.Item).ToList(), single: false,
            () => TypedResults.Json(new ReferenceList(page.Items.Select(Resource).ToList(), next), ApiJson.Info<ReferenceList>()));
    }

    static async Task<IResult> GetAsync(string id, bool? resolve, HttpContext context, ILibraryStore store, IReferenceResolver resolver, CancellationToken cancellationToken)
    {
        var representation = Negotiator.Choose(context.Request);
        var reference = (long.TryParse(id, out long number) ? await store.GetReferenceAsync(number, cancellationToken) : null)
            ?? (id.Length <= 200 ? await store.FindReferenceAsync(id, cancellationToken) : null)
            ?? throw Problem.NotFound($"no reference with the id or cite key '{id}'");
        if (resolve == true)
        {
            var outcome = (await resolver.ResolveAsync([reference.Item], cancellationToken: cancellationToken))[0];
            if (outcome.Status == ResolutionStatus.Resolved) reference = reference with { Item = outcome.Item };
        }
        return ReferenceOutput.Write(context, representation, [reference.Item], single: true,
            () => TypedResults.Json(Resource(reference), ApiJson.Info<ReferenceResource>()));
    }

    public static ReferenceResource Resource(StoredReference r) => new()
    {
        Id = r.Id,
        CiteKey = r.CiteKey,
        Item = r.Item,
        CitationCount = r.CitationCount,
        DocumentCount = r.DocumentCount,
        ResolutionStatus = r.ResolutionStatus,
        ResolutionCheckedAt = r.ResolutionCheckedAt,
        Links = new ReferenceLinks(Links.Reference(r.Id)),
    };
}
