using Citations.Core.Model;

namespace Citations.Storage;

/// <summary>
/// The stored library, one interface over SQLite (embedded, one machine) and PostgreSQL (shared by
/// several workers and API instances). Writes are idempotent: a document is identified by the hash
/// of its text, a parse is committed once per job and lease, a split is recorded so later passes keep it.
/// </summary>
public interface ILibraryStore : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Provider { get; }

    /// <summary>Applies the schema migrations not yet applied (safe to call from several processes at once).</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    // Documents

    /// <summary>
    /// Adds a document unless one with the same text is stored. With a <see cref="NewDocument.SourcePath"/>
    /// that an older document came from, the older one is superseded: its citations leave the library,
    /// its text and notes stay.
    /// </summary>
    Task<AddedDocument> AddDocumentAsync(NewDocument document, CancellationToken cancellationToken = default);

    Task<StoredDocument?> GetDocumentAsync(long id, CancellationToken cancellationToken = default);

    Task<DocumentSummary?> FindDocumentAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Documents in id order, after the given id.</summary>
    Task<Page<DocumentSummary>> ListDocumentsAsync(long? afterId = null, int limit = 50, CancellationToken cancellationToken = default);

    /// <summary>A document's notes in order, each with its citations.</summary>
    Task<IReadOnlyList<StoredNote>> GetNotesAsync(long documentId, CancellationToken cancellationToken = default);

    // The watched folder

    Task<WatchedFile?> GetWatchedFileAsync(string path, CancellationToken cancellationToken = default);

    Task RecordWatchedFileAsync(WatchedFile file, CancellationToken cancellationToken = default);

    // References

    Task<StoredReference?> GetReferenceAsync(long id, CancellationToken cancellationToken = default);

    Task<StoredReference?> FindReferenceAsync(string citeKey, CancellationToken cancellationToken = default);

    /// <summary>References with citations, matching every filter given, in cite-key order.</summary>
    Task<Page<StoredReference>> SearchReferencesAsync(ReferenceQuery query, CancellationToken cancellationToken = default);

    /// <summary>The references a document cites, in cite-key order.</summary>
    Task<IReadOnlyList<StoredReference>> GetDocumentReferencesAsync(long documentId, CancellationToken cancellationToken = default);

    /// <summary>Every document's view of a reference, and the rule that put it there.</summary>
    Task<IReadOnlyList<ReferenceMember>> GetMembersAsync(long referenceId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReferenceCitation>> GetCitationsAsync(long referenceId, int limit = 1000, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every cited reference in cite-key order, streamed from one consistent snapshot; the revision
    /// it shows is set before the first item is read.
    /// </summary>
    IEnumerable<CslItem> ReadExportItems(Action<long>? revision = null);

    /// <summary>
    /// Takes the given documents' citations out of a reference into a new one, and remembers the
    /// split so that later passes keep them apart. The reference left keeps its cite key.
    /// </summary>
    Task<SplitOutcome> SplitAsync(long referenceId, IReadOnlyCollection<long> documentIds, CancellationToken cancellationToken = default);

    // The queue

    /// <summary>Queues a parse for every current document not parsed with this parser version; returns how many were queued.</summary>
    Task<int> EnqueueParsesAsync(string parserVersion, CancellationToken cancellationToken = default);

    /// <summary>Puts back in the queue the jobs and claims of workers that are known to be gone (same host, process ended).</summary>
    Task<int> ReleaseAbandonedAsync(Func<string, bool> ownerIsGone, int maxAttempts, CancellationToken cancellationToken = default);

    /// <summary>Claims up to <paramref name="max"/> queued parse jobs (or ones whose lease expired) for <paramref name="owner"/>.</summary>
    Task<IReadOnlyList<ParseJob>> ClaimParsesAsync(string owner, int max, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken = default);

    /// <summary>Extends the lease of every job this owner holds.</summary>
    Task RenewLeasesAsync(string owner, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a document's parse in one transaction: its notes and citations replace the previous parse,
    /// its references join the library (merged by identity), the job is done. Nothing is written when
    /// the job is no longer this worker's (its lease expired and another worker took it).
    /// </summary>
    Task<ParseCommit> CommitParseAsync(ParseJob job, ExtractionResult result, string parserVersion, CancellationToken cancellationToken = default);

    /// <summary>Records a failed parse; the job is retried until it has used its attempts.</summary>
    Task FailParseAsync(ParseJob job, string error, int maxAttempts, CancellationToken cancellationToken = default);

    /// <summary>Recomputes up to <paramref name="max"/> references whose documents changed; returns how many.</summary>
    Task<int> ConsolidateAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>Claims cited references (with ids above <paramref name="afterId"/>) never resolved or last checked before <paramref name="checkedBefore"/>.</summary>
    Task<IReadOnlyList<ResolutionClaim>> ClaimResolutionsAsync(string owner, DateTimeOffset checkedBefore, long afterId, int max, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Stores resolutions and releases their claims (an unavailable catalog leaves the reference due).</summary>
    Task SaveResolutionsAsync(string owner, IReadOnlyList<ResolutionResult> results, CancellationToken cancellationToken = default);

    // State

    Task<LibraryCounts> CountAsync(CancellationToken cancellationToken = default);

    Task MarkExportedAsync(long revision, CancellationToken cancellationToken = default);

    /// <summary>The library's revision: it moves whenever a reference, a parse or a document's place in the library changes.</summary>
    Task<long> GetRevisionAsync(CancellationToken cancellationToken = default);

    // Writes through the HTTP API

    /// <summary>
    /// Claims the parse of one document with this parser version for <paramref name="owner"/>, queueing it when it is not
    /// queued, so that a document added through the API is parsed at once, exactly as a worker would (commit with
    /// <see cref="CommitParseAsync"/>). Null when that parse is done, failed for good, the document is superseded, or
    /// another owner holds it under a running lease.
    /// </summary>
    Task<ParseJob?> ClaimDocumentParseAsync(long documentId, string parserVersion, string owner, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a write under an idempotency key, or says what became of the key: completed (with the response
    /// to give again), in progress elsewhere, or used for another request. A start older than
    /// <paramref name="abandonedAfter"/> that never completed (its instance died) is taken over.
    /// </summary>
    Task<IdempotencyClaim> BeginIdempotentAsync(IdempotentRequest request, TimeSpan abandonedAfter, CancellationToken cancellationToken = default);

    /// <summary>Keeps the response of a started write; nothing happens when <paramref name="owner"/> no longer holds the key.</summary>
    Task CompleteIdempotentAsync(IdempotentRequest request, string owner, IdempotentResponse response, CancellationToken cancellationToken = default);

    /// <summary>Forgets a started write that failed, so that the same key may be tried again.</summary>
    Task AbandonIdempotentAsync(IdempotentRequest request, string owner, CancellationToken cancellationToken = default);

    /// <summary>Forgets the keys created before <paramref name="before"/>; returns how many.</summary>
    Task<int> PurgeIdempotencyAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
