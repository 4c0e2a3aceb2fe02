using Citations.Catalogs.Evaluation;
using Citations.FakeCatalogs.Corpus;
using Xunit.Abstractions;

namespace Citations.Catalogs.Tests;

/// <summary>
/// Matching quality on the labelled set (Labelled/labelled.json: seed references, AnyStyle references and
/// constructed archival/FRUS ones, about half resolvable) against the fixture corpus over real HTTP.
/// The bar: precision ≥ 0.98, recall ≥ 0.90 on the resolvable ones.
/// </summary>
public sealed class LabelledSetTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Precision_and_recall_meet_the_bar()
    {
        var set = LabelledSet.Load(References.LabelledFile);
        Assert.True(set.Count >= 150, $"the labelled set has {set.Count} references, fewer than 150");
        int resolvable = set.Count(r => r.Expect is not null);
        Assert.InRange(resolvable, set.Count * 4 / 10, set.Count * 6 / 10);

        await using var harness = await Harness.StartAsync();
        var outcomes = await harness.Resolver.ResolveAsync(set.Select(r => r.Reference).ToList());
        var quality = MatchQuality.Score(set, outcomes, harness.Server.Corpus.Identify);
        output.WriteLine(quality.ToString());
        foreach (string error in quality.Errors) output.WriteLine(error);

        Assert.Equal(0, quality.Unavailable);
        Assert.True(quality.Precision >= 0.98, $"precision {quality.Precision:0.000} < 0.98\n{string.Join('\n', quality.Errors)}");
        Assert.True(quality.Recall >= 0.90, $"recall {quality.Recall:0.000} < 0.90\n{string.Join('\n', quality.Errors)}");
    }
}
