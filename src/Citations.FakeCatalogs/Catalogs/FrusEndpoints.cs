using System.Security;
using System.Text;
using Citations.FakeCatalogs.Corpus;

namespace Citations.FakeCatalogs.Catalogs;

/// <summary>history.state.gov: the OPDS catalogue <c>/api/v1/catalog/all</c> (Atom) and document pages
/// <c>/historicaldocuments/{volume}[/{element}]</c> (GET and HEAD).</summary>
static class FrusEndpoints
{
    public static void Map(WebApplication app, FakeCorpus corpus)
    {
        var volumes = corpus.Frus.ToDictionary(v => v.Id, StringComparer.OrdinalIgnoreCase);

        app.MapGet("/frus/api/v1/catalog/all", () =>
        {
            var xml = new StringBuilder();
            xml.Append("""<?xml version="1.0" encoding="UTF-8"?>""").Append('\n');
            xml.Append("""<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/terms/" xmlns:opds="http://opds-spec.org/2010/catalog">""");
            xml.Append("<id>https://history.state.gov/api/v1/catalog/all</id><title>All Volumes</title><updated>2026-01-01T00:00:00Z</updated>");
            foreach (var v in corpus.Frus)
            {
                xml.Append("<entry>")
                   .Append($"<title>{SecurityElement.Escape(v.Title)}</title>")
                   .Append($"<id>https://history.state.gov/historicaldocuments/{v.Id}</id>")
                   .Append("<updated>2026-01-01T00:00:00Z</updated>")
                   .Append(v.Published is int y ? $"<dc:issued>{y}</dc:issued>" : "")
                   .Append("<dc:publisher>United States Government Printing Office</dc:publisher>")
                   .Append($"""<link rel="http://opds-spec.org/acquisition" type="application/epub+zip" href="https://static.history.state.gov/frus/{v.Id}/ebook/{v.Id}.epub"/>""")
                   .Append("</entry>");
            }
            xml.Append("</feed>");
            return Results.Content(xml.ToString(), "application/atom+xml;profile=opds-catalog;kind=acquisition");
        });

        app.MapMethods("/frus/historicaldocuments/{volume}/{element?}", ["GET", "HEAD"], (string volume, string? element) =>
        {
            if (!volumes.TryGetValue(volume, out var v)) return Results.NotFound();
            if (element is null) return Results.Content($"<html><body><h1>{SecurityElement.Escape(v.Title)}</h1></body></html>", "text/html");
            return element.StartsWith('d') && int.TryParse(element[1..], out int n) && n >= 1 && n <= v.Documents
                ? Results.Content($"<html><body><h1>Document {n}</h1></body></html>", "text/html")
                : Results.NotFound();
        });
    }
}
