using Microsoft.Extensions.Configuration;

namespace Citations.Catalogs;

/// <summary>
/// Configuration for the catalogs as the output contract orders it: embedded defaults
/// (<c>appsettings.json</c> in this assembly), an <c>appsettings.json</c> beside the working directory if
/// there is one, then environment variables (<c>CITATIONS__Catalogs__Contact</c> or <c>Catalogs__Contact</c>),
/// then the caller's overrides (command-line options).
/// </summary>
public static class CatalogConfiguration
{
    public static IConfiguration Build(IEnumerable<KeyValuePair<string, string?>>? overrides = null) =>
        new ConfigurationBuilder()
            .AddJsonStream(Defaults())
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddEnvironmentVariables("CITATIONS__")
            .AddInMemoryCollection(overrides ?? [])
            .Build();

    /// <summary><paramref name="configuration"/> over the embedded defaults: a host that configures only what it
    /// changes (the worker, the API) still gets every catalog's address and documented limits.</summary>
    public static IConfiguration WithDefaults(IConfiguration configuration) =>
        new ConfigurationBuilder().AddJsonStream(Defaults()).AddConfiguration(configuration).Build();

    /// <summary>The embedded <c>appsettings.json</c>, as a stream the configuration builder may keep.</summary>
    static Stream Defaults()
    {
        using var embedded = typeof(CatalogConfiguration).Assembly.GetManifestResourceStream("Citations.Catalogs.appsettings.json")
            ?? throw new InvalidOperationException("embedded appsettings.json missing");
        var copy = new MemoryStream();
        embedded.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
