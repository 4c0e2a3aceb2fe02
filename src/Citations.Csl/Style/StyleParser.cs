using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Citations.Csl.Locale;
using Citations.Csl.Output;

namespace Citations.Csl.Style;

/// <summary>
/// Builds a <see cref="CslStyle"/> from CSL XML. Unknown elements and attributes are skipped with
/// a warning; only XML that is not well-formed or not a cs:style is an error.
/// </summary>
public static class StyleParser
{
    public static CslStyle Parse(string xml)
    {
        var root = XmlSafety.Load(xml, "style");
        if (root.Name.LocalName != "style") throw new CslException($"style: root element is <{root.Name.LocalName}>, expected <style>");
        var style = new CslStyle();
        var p = new Parser(style);
        p.ParseStyle(root);
        return style;
    }

    private sealed class Parser(CslStyle style)
    {
        private readonly List<(TextElement text, int line)> _macroRefs = new();
        private readonly List<(SortKey key, int line)> _sortMacroRefs = new();
        private readonly List<NameElement> _nameElements = new();
        private readonly List<NamesElement> _namesElements = new();

        public void ParseStyle(XElement root)
        {
            style.Class = Attr(root, "class") ?? "in-text";
            style.DefaultLocale = Attr(root, "default-locale");
            style.DemoteNonDroppingParticle = Attr(root, "demote-non-dropping-particle") ?? "display-and-sort";
            style.InitializeWithHyphen = Attr(root, "initialize-with-hyphen") != "false";
            style.PageRangeFormat = Attr(root, "page-range-format");
            style.NameOptions = ParseNameOptions(root, inherited: true);
            style.NamesDelimiter = Attr(root, "names-delimiter");
            foreach (var el in root.Elements())
            {
                switch (el.Name.LocalName)
                {
                    case "info":
                        style.Id = el.Elements().FirstOrDefault(e => e.Name.LocalName == "id")?.Value;
                        style.Title = el.Elements().FirstOrDefault(e => e.Name.LocalName == "title")?.Value;
                        break;
                    case "locale":
                        style.Locales.Add(LocaleParser.ParseLocaleElement(el, style.Warnings));
                        break;
                    case "macro":
                        var name = Attr(el, "name");
                        if (name is null) { Warn(el, "macro without a name"); break; }
                        var macro = style.Macros.TryGetValue(name, out var existing) ? existing : new Macro { Name = name };
                        macro.Children = ParseChildren(el);
                        style.Macros[name] = macro;
                        break;
                    case "citation":
                        ParseCitation(el);
                        break;
                    case "bibliography":
                        ParseBibliography(el);
                        break;
                    default:
                        Warn(el, $"unknown element <{el.Name.LocalName}> ignored");
                        break;
                }
            }
            foreach (var (text, line) in _macroRefs)
            {
                if (style.Macros.TryGetValue(text.Name, out var m)) text.Macro = m;
                else style.Warnings.Add($"line {line}: macro \"{text.Name}\" is not defined");
            }
            foreach (var (key, line) in _sortMacroRefs)
            {
                if (style.Macros.TryGetValue(key.MacroName!, out var m)) key.Macro = m;
                else style.Warnings.Add($"line {line}: sort macro \"{key.MacroName}\" is not defined");
            }
            var citeOpts = style.Citation.NameOptions.Over(style.NameOptions);
            var bibOpts = (style.Bibliography?.NameOptions ?? new NameOptions()).Over(style.NameOptions);
            foreach (var n in _nameElements)
            {
                n.ForCitation = n.Options.Over(citeOpts);
                n.ForBibliography = n.Options.Over(bibOpts);
            }
        }

        private void ParseCitation(XElement el)
        {
            var c = style.Citation;
            ParseArea(el, c);
            c.DisambiguateAddNames = Attr(el, "disambiguate-add-names") == "true";
            c.DisambiguateAddGivenname = Attr(el, "disambiguate-add-givenname") == "true";
            c.DisambiguateAddYearSuffix = Attr(el, "disambiguate-add-year-suffix") == "true";
            c.GivennameDisambiguationRule = Attr(el, "givenname-disambiguation-rule") ?? "by-cite";
            c.Collapse = Attr(el, "collapse");
            c.CiteGroupDelimiter = Attr(el, "cite-group-delimiter");
            c.YearSuffixDelimiter = Attr(el, "year-suffix-delimiter");
            c.AfterCollapseDelimiter = Attr(el, "after-collapse-delimiter");
            if (Int(el, "near-note-distance") is int nnd) c.NearNoteDistance = nnd;
        }

        private void ParseBibliography(XElement el)
        {
            var b = new BibliographySpec();
            style.Bibliography = b;
            ParseArea(el, b);
            b.HangingIndent = Attr(el, "hanging-indent") == "true";
            b.SecondFieldAlign = Attr(el, "second-field-align");
            b.LineSpacing = Int(el, "line-spacing") ?? 1;
            b.EntrySpacing = Int(el, "entry-spacing") ?? 1;
            b.SubsequentAuthorSubstitute = Attr(el, "subsequent-author-substitute");
            b.SubsequentAuthorSubstituteRule = Attr(el, "subsequent-author-substitute-rule") ?? "complete-all";
        }

        private void ParseArea(XElement el, AreaSpec area)
        {
            area.NameOptions = ParseNameOptions(el, inherited: true);
            area.NamesDelimiter = Attr(el, "names-delimiter");
            bool haveLayout = false;
            foreach (var child in el.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "layout":
                        var layout = new Layout();
                        ParseFormatting(child, layout);
                        layout.Delimiter = Attr(child, "delimiter") ?? "";
                        layout.Children = ParseChildren(child);
                        var loc = Attr(child, "locale");
                        if (loc is not null) layout.Locales = loc.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        // The default layout (no locale attribute) wins; CSL-M locale layouts are used only when alone.
                        if (loc is null) { area.Layout = layout; haveLayout = true; }
                        else if (!haveLayout && area.Layout.Children.Length == 0) area.Layout = layout;
                        break;
                    case "sort":
                        var keys = new List<SortKey>();
                        foreach (var k in child.Elements())
                        {
                            if (k.Name.LocalName != "key") continue;
                            var key = new SortKey
                            {
                                Variable = Attr(k, "variable"),
                                MacroName = Attr(k, "macro"),
                                Descending = Attr(k, "sort") == "descending",
                                NamesMin = Int(k, "names-min"),
                                NamesUseFirst = Int(k, "names-use-first"),
                                NamesUseLast = Attr(k, "names-use-last") is string s ? s == "true" : null,
                            };
                            if (key.MacroName is not null) _sortMacroRefs.Add((key, LineOf(k)));
                            if (key.Variable is null && key.MacroName is null) continue;
                            keys.Add(key);
                        }
                        area.Sort = keys.ToArray();
                        break;
                    default:
                        Warn(child, $"unknown element <{child.Name.LocalName}> ignored");
                        break;
                }
            }
        }

        private Element[] ParseChildren(XElement parent)
        {
            var list = new List<Element>();
            foreach (var el in parent.Elements())
            {
                var e = ParseElement(el);
                if (e is not null) list.Add(e);
            }
            return list.ToArray();
        }

        private Element? ParseElement(XElement el)
        {
            switch (el.Name.LocalName)
            {
                case "text": return ParseText(el);
                case "number":
                    {
                        var n = new NumberElement { Variable = Attr(el, "variable") ?? "" };
                        ParseFormatting(n: n, el: el);
                        n.Form = Attr(el, "form") switch
                        {
                            "ordinal" => NumberForm.Ordinal,
                            "long-ordinal" => NumberForm.LongOrdinal,
                            "roman" => NumberForm.Roman,
                            _ => NumberForm.Numeric,
                        };
                        return n;
                    }
                case "label": return ParseLabel(el);
                case "group":
                    {
                        var g = new GroupElement { Delimiter = Attr(el, "delimiter") ?? "" };
                        ParseFormatting(el, g);
                        g.Children = ParseChildren(el);
                        return g;
                    }
                case "choose": return ParseChoose(el);
                case "date": return ParseDate(el);
                case "names": return ParseNames(el);
                default:
                    Warn(el, $"unknown element <{el.Name.LocalName}> ignored");
                    return null;
            }
        }

        private TextElement ParseText(XElement el)
        {
            var t = new TextElement();
            ParseFormatting(el, t);
            if (Attr(el, "variable") is string v)
            {
                t.Source = TextSource.Variable;
                t.Name = v;
                t.ShortVariable = Attr(el, "form") == "short";
            }
            else if (Attr(el, "macro") is string m)
            {
                t.Source = TextSource.Macro;
                t.Name = m;
                _macroRefs.Add((t, LineOf(el)));
            }
            else if (Attr(el, "term") is string term)
            {
                t.Source = TextSource.Term;
                t.Name = term;
                t.Form = ParseTermForm(Attr(el, "form"));
                t.Plural = Attr(el, "plural") == "true";
            }
            else
            {
                t.Source = TextSource.Value;
                t.Name = Attr(el, "value") ?? "";
            }
            return t;
        }

        private LabelElement ParseLabel(XElement el)
        {
            var l = new LabelElement { Variable = Attr(el, "variable") ?? "" };
            ParseFormatting(el, l);
            l.Form = ParseTermForm(Attr(el, "form"));
            l.Plural = Attr(el, "plural") switch { "always" => PluralMode.Always, "never" => PluralMode.Never, _ => PluralMode.Contextual };
            return l;
        }

        private ChooseElement ParseChoose(XElement el)
        {
            var branches = new List<ChooseBranch>();
            foreach (var b in el.Elements())
            {
                var name = b.Name.LocalName;
                if (name is not ("if" or "else-if" or "else")) { Warn(b, $"unknown element <{name}> in <choose> ignored"); continue; }
                var br = new ChooseBranch { Children = ParseChildren(b) };
                if (name != "else") br.Condition = ParseCondition(b);
                branches.Add(br);
            }
            var c = new ChooseElement { Branches = branches.ToArray() };
            return c;
        }

        private Condition ParseCondition(XElement el)
        {
            var c = new Condition
            {
                Match = Attr(el, "match") switch { "any" => MatchMode.Any, "none" => MatchMode.None, _ => MatchMode.All },
                Types = List(el, "type"),
                Variables = List(el, "variable"),
                IsNumeric = List(el, "is-numeric"),
                IsUncertainDate = List(el, "is-uncertain-date"),
                Locators = List(el, "locator"),
                Positions = List(el, "position"),
            };
            if (Attr(el, "disambiguate") is string d)
            {
                c.Disambiguate = d == "true";
                style.UsesDisambiguateCondition = true;
            }
            return c;
        }

        private DateElement ParseDate(XElement el)
        {
            var d = new DateElement { Variable = Attr(el, "variable") ?? "", Form = Attr(el, "form") };
            ParseFormatting(el, d);
            d.Delimiter = Attr(el, "delimiter") ?? "";
            d.Scope = Attr(el, "date-parts") switch { "year-month" => DatePartsScope.YearMonth, "year" => DatePartsScope.Year, _ => DatePartsScope.YearMonthDay };
            var parts = new List<DatePartElement>();
            foreach (var p in el.Elements())
            {
                if (p.Name.LocalName != "date-part") { Warn(p, $"unknown element <{p.Name.LocalName}> in <date> ignored"); continue; }
                parts.Add(ParseDatePart(p));
            }
            d.Parts = parts.ToArray();
            return d;
        }

        internal static DatePartElement ParseDatePart(XElement p)
        {
            var part = new DatePartElement
            {
                Name = Attr(p, "name") switch { "month" => DatePartName.Month, "day" => DatePartName.Day, _ => DatePartName.Year },
                Form = Attr(p, "form"),
                RangeDelimiter = Attr(p, "range-delimiter"),
            };
            ParseFormatting(p, part);
            return part;
        }

        private NamesElement ParseNames(XElement el)
        {
            var n = new NamesElement
            {
                Variables = (Attr(el, "variable") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
                Delimiter = Attr(el, "delimiter"),
            };
            ParseFormatting(el, n);
            bool seenName = false;
            foreach (var c in el.Elements())
            {
                switch (c.Name.LocalName)
                {
                    case "name":
                        n.Name = ParseName(c);
                        n.HasNameChild = true;
                        seenName = true;
                        break;
                    case "et-al":
                        var etal = new EtAlElement { Term = Attr(c, "term") ?? "et-al" };
                        ParseFormatting(c, etal);
                        n.EtAl = etal;
                        break;
                    case "label":
                        n.Label = ParseLabel(c);
                        n.LabelBeforeName = !seenName;
                        break;
                    case "substitute":
                        n.Substitute = ParseChildren(c);
                        break;
                    default:
                        Warn(c, $"unknown element <{c.Name.LocalName}> in <names> ignored");
                        break;
                }
            }
            if (!n.HasNameChild) _nameElements.Add(n.Name);
            _namesElements.Add(n);
            return n;
        }

        private NameElement ParseName(XElement el)
        {
            var n = new NameElement();
            ParseFormatting(el, n);
            n.Options = ParseNameOptions(el, inherited: false);
            foreach (var part in el.Elements())
            {
                if (part.Name.LocalName != "name-part") continue;
                var f = new NamePartFormat { Prefix = Attr(part, "prefix") ?? "", Suffix = Attr(part, "suffix") ?? "" };
                f.Decor = ParseDecor(part);
                f.TextCase = ParseTextCase(Attr(part, "text-case"));
                if (Attr(part, "name") == "given") n.Given = f;
                else if (Attr(part, "name") == "family") n.Family = f;
            }
            _nameElements.Add(n);
            return n;
        }

        private static NameOptions ParseNameOptions(XElement el, bool inherited)
        {
            var o = new NameOptions
            {
                And = Attr(el, "and"),
                Delimiter = Attr(el, inherited ? "name-delimiter" : "delimiter"),
                DelimiterPrecedesEtAl = Attr(el, "delimiter-precedes-et-al"),
                DelimiterPrecedesLast = Attr(el, "delimiter-precedes-last"),
                EtAlMin = Int(el, "et-al-min"),
                EtAlUseFirst = Int(el, "et-al-use-first"),
                EtAlSubsequentMin = Int(el, "et-al-subsequent-min"),
                EtAlSubsequentUseFirst = Int(el, "et-al-subsequent-use-first"),
                EtAlUseLast = Attr(el, "et-al-use-last") is string s ? s == "true" : null,
                Form = Attr(el, inherited ? "name-form" : "form"),
                Initialize = Attr(el, "initialize") is string i ? i != "false" : null,
                InitializeWith = Attr(el, "initialize-with"),
                NameAsSortOrder = Attr(el, "name-as-sort-order"),
                SortSeparator = Attr(el, "sort-separator"),
            };
            return o;
        }

        private static void ParseFormatting(XElement el, Element n)
        {
            n.Decor = ParseDecor(el);
            n.Prefix = Attr(el, "prefix") ?? "";
            n.Suffix = Attr(el, "suffix") ?? "";
            n.TextCase = ParseTextCase(Attr(el, "text-case"));
            n.StripPeriods = Attr(el, "strip-periods") == "true";
            n.Line = LineOf(el);
        }

        private static void ParseFormatting(NumberElement n, XElement el) => ParseFormatting(el, n);

        internal static Decor ParseDecor(XElement el)
        {
            var d = new Decor();
            foreach (var a in el.Attributes())
            {
                switch (a.Name.LocalName)
                {
                    case "font-style":
                        d.FontStyle = a.Value switch { "italic" => FontStyle.Italic, "oblique" => FontStyle.Oblique, "normal" => FontStyle.Normal, _ => FontStyle.None };
                        break;
                    case "font-variant":
                        d.FontVariant = a.Value switch { "small-caps" => FontVariant.SmallCaps, "normal" => FontVariant.Normal, _ => FontVariant.None };
                        break;
                    case "font-weight":
                        d.FontWeight = a.Value switch { "bold" => FontWeight.Bold, "normal" => FontWeight.Normal, "light" => FontWeight.Light, _ => FontWeight.None };
                        break;
                    case "text-decoration":
                        d.TextDecoration = a.Value switch { "underline" => TextDecoration.Underline, "none" => TextDecoration.NoneExplicit, _ => TextDecoration.None };
                        break;
                    case "vertical-align":
                        d.VerticalAlign = a.Value switch { "sup" => VerticalAlign.Sup, "sub" => VerticalAlign.Sub, "baseline" => VerticalAlign.Baseline, _ => VerticalAlign.None };
                        break;
                    case "quotes":
                        if (a.Value == "true") d.Quotes = QuoteKind.Outer;
                        break;
                    case "display":
                        d.Display = a.Value switch { "block" => Display.Block, "left-margin" => Display.LeftMargin, "right-inline" => Display.RightInline, "indent" => Display.Indent, _ => Display.None };
                        break;
                }
            }
            return d;
        }

        internal static TextCase ParseTextCase(string? v) => v switch
        {
            "lowercase" => TextCase.Lowercase,
            "uppercase" => TextCase.Uppercase,
            "capitalize-first" => TextCase.CapitalizeFirst,
            "capitalize-all" => TextCase.CapitalizeAll,
            "title" => TextCase.Title,
            "sentence" => TextCase.Sentence,
            _ => TextCase.None,
        };

        internal static TermForm ParseTermForm(string? v) => v switch
        {
            "short" => TermForm.Short,
            "verb" => TermForm.Verb,
            "verb-short" => TermForm.VerbShort,
            "symbol" => TermForm.Symbol,
            _ => TermForm.Long,
        };

        private void Warn(XElement el, string msg) => style.Warnings.Add($"line {LineOf(el)}: {msg}");

        private static int LineOf(XElement el) => ((IXmlLineInfo)el).HasLineInfo() ? ((IXmlLineInfo)el).LineNumber : 0;

        internal static string? Attr(XElement el, string name)
        {
            foreach (var a in el.Attributes())
                if (a.Name.LocalName == name && a.Name.NamespaceName.Length == 0) return a.Value;
            return null;
        }

        private static string[]? List(XElement el, string name) =>
            Attr(el, name) is string s ? s.Split(' ', StringSplitOptions.RemoveEmptyEntries) : null;

        private static int? Int(XElement el, string name) =>
            Attr(el, name) is string s && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    internal static Decor ParseDecor(XElement el) => Parser.ParseDecor(el);
    internal static TextCase ParseTextCase(string? v) => Parser.ParseTextCase(v);
    internal static TermForm ParseTermForm(string? v) => Parser.ParseTermForm(v);
    internal static string? Attr(XElement el, string name) => Parser.Attr(el, name);
    internal static DatePartElement ParseDatePart(XElement p) => Parser.ParseDatePart(p);
}
