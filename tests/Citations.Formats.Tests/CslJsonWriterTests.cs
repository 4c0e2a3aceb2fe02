using Citations.Core.Json;
using Citations.Core.Model;
using Citations.Formats.Tests.Support;

namespace Citations.Formats.Tests;

public class CslJsonWriterTests
{
    [Fact]
    public void The_output_reads_back_as_the_same_items()
    {
        var items = SampleItems.WithGold;
        var read = CitationsJson.Deserialize<List<CslItem>>(OutputOf.Write(ReferenceWriters.GetByName("csl-json"), items))!;
        Assert.Equal(items.Select(i => CitationsJson.Serialize(i)), read.Select(i => CitationsJson.Serialize(i)));
    }

    [Fact]
    public void One_item_per_line_in_an_array()
    {
        string json = OutputOf.Write("csl-json", new CslItem { Id = "a" }, new CslItem { Id = "b", Title = "Ost & West" });
        Assert.Equal("[\n{\"id\":\"a\",\"type\":\"document\"},\n{\"id\":\"b\",\"type\":\"document\",\"title\":\"Ost & West\"}\n]\n", json);
        Assert.Equal("[]\n", OutputOf.Write("csl-json"));
    }

    [Fact]
    public void An_item_without_an_id_gets_the_key_the_other_formats_give_it()
    {
        var item = new CslItem { Type = CslType.Book, Author = [CslName.Person("Bundy", "McGeorge")], Title = "Danger and Survival", Issued = CslDate.Of(1988) };
        string json = OutputOf.Write("csl-json", item);
        Assert.Contains("\"id\":\"bundy1988danger\"", json);
        Assert.Equal("bundy1988danger", BibFields.Key(OutputOf.Write("bibtex", item)));
    }
}
