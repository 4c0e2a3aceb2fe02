using Citations.Storage;
using Citations.Worker.Hosting;

namespace Citations.Api.Hosting;

/// <summary>Brings the library's schema up to date before the server takes its first request.</summary>
public sealed class LibraryStartup(ILibraryStore store, CitationsSettings settings, ILogger<LibraryStartup> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        logger.LogInformation("Library: {Library}", settings.Describe());
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
