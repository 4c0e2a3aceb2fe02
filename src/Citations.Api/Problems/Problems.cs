using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Citations.Api.Problems;

/// <summary>
/// A request the API refuses, with what is wrong and where: thrown anywhere in a request, written by
/// <see cref="ApiExceptionHandler"/> as an RFC 9457 problem. <see cref="Slug"/> names the kind of problem
/// (its <c>type</c> is <c>urn:citations:problem:SLUG</c>), for programs to act on.
/// </summary>
public sealed class ProblemException(int status, string slug, string title, string detail, IReadOnlyDictionary<string, string>? headers = null)
    : Exception(detail)
{
    public int Status { get; } = status;
    public string Slug { get; } = slug;
    public string Title { get; } = title;
    public IReadOnlyDictionary<string, string>? Headers { get; } = headers;
}

/// <summary>The problems the API gives, each with its status, type and title in one place.</summary>
public static class Problem
{
    public const string TypePrefix = "urn:citations:problem:";

    public static ProblemDetails Details(int status, string slug, string title, string detail) => new()
    {
        Status = status,
        Type = TypePrefix + slug,
        Title = title,
        Detail = detail,
    };

    /// <summary>
    /// Problems the framework writes on its own (a route that does not exist, a method or body type an endpoint does
    /// not take) get the API's types too, so that a client reads every error one way.
    /// </summary>
    public static void FromStatus(ProblemDetailsContext context)
    {
        var details = context.ProblemDetails;
        if (details.Type?.StartsWith(TypePrefix, StringComparison.Ordinal) == true) return;
        (string slug, string? detail) = details.Status switch
        {
            400 => ("bad-request", null),
            401 => ("unauthorized", null),
            403 => ("forbidden", null),
            404 => ("not-found", $"nothing at {context.HttpContext.Request.Path}"),
            405 => ("method-not-allowed", $"{context.HttpContext.Request.Method} is not a method of {context.HttpContext.Request.Path}"),
            406 => ("not-acceptable", null),
            413 => ("too-large", null),
            415 => ("unsupported-media-type", $"Content-Type '{context.HttpContext.Request.ContentType}' is not accepted here (each endpoint's types are in /openapi/v1.json)"),
            429 => ("rate-limited", null),
            503 => ("unavailable", null),
            _ => ("internal", null),
        };
        details.Type = TypePrefix + slug;
        details.Detail ??= detail;
        details.Extensions.Remove("exception");
    }

    public static ProblemException BadRequest(string slug, string detail) => new(400, slug, "The request is not valid", detail);
    public static ProblemException MalformedJson(string detail) => new(400, "malformed-json", "The JSON body is malformed", detail);
    public static ProblemException NotFound(string what) => new(404, "not-found", "Not found", what);
    public static ProblemException NotAcceptable(string detail) => new(406, "not-acceptable", "No representation the client accepts", detail);
    public static ProblemException TooLarge(string detail) => new(413, "too-large", "The request is too large", detail);
    public static ProblemException UnsupportedMediaType(string detail) => new(415, "unsupported-media-type", "The body's media type is not accepted here", detail);
    public static ProblemException Unprocessable(string slug, string detail) => new(422, slug, "The request cannot be processed", detail);
}
