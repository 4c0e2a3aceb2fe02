using System.Data;
using System.Data.Common;
using Citations.Storage.Migrations;
using Citations.Storage.Sql;
using Npgsql;

namespace Citations.Storage.Postgres;

/// <summary>
/// The library in PostgreSQL, shared by several workers and API instances. Workers claim jobs with
/// <c>FOR UPDATE SKIP LOCKED</c> under leases; the writes that touch shared references take one
/// transaction-scoped advisory lock, so merges are serialized while parsing runs in parallel.
/// </summary>
public sealed class PostgresLibraryStore(string connectionString) : SqlLibraryStore
{
    /// <summary>Advisory lock keys ("CITATION" and "MIGRATE" in ASCII, truncated): one for library writes, one for migrations.</summary>
    const long WriteLock = 0x4349544154494F4E, MigrationLock = 0x4D49475241544500;

    readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override string Provider => "postgres";

    protected override string Now => "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)";

    protected override string SkipLocked => "FOR UPDATE SKIP LOCKED";

    protected override string TextMatches(string parameter) => $"r.search @@ to_tsquery('simple', {parameter})";

    protected override string TextQuery(IReadOnlyList<string> words) => string.Join(" & ", words.Select(w => w + ":*"));

    protected override MigrationRunner Migrations => new("Postgres", OpenAsync, async (connection, cancellationToken) =>
    {
        await connection.ExecuteAsync(null, $"SELECT pg_advisory_lock({MigrationLock})", cancellationToken);
        return new Unlock(connection);
    });

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    protected override DbConnection Open() => _dataSource.OpenConnection();

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var tx = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        await connection.ExecuteAsync(tx, $"SELECT pg_advisory_xact_lock({WriteLock})", cancellationToken);
        return tx;
    }

    protected override async Task<DbTransaction> BeginQueueAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);

    protected override DbTransaction BeginSnapshot(DbConnection connection) => connection.BeginTransaction(IsolationLevel.RepeatableRead);

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    sealed class Unlock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await connection.ExecuteAsync(null, $"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
    }
}
