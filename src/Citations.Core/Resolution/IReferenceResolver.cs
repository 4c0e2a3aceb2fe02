using Citations.Core.Model;

namespace Citations.Core.Resolution;

/// <summary>
/// The seam between parsed references and the public catalogs: the CLI, the worker and the API depend on
/// this, the catalog project implements it. A resolver never makes a reference worse and never throws for
/// a catalog that is down: that item comes back <see cref="ResolutionStatus.Unavailable"/>, unchanged.
/// </summary>
public interface IReferenceResolver
{
    /// <summary>One outcome per item, in the order given. <paramref name="progress"/> receives the count done.</summary>
    Task<IReadOnlyList<ResolutionOutcome>> ResolveAsync(
        IReadOnlyList<CslItem> items, IProgress<int>? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>The item after resolution (identifiers and missing fields added, provenance in
/// <c>custom.resolution</c>) or, when nothing was accepted, the item as it came in.</summary>
public sealed record ResolutionOutcome(CslItem Item, ResolutionStatus Status, string? Detail = null);

public enum ResolutionStatus
{
    /// <summary>A catalog record was accepted and merged into the item.</summary>
    Resolved,
    /// <summary>Catalogs answered but no candidate scored above the accept threshold.</summary>
    Abstained,
    /// <summary>Not a kind of reference any catalog knows (a Russian archival file, a letter…).</summary>
    NotApplicable,
    /// <summary>The catalogs to ask were down, rate-limited past the run's budget, or offline without a cached answer.</summary>
    Unavailable,
}

/// <summary>Resolution switched off: every item comes back as it is.</summary>
public sealed class NoResolution : IReferenceResolver
{
    public static readonly NoResolution Instance = new();

    public Task<IReadOnlyList<ResolutionOutcome>> ResolveAsync(
        IReadOnlyList<CslItem> items, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ResolutionOutcome> outcomes = items.Select(i => new ResolutionOutcome(i, ResolutionStatus.NotApplicable)).ToList();
        progress?.Report(items.Count);
        return Task.FromResult(outcomes);
    }
}
