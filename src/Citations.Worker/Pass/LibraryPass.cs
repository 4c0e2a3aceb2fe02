using System.Diagnostics;
using Citations.Core.Model;
using Citations.Core.Pipeline;
using Citations.Core.Resolution;
using Citations.Storage;
using Citations.Worker.Exports;
using Citations.Worker.Hosting;
using Citations.Worker.Import;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Citations.Worker.Pass;

/// <summary>
/// One normalization pass over the library: import new files from the watched folder, parse the documents
/// whose text or parser version changed, merge their references across documents, re-resolve references
/// whose resolution is stale, rewrite the exports. Every step commits as it goes and is keyed so that
/// doing it twice changes nothing: a pass killed anywhere is finished by the next one.
/// </summary>
public sealed class LibraryPass(
    ILibraryStore store, IReferenceResolver resolver, IOptions<WorkerOptions> options, CitationsSettings settings, ILogger<LibraryPass> logger)
{
    const int ConsolidateBatch = 500, ResolveBatch = 200;

    readonly WorkerOptions _options = options.Value;

    public async Task<PassSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        string owner = WorkerIdentity.New();
        logger.LogInformation("Pass started by {Owner} on {Library}; watching {WatchFolder}, exporting to {ExportFolder}",
            owner, settings.Describe(), settings.WatchFolder, settings.ExportFolder);
        await store.MigrateAsync(cancellationToken);

        int released = await store.ReleaseAbandonedAsync(WorkerIdentity.IsGone, _options.MaxAttempts, cancellationToken);
        if (released > 0) logger.LogInformation("Released {Count} claims of workers that ended mid-pass", released);

        var step = Stopwatch.StartNew();
        var import = await new WatchedFolderImporter(store, _options, logger).ImportAsync(settings.WatchFolder, cancellationToken);
        logger.LogInformation("Import: {Seen} files, {Imported} new, {Unchanged} unchanged, {Known} already stored, {Superseded} new versions, {Problems} skipped in {Seconds:F2} s",
            import.Seen, import.Imported, import.Unchanged, import.AlreadyStored, import.Superseded, import.Problems.Count, step.Elapsed.TotalSeconds);

        step.Restart();
        var (queued, parse, consolidated) = await ParseAndMergeAsync(owner, cancellationToken);
        logger.LogInformation("Parse: {Parsed} documents ({Notes} notes, {Citations} citations), {Failed} failed, {New} new references, {Merged} merged, {Consolidated} recomputed, in {Seconds:F2} s (extracting {ExtractSeconds:F2} s, committing {CommitSeconds:F2} s)",
            parse.Parsed, parse.Notes, parse.Citations, parse.Failed, parse.NewReferences, parse.MergedReferences, consolidated, step.Elapsed.TotalSeconds,
            parse.Extracting.TotalSeconds, parse.Committing.TotalSeconds);

        step.Restart();
        var resolution = await ResolveStaleAsync(owner, cancellationToken);
        logger.LogInformation("Resolution: {Checked} references checked, {Resolved} resolved, {Unavailable} unavailable, in {Seconds:F2} s",
            resolution.Checked, resolution.Resolved, resolution.Unavailable, step.Elapsed.TotalSeconds);

        step.Restart();
        var export = await new LibraryExporter(store, logger).ExportAsync(settings.ExportFolder, force: false, cancellationToken);
        logger.LogInformation("Export: {State} in {Seconds:F2} s", export.Written ? $"{export.Files.Count} files written" : "unchanged", step.Elapsed.TotalSeconds);

        var library = await store.CountAsync(cancellationToken);
        var summary = new PassSummary(import, released, queued, parse, consolidated, resolution, export, library, total.Elapsed);
        logger.LogInformation(
            "Pass done in {Seconds:F1} s: {Imported} imported, {Skipped} skipped, {Parsed} parsed, {Failed} failed, {Notes} notes, {Citations} citations, " +
            "{NewReferences} new references, {Merged} merged, {Resolved} resolved; library {Documents} documents, {LibraryNotes} notes, {References} references, {Pending} jobs pending",
            summary.Duration.TotalSeconds, import.Imported, import.Problems.Count, parse.Parsed, parse.Failed, parse.Notes, parse.Citations,
            parse.NewReferences, parse.MergedReferences, resolution.Resolved, library.Documents, library.Notes, library.References, library.PendingJobs);
        return summary;
    }

    /// <summary>Queues and parses every document whose parse is missing or from another parser version, then merges their references.</summary>
    public async Task<(int Queued, ParseSummary Parse, int Consolidated)> ParseAndMergeAsync(string? owner = null, CancellationToken cancellationToken = default)
    {
        owner ??= WorkerIdentity.New();
        int queued = await store.EnqueueParsesAsync(ParserVersion.Current, cancellationToken);
        var parse = await ParseQueuedAsync(owner, cancellationToken);
        int consolidated = 0;
        for (int n; (n = await store.ConsolidateAsync(ConsolidateBatch, cancellationToken)) > 0;) consolidated += n;
        return (queued, parse, consolidated);
    }

    /// <summary>
    /// Claims jobs in batches; parses a batch's documents in parallel and commits them in job order, so that
    /// a library built in one pass or in several (after a crash) gives its references the same cite keys.
    /// </summary>
    async Task<ParseSummary> ParseQueuedAsync(string owner, CancellationToken cancellationToken)
    {
        int concurrency = _options.ParseConcurrency > 0 ? _options.ParseConcurrency : Environment.ProcessorCount;
        int batch = Math.Max(_options.ClaimBatch, 2 * concurrency);
        using var gate = new SemaphoreSlim(concurrency);
        int parsed = 0, failed = 0, lost = 0, notes = 0, citations = 0, created = 0, merged = 0;
        long extracting = 0;
        var committing = new Stopwatch();
        while (true)
        {
            var jobs = await store.ClaimParsesAsync(owner, batch, _options.Lease, _options.MaxAttempts, cancellationToken);
            if (jobs.Count == 0) break;
            var extractions = jobs.Select(job => ExtractAsync(job, gate, cancellationToken)).ToList();
            for (int i = 0; i < jobs.Count; i++)
            {
                var job = jobs[i];
                var (result, error, ticks) = await extractions[i];
                extracting += ticks;
                if (result is null)
                {
                    failed++;
                    logger.LogWarning("Document {DocumentId} could not be parsed (attempt {Attempt}): {Error}", job.DocumentId, job.Attempt, error);
                    await store.FailParseAsync(job, error!, _options.MaxAttempts, cancellationToken);
                    continue;
                }
                committing.Start();
                var commit = await store.CommitParseAsync(job, result, ParserVersion.Current, cancellationToken);
                committing.Stop();
                if (!commit.Committed)
                {
                    lost++;
                    logger.LogWarning("Document {DocumentId}: the lease ran out and another worker took the job; this parse is dropped", job.DocumentId);
                    continue;
                }
                parsed++;
                notes += commit.Notes;
                citations += commit.Citations;
                created += commit.NewReferences;
                merged += commit.MergedReferences;
                logger.LogDebug("Parsed document {DocumentId}: {Notes} notes, {Citations} citations", job.DocumentId, commit.Notes, commit.Citations);
                await store.RenewLeasesAsync(owner, _options.Lease, cancellationToken);
            }
        }
        return new ParseSummary(parsed, failed, lost, notes, citations, created, merged, Stopwatch.GetElapsedTime(0, extracting), committing.Elapsed);
    }

    async Task<(ExtractionResult?, string?, long Ticks)> ExtractAsync(ParseJob job, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        long start = Stopwatch.GetTimestamp();
        try
        {
            var document = await store.GetDocumentAsync(job.DocumentId, cancellationToken);
            if (document is null) return (null, $"document {job.DocumentId} is not in the library", 0);
            var result = await Task.Run(() => new DocumentExtractor().Extract(document.Text, document.Summary.Name), cancellationToken);
            return (result, null, Stopwatch.GetTimestamp() - start);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return (null, $"{e.GetType().Name}: {e.Message}", Stopwatch.GetTimestamp() - start);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Walks once through the references due (never resolved, or checked longer ago than Worker:ResolutionMaxAge).</summary>
    async Task<ResolutionSummary> ResolveStaleAsync(string owner, CancellationToken cancellationToken)
    {
        var due = DateTimeOffset.UtcNow - _options.ResolutionMaxAge;
        long after = 0;
        int checkedCount = 0, resolved = 0, unavailable = 0;
        while (true)
        {
            var claims = await store.ClaimResolutionsAsync(owner, due, after, ResolveBatch, _options.Lease, cancellationToken);
            if (claims.Count == 0) break;
            after = claims[^1].ReferenceId;
            var outcomes = await resolver.ResolveAsync(claims.Select(c => c.Item).ToList(), cancellationToken: cancellationToken);
            var now = DateTimeOffset.UtcNow;
            var results = new List<ResolutionResult>(claims.Count);
            for (int i = 0; i < claims.Count; i++)
            {
                var outcome = outcomes[i];
                results.Add(outcome.Status switch
                {
                    ResolutionStatus.Resolved => new ResolutionResult(claims[i].ReferenceId, "resolved", outcome.Item, outcome.Item.Custom?.Resolution?.MatchedAt ?? now),
                    ResolutionStatus.Unavailable => new ResolutionResult(claims[i].ReferenceId, "unavailable", null, null),
                    var status => new ResolutionResult(claims[i].ReferenceId, status == ResolutionStatus.Abstained ? "abstained" : "not-applicable", null, now),
                });
            }
            await store.SaveResolutionsAsync(owner, results, cancellationToken);
            checkedCount += claims.Count;
            resolved += results.Count(r => r.ResolvedItem is not null);
            int down = results.Count(r => r.CheckedAt is null);
            unavailable += down;
            if (down == claims.Count)
            {
                logger.LogWarning("The catalogs could not be asked about any of {Count} references; resolution stops for this pass", claims.Count);
                break;
            }
        }
        return new ResolutionSummary(checkedCount, resolved, unavailable);
    }
}
