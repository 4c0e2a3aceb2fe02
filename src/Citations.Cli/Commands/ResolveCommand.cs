using System.CommandLine;
using System.Text.Json;
using Citations.Catalogs;
using Citations.Cli.Input;
using Citations.Core.Json;
using Citations.Core.Model;
using Citations.Core.Resolution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Citations.Cli.Commands;

/// <summary>
/// <c>citations resolve ITEMS.json [--offline] [--contact ADDR] [--cache PATH] [-o OUT]</c>: CSL-JSON references
/// in, the same references out with identifiers and missing fields from the public catalogs (Crossref,
/// OpenAlex, Open Library, the Library of Congress, TNA Discovery, FRUS) and <c>custom.resolution</c>.
/// Catalog addresses, contact and limits come from configuration (<c>Catalogs:…</c>, env <c>CITATIONS__Catalogs__…</c>).
/// </summary>
public static class ResolveCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("items") { Description = "CSL-JSON: an array of references (as written by extract --format csl-json), or - for standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var offline = new Option<bool>("--offline") { Description = "Answer from the resolution cache alone; ask no catalog." };
        var contact = new Option<string?>("--contact") { Description = "Contact address sent to the catalogs (Catalogs:Contact)." };
        var cache = new Option<string?>("--cache") { Description = "The SQLite resolution cache (Catalogs:CachePath)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Say on standard error what became of each reference and why." };
        var command = new Command("resolve", "Add identifiers and missing fields to references from public catalogs.") { file, output, offline, contact, cache, verbose };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var items = ReadItems(parse.GetValue(file)!);
            var settings = new CatalogSettings(parse.GetValue(offline), parse.GetValue(contact), parse.GetValue(cache));
            var outcomes = await ResolveAsync(items, settings, stderr, cancellationToken);
            if (parse.GetValue(verbose))
                foreach (var outcome in outcomes) stderr.WriteLine($"citations: {outcome.Item.Id}: {outcome.Status}: {outcome.Detail}");
            using var o = Output.Open(parse.GetValue(output), parse.InvocationConfiguration.Output);
            o.Writer.Write(CitationsJson.Serialize(outcomes.Select(x => x.Item).ToList(), indented: true));
            o.Writer.WriteLine();
            o.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Overrides of the configured <c>Catalogs</c> section from the command line.</summary>
    public sealed record CatalogSettings(bool Offline = false, string? Contact = null, string? CachePath = null)
    {
        public IEnumerable<KeyValuePair<string, string?>> Overrides()
        {
            if (Offline) yield return new("Catalogs:Offline", "true");
            if (Contact is not null) yield return new("Catalogs:Contact", Contact);
            if (CachePath is not null) yield return new("Catalogs:CachePath", CachePath);
        }
    }

    /// <summary>
    /// Resolves <paramref name="items"/> with the configured catalogs, showing a progress bar on standard error
    /// when the run takes more than a second and standard error is a terminal, and a one-line summary after.
    /// </summary>
    public static async Task<IReadOnlyList<ResolutionOutcome>> ResolveAsync(
        IReadOnlyList<CslItem> items, CatalogSettings settings, TextWriter stderr, CancellationToken cancellationToken)
    {
        var configuration = CatalogConfiguration.Build(settings.Overrides());
        if (string.IsNullOrWhiteSpace(configuration["Catalogs:Contact"]))
            stderr.WriteLine("citations: no contact address for the catalogs (set Catalogs:Contact, CITATIONS__Catalogs__Contact or --contact); some throttle anonymous clients");
        await using var services = new ServiceCollection().AddCatalogs(configuration).BuildServiceProvider();
        IReferenceResolver resolver;
        try
        {
            // Bind and validate now: a bad value is the user's mistake, reported before any catalog is asked.
            _ = services.GetRequiredService<IOptions<CatalogsOptions>>().Value;
            resolver = services.GetRequiredService<IReferenceResolver>();
        }
        catch (OptionsValidationException e) { throw new UsageException("configuration: " + string.Join("; ", e.Failures)); }
        catch (InvalidOperationException e) when (e.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException("configuration: " + e.Message);
        }

        var outcomes = await WithProgressAsync(items.Count, stderr, progress => resolver.ResolveAsync(items, progress, cancellationToken));
        var counts = outcomes.GroupBy(o => o.Status).ToDictionary(g => g.Key, g => g.Count());
        stderr.WriteLine($"citations: {items.Count} references: {counts.GetValueOrDefault(ResolutionStatus.Resolved)} resolved, "
            + $"{counts.GetValueOrDefault(ResolutionStatus.Abstained)} abstained, {counts.GetValueOrDefault(ResolutionStatus.NotApplicable)} not applicable, "
            + $"{counts.GetValueOrDefault(ResolutionStatus.Unavailable)} unavailable");
        return outcomes;
    }

    /// <summary>The references of an extraction, resolved; citations in the notes point at the resolved items.</summary>
    public static async Task<ExtractionResult> ResolveAsync(ExtractionResult result, CatalogSettings settings, TextWriter stderr, CancellationToken cancellationToken)
    {
        var outcomes = await ResolveAsync(result.References, settings, stderr, cancellationToken);
        var byId = outcomes.Select(o => o.Item).Where(i => i.Id.Length > 0).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        return result with
        {
            References = outcomes.Select(o => o.Item).ToList(),
            Notes = result.Notes.Select(n => n with
            {
                Citations = n.Citations.Select(c => byId.TryGetValue(c.Item.Id, out var resolved) ? c with { Item = resolved } : c).ToList(),
            }).ToList(),
        };
    }

    static async Task<T> WithProgressAsync<T>(int total, TextWriter stderr, Func<IProgress<int>, Task<T>> work)
    {
        int done = 0;
        var task = work(new Progress<int>(n => Volatile.Write(ref done, n)));
        if (await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(1))) == task) return await task;
        if (!ReferenceEquals(stderr, Console.Error) || Console.IsErrorRedirected) return await task;

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask("Resolving references", maxValue: Math.Max(1, total));
                while (await Task.WhenAny(task, Task.Delay(200)) != task) bar.Value = Volatile.Read(ref done);
                bar.Value = total;
            });
        return await task;
    }

    static IReadOnlyList<CslItem> ReadItems(string path)
    {
        var input = InputReader.Read(path);
        try
        {
            return CitationsJson.Deserialize<List<CslItem>>(input.Text)
                ?? throw new UsageException($"{input.Name}: null where an array of CSL-JSON items was expected");
        }
        catch (JsonException e)
        {
            throw new UsageException($"{input.Name}: not a CSL-JSON array of items (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message.Split(" Path:")[0]})");
        }
    }
}
