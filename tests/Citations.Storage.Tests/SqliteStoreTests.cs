using Citations.Storage.Sqlite;
using Citations.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Citations.Storage.Tests;

/// <summary>The store contract on a real SQLite file.</summary>
public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    readonly TempFolder _folder = new();
    string DatabasePath => _folder.Combine("library", "citations.db");

    protected override async Task<ILibraryStore> NewStoreAsync() => await LibraryStores.OpenAsync("sqlite", DatabasePath);

    protected override ILibraryStore Reopen() => new SqliteLibraryStore(DatabasePath);

    protected override async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact] public Task Migrations_apply_once_and_the_raw_text_is_kept() => Migrations_apply_once_and_the_raw_text_is_kept_byte_for_byte();
    [Fact] public Task Same_work_in_two_documents_is_one_reference() => The_same_work_cited_in_two_documents_is_one_reference_with_all_its_citations();
    [Fact] public Task Cite_keys_are_stable() => Cite_keys_stay_the_same_when_every_document_is_parsed_again();
    [Fact] public Task Splits_are_kept() => A_split_is_kept_when_the_documents_are_parsed_again();
    [Fact] public Task Search_and_paging() => References_are_found_by_words_type_year_and_archive_a_page_at_a_time();
    [Fact] public Task Lost_lease_commits_nothing() => A_worker_whose_lease_ran_out_commits_nothing();
    [Fact] public Task New_file_version_supersedes() => A_new_version_of_a_file_replaces_the_old_one_and_keeps_its_text();
}
