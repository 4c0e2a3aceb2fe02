using System.Text.Json;
using Citations.Core.Evaluation;

namespace Citations.Core.Tests;

/// <summary>
/// The parser's figures on the hand-made gold of the seeds may not fall below the committed
/// baseline (tests/Citations.Core.Tests/gold-baseline.json); raise the baseline when they rise.
/// </summary>
public class GoldScoreTests
{
    static readonly GoldReport Report = new GoldScorer().Score(
        Directory.GetFiles(Repo.Path("tests", "gold"), "*.jsonl").Order()
            .SelectMany(f => GoldNote.ReadLines(File.ReadLines(f), f)).ToList());

    static double Baseline(string key) =>
        JsonDocument.Parse(File.ReadAllText(Repo.Path("tests", "Citations.Core.Tests", "gold-baseline.json"))).RootElement.GetProperty(key).GetDouble();

    [Fact]
    public void Bibliographic_fields() => AtLeast("bibliographic", Report.Bibliographic.F1);

    [Fact]
    public void Archival_parts() => AtLeast("archival", Report.Archival.F1);

    [Fact]
    public void Positions_and_refers_to() => AtLeast("back_references", Report.BackReferences.F1);

    [Fact]
    public void Citations_found() => AtLeast("citations", Report.Citations.F1);

    static void AtLeast(string key, double actual)
    {
        double baseline = Baseline(key);
        Assert.True(actual >= baseline - 1e-9, $"{key} F1 {actual:0.0000} fell below the baseline {baseline:0.0000}");
    }
}
