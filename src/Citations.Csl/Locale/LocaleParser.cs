using System.Xml.Linq;
using Citations.Csl.Style;

namespace Citations.Csl.Locale;

public static class LocaleParser
{
    /// <summary>Parses a locale file (root cs:locale).</summary>
    public static LocaleData Parse(string xml, List<string>? warnings = null)
    {
        var root = XmlSafety.Load(xml, "locale");
        if (root.Name.LocalName != "locale") throw new CslException($"locale: root element is <{root.Name.LocalName}>, expected <locale>");
        return ParseLocaleElement(root, warnings ?? new List<string>());
    }

    public static LocaleData ParseLocaleElement(XElement el, List<string> warnings)
    {
        var data = new LocaleData();
        foreach (var a in el.Attributes())
            if (a.Name.LocalName == "lang") data.Lang = a.Value;
        foreach (var c in el.Elements())
        {
            switch (c.Name.LocalName)
            {
                case "terms":
                    foreach (var t in c.Elements())
                    {
                        if (t.Name.LocalName != "term") continue;
                        ParseTerm(t, data);
                    }
                    break;
                case "style-options":
                    if (StyleParser.Attr(c, "punctuation-in-quote") is string piq) data.PunctuationInQuote = piq == "true";
                    if (StyleParser.Attr(c, "limit-day-ordinals-to-day-1") is string l) data.LimitDayOrdinalsToDay1 = l == "true";
                    break;
                case "date":
                    var d = new DateElement { Form = StyleParser.Attr(c, "form") };
                    d.Decor = StyleParser.ParseDecor(c);
                    d.Prefix = StyleParser.Attr(c, "prefix") ?? "";
                    d.Suffix = StyleParser.Attr(c, "suffix") ?? "";
                    d.Delimiter = StyleParser.Attr(c, "delimiter") ?? "";
                    d.TextCase = StyleParser.ParseTextCase(StyleParser.Attr(c, "text-case"));
                    var parts = new List<DatePartElement>();
                    foreach (var p in c.Elements())
                        if (p.Name.LocalName == "date-part") parts.Add(StyleParser.ParseDatePart(p));
                    d.Parts = parts.ToArray();
                    if (d.Form == "text") data.TextDate = new LocaleDateFormat { Date = d };
                    else if (d.Form == "numeric") data.NumericDate = new LocaleDateFormat { Date = d };
                    break;
                case "info":
                    break;
                default:
                    warnings.Add($"locale: unknown element <{c.Name.LocalName}> ignored");
                    break;
            }
        }
        return data;
    }

    private static void ParseTerm(XElement t, LocaleData data)
    {
        var name = StyleParser.Attr(t, "name");
        if (name is null) return;
        var term = new Term
        {
            Name = name,
            Form = StyleParser.ParseTermForm(StyleParser.Attr(t, "form")),
            Match = StyleParser.Attr(t, "match"),
        };
        term.Gender = StyleParser.Attr(t, "gender") switch { "masculine" => Gender.Masculine, "feminine" => Gender.Feminine, _ => Gender.Neuter };
        if (StyleParser.Attr(t, "gender-form") is string gf)
        {
            term.HasGenderForm = true;
            term.GenderForm = gf == "feminine" ? Gender.Feminine : gf == "masculine" ? Gender.Masculine : Gender.Neuter;
        }
        var single = t.Elements().FirstOrDefault(e => e.Name.LocalName == "single");
        var multiple = t.Elements().FirstOrDefault(e => e.Name.LocalName == "multiple");
        if (single is not null || multiple is not null)
        {
            term.Single = single?.Value ?? multiple?.Value ?? "";
            term.Multiple = multiple?.Value ?? term.Single;
        }
        else
        {
            term.Single = term.Multiple = t.Value;
        }
        if (name == "ordinal" || name.StartsWith("ordinal-", StringComparison.Ordinal)) data.DefinesOrdinals = true;
        data.Terms.Add(term);
    }
}
