using System.Text.Json;
using Citations.Core.Json;
using Citations.Core.Model;
using Citations.Formats.Items;

namespace Citations.Formats.CslJson;

/// <summary>
/// CSL-JSON: an array of items in the output contract's JSON (<see cref="CitationsJson.Options"/>),
/// one item per line so that large libraries stream and diff well. An item without an id gets the
/// key the other writers give it, since the CSL-JSON schema requires one.
/// </summary>
public sealed class CslJsonWriter : IReferenceWriter
{
    public string Name => "csl-json";
    public string MediaType => "application/vnd.citationstyles.csl+json";
    public string FileExtension => ".json";

    public void Write(IEnumerable<CslItem> items, TextWriter output)
    {
        var keys = new ReferenceKeys();
        output.Write('[');
        bool first = true;
        foreach (var item in items)
        {
            output.Write(first ? "\n" : ",\n");
            first = false;
            // Every item takes its key, so that a generated id cannot clash with a later item's own.
            string key = keys.For(item);
            var withId = string.IsNullOrWhiteSpace(item.Id) ? item with { Id = key } : item;
            output.Write(JsonSerializer.Serialize(withId, CitationsJson.Options));
        }
        output.Write(first ? "]\n" : "\n]\n");
    }
}
