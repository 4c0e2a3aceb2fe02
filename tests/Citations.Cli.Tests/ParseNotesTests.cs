using System.Text;
using System.Text.Json;
using Citations.Cli.Tests.Support;

namespace Citations.Cli.Tests;

/// <summary><c>citations parse-notes</c>: one output line per input line, in order, whatever the input holds.</summary>
public sealed class ParseNotesTests : IDisposable
{
    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    static string Note(string doc, int n, string text) => JsonSerializer.Serialize(new { doc, n, text });

    static List<JsonElement> Lines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void A_line_that_is_not_json_gets_an_error_line_and_back_references_still_reach_across_it()
    {
        string input = string.Join('\n',
            Note("d1", 1, "McGeorge Bundy, *Danger and Survival* (New York: Random House, 1988), 359."),
            "{\"doc\": \"d1\", \"n\": 2, \"text\": \"unterminated",
            Note("d1", 3, "Ibid., 364."),
            "{\"doc\": \"d1\", \"n\": 4}") + "\n";

        var run = Support.Citations.Run("parse-notes", temp.File("notes.jsonl", input));

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run.Stdout);
        Assert.Equal(4, lines.Count);
        Assert.StartsWith("line 2: not a JSON note", lines[1].GetProperty("error").GetString());
        Assert.Equal("line 4: the note has no \"text\"", lines[3].GetProperty("error").GetString());
        var ibid = lines[2].GetProperty("citations")[0];
        Assert.Equal("ibid-with-locator", ibid.GetProperty("position").GetString());
        Assert.Equal("1:1", ibid.GetProperty("refers_to").GetString());
        Assert.Equal("Danger and Survival", ibid.GetProperty("item").GetProperty("title").GetString());
        Assert.Contains("2 lines could not be read as notes", run.Stderr);
    }

    [Fact]
    public void A_note_of_100000_characters_is_flagged_alone()
    {
        string input = string.Join('\n',
            Note("d1", 1, "Vojtech Mastny, *The Cold War and Soviet Insecurity* (New York: Oxford University Press, 1996), 23."),
            Note("d1", 2, new string('x', 100_000)),
            Note("d1", 3, "Ibid., 30.")) + "\n";

        var lines = Lines(Support.Citations.Run("parse-notes", temp.File("long.jsonl", input)).Stdout);

        Assert.Equal(3, lines.Count);
        Assert.Contains("100,000 characters long", lines[1].GetProperty("error").GetString());
        Assert.Equal("The Cold War and Soviet Insecurity", lines[2].GetProperty("citations")[0].GetProperty("item").GetProperty("title").GetString());
    }

    [Fact]
    public void Invalid_utf8_in_a_note_is_kept_as_windows_1252_with_a_warning()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"doc\": \"d\", \"n\": 1, \"text\": \"Peter Kleist, *Zwischen Hitler und Stalin* (Bonn: Athen\u00E4um, 1950), 12.\"}\n")
            .ToList();
        int at = bytes.IndexOf(0xC3);
        bytes.RemoveAt(at);
        bytes[at] = 0xE4; // "ä" as Latin-1's single byte

        var run = Support.Citations.Run("parse-notes", temp.File("latin1.jsonl", bytes.ToArray()));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("not valid UTF-8: 1 byte read as Windows-1252", run.Stderr);
        Assert.Equal("Athenäum", Lines(run.Stdout)[0].GetProperty("citations")[0].GetProperty("item").GetProperty("publisher").GetString());
    }

    [Fact]
    public void Many_documents_come_back_in_input_order()
    {
        // More notes than one parallel batch holds, in documents of different lengths.
        var input = new StringBuilder();
        var expected = new List<(string Doc, int N)>();
        for (int doc = 0; doc < 60; doc++)
            for (int n = 1; n <= 40 + doc * 3; n++)
            {
                input.Append(Note($"doc{doc}", n, n % 3 == 0 ? $"Ibid., {n}." : $"Geoffrey Roberts, *Stalin's Wars* (New Haven: Yale University Press, 2006), {n}.")).Append('\n');
                expected.Add(($"doc{doc}", n));
            }

        var lines = Lines(Support.Citations.Run("parse-notes", temp.File("many.jsonl", input.ToString())).Stdout);

        Assert.Equal(expected, lines.Select(l => (l.GetProperty("doc").GetString()!, l.GetProperty("n").GetInt32())));
        Assert.All(lines.Where(l => l.GetProperty("n").GetInt32() % 3 == 0),
            l => Assert.StartsWith("ibid", l.GetProperty("citations")[0].GetProperty("position").GetString()));
    }

    [Fact]
    public void A_document_whose_notes_are_split_is_warned_about()
    {
        string input = string.Join('\n', Note("a", 1, "Ibid."), Note("b", 1, "Ibid."), Note("a", 2, "Ibid.")) + "\n";
        var run = Support.Citations.Run("parse-notes", temp.File("split.jsonl", input));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("line 3: the notes of doc \"a\" are not contiguous", run.Stderr);
    }

    [Fact]
    public void Standard_input_works_in_a_real_process()
    {
        var input = Encoding.UTF8.GetBytes(Note("s", 1, "RGASPI, f. 17, op. 3, d. 1042, ll. 12-14.") + "\n");
        var run = Support.Citations.RunProcess(input, "parse-notes", "-");
        Assert.Equal(0, run.ExitCode);
        var archival = Lines(run.Stdout)[0].GetProperty("citations")[0].GetProperty("item").GetProperty("custom").GetProperty("archival");
        Assert.Equal("17", archival.GetProperty("fond").GetString());
        Assert.Equal("1042", archival.GetProperty("delo").GetString());
    }

    [Fact]
    public void An_empty_input_says_there_were_no_notes()
    {
        var run = Support.Citations.Run("parse-notes", temp.File("empty.jsonl", ""));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no notes in the input", run.Stderr);
        Assert.Equal("", run.Stdout);
    }
}
