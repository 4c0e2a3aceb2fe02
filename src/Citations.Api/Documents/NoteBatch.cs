using System.Text.Json;
using Citations.Api.Json;
using Citations.Api.Problems;
using Citations.Core.Model;
using Citations.Core.Pipeline;

namespace Citations.Api.Documents;

/// <summary>One note of a request, or why it is not one.</summary>
public sealed record NoteLine(NoteInput? Note, string? Error);

/// <summary>
/// The notes of <c>POST /v1/notes:parse</c>: a JSON array of <c>{n, text}</c> (optionally <c>doc</c>) or JSON Lines,
/// as <c>citations parse-notes</c> reads them. Consecutive notes of one <c>doc</c> form one sequence, so Ibid. and
/// short forms resolve within the request; every note gets its output, a note that is not one gets an error.
/// </summary>
public static class NoteBatch
{
    static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static List<NoteLine> FromJsonArray(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith(Bom)) json = json[3..];
        List<NoteInput?>? notes;
        try
        {
            notes = JsonSerializer.Deserialize(json, ApiJson.Info<List<NoteInput?>>());
        }
        catch (JsonException e)
        {
            throw Problem.MalformedJson($"{Where(e)}: {Message(e)} (expected a JSON array of notes {{\"n\": 1, \"text\": \"…\"}})");
        }
        if (notes is null) throw Problem.MalformedJson("the body is null, not a JSON array of notes");
        return notes.Select((note, i) => Line(note, $"notes[{i}]")).ToList();
    }

    public static List<NoteLine> FromJsonLines(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith(Bom)) body = body[3..];
        var lines = new List<NoteLine>();
        int number = 0;
        while (!body.IsEmpty)
        {
            number++;
            int end = body.IndexOf((byte)'\n');
            var line = end < 0 ? body : body[..end];
            body = end < 0 ? [] : body[(end + 1)..];
            if (line.Trim((byte)'\r').Trim((byte)' ').IsEmpty) continue;
            try
            {
                lines.Add(Line(JsonSerializer.Deserialize(line, ApiJson.Info<NoteInput>()), $"line {number}"));
            }
            catch (JsonException e)
            {
                lines.Add(new NoteLine(null, $"line {number}: not a JSON note ({Message(e)})"));
            }
        }
        return lines;
    }

    static NoteLine Line(NoteInput? note, string where) =>
        note is null ? new NoteLine(null, $"{where}: null is not a note")
        : note.Text is null ? new NoteLine(note, $"{where}: the note has no \"text\"")
        : new NoteLine(note, null);

    static string Where(JsonException e) => $"{(e.Path is { Length: > 0 } path ? path.Replace("$", "notes") : "the body")} (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})";

    static string Message(JsonException e) => e.Message.Split(". Path")[0].Split(" Path:")[0];

    /// <summary>One output per line, in order; each run of one document's notes is parsed as a sequence.</summary>
    public static List<NoteOutput> Parse(IReadOnlyList<NoteLine> lines, NoteParser parser)
    {
        var outputs = new List<NoteOutput>(lines.Count);
        int start = 0;
        while (start < lines.Count)
        {
            string? doc = lines[start].Note?.Doc;
            int end = start + 1;
            while (end < lines.Count && (lines[end].Note is null || lines[end].Note!.Doc == doc)) end++;
            var run = lines.Skip(start).Take(end - start).ToList();
            var notes = run.Where(l => l.Error is null).Select(l => new Note { Number = l.Note!.N, Text = l.Note.Text! }).ToList();
            var parsed = notes.Count == 0 ? [] : parser.Parse(notes).Notes;
            int next = 0;
            foreach (var line in run)
            {
                if (line.Error is not null) outputs.Add(new NoteOutput { Doc = line.Note?.Doc, N = line.Note?.N ?? 0, Error = line.Error });
                else
                {
                    var p = parsed[next++];
                    outputs.Add(new NoteOutput { Doc = line.Note!.Doc, N = p.Number, Citations = p.Citations, Error = p.Error });
                }
            }
            start = end;
        }
        return outputs;
    }
}
