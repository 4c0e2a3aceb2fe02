using System.Text.Json;
using System.Text.RegularExpressions;
using Citations.Api.Tests.Support;

namespace Citations.Api.Tests;

/// <summary>What the API serves, read by the programs reference managers use: biber, citeproc-js, bibutils.</summary>
public sealed partial class ClientTests(LibraryFixture library) : IClassFixture<LibraryFixture>
{
    async Task<string> Fetch(long document, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/documents/{document}/references");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await library.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    async Task<int> ReferenceCount(long document) =>
        (await Http.JsonOf(await library.Client.GetAsync($"/v1/documents/{document}/references"))).GetProperty("items").GetArrayLength();

    [ClientFact(Client.Biber)]
    public async Task The_BibLaTeX_and_BibTeX_of_every_document_pass_biber_tool()
    {
        using var folder = new TempFolder();
        foreach (long document in library.Documents)
            foreach (string type in new[] { "application/x-biblatex", "application/x-bibtex" })
            {
                string input = folder.Combine($"d{document}-{type[14..]}.bib"), output = folder.Combine($"d{document}-{type[14..]}.out.bib");
                File.WriteAllText(input, await Fetch(document, type));
                var result = ExternalTools.Run(ExternalTools.Require(Client.Biber, "biber"), ["--tool", "--nolog", "--output-file", output, input], folder.Path);
                string log = result.StandardOutput + result.StandardError;
                Assert.True(result.ExitCode == 0, $"biber failed on document {document} ({type}):\n{log}");
                Assert.DoesNotContain("ERROR", log);
                // Every entry came back out of biber: none was lost to a syntax error.
                Assert.Equal(await ReferenceCount(document), EntryStart().Count(File.ReadAllText(output)));
            }
    }

    [ClientFact(Client.Citeproc)]
    public async Task The_CSL_JSON_of_every_document_renders_with_citeproc_js()
    {
        using var folder = new TempFolder();
        var files = new List<string>();
        var items = new List<List<JsonElement>>();
        foreach (long document in library.Documents)
        {
            string json = await Fetch(document, "application/vnd.citationstyles.csl+json");
            files.Add(folder.Combine($"d{document}.json"));
            File.WriteAllText(files[^1], json);
            items.Add(JsonDocument.Parse(json).RootElement.EnumerateArray().ToList());
        }
        var result = ExternalTools.Run(ExternalTools.Require(Client.Citeproc, "node"),
            [Path.Combine(AppContext.BaseDirectory, "Clients", "render-csl.js"), Repo.NodeTools, Path.Combine(Repo.Root, "styles", "chicago-notes-bibliography.csl"), Path.Combine(Repo.Root, "styles", "locales"), .. files],
            folder.Path);
        Assert.True(result.ExitCode == 0, $"citeproc-js failed:\n{result.StandardError}");
        var rendered = JsonDocument.Parse(result.StandardOutput).RootElement;
        for (int d = 0; d < files.Count; d++)
        {
            var r = rendered[d];
            int count = await ReferenceCount(library.Documents[d]);
            Assert.Equal(count, r.GetProperty("count").GetInt32());
            Assert.Equal(count, r.GetProperty("registered").GetInt32());
            Assert.All(r.GetProperty("entries").EnumerateArray(), e => Assert.False(string.IsNullOrWhiteSpace(e.GetString())));
            // Every item is an entry, except those Chicago prints nothing for in citeproc-js, each confirmed alone:
            // author-only short forms (a document citing "[Mastny]" with no full form), and conference papers dated
            // by a range of days (which our own engine prints).
            var empty = r.GetProperty("empty").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
            Assert.Equal(count, r.GetProperty("entries").GetArrayLength() + empty.Count);
            foreach (var item in items[d].Where(i => empty.Contains(i.GetProperty("id").GetString()!)))
                Assert.True(item.TryGetProperty("custom", out var custom) && custom.TryGetProperty("short_form_only", out _)
                    || item.GetProperty("type").GetString() == "paper-conference" && item.GetProperty("issued").GetProperty("date-parts").GetArrayLength() == 2,
                    $"citeproc-js printed nothing for {item}");
        }
    }

    [ClientFact(Client.Ris2Xml)]
    public async Task The_RIS_of_every_document_imports_into_bibutils()
    {
        using var folder = new TempFolder();
        foreach (long document in library.Documents)
        {
            string ris = folder.Combine($"d{document}.ris");
            File.WriteAllText(ris, await Fetch(document, "application/x-research-info-systems"));
            var result = ExternalTools.Run(ExternalTools.Require(Client.Ris2Xml, "ris2xml"), [ris], folder.Path);
            Assert.True(result.ExitCode == 0, $"ris2xml failed on document {document}:\n{result.StandardError}");
            // bibutils reports how many references it read, and writes one MODS record for each.
            Assert.Contains($"Processed {await ReferenceCount(document)} references", result.StandardError);
            Assert.Equal(await ReferenceCount(document), ModsRecord().Count(result.StandardOutput));
        }
    }

    [GeneratedRegex(@"^@\w+\{", RegexOptions.Multiline)]
    private static partial Regex EntryStart();

    [GeneratedRegex(@"<mods ID=")]
    private static partial Regex ModsRecord();
}
