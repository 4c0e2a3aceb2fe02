using System.Text.Json;
using System.Text.Json.Serialization;
using Citations.Core.Json;
using Citations.Core.Model;

namespace Citations.Core.Evaluation;

/// <summary>One line of a gold file: a note and the citations a careful reader finds in it.</summary>
public sealed record GoldNote
{
    [JsonPropertyName("doc")] public string Doc { get; init; } = "";
    [JsonPropertyName("n")] public int N { get; init; }
    [JsonPropertyName("lines")] public LineSpan? Lines { get; init; }
    [JsonPropertyName("text")] public string Text { get; init; } = "";
    [JsonPropertyName("citations")] public IReadOnlyList<GoldCitation> Citations { get; init; } = [];

    /// <summary>Reads a gold file; a line that is not a gold note is reported with its number.</summary>
    public static IReadOnlyList<GoldNote> ReadLines(IEnumerable<string> lines, string source)
    {
        var notes = new List<GoldNote>();
        int number = 0;
        foreach (string line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                notes.Add(JsonSerializer.Deserialize(line, GoldJsonContext.Default.GoldNote) ?? throw new JsonException("empty"));
            }
            catch (JsonException e)
            {
                throw new FormatException($"{source}:{number}: not a gold note ({e.Message})", e);
            }
        }
        return notes;
    }
}

/// <summary>A gold citation: the contract's citation shape, with <c>text</c> the exact span in the note.</summary>
public sealed record GoldCitation
{
    [JsonPropertyName("text")] public string Text { get; init; } = "";
    [JsonPropertyName("prefix")] public string? Prefix { get; init; }
    [JsonPropertyName("part")] public string? Part { get; init; }
    [JsonPropertyName("locator")] public string? Locator { get; init; }
    [JsonPropertyName("label")] public string? Label { get; init; }
    [JsonPropertyName("position")] public string? Position { get; init; }
    [JsonPropertyName("refers_to")] public string? RefersTo { get; init; }
    [JsonPropertyName("item")] public CslItem Item { get; init; } = new();
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GoldNote))]
internal sealed partial class GoldJsonContext : JsonSerializerContext;
