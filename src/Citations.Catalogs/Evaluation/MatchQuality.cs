using Citations.Core.Model;
using Citations.Core.Resolution;

namespace Citations.Catalogs.Evaluation;

/// <summary>
/// Precision and recall of the resolver on a labelled set. A resolved reference is correct when the
/// record it was matched to is the expected one; precision = correct / resolved (a match where the set
/// says "abstain" is wrong), recall = correct / resolvable.
/// </summary>
public sealed record MatchQuality(int References, int Resolvable, int Resolved, int Correct, int Unavailable, IReadOnlyList<string> Errors)
{
    public double Precision => Resolved == 0 ? 1 : (double)Correct / Resolved;
    public double Recall => Resolvable == 0 ? 1 : (double)Correct / Resolvable;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <param name="identify">The expected-record id behind a catalog's (catalog key, record id).</param>
    public static MatchQuality Score(IReadOnlyList<LabelledReference> set, IReadOnlyList<ResolutionOutcome> outcomes, Func<string, string, string?> identify)
    {
        int resolved = 0, correct = 0, unavailable = 0;
        var errors = new List<string>();
        for (int i = 0; i < set.Count; i++)
        {
            var (labelled, outcome) = (set[i], outcomes[i]);
            if (outcome.Status == ResolutionStatus.Unavailable) unavailable++;
            if (outcome.Status != ResolutionStatus.Resolved)
            {
                if (labelled.Expect is not null) errors.Add($"missed   {Describe(labelled.Reference)} → {labelled.Expect}: {outcome.Status} {outcome.Detail}");
                continue;
            }
            resolved++;
            var resolution = outcome.Item.Custom?.Resolution;
            string? got = resolution is null ? null : identify(resolution.Catalog, resolution.RecordId ?? "");
            if (got is not null && got == labelled.Expect) correct++;
            else errors.Add($"WRONG    {Describe(labelled.Reference)} → {labelled.Expect ?? "abstain"}, got {resolution?.Catalog}:{resolution?.RecordId} ({got}): {outcome.Detail}");
        }
        return new MatchQuality(set.Count, set.Count(l => l.Expect is not null), resolved, correct, unavailable, errors);
    }

    static string Describe(CslItem item) =>
        $"[{item.Id}] {item.Author?.FirstOrDefault()?.Family ?? item.Author?.FirstOrDefault()?.Literal}, \"{item.Title ?? item.ArchiveLocation}\" {item.Issued?.Year}";

    public override string ToString() =>
        $"{References} references, {Resolvable} resolvable: {Resolved} resolved, {Correct} correct, {Unavailable} unavailable — precision {Precision:0.000}, recall {Recall:0.000}, F1 {F1:0.000}";
}
