using Citations.Worker.Pass;
using Citations.Worker.Schedule;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Citations.Worker.Hosting;

/// <summary>The service behind <c>citations worker</c>: a pass at every occurrence of <c>Worker:Schedule</c>, until stopped.</summary>
public sealed class NightlyWorker(LibraryPass pass, IOptions<WorkerOptions> options, ILogger<NightlyWorker> logger, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = CronSchedule.Parse(options.Value.Schedule);
        if (options.Value.RunOnStart) await RunPassAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (schedule.Next(now) is not { } next)
            {
                logger.LogWarning("Worker:Schedule '{Schedule}' has no future occurrence; the worker waits for nothing more", schedule.Expression);
                return;
            }
            logger.LogInformation("Next pass at {Next:yyyy-MM-dd HH:mm zzz} (schedule '{Schedule}')", next.ToLocalTime(), schedule.Expression);
            // Task.Delay takes at most ~49 days at once.
            while (clock.GetUtcNow() < next)
                await Task.Delay(Min(next - clock.GetUtcNow(), TimeSpan.FromDays(1)), clock, stoppingToken);
            await RunPassAsync(stoppingToken);
        }
    }

    static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? (a < TimeSpan.Zero ? TimeSpan.Zero : a) : b;

    async Task RunPassAsync(CancellationToken stoppingToken)
    {
        try
        {
            await pass.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Pass interrupted by shutdown; the next pass finishes it");
        }
        catch (Exception e)
        {
            // One failed pass must not stop the service: the next occurrence tries again from where this one got.
            logger.LogError(e, "Pass failed; the next pass resumes its work");
        }
    }
}
