using System.Text.Json;
using System.Text.Json.Serialization;
using Citations.Core.Json;
using Citations.Core.Model;

namespace Citations.Catalogs.Evaluation;

/// <summary>A parsed reference and the record it must resolve to (<see cref="Expect"/>), or null when no catalog
/// holds the cited work or edition and the matcher must abstain.</summary>
public sealed record LabelledReference(string Source, CslItem Reference, string? Expect);

/// <summary>The labelled set the accept threshold is calibrated on (tests/Citations.Catalogs.Tests/Labelled/labelled.json).</summary>
public static class LabelledSet
{
    public static IReadOnlyList<LabelledReference> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var list = new List<LabelledReference>();
        foreach (var entry in document.RootElement.GetProperty("references").EnumerateArray())
        {
            var item = CitationsJson.Deserialize<CslItem>(entry.GetProperty("reference").GetRawText())
                ?? throw new InvalidDataException($"{path}: a reference that is null");
            string? expect = entry.GetProperty("expect").ValueKind == JsonValueKind.Null ? null : entry.GetProperty("expect").GetString();
            list.Add(new LabelledReference(entry.GetProperty("source").GetString() ?? "", item, expect));
        }
        return list;
    }
}
