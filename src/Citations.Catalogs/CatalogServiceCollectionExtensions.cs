using System.Net;
using Citations.Catalogs.Cache;
using Citations.Catalogs.Clients;
using Citations.Catalogs.Resilience;
using Citations.Core.Resolution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Citations.Catalogs;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>
    /// The catalog clients (typed, through <see cref="IHttpClientFactory"/>), their shared runtimes
    /// (limits, breakers), the SQLite cache and <see cref="IReferenceResolver"/>, configured from the
    /// <c>Catalogs</c> section of <paramref name="configuration"/> over the embedded defaults. Register it
    /// before a host's own <c>TryAdd</c> of <see cref="NoResolution"/> (the worker's <c>AddCitationsLibrary</c>).
    /// </summary>
    public static IServiceCollection AddCatalogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CatalogsOptions>().Bind(CatalogConfiguration.WithDefaults(configuration).GetSection(CatalogsOptions.Section));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CatalogsOptions>, CatalogsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new CatalogRuntimes(sp.GetRequiredService<IOptions<CatalogsOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp =>
        {
            var cache = new ResponseCache(CachePath(sp.GetRequiredService<IOptions<CatalogsOptions>>().Value));
            cache.Prune(sp.GetRequiredService<TimeProvider>().GetUtcNow());
            return cache;
        });

        AddClient<ICrossrefClient>(services, CatalogName.Crossref, (channel, o) => new CrossrefClient(channel, o.Contact));
        AddClient<IOpenAlexClient>(services, CatalogName.OpenAlex, (channel, o) => new OpenAlexClient(channel, o.Contact, o.OpenAlex.ApiKey));
        AddClient<IOpenLibraryClient>(services, CatalogName.OpenLibrary, (channel, _) => new OpenLibraryClient(channel));
        AddClient<ILibraryOfCongressClient>(services, CatalogName.LibraryOfCongress, (channel, _) => new LibraryOfCongressClient(channel));
        AddClient<INationalArchivesClient>(services, CatalogName.NationalArchivesUK, (channel, _) => new NationalArchivesClient(channel));
        AddClient<IFrusClient>(services, CatalogName.Frus, (channel, _) => new FrusClient(channel));

        services.TryAddSingleton<IReferenceResolver, CatalogResolver>();
        return services;
    }

    static void AddClient<TClient>(IServiceCollection services, CatalogName name, Func<CatalogChannel, CatalogsOptions, TClient> create)
        where TClient : class
    {
        services.AddHttpClient(name.ToString(), (sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<CatalogsOptions>>().Value;
                http.BaseAddress = options.For(name).BaseAddress
                    ?? throw new InvalidOperationException($"Catalogs:{name}:BaseAddress is not configured");
                http.Timeout = Timeout.InfiniteTimeSpan; // attempts are timed by the resilience pipeline
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent.For(options.Contact));
                http.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/json, application/atom+xml;q=0.9, */*;q=0.5");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                AllowAutoRedirect = true, // Open Library's /isbn/ answers with a redirect to the edition
                MaxConnectionsPerServer = 16,
            });
        services.AddTransient(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CatalogsOptions>>().Value;
            var channel = new CatalogChannel(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(name.ToString()),
                sp.GetRequiredService<CatalogRuntimes>()[name],
                sp.GetRequiredService<ResponseCache>(), options, sp.GetRequiredService<TimeProvider>());
            return create(channel, options);
        });
    }

    static string CachePath(CatalogsOptions options) =>
        string.IsNullOrWhiteSpace(options.CachePath) ? Path.Combine(DataFolder.Path, "catalog-cache.db") : options.CachePath;
}
