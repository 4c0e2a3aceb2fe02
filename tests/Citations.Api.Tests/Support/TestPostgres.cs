using Npgsql;

namespace Citations.Api.Tests.Support;

/// <summary>
/// The PostgreSQL server of the tests (as in the storage tests): CITATIONS_TEST_POSTGRES, else the connection
/// <c>.ci/install-postgres.sh</c> wrote to <c>.tools/postgres.connection</c>. Missing: skipped outside CI, failed in CI.
/// </summary>
public static class TestPostgres
{
    static readonly Lazy<(string? Connection, string? Why)> Server = new(Find);

    public static string? Missing => Server.Value.Why;

    static (string?, string?) Find()
    {
        string file = Path.Combine(Repo.Root, ".tools", "postgres.connection");
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

    /// <summary>A new, empty database; dropped when disposed.</summary>
    public static TestDatabase CreateDatabase()
    {
        var (connection, why) = Server.Value;
        if (connection is null) throw new InvalidOperationException($"{why} (CI={Environment.GetEnvironmentVariable("CI")})");
        string name = "citations_api_" + Guid.NewGuid().ToString("N")[..12];
        using (var c = new NpgsqlConnection(connection))
        {
            c.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", c);
            create.ExecuteNonQuery();
        }
        return new TestDatabase(connection, new NpgsqlConnectionStringBuilder(connection) { Database = name }.ToString(), name);
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
        try { drop.ExecuteNonQuery(); } catch (PostgresException) { }
    }
}

public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!ExternalTools.InCi && TestPostgres.Missing is { } why) Skip = why;
    }
}
