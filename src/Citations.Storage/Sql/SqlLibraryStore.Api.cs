namespace Citations.Storage.Sql;

/// <summary>What the HTTP API needs of the library beyond the worker's: parsing one document at once, idempotency keys.</summary>
public abstract partial class SqlLibraryStore
{
    public async Task<long> GetRevisionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.ScalarAsync(null, "SELECT value FROM library_state WHERE key = 'revision'", cancellationToken))!.Value;
    }

    public async Task<ParseJob?> ClaimDocumentParseAsync(long documentId, string parserVersion, string owner, TimeSpan lease, int maxAttempts,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await BeginQueueAsync(connection, cancellationToken);
        // The same job row a worker's EnqueueParsesAsync would make, so a worker and the API never both parse it.
        await connection.ExecuteAsync(tx,
            $"INSERT INTO jobs (kind, document_id, parser_version, created_at) " +
            $"SELECT 'parse', id, @version, {Now} FROM documents WHERE id = @d AND superseded_by IS NULL AND (parser_version IS NULL OR parser_version <> @version) " +
            $"ON CONFLICT (kind, document_id, parser_version) DO NOTHING",
            cancellationToken, ("d", documentId), ("version", parserVersion));
        ParseJob? job = null;
        await using (var command = connection.Command(tx,
            $"UPDATE jobs SET state = 'running', owner = @owner, lease_until = {Now} + @lease, attempts = attempts + 1 " +
            $"WHERE kind = 'parse' AND document_id = @d AND parser_version = @version AND attempts < @max " +
            $"AND (state = 'pending' OR (state = 'running' AND lease_until < {Now})) " +
            $"AND document_id IN (SELECT id FROM documents WHERE superseded_by IS NULL AND (parser_version IS NULL OR parser_version <> @version)) " +
            $"RETURNING id, document_id, attempts, lease_until",
            ("owner", owner), ("lease", (long)lease.TotalMilliseconds), ("d", documentId), ("version", parserVersion), ("max", (long)maxAttempts)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            if (await reader.ReadAsync(cancellationToken))
                job = new ParseJob(reader.GetInt64(0), reader.GetInt64(1), owner, reader.Int(2), reader.Time(3)!.Value);
        await tx.CommitAsync(cancellationToken);
        return job;
    }

    // Idempotency keys

    public async Task<IdempotencyClaim> BeginIdempotentAsync(IdempotentRequest request, TimeSpan abandonedAfter, CancellationToken cancellationToken = default)
    {
        string owner = Guid.NewGuid().ToString("N");
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await BeginQueueAsync(connection, cancellationToken);
        int inserted = await connection.ExecuteAsync(tx,
            $"INSERT INTO idempotency_keys (scope, key, fingerprint, owner, created_at) VALUES (@scope, @key, @fingerprint, @owner, {Now}) " +
            "ON CONFLICT (scope, key) DO NOTHING",
            cancellationToken, ("scope", request.Scope), ("key", request.Key), ("fingerprint", request.Fingerprint), ("owner", owner));
        if (inserted == 1)
        {
            await tx.CommitAsync(cancellationToken);
            return new IdempotencyClaim(IdempotencyState.Started, owner);
        }
        string fingerprint, holder;
        IdempotentResponse? response = null;
        bool abandoned;
        await using (var command = connection.Command(tx,
            $"SELECT fingerprint, owner, status, content_type, location, body, CASE WHEN created_at < {Now} - @abandoned THEN 1 ELSE 0 END " +
            "FROM idempotency_keys WHERE scope = @scope AND key = @key",
            ("scope", request.Scope), ("key", request.Key), ("abandoned", (long)abandonedAfter.TotalMilliseconds)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
                throw new InvalidOperationException("an idempotency key was neither inserted nor found");
            (fingerprint, holder) = (reader.GetString(0), reader.GetString(1));
            if (!reader.IsDBNull(2))
                response = new IdempotentResponse(reader.Int(2), reader.String(3), reader.String(4), reader.IsDBNull(5) ? [] : (byte[])reader.GetValue(5));
            abandoned = reader.Int(6) == 1;
        }
        IdempotencyClaim claim;
        if (fingerprint != request.Fingerprint) claim = new IdempotencyClaim(IdempotencyState.Mismatch, holder);
        else if (response is not null) claim = new IdempotencyClaim(IdempotencyState.Completed, holder, response);
        else if (abandoned && await connection.ExecuteAsync(tx,
                     $"UPDATE idempotency_keys SET owner = @owner, created_at = {Now} WHERE scope = @scope AND key = @key AND owner = @holder AND status IS NULL",
                     cancellationToken, ("owner", owner), ("scope", request.Scope), ("key", request.Key), ("holder", holder)) == 1)
            claim = new IdempotencyClaim(IdempotencyState.Started, owner);
        else claim = new IdempotencyClaim(IdempotencyState.InProgress, holder);
        await tx.CommitAsync(cancellationToken);
        return claim;
    }

    public async Task CompleteIdempotentAsync(IdempotentRequest request, string owner, IdempotentResponse response, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null,
            $"UPDATE idempotency_keys SET status = @status, content_type = @type, location = @location, body = @body, completed_at = {Now} " +
            "WHERE scope = @scope AND key = @key AND owner = @owner AND status IS NULL",
            cancellationToken, ("status", (long)response.Status), ("type", response.ContentType), ("location", response.Location), ("body", response.Body),
            ("scope", request.Scope), ("key", request.Key), ("owner", owner));
    }

    public async Task AbandonIdempotentAsync(IdempotentRequest request, string owner, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, "DELETE FROM idempotency_keys WHERE scope = @scope AND key = @key AND owner = @owner AND status IS NULL",
            cancellationToken, ("scope", request.Scope), ("key", request.Key), ("owner", owner));
    }

    public async Task<int> PurgeIdempotencyAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "DELETE FROM idempotency_keys WHERE created_at < @before",
            cancellationToken, ("before", before.ToUnixTimeMilliseconds()));
    }
}
