using System.Data.Common;
using System.Reflection;
using Citations.Storage.Sql;

namespace Citations.Storage.Migrations;

/// <summary>One versioned schema change: <c>Migrations/{Engine}/NNNN_name.sql</c>, embedded in this assembly.</summary>
public sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// Applies the migrations of one engine in version order, each in its own transaction with its row in
/// <c>schema_migrations</c>. Refuses a library written by a newer version rather than misreading it.
/// </summary>
public sealed class MigrationRunner(string engine, Func<CancellationToken, ValueTask<DbConnection>> open,
    Func<DbConnection, CancellationToken, Task<IAsyncDisposable>> exclusive)
{
    public static IReadOnlyList<Migration> For(string engine)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        string prefix = $"Migrations/{engine}/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                string file = n[prefix.Length..^4];
                int underscore = file.IndexOf('_');
                if (underscore <= 0 || !int.TryParse(file[..underscore], out int version))
                    throw new InvalidOperationException($"migration {n} is not named NNNN_name.sql");
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return new Migration(version, file[(underscore + 1)..], reader.ReadToEnd());
            })
            .OrderBy(m => m.Version)
            .ToList();
    }

    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        var migrations = For(engine);
        await using var connection = await open(cancellationToken);
        // Held for the whole run: two workers starting together apply each migration once.
        await using var _ = await exclusive(connection, cancellationToken);
        await connection.ExecuteAsync(null,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)", cancellationToken);
        var applied = new HashSet<long>();
        await using (var command = connection.Command(null, "SELECT version FROM schema_migrations"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) applied.Add(reader.GetInt64(0));
        int newest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (applied.Count > 0 && applied.Max() > newest)
            throw new InvalidOperationException($"the library's schema is at version {applied.Max()}, newer than this program knows ({newest}): update citations");
        int count = 0;
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
        {
            await using var tx = await connection.BeginTransactionAsync(cancellationToken);
            // Checked again inside the transaction: another process may have applied it meanwhile.
            if (await connection.ScalarAsync(tx, "SELECT version FROM schema_migrations WHERE version = @v", cancellationToken, ("v", (long)migration.Version)) is not null)
                continue;
            await connection.ExecuteAsync(tx, migration.Sql, cancellationToken);
            await connection.ExecuteAsync(tx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @t)", cancellationToken,
                ("v", (long)migration.Version), ("n", migration.Name), ("t", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            await tx.CommitAsync(cancellationToken);
            count++;
        }
        return count;
    }
}
