using System.Text;
using System.Text.RegularExpressions;
using Citations.Core.Model;
using Citations.Formats.Items;
using Citations.Formats.Tests.Support;

namespace Citations.Formats.Tests.Clients;

/// <summary>
/// The biblatex output of every gold and sample item, checked by biber against biblatex's data
/// model (<c>biber --tool --validate-datamodel</c>). Each warning must be one the source justifies.
/// </summary>
public partial class BiberTests
{
    [ClientFact(Client.Biber)]
    public void Biber_validates_every_item_against_the_data_model_with_no_unjustified_warning()
    {
        var items = SampleItems.WithGold;
        using var folder = new TempFolder();
        string input = folder.File("references.bib"), output = folder.File("validated.bib");
        File.WriteAllText(input, OutputOf.Write(ReferenceWriters.GetByName("biblatex"), items), new UTF8Encoding(false));

        var result = ExternalTools.Run(ExternalTools.Require(Client.Biber, "biber"),
            ["--tool", "--validate-datamodel", "--nolog", "--output-file", output, input], folder.Path);

        Assert.True(result.ExitCode == 0, $"biber failed ({result.ExitCode}):\n{result.StandardOutput}\n{result.StandardError}");
        var byKey = items.ToDictionary(i => i.Id);
        var reports = (result.StandardOutput + "\n" + result.StandardError)
            .Split('\n')
            .Where(line => line.StartsWith("WARN", StringComparison.Ordinal) || line.StartsWith("ERROR", StringComparison.Ordinal))
            .ToList();
        // The gold files have unsigned and undated items, so biber always has something to say:
        // an empty report would mean its output was not read.
        Assert.NotEmpty(reports);
        var unjustified = reports.Where(line => Justification(line, byKey) is null).ToList();
        Assert.True(unjustified.Count == 0, "biber reported:\n" + string.Join("\n", unjustified));
        // biber wrote every entry back: none was lost to a parse error.
        Assert.Equal(items.Count, Regex.Count(File.ReadAllText(output), @"^@", RegexOptions.Multiline));
    }

    /// <summary>Why a biber warning is right to give for this item, or null when the writer is at fault.</summary>
    static string? Justification(string line, IReadOnlyDictionary<string, CslItem> items)
    {
        var m = Warning().Match(line);
        if (!m.Success || !items.TryGetValue(m.Groups["key"].Value, out var item)) return null;
        string message = m.Groups["message"].Value;

        if (message == "Missing mandatory field - one of 'date, year' must be defined")
            return IsoDates.Format(item.Issued) is null ? "the source gives no date" : null;

        if (MissingField().Match(message) is { Success: true } missing)
        {
            bool absent = missing.Groups["field"].Value switch
            {
                "author" => item.Author is null or { Count: 0 },
                "editor" => item.Editor is null or { Count: 0 },
                "title" => Describe.Title(item) is null && item.VolumeTitle is null,
                "journaltitle" or "booktitle" => item.ContainerTitle is null,
                "institution" => item.Publisher is null,
                "type" => item.Genre is null && item.CollectionTitle is null,
                _ => false,
            };
            // biblatex's data model asks for an author even of unsigned articles and edited books;
            // biblatex-chicago prints those by title or editor (CMOS 14.75-76).
            return absent ? "the source has nothing for the field" : null;
        }

        if (InvalidField().Match(message) is { Success: true } invalid)
        {
            string field = invalid.Groups["field"].Value, type = invalid.Groups["type"].Value;
            // biblatex declares @letter with no fields of its own; biblatex-chicago documents author,
            // title, booktitle, origdate, editor, pages, location, publisher for it (jackson:paulina:letter).
            if (type == "letter") return "biblatex-chicago's @letter";
            // biblatex-chicago documents location in articles: where a journal or paper is published (CMOS 14.182, 14.193).
            if (type == "article" && field == "location") return item.PublisherPlace is not null ? "biblatex-chicago's article location" : null;
        }
        return null;
    }

    [GeneratedRegex(@"^WARN - Datamodel: Entry '(?<key>[^']+)' \([^)]*\): (?<message>.+?)\s*$")]
    private static partial Regex Warning();

    [GeneratedRegex(@"^Missing mandatory field '(?<field>\w+)'$")]
    private static partial Regex MissingField();

    [GeneratedRegex(@"^Invalid field '(?<field>\w+)' for entrytype '(?<type>\w+)'$")]
    private static partial Regex InvalidField();
}
