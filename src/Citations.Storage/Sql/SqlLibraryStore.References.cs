using System.Data.Common;
using System.Text;
using Citations.Core.Model;
using Citations.Storage.Merging;

namespace Citations.Storage.Sql;

public abstract partial class SqlLibraryStore
{
    const string ReferenceColumns = "r.id, r.cite_key, r.identity_key, r.item, r.citation_count, r.document_count, r.resolution_checked_at, r.resolution_status";

    static StoredReference ReadReference(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        CiteKey = r.GetString(1),
        IdentityKey = r.GetString(2),
        Item = StorageJson.Item(r.GetString(3)),
        CitationCount = r.Int(4),
        DocumentCount = r.Int(5),
        ResolutionCheckedAt = r.Time(6),
        ResolutionStatus = r.String(7),
    };

    async Task<List<StoredReference>> ReferencesAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var list = new List<StoredReference>();
        await using var command = connection.Command(tx, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) list.Add(ReadReference(reader));
        return list;
    }

    public async Task<StoredReference?> GetReferenceAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await ReferencesAsync(connection, null, $"SELECT {ReferenceColumns} FROM library_references r WHERE r.id = @id", cancellationToken, ("id", id))).FirstOrDefault();
    }

    public async Task<StoredReference?> FindReferenceAsync(string citeKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await ReferencesAsync(connection, null, $"SELECT {ReferenceColumns} FROM library_references r WHERE r.cite_key = @key", cancellationToken, ("key", citeKey))).FirstOrDefault();
    }

    public async Task<Page<StoredReference>> SearchReferencesAsync(ReferenceQuery query, CancellationToken cancellationToken = default)
    {
        int limit = Math.Clamp(query.Limit, 1, 1000);
        var sql = new StringBuilder($"SELECT {ReferenceColumns} FROM library_references r WHERE r.citation_count > 0");
        var parameters = new List<(string, object?)> { ("limit", (long)limit + 1) };
        if (!string.IsNullOrWhiteSpace(query.Type)) { sql.Append(" AND r.type = @type"); parameters.Add(("type", query.Type.Trim())); }
        if (query.Year is int year) { sql.Append(" AND r.year = @year"); parameters.Add(("year", (long)year)); }
        if (!string.IsNullOrWhiteSpace(query.Archive)) { sql.Append(" AND lower(r.archive) = lower(@archive)"); parameters.Add(("archive", query.Archive.Trim())); }
        if (query.After is not null) { sql.Append(" AND r.cite_key > @after"); parameters.Add(("after", query.After)); }
        if (SearchWords(query.Text) is { Count: > 0 } words)
        {
            sql.Append(" AND ").Append(TextMatches("@text"));
            parameters.Add(("text", TextQuery(words)));
        }
        sql.Append(" ORDER BY r.cite_key LIMIT @limit");
        await using var connection = await OpenAsync(cancellationToken);
        var items = await ReferencesAsync(connection, null, sql.ToString(), cancellationToken, [.. parameters]);
        return PageOf(items, limit, r => r.CiteKey);
    }

    /// <summary>The letters-and-digits words of a search, which no full-text syntax can misread.</summary>
    static IReadOnlyList<string> SearchWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in text + " ")
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        return words;
    }

    public async Task<IReadOnlyList<StoredReference>> GetDocumentReferencesAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReferencesAsync(connection, null,
            $"SELECT {ReferenceColumns} FROM library_references r WHERE r.id IN (SELECT reference_id FROM reference_members WHERE document_id = @d) ORDER BY r.cite_key",
            cancellationToken, ("d", documentId));
    }

    public async Task<IReadOnlyList<ReferenceMember>> GetMembersAsync(long referenceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await MembersAsync(connection, null, referenceId, cancellationToken);
    }

    static async Task<List<ReferenceMember>> MembersAsync(DbConnection connection, DbTransaction? tx, long referenceId, CancellationToken cancellationToken)
    {
        var members = new List<ReferenceMember>();
        await using var command = connection.Command(tx,
            "SELECT m.document_id, d.name, m.local_key, m.identity_key, m.rule, m.item FROM reference_members m JOIN documents d ON d.id = m.document_id " +
            "WHERE m.reference_id = @r ORDER BY m.document_id, m.ordinal", ("r", referenceId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            members.Add(new ReferenceMember(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                ParseRule(reader.GetString(4)), StorageJson.Item(reader.GetString(5))));
        return members;
    }

    public async Task<IReadOnlyList<ReferenceCitation>> GetCitationsAsync(long referenceId, int limit = 1000, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var list = new List<ReferenceCitation>();
        await using var command = connection.Command(null,
            "SELECT c.document_id, d.name, n.number, c.idx, c.reference_id, r.cite_key, c.locator, c.label, c.position, c.refers_to, c.confidence, c.source_start, c.source_end, c.text, c.prefix, c.part " +
            "FROM citations c JOIN documents d ON d.id = c.document_id JOIN notes n ON n.document_id = c.document_id AND n.seq = c.note_seq " +
            "JOIN library_references r ON r.id = c.reference_id WHERE c.reference_id = @r ORDER BY c.document_id, c.note_seq, c.idx LIMIT @limit",
            ("r", referenceId), ("limit", (long)limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            list.Add(new ReferenceCitation(reader.GetInt64(0), reader.GetString(1), reader.Int(2), ReadCitation(reader, 3)));
        return list;
    }

    public IEnumerable<CslItem> ReadExportItems(Action<long>? revision = null)
    {
        using var connection = Open();
        using var tx = BeginSnapshot(connection);
        using (var command = connection.Command(tx, "SELECT value FROM library_state WHERE key = 'revision'"))
            revision?.Invoke(Convert.ToInt64(command.ExecuteScalar()));
        using var items = connection.Command(tx, "SELECT item FROM library_references WHERE citation_count > 0 ORDER BY cite_key");
        using var reader = items.ExecuteReader();
        while (reader.Read()) yield return StorageJson.Item(reader.GetString(0));
    }

    public async Task<int> ConsolidateAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(connection, cancellationToken);
        var dirty = new List<long>();
        await using (var command = connection.Command(tx, "SELECT id FROM library_references WHERE dirty = 1 ORDER BY id LIMIT @n", ("n", (long)max)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) dirty.Add(reader.GetInt64(0));
        bool changed = false;
        foreach (long id in dirty) changed |= await RecomputeAsync(connection, tx, id, cancellationToken);
        if (changed) await BumpRevisionAsync(connection, tx, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return dirty.Count;
    }

    /// <summary>A reference's item and counts from its members now; true when anything an export shows changed.</summary>
    async Task<bool> RecomputeAsync(DbConnection connection, DbTransaction tx, long id, CancellationToken cancellationToken)
    {
        string key, oldItem, oldSearch;
        string? resolved;
        long oldCitations;
        await using (var command = connection.Command(tx, "SELECT cite_key, item, search_text, resolved_item, citation_count FROM library_references WHERE id = @id", ("id", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken)) return false;
            (key, oldItem, oldSearch, resolved, oldCitations) = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.String(3), reader.GetInt64(4));
        }
        var items = new List<CslItem>();
        await using (var command = connection.Command(tx, "SELECT item FROM reference_members WHERE reference_id = @id ORDER BY document_id, ordinal", ("id", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) items.Add(StorageJson.Item(reader.GetString(0)));
        long citations = (await connection.ScalarAsync(tx, "SELECT count(*) FROM citations WHERE reference_id = @id", cancellationToken, ("id", id)))!.Value;
        long documents = (await connection.ScalarAsync(tx, "SELECT count(DISTINCT document_id) FROM reference_members WHERE reference_id = @id", cancellationToken, ("id", id)))!.Value;
        if (items.Count == 0)
        {
            // No document cites it any more: it leaves the exports but keeps its key for when one does again.
            await connection.ExecuteAsync(tx, $"UPDATE library_references SET dirty = 0, citation_count = 0, document_count = 0, updated_at = {Now} WHERE id = @id",
                cancellationToken, ("id", id));
            return oldCitations > 0;
        }
        var item = ReferenceMerger.Overlay(resolved is null ? null : StorageJson.Item(resolved), ReferenceMerger.Combine(items, key));
        string json = StorageJson.Item(item), search = SearchText.Of(item);
        bool itemChanged = json != oldItem;
        await connection.ExecuteAsync(tx,
            (search == oldSearch ? "UPDATE library_references SET " : "UPDATE library_references SET search_text = @search, ") +
            $"item = @item, type = @type, title = @title, year = @year, archive = @archive, citation_count = @citations, document_count = @documents, dirty = 0" +
            (itemChanged ? $", updated_at = {Now}" : "") + " WHERE id = @id",
            cancellationToken, ("search", search), ("item", json), ("type", item.Type), ("title", item.Title), ("year", (long?)item.Issued?.Year),
            ("archive", SearchText.Archive(item)), ("citations", citations), ("documents", documents), ("id", id));
        return itemChanged || citations != oldCitations;
    }

    public async Task<SplitOutcome> SplitAsync(long referenceId, IReadOnlyCollection<long> documentIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(connection, cancellationToken);
        var members = await MembersAsync(connection, tx, referenceId, cancellationToken);
        if (members.Count == 0) throw new ArgumentException($"reference {referenceId} does not exist or no document cites it");
        var taken = documentIds.ToHashSet();
        foreach (long d in taken)
            if (!members.Any(m => m.DocumentId == d))
                throw new ArgumentException($"document {d} does not cite this reference (cited by {string.Join(", ", members.Select(m => m.DocumentId).Distinct())})");
        var moving = members.Where(m => taken.Contains(m.DocumentId)).ToList();
        if (moving.Count == members.Count)
            throw new ArgumentException("every document citing this reference was named: a split must leave at least one behind");

        long splitOff = await CreateReferenceAsync(connection, tx, moving[0].Item, moving[0].IdentityKey, cancellationToken);
        foreach (long d in taken)
        {
            await connection.ExecuteAsync(tx, "UPDATE reference_members SET reference_id = @new, rule = 'split' WHERE reference_id = @old AND document_id = @d",
                cancellationToken, ("new", splitOff), ("old", referenceId), ("d", d));
            await connection.ExecuteAsync(tx, "UPDATE citations SET reference_id = @new WHERE reference_id = @old AND document_id = @d",
                cancellationToken, ("new", splitOff), ("old", referenceId), ("d", d));
        }
        // Remembered, so that parsing these documents again (a new parser version) keeps the split.
        foreach (var (d, identity) in moving.Select(m => (m.DocumentId, m.IdentityKey)).Distinct())
            await connection.ExecuteAsync(tx,
                $"INSERT INTO reference_pins (document_id, identity_key, reference_id, created_at) VALUES (@d, @k, @r, {Now}) " +
                "ON CONFLICT (document_id, identity_key) DO UPDATE SET reference_id = excluded.reference_id, created_at = excluded.created_at",
                cancellationToken, ("d", d), ("k", identity), ("r", splitOff));
        await RecomputeAsync(connection, tx, referenceId, cancellationToken);
        await RecomputeAsync(connection, tx, splitOff, cancellationToken);
        await BumpRevisionAsync(connection, tx, cancellationToken);
        var both = await ReferencesAsync(connection, tx, $"SELECT {ReferenceColumns} FROM library_references r WHERE r.id IN (@a, @b)",
            cancellationToken, ("a", referenceId), ("b", splitOff));
        await tx.CommitAsync(cancellationToken);
        return new SplitOutcome(both.Single(r => r.Id == referenceId), both.Single(r => r.Id == splitOff));
    }

    public async Task<IReadOnlyList<ResolutionClaim>> ClaimResolutionsAsync(string owner, DateTimeOffset checkedBefore, long afterId, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(connection, cancellationToken);
        var claims = new List<ResolutionClaim>();
        await using (var command = connection.Command(tx,
            $"UPDATE library_references SET resolve_owner = @owner, resolve_lease_until = {Now} + @lease WHERE id IN (" +
            $"SELECT id FROM library_references WHERE id > @after AND citation_count > 0 AND dirty = 0 AND (resolution_checked_at IS NULL OR resolution_checked_at < @before) " +
            $"AND (resolve_owner IS NULL OR resolve_lease_until < {Now}) ORDER BY id LIMIT @n {SkipLocked}) RETURNING id, item",
            ("owner", owner), ("lease", (long)lease.TotalMilliseconds), ("before", checkedBefore.ToUnixTimeMilliseconds()), ("after", afterId), ("n", (long)max)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) claims.Add(new ResolutionClaim(reader.GetInt64(0), StorageJson.Item(reader.GetString(1))));
        await tx.CommitAsync(cancellationToken);
        claims.Sort((a, b) => a.ReferenceId.CompareTo(b.ReferenceId));
        return claims;
    }

    public async Task SaveResolutionsAsync(string owner, IReadOnlyList<ResolutionResult> results, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(connection, cancellationToken);
        bool changed = false;
        foreach (var result in results)
        {
            if (result.ResolvedItem is null)
            {
                // Unavailable leaves the check time alone: the reference is due again at the next pass.
                await connection.ExecuteAsync(tx,
                    $"UPDATE library_references SET resolve_owner = NULL, resolve_lease_until = NULL, resolution_status = @status" +
                    (result.CheckedAt is null ? "" : ", resolution_checked_at = @checked") + " WHERE id = @id AND resolve_owner = @owner",
                    cancellationToken, ("status", result.Status), ("checked", result.CheckedAt?.ToUnixTimeMilliseconds()), ("id", result.ReferenceId), ("owner", owner));
                continue;
            }
            string? current = null;
            await using (var command = connection.Command(tx, "SELECT item FROM library_references WHERE id = @id AND resolve_owner = @owner", ("id", result.ReferenceId), ("owner", owner)))
                current = await command.ExecuteScalarAsync(cancellationToken) as string;
            if (current is null) continue;
            var merged = StorageJson.Item(current);
            var item = ReferenceMerger.Overlay(result.ResolvedItem, merged);
            await connection.ExecuteAsync(tx,
                $"UPDATE library_references SET resolved_item = @resolved, item = @item, search_text = @search, resolution_status = @status, resolution_checked_at = @checked, " +
                $"resolve_owner = NULL, resolve_lease_until = NULL, updated_at = {Now} WHERE id = @id",
                cancellationToken, ("resolved", StorageJson.Item(result.ResolvedItem)), ("item", StorageJson.Item(item)), ("search", SearchText.Of(item)),
                ("status", result.Status), ("checked", (result.CheckedAt ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds()), ("id", result.ReferenceId));
            changed = true;
        }
        if (changed) await BumpRevisionAsync(connection, tx, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }
}
