using System.Text;
using System.Text.Json;
using Citations.Api.Json;
using Citations.Api.Negotiation;
using Citations.Api.Problems;
using Citations.Api.Security;
using Citations.Csl;
using Citations.Csl.Data;
using Citations.Csl.Harness;
using Citations.Csl.Output;
using Citations.Csl.Style;
using Citations.Formats.Csl;

namespace Citations.Api.Endpoints;

/// <summary><c>POST /v1/format</c>: CSL-JSON in, notes, citations or a bibliography out, through our CSL engine.</summary>
public static class FormatEndpoints
{
    static readonly string[] Accepted = ["application/json", "application/vnd.citationstyles.csl+json"];
    static readonly string[] Modes = ["bibliography", "notes", "citation"];

    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/format", Format).RequireAuthorization(ApiPolicies.Read)
            .WithName("Format")
            .WithSummary("Render CSL-JSON with a CSL style")
            .WithDescription("The body is a CSL-JSON array (with ?style=&mode=&output=), or {\"items\": [...], \"citations\": [[{\"id\", \"locator\", \"label\"}], ...], " +
                "\"style\": ID, \"style_xml\": \"<style …>\", \"mode\": \"bibliography|notes|citation\", \"output\": \"text|html|rtf\"}. Styles are the built-in ones by id, " +
                "or a whole CSL style in style_xml (DTDs refused). Accept: text/plain gives the entries one per line.")
            .Accepts<JsonElement>("application/json", "application/vnd.citationstyles.csl+json")
            .Produces<FormatResult>().Produces<string>(200, "text/plain")
            .ProducesProblem(400).ProducesProblem(415);
    }

    sealed record Request(List<Reference> Items, List<ClusterInput>? Clusters, string Style, CslProcessor Processor, string Mode, OutputFormat Output);

    static IResult Format(RequestBody body, HttpContext context)
    {
        body.Require(Accepted);
        var request = Read(body.Bytes, context.Request.Query);
        var options = new RenderOptions { Format = request.Output };
        List<ClusterInput> clusters;
        if (request.Mode == "bibliography")
        {
            if (request.Processor.Style.Bibliography is null) throw Problem.BadRequest("no-bibliography", $"the style '{request.Style}' has no bibliography");
            options.Bibliography = true;
            options.BibliographyIds = request.Items.Select(i => i.Id).ToList();
            clusters = [];
        }
        else
        {
            clusters = request.Clusters ?? request.Items.Select((item, i) => new ClusterInput { NoteIndex = i + 1, Cites = { new CiteInput { Id = item.Id } } }).ToList();
            options.ComputePositions = request.Mode == "notes";
        }
        var result = request.Processor.Render(request.Items, clusters, options);
        var entries = request.Mode == "bibliography"
            ? result.BibliographyEntries.Select((e, i) => new FormattedEntry(request.Output == OutputFormat.Rtf ? e : e.Trim(), Id: i < result.BibliographyIds.Count ? result.BibliographyIds[i] : null)).ToList()
            : result.Clusters.Select((c, i) => new FormattedEntry(c, Note: clusters[i].NoteIndex)).ToList();
        if (PrefersText(context.Request))
            return Results.Text(string.Concat(entries.Select(e => (e.Note is int n && request.Mode == "notes" ? $"{n}. " : "") + e.Text + "\n")), "text/plain; charset=utf-8", Encoding.UTF8);
        return TypedResults.Json(new FormatResult(request.Style, request.Mode, request.Output.Name, entries, result.Warnings.Count > 0 ? result.Warnings : null), ApiJson.Info<FormatResult>());
    }

    static bool PrefersText(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var types)
        && types.OrderByDescending(t => t.Quality ?? 1).FirstOrDefault() is { } best
        && (best.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase) || best.MediaType.Equals(Representation.BibliographyMediaType, StringComparison.OrdinalIgnoreCase));

    static Request Read(byte[] body, IQueryCollection query)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw Problem.MalformedJson($"line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message.Split(" LineNumber:")[0]}");
        }
        using (document)
        {
            var root = document.RootElement;
            JsonElement items;
            JsonElement? options = null;
            if (root.ValueKind == JsonValueKind.Array) items = root;
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var i) && i.ValueKind == JsonValueKind.Array)
            {
                items = i;
                options = root;
            }
            else throw Problem.BadRequest("no-items", "the body is a CSL-JSON array of items, or an object with \"items\": [...]");

            string? Option(string name) => options is { } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()
                : query[name].ToString() is { Length: > 0 } q ? q : null;

            string mode = Option("mode") ?? "bibliography";
            if (!Modes.Contains(mode)) throw Problem.BadRequest("unknown-mode", $"mode '{mode}': use bibliography, notes or citation");
            string outputName = Option("output") ?? "text";
            var output = OutputFormat.FromName(outputName) ?? throw Problem.BadRequest("unknown-output", $"output '{outputName}': use text, html or rtf");
            var (style, processor) = Processor(Option("style"), options is { } opts && opts.TryGetProperty("style_xml", out var xml) && xml.ValueKind == JsonValueKind.String ? xml.GetString() : null);

            // The reader keeps what it can use of each item and never throws on data.
            var references = CslJsonReader.ReadItems(items);
            if (references.Count == 0) throw Problem.BadRequest("no-items", "there are no items to render");
            return new Request(references, Clusters(options), style, processor, mode, output);
        }
    }

    /// <summary>A built-in style by id (never a path), or a whole style sent as XML, parsed with DTDs refused.</summary>
    static (string Id, CslProcessor Processor) Processor(string? id, string? xml)
    {
        if (xml is not null)
        {
            try { return ("(style_xml)", CslProcessor.FromXml(xml, EmbeddedResources.Locales)); }
            catch (CslException e) { throw Problem.BadRequest("invalid-style", $"style_xml: {e.Message}"); }
        }
        string style = Styles.Find(id ?? Styles.Default) ?? throw Problem.BadRequest("unknown-style", $"unknown style '{id}'; known styles: {Styles.KnownList}");
        return (style, StyledDocument.ForStyle(style).Processor);
    }

    /// <summary>Citation clusters: <c>[[cite, …], …]</c> or <c>[{"citationItems": [...], "noteIndex": 3}, …]</c>, numbered 1, 2, … unless given.</summary>
    static List<ClusterInput>? Clusters(JsonElement? options)
    {
        if (options is not { } o || !o.TryGetProperty("citations", out var citations)) return null;
        if (citations.ValueKind != JsonValueKind.Array) throw Problem.BadRequest("invalid-citations", "\"citations\" is an array of clusters");
        var clusters = new List<ClusterInput>();
        int n = 0;
        foreach (var c in citations.EnumerateArray())
        {
            var cluster = new ClusterInput { NoteIndex = ++n };
            var cites = c.ValueKind == JsonValueKind.Object && c.TryGetProperty("citationItems", out var ci) ? ci : c;
            if (c.ValueKind == JsonValueKind.Object && c.TryGetProperty("noteIndex", out var ni) && ni.TryGetInt32(out int index)) cluster.NoteIndex = index;
            if (cites.ValueKind != JsonValueKind.Array) throw Problem.BadRequest("invalid-citations", $"citations[{n - 1}] is not an array of cites");
            foreach (var cite in cites.EnumerateArray())
            {
                if (cite.ValueKind != JsonValueKind.Object) throw Problem.BadRequest("invalid-citations", $"citations[{n - 1}]: a cite is an object {{\"id\": …}}");
                cluster.Cites.Add(CaseRunner.ReadCite(cite));
            }
            clusters.Add(cluster);
        }
        return clusters;
    }
}
