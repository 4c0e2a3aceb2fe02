using Citations.Csl.Collapsing;
using Citations.Csl.Data;
using Citations.Csl.Disambiguation;
using Citations.Csl.Evaluation;
using Citations.Csl.Locale;
using Citations.Csl.Output;
using Citations.Csl.Sorting;
using Citations.Csl.Style;

namespace Citations.Csl;

/// <summary>
/// The CSL processor: built once from a parsed style and a locale source, then used to render
/// citations and bibliographies from CSL-JSON items. Rendering never throws for user data;
/// problems are reported in <see cref="RenderResult.Warnings"/>. Instances are immutable and can be
/// shared between threads (every call works on its own state).
/// </summary>
public sealed class CslProcessor
{
    public CslStyle Style { get; }
    public MergedLocale Locale { get; }
    internal NamesElement? PrimaryNames { get; }

    public CslProcessor(CslStyle style, LocaleCache locales, string? lang = null)
    {
        Style = style;
        Locale = BuildLocale(style, locales, lang ?? style.DefaultLocale ?? "en-US");
        PrimaryNames = FindFirstNames(style.Citation.Layout.Children, 0);
        style.CitationRendersYearSuffix = UsesVariable(style.Citation.Layout.Children, "year-suffix", 0);
        if (style.Bibliography is not null) style.BibliographyRendersYearSuffix = UsesVariable(style.Bibliography.Layout.Children, "year-suffix", 0);
    }

    /// <summary>Parses a style and builds a processor; throws <see cref="CslException"/> for an unusable style.</summary>
    public static CslProcessor FromXml(string styleXml, ILocaleProvider locales, string? lang = null) =>
        new(StyleParser.Parse(styleXml), new LocaleCache(locales), lang);

    private static MergedLocale BuildLocale(CslStyle style, LocaleCache cache, string lang)
    {
        var layers = new List<LocaleData>();
        var en = cache.Get("en-US");
        if (en is not null) layers.Add(en);
        var file = cache.Resolve(lang, out var resolved);
        if (file is not null && !ReferenceEquals(file, en)) layers.Add(file);
        var baseLang = lang.Split('-')[0];
        // In-style locales: no language, then base language, then the exact language.
        foreach (var l in style.Locales) if (string.IsNullOrEmpty(l.Lang)) layers.Add(l);
        foreach (var l in style.Locales) if (l.Lang is { } x && x != lang && x.Equals(baseLang, StringComparison.OrdinalIgnoreCase)) layers.Add(l);
        foreach (var l in style.Locales) if (l.Lang is { } x && x.Equals(lang, StringComparison.OrdinalIgnoreCase)) layers.Add(l);
        return new MergedLocale(file is not null ? resolved : lang, layers);
    }

    private static NamesElement? FindFirstNames(Element[] els, int depth)
    {
        if (depth > 20) return null;
        foreach (var e in els)
        {
            switch (e)
            {
                case NamesElement n: return n;
                case GroupElement g: if (FindFirstNames(g.Children, depth + 1) is { } a) return a; break;
                case TextElement { Macro: { } m }: if (FindFirstNames(m.Children, depth + 1) is { } b) return b; break;
                case ChooseElement c:
                    foreach (var br in c.Branches) if (FindFirstNames(br.Children, depth + 1) is { } d) return d;
                    break;
            }
        }
        return null;
    }

    private static bool UsesVariable(Element[] els, string variable, int depth)
    {
        if (depth > 20) return false;
        foreach (var e in els)
        {
            switch (e)
            {
                case TextElement t when t.Source == TextSource.Variable && t.Name == variable: return true;
                case TextElement { Macro: { } m }: if (UsesVariable(m.Children, variable, depth + 1)) return true; break;
                case GroupElement g: if (UsesVariable(g.Children, variable, depth + 1)) return true; break;
                case NamesElement n when n.Substitute is not null: if (UsesVariable(n.Substitute, variable, depth + 1)) return true; break;
                case ChooseElement c:
                    foreach (var br in c.Branches) if (UsesVariable(br.Children, variable, depth + 1)) return true;
                    break;
            }
        }
        return false;
    }

    /// <summary>Renders clusters (in document order) and, if asked, the bibliography.</summary>
    public RenderResult Render(IReadOnlyList<Reference> items, IReadOnlyList<ClusterInput>? clusters, RenderOptions options)
    {
        var doc = new Document(this, items, clusters ?? Array.Empty<ClusterInput>(), options);
        return doc.Run();
    }

    internal RenderContext NewContext(Reference item, RenderArea area) => new()
    {
        Style = Style,
        Locale = Locale,
        Item = item,
        Area = area,
    };

    /// <summary>Serializes a blob tree after resolving punctuation.</summary>
    internal string Serialize(Blob b, OutputFormat f, Decor? context = null)
    {
        new PunctuationAdjuster(Locale.PunctuationInQuote).Adjust(b);
        return f.Render(b, Locale.Quotes, context);
    }
}

/// <summary>The state of one rendering call: registry, numbers, disambiguation, positions.</summary>
internal sealed class Document
{
    public readonly CslProcessor P;
    public readonly Dictionary<string, Reference> Items = new(StringComparer.Ordinal);
    public readonly List<Reference> Registry = new();
    public readonly Dictionary<string, int> CitationNumbers = new(StringComparer.Ordinal);
    public readonly Dictionary<string, DisambiguationState> Disamb = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<ClusterInput> _clusters;
    private readonly RenderOptions _options;
    private readonly RenderResult _result = new();
    public const string NoPrintedForm = "[CSL STYLE ERROR: reference with no printed form.]";

    public Document(CslProcessor p, IReadOnlyList<Reference> items, IReadOnlyList<ClusterInput> clusters, RenderOptions options)
    {
        P = p;
        _clusters = clusters;
        _options = options;
        foreach (var it in items)
        {
            // A repeated id replaces the earlier item (the last definition wins, as in citeproc-js).
            if (Items.ContainsKey(it.Id)) _result.Warnings.Add($"duplicate item id \"{it.Id}\": the last definition is used");
            Items[it.Id] = it;
            if (it.Warnings is not null) _result.Warnings.AddRange(it.Warnings);
        }
    }

    public RenderResult Run()
    {
        BuildRegistry();
        NumberAndSort();
        var disamb = new Disambiguator(this);
        disamb.Run();
        if (_options.CiteAllInRegistryOrder && _clusters.Count == 1)
        {
            var c = _clusters[0];
            c.Cites = Registry.Select(r => new CiteInput { Id = r.Id }).ToList();
        }
        var cites = BuildCites();
        var f = _options.Format;
        for (int i = 0; i < _clusters.Count; i++)
            _result.Clusters.Add(RenderCluster(_clusters[i], cites[i], f));
        if (_options.Bibliography && P.Style.Bibliography is not null) RenderBibliography(f);
        return _result;
    }

    private void BuildRegistry()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (_options.BibliographyIds is { } ids)
        {
            foreach (var id in ids)
                if (Items.TryGetValue(id, out var r) && seen.Add(id)) Registry.Add(r);
        }
        else if (_clusters.Count > 0 && _clusters.Any(c => c.Cites.Count > 0) && !_options.Bibliography)
        {
            foreach (var c in _clusters)
                foreach (var cite in c.Cites)
                    if (Items.TryGetValue(cite.Id, out var r) && seen.Add(cite.Id)) Registry.Add(r);
        }
        else if (_clusters.Count > 0 && _clusters.Any(c => c.Cites.Count > 0))
        {
            foreach (var c in _clusters)
                foreach (var cite in c.Cites)
                    if (Items.TryGetValue(cite.Id, out var r) && seen.Add(cite.Id)) Registry.Add(r);
        }
        else
        {
            foreach (var r in Items.Values) if (seen.Add(r.Id)) Registry.Add(r);
        }
        // Cited items that are not in the bibliography list still need numbers and disambiguation.
        foreach (var c in _clusters)
            foreach (var cite in c.Cites)
            {
                if (!Items.ContainsKey(cite.Id)) { _result.Warnings.Add($"cited item \"{cite.Id}\" not found"); continue; }
                if (seen.Add(cite.Id)) Registry.Add(Items[cite.Id]);
            }
        foreach (var r in Registry) Disamb[r.Id] = new DisambiguationState();
    }

    private void NumberAndSort()
    {
        for (int i = 0; i < Registry.Count; i++) CitationNumbers[Registry[i].Id] = i + 1;
        var bib = P.Style.Bibliography;
        if (bib is null || bib.Sort.Length == 0 || _options.NoSort) return;
        var keys = new Dictionary<string, LazySortKeys>(StringComparer.Ordinal);
        foreach (var r in Registry)
        {
            var item = r;
            keys[r.Id] = new LazySortKeys(bib.Sort, () =>
            {
                var ctx = P.NewContext(item, RenderArea.Bibliography);
                ctx.Disamb = Disamb[item.Id];
                return ctx;
            }, CitationNumbers[r.Id]);
        }
        var order = Registry.Select((r, i) => (r, i)).ToList();
        order.Sort((a, b) =>
        {
            int c = LazySortKeys.Compare(keys[a.r.Id], keys[b.r.Id], bib.Sort);
            return c != 0 ? c : a.i.CompareTo(b.i);
        });
        Registry.Clear();
        Registry.AddRange(order.Select(x => x.r));
        bool byNumber = bib.Sort.Any(k => k.Variable == "citation-number");
        if (!byNumber)
            for (int i = 0; i < Registry.Count; i++) CitationNumbers[Registry[i].Id] = i + 1;
    }

    /// <summary>Turns the caller's cites into CiteData with positions computed in document order.</summary>
    private List<List<CiteData>> BuildCites()
    {
        var result = new List<List<CiteData>>(_clusters.Count);
        var firstNote = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastNote = new Dictionary<string, int>(StringComparer.Ordinal);
        CiteData? prevClusterLast = null;
        int prevClusterCount = 0;
        int nearNoteDistance = P.Style.Citation.NearNoteDistance;
        foreach (var cluster in _clusters)
        {
            var list = new List<CiteData>(cluster.Cites.Count);
            CiteData? prev = null;
            foreach (var ci in cluster.Cites)
            {
                if (!Items.ContainsKey(ci.Id)) continue;
                var cd = new CiteData
                {
                    Id = ci.Id,
                    Locator = string.IsNullOrEmpty(ci.Locator) ? null : ci.Locator,
                    Label = ci.Label,
                    Prefix = ci.Prefix,
                    Suffix = ci.Suffix,
                    SuppressAuthor = ci.SuppressAuthor,
                    AuthorOnly = ci.AuthorOnly,
                    NoteIndex = cluster.NoteIndex,
                };
                if (ci.Position is { } fixedPos || !_options.ComputePositions)
                {
                    cd.Position = ci.Position ?? CitePosition.First;
                    cd.PositionFixed = true;
                    cd.NearNote = ci.NearNote ?? false;
                    cd.FirstReferenceNoteNumber = ci.FirstReferenceNoteNumber;
                }
                else if (!firstNote.ContainsKey(ci.Id))
                {
                    cd.Position = CitePosition.First;
                }
                else
                {
                    cd.Position = CitePosition.Subsequent;
                    if (firstNote[ci.Id] > 0) cd.FirstReferenceNoteNumber = firstNote[ci.Id];
                    CiteData? before = prev;
                    if (prev is null && result.Count > 0)
                    {
                        // The first cite of a cluster is Ibid. only after a single cite of the same item: the cluster
                        // before it in the same note, or else the whole preceding note (citeproc-js: a note citing
                        // several works, even the same one twice, is no antecedent).
                        var prevCites = new List<CiteData>();
                        int pn = _clusters[result.Count - 1].NoteIndex;
                        bool sameNote = pn != 0 && pn == cluster.NoteIndex;
                        for (int k = result.Count - 1; k >= 0; k--)
                        {
                            if (k < result.Count - 1 && (sameNote || pn == 0 || _clusters[k].NoteIndex != pn)) break;
                            prevCites.InsertRange(0, result[k]);
                        }
                        before = prevCites.Count == 1 ? prevCites[0] : null;
                    }
                    if (before is not null && before.Id == ci.Id)
                    {
                        if (before.Locator is null) cd.Position = cd.Locator is null ? CitePosition.Ibid : CitePosition.IbidWithLocator;
                        else if (cd.Locator is not null)
                            cd.Position = before.Locator == cd.Locator && before.Label == cd.Label ? CitePosition.Ibid : CitePosition.IbidWithLocator;
                    }
                    if (lastNote.TryGetValue(ci.Id, out var ln) && cluster.NoteIndex - ln <= nearNoteDistance)
                        cd.NearNote = true;
                    if (ci.NearNote is bool nn) cd.NearNote = nn;
                }
                if (!firstNote.ContainsKey(ci.Id)) firstNote[ci.Id] = cluster.NoteIndex;
                lastNote[ci.Id] = cluster.NoteIndex;
                list.Add(cd);
                prev = cd;
            }
            foreach (var cd in list) lastNote[cd.Id] = cluster.NoteIndex;
            result.Add(list);
            if (list.Count > 0) { prevClusterLast = list[^1]; prevClusterCount = list.Count; }
            else { prevClusterLast = null; prevClusterCount = 0; }
        }
        return result;
    }

    /// <summary>Renders one cite's layout content (without the layout affixes). Null when nothing printed.</summary>
    public Blob? RenderCiteBlob(CiteData cite, out RenderContext ctx, bool measuring = false)
    {
        var item = Items[cite.Id];
        ctx = P.NewContext(item, RenderArea.Citation);
        ctx.Cite = cite;
        ctx.Disamb = Disamb.TryGetValue(cite.Id, out var ds) ? ds : new DisambiguationState();
        ctx.CitationNumber = CitationNumbers.TryGetValue(cite.Id, out var n) ? n : 0;
        ctx.SuppressAuthor = cite.SuppressAuthor;
        ctx.AuthorOnly = cite.AuthorOnly;
        ctx.Measuring = measuring;
        return Evaluator.RenderLayout(P.Style.Citation.Layout, ctx);
    }

    private string RenderCluster(ClusterInput cluster, List<CiteData> cites, OutputFormat f)
    {
        if (cites.Count == 0) return "";
        var citation = P.Style.Citation;
        // Sort cites within the cluster.
        var order = cites;
        if (citation.Sort.Length > 0 && !cluster.Unsorted && cites.Count > 1)
        {
            var keyed = cites.Select((c, i) =>
            {
                // Each key is rendered in a fresh context (substitution state must not leak between keys).
                var k = new LazySortKeys(citation.Sort, () =>
                {
                    var ctx = P.NewContext(Items[c.Id], RenderArea.Citation);
                    ctx.Disamb = Disamb[c.Id];
                    ctx.Cite = c;
                    return ctx;
                }, CitationNumbers[c.Id]);
                return (c, i, k);
            }).ToList();
            keyed.Sort((a, b) =>
            {
                int r = LazySortKeys.Compare(a.k, b.k, citation.Sort);
                return r != 0 ? r : a.i.CompareTo(b.i);
            });
            order = keyed.Select(x => x.c).ToList();
        }
        var segments = Collapser.Build(this, order);
        if (segments.Count == 0) return "";
        var layout = citation.Layout;
        // Punctuation is resolved per cite (the layout suffix belongs to the last one); delimiters are
        // added afterwards and never move into quotes.
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < segments.Count; i++)
        {
            var seg = segments[i].blob;
            if (i == segments.Count - 1 && layout.Suffix.Length > 0)
            {
                seg = Blob.Branch([seg]);
                seg.Suffix = layout.Suffix;
            }
            var text = P.Serialize(Blob.Branch([seg]), f, layout.Decor);
            if (text.Length == 0) continue;
            if (sb.Length > 0) sb.Append(f.Escape(segments[i].delimBefore));
            sb.Append(text);
        }
        if (sb.Length == 0) return "";
        if (FirstIsTerm(segments[0].blob) && P.Style.IsNoteStyle && string.IsNullOrEmpty(order[0].Prefix) && sb.Length > 0 && char.IsLower(sb[0]))
            sb[0] = char.ToUpperInvariant(sb[0]); // a note that opens with a term ("ibid.") starts with a capital
        var top = new Blob { Text = f.Escape(layout.Prefix) + sb.ToString(), IsRawOutput = true, Decor = layout.Decor };
        return f.Render(top, P.Locale.Quotes);
    }

    /// <summary>Wraps a cite blob with the cite's own prefix and suffix.</summary>
    public Blob WrapCiteAffixes(Blob? b, CiteData cite)
    {
        bool hasPrefix = !string.IsNullOrEmpty(cite.Prefix), hasSuffix = !string.IsNullOrEmpty(cite.Suffix);
        // citeproc-js reports a cite with no printed form only when nothing at all would be printed for it.
        b ??= Blob.Leaf(hasPrefix || hasSuffix ? "" : NoPrintedForm);
        if (!hasPrefix && !hasSuffix) return b;
        var kids = new List<Blob>(3);
        if (hasPrefix)
        {
            var pre = cite.Prefix!;
            // A word-processor prefix without trailing space gets one ("see" → "see ").
            var test = pre.TrimEnd('"', '\'', '\u201D', '\u2019', '\u00BB', '\u202F', '\u00A0', ' ');
            if (!char.IsWhiteSpace(pre[^1]) && test.Length > 0 && (char.IsLetter(test[^1]) || test[^1] is '.' or ':' or ';' or '!' or '?' or ')' or ']' or ',' || char.IsDigit(test[^1]))) pre += " ";
            kids.Add(RichText.Parse(pre));
            // A prefix ending a sentence ("See above. ") capitalizes what follows, e.g. a leading "ibid".
            if (test.Length > 0 && test[^1] is '.' or ':' or ';' or '!' or '?' && pre.Trim().Contains(' ')) CapitalizeFirst(b);
        }
        if (hasSuffix)
        {
            // Leading punctuation of the suffix joins the cite itself, so it can move into closing quotes.
            int k = 0;
            var sfx = cite.Suffix!;
            while (k < sfx.Length && sfx[k] is '.' or ',' or ';' or ':' or '!' or '?') k++;
            if (k > 0)
            {
                b = Blob.Branch([b]);
                b.Suffix = sfx[..k];
                cite = new CiteData { Suffix = sfx[k..], Prefix = cite.Prefix };
                hasSuffix = cite.Suffix!.Length > 0;
            }
        }
        kids.Add(b);
        if (hasSuffix)
        {
            var suf = cite.Suffix!;
            if (!char.IsWhiteSpace(suf[0]) && (char.IsLetter(suf[0]) || suf[0] is '[' or '(')) suf = " " + suf;
            kids.Add(RichText.Parse(suf));
        }
        return Blob.Branch(kids);
    }

    private static bool FirstIsTerm(Blob b)
    {
        while (true)
        {
            if (b.Prefix.Length > 0) return false;
            if (b.Children is null) return b.FromTerm;
            if (b.Children.Count == 0) return false;
            b = b.Children[0];
        }
    }

    private static void CapitalizeFirst(Blob b)
    {
        if (b.Prefix.Length > 0) return;
        if (b.Children is null)
        {
            if (b.Text is { Length: > 0 } t && char.IsLower(t[0])) b.Text = char.ToUpperInvariant(t[0]) + t[1..];
            return;
        }
        if (b.Children.Count > 0) CapitalizeFirst(b.Children[0]);
    }

    private void RenderBibliography(OutputFormat f)
    {
        var bib = P.Style.Bibliography!;
        string? prevNames = null;
        List<string>? prevNameKeys = null;
        foreach (var item in Registry)
        {
            if (_options.BibliographyIds is { } ids && !ids.Contains(item.Id)) continue;
            var ctx = P.NewContext(item, RenderArea.Bibliography);
            ctx.Disamb = Disamb[item.Id];
            ctx.CitationNumber = CitationNumbers[item.Id];
            var content = Evaluator.RenderLayout(bib.Layout, ctx);
            if (content is null) continue; // nothing printed: no entry (e.g. personal communications in Chicago)
            // subsequent-author-substitute
            if (bib.SubsequentAuthorSubstitute is { } sub && ctx.FirstNamesBlob is { } names)
            {
                var text = ctx.FirstNamesKeys ?? names.ToPlainText();
                var keys = ctx.FirstNamesKeys is null ? null : FirstNameKeys(item);
                bool same = prevNames is not null && text == prevNames;
                var rule = bib.SubsequentAuthorSubstituteRule;
                if (rule == "complete-all" && same)
                {
                    // The name list is replaced; a label beside it stays ("--- ed.").
                    if (!ReplaceNameLists(names, sub)) ReplaceContent(names, sub);
                }
                else if (rule == "complete-each" && same)
                {
                    ReplaceNames(names, sub, int.MaxValue);
                }
                else if ((rule == "partial-each" || rule == "partial-first") && same && (keys is null || prevNameKeys is null))
                {
                    ReplaceContent(names, sub);
                }
                else if ((rule == "partial-each" || rule == "partial-first") && prevNameKeys is not null && keys is not null)
                {
                    int k = 0;
                    while (k < keys.Count && k < prevNameKeys.Count && keys[k] == prevNameKeys[k]) k++;
                    if (k > 0) ReplaceNames(names, sub, rule == "partial-first" ? 1 : k);
                }
                prevNames = text;
                prevNameKeys = keys;
            }
            else { prevNames = null; prevNameKeys = null; }

            if (bib.SecondFieldAlign is not null && content.Children is { Count: > 0 } kids)
            {
                // First field in the margin, the rest (with the layout suffix) inline beside it.
                var margin = Blob.Branch([kids[0]]);
                margin.Decor.Display = Display.LeftMargin;
                var newKids = new List<Blob> { margin };
                var restKids = kids.Skip(1).ToList();
                var inner = Blob.Branch(restKids.Count > 0 ? restKids : [Blob.Leaf("")]);
                inner.Suffix = bib.Layout.Suffix.TrimEnd();
                var right = Blob.Branch([inner]);
                right.Decor.Display = Display.RightInline;
                newKids.Add(right);
                var top2 = Blob.Branch(newKids);
                top2.Prefix = bib.Layout.Prefix;
                top2.Decor = bib.Layout.Decor;
                _result.BibliographyEntries.Add(P.Serialize(top2, f));
                _result.BibliographyIds.Add(item.Id);
                continue;
            }
            var top = Blob.Branch([content]);
            top.Prefix = bib.Layout.Prefix;
            top.Suffix = bib.Layout.Suffix;
            top.Decor = bib.Layout.Decor;
            _result.BibliographyEntries.Add(P.Serialize(top, f));
            _result.BibliographyIds.Add(item.Id);
        }
    }

    private static List<string>? FirstNameKeys(Reference item)
    {
        foreach (var v in new[] { "author", "editor", "translator", "composer", "director" })
            if (item.GetNames(v) is { } n) return n.Select(x => x.Key).ToList();
        return null;
    }

    private static void ReplaceContent(Blob b, string sub)
    {
        b.Children = null;
        b.Text = sub;
        b.Decor = default;
        b.IsNumber = false;
    }

    private static bool ReplaceNameLists(Blob b, string sub)
    {
        if (b.Children is null) return false;
        if (b.Children.Exists(c => c.IsName))
        {
            b.Children = [Blob.Leaf(sub)];
            b.Decor = default;
            return true;
        }
        bool any = false;
        foreach (var c in b.Children) any |= ReplaceNameLists(c, sub);
        return any;
    }

    private static void ReplaceNames(Blob names, string sub, int count)
    {
        // Name blobs are the branches marked by the names renderer.
        int done = 0;
        void Walk(Blob b)
        {
            if (done >= count || b.Children is null) return;
            foreach (var c in b.Children)
            {
                if (done >= count) return;
                if (c.IsName) { ReplaceContent(c, sub); done++; }
                else Walk(c);
            }
        }
        Walk(names);
    }
}
