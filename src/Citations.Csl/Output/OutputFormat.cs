using System.Text;

namespace Citations.Csl.Output;

/// <summary>The quotation marks of the active locale, needed when quotes decorations are written out.</summary>
public sealed record QuoteMarks(string OpenOuter, string CloseOuter, string OpenInner, string CloseInner)
{
    public static readonly QuoteMarks English = new("\u201C", "\u201D", "\u2018", "\u2019");
}

/// <summary>
/// Serializes a <see cref="Blob"/> tree for one output format. Markup that came from field values
/// flips against its context (italic inside italic becomes roman, quotes inside quotes become
/// inner quotes), which is the "flip-flop" behaviour of citeproc-js.
/// </summary>
public abstract class OutputFormat
{
    public static readonly OutputFormat Html = new HtmlFormat();
    public static readonly OutputFormat Text = new TextFormat();
    public static readonly OutputFormat Rtf = new RtfFormat();

    public static OutputFormat? FromName(string? name) => name?.ToLowerInvariant() switch
    {
        null or "" or "html" => Html,
        "text" or "plain" => Text,
        "rtf" => Rtf,
        _ => null,
    };

    public abstract string Name { get; }

    /// <summary>Escapes raw text for this format.</summary>
    public abstract string Escape(string text);

    protected struct Context
    {
        public bool Italic, Bold, SmallCaps;
        public QuoteKind Quote;
    }

    public string Render(Blob root, QuoteMarks quotes, Decor? context = null)
    {
        var sb = new StringBuilder();
        var ctx = new Context();
        if (context is { } c)
        {
            ctx.Italic = c.FontStyle is FontStyle.Italic or FontStyle.Oblique;
            ctx.Bold = c.FontWeight == FontWeight.Bold;
            ctx.SmallCaps = c.FontVariant == FontVariant.SmallCaps;
            ctx.Quote = c.Quotes;
        }
        Render(root, quotes, ctx, sb);
        return sb.ToString();
    }

    private void Render(Blob b, QuoteMarks q, Context ctx, StringBuilder outer)
    {
        var d = b.Decor;
        if (d.IsEmpty)
        {
            // Fast path: no wrapping, write straight into the parent buffer.
            int start = outer.Length;
            WriteContent(b, q, ctx, outer, out bool empty);
            if (empty) { outer.Length = start; return; }
            outer.Insert(start, Escape(b.Prefix));
            outer.Append(Escape(b.Suffix));
            return;
        }
        var inner = new StringBuilder();
        var c2 = ctx;
        var wrappers = new List<(string open, string close)>(4);
        if (d.FontStyle == FontStyle.Italic)
        {
            if (d.FromMarkup && ctx.Italic) { wrappers.Add(Wrap(FontStyle.Normal)); c2.Italic = false; }
            else { wrappers.Add(Wrap(FontStyle.Italic)); c2.Italic = true; }
        }
        else if (d.FontStyle == FontStyle.Oblique) { wrappers.Add(Wrap(FontStyle.Oblique)); c2.Italic = true; }
        else if (d.FontStyle == FontStyle.Normal)
        {
            if (ctx.Italic) { wrappers.Add(Wrap(FontStyle.Normal)); }
            c2.Italic = false;
        }
        if (d.FontVariant == FontVariant.SmallCaps)
        {
            if (d.FromMarkup && ctx.SmallCaps) { wrappers.Add(Wrap(FontVariant.Normal)); c2.SmallCaps = false; }
            else { wrappers.Add(Wrap(FontVariant.SmallCaps)); c2.SmallCaps = true; }
        }
        else if (d.FontVariant == FontVariant.Normal)
        {
            if (ctx.SmallCaps) wrappers.Add(Wrap(FontVariant.Normal));
            c2.SmallCaps = false;
        }
        if (d.FontWeight == FontWeight.Bold)
        {
            if (d.FromMarkup && ctx.Bold) { wrappers.Add(Wrap(FontWeight.Normal)); c2.Bold = false; }
            else { wrappers.Add(Wrap(FontWeight.Bold)); c2.Bold = true; }
        }
        else if (d.FontWeight == FontWeight.Normal)
        {
            if (ctx.Bold) wrappers.Add(Wrap(FontWeight.Normal));
            c2.Bold = false;
        }
        else if (d.FontWeight == FontWeight.Light) wrappers.Add(Wrap(FontWeight.Light));
        if (d.TextDecoration != TextDecoration.None) wrappers.Add(Wrap(d.TextDecoration));
        if (d.VerticalAlign != VerticalAlign.None) wrappers.Add(Wrap(d.VerticalAlign));
        if (d.Quotes != QuoteKind.None)
        {
            var kind = d.Quotes;
            if (ctx.Quote == kind) kind = kind == QuoteKind.Outer ? QuoteKind.Inner : QuoteKind.Outer;
            c2.Quote = kind;
            wrappers.Add(kind == QuoteKind.Outer ? (q.OpenOuter, q.CloseOuter) : (q.OpenInner, q.CloseInner));
        }
        WriteContent(b, q, c2, inner, out bool isEmpty);
        if (isEmpty) return;
        var s = inner.ToString();
        for (int i = 0; i < wrappers.Count; i++) s = wrappers[i].open + s + wrappers[i].close;
        if (d.Display != Display.None) s = WrapDisplay(d.Display, s);
        outer.Append(Escape(b.Prefix)).Append(s).Append(Escape(b.Suffix));
    }

    private void WriteContent(Blob b, QuoteMarks q, Context ctx, StringBuilder sb, out bool empty)
    {
        if (b.Children is null)
        {
            var t = b.Text ?? "";
            empty = t.Length == 0;
            if (!empty) sb.Append(b.IsRawOutput ? t : Escape(t));
            return;
        }
        empty = true;
        foreach (var c in b.Children)
        {
            int before = sb.Length;
            if (!empty && b.Delimiter.Length > 0) sb.Append(Escape(b.Delimiter));
            int afterDelim = sb.Length;
            Render(c, q, ctx, sb);
            if (sb.Length == afterDelim) { sb.Length = before; continue; }
            empty = false;
        }
    }

    protected abstract (string open, string close) Wrap(FontStyle s);
    protected abstract (string open, string close) Wrap(FontVariant v);
    protected abstract (string open, string close) Wrap(FontWeight w);
    protected abstract (string open, string close) Wrap(TextDecoration t);
    protected abstract (string open, string close) Wrap(VerticalAlign v);
    protected abstract string WrapDisplay(Display d, string s);

    /// <summary>Wraps one bibliography entry.</summary>
    public abstract string BibEntry(string s);
    public abstract string BibStart { get; }
    public abstract string BibEnd { get; }
}

internal sealed class HtmlFormat : OutputFormat
{
    /// <summary>Unicode superscript letters and digits are written as &lt;sup&gt; (as citeproc-js does).</summary>
    private static readonly Dictionary<char, char> Superscripts = new()
    {
        ['\u00AA'] = 'a', ['\u00B2'] = '2', ['\u00B3'] = '3', ['\u00B9'] = '1', ['\u00BA'] = 'o', ['\u02B0'] = 'h', ['\u02B2'] = 'j',
        ['\u02B3'] = 'r', ['\u02B7'] = 'w', ['\u02B8'] = 'y', ['\u02E1'] = 'l', ['\u02E2'] = 's', ['\u02E3'] = 'x', ['\u1D2C'] = 'A',
        ['\u1D2E'] = 'B', ['\u1D30'] = 'D', ['\u1D31'] = 'E', ['\u1D33'] = 'G', ['\u1D34'] = 'H', ['\u1D35'] = 'I', ['\u1D36'] = 'J',
        ['\u1D37'] = 'K', ['\u1D38'] = 'L', ['\u1D39'] = 'M', ['\u1D3A'] = 'N', ['\u1D3C'] = 'O', ['\u1D3E'] = 'P', ['\u1D3F'] = 'R',
        ['\u1D40'] = 'T', ['\u1D41'] = 'U', ['\u1D42'] = 'W', ['\u1D43'] = 'a', ['\u1D47'] = 'b', ['\u1D48'] = 'd', ['\u1D49'] = 'e',
        ['\u1D4D'] = 'g', ['\u1D4F'] = 'k', ['\u1D50'] = 'm', ['\u1D52'] = 'o', ['\u1D56'] = 'p', ['\u1D57'] = 't', ['\u1D58'] = 'u',
        ['\u1D5B'] = 'v', ['\u1D9C'] = 'c', ['\u1DA0'] = 'f', ['\u1DBB'] = 'z', ['\u2070'] = '0', ['\u2071'] = 'i', ['\u2074'] = '4',
        ['\u2075'] = '5', ['\u2076'] = '6', ['\u2077'] = '7', ['\u2078'] = '8', ['\u2079'] = '9', ['\u207F'] = 'n',
    };

    public override string Name => "html";

    public override string Escape(string text)
    {
        if (text.Length == 0) return text;
        bool special = text.AsSpan().IndexOfAny("&<>") >= 0;
        bool sup = false;
        foreach (var ch in text) if (ch >= '\u00AA' && Superscripts.ContainsKey(ch)) { sup = true; break; }
        if (!special && !sup) return text;
        if (special) text = text.Replace("&", "&#38;").Replace("<", "&#60;").Replace(">", "&#62;");
        if (sup)
        {
            var sb = new StringBuilder(text.Length + 16);
            foreach (var ch in text)
            {
                if (Superscripts.TryGetValue(ch, out var plain)) sb.Append("<sup>").Append(plain).Append("</sup>");
                else sb.Append(ch);
            }
            text = sb.ToString();
        }
        return text;
    }

    protected override (string, string) Wrap(FontStyle s) => s switch
    {
        FontStyle.Italic => ("<i>", "</i>"),
        FontStyle.Oblique => ("<em>", "</em>"),
        _ => ("<span style=\"font-style:normal;\">", "</span>"),
    };
    protected override (string, string) Wrap(FontVariant v) => v == FontVariant.SmallCaps
        ? ("<span style=\"font-variant:small-caps;\">", "</span>") : ("<span style=\"font-variant:normal;\">", "</span>");
    protected override (string, string) Wrap(FontWeight w) => w switch
    {
        FontWeight.Bold => ("<b>", "</b>"),
        FontWeight.Light => ("<span style=\"font-weight:light;\">", "</span>"),
        _ => ("<span style=\"font-weight:normal;\">", "</span>"),
    };
    protected override (string, string) Wrap(TextDecoration t) => t == TextDecoration.Underline
        ? ("<span style=\"text-decoration:underline;\">", "</span>") : ("<span style=\"text-decoration:none;\">", "</span>");
    protected override (string, string) Wrap(VerticalAlign v) => v switch
    {
        VerticalAlign.Sup => ("<sup>", "</sup>"),
        VerticalAlign.Sub => ("<sub>", "</sub>"),
        _ => ("<span style=\"baseline\">", "</span>"),
    };
    protected override string WrapDisplay(Display d, string s) => d switch
    {
        Display.Block => "\n\n    <div class=\"csl-block\">" + s + "</div>\n",
        Display.LeftMargin => "\n    <div class=\"csl-left-margin\">" + s + "</div>",
        Display.RightInline => "<div class=\"csl-right-inline\">" + s.TrimEnd(' ') + "</div>\n  ",
        Display.Indent => "<div class=\"csl-indent\">" + s + "</div>\n  ",
        _ => s,
    };
    public override string BibEntry(string s) => "  <div class=\"csl-entry\">" + s + "</div>\n";
    public override string BibStart => "<div class=\"csl-bib-body\">\n";
    public override string BibEnd => "</div>";
}

internal sealed class TextFormat : OutputFormat
{
    public override string Name => "text";
    public override string Escape(string text) => text;
    protected override (string, string) Wrap(FontStyle s) => ("", "");
    protected override (string, string) Wrap(FontVariant v) => ("", "");
    protected override (string, string) Wrap(FontWeight w) => ("", "");
    protected override (string, string) Wrap(TextDecoration t) => ("", "");
    protected override (string, string) Wrap(VerticalAlign v) => ("", "");
    protected override string WrapDisplay(Display d, string s) => d switch
    {
        Display.Block => "\n" + s + "\n",
        Display.LeftMargin => s + " ",
        _ => s,
    };
    public override string BibEntry(string s) => s.Trim('\n') + "\n";
    public override string BibStart => "";
    public override string BibEnd => "";
}

internal sealed class RtfFormat : OutputFormat
{
    public override string Name => "rtf";

    public override string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '\\' or '{' or '}') sb.Append('\\').Append(ch);
            else if (ch == '\t') sb.Append("\\tab ");
            else if (ch > 127) sb.Append("\\uc0\\u").Append((int)ch).Append(' ');
            else sb.Append(ch);
        }
        return sb.ToString();
    }

    protected override (string, string) Wrap(FontStyle s) => s is FontStyle.Italic or FontStyle.Oblique ? ("{\\i{}", "}") : ("{\\i0{}", "}");
    protected override (string, string) Wrap(FontVariant v) => v == FontVariant.SmallCaps ? ("{\\scaps ", "}") : ("{\\scaps0{}", "}");
    protected override (string, string) Wrap(FontWeight w) => w == FontWeight.Bold ? ("{\\b{}", "}") : ("{\\b0{}", "}");
    protected override (string, string) Wrap(TextDecoration t) => t == TextDecoration.Underline ? ("{\\ul{}", "}") : ("{\\ul0{}", "}");
    protected override (string, string) Wrap(VerticalAlign v) => v switch
    {
        VerticalAlign.Sup => ("\\super ", "\\nosupersub{}"),
        VerticalAlign.Sub => ("\\sub ", "\\nosupersub{}"),
        _ => ("", ""),
    };
    protected override string WrapDisplay(Display d, string s) => d switch
    {
        Display.Block => "\\line " + s + "\\line ",
        Display.LeftMargin => s + "\\tab ",
        _ => s,
    };
    public override string BibEntry(string s) => s + "\\\r\n";
    public override string BibStart => "{\\rtf ";
    public override string BibEnd => "}";
}
