using System.CommandLine;
using Citations.Cli.Input;
using Citations.Core.Json;
using Citations.Core.Model;
using Citations.Core.Pipeline;
using Citations.Formats;
using Citations.Formats.Csl;

namespace Citations.Cli.Commands;

/// <summary><c>citations extract FILE [--format …] [--resolve] [-o OUT]</c>: a document's notes, citations and references.</summary>
public static class ExtractCommand
{
    /// <summary>The output formats, each writing an extraction result.</summary>
    static readonly Dictionary<string, Action<ExtractionResult, StyledDocument, TextWriter, TextWriter>> Formats = BuildFormats();

    static Dictionary<string, Action<ExtractionResult, StyledDocument, TextWriter, TextWriter>> BuildFormats()
    {
        var formats = new Dictionary<string, Action<ExtractionResult, StyledDocument, TextWriter, TextWriter>>(StringComparer.Ordinal)
        {
            ["json"] = (result, _, w, _) => w.Write(CitationsJson.Serialize(result, indented: true)),
            ["chicago-notes"] = WriteNotes,
            ["chicago-bibliography"] = WriteBibliography,
        };
        // The references in each writer's format: csl-json, bibtex, biblatex, ris.
        foreach (var writer in ReferenceWriters.All)
            formats[writer.Name] = (result, _, w, _) => writer.Write(result.References, w);
        return formats;
    }

    static void WriteNotes(ExtractionResult result, StyledDocument style, TextWriter w, TextWriter stderr)
    {
        var notes = style.Notes(result, out var warnings);
        foreach (var note in notes) w.WriteLine($"{note.Number}. {note.Text}");
        foreach (string warning in warnings) stderr.WriteLine($"citations: style: {warning}");
    }

    static void WriteBibliography(ExtractionResult result, StyledDocument style, TextWriter w, TextWriter stderr)
    {
        if (!style.HasBibliography) throw new UsageException("this style has no bibliography");
        var entries = style.Bibliography(result.References, out var warnings);
        foreach (string entry in entries) w.WriteLine(entry);
        foreach (string warning in warnings) stderr.WriteLine($"citations: style: {warning}");
    }

    /// <summary>A built-in style id or a .csl file, checked before the document is read.</summary>
    static StyledDocument LoadStyle(string style)
    {
        try
        {
            return File.Exists(style) ? StyledDocument.ForStyleXml(File.ReadAllText(style)) : StyledDocument.ForStyle(style);
        }
        catch (Exception e) when (e is ArgumentException or Citations.Csl.Style.CslException)
        {
            throw new UsageException(e.Message);
        }
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
        var style = new Option<string>("--style")
        {
            Description = "The CSL style of chicago-notes and chicago-bibliography: a built-in id (chicago-shortened-notes-bibliography, chicago-notes-bibliography-subsequent-ibid, …) or a .csl file.",
            DefaultValueFactory = _ => StyledDocument.DefaultStyle,
        };
        var resolve = new Option<bool>("--resolve") { Description = "Resolve the references against the public catalogs before writing (see citations resolve)." };
        var command = new Command("extract", "Find a document's notes and turn every citation into a structured reference.") { file, format, output, style, resolve };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string formatName = parse.GetValue(format)!;
            var styled = formatName.StartsWith("chicago-", StringComparison.Ordinal) ? LoadStyle(parse.GetValue(style)!) : null;
            var input = InputReader.Read(parse.GetValue(file)!);
            var stderr = parse.InvocationConfiguration.Error;
            foreach (string warning in input.Warnings) stderr.WriteLine($"citations: {warning}");
            var result = new DocumentExtractor().Extract(input.Text, input.Name);
            if (result.Notes.Count == 0) stderr.WriteLine($"citations: {input.Name}: no notes found");
            foreach (string warning in result.Document.Warnings ?? []) stderr.WriteLine($"citations: {input.Name}: {warning}");
            if (parse.GetValue(resolve)) result = await ResolveCommand.ResolveAsync(result, new ResolveCommand.CatalogSettings(), stderr, cancellationToken);
            using var o = Output.Open(parse.GetValue(output), parse.InvocationConfiguration.Output);
            Formats[formatName](result, styled!, o.Writer, stderr);
            o.Writer.WriteLine();
            o.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }
}
