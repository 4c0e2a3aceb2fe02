using Citations.Formats;

namespace Citations.Api.Negotiation;

public enum RepresentationKind
{
    /// <summary>The API's JSON (<c>application/json</c>): items with what the library knows of them.</summary>
    Json,
    /// <summary>The items in a reference format: CSL-JSON, BibTeX, BibLaTeX, RIS.</summary>
    Items,
    /// <summary>Formatted by a CSL style (<c>text/x-bibliography; style=…</c>).</summary>
    Bibliography,
}

/// <summary>What a client asked a resource to be written as.</summary>
public sealed record Representation(RepresentationKind Kind, IReferenceWriter? Writer = null, string? Style = null)
{
    public static readonly Representation Json = new(RepresentationKind.Json);

    public const string BibliographyMediaType = "text/x-bibliography";

    public string ContentType => Kind switch
    {
        RepresentationKind.Json => "application/json; charset=utf-8",
        RepresentationKind.Items => Writer!.MediaType + "; charset=utf-8",
        _ => $"{BibliographyMediaType}; style={Style}; charset=utf-8",
    };
}
