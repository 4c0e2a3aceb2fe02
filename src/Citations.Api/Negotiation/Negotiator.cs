using Citations.Api.Problems;
using Citations.Formats;
using Microsoft.Net.Http.Headers;

namespace Citations.Api.Negotiation;

/// <summary>
/// Content negotiation as DOI resolvers do it: the <c>Accept</c> header, by quality, picks JSON, CSL-JSON, BibTeX,
/// BibLaTeX, RIS or <c>text/x-bibliography; style=…</c>; <c>?format=</c> (a name or a media type, with
/// <c>&amp;style=</c>) does the same for clients that cannot set headers and wins over the header.
/// </summary>
public static class Negotiator
{
    public const string FormatNames = "json, csl-json, bibtex, biblatex, ris, bibliography";

    public static Representation Choose(HttpRequest request)
    {
        if (request.Query["format"].ToString() is { Length: > 0 } format)
            return FromQuery(format, request.Query["style"].ToString());
        var accept = request.Headers.Accept;
        if (accept.Count == 0) return Representation.Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var types) || types.Count == 0) return Representation.Json;
        string? refusedStyle = null;
        // Highest quality first; equal qualities keep the client's order.
        foreach (var type in types.Select((t, i) => (t, i)).OrderByDescending(x => x.t.Quality ?? 1.0).ThenBy(x => x.i).Select(x => x.t))
        {
            if (type.Quality is 0) continue;
            string essence = type.MediaType.Value ?? "";
            if (essence is "*/*" or "application/*" or "application/json") return Representation.Json;
            if (string.Equals(essence, Representation.BibliographyMediaType, StringComparison.OrdinalIgnoreCase))
            {
                string? asked = type.Parameters.FirstOrDefault(p => p.Name.Equals("style", StringComparison.OrdinalIgnoreCase))?.Value.Value?.Trim('"');
                if (asked is null) return new Representation(RepresentationKind.Bibliography, Style: Styles.Default);
                if (Styles.Find(asked) is { } style) return new Representation(RepresentationKind.Bibliography, Style: style);
                refusedStyle ??= asked;
                continue;
            }
            if (ReferenceWriters.TryGetByMediaType(essence, out var writer)) return new Representation(RepresentationKind.Items, writer);
        }
        throw Problem.NotAcceptable(refusedStyle is not null
            ? $"unknown style '{refusedStyle}' in Accept; known styles: {Styles.KnownList}"
            : $"none of the types in Accept ({accept}) can be written; available: application/json, {string.Join(", ", ReferenceWriters.All.Select(w => w.MediaType))}, " +
              $"{Representation.BibliographyMediaType}; style=ID (or ?format={FormatNames.Replace(", ", "|")})");
    }

    static Representation FromQuery(string format, string style)
    {
        string name = format.Trim();
        if (name.Equals("json", StringComparison.OrdinalIgnoreCase) || name.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            return Representation.Json;
        if (name.Equals("bibliography", StringComparison.OrdinalIgnoreCase) || name.StartsWith(Representation.BibliographyMediaType, StringComparison.OrdinalIgnoreCase))
        {
            if (style.Length == 0) return new Representation(RepresentationKind.Bibliography, Style: Styles.Default);
            return Styles.Find(style) is { } known
                ? new Representation(RepresentationKind.Bibliography, Style: known)
                : throw Problem.BadRequest("unknown-style", $"unknown style '{style}'; known styles: {Styles.KnownList}");
        }
        if (ReferenceWriters.TryGetByName(name, out var writer) || ReferenceWriters.TryGetByMediaType(name, out writer))
            return new Representation(RepresentationKind.Items, writer);
        throw Problem.BadRequest("unknown-format", $"unknown format '{format}'; known formats: {FormatNames}");
    }
}
