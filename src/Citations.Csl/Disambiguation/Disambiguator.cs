using Citations.Csl.Data;
using Citations.Csl.Evaluation;
using Citations.Csl.Output;
using Citations.Csl.Style;

namespace Citations.Csl.Disambiguation;

/// <summary>
/// Makes cites that render identically distinguishable, in the order CSL prescribes:
/// add names (et-al expansion), expand given names (per givenname-disambiguation-rule),
/// render with disambiguate="true", then add year-suffixes (a, b, c … in bibliography order).
/// Ambiguity is judged on the plain text of each item's first-position cite.
/// </summary>
internal sealed class Disambiguator(Document doc)
{
    private readonly CslStyle _style = doc.P.Style;

    public void Run()
    {
        var c = _style.Citation;
        bool any = c.DisambiguateAddNames || c.DisambiguateAddGivenname || c.DisambiguateAddYearSuffix || _style.UsesDisambiguateCondition;
        if (!any || doc.Registry.Count == 0) return;

        if (c.DisambiguateAddGivenname && c.GivennameDisambiguationRule != "by-cite") ApplyGlobalNameRule(c.GivennameDisambiguationRule);

        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in doc.Registry) keys[r.Id] = Key(r);
        var groups = Ambiguous(keys);
        if (groups.Count == 0) return;

        foreach (var group in groups)
        {
            var open = group;
            if (c.DisambiguateAddNames) open = AddNames(open, keys);
            if (open.Count > 1 && c.DisambiguateAddGivenname) open = AddGivenNames(open, keys);
            if (open.Count > 1 && _style.UsesDisambiguateCondition)
            {
                foreach (var r in open) doc.Disamb[r.Id].DisambiguateCondition = true;
                foreach (var r in open) keys[r.Id] = Key(r);
                open = StillAmbiguous(open, keys);
            }
            if (open.Count > 1 && c.DisambiguateAddYearSuffix)
            {
                // Year suffixes follow bibliography order, counted within each group of identical cites.
                var counters = new Dictionary<string, int>(StringComparer.Ordinal);
                var set = new HashSet<string>(open.Select(r => r.Id));
                foreach (var r in doc.Registry)
                {
                    if (!set.Contains(r.Id)) continue;
                    var k = keys[r.Id];
                    counters.TryGetValue(k, out var n);
                    doc.Disamb[r.Id].YearSuffix = Suffix(n);
                    counters[k] = n + 1;
                }
            }
        }
    }

    public static string Suffix(int n)
    {
        var s = "";
        n++;
        while (n > 0)
        {
            n--;
            s = (char)('a' + n % 26) + s;
            n /= 26;
        }
        return s;
    }

    /// <summary>
    /// Note styles (and styles with et-al-subsequent settings) are judged on the subsequent form,
    /// where short notes make different items look alike.
    /// </summary>
    private bool UseSubsequentForm => _style.IsNoteStyle
        || _style.Citation.NameOptions.EtAlSubsequentMin is not null || _style.Citation.NameOptions.EtAlSubsequentUseFirst is not null
        || _style.NameOptions.EtAlSubsequentMin is not null;

    private string Key(Reference r)
    {
        var cite = new CiteData { Id = r.Id, Position = UseSubsequentForm ? CitePosition.Subsequent : CitePosition.First };
        var b = doc.RenderCiteBlob(cite, out _, measuring: true);
        if (b is null) return "";
        return doc.P.Serialize(b, OutputFormat.Text);
    }

    private List<List<Reference>> Ambiguous(Dictionary<string, string> keys)
    {
        var byKey = new Dictionary<string, List<Reference>>(StringComparer.Ordinal);
        foreach (var r in doc.Registry)
        {
            var k = keys[r.Id];
            if (!byKey.TryGetValue(k, out var l)) byKey[k] = l = new List<Reference>();
            l.Add(r);
        }
        return byKey.Values.Where(l => l.Count > 1).ToList();
    }

    private static List<Reference> StillAmbiguous(List<Reference> set, Dictionary<string, string> keys)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in set) counts[keys[r.Id]] = counts.TryGetValue(keys[r.Id], out var n) ? n + 1 : 1;
        return set.Where(r => counts[keys[r.Id]] > 1).ToList();
    }

    private static int MaxNames(Reference r)
    {
        int m = 0;
        foreach (var kv in r.Names) m = Math.Max(m, kv.Value.Length);
        return m;
    }

    private List<Reference> AddNames(List<Reference> set, Dictionary<string, string> keys)
    {
        int max = set.Max(MaxNames);
        // Keys of every item at every name count.
        // With add-givenname, names count as shown with full given names when judging how many are needed.
        bool withGiven = _style.Citation.DisambiguateAddGivenname;
        var savedGiven = set.ToDictionary(r => r.Id, r => doc.Disamb[r.Id].GivenLevels);
        if (withGiven)
            foreach (var r in set) doc.Disamb[r.Id].GivenLevels = Enumerable.Repeat(2, Math.Max(1, MaxNames(r))).ToArray();
        var byLevel = new List<Dictionary<string, string>>();
        for (int k = 1; k <= max; k++)
        {
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var r in set) { doc.Disamb[r.Id].NamesShown = k; d[r.Id] = Key(r); }
            byLevel.Add(d);
        }
        if (withGiven)
            foreach (var r in set) doc.Disamb[r.Id].GivenLevels = savedGiven[r.Id];
        var original = keys.Where(kv => set.Any(r => r.Id == kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var r in set)
        {
            // Fewest names at which this cite is as distinct as it can get.
            int best = -1, bestAmb = int.MaxValue;
            int baseAmb = set.Count(o => original[o.Id] == original[r.Id]);
            for (int k = 0; k < byLevel.Count; k++)
            {
                var key = byLevel[k][r.Id];
                int amb = set.Count(o => byLevel[k][o.Id] == key);
                if (amb < bestAmb) { bestAmb = amb; best = k; }
            }
            if (best >= 0 && bestAmb < baseAmb)
            {
                doc.Disamb[r.Id].NamesShown = best + 1;
                keys[r.Id] = withGiven ? "" : byLevel[best][r.Id];
            }
            else
            {
                doc.Disamb[r.Id].NamesShown = null;
                keys[r.Id] = original[r.Id];
            }
        }
        if (withGiven) foreach (var r in set) keys[r.Id] = Key(r);
        return StillAmbiguous(set, keys);
    }

    private List<Reference> AddGivenNames(List<Reference> set, Dictionary<string, string> keys)
    {
        var open = set;
        int maxNames = set.Max(MaxNames);
        // With-initials rules never go beyond initials.
        int maxLevel = _style.Citation.GivennameDisambiguationRule.EndsWith("with-initials", StringComparison.Ordinal) ? 1 : 2;

        // Shows the i-th name of each cite at least at this level (1: initials, 2: full given name).
        void Expand(IEnumerable<Reference> cites, int i, int level)
        {
            foreach (var r in cites)
            {
                var ds = doc.Disamb[r.Id];
                var gl = ds.GivenLevels is null ? new int[Math.Max(1, MaxNames(r))] : (int[])ds.GivenLevels.Clone();
                if (gl.Length < i + 1) Array.Resize(ref gl, i + 1);
                gl[i] = Math.Max(gl[i], level);
                ds.GivenLevels = gl;
                keys[r.Id] = Key(r);
            }
        }

        for (int i = 0; i < maxNames && open.Count > 1; i++)
        {
            for (int level = 1; level <= maxLevel && open.Count > 1; level++)
            {
                var before = open.ToDictionary(r => r.Id, r => (int[]?)doc.Disamb[r.Id].GivenLevels?.Clone());
                var beforeKeys = open.ToDictionary(r => r.Id, r => keys[r.Id]);
                Expand(open, i, level);
                var next = StillAmbiguous(open, keys);
                if (next.Count < open.Count)
                {
                    // Keep the expansion for the cites it distinguished; the rest go on from their previous state,
                    // then take the same name expanded as far as the resolved ones.
                    foreach (var r in next) { doc.Disamb[r.Id].GivenLevels = before[r.Id]; keys[r.Id] = beforeKeys[r.Id]; }
                    open = next;
                    if (open.Count > 1) Expand(open, i, level);
                }
                else
                {
                    // No progress at this level: take it back.
                    foreach (var r in open) { doc.Disamb[r.Id].GivenLevels = before[r.Id]; keys[r.Id] = beforeKeys[r.Id]; }
                }
            }
        }
        return open;
    }

    /// <summary>all-names, all-names-with-initials, primary-name, primary-name-with-initials: expand names that are ambiguous anywhere in the document.</summary>
    private void ApplyGlobalNameRule(string rule)
    {
        bool primaryOnly = rule.StartsWith("primary-name", StringComparison.Ordinal);
        bool initialsOnly = rule.EndsWith("with-initials", StringComparison.Ordinal);
        var names = doc.P.PrimaryNames;
        var nameEl = names?.Name;
        if (nameEl is null) return;
        var opts = nameEl.ForCitation!;
        // Collect names by their rendering as styled.
        var byFamily = new Dictionary<string, List<Name>>(StringComparer.Ordinal);
        foreach (var r in doc.Registry)
        {
            foreach (var v in names!.Variables)
            {
                if (r.GetNames(v) is not { } list) continue;
                for (int i = 0; i < list.Length; i++)
                {
                    if (primaryOnly && i > 0) break;
                    var n = list[i];
                    if (n.IsLiteral) continue;
                    var fam = (n.NonDroppingParticle ?? "") + "|" + n.Family;
                    if (!byFamily.TryGetValue(fam, out var l)) byFamily[fam] = l = new List<Name>();
                    if (!l.Exists(x => x.Key == n.Key)) l.Add(n);
                }
                break;
            }
        }
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        bool shortForm = opts.Form == "short";
        string? with = opts.InitializeWith;
        foreach (var l in byFamily.Values)
        {
            if (l.Count < 2) continue;
            foreach (var n in l)
            {
                // Level needed so that this name differs from every other with the same family name.
                int need = 0;
                foreach (var o in l)
                {
                    if (ReferenceEquals(o, n) || o.Key == n.Key) continue;
                    int lv = LevelToDistinguish(n, o, shortForm, with, initialsOnly);
                    need = Math.Max(need, lv);
                }
                if (need > 0) levels[n.Key] = need;
            }
        }
        if (levels.Count == 0) return;
        foreach (var r in doc.Registry)
        {
            var ds = doc.Disamb[r.Id];
            if (primaryOnly)
            {
                foreach (var v in names!.Variables)
                {
                    if (r.GetNames(v) is { Length: > 0 } list)
                    {
                        if (levels.TryGetValue(list[0].Key, out var lv)) ds.GivenLevels = [lv];
                        break;
                    }
                }
            }
            else ds.GlobalGivenLevels = levels;
        }
    }

    private int LevelToDistinguish(Name a, Name b, bool shortForm, string? with, bool initialsOnly)
    {
        bool hyphen = _style.InitializeWithHyphen;
        string Init(Name n) => n.Given is null ? "" : Evaluator.Initialize(n.Given, with ?? ".", true, hyphen);
        if (shortForm)
        {
            if (with is not null)
            {
                if (Init(a) != Init(b)) return 1;
                return initialsOnly ? 0 : 2;
            }
            return initialsOnly ? 0 : 1;
        }
        if (with is not null)
        {
            if (Init(a) != Init(b)) return 0;
            return initialsOnly ? 0 : 1;
        }
        return 0;
    }
}
