using System.Data.Common;
using Citations.Core.Model;
using Citations.Storage.Merging;

namespace Citations.Storage.Sql;

public abstract partial class SqlLibraryStore
{
    public async Task<int> EnqueueParsesAsync(string parserVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await BeginQueueAsync(connection, cancellationToken);
        int queued = await connection.ExecuteAsync(tx,
            $"INSERT INTO jobs (kind, document_id, parser_version, created_at) " +
            $"SELECT 'parse', id, @version, {Now} FROM documents WHERE superseded_by IS NULL AND (parser_version IS NULL OR parser_version <> @version) ORDER BY id " +
            $"ON CONFLICT (kind, document_id, parser_version) DO NOTHING",
            cancellationToken, ("version", parserVersion));
        await tx.CommitAsync(cancellationToken);
        return queued;
    }

    public async Task<int> ReleaseAbandonedAsync(Func<string, bool> ownerIsGone, int maxAttempts, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var owners = new List<string>();
        await using (var command = connection.Command(null,
            "SELECT DISTINCT owner FROM jobs WHERE state = 'running' UNION SELECT DISTINCT resolve_owner FROM library_references WHERE resolve_owner IS NOT NULL"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                if (reader.String(0) is { } owner && ownerIsGone(owner)) owners.Add(owner);
        int released = 0;
        foreach (string owner in owners)
        {
            await using var tx = await BeginQueueAsync(connection, cancellationToken);
            // A job whose worker died on every attempt is not tried again: the document may be what kills it.
            released += await connection.ExecuteAsync(tx,
                "UPDATE jobs SET state = CASE WHEN attempts >= @max THEN 'failed' ELSE 'pending' END, owner = NULL, lease_until = NULL, " +
                "error = CASE WHEN attempts >= @max THEN 'the worker ended during every attempt' ELSE error END WHERE state = 'running' AND owner = @owner",
                cancellationToken, ("owner", owner), ("max", (long)maxAttempts));
            released += await connection.ExecuteAsync(tx,
                "UPDATE library_references SET resolve_owner = NULL, resolve_lease_until = NULL WHERE resolve_owner = @owner", cancellationToken, ("owner", owner));
            await tx.CommitAsync(cancellationToken);
        }
        return released;
    }

    public async Task<IReadOnlyList<ParseJob>> ClaimParsesAsync(string owner, int max, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await BeginQueueAsync(connection, cancellationToken);
        // Jobs out of attempts whose last lease ran out are failed, not claimed again.
        await connection.ExecuteAsync(tx,
            $"UPDATE jobs SET state = 'failed', owner = NULL, error = COALESCE(error, 'the lease ran out on every attempt') " +
            $"WHERE state = 'running' AND lease_until < {Now} AND attempts >= @max", cancellationToken, ("max", (long)maxAttempts));
        var jobs = new List<ParseJob>();
        await using (var command = connection.Command(tx,
            $"UPDATE jobs SET state = 'running', owner = @owner, lease_until = {Now} + @lease, attempts = attempts + 1 " +
            $"WHERE id IN (SELECT id FROM jobs WHERE kind = 'parse' AND attempts < @max AND (state = 'pending' OR (state = 'running' AND lease_until < {Now})) " +
            $"ORDER BY id LIMIT @n {SkipLocked}) RETURNING id, document_id, attempts, lease_until",
            ("owner", owner), ("lease", (long)lease.TotalMilliseconds), ("max", (long)maxAttempts), ("n", (long)max)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                jobs.Add(new ParseJob(reader.GetInt64(0), reader.GetInt64(1), owner, reader.Int(2), reader.Time(3)!.Value));
        await tx.CommitAsync(cancellationToken);
        jobs.Sort((a, b) => a.Id.CompareTo(b.Id));
        return jobs;
    }

    public async Task RenewLeasesAsync(string owner, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, $"UPDATE jobs SET lease_until = {Now} + @lease WHERE owner = @owner AND state = 'running'",
            cancellationToken, ("owner", owner), ("lease", (long)lease.TotalMilliseconds));
    }

    public async Task FailParseAsync(ParseJob job, string error, int maxAttempts, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null,
            "UPDATE jobs SET state = CASE WHEN attempts >= @max THEN 'failed' ELSE 'pending' END, owner = NULL, lease_until = NULL, error = @error " +
            "WHERE id = @id AND owner = @owner AND state = 'running'",
            cancellationToken, ("id", job.Id), ("owner", job.Owner), ("error", error), ("max", (long)maxAttempts));
    }

    public async Task<ParseCommit> CommitParseAsync(ParseJob job, ExtractionResult result, string parserVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(connection, cancellationToken);
        // The job is finished here, in the same transaction as its results: both or neither.
        int mine = await connection.ExecuteAsync(tx,
            $"UPDATE jobs SET state = 'done', finished_at = {Now}, error = NULL WHERE id = @id AND owner = @owner AND state = 'running'",
            cancellationToken, ("id", job.Id), ("owner", job.Owner));
        if (mine == 0)
        {
            await tx.RollbackAsync(cancellationToken);
            return ParseCommit.LeaseLost;
        }
        if (await connection.ScalarAsync(tx, "SELECT superseded_by FROM documents WHERE id = @d", cancellationToken, ("d", job.DocumentId)) is not null)
        {
            await tx.CommitAsync(cancellationToken);
            return new ParseCommit(true, 0, 0, 0, 0);
        }

        long doc = job.DocumentId;
        await RemoveFromLibraryAsync(connection, tx, doc, cancellationToken);
        await connection.ExecuteAsync(tx, "DELETE FROM notes WHERE document_id = @d", cancellationToken, ("d", doc));
        await InsertNotesAsync(connection, tx, doc, result.Notes, cancellationToken);

        await using var members = await MemberWriter.CreateAsync(this, connection, tx, doc, cancellationToken);
        int ordinal = 0;
        foreach (var item in result.References)
            await members.AttachAsync(item, ++ordinal, cancellationToken);
        int citationCount = await InsertCitationsAsync(connection, tx, doc, result.Notes, members, cancellationToken);
        await members.MarkTouchedAsync(cancellationToken);

        await connection.ExecuteAsync(tx,
            $"UPDATE documents SET parser_version = @version, parsed_at = {Now}, parse_count = parse_count + 1, layout = @layout, " +
            $"note_count = @notes, citation_count = @citations, warnings = @warnings WHERE id = @d",
            cancellationToken, ("version", parserVersion), ("layout", result.Document.Layout), ("notes", (long)result.Notes.Count),
            ("citations", (long)citationCount), ("warnings", StorageJson.List(result.Document.Warnings)), ("d", doc));
        await BumpRevisionAsync(connection, tx, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new ParseCommit(true, result.Notes.Count, citationCount, members.Created, members.Merged);
    }

    static async Task InsertNotesAsync(DbConnection connection, DbTransaction tx, long doc, IReadOnlyList<ParsedNote> notes, CancellationToken cancellationToken)
    {
        await using var insert = connection.Command(tx,
            "INSERT INTO notes (document_id, seq, number, text, first_line, last_line, confidence, flags, error) VALUES (@d, @seq, @number, @text, @first, @last, @confidence, @flags, @error)",
            ("d", doc), ("seq", 0L), ("number", 0L), ("text", ""), ("first", null), ("last", null), ("confidence", null), ("flags", null), ("error", null));
        for (int seq = 0; seq < notes.Count; seq++)
        {
            var note = notes[seq];
            insert.Set("seq", (long)seq + 1);
            insert.Set("number", (long)note.Number);
            insert.Set("text", note.Text);
            insert.Set("first", note.Lines is { } lines ? (long)lines.First : null);
            insert.Set("last", note.Lines is { } l ? (long)l.Last : null);
            insert.Set("confidence", note.Confidence);
            insert.Set("flags", StorageJson.List(note.Flags));
            insert.Set("error", note.Error);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    static async Task<int> InsertCitationsAsync(DbConnection connection, DbTransaction tx, long doc, IReadOnlyList<ParsedNote> notes, MemberWriter members, CancellationToken cancellationToken)
    {
        await using var insert = connection.Command(tx,
            "INSERT INTO citations (document_id, note_seq, idx, reference_id, locator, label, position, refers_to, confidence, source_start, source_end, text, prefix, part) " +
            "VALUES (@d, @seq, @idx, @reference, @locator, @label, @position, @refers, @confidence, @start, @end, @text, @prefix, @part)",
            ("d", doc), ("seq", 0L), ("idx", 0L), ("reference", 0L), ("locator", null), ("label", null), ("position", ""), ("refers", null),
            ("confidence", 0.0), ("start", 0L), ("end", 0L), ("text", null), ("prefix", null), ("part", null));
        int count = 0;
        for (int seq = 0; seq < notes.Count; seq++)
        {
            var citations = notes[seq].Citations;
            for (int i = 0; i < citations.Count; i++)
            {
                var c = citations[i];
                long reference = await members.ReferenceOfAsync(c.Item, cancellationToken);
                insert.Set("seq", (long)seq + 1);
                insert.Set("idx", (long)i + 1);
                insert.Set("reference", reference);
                insert.Set("locator", c.Locator);
                insert.Set("label", c.Label);
                insert.Set("position", Positions.Name(c.Position));
                insert.Set("refers", c.RefersTo?.ToString());
                insert.Set("confidence", c.Confidence);
                insert.Set("start", (long)c.Source.Start);
                insert.Set("end", (long)c.Source.End);
                insert.Set("text", c.Text);
                insert.Set("prefix", c.Prefix);
                insert.Set("part", c.Part);
                await insert.ExecuteNonQueryAsync(cancellationToken);
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// Joins a document's references to the library: a reference the user split off stays where the split
    /// put it, one whose identity is known joins that reference, a new one gets a reference and a cite key.
    /// Its statements are prepared once per document: a commit runs hundreds of them.
    /// </summary>
    sealed class MemberWriter : IAsyncDisposable
    {
        readonly SqlLibraryStore _store;
        readonly DbConnection _connection;
        readonly DbTransaction _tx;
        readonly long _document;
        readonly Dictionary<string, long> _byLocalKey = new(StringComparer.Ordinal);
        readonly Dictionary<string, long> _pins = new(StringComparer.Ordinal);
        readonly HashSet<long> _touched = [];
        readonly DbCommand _identity, _insert;
        int _extraOrdinal = 100_000;

        MemberWriter(SqlLibraryStore store, DbConnection connection, DbTransaction tx, long document)
        {
            (_store, _connection, _tx, _document) = (store, connection, tx, document);
            _identity = connection.Command(tx, "SELECT reference_id FROM identities WHERE identity_key = @k", ("k", ""));
            _insert = connection.Command(tx,
                "INSERT INTO reference_members (document_id, local_key, ordinal, reference_id, identity_key, rule, item) VALUES (@d, @local, @ordinal, @r, @k, @rule, @item)",
                ("d", document), ("local", ""), ("ordinal", 0L), ("r", 0L), ("k", ""), ("rule", ""), ("item", ""));
        }

        public static async Task<MemberWriter> CreateAsync(SqlLibraryStore store, DbConnection connection, DbTransaction tx, long document, CancellationToken cancellationToken)
        {
            var writer = new MemberWriter(store, connection, tx, document);
            await using var pins = connection.Command(tx, "SELECT identity_key, reference_id FROM reference_pins WHERE document_id = @d", ("d", document));
            await using var reader = await pins.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) writer._pins[reader.GetString(0)] = reader.GetInt64(1);
            return writer;
        }

        public int Created { get; private set; }
        public int Merged { get; private set; }

        public async Task<long> ReferenceOfAsync(CslItem item, CancellationToken cancellationToken) =>
            _byLocalKey.TryGetValue(item.Id, out long reference) ? reference : await AttachAsync(item, ++_extraOrdinal, cancellationToken);

        public async Task<long> AttachAsync(CslItem item, int ordinal, CancellationToken cancellationToken)
        {
            string identity = ReferenceMerger.IdentityKey(item);
            var rule = MergeRule.Split;
            long? reference = _pins.TryGetValue(identity, out long pinned) ? pinned : null;
            if (reference is null)
            {
                rule = MergeRule.SameIdentity;
                _identity.Set("k", identity);
                reference = await _identity.ExecuteScalarAsync(cancellationToken) is { } found and not DBNull ? Convert.ToInt64(found) : null;
            }
            if (reference is null)
            {
                rule = MergeRule.Created;
                reference = await _store.CreateReferenceAsync(_connection, _tx, item, identity, cancellationToken);
                await _connection.ExecuteAsync(_tx, "INSERT INTO identities (identity_key, reference_id) VALUES (@k, @r)", cancellationToken, ("k", identity), ("r", reference));
                Created++;
            }
            else
            {
                _touched.Add(reference.Value);
                Merged++;
            }
            _insert.Set("local", item.Id.Length > 0 ? item.Id : $"#{ordinal}");
            _insert.Set("ordinal", (long)ordinal);
            _insert.Set("r", reference.Value);
            _insert.Set("k", identity);
            _insert.Set("rule", RuleName(rule));
            _insert.Set("item", StorageJson.Item(item));
            await _insert.ExecuteNonQueryAsync(cancellationToken);
            _byLocalKey[item.Id] = reference.Value;
            return reference.Value;
        }

        /// <summary>Marks the references this document joined for recomputation, each once.</summary>
        public async Task MarkTouchedAsync(CancellationToken cancellationToken)
        {
            await using var dirty = _connection.Command(_tx, "UPDATE library_references SET dirty = 1 WHERE id = @r AND dirty = 0", ("r", 0L));
            foreach (long id in _touched)
            {
                dirty.Set("r", id);
                await dirty.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _identity.DisposeAsync();
            await _insert.DisposeAsync();
        }
    }

    static string RuleName(MergeRule rule) => rule switch
    {
        MergeRule.Created => "created",
        MergeRule.SameIdentity => "same-identity",
        MergeRule.Split => "split",
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    static MergeRule ParseRule(string name) => name switch
    {
        "created" => MergeRule.Created,
        "same-identity" => MergeRule.SameIdentity,
        "split" => MergeRule.Split,
        _ => throw new InvalidDataException($"unknown merge rule '{name}' in the library"),
    };

    /// <summary>A new library reference for <paramref name="item"/>, with the first cite key free from its base.</summary>
    async Task<long> CreateReferenceAsync(DbConnection connection, DbTransaction tx, CslItem item, string identity, CancellationToken cancellationToken)
    {
        string baseKey = CiteKeyAllocator.BaseKey(item);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        // Keys are lower-case ASCII letters and digits: every key starting with the base sorts before base + '{'.
        await using (var command = connection.Command(tx, "SELECT cite_key FROM library_references WHERE cite_key >= @base AND cite_key < @end",
            ("base", baseKey), ("end", baseKey + "{")))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) taken.Add(reader.GetString(0));
        string key = CiteKeyAllocator.Next(baseKey, taken);
        var keyed = ReferenceMerger.WithKey(item, key);
        return (await connection.ScalarAsync(tx,
            $"INSERT INTO library_references (cite_key, identity_key, type, title, year, archive, search_text, item, dirty, created_at, updated_at) " +
            $"VALUES (@key, @identity, @type, @title, @year, @archive, @search, @item, 1, {Now}, {Now}) RETURNING id",
            cancellationToken, ("key", key), ("identity", identity), ("type", keyed.Type), ("title", keyed.Title), ("year", (long?)keyed.Issued?.Year),
            ("archive", SearchText.Archive(keyed)), ("search", SearchText.Of(keyed)), ("item", StorageJson.Item(keyed))))!.Value;
    }
}
