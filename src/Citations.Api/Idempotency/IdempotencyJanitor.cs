using Citations.Storage;
using Microsoft.Extensions.Options;

namespace Citations.Api.Idempotency;

/// <summary>Forgets idempotency keys older than <c>Api:IdempotencyRetention</c>, hourly.</summary>
public sealed class IdempotencyJanitor(ILibraryStore store, IOptions<ApiOptions> options, TimeProvider clock, ILogger<IdempotencyJanitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                int purged = await store.PurgeIdempotencyAsync(clock.GetUtcNow() - options.Value.IdempotencyRetention, stoppingToken);
                if (purged > 0) logger.LogInformation("Forgot {Count} idempotency keys older than {Retention}", purged, options.Value.IdempotencyRetention);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Idempotency keys could not be purged; trying again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
