using Microsoft.AspNetCore.Authorization;

namespace Citations.Api.Security;

/// <summary>The two policies every endpoint carries one of.</summary>
public static class ApiPolicies
{
    /// <summary>Reading the library, parsing or formatting: anonymous unless <c>Api:RequireKeyForReads</c>.</summary>
    public const string Read = "read";

    /// <summary>Changing the library: always a key with the write scope.</summary>
    public const string Write = "write";

    public static void Add(AuthorizationOptions options, ApiOptions api)
    {
        options.AddPolicy(Read, policy => policy.AddRequirements(new ScopeRequirement("read", AnonymousAllowed: !api.RequireKeyForReads)));
        options.AddPolicy(Write, policy => policy.AddRequirements(new ScopeRequirement("write", AnonymousAllowed: false)));
    }
}

/// <summary>A key with the scope, or — where allowed — no key at all (a wrong key is never let through).</summary>
public sealed record ScopeRequirement(string Scope, bool AnonymousAllowed) : IAuthorizationRequirement;

public sealed class ScopeRequirementHandler : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (context.User.HasClaim(ApiKeyAuthenticationHandler.ScopeClaim, requirement.Scope)) context.Succeed(requirement);
        else if (requirement.AnonymousAllowed && context.Resource is HttpContext http && ApiKeyAuthenticationHandler.PresentedKey(http.Request) is null)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
