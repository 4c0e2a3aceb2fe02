using System.Text;
using Citations.Formats;
using Citations.Storage;
using Microsoft.Extensions.Logging;

namespace Citations.Worker.Exports;

/// <summary>One export file written.</summary>
public sealed record ExportedFile(string Path, int Items);

/// <summary>What an export step did: nothing when the library has not changed since the last export and the files are there.</summary>
public sealed record ExportSummary(bool Written, long Revision, IReadOnlyList<ExportedFile> Files);

/// <summary>
/// Writes the library's exports — library.bib, library.biblatex.bib, library.json (CSL-JSON), library.ris —
/// each to a temporary file beside it, then renamed over the old one: a reader sees the old file or the
/// new one, never half of one, whatever happens to the worker meanwhile.
/// </summary>
public sealed class LibraryExporter(ILibraryStore store, ILogger logger)
{
    public static readonly IReadOnlyList<(string Format, string FileName)> Files =
    [
        ("bibtex", "library.bib"),
        ("biblatex", "library.biblatex.bib"),
        ("csl-json", "library.json"),
        ("ris", "library.ris"),
    ];

    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<ExportSummary> ExportAsync(string folder, bool force, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        RemoveAbandonedTemporaries(folder);
        var counts = await store.CountAsync(cancellationToken);
        bool present = Files.All(f => File.Exists(Path.Combine(folder, f.FileName)));
        if (!force && present && counts.ExportedRevision == counts.Revision)
            return new ExportSummary(false, counts.Revision, []);

        long? revision = null;
        var written = new List<ExportedFile>();
        foreach (var (format, fileName) in Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string target = Path.Combine(folder, fileName);
            string temporary = $"{target}.{Environment.ProcessId}.tmp";
            int items = 0;
            long fileRevision = 0;
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            await using (var writer = new StreamWriter(stream, Utf8, 1 << 16))
            {
                var source = store.ReadExportItems(r => fileRevision = r).Select(item => { items++; return item; });
                ReferenceWriters.GetByName(format).Write(source, writer);
                await writer.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
            // The files may come from different revisions if a commit lands between them; the mark is the oldest.
            revision = revision is null ? fileRevision : Math.Min(revision.Value, fileRevision);
            written.Add(new ExportedFile(target, items));
        }
        await store.MarkExportedAsync(revision!.Value, cancellationToken);
        logger.LogInformation("Exported {Items} references to {Folder} (revision {Revision})", written[0].Items, folder, revision);
        return new ExportSummary(true, revision.Value, written);
    }

    /// <summary>Temporaries left by a worker that died while exporting; those of a live worker are left alone.</summary>
    static void RemoveAbandonedTemporaries(string folder)
    {
        foreach (string path in Directory.EnumerateFiles(folder, "library*.tmp"))
        {
            string[] parts = Path.GetFileName(path).Split('.');
            if (parts.Length >= 3 && int.TryParse(parts[^2], out int pid) && pid != Environment.ProcessId && WorkerIdentity.IsGone($"{Environment.MachineName}/{pid}/x"))
                File.Delete(path);
        }
    }
}
