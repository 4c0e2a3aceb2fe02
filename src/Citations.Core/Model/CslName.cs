using System.Text.Json.Serialization;

namespace Citations.Core.Model;

/// <summary>A CSL-JSON name: a personal name in parts, or an institution as a literal.</summary>
public sealed record CslName
{
    [JsonPropertyName("family")] public string? Family { get; init; }
    [JsonPropertyName("given")] public string? Given { get; init; }
    [JsonPropertyName("dropping-particle")] public string? DroppingParticle { get; init; }
    [JsonPropertyName("non-dropping-particle")] public string? NonDroppingParticle { get; init; }
    [JsonPropertyName("suffix")] public string? Suffix { get; init; }
    [JsonPropertyName("literal")] public string? Literal { get; init; }

    public static CslName Person(string family, string? given = null) => new() { Family = family, Given = given };
    public static CslName Institution(string literal) => new() { Literal = literal };

    /// <summary>"Family, Given" or the literal; how names are compared and shown in messages.</summary>
    public override string ToString() =>
        Literal ?? (string.IsNullOrEmpty(Given) ? Family ?? "" : $"{Family}, {Given}");
}
