using System.CommandLine;
using System.Text.Json;
using Citations.Core.Json;
using Citations.Core.Model;
using Citations.Core.Pipeline;

namespace Citations.Cli.Commands;

/// <summary>
/// <c>citations parse-notes FILE|-</c>: JSON Lines of notes in, JSON Lines of citations out, one line
/// per input line. Notes of one <c>doc</c>, in file order, form one sequence for back-references;
/// the input is read as a stream, one document at a time.
/// </summary>
public static class ParseNotesCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "JSON Lines, one note per line: {\"doc\": \"d1\", \"n\": 12, \"text\": \"…\"}; - for standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("parse-notes", "Parse notes given as JSON Lines into citations.") { file, output };
        command.SetAction((parse, _) =>
        {
            string path = parse.GetValue(file)!;
            var stderr = parse.InvocationConfiguration.Error;
            using var reader = OpenInput(path);
            using var o = Output.Open(parse.GetValue(output), parse.InvocationConfiguration.Output);
            var stats = new NoteStream(new NoteParser()).Run(reader, o.Writer);
            o.Commit();
            foreach (string warning in stats.Warnings) stderr.WriteLine($"citations: {warning}");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    static TextReader OpenInput(string path)
    {
        if (path == "-") return Console.In;
        if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
        try { return new StreamReader(path, detectEncodingFromByteOrderMarks: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot be read ({e.Message})");
        }
    }
}

/// <summary>
/// Reads notes line by line, parses each run of one document's notes as a sequence, and writes one
/// output line per input line, in order. A line that is not a note gets an output line with its error.
/// </summary>
public sealed class NoteStream(NoteParser parser)
{
    public sealed record Stats(int Lines, int Notes, IReadOnlyList<string> Warnings);

    /// <summary>One input line: a note, or the reason it is not one.</summary>
    sealed record Line(int Number, NoteInput? Note, string? Error);

    public Stats Run(TextReader input, TextWriter output)
    {
        var warnings = new List<string>();
        var run = new List<Line>();
        var finishedDocs = new HashSet<string>(StringComparer.Ordinal);
        string? currentDoc = null;
        int number = 0, notes = 0, bad = 0;
        string? raw;
        while ((raw = input.ReadLine()) is not null)
        {
            number++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var line = ReadLine(raw, number);
            if (line.Error is not null) bad++;
            string doc = line.Note?.Doc ?? "";
            if (line.Note is not null && run.Count > 0 && doc != currentDoc)
            {
                Flush(run, output);
                finishedDocs.Add(currentDoc ?? "");
                run.Clear();
            }
            if (line.Note is not null)
            {
                if (doc != currentDoc && finishedDocs.Contains(doc))
                    warnings.Add($"line {number}: the notes of doc \"{doc}\" are not contiguous; back-references do not reach across line {number}");
                currentDoc = doc;
                notes++;
            }
            run.Add(line);
        }
        Flush(run, output);
        if (bad > 0) warnings.Add($"{bad} line{(bad == 1 ? "" : "s")} could not be read as notes; each has an \"error\" in the output");
        return new Stats(number, notes, warnings);
    }

    static Line ReadLine(string raw, int number)
    {
        try
        {
            var note = JsonSerializer.Deserialize<NoteInput>(raw, CitationsJson.Options);
            if (note is null) return new Line(number, null, $"line {number}: null is not a note");
            if (note.Text is null) return new Line(number, note, $"line {number}: the note has no \"text\"");
            return new Line(number, note, null);
        }
        catch (JsonException e)
        {
            return new Line(number, null, $"line {number}: not a JSON note ({e.Message.Split(". Path")[0]})");
        }
    }

    void Flush(List<Line> run, TextWriter output)
    {
        if (run.Count == 0) return;
        var notes = run.Where(l => l.Error is null).Select(l => new Note { Number = l.Note!.N, Text = l.Note.Text! }).ToList();
        var parsed = notes.Count == 0 ? [] : parser.Parse(notes).Notes;
        int next = 0;
        foreach (var line in run)
        {
            NoteOutput result;
            if (line.Error is not null)
                result = new NoteOutput { Doc = line.Note?.Doc, N = line.Note?.N ?? 0, Error = line.Error };
            else
            {
                var p = parsed[next++];
                result = new NoteOutput { Doc = line.Note!.Doc, N = p.Number, Citations = p.Citations, Error = p.Error };
            }
            output.WriteLine(CitationsJson.Serialize(result));
        }
    }
}
