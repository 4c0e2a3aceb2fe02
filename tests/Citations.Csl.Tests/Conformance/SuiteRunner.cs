using Citations.Csl.Harness;
using Citations.Csl.Locale;

namespace Citations.Csl.Tests.Conformance;

public sealed record CaseOutcome(string Name, string Category, bool Passed, string Expected, string Actual, string? Error);

/// <summary>Runs the official suite in-process.</summary>
public static class SuiteRunner
{
    public static string SuiteDir() => Repo.Shared("csl-test-suite");

    public static string LocalesDir() => Repo.Path("styles", "locales");

    public static List<CaseOutcome> RunAll(string? filter = null)
    {
        var provider = new FolderLocaleProvider(LocalesDir());
        var results = new List<CaseOutcome>();
        foreach (var file in Directory.GetFiles(SuiteDir(), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (filter is not null && !name.Contains(filter, StringComparison.Ordinal)) continue;
            var category = name.Split('_')[0];
            Fixture fx;
            try { fx = Fixture.Parse(file); }
            catch (Exception e) { results.Add(new CaseOutcome(name, category, false, "", "", "fixture: " + e.Message)); continue; }
            string actual;
            try
            {
                actual = CaseRunner.Run(fx.ToRequestJson(null), provider);
            }
            catch (Exception e)
            {
                results.Add(new CaseOutcome(name, category, false, fx.Result, "", e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace));
                continue;
            }
            results.Add(new CaseOutcome(name, category, Verdict.Passes(actual, fx.Result, fx.HasCitations), fx.Result, actual, null));
        }
        return results;
    }
}
