using System.Security.Cryptography;
using System.Text;
using Citations.Core.Model;
using Citations.Core.Notes;

namespace Citations.Core.Pipeline;

/// <summary>
/// The whole path for one document: text → notes (the note finder) → citations and references
/// (the grammar and the resolver). Pure: the caller reads the file and writes the result.
/// </summary>
public sealed class DocumentExtractor(NoteFinder? finder = null, NoteParser? parser = null)
{
    readonly NoteFinder _finder = finder ?? new NoteFinder();
    readonly NoteParser _parser = parser ?? new NoteParser();

    public ExtractionResult Extract(string text, string? name = null)
    {
        var source = new SourceText(text);
        var found = _finder.Find(source);
        var parsed = _parser.Parse(found.Notes);
        var warnings = found.Warnings.Concat(parsed.Notes.Where(n => n.Error is not null).Select(n => n.Error!)).ToList();
        return new ExtractionResult
        {
            Document = new DocumentInfo
            {
                Name = name,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
                Lines = source.Count,
                Layout = found.Layout,
                MissingNotes = found.MissingNotes.Count == 0 ? null : found.MissingNotes,
                Warnings = warnings.Count == 0 ? null : warnings,
            },
            Notes = parsed.Notes,
            References = parsed.References,
        };
    }
}
