using Citations.Formats.BibLatex;
using Citations.Formats.BibTex;
using Citations.Formats.CslJson;
using Citations.Formats.Ris;

namespace Citations.Formats.Tests;

public class ReferenceWritersTests
{
    [Theory]
    [InlineData("bibtex", typeof(BibTexWriter), "application/x-bibtex", ".bib")]
    [InlineData("biblatex", typeof(BibLatexWriter), "application/x-biblatex", ".bib")]
    [InlineData("ris", typeof(RisWriter), "application/x-research-info-systems", ".ris")]
    [InlineData("csl-json", typeof(CslJsonWriter), "application/vnd.citationstyles.csl+json", ".json")]
    public void Each_format_is_found_by_name_and_by_media_type(string name, Type type, string mediaType, string extension)
    {
        Assert.True(ReferenceWriters.TryGetByName(name, out var byName));
        Assert.IsType(type, byName);
        Assert.Equal(mediaType, byName.MediaType);
        Assert.Equal(extension, byName.FileExtension);
        Assert.True(ReferenceWriters.TryGetByMediaType(mediaType, out var byMediaType));
        Assert.Same(byName, byMediaType);
    }

    [Theory]
    [InlineData("BibTeX")]
    [InlineData(" ris ")]
    public void Names_are_matched_ignoring_case_and_surrounding_space(string name) =>
        Assert.True(ReferenceWriters.TryGetByName(name, out _));

    [Theory]
    [InlineData("application/x-bibtex; charset=utf-8", "bibtex")]
    [InlineData("APPLICATION/X-RESEARCH-INFO-SYSTEMS", "ris")]
    [InlineData(" application/vnd.citationstyles.csl+json ;q=0.9", "csl-json")]
    public void Media_types_are_matched_ignoring_case_and_parameters(string mediaType, string name)
    {
        Assert.True(ReferenceWriters.TryGetByMediaType(mediaType, out var writer));
        Assert.Equal(name, writer.Name);
    }

    [Fact]
    public void An_unknown_format_is_refused_with_the_known_ones_named()
    {
        Assert.False(ReferenceWriters.TryGetByName("endnote", out _));
        Assert.False(ReferenceWriters.TryGetByMediaType("text/html", out _));
        var e = Assert.Throws<ArgumentException>(() => ReferenceWriters.GetByName("endnote"));
        Assert.Contains("bibtex, biblatex, ris, csl-json", e.Message);
    }
}
