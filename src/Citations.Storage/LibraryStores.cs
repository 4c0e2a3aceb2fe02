using Citations.Storage.Postgres;
using Citations.Storage.Sqlite;

namespace Citations.Storage;

/// <summary>Opens the library a configuration names (<c>Library:Provider</c>, <c>Library:ConnectionString</c>), migrated.</summary>
public static class LibraryStores
{
    public static ILibraryStore Create(string provider, string connectionString) => provider.Trim().ToLowerInvariant() switch
    {
        "sqlite" => new SqliteLibraryStore(SqlitePath(connectionString)),
        "postgres" or "postgresql" => new PostgresLibraryStore(connectionString),
        _ => throw new ArgumentException($"Library:Provider is '{provider}': use sqlite or postgres"),
    };

    public static async Task<ILibraryStore> OpenAsync(string provider, string connectionString, CancellationToken cancellationToken = default)
    {
        var store = Create(provider, connectionString);
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>A SQLite library is named by its file, plainly or as "Data Source=…".</summary>
    static string SqlitePath(string connectionString)
    {
        const string prefix = "Data Source=";
        string s = connectionString.Trim();
        return s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? s[prefix.Length..].TrimEnd(';') : s;
    }
}
