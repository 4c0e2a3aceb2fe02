using System.Text;
using Citations.Core.Json;
using Citations.Core.Model;
using Citations.Formats.Csl;

namespace Citations.Api.Negotiation;

/// <summary>Writes references in the representation a client negotiated.</summary>
public static class ReferenceOutput
{
    /// <summary>
    /// The items in <paramref name="representation"/>; <paramref name="json"/> gives the API's JSON. A single
    /// reference in CSL-JSON is one object, as DOI resolvers give it; a list is an array.
    /// </summary>
    public static IResult Write(HttpContext context, Representation representation, IReadOnlyList<CslItem> items, bool single, Func<IResult> json)
    {
        context.Response.Headers.Vary = "Accept";
        return representation.Kind switch
        {
            RepresentationKind.Json => json(),
            RepresentationKind.Items when single && representation.Writer!.Name == "csl-json" =>
                Results.Text(CitationsJson.Serialize(items[0]) + "\n", representation.ContentType, Encoding.UTF8),
            RepresentationKind.Items => Results.Text(Written(representation, items), representation.ContentType, Encoding.UTF8),
            _ => Results.Text(Bibliography(representation.Style!, items), representation.ContentType, Encoding.UTF8),
        };
    }

    static string Written(Representation representation, IReadOnlyList<CslItem> items)
    {
        var output = new StringWriter();
        representation.Writer!.Write(items, output);
        return output.ToString();
    }

    /// <summary>One entry per line, in the style's order.</summary>
    public static string Bibliography(string style, IReadOnlyList<CslItem> items)
    {
        if (items.Count == 0) return "";
        var entries = StyledDocument.ForStyle(style).Bibliography(items, out _);
        return string.Join("\n", entries) + "\n";
    }
}
