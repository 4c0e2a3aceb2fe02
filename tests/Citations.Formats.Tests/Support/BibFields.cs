using System.Text.RegularExpressions;

namespace Citations.Formats.Tests.Support;

/// <summary>Reads the fields back out of one entry the writers wrote (one field per line).</summary>
static partial class BibFields
{
    public static string EntryType(string bib) => EntryHead().Match(bib).Groups["type"].Value;

    public static string Key(string bib) => EntryHead().Match(bib).Groups["key"].Value;

    public static string? Field(string bib, string name) =>
        FieldLine().Matches(bib).FirstOrDefault(m => m.Groups["name"].Value == name) is { } m
            ? m.Groups["braced"].Success ? m.Groups["braced"].Value : m.Groups["macro"].Value
            : null;

    public static IReadOnlyList<string> FieldNames(string bib) => FieldLine().Matches(bib).Select(m => m.Groups["name"].Value).ToList();

    [GeneratedRegex(@"^@(?<type>\w+)\{(?<key>[^,]*),$", RegexOptions.Multiline)]
    private static partial Regex EntryHead();

    [GeneratedRegex(@"^  (?<name>\w+) = (?:\{(?<braced>.*)\}|(?<macro>\w+)),$", RegexOptions.Multiline)]
    private static partial Regex FieldLine();
}
