using Citations.Core.Model;
using Citations.Core.Pipeline;

namespace Citations.Formats.Tests.Support;

/// <summary>
/// The references the pipeline extracts from every seed document, as `citations extract` writes
/// them; ids prefixed with the seed's number so keys stay unique across documents.
/// </summary>
static class SeedItems
{
    static readonly Lazy<IReadOnlyList<CslItem>> Items = new(Load);

    public static IReadOnlyList<CslItem> All => Items.Value;

    static IReadOnlyList<CslItem> Load()
    {
        var items = new List<CslItem>();
        foreach (string file in Directory.GetFiles(Repo.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            string seed = Path.GetFileName(file)[..3];
            var result = new DocumentExtractor().Extract(File.ReadAllText(file), file);
            items.AddRange(result.References.Select(r => r with { Id = $"s{seed}-{r.Id}" }));
        }
        return items;
    }
}
