using System.Diagnostics;
using System.Text.Json;
using Citations.FakeCatalogs;

namespace Citations.Cli.Tests;

/// <summary>
/// <c>citations resolve</c> and <c>extract --resolve</c> as a user runs them: the built program in its own
/// process, configured through environment variables, against the fake catalogs on loopback.
/// </summary>
public sealed class ResolveCommandTests : IAsyncLifetime
{
    FakeCatalogServer _server = null!;
    readonly string _work = Directory.CreateTempSubdirectory("citations-resolve-").FullName;

    public async Task InitializeAsync() => _server = await FakeCatalogServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }

    (int Exit, string Stdout, string Stderr) Run(params string[] args) => RunWith(new Dictionary<string, string>(), args);

    (int Exit, string Stdout, string Stderr) RunWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _work };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "citations.dll"));
        foreach (string a in args) start.ArgumentList.Add(a);
        foreach (var (key, value) in _server.ClientSettings()) start.Environment["CITATIONS__" + key.Replace(":", "__")] = value;
        start.Environment["CITATIONS__Catalogs__Contact"] = "cli-tests@example.org";
        start.Environment["CITATIONS__Catalogs__CachePath"] = Path.Combine(_work, "cache.db");
        foreach (string name in new[] { "OpenLibrary", "LibraryOfCongress", "NationalArchivesUK", "Frus" })
            start.Environment[$"CITATIONS__Catalogs__{name}__RequestsPerSecond"] = "50";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    [Fact]
    public void Resolve_adds_identifiers_and_provenance_and_a_second_offline_run_asks_nothing()
    {
        string seed = Repo.Seed("001");
        string items = Path.Combine(_work, "items.json");
        var extract = Run("extract", seed, "--format", "csl-json", "-o", items);
        Assert.Equal(0, extract.Exit);

        var first = Run("resolve", items);

        Assert.Equal(0, first.Exit);
        using var output = JsonDocument.Parse(first.Stdout);
        var references = output.RootElement.EnumerateArray().ToList();
        Assert.Equal(JsonDocument.Parse(File.ReadAllText(items)).RootElement.GetArrayLength(), references.Count);
        var ulam = references.Single(r => r.GetProperty("id").GetString()!.StartsWith("ulam"));
        var resolution = ulam.GetProperty("custom").GetProperty("resolution");
        Assert.Equal("openlibrary", resolution.GetProperty("catalog").GetString());
        Assert.True(resolution.GetProperty("score").GetDouble() >= 0.8);
        Assert.StartsWith("OL", ulam.GetProperty("custom").GetProperty("identifiers").GetProperty("openlibrary").GetString());
        Assert.Matches(@"\d+ references: \d+ resolved, \d+ abstained, \d+ not applicable, 0 unavailable", first.Stderr);
        int asked = _server.Log.Count;
        Assert.True(asked > 0);

        var second = Run("resolve", items, "--offline");

        Assert.Equal(0, second.Exit);
        Assert.Equal(asked, _server.Log.Count);
        Assert.Equal(first.Stdout.Split('\n').Count(l => l.Contains("\"catalog\"")), second.Stdout.Split('\n').Count(l => l.Contains("\"catalog\"")));
    }

    [Fact]
    public void Extract_resolve_writes_resolved_references_in_the_chosen_format()
    {
        string seed = Repo.Seed("003");

        var run = Run("extract", seed, "--resolve", "--format", "json");

        Assert.Equal(0, run.Exit);
        using var output = JsonDocument.Parse(run.Stdout);
        var references = output.RootElement.GetProperty("references").EnumerateArray().ToList();
        var frus = references.First(r => r.TryGetProperty("custom", out var c) && c.TryGetProperty("identifiers", out var i) && i.TryGetProperty("frus", out _)
                                         && c.TryGetProperty("resolution", out _));
        Assert.StartsWith("https://history.state.gov/historicaldocuments/frus", frus.GetProperty("URL").GetString());
        // Citations in the notes carry the resolved item too.
        string id = frus.GetProperty("id").GetString()!;
        var cited = output.RootElement.GetProperty("notes").EnumerateArray().SelectMany(n => n.GetProperty("citations").EnumerateArray())
            .First(c => c.GetProperty("item").GetProperty("id").GetString() == id);
        Assert.True(cited.GetProperty("item").GetProperty("custom").TryGetProperty("resolution", out _));
    }

    [Fact]
    public void Input_that_is_not_CSL_JSON_is_refused_with_where_and_why()
    {
        string bad = Path.Combine(_work, "bad.json");
        File.WriteAllText(bad, "[{\"id\": \"a\", \"type\": \"book\"},\n {\"id\": }]");

        var run = Run("resolve", bad);

        Assert.Equal(2, run.Exit);
        Assert.Contains("bad.json: not a CSL-JSON array of items (line 2", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal(0, _server.Log.Count);
    }

    [Fact]
    public void A_configuration_that_cannot_work_is_refused_naming_the_keys()
    {
        string items = Path.Combine(_work, "one.json");
        File.WriteAllText(items, "[{\"id\": \"a\", \"type\": \"book\", \"title\": \"Soviet Espionage\"}]");

        var run = RunWith(new Dictionary<string, string> { ["CITATIONS__Catalogs__OpenLibrary__MaxConcurrency"] = "0", ["CITATIONS__Catalogs__Crossref__RequestsPerSecond"] = "-1" }, "resolve", items);

        Assert.Equal(2, run.Exit);
        Assert.Contains("Catalogs:OpenLibrary:MaxConcurrency must be at least 1", run.Stderr);
        Assert.Contains("Catalogs:Crossref:RequestsPerSecond must be positive", run.Stderr);
        Assert.Equal(0, _server.Log.Count);
    }
}
