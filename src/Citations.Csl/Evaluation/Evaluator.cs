using System.Globalization;
using System.Text;
using Citations.Csl.Data;
using Citations.Csl.Locale;
using Citations.Csl.Output;
using Citations.Csl.Style;

namespace Citations.Csl.Evaluation;

/// <summary>
/// Renders style elements for one item into a <see cref="Blob"/> tree. Stateless apart from the
/// <see cref="RenderContext"/> passed in, so one instance can serve many threads.
/// </summary>
internal static partial class Evaluator
{
    public static Blob? RenderLayout(Layout layout, RenderContext ctx)
    {
        var children = RenderChildren(layout.Children, ctx, "");
        return children;
    }

    /// <summary>Renders a sequence of elements joined by a delimiter; null when all are empty.</summary>
    public static Blob? RenderChildren(Element[] elements, RenderContext ctx, string delimiter)
    {
        List<Blob>? list = null;
        AddRendered(elements, ctx, ref list);
        if (list is null) return null;
        var branch = Blob.Branch(list);
        branch.Delimiter = delimiter;
        return branch;
    }

    /// <summary>cs:choose is transparent: the chosen branch's elements join the parent's list (and its delimiter).</summary>
    private static void AddRendered(Element[] elements, RenderContext ctx, ref List<Blob>? list)
    {
        foreach (var el in elements)
        {
            if (el is ChooseElement c)
            {
                if (ctx.AuthorOnly && ctx.FirstNamesDone) continue;
                foreach (var br in c.Branches)
                {
                    if (br.Condition is null || Evaluate(br.Condition, ctx))
                    {
                        AddRendered(br.Children, ctx, ref list);
                        break;
                    }
                }
                continue;
            }
            var b = Render(el, ctx);
            if (b is null) continue;
            (list ??= new List<Blob>(elements.Length)).Add(b);
        }
    }

    public static Blob? Render(Element el, RenderContext ctx)
    {
        if (ctx.AuthorOnly && ctx.FirstNamesDone) return null;
        switch (el)
        {
            case TextElement t: return RenderText(t, ctx);
            case NamesElement n: return RenderNames(n, ctx);
            case DateElement d: return RenderDate(d, ctx);
            case GroupElement g: return RenderGroup(g, ctx);
            case ChooseElement c: return RenderChoose(c, ctx);
            case NumberElement num: return RenderNumber(num, ctx);
            case LabelElement l: return ctx.AuthorOnly ? null : RenderLabel(l, ctx, null);
        }
        return null;
    }

    /// <summary>Applies an element's text-case, strip-periods, decorations and affixes to rendered content.</summary>
    internal static Blob Finish(Blob content, Element el, RenderContext ctx)
    {
        if (el.TextCase != TextCase.None) ApplyTextCase(content, el.TextCase, ctx, el is TextElement { Source: TextSource.Variable } te ? te.Name : null);
        if (el.StripPeriods) StripPeriods(content);
        if (el.Decor.IsEmpty && el.Prefix.Length == 0 && el.Suffix.Length == 0) return content;
        Blob b;
        if (content.Decor.IsEmpty && content.Prefix.Length == 0 && content.Suffix.Length == 0 && !content.IsNumber)
            b = content;
        else b = Blob.Branch([content]);
        b.Decor = Merge(b.Decor, el.Decor);
        b.Prefix = el.Prefix;
        b.Suffix = el.Suffix;
        return b;
    }

    private static Decor Merge(Decor inner, Decor outer)
    {
        // Only reached when inner is empty (otherwise we wrapped), so outer wins.
        var d = outer;
        d.NoCase |= inner.NoCase;
        return d;
    }

    private static readonly HashSet<string> TitleVariables = new(StringComparer.Ordinal)
    {
        "title", "title-short", "container-title", "container-title-short", "collection-title", "volume-title",
        "original-title", "reviewed-title", "part-title", "event-title",
    };

    internal static void ApplyTextCase(Blob b, TextCase tc, RenderContext ctx, string? variable = null)
    {
        // Title case is suppressed for non-English items only on title fields (as citeproc-js does).
        if (tc is TextCase.Title && variable is not null && !TitleVariables.Contains(variable) && ctx.Item.Language is not null)
        {
            TextCaser.Apply(b, tc);
            return;
        }
        if (tc is TextCase.Title)
        {
            // Title case is English-only: items in another language keep their case.
            var lang = ctx.Item.Language;
            if (lang is not null && lang.Length > 0 && !lang.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return;
            if (lang is null && !ctx.Locale.IsEnglish) return;
        }
        if (tc is TextCase.Sentence)
        {
            var lang = ctx.Item.Language;
            if (lang is not null && lang.Length > 0 && !lang.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return;
        }
        TextCaser.Apply(b, tc);
    }

    internal static void StripPeriods(Blob b)
    {
        if (b.Children is null)
        {
            if (b.Text is not null && b.Text.Contains('.')) b.Text = b.Text.Replace(".", "");
            return;
        }
        foreach (var c in b.Children) StripPeriods(c);
    }

    // ---------------------------------------------------------------- text

    private static Blob? RenderText(TextElement t, RenderContext ctx)
    {
        switch (t.Source)
        {
            case TextSource.Variable:
                {
                    if (ctx.AuthorOnly) return null;
                    // year-suffix is decided late and does not make a group "empty".
                    if (t.Name != "year-suffix") ctx.VarsCalled++;
                    var content = VariableBlob(t.Name, t.ShortVariable, ctx, t);
                    if (content is null) return null;
                    ctx.VarsRendered++;
                    return Finish(content, t, ctx);
                }
            case TextSource.Macro:
                {
                    if (t.Macro is null || ctx.MacroDepth > 40) return null;
                    ctx.MacroDepth++;
                    int calledBefore = ctx.VarsCalled, renderedBefore = ctx.VarsRendered;
                    var content = RenderChildren(t.Macro.Children, ctx, "");
                    ctx.MacroDepth--;
                    if (content is null) return null;
                    // Like citeproc-js, a macro whose variables are all empty prints nothing (not even its terms).
                    if (ctx.VarsCalled > calledBefore && ctx.VarsRendered == renderedBefore) return null;
                    // Macro output keeps an enclosing group, like a nested group does.
                    ctx.VarsRendered++;
                    return Finish(content, t, ctx);
                }
            case TextSource.Term:
                {
                    if (ctx.AuthorOnly) return null;
                    var s = ctx.Locale.GetTerm(t.Name, t.Form, t.Plural);
                    if (string.IsNullOrEmpty(s)) return null;
                    var tb = RichText.Parse(s);
                    tb.FromTerm = true;
                    return Finish(tb, t, ctx);
                }
            default:
                if (ctx.AuthorOnly || t.Name.Length == 0) return null;
                return Finish(RichText.Parse(t.Name), t, ctx);
        }
    }

    private static Blob? VariableBlob(string name, bool shortForm, RenderContext ctx, TextElement? el)
    {
        if (ctx.IsSuppressed(name)) return null;
        var item = ctx.Item;
        switch (name)
        {
            case "citation-number":
                if (ctx.CitationNumber <= 0) return null;
                ctx.Record(name);
                return new Blob { Text = ctx.CitationNumber.ToString(CultureInfo.InvariantCulture), IsNumber = true };
            case "year-suffix":
                ctx.YearSuffixRendered = true;
                var ys = ctx.Disamb?.YearSuffix;
                if (string.IsNullOrEmpty(ys)) return null;
                return Blob.Leaf(ys);
            case "locator":
                {
                    var loc = ctx.Cite?.Locator;
                    if (string.IsNullOrEmpty(loc)) return null;
                    // A locator printed inside cs:substitute is not printed again (citeproc-js; Chicago's
                    // untitled manuscripts print it with the shelfmark that stands in for the author).
                    ctx.Record(name);
                    var label = ctx.Cite!.Label ?? "page";
                    if (label == "page" && ctx.Style.PageRangeFormat is not null) loc = PageRange.Format(loc, ctx.Style.PageRangeFormat, ctx.Locale);
                    else loc = PageRange.Dashes(loc, ctx.Locale);
                    if (loc.Contains(" & ") && ctx.Locale.GetTerm("and", TermForm.Symbol) is { } amp && amp != "&") loc = loc.Replace(" & ", " " + amp + " ");
                    return Blob.Leaf(loc);
                }
            case "first-reference-note-number":
                {
                    var n = ctx.Cite?.FirstReferenceNoteNumber;
                    if (n is null || ctx.Cite!.Position == CitePosition.First) return null;
                    return new Blob { Text = n.Value.ToString(CultureInfo.InvariantCulture), IsNumber = true };
                }
            case "page":
                {
                    var p = item.Get("page");
                    if (p is null) return null;
                    ctx.Record(name);
                    p = ctx.Style.PageRangeFormat is not null ? PageRange.Format(p, ctx.Style.PageRangeFormat, ctx.Locale) : PageRange.Dashes(p, ctx.Locale);
                    return Blob.Leaf(p);
                }
            case "page-first":
                {
                    var p = item.Get("page-first") ?? FirstPage(item.Get("page"));
                    if (p is null) return null;
                    ctx.Record(name);
                    return Blob.Leaf(p);
                }
            case "citation-label":
                {
                    var cl = item.Get("citation-label") ?? CitationLabel(item);
                    if (cl is null) return null;
                    if (!ctx.RendersYearSuffixExplicitly && !ctx.YearSuffixRendered && ctx.Disamb?.YearSuffix is { Length: > 0 } ys2)
                    {
                        ctx.YearSuffixRendered = true;
                        cl += ys2;
                    }
                    return Blob.Leaf(cl);
                }
        }
        string? v = null;
        if (shortForm)
        {
            v = item.Get(name + "-short");
            if (v is not null) ctx.Record(name + "-short");
        }
        if (v is null)
        {
            v = item.Get(name);
            if (v is null) return null;
        }
        ctx.Record(name);
        if (name is "URL" or "DOI" or "PMID" or "PMCID") return Blob.Leaf(v);
        if (name is "edition" or "volume" or "issue" or "number" or "chapter-number" or "collection-number" or "number-of-pages"
            or "number-of-volumes") return new Blob { Text = Numbers.IsNumeric(v) ? PageRange.Dashes(v, ctx.Locale) : v, NumberParts = true };
        return RichText.Parse(v);
    }

    private static string? FirstPage(string? page)
    {
        if (page is null) return null;
        int i = 0;
        while (i < page.Length && page[i] != '-' && page[i] != '\u2013' && page[i] != ',' && page[i] != '&' && page[i] != ' ') i++;
        return i > 0 ? page[..i] : null;
    }

    internal static string? CitationLabel(Reference item)
    {
        var names = item.GetNames("author") ?? item.GetNames("editor");
        var date = item.GetDate("issued");
        if (names is null && date is null) return null;
        var sb = new StringBuilder();
        if (names is not null)
        {
            int take = names.Length == 1 ? 4 : names.Length <= 3 ? 2 : 1;
            for (int i = 0; i < Math.Min(names.Length, 4); i++)
            {
                var fam = names[i].Family ?? names[i].Literal ?? "";
                sb.Append(fam.Length > take ? fam[..take] : fam);
            }
        }
        if (date is not null && date.Start.HasYear)
        {
            var y = Math.Abs(date.Start.Year).ToString(CultureInfo.InvariantCulture);
            sb.Append(y.Length > 2 ? y[^2..] : y);
        }
        return sb.ToString();
    }

    // ---------------------------------------------------------------- group and choose

    private static Blob? RenderGroup(GroupElement g, RenderContext ctx)
    {
        int calledBefore = ctx.VarsCalled, renderedBefore = ctx.VarsRendered;
        ctx.VarsCalled = 0;
        ctx.VarsRendered = 0;
        var content = RenderChildren(g.Children, ctx, g.Delimiter);
        int called = ctx.VarsCalled, rendered = ctx.VarsRendered;
        ctx.VarsCalled = calledBefore + called;
        ctx.VarsRendered = renderedBefore + rendered;
        if (content is null) return null;
        if (called > 0 && rendered == 0) return null;
        // A group that printed something counts as a non-empty variable for enclosing groups (as in citeproc-js).
        ctx.VarsRendered++;
        return Finish(content, g, ctx);
    }

    private static Blob? RenderChoose(ChooseElement c, RenderContext ctx)
    {
        foreach (var br in c.Branches)
        {
            if (br.Condition is null || Evaluate(br.Condition, ctx))
                return RenderChildren(br.Children, ctx, "");
        }
        return null;
    }

    private static bool Evaluate(Condition c, RenderContext ctx)
    {
        bool any = false, all = true;
        void Add(bool r)
        {
            any |= r;
            all &= r;
        }
        if (c.Disambiguate is bool d) Add((ctx.Disamb?.DisambiguateCondition ?? false) == d);
        if (c.Types is not null) foreach (var t in c.Types) Add(ctx.Item.Type == t);
        if (c.Variables is not null) foreach (var v in c.Variables) Add(HasVariable(v, ctx));
        if (c.IsNumeric is not null) foreach (var v in c.IsNumeric) Add(IsNumericVariable(v, ctx));
        if (c.IsUncertainDate is not null) foreach (var v in c.IsUncertainDate) Add(ctx.Item.GetDate(v)?.Circa ?? false);
        if (c.Locators is not null)
        {
            foreach (var l in c.Locators)
            {
                var label = ctx.Cite?.Locator is { Length: > 0 } ? (ctx.Cite.Label ?? "page") : null;
                var want = l == "sub-verbo" ? "sub verbo" : l;
                Add(label is not null && (label == want || (label == "sub-verbo" && want == "sub verbo")));
            }
        }
        if (c.Positions is not null) foreach (var p in c.Positions) Add(TestPosition(p, ctx));
        return c.Match switch
        {
            MatchMode.Any => any,
            MatchMode.None => !any,
            _ => all,
        };
    }

    private static bool TestPosition(string p, RenderContext ctx)
    {
        if (ctx.Area != RenderArea.Citation || ctx.Cite is null) return false;
        var pos = ctx.Cite.Position;
        return p switch
        {
            "first" => pos == CitePosition.First,
            "subsequent" => pos != CitePosition.First,
            "ibid" => pos is CitePosition.Ibid or CitePosition.IbidWithLocator,
            "ibid-with-locator" => pos == CitePosition.IbidWithLocator,
            "near-note" => pos != CitePosition.First && ctx.Cite.NearNote,
            _ => false,
        };
    }

    internal static bool HasVariable(string v, RenderContext ctx)
    {
        // Variables suppressed by substitution still count for conditions (as in citeproc-js).
        switch (v)
        {
            case "locator": return !string.IsNullOrEmpty(ctx.Cite?.Locator);
            case "citation-number": return ctx.CitationNumber > 0;
            case "year-suffix": return !string.IsNullOrEmpty(ctx.Disamb?.YearSuffix);
            case "first-reference-note-number": return ctx.Cite?.FirstReferenceNoteNumber is not null && ctx.Cite.Position != CitePosition.First;
            case "page-first": return ctx.Item.Get("page-first") is not null || FirstPage(ctx.Item.Get("page")) is not null;
            case "citation-label": return true;
        }
        return ctx.Item.Get(v) is not null || ctx.Item.GetNames(v) is not null || ctx.Item.GetDate(v) is not null;
    }

    private static bool IsNumericVariable(string v, RenderContext ctx)
    {
        string? val = v switch
        {
            "locator" => ctx.Cite?.Locator,
            "citation-number" => ctx.CitationNumber > 0 ? ctx.CitationNumber.ToString(CultureInfo.InvariantCulture) : null,
            _ => ctx.Item.Get(v),
        };
        return val is not null && Numbers.IsNumericBeforeEmbeddedLabel(val);
    }

    // ---------------------------------------------------------------- number and label

    private static Blob? RenderNumber(NumberElement n, RenderContext ctx)
    {
        if (ctx.AuthorOnly) return null;
        ctx.VarsCalled++;
        if (ctx.IsSuppressed(n.Variable)) return null;
        string? v = n.Variable switch
        {
            "locator" => ctx.Cite?.Locator,
            "citation-number" => ctx.CitationNumber > 0 ? ctx.CitationNumber.ToString(CultureInfo.InvariantCulture) : null,
            "first-reference-note-number" => ctx.Cite is { Position: not CitePosition.First, FirstReferenceNoteNumber: int f } ? f.ToString(CultureInfo.InvariantCulture) : null,
            _ => ctx.Item.Get(n.Variable),
        };
        if (string.IsNullOrEmpty(v)) return null;
        ctx.VarsRendered++;
        ctx.Record(n.Variable);
        Blob content;
        if (Numbers.IsNumeric(v))
        {
            var gender = ctx.Locale.GenderOf(n.Variable == "locator" ? (ctx.Cite?.Label ?? "page") : n.Variable);
            var s = Numbers.Format(v, n.Form, ctx.Locale, gender);
            content = new Blob { Text = s, IsNumber = true };
        }
        else content = Blob.Leaf(v.Contains("\\-") ? v.Replace("\\-", "-") : v); // number fields carry no markup
        return Finish(content, n, ctx);
    }

    internal static Blob? RenderLabel(LabelElement l, RenderContext ctx, int? nameCount, string? variableOverride = null)
    {
        var variable = variableOverride ?? l.Variable;
        string termName;
        bool plural;
        if (nameCount is int count)
        {
            termName = variable;
            plural = l.Plural switch { PluralMode.Always => true, PluralMode.Never => false, _ => count > 1 };
        }
        else
        {
            string? value;
            if (variable == "locator")
            {
                value = ctx.Cite?.Locator;
                if (string.IsNullOrEmpty(value) || Numbers.StartsWithLabel(value) || ctx.IsSuppressed(variable)) return null;
                termName = ctx.Cite!.Label ?? "page";
            }
            else
            {
                if (ctx.IsSuppressed(variable)) return null;
                value = ctx.Item.Get(variable);
                if (string.IsNullOrEmpty(value)) return null;
                termName = variable;
                if (variable == "number-of-pages") termName = "page";
                else if (variable == "number-of-volumes") termName = "volume";
            }
            plural = l.Plural switch
            {
                PluralMode.Always => true,
                PluralMode.Never => false,
                _ => Numbers.IsPlural(value, variable, ctx.Locale.GetTerm("and")),
            };
        }
        var term = ctx.Locale.GetTerm(termName, l.Form, plural);
        if (string.IsNullOrEmpty(term)) return null;
        return Finish(RichText.Parse(term), l, ctx);
    }
}
