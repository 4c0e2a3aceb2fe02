using System.Text;
using System.Text.Json;
using Citations.Storage.Tests.Support;
using Citations.Worker;
using Citations.Worker.Schedule;

namespace Citations.Storage.Tests;

/// <summary>The worker's pass in this process, on a real SQLite file and a real watched folder.</summary>
public sealed class PassTests : IDisposable
{
    readonly TempFolder _folder = new();

    string Inbox => _folder.Combine("inbox");
    string Exports => _folder.Combine("exports");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Bad_files_in_the_watched_folder_are_reported_and_skipped_and_the_pass_goes_on()
    {
        Directory.CreateDirectory(Inbox);
        File.Copy(Repo.Seed("004"), Path.Combine(Inbox, "essay.txt"));
        File.WriteAllBytes(Path.Combine(Inbox, "scan.pdf"), [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]);
        File.WriteAllBytes(Path.Combine(Inbox, "empty.txt"), []);
        File.WriteAllText(Path.Combine(Inbox, "huge.txt"), new string('x', 150_000));
        File.WriteAllBytes(Path.Combine(Inbox, "latin1.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 society, Pravda, 1943.\n"));
        File.CreateSymbolicLink(Path.Combine(Inbox, "moved.txt"), Path.Combine(_folder.Path, "gone.txt"));
        string locked = Path.Combine(Inbox, "locked.txt");
        File.Copy(Repo.Seed("000"), locked);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(locked, UnixFileMode.None);
        // root reads any file: the permission case can only fail to read for another user.
        bool locksHold = !OperatingSystem.IsWindows() && !string.Equals(System.Environment.UserName, "root", StringComparison.Ordinal);

        await using var store = await LibraryStores.OpenAsync("sqlite", _folder.Combine("citations.db"));
        var summary = await Libraries.Pass(store, _folder.Path, new WorkerOptions { MaxDocumentBytes = 100_000 }).RunAsync();

        var problems = summary.Import.Problems.ToDictionary(p => p.Path, p => p.Problem);
        Assert.Contains("NUL byte at offset 4", problems["scan.pdf"]);
        Assert.Equal("empty file", problems["empty.txt"]);
        Assert.Contains("150,000 bytes, over the limit of 100,000", problems["huge.txt"]);
        Assert.Contains("not valid UTF-8 (first bad byte at offset 3)", problems["latin1.txt"]);
        Assert.Contains("does not exist", problems["moved.txt"]);
        if (locksHold) Assert.Contains("cannot be read", problems["locked.txt"]);
        Assert.Equal(locksHold ? 6 : 5, problems.Count);
        Assert.Equal(locksHold ? 1 : 2, summary.Parse.Parsed);
        Assert.True(summary.Parse.Citations > 0);
        Assert.True(summary.Export.Written);

        // Still reported at the next pass, without being read again.
        var next = await Libraries.Pass(store, _folder.Path, new WorkerOptions { MaxDocumentBytes = 100_000 }).RunAsync();
        Assert.Equal(problems.Keys.Order(), next.Import.Problems.Select(p => p.Path).Order());
        Assert.Equal(0, next.Parse.Parsed);
    }

    [Fact]
    public async Task A_pass_over_an_unchanged_library_parses_nothing_and_a_changed_file_is_parsed_again()
    {
        Directory.CreateDirectory(Inbox);
        foreach (string seed in new[] { "001", "003", "004" }) File.Copy(Repo.Seed(seed), Path.Combine(Inbox, seed + ".txt"));
        await using var store = await LibraryStores.OpenAsync("sqlite", _folder.Combine("citations.db"));

        var first = await Libraries.Pass(store, _folder.Path).RunAsync();
        Assert.Equal((3, 3), (first.Import.Imported, first.Parse.Parsed));
        var exported = Snapshot();
        using (var json = JsonDocument.Parse(exported["library.json"]))
            Assert.Equal(first.Library.References, json.RootElement.GetArrayLength());
        Assert.Equal(first.Library.References, exported["library.bib"].Split("\n@").Length);
        Assert.Equal(first.Library.References, exported["library.ris"].Split("\nER  -").Length - 1);

        var second = await Libraries.Pass(store, _folder.Path).RunAsync();
        Assert.Equal((0, 3, 0), (second.Import.Imported, second.Import.Unchanged, second.Parse.Parsed));
        Assert.False(second.Export.Written);
        Assert.Equal(exported, Snapshot());

        File.AppendAllText(Path.Combine(Inbox, "004.txt"), "\n[Gaddis, p. 12.]\n");
        var third = await Libraries.Pass(store, _folder.Path).RunAsync();
        Assert.Equal((1, 1, 1), (third.Import.Imported, third.Import.Superseded, third.Parse.Parsed));
        Assert.Equal(3, third.Library.Documents);
        Assert.True(third.Export.Written);
    }

    Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(Exports).ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f));

    [Theory]
    [InlineData("0 2 * * *", "2026-11-21T10:00:00", "2026-11-22T02:00:00")]
    [InlineData("0 2 * * *", "2026-11-21T01:59:00", "2026-11-21T02:00:00")]
    [InlineData("30 4 * * 1-5", "2026-11-21T10:00:00", "2026-11-23T04:30:00")] // Saturday → Monday
    [InlineData("15 3 1 * *", "2026-11-21T10:00:00", "2026-12-01T03:15:00")]
    [InlineData("0 0 3 ? * SUN", "2026-11-21T10:00:00", "2026-11-22T03:00:00")] // Quartz's own form
    public void The_schedule_is_a_cron_expression(string expression, string after, string next)
    {
        var schedule = CronSchedule.Parse(expression, TimeZoneInfo.Utc);
        Assert.Equal(DateTimeOffset.Parse(next + "Z"), schedule.Next(DateTimeOffset.Parse(after + "Z")));
    }

    [Theory]
    [InlineData("0 2 * *", "has 4 fields")]
    [InlineData("0 2 1 * 1", "both the day of the month and the day of the week")]
    [InlineData("0 25 * * *", "is not a cron expression")]
    public void A_bad_schedule_is_refused_with_the_reason(string expression, string reason)
    {
        var e = Assert.Throws<FormatException>(() => CronSchedule.Parse(expression));
        Assert.Contains(reason, e.Message);
    }
}
