using Microsoft.Data.Sqlite;

namespace Citations.Catalogs.Cache;

/// <summary>A catalog answer as stored: status and body (a 404 is an answer too: "not there").</summary>
public sealed record CachedResponse(int Status, string Body);

/// <summary>
/// The persistent resolution cache: one SQLite file, one row per normalized request, each with an expiry.
/// A second run answers every request it made before from here; <c>--offline</c> answers from here alone.
/// </summary>
public sealed class ResponseCache : IDisposable
{
    readonly SqliteConnection _connection;
    readonly SemaphoreSlim _lock = new(1, 1);

    static ResponseCache() => SQLitePCL.Batteries_V2.Init();

    public ResponseCache(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
        Execute("""
            CREATE TABLE IF NOT EXISTS responses (
                key        TEXT PRIMARY KEY,
                catalog    TEXT NOT NULL,
                status     INTEGER NOT NULL,
                body       TEXT NOT NULL,
                fetched_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS responses_expiry ON responses(expires_at);
            """);
    }

    public string Path { get; }

    public async Task<CachedResponse?> GetAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT status, body FROM responses WHERE key = $key AND expires_at > $now";
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new CachedResponse(reader.GetInt32(0), reader.GetString(1))
                : null;
        }
        finally { _lock.Release(); }
    }

    public async Task PutAsync(string key, CatalogName catalog, int status, string body, DateTimeOffset now, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                INSERT INTO responses (key, catalog, status, body, fetched_at, expires_at)
                VALUES ($key, $catalog, $status, $body, $now, $expires)
                ON CONFLICT(key) DO UPDATE SET status = excluded.status, body = excluded.body,
                    fetched_at = excluded.fetched_at, expires_at = excluded.expires_at
                """;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$catalog", catalog.Key());
            command.Parameters.AddWithValue("$status", status);
            command.Parameters.AddWithValue("$body", body);
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$expires", (now + lifetime).ToUnixTimeMilliseconds());
            command.ExecuteNonQuery();
        }
        finally { _lock.Release(); }
    }

    /// <summary>Drops expired rows; returns how many.</summary>
    public int Prune(DateTimeOffset now)
    {
        _lock.Wait();
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "DELETE FROM responses WHERE expires_at <= $now";
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            return command.ExecuteNonQuery();
        }
        finally { _lock.Release(); }
    }

    void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _connection.Dispose();
        _lock.Dispose();
    }
}
