using System.Text.Json;
using System.Text.Json.Serialization;
using Citations.Core.Json;
using Citations.Core.Model;

namespace Citations.Storage.Sql;

/// <summary>How items and small lists are kept in text columns: the output contract's JSON.</summary>
static class StorageJson
{
    public static string Item(CslItem item) => CitationsJson.Serialize(item);

    public static CslItem Item(string json) =>
        CitationsJson.Deserialize<CslItem>(json) ?? throw new InvalidDataException("a stored item is not a CSL-JSON object");

    public static string? List(IReadOnlyList<string>? values) =>
        values is null or { Count: 0 } ? null : JsonSerializer.Serialize(values, StorageJsonContext.Default.IReadOnlyListString);

    public static IReadOnlyList<string>? List(string? json) =>
        json is null ? null : JsonSerializer.Deserialize(json, StorageJsonContext.Default.IReadOnlyListString);
}

[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
