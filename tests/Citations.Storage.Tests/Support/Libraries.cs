using Citations.Core.Resolution;
using Citations.Worker;
using Citations.Worker.Hosting;
using Citations.Worker.Pass;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Citations.Storage.Tests.Support;

/// <summary>Passes over a store in this process, as the worker runs them.</summary>
public static class Libraries
{
    public static LibraryPass Pass(ILibraryStore store, string root, WorkerOptions? options = null) =>
        new(store, NoResolution.Instance, Options.Create(options ?? new WorkerOptions()),
            new CitationsSettings(root, store.Provider, "", Path.Combine(root, "inbox"), Path.Combine(root, "exports")),
            NullLogger<LibraryPass>.Instance);

    /// <summary>Parses every queued document and merges: what `library add` does after adding.</summary>
    public static async Task<ParseSummary> ParseAsync(ILibraryStore store) =>
        (await Pass(store, Path.GetTempPath()).ParseAndMergeAsync()).Parse;

    public static string SeedText(string prefix) => File.ReadAllText(Repo.Seed(prefix));
}
