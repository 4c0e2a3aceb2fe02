using System.Text.RegularExpressions;

namespace Citations.Formats.Tests.Clients;

/// <summary>
/// A strict RIS reader after the specification: each line is <c>TAG  - value</c> (two capitals or a
/// capital and a digit, two spaces, a hyphen, a space), a record runs from <c>TY</c> to <c>ER</c>,
/// blank lines lie only between records.
/// </summary>
static partial class RisReader
{
    public sealed record Record(IReadOnlyList<(string Tag, string Value)> Lines)
    {
        /// <summary>The value of a tag that may appear once; null when it does not appear.</summary>
        public string? Single(string tag) => Lines.Where(l => l.Tag == tag).Select(l => l.Value).SingleOrDefault();
    }

    public static IReadOnlyList<Record> Read(string ris)
    {
        var records = new List<Record>();
        List<(string, string)>? current = null;
        int number = 0;
        foreach (string line in ris.Split("\r\n"))
        {
            number++;
            if (line.Length == 0)
            {
                if (current is not null) throw new FormatException($"line {number}: blank line inside a record");
                continue;
            }
            var m = TagLine().Match(line);
            if (!m.Success) throw new FormatException($"line {number}: not a tag line: {line}");
            string tag = m.Groups["tag"].Value, value = m.Groups["value"].Value;
            if (tag == "TY")
            {
                if (current is not null) throw new FormatException($"line {number}: TY inside a record");
                current = [];
            }
            else if (current is null) throw new FormatException($"line {number}: {tag} before TY");
            current.Add((tag, value));
            if (tag == "ER")
            {
                records.Add(new Record(current));
                current = null;
            }
        }
        if (current is not null) throw new FormatException("the last record has no ER");
        return records;
    }

    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9])  - (?<value>.*)$")]
    private static partial Regex TagLine();
}
