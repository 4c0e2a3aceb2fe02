using Citations.Catalogs.Resilience;
using Citations.Core.Resolution;
using Citations.FakeCatalogs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Citations.Catalogs.Tests;

/// <summary>
/// The resolver as the CLI builds it (<c>AddCatalogs</c> over configuration), pointed at a fake catalog
/// server on loopback, with a fresh SQLite cache file and limits fast enough for tests.
/// </summary>
public sealed class Harness : IAsyncDisposable
{
    public required FakeCatalogServer Server { get; init; }
    public required ServiceProvider Services { get; init; }
    public required string CachePath { get; init; }
    public IReferenceResolver Resolver => Services.GetRequiredService<IReferenceResolver>();
    public CatalogRuntimes Runtimes => Services.GetRequiredService<CatalogRuntimes>();
    bool _ownsServer, _ownsCache;

    /// <summary>Fast test limits: every catalog 50 requests/s, 4 at once, 2 s attempt timeout, 50 ms back-off.</summary>
    public static Dictionary<string, string?> FastSettings()
    {
        var settings = new Dictionary<string, string?> { ["Catalogs:Contact"] = "tests@example.org", ["Catalogs:RunBudget"] = "00:02:00" };
        foreach (string key in FakeCatalogServer.CatalogKeys)
        {
            string name = FakeCatalogServer.ConfigurationName(key);
            settings[$"Catalogs:{name}:RequestsPerSecond"] = "50";
            settings[$"Catalogs:{name}:Burst"] = "5";
            settings[$"Catalogs:{name}:MaxConcurrency"] = "4";
            settings[$"Catalogs:{name}:AttemptTimeout"] = "00:00:02";
            settings[$"Catalogs:{name}:RetryBaseDelay"] = "00:00:00.050";
            settings[$"Catalogs:{name}:MaxRetries"] = "3";
            settings[$"Catalogs:{name}:BreakerMinimumThroughput"] = "6";
            settings[$"Catalogs:{name}:BreakerBreakDuration"] = "00:00:30";
        }
        return settings;
    }

    public static async Task<Harness> StartAsync(Action<Dictionary<string, string?>>? configure = null, FakeCatalogServer? server = null, string? cachePath = null)
    {
        bool owns = server is null, ownsCache = cachePath is null;
        server ??= await FakeCatalogServer.StartAsync();
        var settings = FastSettings();
        foreach (var (key, value) in server.ClientSettings()) settings[key] = value;
        settings["Catalogs:CachePath"] = cachePath ?? NewCachePath();
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddCatalogs(configuration).BuildServiceProvider();
        return new Harness { Server = server, Services = services, CachePath = settings["Catalogs:CachePath"]!, _ownsServer = owns, _ownsCache = ownsCache };
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsServer) await Server.DisposeAsync();
        if (_ownsCache) DeleteCache(CachePath);
    }

    /// <summary>A SQLite cache file and its write-ahead log.</summary>
    public static void DeleteCache(string path)
    {
        foreach (string file in new[] { path, path + "-wal", path + "-shm" })
            File.Delete(file);
    }

    public static string NewCachePath() => Path.Combine(Path.GetTempPath(), $"citations-cache-{Guid.NewGuid():N}.db");
}
