using Citations.Core.Resolution;
using Citations.Storage;
using Citations.Worker.Pass;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Citations.Worker.Hosting;

public static class WorkerServices
{
    /// <summary>
    /// The library store, the pass and their settings from configuration. The resolver is whatever
    /// <see cref="IReferenceResolver"/> is registered (register the catalogs first), else none.
    /// </summary>
    public static IServiceCollection AddCitationsLibrary(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = CitationsSettings.From(configuration);
        services.AddSingleton(settings);
        services.Configure<WorkerOptions>(configuration.GetSection("Worker"));
        services.AddSingleton<ILibraryStore>(_ => LibraryStores.Create(settings.Provider, settings.ConnectionString));
        services.TryAddSingleton<IReferenceResolver>(NoResolution.Instance);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LibraryPass>();
        return services;
    }

    /// <summary>The scheduled service on top of <see cref="AddCitationsLibrary"/>.</summary>
    public static IServiceCollection AddCitationsWorker(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCitationsLibrary(configuration).AddHostedService<NightlyWorker>();
}
