using System.Text.Json.Serialization;

namespace Citations.Core.Model;

/// <summary>An inclusive, 1-based range of lines of the source document.</summary>
[JsonConverter(typeof(LineSpanJsonConverter))]
public readonly record struct LineSpan(int First, int Last)
{
    public override string ToString() => First == Last ? $"{First}" : $"{First}-{Last}";
}

/// <summary>Where a note marker stands in the body text.</summary>
public sealed record Anchor
{
    [JsonPropertyName("line")] public int Line { get; init; }
    [JsonPropertyName("column")] public int Column { get; init; }
    /// <summary>A few words of body text ending at the marker ("… the GDR.21").</summary>
    [JsonPropertyName("context")] public string Context { get; init; } = "";
}

/// <summary>A footnote or endnote as found in a document.</summary>
public sealed record Note
{
    [JsonPropertyName("n")] public int Number { get; init; }
    [JsonPropertyName("text")] public string Text { get; init; } = "";
    [JsonPropertyName("lines")] public LineSpan Lines { get; init; }
    [JsonPropertyName("anchor")] public Anchor? Anchor { get; init; }
    [JsonPropertyName("confidence")] public double Confidence { get; init; } = 1.0;
    /// <summary>What the finder or parser wants a reader to check ("text-truncated", "out-of-order", …).</summary>
    [JsonPropertyName("flags")] public IReadOnlyList<string>? Flags { get; init; }
}
