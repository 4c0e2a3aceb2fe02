using Citations.Core.Model;

namespace Citations.Formats;

/// <summary>
/// Writes references in one interchange format. Writers stream: each item is written as soon as it
/// is read, so a caller can pipe a large library straight to a file or an HTTP response.
/// </summary>
public interface IReferenceWriter
{
    /// <summary>The name the CLI's <c>--format</c> uses: <c>bibtex</c>, <c>biblatex</c>, <c>ris</c>, <c>csl-json</c>.</summary>
    string Name { get; }

    /// <summary>The media type for HTTP content negotiation.</summary>
    string MediaType { get; }

    /// <summary>The usual file extension, with its dot.</summary>
    string FileExtension { get; }

    void Write(IEnumerable<CslItem> items, TextWriter output);
}
