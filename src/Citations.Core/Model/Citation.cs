using System.Text.Json.Serialization;

namespace Citations.Core.Model;

/// <summary>How a citation stands to earlier citations of the same work (CSL positions).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Position>))]
public enum Position
{
    [JsonStringEnumMemberName("first")] First,
    [JsonStringEnumMemberName("subsequent")] Subsequent,
    [JsonStringEnumMemberName("ibid")] Ibid,
    [JsonStringEnumMemberName("ibid-with-locator")] IbidWithLocator,
}

/// <summary>A half-open character span [Start, End) inside a note's text.</summary>
public readonly record struct TextSpan(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End)
{
    [JsonIgnore] public int Length => End - Start;
}

/// <summary>Names one citation as "note:index", both 1-based.</summary>
[JsonConverter(typeof(CitationRefJsonConverter))]
public readonly record struct CitationRef(int Note, int Index)
{
    public override string ToString() => $"{Note}:{Index}";

    public static bool TryParse(string? s, out CitationRef value)
    {
        value = default;
        if (s is null) return false;
        int colon = s.IndexOf(':');
        if (colon <= 0 || !int.TryParse(s.AsSpan(0, colon), out int note) || !int.TryParse(s.AsSpan(colon + 1), out int index))
            return false;
        value = new CitationRef(note, index);
        return true;
    }
}

/// <summary>A reference as it was cited: the item plus locator, position and where it stands in the note.</summary>
public sealed record Citation
{
    [JsonPropertyName("item")] public required CslItem Item { get; init; }
    [JsonPropertyName("locator")] public string? Locator { get; init; }
    /// <summary>A CSL locator term (page, folio, volume, …) or <c>frame</c> / <c>document</c>.</summary>
    [JsonPropertyName("label")] public string? Label { get; init; }
    [JsonPropertyName("position")] public Position Position { get; init; } = Position.First;
    [JsonPropertyName("refers_to")] public CitationRef? RefersTo { get; init; }
    [JsonPropertyName("confidence")] public double Confidence { get; init; }
    [JsonPropertyName("source")] public TextSpan Source { get; init; }
    /// <summary>The cited text itself (the note text over <see cref="Source"/>).</summary>
    [JsonPropertyName("text")] public string? Text { get; init; }
    /// <summary>Signal words before the citation: "See", "See also", "quoted in", "cf.".</summary>
    [JsonPropertyName("prefix")] public string? Prefix { get; init; }
    /// <summary>
    /// The untitled part of a published work that is cited, as Chicago writes it before "in":
    /// "Churchill to Roosevelt, Mar. 7, 1942", "diary entry for Sept. 23, 1943".
    /// </summary>
    [JsonPropertyName("part")] public string? Part { get; init; }
}
