using Citations.Api.Json;
using Citations.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Citations.Api.Endpoints;

/// <summary><c>GET /health</c>: whether the library answers; no key, no rate limit, for load balancers and operators.</summary>
public static class HealthEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = (context, report) => context.Response.WriteAsJsonAsync(
                new HealthAnswer(report.Status.ToString(), report.Entries.ToDictionary(e => e.Key, e => new HealthCheckReport(e.Value.Status.ToString(), e.Value.Description))),
                ApiJson.Info<HealthAnswer>()),
        }).WithName("Health").WithSummary("Whether the server and its library answer");
}

/// <summary>The library answers a query within two seconds.</summary>
public sealed class LibraryHealthCheck(ILibraryStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            long revision = await store.GetRevisionAsync(timeout.Token);
            return HealthCheckResult.Healthy($"{store.Provider} library at revision {revision}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return HealthCheckResult.Unhealthy($"{store.Provider} library does not answer: {e.GetType().Name}");
        }
    }
}
