using System.Text.Json.Serialization;

namespace Citations.Core.Model;

/// <summary>A CSL-JSON date: <c>{"date-parts": [[1943, 6, 17]]}</c>, two parts for a range.</summary>
public sealed record CslDate
{
    [JsonPropertyName("date-parts"), JsonConverter(typeof(DatePartsConverter))] public IReadOnlyList<IReadOnlyList<int>>? DateParts { get; init; }
    [JsonPropertyName("season"), JsonConverter(typeof(FlexibleStringConverter))] public string? Season { get; init; }
    [JsonPropertyName("circa")] public bool? Circa { get; init; }
    [JsonPropertyName("literal")] public string? Literal { get; init; }
    [JsonPropertyName("raw")] public string? Raw { get; init; }

    public static CslDate Of(int year, int? month = null, int? day = null) => new()
    {
        DateParts = [Parts(year, month, day)],
    };

    public static CslDate Range(CslDate from, CslDate to) => new()
    {
        DateParts = [from.DateParts![0], to.DateParts![0]],
    };

    static int[] Parts(int year, int? month, int? day) =>
        month is null ? [year] : day is null ? [year, month.Value] : [year, month.Value, day.Value];

    [JsonIgnore] public int? Year => DateParts is [{ Count: > 0 } first, ..] ? first[0] : null;
    [JsonIgnore] public int? Month => DateParts is [{ Count: > 1 } first, ..] ? first[1] : null;
    [JsonIgnore] public int? Day => DateParts is [{ Count: > 2 } first, ..] ? first[2] : null;

    /// <summary>ISO-like form (1943, 1943-06, 1943-06-17, ranges with '/'): how dates are compared.</summary>
    public override string ToString()
    {
        if (DateParts is null or { Count: 0 }) return Literal ?? Raw ?? "";
        return string.Join("/", DateParts.Select(p => string.Join("-", p.Select((v, i) => i == 0 ? v.ToString() : v.ToString("00")))));
    }
}
