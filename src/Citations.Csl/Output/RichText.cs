namespace Citations.Csl.Output;

/// <summary>
/// Parses the inline markup that CSL-JSON field values may carry (&lt;i&gt;, &lt;b&gt;, &lt;sc&gt;,
/// &lt;sup&gt;, &lt;sub&gt;, small-caps and nocase spans, straight and curly quotes) into a
/// <see cref="Blob"/> subtree whose decorations are marked <see cref="Decor.FromMarkup"/>.
/// Unbalanced tags are kept as literal text; straight apostrophes become ’.
/// </summary>
public static class RichText
{
    private enum Kind { Italic, Bold, SmallCaps, Sup, Sub, NoCase, NoDecor, DoubleQuote, SingleQuote, CurlyDouble, CurlySingle }

    private sealed class Frame
    {
        public Kind Kind;
        public List<Blob> Children = new();
        public System.Text.StringBuilder Text = new();
        public string OpenLiteral = "";
    }

    public static bool NeedsParsing(string s) => s.AsSpan().IndexOfAny("<\"'\u201C\u201D\u2018\u2019") >= 0;

    public static Blob Parse(string s)
    {
        if (!NeedsParsing(s)) return Blob.Leaf(s);
        var stack = new List<Frame> { new Frame() };
        bool singleIsOuter = FirstStraightQuoteIsSingle(s);
        Frame Top() => stack[^1];
        void Flush()
        {
            var f = Top();
            if (f.Text.Length > 0) { f.Children.Add(Blob.Leaf(f.Text.ToString())); f.Text.Clear(); }
        }
        void Open(Kind k, string lit)
        {
            Flush();
            stack.Add(new Frame { Kind = k, OpenLiteral = lit });
        }
        bool IsOpen(Kind k)
        {
            for (int j = stack.Count - 1; j > 0; j--) if (stack[j].Kind == k) return true;
            return false;
        }
        void Close(Kind k)
        {
            // Close everything up to the matching frame; unmatched inner frames become literal.
            Flush();
            while (stack.Count > 1)
            {
                var f = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                var parent = stack[^1];
                if (f.Kind == k)
                {
                    parent.Children.Add(MakeNode(f));
                    return;
                }
                Unwind(f, parent);
            }
        }

        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '<')
            {
                int close = s.IndexOf('>', i);
                if (close > i)
                {
                    var tag = s.Substring(i, close - i + 1);
                    var norm = tag.Replace(" ", "").ToLowerInvariant();
                    Kind? open = norm switch
                    {
                        "<i>" => Kind.Italic,
                        "<b>" => Kind.Bold,
                        "<sc>" => Kind.SmallCaps,
                        "<sup>" => Kind.Sup,
                        "<sub>" => Kind.Sub,
                        "<spanclass=\"nocase\">" => Kind.NoCase,
                        "<spanclass=\"nodecor\">" => Kind.NoDecor,
                        "<spanstyle=\"font-variant:small-caps;\">" or "<spanstyle=\"font-variant:small-caps\">" => Kind.SmallCaps,
                        _ => null,
                    };
                    if (open is Kind ok)
                    {
                        Open(ok, tag);
                        if (norm.StartsWith("<span")) Top().OpenLiteral = "span:" + tag;
                        i = close + 1;
                        continue;
                    }
                    Kind? closeKind = norm switch
                    {
                        "</i>" => Kind.Italic,
                        "</b>" => Kind.Bold,
                        "</sc>" => Kind.SmallCaps,
                        "</sup>" => Kind.Sup,
                        "</sub>" => Kind.Sub,
                        "</span>" => FindSpan(stack),
                        _ => null,
                    };
                    if (closeKind is Kind ck && IsOpen(ck))
                    {
                        Close(ck);
                        i = close + 1;
                        continue;
                    }
                }
                Top().Text.Append(c);
                i++;
                continue;
            }
            if (c == '"')
            {
                bool atStart = i == 0 || IsOpenerContext(s[i - 1]);
                if (IsOpen(Kind.DoubleQuote) && !atStart) { Close(Kind.DoubleQuote); i++; continue; }
                if (atStart && i + 1 < s.Length && !char.IsWhiteSpace(s[i + 1])) { Open(Kind.DoubleQuote, "\""); i++; continue; }
                if (IsOpen(Kind.DoubleQuote) && i > 0 && !char.IsWhiteSpace(s[i - 1])) { Close(Kind.DoubleQuote); i++; continue; }
                Top().Text.Append(c);
                i++;
                continue;
            }
            if (c == '\u201C') { Open(Kind.CurlyDouble, "\u201C"); i++; continue; }
            if (c == '\u201D')
            {
                if (IsOpen(Kind.CurlyDouble)) Close(Kind.CurlyDouble); else Top().Text.Append(c);
                i++;
                continue;
            }
            if (c == '\u2018') { Open(Kind.CurlySingle, "\u2018"); i++; continue; }
            if (c == '\'' || c == '\u2019')
            {
                bool atStart = i == 0 || IsOpenerContext(s[i - 1]);
                bool nextIsWordish = i + 1 < s.Length && !char.IsWhiteSpace(s[i + 1]);
                bool nextIsLetter = i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]);
                var k = c == '\'' ? Kind.SingleQuote : Kind.CurlySingle;
                // A straight quote closes only before the end, a space, ,.?:; or more markup; before anything
                // else ("'Freies Deutschland'—Keimzelle") it is an apostrophe, as in citeproc-js.
                bool closerContext = c != '\'' || i + 1 >= s.Length || s[i + 1] is ' ' or ',' or '.' or '?' or ':' or ';' or '<' or '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019';
                if (!atStart && !nextIsLetter && closerContext && (IsOpen(Kind.SingleQuote) || IsOpen(Kind.CurlySingle)))
                {
                    Close(IsOpen(Kind.SingleQuote) && (c == '\'' || !IsOpen(Kind.CurlySingle)) ? Kind.SingleQuote : Kind.CurlySingle);
                    i++;
                    continue;
                }
                if (c == '\'' && atStart && nextIsWordish) { Open(Kind.SingleQuote, "'"); i++; continue; }
                Top().Text.Append('\u2019');
                i++;
                continue;
            }
            Top().Text.Append(c);
            i++;
        }
        Flush();
        while (stack.Count > 1)
        {
            var f = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            Flush();
            Unwind(f, stack[^1]);
            Flush();
        }
        var root = stack[0];
        Flush();
        if (singleIsOuter) SwapStraight(root.Children);
        if (root.Children.Count == 1 && root.Children[0].IsLeaf && root.Children[0].Decor.IsEmpty) return root.Children[0];
        return Blob.Branch(root.Children);
    }

    private static bool FirstStraightQuoteIsSingle(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '"') return false;
            if (c == '\'' && (i == 0 || IsOpenerContext(s[i - 1])) && i + 1 < s.Length && !char.IsWhiteSpace(s[i + 1])) return true;
        }
        return false;
    }

    /// <summary>When a value opens with single quotes, those are its outer quotes and double quotes its inner ones.</summary>
    private static void SwapStraight(List<Blob> kids)
    {
        foreach (var b in kids)
        {
            if (b.StraightQuote) b.Decor.Quotes = b.Decor.Quotes == QuoteKind.Inner ? QuoteKind.Outer : QuoteKind.Inner;
            if (b.Children is not null) SwapStraight(b.Children);
        }
    }

    private static bool IsOpenerContext(char prev) => char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '\u2014' or '\u2013' or '/' or '-' or '"' or '\'' or '\u201C' or '\u2018';

    private static Kind? FindSpan(List<Frame> stack)
    {
        for (int j = stack.Count - 1; j > 0; j--)
            if (stack[j].OpenLiteral.StartsWith("span:", StringComparison.Ordinal)) return stack[j].Kind;
        return null;
    }

    private static void Unwind(Frame f, Frame parent)
    {
        // An unclosed opener: its literal text goes back in front of its content.
        var lit = f.OpenLiteral.StartsWith("span:", StringComparison.Ordinal) ? f.OpenLiteral[5..] : f.OpenLiteral;
        if (lit == "'") lit = "\u2019";
        if (parent.Text.Length > 0) { parent.Children.Add(Blob.Leaf(parent.Text.ToString())); parent.Text.Clear(); }
        parent.Children.Add(Blob.Leaf(lit));
        parent.Children.AddRange(f.Children);
    }

    private static Blob MakeNode(Frame f)
    {
        var b = Blob.Branch(f.Children);
        b.Decor.FromMarkup = true;
        switch (f.Kind)
        {
            case Kind.Italic: b.Decor.FontStyle = FontStyle.Italic; break;
            case Kind.Bold: b.Decor.FontWeight = FontWeight.Bold; break;
            case Kind.SmallCaps: b.Decor.FontVariant = FontVariant.SmallCaps; b.Decor.NoCase = true; break;
            case Kind.Sup: b.Decor.VerticalAlign = VerticalAlign.Sup; b.Decor.NoCase = true; break;
            case Kind.Sub: b.Decor.VerticalAlign = VerticalAlign.Sub; b.Decor.NoCase = true; break;
            case Kind.NoCase: b.Decor.NoCase = true; break;
            case Kind.NoDecor: b.Decor.NoCase = true; break;
            case Kind.DoubleQuote: b.Decor.Quotes = QuoteKind.Outer; b.StraightQuote = true; break;
            case Kind.CurlyDouble: b.Decor.Quotes = QuoteKind.Outer; break;
            case Kind.SingleQuote: b.Decor.Quotes = QuoteKind.Inner; b.StraightQuote = true; break;
            case Kind.CurlySingle: b.Decor.Quotes = QuoteKind.Inner; break;
        }
        return b;
    }
}
