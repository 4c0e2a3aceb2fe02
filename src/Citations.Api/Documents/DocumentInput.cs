using Citations.Api.Negotiation;
using Citations.Api.Problems;
using Citations.Worker.Import;
using Microsoft.Net.Http.Headers;

namespace Citations.Api.Documents;

/// <summary>A document sent to the library: its name and the text the note finder reads.</summary>
public sealed record DocumentInput(string Name, string Text)
{
    public static readonly string[] MediaTypes = ["text/plain", "text/markdown", "text/x-markdown", "text/html", "application/xhtml+xml"];

    /// <summary>
    /// The body as text: UTF-8 (or UTF-16 with its BOM), never guessed; HTML turned into text with its footnotes kept
    /// (<see cref="HtmlText"/>) — what is stored, since the library re-parses stored text. The name is the
    /// <c>name</c> query parameter, else the file name of <c>Content-Disposition</c>; it is only a label, never a path.
    /// </summary>
    public static DocumentInput From(RequestBody body, HttpRequest request)
    {
        string mediaType = body.Require(MediaTypes);
        var decoded = DocumentFile.Decode(body.Bytes);
        if (decoded.Problem is not null) throw Problem.Unprocessable("unreadable-document", $"the document cannot be read: {decoded.Problem}");
        bool html = mediaType is "text/html" or "application/xhtml+xml";
        string text = html ? HtmlText.ToText(decoded.Text!) : decoded.Text!;
        if (string.IsNullOrWhiteSpace(text)) throw Problem.Unprocessable("unreadable-document", "the HTML has no text");
        return new DocumentInput(LabelOf(request, html ? ".html" : mediaType == "text/plain" ? ".txt" : ".md"), text);
    }

    static string LabelOf(HttpRequest request, string extension)
    {
        string? name = request.Query["name"].ToString() is { Length: > 0 } n ? n
            : ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
                ? (disposition.FileNameStar.Value ?? disposition.FileName.Value)?.Trim('"') : null;
        // Only the last segment, without control characters: a label for people and logs.
        name = name is null ? null : new string(Path.GetFileName(name.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (string.IsNullOrEmpty(name)) return "document" + extension;
        return name.Length > 200 ? name[..200] : name;
    }
}
