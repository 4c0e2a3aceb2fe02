using System.Text;
using System.Text.Json;
using Citations.Cli.Tests.Support;

namespace Citations.Cli.Tests;

/// <summary>What <c>citations extract</c> does with input that is not a well-formed document: a clear message and
/// exit status 2 for what cannot be read, a warning or a flagged note for what can, and no note lost.</summary>
public sealed class ExtractInputTests : IDisposable
{
    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void An_empty_file_is_refused()
    {
        var run = Support.Citations.Run("extract", temp.File("empty.txt", ""));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("empty.txt is empty", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void A_file_of_white_space_is_refused()
    {
        var run = Support.Citations.Run("extract", temp.File("blank.txt", "  \n\n\t\n"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("holds only white space", run.Stderr);
    }

    [Fact]
    public void A_binary_file_is_refused_naming_the_first_nul_byte()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var run = Support.Citations.Run("extract", temp.File("figure.png", png));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("figure.png is not a text file (a NUL byte at offset 8)", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr); // no stack trace
    }

    [Fact]
    public void A_missing_file_and_a_folder_are_refused()
    {
        var missing = Support.Citations.Run("extract", Path.Combine(temp.Path, "nowhere.txt"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nowhere.txt: no such file", missing.Stderr);
        var folder = Support.Citations.Run("extract", temp.Path);
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("is a directory", folder.Stderr);
    }

    [Fact]
    public void Unknown_formats_and_styles_are_usage_errors()
    {
        string seed = Repo.Seed("000");
        var format = Support.Citations.Run("extract", seed, "--format", "endnote");
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("endnote", format.Stderr);
        var style = Support.Citations.Run("extract", seed, "--format", "chicago-notes", "--style", "../../etc/passwd");
        Assert.Equal(2, style.ExitCode);
        Assert.Contains("unknown style", style.Stderr);
    }

    [Fact]
    public void Invalid_utf8_is_read_byte_for_byte_with_a_warning_and_every_note_kept()
    {
        // Seed 003 with one "ä" written as the single Latin-1 byte 0xE4 instead of UTF-8's two.
        byte[] seed = File.ReadAllBytes(Repo.Seed("003"));
        byte[] umlaut = Encoding.UTF8.GetBytes("Aufsätzen");
        int at = seed.AsSpan().IndexOf(umlaut);
        Assert.True(at > 0, "seed 003 cites Ulbricht's Aufsätzen");
        var bytes = seed[..at].Concat(Encoding.Latin1.GetBytes("Aufsätzen")).Concat(seed[(at + umlaut.Length)..]).ToArray();

        var run = Support.Citations.Run("extract", temp.File("latin1.txt", bytes));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"latin1.txt is not valid UTF-8: 1 byte (the first at offset {at + 4})", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var notes = json.RootElement.GetProperty("notes").EnumerateArray().ToList();
        Assert.Equal(123, notes.Count);
        Assert.Contains(notes, n => n.GetProperty("text").GetString()!.Contains("Aus Reden und Aufsätzen"));
    }

    [Fact]
    public void A_text_without_notes_says_so_and_writes_an_empty_result()
    {
        var run = Support.Citations.Run("extract", temp.File("prose.txt", "The Berlin crisis began in November 1958.\nIt ended, in a sense, in 1962.\n"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("prose.txt: no notes found", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Empty(json.RootElement.GetProperty("notes").EnumerateArray());
    }

    [Fact]
    public void A_note_of_100000_characters_is_flagged_and_the_others_are_parsed()
    {
        string runaway = "Memorandum of conversation, " + string.Concat(Enumerable.Repeat("the minutes go on and on, ", 4000));
        Assert.True(runaway.Length >= 100_000);
        string document = "Text.[^1] More.[^2] End.[^3]\n\n" +
            "[^1]: John Lewis Gaddis, *We Now Know: Rethinking Cold War History* (Oxford: Clarendon Press, 1997), 54.\n" +
            $"[^2]: {runaway}\n" +
            "[^3]: Ibid., 61.\n";

        var run = Support.Citations.Run("extract", temp.File("runaway.md", document));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var notes = json.RootElement.GetProperty("notes").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], notes.Select(n => n.GetProperty("n").GetInt32()));
        Assert.Contains("characters long (limit 20,000); kept unparsed", notes[1].GetProperty("error").GetString());
        Assert.Equal(runaway.TrimEnd(), notes[1].GetProperty("text").GetString());
        Assert.Equal("Gaddis", notes[0].GetProperty("citations")[0].GetProperty("item").GetProperty("author")[0].GetProperty("family").GetString());
        var ibid = notes[2].GetProperty("citations")[0];
        Assert.Equal("61", ibid.GetProperty("locator").GetString());
        Assert.Equal("We Now Know: Rethinking Cold War History", ibid.GetProperty("item").GetProperty("title").GetString());
        Assert.Contains("note 2 is", run.Stderr);
    }

    [Fact]
    public void A_50_megabyte_document_is_extracted_whole()
    {
        string text = Citations.Cli.Commands.Bench.ExtractBench.MarkdownDocument(Path.Combine(Repo.Root, "seeds"), 50_000_000);
        string path = temp.File("book.md", text);
        string output = Path.Combine(temp.Path, "book.bib");
        int expectedNotes = text.Split("\n[^").Length - 1;

        var run = Support.Citations.Run("extract", path, "--format", "biblatex", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("no notes", run.Stderr);
        Assert.True(expectedNotes > 70_000, $"{expectedNotes} notes");
        string bib = File.ReadAllText(output);
        Assert.True(bib.Split("\n@").Length > 300, "the references of the whole document");
        Assert.False(File.Exists(output + ".tmp-" + Environment.ProcessId), "the temporary file is moved into place");
    }

    [Fact]
    public void Output_into_a_missing_folder_is_refused_before_anything_is_written()
    {
        var run = Support.Citations.Run("extract", Repo.Seed("000"), "-o", Path.Combine(temp.Path, "no", "such", "out.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Stderr);
    }

    [Fact]
    public void Standard_input_is_a_document_and_exit_statuses_reach_the_shell()
    {
        var ok = Support.Citations.RunProcess(File.ReadAllBytes(Repo.Seed("001")), "extract", "-", "--format", "csl-json");
        Assert.Equal(0, ok.ExitCode);
        using var items = JsonDocument.Parse(ok.Stdout);
        Assert.Contains(items.RootElement.EnumerateArray(), i => i.GetProperty("id").GetString() == "bundy1988danger");

        var empty = Support.Citations.RunProcess([], "extract", "-");
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("<stdin> is empty", empty.Stderr);
    }
}
