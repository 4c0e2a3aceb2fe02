using Microsoft.AspNetCore.Diagnostics;

namespace Citations.Api.Problems;

/// <summary>
/// Every failure becomes a problem document: a <see cref="ProblemException"/> as it says, Kestrel's own refusals
/// (body too large, malformed request) with their status, anything else as a 500 that says
/// nothing of the code — the exception goes to the log, never to the client.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (context.Response.HasStarted) return false;
        var details = exception switch
        {
            ProblemException p => Problem.Details(p.Status, p.Slug, p.Title, p.Message),
            BadHttpRequestException { StatusCode: 413 } => Problem.Details(413, "too-large", "The request is too large", exception.Message),
            BadHttpRequestException b => Problem.Details(b.StatusCode, "bad-request", "The request is not valid", b.Message),
            _ => null,
        };
        if (details is null)
        {
            logger.LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            details = Problem.Details(500, "internal", "The server failed", "the request could not be completed; the server's log has the cause");
        }
        if (exception is ProblemException { Headers: { } headers })
            foreach (var (name, value) in headers) context.Response.Headers[name] = value;
        context.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details });
    }
}
