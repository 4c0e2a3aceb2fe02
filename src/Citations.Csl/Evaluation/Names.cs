using System.Globalization;
using System.Text;
using Citations.Csl.Data;
using Citations.Csl.Output;
using Citations.Csl.Style;

namespace Citations.Csl.Evaluation;

internal static partial class Evaluator
{
    private static Blob? RenderNames(NamesElement ne, RenderContext ctx)
    {
        // suppress-author: the first names element of the cite is left out (and counts as rendered).
        bool isFirstNames = !ctx.FirstNamesDone && ctx.SubstituteParent is null;
        var nameEl = ne.Name;
        var etAl = ne.EtAl;
        var label = ne.Label;
        bool labelBefore = ne.LabelBeforeName;
        var parent = ctx.SubstituteParent;
        if (parent is not null && !ne.HasNameChild)
        {
            nameEl = parent.Name;
            etAl ??= parent.EtAl;
            if (ne.Label is null) { label = parent.Label; labelBefore = parent.LabelBeforeName; }
        }
        var opts = ctx.Area == RenderArea.Bibliography ? nameEl.ForBibliography! : nameEl.ForCitation!;
        var area = ctx.Area == RenderArea.Bibliography ? (AreaSpec?)ctx.Style.Bibliography : ctx.Style.Citation;
        var namesDelimiter = ne.Delimiter ?? (parent?.Delimiter) ?? area?.NamesDelimiter ?? ctx.Style.NamesDelimiter ?? "";

        ctx.VarsCalled++;
        // Collect the lists; editor and translator with the same names merge into editortranslator.
        var lists = new List<(string variable, Name[] names)>(ne.Variables.Length);
        foreach (var v in ne.Variables)
        {
            if (ctx.IsSuppressed(v)) continue;
            var names = ctx.Item.GetNames(v);
            if (names is not null) lists.Add((v, names));
        }
        if (lists.Count >= 2)
        {
            int ei = lists.FindIndex(x => x.variable == "editor");
            int ti = lists.FindIndex(x => x.variable == "translator");
            if (ei >= 0 && ti >= 0 && SameNames(lists[ei].names, lists[ti].names)
                && !string.IsNullOrEmpty(ctx.Locale.GetTerm("editortranslator", label?.Form ?? TermForm.Long)))
            {
                lists[Math.Min(ei, ti)] = ("editortranslator", lists[ei].names);
                lists.RemoveAt(Math.Max(ei, ti));
            }
        }

        if (lists.Count == 0)
        {
            if (ne.Substitute is null) return null;
            var savedParent = ctx.SubstituteParent;
            ctx.SubstituteParent = ne;
            try
            {
                foreach (var child in FlattenChoose(ne.Substitute, ctx))
                {
                    var savedRec = ctx.RecordedVars;
                    var rec = new List<string>();
                    ctx.RecordedVars = rec;
                    int called = ctx.VarsCalled, rendered = ctx.VarsRendered;
                    bool wasFirst = ctx.FirstNamesDone;
                    if (isFirstNames) ctx.InFirstNames = true;
                    var r = Render(child, ctx);
                    ctx.InFirstNames = false;
                    ctx.RecordedVars = savedRec;
                    if (r is null) { ctx.VarsCalled = called; ctx.VarsRendered = rendered; continue; }
                    ctx.VarsRendered++;
                    (ctx.Suppressed ??= new HashSet<string>()).UnionWith(rec);
                    if (savedRec is not null) savedRec.AddRange(rec);
                    var result = Finish(r, ne, ctx);
                    if (isFirstNames) return FirstNames(result, ctx);
                    return result;
                }
            }
            finally { ctx.SubstituteParent = savedParent; }
            return null;
        }

        ctx.VarsRendered++;
        foreach (var (v, _) in lists) ctx.Record(v);
        if (ctx.RecordedVars is not null) ctx.FlushSuppressions();
        bool keyNames = isFirstNames || (ctx.InFirstNames && ctx.FirstNamesKeys is null);
        var namesText = keyNames ? new System.Text.StringBuilder() : null;

        if (opts.Form == "count")
        {
            int total = 0;
            foreach (var (_, names) in lists) total += ShownCount(names.Length, opts, ctx);
            if (total == 0) return null;
            var cnt = new Blob { Text = total.ToString(CultureInfo.InvariantCulture), IsNumber = true };
            var counted = Finish(cnt, ne, ctx);
            return isFirstNames ? FirstNames(counted, ctx) : counted;
        }

        var parts = new List<Blob>(lists.Count);
        foreach (var (v, names) in lists)
        {
            var list = RenderNameList(names, nameEl, opts, etAl, ctx);
            if (list is null) continue;
            // subsequent-author-substitute compares the printed names, without their label.
            namesText?.Append(list.ToPlainText()).Append('\u0001');
            if (label is not null && !ctx.Sorting)
            {
                var lb = RenderLabel(label, ctx, names.Length, v);
                if (lb is not null)
                {
                    var both = labelBefore ? new List<Blob> { lb, list } : new List<Blob> { list, lb };
                    list = Blob.Branch(both);
                }
            }
            parts.Add(list);
        }
        if (parts.Count == 0) return null;
        if (namesText is not null) ctx.FirstNamesKeys = namesText.ToString();
        var all = Blob.Branch(parts);
        all.Delimiter = namesDelimiter;
        var finished = Finish(all, ne, ctx);
        return isFirstNames ? FirstNames(finished, ctx) : finished;
    }

    /// <summary>Substitute candidates: a cs:choose contributes the elements of its chosen branch, one by one.</summary>
    private static IEnumerable<Element> FlattenChoose(Element[] elements, RenderContext ctx)
    {
        foreach (var el in elements)
        {
            if (el is ChooseElement c)
            {
                foreach (var br in c.Branches)
                {
                    if (br.Condition is null || Evaluate(br.Condition, ctx))
                    {
                        foreach (var inner in FlattenChoose(br.Children, ctx)) yield return inner;
                        break;
                    }
                }
            }
            else yield return el;
        }
    }

    private static Blob? FirstNames(Blob b, RenderContext ctx)
    {
        ctx.FirstNamesDone = true;
        ctx.FirstNamesBlob = b;
        if (ctx.SuppressAuthor) return null;
        return b;
    }

    private static bool SameNames(Name[] a, Name[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++) if (a[i].Key != b[i].Key) return false;
        return true;
    }

    private static (int min, int useFirst, bool useLast) EtAlSettings(NameOptions opts, RenderContext ctx)
    {
        int? min = opts.EtAlMin, first = opts.EtAlUseFirst;
        bool useLast = opts.EtAlUseLast ?? false;
        if (ctx.Area == RenderArea.Citation && ctx.Cite is { Position: not CitePosition.First } && !ctx.Sorting)
        {
            if (opts.EtAlSubsequentMin is int sm) min = sm;
            if (opts.EtAlSubsequentUseFirst is int su) first = su;
        }
        if (ctx.Sorting && ctx.SortKey is { } key)
        {
            if (key.NamesMin is int nm) min = nm;
            if (key.NamesUseFirst is int nf) first = nf;
            if (key.NamesUseLast is bool nl) useLast = nl;
        }
        return (min ?? int.MaxValue, first ?? int.MaxValue, useLast);
    }

    private static int ShownCount(int n, NameOptions opts, RenderContext ctx)
    {
        var (min, useFirst, _) = EtAlSettings(opts, ctx);
        int shown = n;
        if (n >= min && useFirst < n) shown = useFirst;
        if (ctx.Area == RenderArea.Citation && ctx.Disamb?.NamesShown is int ds && ds > shown) shown = Math.Min(n, ds);
        return shown;
    }

    private static Blob? RenderNameList(Name[] names, NameElement nameEl, NameOptions opts, EtAlElement? etAlEl, RenderContext ctx)
    {
        int n = names.Length;
        var (min, useFirst, useLast) = EtAlSettings(opts, ctx);
        int shown = n;
        if (n >= min && useFirst < n) shown = useFirst;
        if (ctx.Area == RenderArea.Citation && ctx.Disamb?.NamesShown is int ds && ds > shown) shown = Math.Min(n, ds);
        if (shown <= 0) return null;
        bool etAl = shown < n;
        bool useLastForm = etAl && useLast && shown + 2 <= n;
        string delimiter = opts.Delimiter ?? ", ";
        string sortOrder = opts.NameAsSortOrder ?? "";
        bool shortForm = opts.Form == "short";

        var items = new List<Blob>(shown * 2 + 2);
        var inverted = new bool[shown];
        for (int i = 0; i < shown; i++)
        {
            bool invert = (ctx.Sorting || sortOrder == "all" || (sortOrder == "first" && i == 0)) && !names[i].IsLiteral;
            inverted[i] = invert;
            int level = 0;
            if (ctx.Area == RenderArea.Citation)
            {
                if (ctx.Disamb?.GivenLevels is { } gl && i < gl.Length) level = gl[i];
                if (ctx.Disamb?.GlobalGivenLevels is { } gg && gg.TryGetValue(names[i].Key, out var lv) && lv > level) level = lv;
            }
            var nb = RenderName(names[i], nameEl, opts, shortForm, invert, level, ctx);
            if (!nb.IsLeaf || nb.Decor.HasDecorations) { } else nb = Blob.Branch([nb]);
            nb.IsName = true;
            if (i > 0)
            {
                bool last = i == shown - 1 && !etAl;
                if (last && opts.And is not null && !ctx.Sorting)
                {
                    string andTerm = opts.And == "symbol" ? "&" : ctx.Locale.GetTerm("and") ?? "and";
                    bool delimBefore = opts.DelimiterPrecedesLast switch
                    {
                        "always" => true,
                        "never" => false,
                        "after-inverted-name" => inverted[i - 1],
                        _ => shown >= 3,
                    };
                    items.Add(Blob.Leaf(delimBefore ? delimiter + andTerm + " " : " " + andTerm + " "));
                }
                else items.Add(Blob.Leaf(delimiter));
            }
            items.Add(nb);
        }
        if (etAl)
        {
            if (useLastForm)
            {
                items.Add(Blob.Leaf(delimiter + "\u2026 "));
                items.Add(RenderName(names[n - 1], nameEl, opts, shortForm, sortOrder == "all", 0, ctx));
            }
            else
            {
                if (ctx.Sorting) goto done;
                var termName = etAlEl?.Term ?? "et-al";
                var term = ctx.Locale.GetTerm(termName);
                if (!string.IsNullOrEmpty(term))
                {
                    bool delimBefore = opts.DelimiterPrecedesEtAl switch
                    {
                        "always" => true,
                        "never" => false,
                        "after-inverted-name" => inverted[shown - 1],
                        _ => shown >= 2,
                    };
                    items.Add(Blob.Leaf(delimBefore ? delimiter : " "));
                    var etAlBlob = RichText.Parse(term);
                    if (etAlEl is not null) etAlBlob = Finish(etAlBlob, etAlEl, ctx);
                    items.Add(etAlBlob);
                }
            }
        }
        done:
        var list = Blob.Branch(items);
        return Finish(list, nameEl, ctx);
    }

    /// <summary>Renders one name. level: givenname expansion from disambiguation (1 = initials/long, 2 = full given name).</summary>
    private static Blob RenderName(Name name, NameElement el, NameOptions opts, bool shortForm, bool invert, int level, RenderContext ctx)
    {
        if (name.IsLiteral)
        {
            var lit = RichText.Parse(name.Literal ?? name.Family ?? name.Given ?? "");
            if (el.Family is { } ff) lit = ApplyPart(lit, ff, ctx);
            return lit;
        }
        string? initializeWith = opts.InitializeWith;
        bool initialize = opts.Initialize ?? true;
        if (level >= 1 && shortForm)
        {
            shortForm = false;
            if (level >= 2) initializeWith = null;
        }
        else if (level >= 1) initializeWith = null;

        var family = name.Family ?? "";
        var ndp = name.NonDroppingParticle;
        var dp = name.DroppingParticle;
        var given = name.Given;
        if (given is not null && initializeWith is not null)
            given = Initialize(given, initializeWith, initialize, ctx.Style.InitializeWithHyphen);

        if (name.IsNonLatin && !ctx.Sorting)
        {
            // Family name first, no space, no inversion punctuation.
            var famB = Part(family, el.Family, ctx);
            if (shortForm || string.IsNullOrEmpty(given)) return famB;
            var givB = Part(given!, el.Given, ctx);
            return Blob.Branch([famB, givB]);
        }

        if (shortForm && !ctx.Sorting && false)
        {
            var s = ndp is null ? family : JoinParticle(ndp, family);
            return Part(s, el.Family, ctx, family: true);
        }

        if (shortForm && !ctx.Sorting)
        {
            var s = ndp is null ? family : JoinParticle(ndp, family);
            return Part(s, el.Family, ctx, family: true);
        }
        var sortSep = opts.SortSeparator ?? ", ";
        var demote = ctx.Style.DemoteNonDroppingParticle;
        var parts = new List<Blob>(6);
        if (ctx.Sorting && shortForm)
        {
            return Blob.Leaf(demote == "never" && ndp is not null ? ndp + " " + family : family);
        }
        if (ctx.Sorting)
        {
            // Sort keys: family first; particles demoted unless demote-non-dropping-particle="never".
            var sb = new StringBuilder();
            if (demote == "never" && ndp is not null) sb.Append(ndp).Append(' ');
            sb.Append(family);
            if (given is not null) sb.Append(' ').Append(given);
            if (dp is not null) sb.Append(' ').Append(dp);
            if (demote != "never" && ndp is not null) sb.Append(' ').Append(ndp);
            if (name.Suffix is not null) sb.Append(' ').Append(name.Suffix);
            return Blob.Leaf(sb.ToString());
        }
        if (invert)
        {
            // Family first. Particles go with the given names when demoted for display.
            var famPieces = new List<(string, NamePartFormat?)>(2);
            var givPieces = new List<(string, NamePartFormat?)>(3);
            if (demote == "display-and-sort")
            {
                famPieces.Add((family, el.Family));
                if (given is not null) givPieces.Add((given, el.Given));
                if (dp is not null) givPieces.Add((dp, el.Given));
                if (ndp is not null) givPieces.Add((ndp, el.Family));
            }
            else
            {
                if (ndp is not null) famPieces.Add((ndp, el.Family));
                famPieces.Add((family, el.Family));
                if (given is not null) givPieces.Add((given, el.Given));
                if (dp is not null) givPieces.Add((dp, el.Given));
            }
            parts.Add(PartGroup(famPieces, null, el.Family, ctx));
            if (givPieces.Count > 0)
            {
                parts.Add(Blob.Leaf(sortSep));
                parts.Add(PartGroup(givPieces, null, el.Given, ctx));
            }
            if (name.Suffix is not null)
            {
                parts.Add(Blob.Leaf(sortSep));
                parts.Add(Blob.Leaf(name.Suffix));
            }
            return Blob.Branch(parts);
        }
        // Display order: given, then dropping particle, non-dropping particle, family and suffix.
        if (dp is not null && ndp is null && (dp.EndsWith('\'') || dp.EndsWith('\u2019') || dp.EndsWith('-')))
        {
            ndp = dp;
            dp = null;
        }
        if (!string.IsNullOrEmpty(given))
        {
            parts.Add(PartGroup([(given!, el.Given)], null, el.Given, ctx));
            parts.Add(Blob.Leaf(" "));
        }
        if (dp is not null)
        {
            // The dropping particle takes neither part's formatting ("Gerard van DER MEER").
            parts.Add(RichText.Parse(dp));
            parts.Add(Blob.Leaf(" "));
        }
        var fam = new List<(string, NamePartFormat?)>(2);
        if (ndp is not null) fam.Add((ndp, el.Family));
        fam.Add((family, el.Family));
        var suffixText = name.Suffix is null ? null : (name.CommaSuffix ? ", " : " ") + name.Suffix;
        parts.Add(PartGroup(fam, suffixText, el.Family, ctx));
        return Blob.Branch(parts);
    }

    /// <summary>
    /// One name-part: each word piece (particles, family or given name) carries the part's formatting on its own,
    /// the affixes wrap the whole part (a suffix such as "III" included, but undecorated).
    /// </summary>
    private static Blob PartGroup(List<(string text, NamePartFormat? fmt)> pieces, string? tail, NamePartFormat? f, RenderContext ctx)
    {
        var kids = new List<Blob>(pieces.Count * 2 + 1);
        for (int i = 0; i < pieces.Count; i++)
        {
            if (i > 0)
            {
                var prev = pieces[i - 1].text;
                if (!(prev.EndsWith('\'') || prev.EndsWith('\u2019') || prev.EndsWith('-'))) kids.Add(Blob.Leaf(" "));
            }
            var b = RichText.Parse(pieces[i].text);
            var pf = pieces[i].fmt;
            if (pf is not null)
            {
                if (pf.TextCase != TextCase.None) ApplyTextCase(b, pf.TextCase, ctx);
                if (!pf.Decor.IsEmpty)
                {
                    b = b.Decor.IsEmpty && b.Prefix.Length == 0 && b.Suffix.Length == 0 ? b : Blob.Branch([b]);
                    b.Decor = pf.Decor;
                }
            }
            kids.Add(b);
        }
        if (tail is not null) kids.Add(Blob.Leaf(tail));
        var g = kids.Count == 1 ? kids[0] : Blob.Branch(kids);
        if (f is not null && (f.Prefix.Length > 0 || f.Suffix.Length > 0))
        {
            if (g.Prefix.Length > 0 || g.Suffix.Length > 0) g = Blob.Branch([g]);
            g.Prefix = f.Prefix;
            g.Suffix = f.Suffix;
        }
        return g;
    }

    private static string? JoinWords(string? a, string? b)
    {
        if (string.IsNullOrEmpty(a)) return b;
        if (string.IsNullOrEmpty(b)) return a;
        return a + " " + b;
    }

    private static string JoinParticle(string particle, string family)
    {
        if (particle.EndsWith('\'') || particle.EndsWith('\u2019') || particle.EndsWith('-')) return particle + family;
        return particle + " " + family;
    }

    private static Blob Part(string text, NamePartFormat? f, RenderContext ctx, bool family = false)
    {
        var b = RichText.Parse(text);
        if (f is null) return b;
        return ApplyPart(b, f, ctx);
    }

    private static Blob ApplyPart(Blob b, NamePartFormat f, RenderContext ctx)
    {
        if (f.TextCase != TextCase.None) ApplyTextCase(b, f.TextCase, ctx);
        if (f.Decor.IsEmpty && f.Prefix.Length == 0 && f.Suffix.Length == 0) return b;
        var w = b.Decor.IsEmpty && b.Prefix.Length == 0 && b.Suffix.Length == 0 ? b : Blob.Branch([b]);
        w.Decor = f.Decor;
        w.Prefix = f.Prefix;
        w.Suffix = f.Suffix;
        return w;
    }

    /// <summary>
    /// Initializes given names: "John Paul" → "J. P." with initialize-with ". ". With
    /// initialize="false" only existing initials are normalized. Hyphenated names keep the hyphen
    /// ("Jean-Paul" → "J.-P.") unless initialize-with-hyphen is false.
    /// </summary>
    internal static string Initialize(string given, string with, bool initialize, bool hyphen)
    {
        // Tokens: words, each remembering whether a period followed it and whether a hyphen preceded it.
        var tokens = new List<(string word, bool period, bool hyphenBefore)>();
        var s = given.Trim();
        int i = 0;
        bool pendingHyphen = false;
        while (i < s.Length)
        {
            char c = s[i];
            if (c is ' ' or '\u00A0' or '.') { i++; continue; }
            if (c is '-' or '\u2013') { pendingHyphen = true; i++; continue; }
            int start = i;
            while (i < s.Length && s[i] is not (' ' or '\u00A0' or '.' or '-' or '\u2013')) i++;
            bool period = i < s.Length && s[i] == '.';
            tokens.Add((s[start..i], period, pendingHyphen));
            pendingHyphen = false;
        }
        var sb = new StringBuilder();
        var trimmedWith = with.TrimEnd();
        foreach (var (word, period, hyph) in tokens)
        {
            string piece;
            bool isInitial = word.Length == 1 || period;
            if (!char.IsLetter(word[0])) piece = word + " ";
            else if (isInitial) piece = word + with; // an initial or abbreviation the user gave ("M.", "Ph.", "Ts.")
            else if (initialize)
            {
                if (hyph && char.IsLower(word[0])) continue; // "Guo-ping" → "G."
                if (char.IsLower(word[0]))
                {
                    // A particle inside the given names ("J.B. de C.M.") stays a word.
                    if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                    sb.Append(word).Append(' ');
                    continue;
                }
                // "TSerendorjiin" → "Ts.": a capitalized digraph stays two letters.
                int caps = 0;
                while (caps < word.Length && char.IsUpper(word[caps])) caps++;
                piece = (caps >= 2 && caps < word.Length ? word[0] + word[1..caps].ToLowerInvariant() : word[..1]) + with;
            }
            else piece = word + " ";
            if (hyph && sb.Length > 0)
            {
                while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
                if (hyphen) sb.Append('-');
            }
            sb.Append(piece);
        }
        return sb.ToString().TrimEnd();
    }
}
