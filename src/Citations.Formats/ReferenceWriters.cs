using System.Diagnostics.CodeAnalysis;
using Citations.Formats.BibLatex;
using Citations.Formats.BibTex;
using Citations.Formats.CslJson;
using Citations.Formats.Ris;

namespace Citations.Formats;

/// <summary>The output formats by name (CLI) and by media type (HTTP content negotiation).</summary>
public static class ReferenceWriters
{
    public static IReadOnlyList<IReferenceWriter> All { get; } =
        [new BibTexWriter(), new BibLatexWriter(), new RisWriter(), new CslJsonWriter()];

    public static IEnumerable<string> Names => All.Select(w => w.Name);

    /// <summary>Finds a writer by its name, ignoring case.</summary>
    public static bool TryGetByName(string name, [NotNullWhen(true)] out IReferenceWriter? writer)
    {
        writer = All.FirstOrDefault(w => string.Equals(w.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        return writer is not null;
    }

    /// <summary>
    /// Finds a writer by media type, ignoring case and parameters
    /// (<c>application/x-bibtex; charset=utf-8</c> is BibTeX).
    /// </summary>
    public static bool TryGetByMediaType(string mediaType, [NotNullWhen(true)] out IReferenceWriter? writer)
    {
        int semicolon = mediaType.IndexOf(';');
        string essence = (semicolon < 0 ? mediaType : mediaType[..semicolon]).Trim();
        writer = All.FirstOrDefault(w => string.Equals(w.MediaType, essence, StringComparison.OrdinalIgnoreCase));
        return writer is not null;
    }

    public static IReferenceWriter GetByName(string name) =>
        TryGetByName(name, out var writer)
            ? writer
            : throw new ArgumentException($"unknown format '{name}'; known formats: {string.Join(", ", Names)}", nameof(name));
}
