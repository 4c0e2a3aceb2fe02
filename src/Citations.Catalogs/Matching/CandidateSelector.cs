using Citations.Core.Model;

namespace Citations.Catalogs.Matching;

/// <summary>The decision over one catalog's candidates: accept the best, or abstain and say why.</summary>
public sealed record Selection(Candidate? Accepted, Candidate? Best, ScoreCard? BestCard, string Reason)
{
    public double BestScore => BestCard?.Total ?? 0;
}

public static class CandidateSelector
{
    /// <summary>Two different records this close are a tie (Crossref's own rule): neither is accepted.</summary>
    public const double TieMargin = 0.02;

    public static Selection Select(CslItem reference, WorkKind kind, IReadOnlyList<Candidate> candidates, double threshold)
    {
        var scored = candidates.Select(c => (candidate: c, card: CandidateScorer.Score(reference, kind, c)))
            .OrderByDescending(s => s.card.Total).ThenByDescending(s => s.card.Title).ToList();
        if (scored.Count == 0) return new Selection(null, null, null, "no candidates");
        var (best, card) = scored[0];
        if (card.Total < threshold)
            return new Selection(null, best, card, $"best {card} below {threshold:0.00}: {best}");
        var rival = scored.Skip(1).FirstOrDefault(s => s.candidate.RecordId != best.RecordId && s.card.Total >= threshold);
        if (rival.candidate is not null && card.Total - rival.card.Total < TieMargin)
            return new Selection(null, best, card, $"tie between {best} and {rival.candidate} at {card.Total:0.00}");
        return new Selection(best, best, card, $"accepted {card}: {best}");
    }
}
