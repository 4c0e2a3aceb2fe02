using System.Text.Json;
using Citations.Core.Evaluation;

namespace Citations.Core.Tests;

/// <summary>
/// The parser's figures on the hand-made gold may not fall below the committed baseline
/// (tests/Citations.Core.Tests/gold-baseline.json, one entry per gold set); raise the baseline when they rise.
/// The seeds' gold and the two development sets are guarded; the held-out set is not, so that nobody tunes on it.
/// </summary>
public class GoldScoreTests
{
    public static TheoryData<string> Sets => new() { "seeds", "dev", "dev2" };

    static readonly Dictionary<string, GoldReport> Reports = new();

    static GoldReport Report(string set)
    {
        lock (Reports)
        {
            if (Reports.TryGetValue(set, out var report)) return report;
            string folder = set == "seeds" ? Repo.Path("tests", "gold") : Repo.Path("tests", "gold", set);
            report = new GoldScorer().Score(
                Directory.GetFiles(folder, "*.jsonl").Order().SelectMany(f => GoldNote.ReadLines(File.ReadLines(f), f)).ToList());
            return Reports[set] = report;
        }
    }

    static double Baseline(string set, string key) =>
        JsonDocument.Parse(File.ReadAllText(Repo.Path("tests", "Citations.Core.Tests", "gold-baseline.json"))).RootElement
            .GetProperty(set).GetProperty(key).GetDouble();

    [Theory, MemberData(nameof(Sets))]
    public void Bibliographic_fields(string set) => AtLeast(set, "bibliographic", Report(set).Bibliographic.F1);

    [Theory, MemberData(nameof(Sets))]
    public void Archival_parts(string set) => AtLeast(set, "archival", Report(set).Archival.F1);

    [Theory, MemberData(nameof(Sets))]
    public void Positions_and_refers_to(string set) => AtLeast(set, "back_references", Report(set).BackReferences.F1);

    [Theory, MemberData(nameof(Sets))]
    public void Citations_found(string set) => AtLeast(set, "citations", Report(set).Citations.F1);

    static void AtLeast(string set, string key, double actual)
    {
        double baseline = Baseline(set, key);
        Assert.True(actual >= baseline - 1e-9, $"{set}: {key} F1 {actual:0.0000} fell below the baseline {baseline:0.0000}");
    }
}
