using System.Globalization;
using System.Text.RegularExpressions;
using Citations.Cli.Tests.Support;

namespace Citations.Cli.Tests;

/// <summary><c>citations eval</c> and the Chicago formats of <c>citations extract</c>, on the seeds.</summary>
public sealed class EvalAndStyleTests
{
    [Fact]
    public void Eval_prints_per_field_scores_for_a_gold_file()
    {
        var run = Support.Citations.Run("eval", Path.Combine(Repo.Root, "tests", "gold", "003.jsonl"));
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("123 notes; citations found: precision", run.Stdout);
        var total = Regex.Match(run.Stdout, @"= bibliographic\s+(?<p>[\d.]+)\s+(?<r>[\d.]+)\s+(?<f>[\d.]+)");
        Assert.True(total.Success, run.Stdout);
        Assert.True(double.Parse(total.Groups["f"].Value, CultureInfo.InvariantCulture) >= 0.95);
        Assert.Matches(@"(?m)^archival\.record_group\s", run.Stdout);
    }

    [Fact]
    public void Eval_refuses_a_gold_file_that_is_not_gold()
    {
        using var temp = new TempFolder();
        var run = Support.Citations.Run("eval", temp.File("bad.jsonl", "{\"doc\": \"x\", \"n\": 1}\nnot json\n"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.jsonl", run.Stderr);
    }

    [Fact]
    public void Chicago_notes_give_every_note_full_then_short()
    {
        var run = Support.Citations.Run("extract", Repo.Seed("003"), "--format", "chicago-notes");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(1, 123).Select(n => $"{n}."), lines.Select(l => l[..l.IndexOf(' ')]));
        // Kleist's book in full at its first mention (note 6), shortened when it comes back (note 36).
        Assert.Contains("The European Tragedy (London, 1965)", lines[5]);
        Assert.Equal("36. Kleist, The European Tragedy, 139–41.", lines[35]);
        // A signal after a semicolon is not capitalized.
        Assert.Contains("Washington National Record Center; see also Huene", lines[56]);
        // German titles keep their own capitals; volume numbers get their label.
        Assert.Contains("“Entwurf eines Aufrufes an die deutschen Soldaten,” in Zur Geschichte der deutschen Arbeiterbewegung", lines[13]);
        Assert.Contains("vol. 2, supp. 2", lines[13]);
    }

    [Fact]
    public void The_ibid_variant_writes_ibid_and_the_bibliography_is_sorted()
    {
        var notes = Support.Citations.Run("extract", Repo.Seed("001"), "--format", "chicago-notes", "--style", "chicago-notes-bibliography-subsequent-ibid");
        Assert.Equal(0, notes.ExitCode);
        Assert.Contains("\n11. Ibid., fols. 17–18.\n", notes.Stdout);

        var bibliography = Support.Citations.Run("extract", Repo.Seed("003"), "--format", "chicago-bibliography");
        Assert.Equal(0, bibliography.ExitCode);
        var entries = bibliography.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(entries.Length > 100);
        int Index(string start) => Array.FindIndex(entries, e => e.StartsWith(start, StringComparison.Ordinal));
        Assert.True(Index("Armstrong, Anne.") < Index("Kennan, George F.") && Index("Kennan, George F.") < Index("Woodward, Llewellyn."));
    }
}
