using System.Text.Json;
using System.Text.RegularExpressions;
using Citations.Cli.Commands.Bench;
using Citations.Storage.Tests.Support;

namespace Citations.Storage.Tests;

/// <summary>
/// The real <c>citations worker --once</c> in child processes: killed with <c>kill -9</c> in the middle of a
/// pass, and two at once on one PostgreSQL library.
/// </summary>
public sealed partial class WorkerProcessTests
{
    static readonly Lazy<SeedLibrary> Seeds = new(() => SeedLibrary.FromSeeds(Repo.Seeds));

    static Dictionary<string, string> Environment(string data, string provider = "sqlite", string? connection = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["CITATIONS_DATA"] = data,
            ["Library__Provider"] = provider,
            ["Logging__LogLevel__Default"] = "Debug",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            // These tests are about the store and the pass, not about catalogs on the internet.
            ["Worker__Resolve"] = "false",
        };
        if (connection is not null) environment["Library__ConnectionString"] = connection;
        return environment;
    }

    static readonly TimeSpan Minutes = TimeSpan.FromMinutes(4);

    [GeneratedRegex(@"Parsed document (\d+)")]
    private static partial Regex ParsedLine();

    [Fact]
    public async Task A_pass_killed_with_kill_9_is_finished_by_the_next_with_every_document_once_and_complete_exports()
    {
        using var folder = new TempFolder();
        Seeds.Value.Write(folder.Combine("killed", "inbox"), 40, meanNotes: 60);
        Seeds.Value.Write(folder.Combine("clean", "inbox"), 40, meanNotes: 60);

        using (var worker = new WorkerProcess(Environment(folder.Combine("killed")), "worker", "--once"))
        {
            Assert.True(worker.WaitFor(lines => lines.Count(l => ParsedLine().IsMatch(l)) >= 8, Minutes), "the worker never got 8 documents in:\n" + worker.Output);
            worker.KillHard();
            Assert.DoesNotContain("Pass done", worker.Output);
        }
        await using (var store = await LibraryStores.OpenAsync("sqlite", folder.Combine("killed", "citations.db")))
        {
            var midway = await store.CountAsync();
            Assert.True(midway.PendingJobs > 0, "the pass was not interrupted: nothing was left to do");
            Assert.True(midway.Documents == 40, $"{midway.Documents} documents imported before the kill");
        }

        using (var again = new WorkerProcess(Environment(folder.Combine("killed")), "worker", "--once"))
            Assert.True(again.WaitForExit(Minutes) == 0, again.Output);
        using (var clean = new WorkerProcess(Environment(folder.Combine("clean")), "worker", "--once"))
            Assert.True(clean.WaitForExit(Minutes) == 0, clean.Output);

        await using (var store = await LibraryStores.OpenAsync("sqlite", folder.Combine("killed", "citations.db")))
        {
            var documents = (await store.ListDocumentsAsync(limit: 1000)).Items;
            Assert.Equal(40, documents.Count);
            Assert.Equal(40, documents.Select(d => d.ContentHash).Distinct().Count());
            Assert.All(documents, d => Assert.Equal(1, d.ParseCount));
            var counts = await store.CountAsync();
            Assert.Equal(0, counts.PendingJobs);
            Assert.Equal(documents.Sum(d => d.NoteCount), counts.Notes);
            Assert.Equal(documents.Sum(d => d.CitationCount), counts.Citations);
            Assert.Equal(counts.Revision, counts.ExportedRevision);

            using var json = JsonDocument.Parse(File.ReadAllText(folder.Combine("killed", "exports", "library.json")));
            Assert.Equal(counts.References, json.RootElement.GetArrayLength());
        }
        // The interrupted library ends exactly as one built without interruption: same references, same keys.
        foreach (string file in new[] { "library.json", "library.bib", "library.biblatex.bib", "library.ris" })
            Assert.True(File.ReadAllText(folder.Combine("clean", "exports", file)) == File.ReadAllText(folder.Combine("killed", "exports", file)), $"{file} differs");
        Assert.Empty(Directory.GetFiles(folder.Combine("killed", "exports"), "*.tmp"));
    }

    [PostgresFact]
    public async Task Two_workers_on_one_PostgreSQL_library_process_each_document_exactly_once()
    {
        using var folder = new TempFolder();
        using var database = TestPostgres.CreateDatabase();
        // Enough work (≈ 6,000 notes) that the second worker is up before the first could finish alone.
        Seeds.Value.Write(folder.Combine("inbox"), 80, meanNotes: 80);
        var environment = Environment(folder.Path, "postgres", database.ConnectionString);
        environment["Worker__ClaimBatch"] = "1";
        environment["Worker__ParseConcurrency"] = "1";

        using var first = new WorkerProcess(environment, "worker", "--once");
        using var second = new WorkerProcess(environment, "worker", "--once");
        Assert.True(first.WaitForExit(Minutes) == 0, first.Output);
        Assert.True(second.WaitForExit(Minutes) == 0, second.Output);

        var byFirst = first.Lines.Select(l => ParsedLine().Match(l)).Where(m => m.Success).Select(m => long.Parse(m.Groups[1].Value)).ToList();
        var bySecond = second.Lines.Select(l => ParsedLine().Match(l)).Where(m => m.Success).Select(m => long.Parse(m.Groups[1].Value)).ToList();
        Assert.True(byFirst.Count > 0 && bySecond.Count > 0, $"one worker did all the work: {byFirst.Count} and {bySecond.Count}");
        Assert.Empty(byFirst.Intersect(bySecond));
        Assert.Equal(80, byFirst.Count + bySecond.Count);

        await using var store = await LibraryStores.OpenAsync("postgres", database.ConnectionString);
        var documents = (await store.ListDocumentsAsync(limit: 1000)).Items;
        Assert.Equal(80, documents.Count);
        Assert.All(documents, d => Assert.Equal(1, d.ParseCount));
        var counts = await store.CountAsync();
        Assert.Equal(documents.Sum(d => d.CitationCount), counts.Citations);
        Assert.Equal(0, counts.PendingJobs);
        using var json = JsonDocument.Parse(File.ReadAllText(folder.Combine("exports", "library.json")));
        Assert.Equal(counts.References, json.RootElement.GetArrayLength());
    }
}
