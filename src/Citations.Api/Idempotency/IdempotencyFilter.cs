using System.Security.Cryptography;
using System.Text;
using Citations.Api.Negotiation;
using Citations.Api.Problems;
using Citations.Api.Security;
using Citations.Storage;
using Microsoft.Extensions.Options;

namespace Citations.Api.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on writes (the IETF httpapi draft's semantics): the first request with a key does the write
/// and its response is kept in the library; the same request again gets that response (<c>Idempotent-Replayed: true</c>);
/// the same key with another body is refused (422); while the first is still running, a second gets 409 and
/// <c>Retry-After</c>. Keys belong to the API key that sent them, survive restarts and are shared by every instance on
/// one library. A write that is refused or fails on the server (an exception, a 5xx) releases its key, so it can be sent again.
/// </summary>
public sealed class IdempotencyFilter(ILibraryStore store, IOptions<ApiOptions> options) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.Headers[Header].ToString() is not { Length: > 0 } key) return await next(context);
        if (key.Length > 255 || key.Any(c => c < 0x20 || c > 0x7E))
            throw Problem.BadRequest("bad-idempotency-key", "Idempotency-Key is 1 to 255 printable ASCII characters");
        var body = context.Arguments.OfType<RequestBody>().FirstOrDefault();
        var request = new IdempotentRequest(ApiKeyAuthenticationHandler.PrincipalOf(http)?.Id ?? "", key, Fingerprint(http.Request, body));

        // A start that never completed within twice the request timeout was a process that died mid-write.
        var claim = await store.BeginIdempotentAsync(request, options.Value.RequestTimeout * 2, http.RequestAborted);
        switch (claim.State)
        {
            case IdempotencyState.Completed:
                var kept = claim.Response!;
                return new StoredResult(kept.Status, kept.ContentType ?? "application/octet-stream", kept.Body, kept.Location, Replayed: true);
            case IdempotencyState.Mismatch:
                throw Problem.Unprocessable("idempotency-key-reused", $"the Idempotency-Key '{key}' was used for a different request; use a new key for a new request");
            case IdempotencyState.InProgress:
                throw new ProblemException(409, "idempotency-key-in-use", "The same request is in progress",
                    $"a request with the Idempotency-Key '{key}' is still running; retry when it is done", new Dictionary<string, string> { ["Retry-After"] = "1" });
        }
        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            // Refused or failed: nothing was written, so the key is free for the request to be sent again.
            await store.AbandonIdempotentAsync(request, claim.Owner, CancellationToken.None);
            throw;
        }
        switch (result)
        {
            case StoredResult { StatusCode: < 500 } stored:
                await store.CompleteIdempotentAsync(request, claim.Owner,
                    new IdempotentResponse(stored.StatusCode, stored.ContentType, stored.Location, stored.Body), CancellationToken.None);
                break;
            default:
                await store.AbandonIdempotentAsync(request, claim.Owner, CancellationToken.None);
                break;
        }
        return result;
    }

    /// <summary>The request as the key promises it: method, path and query, media type, body.</summary>
    static string Fingerprint(HttpRequest request, RequestBody? body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}{request.QueryString}\n{body?.MediaType}\n"));
        if (body is not null) hash.AppendData(body.Bytes);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
