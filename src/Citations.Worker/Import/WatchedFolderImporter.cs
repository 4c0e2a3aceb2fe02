using Citations.Storage;
using Microsoft.Extensions.Logging;

namespace Citations.Worker.Import;

/// <summary>A file that was not imported, and why.</summary>
public sealed record ImportProblem(string Path, string Problem);

/// <summary>What one scan of the watched folder did.</summary>
public sealed record ImportSummary(int Seen, int Imported, int Unchanged, int AlreadyStored, int Superseded, IReadOnlyList<ImportProblem> Problems);

/// <summary>
/// Brings the watched folder's documents into the library. A file whose size and time have not changed
/// since it was last seen is not read again; a changed file becomes a new version of its document.
/// Every bad file is reported and skipped, and the scan goes on.
/// </summary>
public sealed class WatchedFolderImporter(ILibraryStore store, WorkerOptions options, ILogger logger)
{
    public async Task<ImportSummary> ImportAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Watched folder {Folder} does not exist; nothing imported", folder);
            return new ImportSummary(0, 0, 0, 0, 0, []);
        }
        int seen = 0, imported = 0, unchanged = 0, stored = 0, superseded = 0;
        var problems = new List<ImportProblem>();
        foreach (string path in Files(folder, problems))
        {
            cancellationToken.ThrowIfCancellationRequested();
            seen++;
            string relative = Path.GetRelativePath(folder, path);
            FileInfo info;
            try
            {
                info = new FileInfo(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(Report(relative, $"cannot be examined ({e.Message})"));
                continue;
            }
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
            {
                problems.Add(Report(relative, $"a link to {info.LinkTarget}, which does not exist"));
                continue;
            }
            if (!info.Exists) continue;
            var modified = new DateTimeOffset(info.LastWriteTimeUtc);
            var known = await store.GetWatchedFileAsync(relative, cancellationToken);
            if (known is not null && known.Size == info.Length && known.ModifiedAt.ToUnixTimeMilliseconds() == modified.ToUnixTimeMilliseconds())
            {
                if (known.Problem is not null) problems.Add(Report(relative, known.Problem));
                else unchanged++;
                continue;
            }
            var (document, problem) = await ReadAsync(path, relative, info, cancellationToken);
            if (problem is not null)
            {
                problems.Add(Report(relative, problem));
                await store.RecordWatchedFileAsync(new WatchedFile(relative, info.Length, modified, null, problem), cancellationToken);
                continue;
            }
            var added = await store.AddDocumentAsync(document!, cancellationToken);
            await store.RecordWatchedFileAsync(new WatchedFile(relative, info.Length, modified, added.Id, null), cancellationToken);
            if (added.Created) imported++; else stored++;
            if (added.Superseded is not null) superseded++;
            if (added.Created)
                logger.LogInformation("Imported {File} as document {DocumentId}{Superseding}", relative, added.Id,
                    added.Superseded is long old ? $" (a new version of document {old})" : "");
        }
        return new ImportSummary(seen, imported, unchanged, stored, superseded, problems);
    }

    ImportProblem Report(string relative, string problem)
    {
        logger.LogWarning("Skipped {File}: {Problem}", relative, problem);
        return new ImportProblem(relative, problem);
    }

    async Task<(NewDocument?, string?)> ReadAsync(string path, string relative, FileInfo info, CancellationToken cancellationToken)
    {
        // Checked before opening: a named pipe or socket has no length, and reading one would block.
        if (info.Length == 0) return (null, "empty file");
        if (info.Length > options.MaxDocumentBytes)
            return (null, $"{info.Length:N0} bytes, over the limit of {options.MaxDocumentBytes:N0} (Worker:MaxDocumentBytes)");
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read ({e.Message})");
        }
        var decoded = DocumentFile.Decode(bytes);
        if (decoded.Problem is not null) return (null, decoded.Problem);
        if (decoded.Warning is not null) logger.LogInformation("{File}: {Warning}", relative, decoded.Warning);
        return (new NewDocument(Path.GetFileName(path), decoded.Text!, relative), null);
    }

    /// <summary>Regular files under the folder, in a stable order; hidden files and files being written (*.tmp, *.part) are left alone.</summary>
    static IEnumerable<string> Files(string folder, List<ImportProblem> problems)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden,
            ReturnSpecialDirectories = false,
        };
        var files = new List<string>();
        try
        {
            foreach (string path in Directory.EnumerateFileSystemEntries(folder, "*", options))
            {
                string name = Path.GetFileName(path);
                if (name.StartsWith('.') || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)) continue;
                if (Directory.Exists(path)) continue;
                files.Add(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ImportProblem(Path.GetRelativePath(folder, folder), $"the folder cannot be listed completely ({e.Message})"));
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
