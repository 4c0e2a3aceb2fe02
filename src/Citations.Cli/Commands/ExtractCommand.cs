using System.CommandLine;
using Citations.Cli.Input;
using Citations.Core.Json;
using Citations.Core.Model;
using Citations.Core.Pipeline;
using Citations.Formats;

namespace Citations.Cli.Commands;

/// <summary><c>citations extract FILE [--format …] [--resolve] [-o OUT]</c>: a document's notes, citations and references.</summary>
public static class ExtractCommand
{
    /// <summary>The output formats, each writing an extraction result.</summary>
    static readonly Dictionary<string, Action<ExtractionResult, TextWriter>> Formats = BuildFormats();

    static Dictionary<string, Action<ExtractionResult, TextWriter>> BuildFormats()
    {
        var formats = new Dictionary<string, Action<ExtractionResult, TextWriter>>(StringComparer.Ordinal)
        {
            ["json"] = (result, w) => w.Write(CitationsJson.Serialize(result, indented: true)),
        };
        // The references in each writer's format: csl-json, bibtex, biblatex, ris.
        foreach (var writer in ReferenceWriters.All)
            formats[writer.Name] = (result, w) => writer.Write(result.References, w);
        return formats;
    }

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The document: plain text or Markdown, or - for standard input." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "What to write: " + string.Join(", ", Formats.Keys) + ".",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var resolve = new Option<bool>("--resolve") { Description = "Resolve the references against the public catalogs before writing (see citations resolve)." };
        var command = new Command("extract", "Find a document's notes and turn every citation into a structured reference.") { file, format, output, resolve };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var input = InputReader.Read(parse.GetValue(file)!);
            var stderr = parse.InvocationConfiguration.Error;
            foreach (string warning in input.Warnings) stderr.WriteLine($"citations: {warning}");
            var result = new DocumentExtractor().Extract(input.Text, input.Name);
            if (result.Notes.Count == 0) stderr.WriteLine($"citations: {input.Name}: no notes found");
            foreach (string warning in result.Document.Warnings ?? []) stderr.WriteLine($"citations: {input.Name}: {warning}");
            if (parse.GetValue(resolve)) result = await ResolveCommand.ResolveAsync(result, new ResolveCommand.CatalogSettings(), stderr, cancellationToken);
            using var o = Output.Open(parse.GetValue(output), parse.InvocationConfiguration.Output);
            Formats[parse.GetValue(format)!](result, o.Writer);
            o.Writer.WriteLine();
            o.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }
}
