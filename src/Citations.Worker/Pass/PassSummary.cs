using Citations.Storage;
using Citations.Worker.Exports;
using Citations.Worker.Import;

namespace Citations.Worker.Pass;

/// <summary>What parsing the queued documents did in one pass; times are summed over documents (extraction runs in parallel).</summary>
public sealed record ParseSummary(int Parsed, int Failed, int LeasesLost, int Notes, int Citations, int NewReferences, int MergedReferences, TimeSpan Extracting, TimeSpan Committing);

/// <summary>What re-resolving stale references did in one pass.</summary>
public sealed record ResolutionSummary(int Checked, int Resolved, int Unavailable);

/// <summary>Everything one pass did, and the library after it.</summary>
public sealed record PassSummary(
    ImportSummary Import, int Released, int Queued, ParseSummary Parse, int Consolidated, ResolutionSummary Resolution,
    ExportSummary Export, LibraryCounts Library, TimeSpan Duration);
