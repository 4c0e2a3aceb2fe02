using System.Text;
using Citations.Formats.Tests.Support;

namespace Citations.Formats.Tests;

/// <summary>
/// Each writer's output for Golden/items.json, compared byte for byte with the reviewed file
/// beside it. After a deliberate change, regenerate with CITATIONS_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public class GoldenFileTests
{
    public static TheoryData<string> Formats => new(ReferenceWriters.Names);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Output_of_the_sample_items_matches_the_reviewed_file(string format)
    {
        var writer = ReferenceWriters.GetByName(format);
        string actual = OutputOf.Write(writer, SampleItems.All);
        string path = Path.Combine(RepositoryPaths.Golden, $"{writer.Name}{writer.FileExtension}");

        if (Environment.GetEnvironmentVariable("CITATIONS_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with CITATIONS_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
