using Citations.Core.Json;
using Citations.Core.Model;

namespace Citations.Formats.Tests.Support;

/// <summary>
/// Golden/items.json: a handful of items chosen to cover each type and each hard case (particles,
/// institutions with commas, diacritics in three scripts, quotes, ampersands, multi-volume works,
/// archives in Moscow, Washington and London, a letter in a printed collection, an empty item).
/// </summary>
static class SampleItems
{
    static readonly Lazy<IReadOnlyList<CslItem>> Items = new(() =>
        CitationsJson.Deserialize<List<CslItem>>(File.ReadAllText(Path.Combine(RepositoryPaths.Golden, "items.json")))
        ?? throw new InvalidDataException("Golden/items.json is empty"));

    public static IReadOnlyList<CslItem> All => Items.Value;

    public static CslItem ById(string id) => All.Single(i => i.Id == id);

    /// <summary>The gold items, the references extracted from every seed, and the samples: what the client tests feed to the clients.</summary>
    public static IReadOnlyList<CslItem> WithGold => [.. GoldItems.All, .. SeedItems.All, .. All];
}
