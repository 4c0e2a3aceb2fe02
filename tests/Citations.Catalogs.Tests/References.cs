using Citations.Catalogs.Evaluation;
using Citations.Core.Model;

namespace Citations.Catalogs.Tests;

/// <summary>Realistic references for the resilience tests: taken from the labelled set, by kind.</summary>
public static class References
{
    public static string LabelledFile => Repo.Path("tests", "Citations.Catalogs.Tests", "Labelled", "labelled.json");

    static readonly IReadOnlyList<LabelledReference> Set = LabelledSet.Load(LabelledFile);

    public static IReadOnlyList<LabelledReference> All => Set;

    public static IReadOnlyList<LabelledReference> Articles => Set.Where(r => r.Reference.Type == CslType.ArticleJournal).ToList();

    public static IReadOnlyList<LabelledReference> Books => Set.Where(r => r.Reference.Type == CslType.Book && r.Reference.Custom?.Identifiers?.Frus is null).ToList();

    public static CslItem Book(string titleStart) =>
        Set.First(r => r.Reference.Type == CslType.Book && r.Reference.Title?.StartsWith(titleStart, StringComparison.Ordinal) == true).Reference;
}
