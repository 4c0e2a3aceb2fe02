using Citations.Core.Evaluation;
using Citations.Core.Json;
using Citations.Core.Model;

namespace Citations.Formats.Tests.Support;

/// <summary>
/// The hand-made CSL-JSON items of the gold files, each distinct item once, with an id
/// ("gold-003-12-2": document, note, citation) since gold items have none.
/// </summary>
static class GoldItems
{
    static readonly Lazy<IReadOnlyList<CslItem>> Items = new(Load);

    public static IReadOnlyList<CslItem> All => Items.Value;

    static IReadOnlyList<CslItem> Load()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<CslItem>();
        foreach (string file in Directory.GetFiles(RepositoryPaths.Gold, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var note in GoldNote.ReadLines(File.ReadLines(file), file))
            {
                for (int i = 0; i < note.Citations.Count; i++)
                {
                    var item = note.Citations[i].Item;
                    if (!seen.Add(CitationsJson.Serialize(item with { Id = "" }))) continue;
                    items.Add(item with { Id = $"gold-{note.Doc}-{note.N}-{i + 1}" });
                }
            }
        }
        return items;
    }
}
