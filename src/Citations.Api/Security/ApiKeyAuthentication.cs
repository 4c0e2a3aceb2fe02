using System.Security.Claims;
using System.Text.Encodings.Web;
using Citations.Api.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Citations.Api.Security;

/// <summary>
/// Reads the API key of a request (<c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c>) and proves it
/// against the configured keys. A request without a key is anonymous; a request with a wrong key fails,
/// even where anonymous requests are allowed, so that a typo in a key is told rather than ignored.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyRing ring, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string ScopeClaim = "scope";

    /// <summary>The principal a request proved, kept on the context for the rate limiter and idempotency.</summary>
    public static ApiPrincipal? PrincipalOf(HttpContext context) => context.Items.TryGetValue(typeof(ApiPrincipal), out var p) ? p as ApiPrincipal : null;

    /// <summary>The key the request presents, or null.</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.Authorization.ToString() is { Length: > 7 } authorization && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return authorization[7..].Trim();
        return request.Headers["X-Api-Key"].ToString() is { Length: > 0 } key ? key.Trim() : null;
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey(Request) is not { } key) return Task.FromResult(AuthenticateResult.NoResult());
        if (ring.Verify(key) is not { } principal) return Task.FromResult(AuthenticateResult.Fail("the API key is not valid"));
        Context.Items[typeof(ApiPrincipal)] = principal;
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, principal.Id) };
        if (principal.CanRead) claims.Add(new Claim(ScopeClaim, "read"));
        if (principal.CanWrite) claims.Add(new Claim(ScopeClaim, "write"));
        var identity = new ClaimsIdentity(claims, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"citations\"";
        string detail = PresentedKey(Request) is not null ? "the API key is not valid"
            : ring.IsEmpty ? "this request needs an API key, and the server has none configured (Api:Keys): writes are refused"
            : "this request needs an API key: send it as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'";
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = Problem.Details(401, "unauthorized", "An API key is needed", detail) });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 403;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = Problem.Details(403, "forbidden", "The API key may not do this", $"the key '{PrincipalOf(Context)?.Id}' lacks the scope this request needs"),
        });
    }
}
