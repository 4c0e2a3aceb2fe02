using Citations.Storage.Postgres;
using Citations.Storage.Tests.Support;
using Npgsql;

namespace Citations.Storage.Tests;

/// <summary>The store contract on a real PostgreSQL server (.ci/install-postgres.sh), one new database per test.</summary>
public sealed class PostgresStoreTests : StoreContract, IDisposable
{
    readonly Lazy<TestDatabase> _database = new(TestPostgres.CreateDatabase);

    protected override async Task<ILibraryStore> NewStoreAsync() => await LibraryStores.OpenAsync("postgres", _database.Value.ConnectionString);

    protected override ILibraryStore Reopen() => new PostgresLibraryStore(_database.Value.ConnectionString);

    protected override async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.Value.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        if (_database.IsValueCreated) _database.Value.Dispose();
    }

    [PostgresFact] public Task Migrations_apply_once_and_the_raw_text_is_kept() => Migrations_apply_once_and_the_raw_text_is_kept_byte_for_byte();
    [PostgresFact] public Task Same_work_in_two_documents_is_one_reference() => The_same_work_cited_in_two_documents_is_one_reference_with_all_its_citations();
    [PostgresFact] public Task Cite_keys_are_stable() => Cite_keys_stay_the_same_when_every_document_is_parsed_again();
    [PostgresFact] public Task Splits_are_kept() => A_split_is_kept_when_the_documents_are_parsed_again();
    [PostgresFact] public Task Search_and_paging() => References_are_found_by_words_type_year_and_archive_a_page_at_a_time();
    [PostgresFact] public Task Lost_lease_commits_nothing() => A_worker_whose_lease_ran_out_commits_nothing();
    [PostgresFact] public Task New_file_version_supersedes() => A_new_version_of_a_file_replaces_the_old_one_and_keeps_its_text();
}
