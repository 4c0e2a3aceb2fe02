using Citations.Core.Model;
using Citations.Core.Pipeline;
using Citations.Storage;
using Citations.Worker;
using Microsoft.Extensions.Options;

namespace Citations.Api.Documents;

/// <summary>What adding a document did.</summary>
public sealed record IntakeResult(long Id, bool Created);

/// <summary>
/// Adds a document to the library and parses it at once, as a worker would: the parse is claimed as the document's
/// job (so a worker never parses it twice), committed, and the references it touched are recomputed. A document
/// already stored is recognised by its text; one a worker is parsing right now is left to that worker.
/// </summary>
public sealed class DocumentIntake(ILibraryStore store, ParseGate gate, IOptions<WorkerOptions> worker, ILogger<DocumentIntake> logger)
{
    const int ConsolidateBatch = 500;

    readonly string _owner = $"api:{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public async Task<IntakeResult> AddAsync(string name, string text, CancellationToken cancellationToken)
    {
        var added = await store.AddDocumentAsync(new NewDocument(name, text), cancellationToken);
        var options = worker.Value;
        if (await store.ClaimDocumentParseAsync(added.Id, ParserVersion.Current, _owner, options.Lease, options.MaxAttempts, cancellationToken) is { } job)
        {
            // Not cancelled with the request: a client that gives up (or a request past its timeout) leaves the parse
            // to finish and be stored, so that sending the document again finds it done.
            await ParseAndCommitAsync(job, name, text).WaitAsync(cancellationToken);
        }
        return new IntakeResult(added.Id, added.Created);
    }

    async Task ParseAndCommitAsync(ParseJob job, string name, string text)
    {
        var options = worker.Value;
        ExtractionResult result;
        try
        {
            result = await gate.RunAsync(() => new DocumentExtractor().Extract(text, name), CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "Document {DocumentId} could not be parsed", job.DocumentId);
            await store.FailParseAsync(job, $"{e.GetType().Name}: {e.Message}", options.MaxAttempts, CancellationToken.None);
            return;
        }
        var commit = await store.CommitParseAsync(job, result, ParserVersion.Current, CancellationToken.None);
        if (commit.Committed)
            while (await store.ConsolidateAsync(ConsolidateBatch, CancellationToken.None) > 0) { }
        logger.LogInformation("Document {DocumentId} ({Name}) parsed: {Notes} notes, {Citations} citations", job.DocumentId, name, commit.Notes, commit.Citations);
    }
}
