using System.Text.Json;
using System.Text.RegularExpressions;
using Citations.Core.Notes;

namespace Citations.Core.Tests;

public class NoteFinderTests
{
    static IReadOnlyList<Evaluation.GoldNote> Gold(string doc) =>
        Evaluation.GoldNote.ReadLines(File.ReadLines(Repo.Path("tests", "gold", doc + ".jsonl")), doc);

    static FoundNotes Find(string seed) => new NoteFinder().Find(File.ReadAllText(Repo.Seed(seed)));

    static string Squash(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    /// <summary>Every seed's notes match the hand-made gold: numbers, texts and line spans.</summary>
    [Theory]
    [InlineData("000", "frus-source-notes")]
    [InlineData("001", "footnotes-pdf")]
    [InlineData("002", "endnotes")]
    [InlineData("003", "superscript")]
    [InlineData("004", "inline-brackets")]
    public void Seed_notes_match_the_gold(string seed, string layout)
    {
        var found = Find(seed);
        var gold = Gold(seed);
        Assert.Equal(layout, found.Layout);
        Assert.Equal(gold.Select(g => g.N), found.Notes.Select(n => n.Number));
        foreach (var (g, n) in gold.Zip(found.Notes))
        {
            Assert.Equal(Squash(g.Text), Squash(n.Text));
            if (g.Lines is { } lines) Assert.Equal(lines, n.Lines);
        }
    }

    [Fact]
    public void Pdf_text_notes_whose_text_is_missing_are_listed_not_invented()
    {
        var found = Find("001");
        var missing = JsonDocument.Parse(File.ReadAllText(Repo.Path("tests", "gold", "missing.json"))).RootElement
            .GetProperty("001").EnumerateArray().Select(e => e.GetInt32());
        Assert.Equal(missing, found.MissingNotes);
    }

    [Fact]
    public void Pdf_text_anchors_notes_to_the_markers_glued_to_body_words()
    {
        var notes = Find("001").Notes.ToDictionary(n => n.Number);
        Assert.Equal(13, notes[1].Anchor!.Line);
        Assert.EndsWith("Germany.1", notes[1].Anchor!.Context);
        Assert.EndsWith("GDR.21", notes[21].Anchor!.Context);
        // "within." 12 — a marker set off by a space at the line's end.
        Assert.Equal(142, notes[12].Anchor!.Line);
    }

    [Fact]
    public void Running_page_numbers_are_not_notes()
    {
        var found = Find("001");
        // "10" (line 243) and "27" (line 771) number pages; note 10's text is on line 121.
        Assert.Equal(121, found.Notes.Single(n => n.Number == 10).Lines.First);
        Assert.DoesNotContain(found.Notes, n => n.Lines.First <= 243 && n.Lines.Last >= 243);
        Assert.DoesNotContain(found.Notes, n => n.Lines.First <= 771 && n.Lines.Last >= 771);
    }

    [Fact]
    public void Endnotes_stop_before_the_page_chrome()
    {
        var found = Find("002");
        Assert.Equal(2, found.Notes.Count);
        Assert.DoesNotContain(found.Notes, n => n.Text.Contains("About the Author") || n.Text.Contains("subscri"));
        Assert.Contains("At his third meeting with Kleist", found.Notes[0].Text);
    }

    [Fact]
    public void Editorial_brackets_are_not_references()
    {
        const string text = """
            The Soviet embassy wrote that "having obtained non-use of force in landing on the [mainland Chinese] continent, Dulles believed he could win." He [Stalin] said nothing. U.S. intelligence knew of these contacts [Mastny, p. 1378.] In fact they did.
            Another source agrees. [Sudoplatov] We have few details.
            """;
        var found = new NoteFinder().Find(text);
        Assert.Equal("inline-brackets", found.Layout);
        Assert.Equal(["Mastny, p. 1378.", "Sudoplatov"], found.Notes.Select(n => n.Text));
    }

    [Fact]
    public void Markdown_footnote_definitions_are_notes()
    {
        const string text = "Stalin hesitated.[^1] Molotov did not.[^2]\n\n[^1]: Zubok, *Failed Empire*, 45.\n[^2]: Ibid., 47.\n";
        var found = new NoteFinder().Find(text);
        Assert.Equal("markdown-footnotes", found.Layout);
        Assert.Equal([1, 2], found.Notes.Select(n => n.Number));
        Assert.Equal("Ibid., 47.", found.Notes[1].Text);
        Assert.Equal(1, found.Notes[0].Anchor!.Line);
    }

    [Fact]
    public void A_text_without_notes_finds_none_and_says_so()
    {
        var found = new NoteFinder().Find("A paragraph of prose with no notes at all.\nAnother line, 1945.\n");
        Assert.Empty(found.Notes);
        Assert.Contains("no notes found", found.Warnings);
    }

    /// <summary>The PDF layout without the PDF's page-start indentation: body resumes are found from the markers.</summary>
    [Fact]
    public void Pdf_footnotes_are_found_without_the_page_start_indentation()
    {
        string text = File.ReadAllText(Repo.Seed("001"));
        string flattened = string.Join('\n', text.Split('\n').Select(l => l.TrimStart(' ')));
        var found = new NoteFinder().Find(flattened);
        var gold = Gold("001");
        int right = gold.Count(g => found.Notes.FirstOrDefault(n => n.Number == g.N) is { } n && Squash(n.Text) == Squash(g.Text));
        Assert.True(right >= gold.Count - 3, $"{right} of {gold.Count} notes right without page-start indentation");
    }
}
