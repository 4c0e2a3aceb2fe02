using Citations.Csl.Evaluation;
using Citations.Csl.Output;

namespace Citations.Csl.Collapsing;

/// <summary>
/// Assembles the cites of one cluster: cite grouping (cites with the same names move together),
/// collapsing of citation numbers ("1–3"), of years under one author ("Doe 2000, 2001") and of
/// year-suffixes ("Doe 2000a, b" or "2000a–c"), with the style's delimiters.
/// </summary>
internal static class Collapser
{
    private sealed class Rendered
    {
        public CiteData Cite = null!;
        public Blob Blob = null!;
        public string? NamesKey;
        public int Number;
        public int? Year;
        public string? YearSuffix;
        /// <summary>Identity of the item's names (grouped cites with the same people use cite-group-delimiter).</summary>
        public string? NameIds;
    }

    public static List<(Blob blob, string delimBefore)> Build(Document doc, List<CiteData> cites)
    {
        var citation = doc.P.Style.Citation;
        var layoutDelim = citation.Layout.Delimiter;
        var rendered = new List<Rendered>(cites.Count);
        foreach (var c in cites)
        {
            var b = doc.RenderCiteBlob(c, out var ctx);
            var r = new Rendered
            {
                Cite = c,
                Blob = doc.WrapCiteAffixes(b, c),
                NamesKey = ctx.FirstNamesBlob?.ToPlainText() ?? (NameIdentity(doc.Items[c.Id]) is { Length: > 0 } id ? "\u0002" + id : null),
                Number = ctx.CitationNumber,
                Year = doc.Items[c.Id].GetDate("issued") is { Start.HasYear: true } d ? d.Start.Year : null,
                YearSuffix = ctx.Disamb?.YearSuffix,
                NameIds = NameIdentity(doc.Items[c.Id]),
            };
            rendered.Add(r);
        }
        var collapse = citation.Collapse;
        var segments = new List<(Blob blob, string delimBefore)>();
        if (collapse == "citation-number")
        {
            int i = 0;
            string nextDelim = layoutDelim;
            while (i < rendered.Count)
            {
                int j = i;
                while (j + 1 < rendered.Count && Collapsible(rendered[j + 1].Cite) && Collapsible(rendered[j].Cite)
                       && rendered[j + 1].Number == rendered[j].Number + 1 && rendered[j].Number > 0) j++;
                if (j - i >= 2)
                {
                    var range = Blob.Branch([rendered[i].Blob, Blob.Leaf("\u2013"), rendered[j].Blob]);
                    segments.Add((range, nextDelim));
                    nextDelim = citation.AfterCollapseDelimiter ?? layoutDelim;
                    i = j + 1;
                }
                else
                {
                    segments.Add((rendered[i].Blob, nextDelim));
                    nextDelim = layoutDelim;
                    i++;
                }
            }
        }
        else if (collapse is "year" or "year-suffix" or "year-suffix-ranged" || citation.CiteGroupDelimiter is not null)
        {
            // Group cites by their rendered names, keeping first-occurrence order.
            var groups = new List<List<Rendered>>();
            var byKey = new Dictionary<string, List<Rendered>>(StringComparer.Ordinal);
            // Sorted citations gather each author's cites; unsorted ones only join neighbours.
            bool regroup = citation.Sort.Length > 0;
            foreach (var r in rendered)
            {
                if (!regroup && groups.Count > 0 && groups[^1][0].NamesKey is { Length: > 0 } lastKey && lastKey == r.NamesKey) { groups[^1].Add(r); continue; }
                if (!regroup) { groups.Add(new List<Rendered> { r }); continue; }
                if (r.NamesKey is { Length: > 0 } k && byKey.TryGetValue(k, out var g)) g.Add(r);
                else
                {
                    var ng = new List<Rendered> { r };
                    groups.Add(ng);
                    if (r.NamesKey is { Length: > 0 } k2) byKey[k2] = ng;
                }
            }
            // Without cite-group-delimiter, citeproc-js joins collapsed cites with ", " in sorted citations
            // and with the layout delimiter otherwise.
            string GroupDelim(List<Rendered> g) => citation.CiteGroupDelimiter
                ?? (citation.Sort.Length > 0 || !citation.DisambiguateAddNames ? ", " : layoutDelim);
            var ysDelim = citation.YearSuffixDelimiter ?? citation.CiteGroupDelimiter ?? layoutDelim;
            string nextDelim = layoutDelim;
            foreach (var g in groups)
            {
                if (g.Count == 1)
                {
                    segments.Add((g[0].Blob, nextDelim));
                    // With collapsing on, every boundary between author groups takes after-collapse-delimiter.
                    nextDelim = collapse is not null ? (citation.AfterCollapseDelimiter ?? layoutDelim) : layoutDelim;
                    continue;
                }
                var groupDelim = GroupDelim(g);
                var parts = new List<(Blob blob, string delim)>();
                parts.Add((g[0].Blob, ""));
                int k = 1;
                bool afterSuffixRun = false;
                while (k < g.Count)
                {
                    var cur = g[k];
                    var prev = g[k - 1];
                    bool suffixCollapse = collapse is "year-suffix" or "year-suffix-ranged" && cur.YearSuffix is not null && prev.YearSuffix is not null
                        && cur.Year == prev.Year && Collapsible(cur.Cite) && Collapsible(prev.Cite);
                    if (suffixCollapse)
                    {
                        // Run of same-year suffixes.
                        int end = k;
                        while (end + 1 < g.Count && g[end + 1].YearSuffix is not null && g[end + 1].Year == cur.Year && Collapsible(g[end + 1].Cite)) end++;
                        // Suffixes k-1..end share the year; ranges of three or more consecutive letters collapse.
                        int m = k;
                        int runStart = k - 1;
                        while (m <= end)
                        {
                            int runEnd = m;
                            if (collapse == "year-suffix-ranged")
                                while (runEnd + 1 <= end && Consecutive(g, runEnd, runEnd + 1)) runEnd++;
                            bool joinsPrevious = collapse == "year-suffix-ranged" && m == k && Consecutive(g, k - 1, k);
                            if (joinsPrevious && runEnd - runStart >= 2)
                            {
                                parts.Add((Blob.Leaf("\u2013" + g[runEnd].YearSuffix), ""));
                            }
                            else if (!joinsPrevious && runEnd - m >= 2)
                            {
                                parts.Add((Blob.Leaf(g[m].YearSuffix!), ysDelim));
                                parts.Add((Blob.Leaf("\u2013" + g[runEnd].YearSuffix), ""));
                            }
                            else
                            {
                                for (int q = m; q <= runEnd; q++) parts.Add((Blob.Leaf(g[q].YearSuffix!), ysDelim));
                            }
                            m = runEnd + 1;
                            runStart = m;
                        }
                        k = end + 1;
                        afterSuffixRun = true;
                        continue;
                    }
                    var cite = cur.Cite;
                    var suppressed = new CiteData
                    {
                        Id = cite.Id, Locator = cite.Locator, Label = cite.Label, Prefix = cite.Prefix, Suffix = cite.Suffix,
                        SuppressAuthor = collapse is not null || cite.SuppressAuthor, Position = cite.Position, NearNote = cite.NearNote,
                        NoteIndex = cite.NoteIndex, FirstReferenceNoteNumber = cite.FirstReferenceNoteNumber,
                    };
                    Blob b;
                    if (collapse is not null)
                    {
                        var inner = doc.RenderCiteBlob(suppressed, out _);
                        if (inner is null) { k++; continue; } // nothing left once the author is gone
                        b = doc.WrapCiteAffixes(inner, suppressed);
                    }
                    else b = cur.Blob;
                    bool afterLocator = collapse is not null && !string.IsNullOrEmpty(prev.Cite.Locator);
                    parts.Add((b, afterSuffixRun || afterLocator ? (citation.AfterCollapseDelimiter ?? layoutDelim) : collapse is not null || citation.CiteGroupDelimiter is not null ? groupDelim : layoutDelim));
                    afterSuffixRun = false;
                    k++;
                }
                var kids = new List<Blob>();
                foreach (var (blob, delim) in parts)
                {
                    if (kids.Count > 0 && delim.Length > 0) kids.Add(Blob.Leaf(delim));
                    kids.Add(blob);
                }
                var group = Blob.Branch(kids);
                segments.Add((group, nextDelim));
                nextDelim = collapse is not null ? (citation.AfterCollapseDelimiter ?? layoutDelim) : layoutDelim;
            }
        }
        else
        {
            foreach (var r in rendered) segments.Add((r.Blob, layoutDelim));
        }
        // Cite affixes with their own punctuation replace the delimiter (as citeproc-js does).
        for (int i = 1; i < segments.Count; i++)
        {
            var prevText = segments[i - 1].blob.ToPlainText();
            var curText = segments[i].blob.ToPlainText();
            if (curText.Length > 0 && curText[0] is ',' or '.' or ';' or ':') segments[i] = (segments[i].blob, "");
            else if (prevText.EndsWith(',')) segments[i] = (segments[i].blob, " ");
        }
        return segments;
    }

    private static string NameIdentity(Data.Reference r)
    {
        foreach (var kv in r.Names) return kv.Key + ":" + string.Join("|", kv.Value.Select(n => n.Key));
        return "";
    }

    private static bool Collapsible(CiteData c) => string.IsNullOrEmpty(c.Locator) && string.IsNullOrEmpty(c.Prefix) && string.IsNullOrEmpty(c.Suffix);

    private static bool Consecutive(List<Rendered> g, int a, int b)
    {
        var x = g[a].YearSuffix;
        var y = g[b].YearSuffix;
        return x is { Length: 1 } && y is { Length: 1 } && y[0] == x[0] + 1;
    }
}
