using Citations.Core.Model;

namespace Citations.Catalogs.Matching;

/// <summary>Field-wise agreement of a reference and a candidate; null where either side lacks the field.</summary>
public sealed record ScoreCard(double Title, double? Author, double? Year, double? Container, double? Volume, string? Gate, double Total)
{
    public override string ToString() =>
        $"{Total:0.00} (title {Title:0.00}, author {F(Author)}, year {F(Year)}, container {F(Container)}, volume {F(Volume)}{(Gate is null ? "" : ", gate: " + Gate)})";

    static string F(double? v) => v is { } x ? x.ToString("0.00") : "–";
}

/// <summary>
/// Scores a candidate against a parsed reference, field by field (catalogs.md §15): title similarity on
/// transliterated, folded words (a subtitle on one side only is neutral), first-author family name
/// (Jaro-Winkler, as GROBID), year (exact 1, ±1 0.6, against every edition year the record knows),
/// container (abbreviations allowed) and volume. Hard gates: kind, title, author, year, container. Missing fields count half.
/// </summary>
public static class CandidateScorer
{
    const double WTitle = 0.50, WAuthor = 0.25, WYear = 0.15, WContainer = 0.06, WVolume = 0.04, Neutral = 0.5;

    public static ScoreCard Score(CslItem reference, WorkKind expected, Candidate candidate)
    {
        double title = TitleSimilarity(reference.Title, candidate.Item.Title);
        double? author = AuthorSimilarity(reference, candidate.Item);
        double? year = YearAgreement(reference.Issued?.Year, candidate.Years);
        double? container = expected is WorkKind.Book ? null : ContainerSimilarity(reference.ContainerTitle, candidate.Item.ContainerTitle);
        double? volume = expected is WorkKind.Article ? VolumeAgreement(reference.Volume, candidate.Item.Volume) : null;

        string? gate = null;
        if (candidate.Kind != expected) gate = $"kind {candidate.Kind} is not {expected}";
        else if (title < 0.55) gate = "title";
        else if (author < 0.75) gate = "author";
        else if (year == 0) gate = "year";
        else if (container < 0.6) gate = "container";
        else if (author is null && year is null) gate = "title alone";
        else if (TextKey.TitleWords(reference.Title).Count <= 2 && (author is null || year is null)) gate = "short title needs author and year";

        double total = WTitle * title + WAuthor * (author ?? Neutral) + WYear * (year ?? Neutral)
            + WContainer * (container ?? Neutral) + WVolume * (volume ?? Neutral);
        return new ScoreCard(title, author, year, container, volume, gate, gate is null ? total : 0);
    }

    public static double TitleSimilarity(string? cited, string? found)
    {
        if (string.IsNullOrWhiteSpace(cited) || string.IsNullOrWhiteSpace(found)) return 0;
        var a = TextKey.TitleWords(cited);
        var b = TextKey.TitleWords(found);
        double full = Similarity.Words(a, b);
        var aMain = TextKey.TitleWords(TextKey.MainTitle(cited));
        var bMain = TextKey.TitleWords(TextKey.MainTitle(found));
        bool citedHasSubtitle = aMain.Count < a.Count, foundHasSubtitle = bMain.Count < b.Count;
        // A subtitle on one side only is neutral: compare that side's whole title with the other's main title.
        double main = citedHasSubtitle == foundHasSubtitle ? 0
            : 0.95 * Similarity.Words(citedHasSubtitle ? aMain : a, foundHasSubtitle ? bMain : b);
        return Math.Max(full, main);
    }

    static double? AuthorSimilarity(CslItem reference, CslItem found)
    {
        var cited = Names(reference);
        var theirs = Names(found);
        if (cited.Count == 0 || theirs.Count == 0) return null;
        var first = cited[0];
        double best = 0;
        foreach (var name in theirs)
        {
            double s = first.Personal && name.Personal
                ? Similarity.JaroWinkler(first.Key, name.Key)
                : Similarity.Words(first.Words, name.Words);
            best = Math.Max(best, s);
        }
        return best;
    }

    sealed record NameKey(string Key, IReadOnlyList<string> Words, bool Personal);

    /// <summary>Authors, or editors when there are none (an edited volume is cited by its editors).</summary>
    static List<NameKey> Names(CslItem item)
    {
        var names = item.Author is { Count: > 0 } ? item.Author : item.Editor ?? [];
        var keys = new List<NameKey>();
        foreach (var name in names)
        {
            if (!string.IsNullOrWhiteSpace(name.Family))
            {
                var words = TextKey.Words(name.Family);
                if (words.Count > 0) keys.Add(new NameKey(string.Concat(words), words, true));
            }
            else if (!string.IsNullOrWhiteSpace(name.Literal))
            {
                var words = TextKey.Words(name.Literal);
                if (words.Count > 0) keys.Add(new NameKey(string.Concat(words), words, false));
            }
        }
        return keys;
    }

    static double? YearAgreement(int? cited, IReadOnlyList<int> years)
    {
        if (cited is not { } y || years.Count == 0) return null;
        int distance = years.Min(v => Math.Abs(v - y));
        return distance == 0 ? 1 : distance == 1 ? 0.6 : 0;
    }

    static double? ContainerSimilarity(string? cited, string? found)
    {
        if (string.IsNullOrWhiteSpace(cited) || string.IsNullOrWhiteSpace(found)) return null;
        var a = TextKey.TitleWords(cited);
        var b = TextKey.TitleWords(found);
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        return new[] { Similarity.Words(a, b), Similarity.Containment(shorter, longer), Similarity.Abbreviation(a, b), Similarity.Abbreviation(b, a) }.Max();
    }

    static double? VolumeAgreement(string? cited, string? found)
    {
        if (string.IsNullOrWhiteSpace(cited) || string.IsNullOrWhiteSpace(found)) return null;
        return string.Equals(cited.Trim(), found.Trim(), StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }
}
