using Npgsql;

namespace Citations.Testing;

/// <summary>
/// The PostgreSQL server the tests use: CITATIONS_TEST_POSTGRES, else the connection .ci/install-postgres.sh
/// wrote to .tools/postgres.connection. Outside CI a missing server skips those tests with the reason;
/// on CI (CI=true) it fails them.
/// </summary>
public static class TestPostgres
{
    static readonly Lazy<(string? Connection, string? Why)> Server = new(Find);

    public static string? Missing => Server.Value.Why;

    static (string?, string?) Find()
    {
        string file = Repo.Path(".tools", "postgres.connection");
        string? connection = Environment.GetEnvironmentVariable("CITATIONS_TEST_POSTGRES") is { Length: > 0 } env ? env
            : File.Exists(file) ? File.ReadAllText(file).Trim() : null;
        if (connection is null) return (null, "no PostgreSQL server for the tests: run .ci/install-postgres.sh or set CITATIONS_TEST_POSTGRES");
        try
        {
            using var c = new NpgsqlConnection(connection);
            c.Open();
            return (connection, null);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return (null, $"the PostgreSQL server of the tests does not answer ({e.Message}): run .ci/install-postgres.sh");
        }
    }

    /// <summary>A new, empty database for one test; dropped when disposed.</summary>
    public static TestDatabase CreateDatabase()
    {
        var (connection, why) = Server.Value;
        if (connection is null) throw new InvalidOperationException($"{why} (CI={Environment.GetEnvironmentVariable("CI")})");
        string name = "citations_t_" + Guid.NewGuid().ToString("N")[..12];
        using (var c = new NpgsqlConnection(connection))
        {
            c.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", c);
            create.ExecuteNonQuery();
        }
        return new TestDatabase(connection, new NpgsqlConnectionStringBuilder(connection) { Database = name, Pooling = true }.ToString(), name);
    }
}

public sealed class TestDatabase(string admin, string connectionString, string name) : IDisposable
{
    public string ConnectionString { get; } = connectionString;

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var c = new NpgsqlConnection(admin);
        c.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", c);
        // Autovacuum may be in the database (a backend this role cannot end): then the test cluster keeps it.
        try { drop.ExecuteNonQuery(); } catch (PostgresException) { }
    }
}

/// <summary>A test on the PostgreSQL server: skipped with the reason outside CI when there is none, failed on CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!Ci.IsCi && TestPostgres.Missing is { } why) Skip = why;
    }
}
