namespace Citations.Storage;

/// <summary>
/// A write that came with an <c>Idempotency-Key</c>: the key, the caller it belongs to (keys of different
/// callers never meet), and a fingerprint of the request, so that a key reused for another request is caught.
/// </summary>
public sealed record IdempotentRequest(string Scope, string Key, string Fingerprint);

/// <summary>The response a completed write gave, kept to be given again.</summary>
public sealed record IdempotentResponse(int Status, string? ContentType, string? Location, byte[] Body);

public enum IdempotencyState
{
    /// <summary>The key is new (or its earlier attempt was abandoned): this caller does the write and completes it.</summary>
    Started,
    /// <summary>The write was done: <see cref="IdempotencyClaim.Response"/> is its response.</summary>
    Completed,
    /// <summary>The same key is being written now by another request.</summary>
    InProgress,
    /// <summary>The key was used for a different request.</summary>
    Mismatch,
}

/// <summary>What the library knows of an idempotency key; <see cref="Owner"/> completes or abandons a started one.</summary>
public sealed record IdempotencyClaim(IdempotencyState State, string Owner, IdempotentResponse? Response = null);
