using System.CommandLine;
using System.Text.Json;
using Citations.Core.Json;
using Citations.Core.Model;
using Citations.Cli.Input;
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
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents parsed at once (default: one per core).", DefaultValueFactory = _ => 0 };
        var command = new Command("parse-notes", "Parse notes given as JSON Lines into citations.") { file, output, jobs };
        command.SetAction((parse, _) =>
        {
            string path = parse.GetValue(file)!;
            var stderr = parse.InvocationConfiguration.Error;
            using var reader = InputReader.OpenLines(path, out var encodingWarning);
            using var o = Output.Open(parse.GetValue(output), parse.InvocationConfiguration.Output);
            var stats = new NoteStream(new NoteParser(), parse.GetValue(jobs)).Run(reader, o.Writer);
            o.Commit();
            if (encodingWarning() is { } bytes) stderr.WriteLine($"citations: {bytes}");
            foreach (string warning in stats.Warnings) stderr.WriteLine($"citations: {warning}");
            if (stats.Notes == 0) stderr.WriteLine($"citations: {path}: no notes in the input");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}

/// <summary>
/// Reads notes line by line, parses each run of one document's notes as a sequence, and writes one
/// output line per input line, in order. A line that is not a note gets an output line with its error.
/// Runs are parsed in parallel, a bounded batch at a time, so memory stays flat however long the input.
/// </summary>
public sealed class NoteStream(NoteParser parser, int parallelism = 0)
{
    /// <summary>Notes read ahead before a batch of runs is parsed.</summary>
    const int BatchNotes = 4096;

    public sealed record Stats(int Lines, int Notes, IReadOnlyList<string> Warnings);

    /// <summary>One input line: a note, or the reason it is not one.</summary>
    sealed record Line(int Number, NoteInput? Note, string? Error);

    readonly int degree = parallelism > 0 ? parallelism : Environment.ProcessorCount;

    public Stats Run(TextReader input, TextWriter output)
    {
        var warnings = new List<string>();
        var batch = new List<List<Line>>();
        int batchNotes = 0;
        var run = new List<Line>();
        var finishedDocs = new HashSet<string>(StringComparer.Ordinal);
        string? currentDoc = null;
        int number = 0, notes = 0, bad = 0;

        void EndRun()
        {
            if (run.Count == 0) return;
            batch.Add(run);
            batchNotes += run.Count;
            run = new List<Line>();
            if (batchNotes >= BatchNotes) WriteBatch();
        }
        void WriteBatch()
        {
            var outputs = new string[batch.Count][];
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = degree }, i => outputs[i] = Parse(batch[i]));
            foreach (var lines in outputs)
                foreach (string line in lines) output.WriteLine(line);
            batch.Clear();
            batchNotes = 0;
        }

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
                finishedDocs.Add(currentDoc ?? "");
                EndRun();
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
        EndRun();
        WriteBatch();
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

    /// <summary>One document's lines parsed as a sequence: its output lines, in input order.</summary>
    string[] Parse(List<Line> run)
    {
        var notes = run.Where(l => l.Error is null).Select(l => new Note { Number = l.Note!.N, Text = l.Note.Text! }).ToList();
        var parsed = notes.Count == 0 ? [] : parser.Parse(notes).Notes;
        var lines = new string[run.Count];
        int next = 0;
        for (int i = 0; i < run.Count; i++)
        {
            var line = run[i];
            NoteOutput result;
            if (line.Error is not null)
                result = new NoteOutput { Doc = line.Note?.Doc, N = line.Note?.N ?? 0, Error = line.Error };
            else
            {
                var p = parsed[next++];
                result = new NoteOutput { Doc = line.Note!.Doc, N = p.Number, Citations = p.Citations, Error = p.Error };
            }
            lines[i] = CitationsJson.Serialize(result);
        }
        return lines;
    }
}
