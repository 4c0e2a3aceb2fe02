using System.Text;
using System.Text.Json;
using Citations.Formats.Tests.Support;

namespace Citations.Formats.Tests.Clients;

/// <summary>The CSL-JSON output of every gold and sample item, validated by ajv against shared/schema/csl-data.json.</summary>
public class CslJsonSchemaTests
{
    [ClientFact(Client.NodeTools)]
    public void Ajv_finds_the_output_valid_against_the_CSL_data_schema()
    {
        Assert.True(File.Exists(RepositoryPaths.CslDataSchema), $"the schema is not at {RepositoryPaths.CslDataSchema}");
        var items = SampleItems.WithGold;
        using var folder = new TempFolder();
        string file = folder.File("references.json");
        File.WriteAllText(file, OutputOf.Write(ReferenceWriters.GetByName("csl-json"), items), new UTF8Encoding(false));

        var result = ExternalTools.Node(Path.Combine(RepositoryPaths.Clients, "csl-validate.mjs"), RepositoryPaths.CslDataSchema, file);
        Assert.True(result.ExitCode == 0, result.StandardError);
        using var report = JsonDocument.Parse(result.StandardOutput);
        Assert.True(report.RootElement.GetProperty("valid").GetBoolean(), report.RootElement.GetProperty("errors").ToString());
        Assert.Equal(items.Count, report.RootElement.GetProperty("count").GetInt32());
    }
}
