using System.Data;
using System.Data.Common;
using Citations.Storage.Migrations;
using Citations.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Citations.Storage.Sqlite;

/// <summary>
/// The library in one SQLite file: zero set-up, for one machine. WAL journal, so readers (the CLI, an API)
/// never wait for the worker; writers take the database's write lock at BEGIN (IMMEDIATE), so claims
/// and commits from several processes on the machine are serialized and never deadlock.
/// </summary>
public sealed class SqliteLibraryStore : SqlLibraryStore
{
    static SqliteLibraryStore() => SQLitePCL.Batteries_V2.Init();

    readonly string _connectionString;

    public string Path { get; }

    public SqliteLibraryStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        string? folder = System.IO.Path.GetDirectoryName(Path);
        if (folder is not null) Directory.CreateDirectory(folder);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Also how long a writer waits for another process's write lock.
            DefaultTimeout = 120,
        }.ToString();
    }

    public override string Provider => "sqlite";

    protected override string Now => "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";

    protected override string SkipLocked => "";

    protected override string TextMatches(string parameter) =>
        $"r.id IN (SELECT rowid FROM library_references_fts WHERE library_references_fts MATCH {parameter})";

    protected override string TextQuery(IReadOnlyList<string> words) => string.Join(" ", words.Select(w => $"\"{w}\"*"));

    protected override MigrationRunner Migrations => new("Sqlite", OpenAsync, (_, _) => Task.FromResult<IAsyncDisposable>(NoLock.Instance));

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        Configure(connection);
        return connection;
    }

    protected override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Configure(connection);
        return connection;
    }

    static void Configure(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        // WAL persists in the file; synchronous=NORMAL under WAL loses no committed transaction on a process crash.
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
        command.ExecuteNonQuery();
    }

    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override Task<DbTransaction> BeginQueueAsync(DbConnection connection, CancellationToken cancellationToken) =>
        BeginWriteAsync(connection, cancellationToken);

    protected override DbTransaction BeginSnapshot(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(IsolationLevel.Serializable, deferred: true);

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; let it go so that the file can be moved or deleted.
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
