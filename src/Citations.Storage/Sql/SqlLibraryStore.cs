using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Citations.Core.Model;
using Citations.Storage.Migrations;

namespace Citations.Storage.Sql;

/// <summary>
/// The library over ADO.NET, for both engines: the SQL is shared (both speak ON CONFLICT and RETURNING);
/// what differs — connections, how a write transaction excludes other writers, row claiming, full-text
/// search, the clock — is supplied by the engine's subclass.
/// </summary>
public abstract partial class SqlLibraryStore : ILibraryStore
{
    public abstract string Provider { get; }

    protected abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    protected abstract DbConnection Open();

    /// <summary>A transaction that changes the library; one at a time across every process sharing it.</summary>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A short transaction on the queue only; concurrent claimers skip each other's rows.</summary>
    protected abstract Task<DbTransaction> BeginQueueAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A read-only transaction that sees one consistent state throughout.</summary>
    protected abstract DbTransaction BeginSnapshot(DbConnection connection);

    /// <summary>The database's clock in Unix milliseconds, as SQL.</summary>
    protected abstract string Now { get; }

    /// <summary>The row-locking clause of a claim's inner SELECT.</summary>
    protected abstract string SkipLocked { get; }

    /// <summary>A condition on <c>r</c> (library_references) that its words match <paramref name="parameter"/>.</summary>
    protected abstract string TextMatches(string parameter);

    /// <summary>The words of a user's search as the engine's full-text query (every word, as a prefix).</summary>
    protected abstract string TextQuery(IReadOnlyList<string> words);

    protected abstract MigrationRunner Migrations { get; }

    public Task MigrateAsync(CancellationToken cancellationToken = default) => Migrations.ApplyAsync(cancellationToken);

    public abstract ValueTask DisposeAsync();

    static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // Documents

    public async Task<AddedDocument> AddDocumentAsync(NewDocument document, CancellationToken cancellationToken = default)
    {
        string hash = Hash(document.Text);
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(connection, cancellationToken);
        if (await connection.ScalarAsync(tx, "SELECT id FROM documents WHERE content_hash = @hash", cancellationToken, ("hash", hash)) is long existing)
        {
            await tx.CommitAsync(cancellationToken);
            return new AddedDocument(existing, hash, false, null);
        }
        long id = (await connection.ScalarAsync(tx,
            $"INSERT INTO documents (content_hash, name, source_path, text, added_at) VALUES (@hash, @name, @source, @text, {Now}) RETURNING id",
            cancellationToken, ("hash", hash), ("name", document.Name), ("source", document.SourcePath), ("text", document.Text)))!.Value;
        long? superseded = null;
        if (document.SourcePath is not null)
        {
            var older = new List<long>();
            await using (var command = connection.Command(tx, "SELECT id FROM documents WHERE source_path = @source AND id <> @id AND superseded_by IS NULL",
                ("source", document.SourcePath), ("id", id)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                while (await reader.ReadAsync(cancellationToken)) older.Add(reader.GetInt64(0));
            foreach (long old in older)
            {
                await RemoveFromLibraryAsync(connection, tx, old, cancellationToken);
                await connection.ExecuteAsync(tx, "UPDATE documents SET superseded_by = @id, citation_count = 0 WHERE id = @old", cancellationToken, ("id", id), ("old", old));
                await connection.ExecuteAsync(tx, $"UPDATE jobs SET state = 'superseded', owner = NULL, finished_at = {Now} WHERE document_id = @old AND state IN ('pending', 'running')",
                    cancellationToken, ("old", old));
                superseded = old;
            }
            if (older.Count > 0) await BumpRevisionAsync(connection, tx, cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
        return new AddedDocument(id, hash, true, superseded);
    }

    /// <summary>Takes a document's citations out of the library; its references are recomputed at the next consolidation.</summary>
    async Task RemoveFromLibraryAsync(DbConnection connection, DbTransaction tx, long documentId, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(tx, "UPDATE library_references SET dirty = 1 WHERE id IN (SELECT reference_id FROM reference_members WHERE document_id = @d)",
            cancellationToken, ("d", documentId));
        await connection.ExecuteAsync(tx, "DELETE FROM citations WHERE document_id = @d", cancellationToken, ("d", documentId));
        await connection.ExecuteAsync(tx, "DELETE FROM reference_members WHERE document_id = @d", cancellationToken, ("d", documentId));
    }

    static Task BumpRevisionAsync(DbConnection connection, DbTransaction tx, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(tx, "UPDATE library_state SET value = value + 1 WHERE key = 'revision'", cancellationToken);

    const string SummaryColumns = "id, name, content_hash, source_path, added_at, superseded_by, parser_version, parsed_at, parse_count, layout, note_count, citation_count";

    static DocumentSummary ReadSummary(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Name = r.GetString(1),
        ContentHash = r.GetString(2),
        SourcePath = r.String(3),
        AddedAt = r.Time(4)!.Value,
        SupersededBy = r.Long(5),
        ParserVersion = r.String(6),
        ParsedAt = r.Time(7),
        ParseCount = r.Int(8),
        Layout = r.String(9),
        NoteCount = r.Int(10),
        CitationCount = r.Int(11),
    };

    public async Task<StoredDocument?> GetDocumentAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"SELECT {SummaryColumns}, text, warnings FROM documents WHERE id = @id", ("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new StoredDocument(ReadSummary(reader), reader.GetString(12), StorageJson.List(reader.String(13)) ?? []);
    }

    public async Task<DocumentSummary?> FindDocumentAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"SELECT {SummaryColumns} FROM documents WHERE content_hash = @hash", ("hash", contentHash.ToLowerInvariant()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadSummary(reader) : null;
    }

    public async Task<Page<DocumentSummary>> ListDocumentsAsync(long? afterId = null, int limit = 50, CancellationToken cancellationToken = default)
    {
        limit = Math.Clamp(limit, 1, 1000);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"SELECT {SummaryColumns} FROM documents WHERE id > @after ORDER BY id LIMIT @limit",
            ("after", afterId ?? 0L), ("limit", (long)limit + 1));
        var items = new List<DocumentSummary>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) items.Add(ReadSummary(reader));
        return PageOf(items, limit, d => d.Id.ToString());
    }

    static Page<T> PageOf<T>(List<T> items, int limit, Func<T, string> cursor)
    {
        if (items.Count <= limit) return new Page<T>(items, null);
        items.RemoveAt(items.Count - 1);
        return new Page<T>(items, cursor(items[^1]));
    }

    public async Task<IReadOnlyList<StoredNote>> GetNotesAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var citations = new Dictionary<int, List<StoredCitation>>();
        await using (var command = connection.Command(null,
            "SELECT c.note_seq, c.idx, c.reference_id, r.cite_key, c.locator, c.label, c.position, c.refers_to, c.confidence, c.source_start, c.source_end, c.text, c.prefix, c.part " +
            "FROM citations c JOIN library_references r ON r.id = c.reference_id WHERE c.document_id = @d ORDER BY c.note_seq, c.idx", ("d", documentId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
            {
                int seq = reader.Int(0);
                if (!citations.TryGetValue(seq, out var list)) citations[seq] = list = [];
                list.Add(ReadCitation(reader, 1));
            }
        var notes = new List<StoredNote>();
        await using (var command = connection.Command(null,
            "SELECT seq, number, text, first_line, last_line, confidence, flags, error FROM notes WHERE document_id = @d ORDER BY seq", ("d", documentId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
            {
                int seq = reader.Int(0);
                var lines = reader.Long(3) is long first ? new LineSpan((int)first, (int)reader.Long(4)!.Value) : (LineSpan?)null;
                notes.Add(new StoredNote(seq, reader.Int(1), reader.GetString(2), lines, reader.Double(5), StorageJson.List(reader.String(6)),
                    reader.String(7), citations.GetValueOrDefault(seq) ?? (IReadOnlyList<StoredCitation>)[]));
            }
        return notes;
    }

    /// <summary>Reads idx, reference_id, cite_key, locator, label, position, refers_to, confidence, source_start, source_end, text, prefix, part from column <paramref name="at"/>.</summary>
    static StoredCitation ReadCitation(DbDataReader r, int at) => new()
    {
        Index = r.Int(at),
        ReferenceId = r.GetInt64(at + 1),
        CiteKey = r.GetString(at + 2),
        Locator = r.String(at + 3),
        Label = r.String(at + 4),
        Position = Positions.Parse(r.GetString(at + 5)),
        RefersTo = r.String(at + 6),
        Confidence = r.Double(at + 7) ?? 0,
        Source = new TextSpan(r.Int(at + 8), r.Int(at + 9)),
        Text = r.String(at + 10),
        Prefix = r.String(at + 11),
        Part = r.String(at + 12),
    };

    // The watched folder

    public async Task<WatchedFile?> GetWatchedFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT path, size, modified_at, document_id, problem FROM watched_files WHERE path = @path", ("path", path));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new WatchedFile(reader.GetString(0), reader.GetInt64(1), reader.Time(2)!.Value, reader.Long(3), reader.String(4));
    }

    public async Task RecordWatchedFileAsync(WatchedFile file, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null,
            $"INSERT INTO watched_files (path, size, modified_at, document_id, problem, seen_at) VALUES (@path, @size, @modified, @document, @problem, {Now}) " +
            $"ON CONFLICT (path) DO UPDATE SET size = excluded.size, modified_at = excluded.modified_at, document_id = excluded.document_id, problem = excluded.problem, seen_at = excluded.seen_at",
            cancellationToken, ("path", file.Path), ("size", file.Size), ("modified", file.ModifiedAt.ToUnixTimeMilliseconds()),
            ("document", file.DocumentId), ("problem", file.Problem));
    }

    // State

    public async Task<LibraryCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null,
            "SELECT (SELECT count(*) FROM documents WHERE superseded_by IS NULL), (SELECT count(*) FROM notes n JOIN documents d ON d.id = n.document_id WHERE d.superseded_by IS NULL), " +
            "(SELECT count(*) FROM citations), (SELECT count(*) FROM library_references WHERE citation_count > 0), " +
            "(SELECT count(*) FROM jobs WHERE state IN ('pending', 'running')), (SELECT count(*) FROM jobs WHERE state = 'failed'), " +
            "(SELECT value FROM library_state WHERE key = 'revision'), (SELECT value FROM library_state WHERE key = 'exported_revision')");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new LibraryCounts(reader.Int(0), reader.Int(1), reader.Int(2), reader.Int(3), reader.Int(4), reader.Int(5), reader.GetInt64(6), reader.GetInt64(7));
    }

    public async Task MarkExportedAsync(long revision, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // Never backwards: a slower worker's older export does not overwrite the mark of a newer one.
        await connection.ExecuteAsync(null, "UPDATE library_state SET value = @revision WHERE key = 'exported_revision' AND value < @revision",
            cancellationToken, ("revision", revision));
    }
}

/// <summary>Citation positions as stored: the output contract's names.</summary>
static class Positions
{
    public static string Name(Position position) => position switch
    {
        Position.First => "first",
        Position.Subsequent => "subsequent",
        Position.Ibid => "ibid",
        Position.IbidWithLocator => "ibid-with-locator",
        _ => throw new ArgumentOutOfRangeException(nameof(position)),
    };

    public static Position Parse(string name) => name switch
    {
        "first" => Position.First,
        "subsequent" => Position.Subsequent,
        "ibid" => Position.Ibid,
        "ibid-with-locator" => Position.IbidWithLocator,
        _ => throw new InvalidDataException($"unknown citation position '{name}' in the library"),
    };
}
