using Citations.Core.Model;

namespace Citations.Storage;

/// <summary>A document to add: its text exactly as read, and where it came from.</summary>
public sealed record NewDocument(string Name, string Text, string? SourcePath = null);

/// <summary>
/// The outcome of adding a document. Documents are identified by the SHA-256 of their text, so adding
/// the same text twice gives the same id with <see cref="Created"/> false.
/// </summary>
public sealed record AddedDocument(long Id, string ContentHash, bool Created, long? Superseded);

/// <summary>A stored document without its text.</summary>
public sealed record DocumentSummary
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public required string ContentHash { get; init; }
    public string? SourcePath { get; init; }
    public required DateTimeOffset AddedAt { get; init; }
    /// <summary>The newer version of the same file that replaced this one in the library.</summary>
    public long? SupersededBy { get; init; }
    /// <summary>The parser version of the notes and citations stored; null until parsed.</summary>
    public string? ParserVersion { get; init; }
    public DateTimeOffset? ParsedAt { get; init; }
    /// <summary>How many times a parse of this document was committed (once per parser version).</summary>
    public int ParseCount { get; init; }
    public string? Layout { get; init; }
    public int NoteCount { get; init; }
    public int CitationCount { get; init; }
}

/// <summary>A stored document with its raw text, byte for byte what was added.</summary>
public sealed record StoredDocument(DocumentSummary Summary, string Text, IReadOnlyList<string> Warnings);

/// <summary>A note as the finder found it, with the citations parsed from it.</summary>
public sealed record StoredNote(
    int Sequence, int Number, string Text, LineSpan? Lines, double? Confidence,
    IReadOnlyList<string>? Flags, string? Error, IReadOnlyList<StoredCitation> Citations);

/// <summary>A citation in a note, pointing at the library reference it cites.</summary>
public sealed record StoredCitation
{
    public required int Index { get; init; }
    public required long ReferenceId { get; init; }
    public required string CiteKey { get; init; }
    public string? Locator { get; init; }
    public string? Label { get; init; }
    public Position Position { get; init; }
    public string? RefersTo { get; init; }
    public double Confidence { get; init; }
    public TextSpan Source { get; init; }
    public string? Text { get; init; }
    public string? Prefix { get; init; }
    public string? Part { get; init; }
}

/// <summary>A citation of a reference, with the document and note it stands in.</summary>
public sealed record ReferenceCitation(long DocumentId, string DocumentName, int NoteNumber, StoredCitation Citation);

/// <summary>A work of the library: every document's citation of it merged into one item with a stable cite key.</summary>
public sealed record StoredReference
{
    public required long Id { get; init; }
    public required string CiteKey { get; init; }
    public required string IdentityKey { get; init; }
    /// <summary>The merged item; its <c>id</c> and <c>custom.cite_key</c> are the cite key.</summary>
    public required CslItem Item { get; init; }
    public int CitationCount { get; init; }
    public int DocumentCount { get; init; }
    public DateTimeOffset? ResolutionCheckedAt { get; init; }
    public string? ResolutionStatus { get; init; }
}

/// <summary>How a document's reference came to be in a library reference.</summary>
public enum MergeRule
{
    /// <summary>It was the first of its identity: the library reference was made from it.</summary>
    Created,
    /// <summary>Same identity (<c>ReferenceIdentity.Key</c>) as the reference it joined.</summary>
    SameIdentity,
    /// <summary>Held apart by a user's split.</summary>
    Split,
}

/// <summary>One document's view of a library reference.</summary>
public sealed record ReferenceMember(long DocumentId, string DocumentName, string LocalKey, string IdentityKey, MergeRule Rule, CslItem Item);

/// <summary>A search of the library's references; every filter is optional. Pages follow cite-key order.</summary>
public sealed record ReferenceQuery
{
    /// <summary>Words to find in authors, titles, containers, archives and shelf-marks.</summary>
    public string? Text { get; init; }
    public string? Type { get; init; }
    /// <summary>The archive, by name or canonical abbreviation (case-insensitive).</summary>
    public string? Archive { get; init; }
    public int? Year { get; init; }
    /// <summary>The cursor: the cite key the previous page ended with.</summary>
    public string? After { get; init; }
    public int Limit { get; init; } = 50;
}

/// <summary>One page of a list, and the cursor for the next (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>A parse job claimed by one worker until <see cref="LeaseUntil"/>.</summary>
public sealed record ParseJob(long Id, long DocumentId, string Owner, int Attempt, DateTimeOffset LeaseUntil);

/// <summary>What committing a parse did.</summary>
public sealed record ParseCommit(bool Committed, int Notes, int Citations, int NewReferences, int MergedReferences)
{
    public static readonly ParseCommit LeaseLost = new(false, 0, 0, 0, 0);
}

/// <summary>A reference whose catalog resolution is due, claimed by one worker.</summary>
public sealed record ResolutionClaim(long ReferenceId, CslItem Item);

/// <summary>What the catalogs said about a claimed reference: checked at a time (null when they could not be asked: due again), and the resolved item when one was accepted.</summary>
public sealed record ResolutionResult(long ReferenceId, string Status, CslItem? ResolvedItem, DateTimeOffset? CheckedAt);

/// <summary>The result of a split: the reference left and the one made from the documents taken out.</summary>
public sealed record SplitOutcome(StoredReference Remaining, StoredReference SplitOff);

/// <summary>The size of the library and of its queue.</summary>
public sealed record LibraryCounts(
    int Documents, int Notes, int Citations, int References, int PendingJobs, int FailedJobs, long Revision, long ExportedRevision);

/// <summary>A file of the watched folder as last seen: unchanged size and time mean nothing to read.</summary>
public sealed record WatchedFile(string Path, long Size, DateTimeOffset ModifiedAt, long? DocumentId, string? Problem);
