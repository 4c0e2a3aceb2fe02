namespace Citations.Csl.Data;

/// <summary>One CSL-JSON item, normalized: text and number variables as strings, names and dates parsed.</summary>
public sealed class Reference
{
    public string Id = "";
    public string Type = "article";
    public readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal);
    public readonly Dictionary<string, Name[]> Names = new(StringComparer.Ordinal);
    public readonly Dictionary<string, DateValue> Dates = new(StringComparer.Ordinal);
    /// <summary>Problems met while reading the item (wrong types …), reported as warnings.</summary>
    public List<string>? Warnings;

    public string? Get(string variable) => Fields.TryGetValue(variable, out var v) && v.Length > 0 ? v : null;

    public Name[]? GetNames(string variable) => Names.TryGetValue(variable, out var v) && v.Length > 0 ? v : null;

    public DateValue? GetDate(string variable) => Dates.TryGetValue(variable, out var v) ? v : null;

    public string? Language => Get("language");

    internal void Warn(string msg) => (Warnings ??= new List<string>()).Add($"item {Id}: {msg}");
}
