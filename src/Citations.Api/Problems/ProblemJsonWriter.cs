using System.Diagnostics;
using System.Text.Json;
using Citations.Api.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Citations.Api.Problems;

/// <summary>
/// Writes every problem as <c>application/problem+json</c>, whatever the request's <c>Accept</c> asked for: a client
/// that asked for BibTeX and gets a 406 must still learn why. (The framework's writer stays silent then.)
/// </summary>
public sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var details = context.ProblemDetails;
        details.Status ??= http.Response.StatusCode;
        details.Title ??= ReasonPhrases.GetReasonPhrase(details.Status.Value);
        details.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        http.Response.ContentType = "application/problem+json";
        // Not the request's token: a request past its time limit still gets its problem written.
        await JsonSerializer.SerializeAsync(http.Response.Body, details, ApiJson.Info<ProblemDetails>(), CancellationToken.None);
    }
}
