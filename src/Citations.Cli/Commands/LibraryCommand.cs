using System.CommandLine;
using Citations.Core.Json;
using Citations.Core.Resolution;
using Citations.Formats;
using Citations.Storage;
using Citations.Storage.Merging;
using Citations.Worker;
using Citations.Worker.Hosting;
using Citations.Worker.Import;
using Citations.Worker.Pass;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Citations.Cli.Commands;

/// <summary>
/// <c>citations library add|list|show|export|split</c>: the stored library from the command line, the
/// same store the worker and the API use.
/// </summary>
public static class LibraryCommand
{
    public static Command Create()
    {
        var command = new Command("library", "Work with the stored library: add documents, list, show, export, split a wrong merge.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Split());
        return command;
    }

    sealed record Opened(ILibraryStore Store, CitationsSettings Settings, IConfiguration Configuration) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Store.DisposeAsync();
    }

    static async Task<Opened> OpenAsync(LibraryOptions options, ParseResult parse, CancellationToken cancellationToken)
    {
        var configuration = options.Configuration(parse);
        var settings = CitationsSettings.From(configuration);
        try
        {
            var store = await LibraryStores.OpenAsync(settings.Provider, settings.ConnectionString, cancellationToken);
            return new Opened(store, settings, configuration);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new UsageException($"the library ({settings.Describe()}) cannot be opened: {e.Message}");
        }
    }

    static Command Add()
    {
        var library = new LibraryOptions();
        var files = new Argument<string[]>("files") { Description = "Documents to add (plain text or Markdown, UTF-8).", Arity = ArgumentArity.OneOrMore };
        var noParse = new Option<bool>("--no-parse") { Description = "Only store the documents; the next worker pass parses them." };
        var command = new Command("add", "Add documents to the library and parse them (a document already stored is recognised by its text).") { files, noParse };
        library.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            await using var opened = await OpenAsync(library, parse, cancellationToken);
            var options = opened.Configuration.GetSection("Worker").Get<WorkerOptions>() ?? new WorkerOptions();
            var added = new List<(string File, AddedDocument Document)>();
            int problems = 0;
            foreach (string file in parse.GetValue(files)!)
            {
                string? problem = null;
                byte[] bytes = [];
                if (!File.Exists(file)) problem = "no such file";
                else if (new FileInfo(file).Length > options.MaxDocumentBytes) problem = $"larger than Worker:MaxDocumentBytes ({options.MaxDocumentBytes:N0} bytes)";
                else
                {
                    try { bytes = await File.ReadAllBytesAsync(file, cancellationToken); }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException) { problem = $"cannot be read ({e.Message})"; }
                }
                var decoded = problem is null ? DocumentFile.Decode(bytes) : null;
                problem ??= decoded!.Problem;
                if (problem is not null)
                {
                    stderr.WriteLine($"citations: {file}: {problem}; not added");
                    problems++;
                    continue;
                }
                var document = await opened.Store.AddDocumentAsync(new NewDocument(Path.GetFileName(file), decoded!.Text!, Path.GetFullPath(file)), cancellationToken);
                added.Add((file, document));
                stderr.WriteLine(document.Created ? $"added {file} as document {document.Id}" : $"{file} is already document {document.Id}");
            }
            if (!parse.GetValue(noParse) && added.Count > 0)
            {
                stderr.WriteLine("parsing…");
                var pass = new LibraryPass(opened.Store, NoResolution.Instance, Options.Create(options), opened.Settings, NullLogger<LibraryPass>.Instance);
                var (_, summary, _) = await pass.ParseAndMergeAsync(cancellationToken: cancellationToken);
                stderr.WriteLine($"parsed {summary.Parsed} documents: {summary.Notes} notes, {summary.Citations} citations, {summary.NewReferences} new references, {summary.MergedReferences} merged into known ones");
            }
            foreach (var (file, document) in added)
                if (await opened.Store.GetDocumentAsync(document.Id, cancellationToken) is { } stored)
                    stdout.WriteLine($"{stored.Summary.Id}\t{stored.Summary.NoteCount} notes\t{stored.Summary.CitationCount} citations\t{file}");
            return problems > 0 ? ExitCodes.Usage : ExitCodes.Ok;
        });
        return command;
    }

    static Command List()
    {
        var library = new LibraryOptions();
        var references = new Option<bool>("--references", "-r") { Description = "List references instead of documents." };
        var query = new Option<string?>("--query", "-q") { Description = "References whose names, titles, archive or shelf-mark hold these words." };
        var type = new Option<string?>("--type") { Description = "References of this CSL type (book, manuscript, …)." };
        var archive = new Option<string?>("--archive") { Description = "References held by this archive (RGANI, TNA, …)." };
        var year = new Option<int?>("--year") { Description = "References issued in this year." };
        var limit = new Option<int>("--limit") { Description = "At most this many lines.", DefaultValueFactory = _ => 50 };
        var after = new Option<string?>("--after") { Description = "Start after this cite key (references) or document id (documents)." };
        var command = new Command("list", "List the library's documents, or its references (--references, with filters).") { references, query, type, archive, year, limit, after };
        library.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            await using var opened = await OpenAsync(library, parse, cancellationToken);
            bool wantReferences = parse.GetValue(references) || parse.GetValue(query) is not null || parse.GetValue(type) is not null
                || parse.GetValue(archive) is not null || parse.GetValue(year) is not null;
            if (wantReferences)
            {
                var page = await opened.Store.SearchReferencesAsync(new ReferenceQuery
                {
                    Text = parse.GetValue(query), Type = parse.GetValue(type), Archive = parse.GetValue(archive), Year = parse.GetValue(year),
                    After = parse.GetValue(after), Limit = parse.GetValue(limit),
                }, cancellationToken);
                foreach (var r in page.Items)
                    stdout.WriteLine($"{r.CiteKey}\t{r.Item.Type}\t{r.CitationCount} citations in {r.DocumentCount} documents\t{Describe.Short(r.Item)}");
                if (page.Next is not null) parse.InvocationConfiguration.Error.WriteLine($"more: --after {page.Next}");
                return ExitCodes.Ok;
            }
            long? afterId = parse.GetValue(after) is { } a ? long.TryParse(a, out long id) ? id : throw new UsageException($"--after {a}: a document id is a number") : null;
            var documents = await opened.Store.ListDocumentsAsync(afterId, parse.GetValue(limit), cancellationToken);
            foreach (var d in documents.Items)
                stdout.WriteLine($"{d.Id}\t{d.Name}\t{d.NoteCount} notes\t{d.CitationCount} citations\t" +
                    (d.SupersededBy is long s ? $"replaced by {s}" : d.ParserVersion is null ? "not parsed yet" : $"parsed {d.ParsedAt:yyyy-MM-dd HH:mm} ({d.Layout})"));
            if (documents.Next is not null) parse.InvocationConfiguration.Error.WriteLine($"more: --after {documents.Next}");
            return ExitCodes.Ok;
        });
        return command;
    }

    static Command Show()
    {
        var library = new LibraryOptions();
        var key = new Argument<string>("cite-key") { Description = "The reference's cite key." };
        var json = new Option<bool>("--json") { Description = "Write the reference as CSL-JSON only." };
        var command = new Command("show", "Show a reference: its item, the documents citing it and why they were merged, its citations.") { key, json };
        library.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var o = parse.InvocationConfiguration.Output;
            await using var opened = await OpenAsync(library, parse, cancellationToken);
            string citeKey = parse.GetValue(key)!;
            var reference = await opened.Store.FindReferenceAsync(citeKey, cancellationToken) ?? throw new UsageException($"no reference with the cite key '{citeKey}'");
            if (parse.GetValue(json))
            {
                o.WriteLine(CitationsJson.Serialize(reference.Item, indented: true));
                return ExitCodes.Ok;
            }
            o.WriteLine($"{reference.CiteKey}: {Describe.Short(reference.Item)}");
            o.WriteLine($"{reference.CitationCount} citations in {reference.DocumentCount} documents; identity {reference.IdentityKey}");
            if (reference.ResolutionStatus is not null) o.WriteLine($"resolution: {reference.ResolutionStatus}, checked {reference.ResolutionCheckedAt:yyyy-MM-dd}");
            o.WriteLine(CitationsJson.Serialize(reference.Item, indented: true));
            var members = await opened.Store.GetMembersAsync(reference.Id, cancellationToken);
            o.WriteLine();
            o.WriteLine("documents:");
            var first = members.FirstOrDefault()?.Item;
            foreach (var m in members)
            {
                string why = m == members[0] ? "first cited here" : m.Rule switch
                {
                    MergeRule.Split => "kept here by a split",
                    _ => "same work: " + string.Join(", ", MergeExplanation.Matched(first!, m.Item)) + " matched"
                        + (MergeExplanation.Compare(first!, m.Item).Where(f => f.Agreement == FieldAgreement.Different).Select(f => f.Field).ToList() is { Count: > 0 } differ
                            ? "; differs in " + string.Join(", ", differ) : ""),
                };
                o.WriteLine($"  {m.DocumentId}\t{m.DocumentName}\t{why}");
            }
            o.WriteLine();
            o.WriteLine("citations:");
            foreach (var c in await opened.Store.GetCitationsAsync(reference.Id, 200, cancellationToken))
                o.WriteLine($"  {c.DocumentId}\tn. {c.NoteNumber}\t{c.Citation.Position.ToString().ToLowerInvariant()}\t{c.Citation.Locator}\t{c.Citation.Text}");
            return ExitCodes.Ok;
        });
        return command;
    }

    static Command Export()
    {
        var library = new LibraryOptions();
        var format = new Option<string>("--format", "-f") { Description = "One of: " + string.Join(", ", ReferenceWriters.Names) + ".", DefaultValueFactory = _ => "csl-json" };
        format.AcceptOnlyFromAmong([.. ReferenceWriters.Names]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (whole, then moved into place) instead of standard output." };
        var command = new Command("export", "Write every cited reference of the library in one format.") { format, output };
        library.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var opened = await OpenAsync(library, parse, cancellationToken);
            using var o = Output.Open(parse.GetValue(output), parse.InvocationConfiguration.Output);
            ReferenceWriters.GetByName(parse.GetValue(format)!).Write(opened.Store.ReadExportItems(), o.Writer);
            o.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }

    static Command Split()
    {
        var library = new LibraryOptions();
        var key = new Argument<string>("cite-key") { Description = "The reference merged wrongly." };
        var documents = new Option<long[]>("--document", "-d") { Description = "The documents whose citations are of another work (see 'library show').", Required = true, AllowMultipleArgumentsPerToken = true };
        var command = new Command("split", "Undo a wrong merge: the named documents' citations become a reference of their own, and stay apart.") { key, documents };
        library.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var opened = await OpenAsync(library, parse, cancellationToken);
            string citeKey = parse.GetValue(key)!;
            var reference = await opened.Store.FindReferenceAsync(citeKey, cancellationToken) ?? throw new UsageException($"no reference with the cite key '{citeKey}'");
            SplitOutcome outcome;
            try
            {
                outcome = await opened.Store.SplitAsync(reference.Id, parse.GetValue(documents)!, cancellationToken);
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"{citeKey}: {e.Message}");
            }
            var o = parse.InvocationConfiguration.Output;
            o.WriteLine($"{outcome.Remaining.CiteKey}\t{outcome.Remaining.CitationCount} citations in {outcome.Remaining.DocumentCount} documents");
            o.WriteLine($"{outcome.SplitOff.CiteKey}\t{outcome.SplitOff.CitationCount} citations in {outcome.SplitOff.DocumentCount} documents (new)");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One line for a person: first author, title, year.</summary>
    static class Describe
    {
        public static string Short(Core.Model.CslItem item)
        {
            var name = item.Author?.FirstOrDefault() ?? item.Editor?.FirstOrDefault();
            string who = name?.Family ?? name?.Literal ?? item.Archive ?? "";
            string title = item.Title ?? item.ContainerTitle ?? item.ArchiveLocation ?? "(untitled)";
            string year = item.Issued?.Year?.ToString() ?? "";
            return string.Join(", ", new[] { who, title, year }.Where(s => s.Length > 0));
        }
    }
}
