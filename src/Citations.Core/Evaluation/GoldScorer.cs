using Citations.Core.Model;
using Citations.Core.Pipeline;

namespace Citations.Core.Evaluation;

/// <summary>The scores of the parser against a gold file.</summary>
public sealed record GoldReport(
    IReadOnlyDictionary<string, FieldCount> Fields,
    FieldCount Bibliographic,
    FieldCount Archival,
    FieldCount BackReferences,
    FieldCount Citations,
    int Notes,
    IReadOnlyList<string> Mismatches);

/// <summary>
/// Scores the parser on gold notes: each document's notes are parsed in order (so back-references
/// resolve as in a real run), predicted citations are paired with gold ones by the overlap of their
/// spans, and every field of a pair is counted right, wrong, missing or extra.
/// </summary>
public sealed class GoldScorer(NoteParser? parser = null)
{
    readonly NoteParser _parser = parser ?? new NoteParser();

    public GoldReport Score(IReadOnlyList<GoldNote> gold)
    {
        var fields = new Dictionary<string, FieldCount>(StringComparer.Ordinal);
        var citations = new FieldCount();
        var mismatches = new List<string>();
        foreach (var doc in gold.GroupBy(g => g.Doc))
        {
            var notes = doc.Select(g => new Note { Number = g.N, Text = g.Text }).ToList();
            var parsed = _parser.Parse(notes).Notes;
            foreach (var (g, p) in doc.Zip(parsed))
            {
                var pairs = Pair(g, p);
                foreach (var (gc, pc) in pairs)
                {
                    var gf = gc is null ? new() : ScoredFields.Flatten(gc.Item, gc.Locator, gc.Label, gc.Position, gc.RefersTo, gc.Part);
                    var pf = pc is null ? new() : ScoredFields.Flatten(pc.Item, pc.Locator, pc.Label, Position(pc.Position), pc.RefersTo?.ToString(), pc.Part);
                    if (gc is not null && pc is not null) citations.TruePositives++;
                    else if (gc is null) citations.FalsePositives++;
                    else citations.FalseNegatives++;
                    foreach (string key in gf.Keys.Union(pf.Keys))
                    {
                        if (!fields.TryGetValue(key, out var count)) fields[key] = count = new FieldCount();
                        gf.TryGetValue(key, out string? gv);
                        pf.TryGetValue(key, out string? pv);
                        if (gv is not null && gv == pv) count.TruePositives++;
                        else
                        {
                            if (pv is not null) count.FalsePositives++;
                            if (gv is not null) count.FalseNegatives++;
                            mismatches.Add($"{doc.Key}:{g.N} {key}: gold «{gv}» parsed «{pv}»");
                        }
                    }
                }
            }
        }
        return new GoldReport(fields, Sum(fields, ScoredFields.Bibliographic), Sum(fields, ScoredFields.Archival),
            Sum(fields, ScoredFields.BackReferences), citations, gold.Count, mismatches);
    }

    static string Position(Position p) => p switch
    {
        Model.Position.First => "first",
        Model.Position.Subsequent => "subsequent",
        Model.Position.Ibid => "ibid",
        _ => "ibid-with-locator",
    };

    static FieldCount Sum(Dictionary<string, FieldCount> fields, IEnumerable<string> keys)
    {
        var total = new FieldCount();
        foreach (string k in keys)
            if (fields.TryGetValue(k, out var c)) total.Add(c);
        return total;
    }

    /// <summary>Pairs gold and parsed citations of a note by the overlap of their spans, best overlaps first.</summary>
    static List<(GoldCitation?, Citation?)> Pair(GoldNote gold, ParsedNote parsed)
    {
        var goldSpans = new List<(GoldCitation C, int Start, int End)>();
        int searchFrom = 0;
        foreach (var gc in gold.Citations)
        {
            int start = gold.Text.IndexOf(gc.Text, searchFrom, StringComparison.Ordinal);
            if (start < 0) start = gold.Text.IndexOf(gc.Text, StringComparison.Ordinal);
            if (start < 0) start = 0;
            goldSpans.Add((gc, start, start + gc.Text.Length));
            searchFrom = start + 1;
        }
        var candidates = new List<(int G, int P, int Overlap)>();
        for (int g = 0; g < goldSpans.Count; g++)
            for (int p = 0; p < parsed.Citations.Count; p++)
            {
                var s = parsed.Citations[p].Source;
                int overlap = Math.Min(goldSpans[g].End, s.End) - Math.Max(goldSpans[g].Start, s.Start);
                if (overlap > 0) candidates.Add((g, p, overlap));
            }
        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        var pairs = new List<(GoldCitation?, Citation?)>();
        foreach (var (g, p, _) in candidates.OrderByDescending(c => c.Overlap))
        {
            if (usedG.Contains(g) || usedP.Contains(p)) continue;
            usedG.Add(g);
            usedP.Add(p);
            pairs.Add((goldSpans[g].C, parsed.Citations[p]));
        }
        for (int g = 0; g < goldSpans.Count; g++) if (!usedG.Contains(g)) pairs.Add((goldSpans[g].C, null));
        for (int p = 0; p < parsed.Citations.Count; p++) if (!usedP.Contains(p)) pairs.Add((null, parsed.Citations[p]));
        return pairs;
    }
}
