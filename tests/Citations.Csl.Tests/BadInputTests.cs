using Citations.Csl.Data;
using Citations.Csl.Locale;
using Citations.Csl.Output;
using Citations.Csl.Style;
using Citations.Csl.Tests.Conformance;

namespace Citations.Csl.Tests;

/// <summary>Hostile or malformed input gives a clear error or a graceful rendering, never an unhandled exception.</summary>
public class BadInputTests
{
    private static readonly ILocaleProvider Locales = new FolderLocaleProvider(SuiteRunner.LocalesDir());

    private const string MinimalStyle = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <citation><layout delimiter="; "><names variable="author"><name/></names><date variable="issued" prefix=" " form="text"/></layout></citation>
          <bibliography><layout><text variable="title"/><bogus-element/></layout></bibliography>
        </style>
        """;

    [Fact]
    public void Dtd_is_refused()
    {
        var xml = """<?xml version="1.0"?><!DOCTYPE style [<!ENTITY x "boom">]><style xmlns="http://purl.org/net/xbiblio/csl"><citation><layout><text value="&x;"/></layout></citation></style>""";
        var e = Assert.Throws<CslException>(() => StyleParser.Parse(xml));
        Assert.Contains("DTD", e.Message);
    }

    [Fact]
    public void External_entity_is_refused()
    {
        var xml = """<?xml version="1.0"?><!DOCTYPE style [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><style xmlns="http://purl.org/net/xbiblio/csl"><citation><layout><text value="&xxe;"/></layout></citation></style>""";
        Assert.Throws<CslException>(() => StyleParser.Parse(xml));
    }

    [Fact]
    public void Billion_laughs_is_refused()
    {
        var xml = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><style>&lol3;</style>""";
        Assert.Throws<CslException>(() => StyleParser.Parse(xml));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<style><citation>")]
    [InlineData("<locale/>")]
    public void Malformed_or_wrong_xml_gives_a_clear_error(string xml)
    {
        var e = Assert.Throws<CslException>(() => StyleParser.Parse(xml));
        Assert.StartsWith("style:", e.Message);
    }

    [Fact]
    public void Locale_with_dtd_is_refused()
    {
        Assert.Throws<CslException>(() => LocaleParser.Parse("""<!DOCTYPE locale [<!ENTITY a "b">]><locale xml:lang="en-US"/>"""));
    }

    [Fact]
    public void Unknown_elements_become_warnings()
    {
        var style = StyleParser.Parse(MinimalStyle);
        Assert.Contains(style.Warnings, w => w.Contains("bogus-element"));
        var p = new CslProcessor(style, new LocaleCache(Locales));
        var items = CslJsonReader.ReadItems("""[{"id":"a","title":"T","type":"book"}]""");
        var r = p.Render(items, [], new RenderOptions { Bibliography = true, Format = OutputFormat.Text });
        Assert.Equal(["T"], r.BibliographyEntries);
    }

    [Fact]
    public void Wrong_json_types_raw_dates_and_literal_names_render_gracefully()
    {
        var json = """
            [
              {"id": 1, "type": "book", "title": 42, "author": "Foreign Office", "issued": {"raw": "Oct. 1943"}},
              {"id": "b", "type": "book", "author": [{"literal": "Arkhiv vneshnei politiki Rossiiskoi Federatsii"}], "issued": "1945-05-09"},
              {"id": "c", "type": ["book"], "author": {"family": "Kennan", "given": "George F."}, "issued": {"date-parts": "1946"}, "volume": true},
              {"id": "d", "author": [12, null, {"family": "Zubok"}], "editor": 5, "issued": {"date-parts": [["1991", "x", 40]]}},
              "not an item",
              {"id": "e", "unknown-variable": {"deep": [1, 2]}, "issued": {"literal": "before the war"}}
            ]
            """;
        var items = CslJsonReader.ReadItems(json);
        Assert.Equal(5, items.Count);
        var p = CslProcessor.FromXml(MinimalStyle, Locales);
        var clusters = items.Select(i => new ClusterInput { Cites = { new CiteInput { Id = i.Id } } }).ToList();
        clusters.Add(new ClusterInput { Cites = { new CiteInput { Id = "missing" } } });
        var r = p.Render(items, clusters, new RenderOptions { Format = OutputFormat.Text });
        Assert.Equal("Foreign Office October 1943", r.Clusters[0]);
        Assert.Equal("Arkhiv vneshnei politiki Rossiiskoi Federatsii May 9, 1945", r.Clusters[1]);
        Assert.Equal("George F. Kennan", r.Clusters[2]);
        Assert.Equal("Zubok 1991", r.Clusters[3]);
        Assert.Equal(" before the war", r.Clusters[4]); // the date prefix stays: no author precedes it
        Assert.Contains(r.Warnings, w => w.Contains("missing"));
    }

    [Fact]
    public void Json_that_is_not_json_throws_json_exception_only()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => CslJsonReader.ReadItems("{not json"));
    }

    [Fact]
    public void Every_suite_style_renders_every_suite_input_without_throwing()
    {
        // A cheap fuzz: cross a few suite styles with other tests' inputs.
        var dir = SuiteRunner.SuiteDir();
        if (!Directory.Exists(dir)) return;
        var files = Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Where((_, i) => i % 40 == 0).ToList();
        var fixtures = files.Select(Fixture.Parse).ToList();
        foreach (var a in fixtures)
        {
            var p = CslProcessor.FromXml(a.Sections["CSL"], Locales);
            foreach (var b in fixtures)
            {
                var items = CslJsonReader.ReadItems(b.Sections["INPUT"]);
                var clusters = items.Select(i => new ClusterInput { Cites = { new CiteInput { Id = i.Id, Locator = "12-15", Label = "page" } } }).ToList();
                var r = p.Render(items, clusters, new RenderOptions { Bibliography = true });
                Assert.Equal(clusters.Count, r.Clusters.Count);
            }
        }
    }
}
