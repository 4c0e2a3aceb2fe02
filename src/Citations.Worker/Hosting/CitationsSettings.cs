using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Citations.Worker.Hosting;

/// <summary>
/// The configuration operators rely on (output contract, "Configuration"): embedded defaults, then
/// <c>appsettings.json</c> in the working folder, then environment variables (<c>Library__Provider</c>,
/// <c>CITATIONS_DATA</c>), then what the command line sets.
/// </summary>
public static class CitationsConfiguration
{
    public static IConfigurationRoot Build(IReadOnlyDictionary<string, string?>? overrides = null, string? workingFolder = null)
    {
        using var defaults = typeof(CitationsConfiguration).Assembly.GetManifestResourceStream("appsettings.json")
            ?? throw new InvalidOperationException("the embedded appsettings.json is missing");
        var buffered = new MemoryStream();
        defaults.CopyTo(buffered);
        buffered.Position = 0;
        var builder = new ConfigurationBuilder()
            .AddJsonStream(buffered)
            .AddJsonFile(Path.Combine(workingFolder ?? Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables();
        if (Environment.GetEnvironmentVariable("CITATIONS_DATA") is { Length: > 0 } data)
            builder.AddInMemoryCollection([new("DataFolder", data)]);
        if (overrides is not null) builder.AddInMemoryCollection(overrides.Where(o => o.Value is not null));
        return builder.Build();
    }
}

/// <summary>Where the library and its folders are, resolved from configuration with the documented defaults.</summary>
public sealed record CitationsSettings(string DataFolder, string Provider, string ConnectionString, string WatchFolder, string ExportFolder)
{
    public static CitationsSettings From(IConfiguration configuration)
    {
        string data = configuration["DataFolder"] is { Length: > 0 } d ? Path.GetFullPath(d) : DefaultDataFolder();
        string provider = configuration["Library:Provider"] is { Length: > 0 } p ? p.Trim().ToLowerInvariant() : "sqlite";
        string connection = configuration["Library:ConnectionString"] is { Length: > 0 } c ? c
            : provider == "sqlite" ? Path.Combine(data, "citations.db")
            : throw new InvalidOperationException("Library:ConnectionString is required when Library:Provider is postgres");
        string watch = configuration["Worker:WatchFolder"] is { Length: > 0 } w ? Path.GetFullPath(w) : Path.Combine(data, "inbox");
        string export = configuration["Worker:ExportFolder"] is { Length: > 0 } e ? Path.GetFullPath(e) : Path.Combine(data, "exports");
        return new CitationsSettings(data, provider, connection, watch, export);
    }

    /// <summary>The user's data directory: $XDG_DATA_HOME/citations or ~/.local/share/citations on Linux, %LOCALAPPDATA%\citations on Windows.</summary>
    static string DefaultDataFolder()
    {
        string root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root)) root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(root, "citations");
    }

    /// <summary>Where a person reads the library from: the file for SQLite, the host and database for PostgreSQL (no password).</summary>
    public string Describe() => Provider == "sqlite" ? $"sqlite {ConnectionString}" : $"postgres {Redacted(ConnectionString)}";

    static string Redacted(string connectionString) =>
        string.Join(';', connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => !part.TrimStart().StartsWith("password", StringComparison.OrdinalIgnoreCase)));
}
