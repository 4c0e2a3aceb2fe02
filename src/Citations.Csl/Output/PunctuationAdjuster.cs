namespace Citations.Csl.Output;

/// <summary>
/// Resolves punctuation where affixes, delimiters and field text meet, so that e.g. a title
/// ending in "?" followed by a suffix "." yields "?" and a comma after a quoted title moves
/// inside the closing quote when the locale asks for punctuation-in-quote. The four passes
/// follow the behaviour of citeproc-js (the reference implementation), whose output the test
/// suite encodes: upward (affix spaces and leading punctuation climb to the parent), leftward
/// (a sibling's leading punctuation joins the previous suffix), downward (a parent's trailing
/// punctuation meets the last child's) and the quote swap.
/// </summary>
public sealed class PunctuationAdjuster
{
    private readonly bool _punctuationInQuote;

    public PunctuationAdjuster(bool punctuationInQuote) => _punctuationInQuote = punctuationInQuote;

    private static bool IsPunct(char c) => c is '.' or '!' or '?' or ':' or ',' or ';';
    private static bool IsPunctOrSpace(char c) => IsPunct(c) || c == ' ' || c == '\u00A0';
    private static bool SwapIn(char c) => c is '.' or '!' or '?' or ',';
    private static bool SwapOut(char c) => c is ':' or ',' or ';';

    /// <summary>What a left character followed by a right character collapses to; null when both stay.</summary>
    private static string? LeftToRight(char left, char right) => (left, right) switch
    {
        ('!', '.') => "!", ('!', '?') => "!?", ('!', ':') => "!", ('!', ',') => "!,", ('!', ';') => "!;",
        ('?', '!') => "?!", ('?', '.') => "?", ('?', ':') => "?", ('?', ',') => "?,", ('?', ';') => "?;",
        ('.', '!') => ".!", ('.', '?') => ".?", ('.', ':') => ".:", ('.', ',') => ".,", ('.', ';') => ".;",
        (':', '!') => "!", (':', '?') => "?", (':', '.') => ":", (':', ',') => ":,", (':', ';') => ":;",
        (',', '!') => ",!", (',', '?') => ",?", (',', ':') => ",:", (',', '.') => ",.", (',', ';') => ",;",
        (';', '!') => "!", (';', '?') => "?", (';', ':') => ";", (';', ',') => ";,", (';', '.') => ";",
        _ => null,
    };

    public void Adjust(Blob root)
    {
        Upward(root);
        Leftward(root);
        Downward(root);
        Fix(root);
    }

    private static char First(string s) => s.Length > 0 ? s[0] : '\0';
    private static char Last(string s) => s.Length > 0 ? s[^1] : '\0';

    private enum Field { Prefix, Suffix, Text }

    private static string Get(Blob b, Field f) => f switch { Field.Prefix => b.Prefix, Field.Suffix => b.Suffix, _ => b.Text ?? "" };

    private static void Set(Blob b, Field f, string v)
    {
        switch (f)
        {
            case Field.Prefix: b.Prefix = v; break;
            case Field.Suffix: b.Suffix = v; break;
            default: b.Text = v; break;
        }
    }

    /// <summary>Merges the last char of (first, ff) with the first char of (second, sf); mergeRight keeps the result on the right.</summary>
    private static void MergeChars(Blob first, Field ff, Blob second, Field sf, bool mergeRight = false)
    {
        string a = Get(first, ff), b = Get(second, sf);
        char firstChar = Last(a), secondChar = First(b);
        if (firstChar == secondChar)
        {
            if (mergeRight) Set(first, ff, a.Length > 0 ? a[..^1] : a);
            else Set(second, sf, b.Length > 0 ? b[1..] : b);
            return;
        }
        if (mergeRight)
        {
            if (!IsPunct(firstChar)) return; // LtoR_MAP has no entry
            var chr = LeftToRight(firstChar, secondChar);
            if (chr is not null)
            {
                a = a[..^1];
                b = b[1..];
                Set(first, ff, a);
                Set(second, sf, chr + b);
            }
            else
            {
                Set(second, sf, firstChar + b);
                Set(first, ff, a[..^1]);
            }
        }
        else
        {
            if (!IsPunct(secondChar)) return; // RtoL_MAP has no entry
            var chr = firstChar == '\0' ? null : LeftToRight(firstChar, secondChar);
            if (chr is not null)
            {
                a = a[..^1];
                b = b[1..];
                Set(first, ff, a + chr);
                Set(second, sf, b);
            }
            else
            {
                Set(first, ff, a + secondChar);
                Set(second, sf, b[1..]);
            }
        }
    }

    private void Upward(Blob parent)
    {
        if (parent.IsLeaf)
        {
            var t = parent.Text ?? "";
            if (IsPunct(First(parent.Suffix)) && First(parent.Suffix) == Last(t)) parent.Suffix = parent.Suffix[1..];
            return;
        }
        var kids = parent.Children!;
        if (kids.Count == 0) return;
        bool parentDecorations = parent.Decor.HasDecorations || parent.Decor.Display != Display.None;
        for (int i = kids.Count - 1; i >= 0; i--)
        {
            Upward(kids[i]);
            var child = kids[i];
            if (i == 0)
            {
                if (Last(parent.Prefix) == ' ' && First(child.Prefix) == ' ') child.Prefix = child.Prefix[1..];
                var cc = First(child.Prefix);
                if (!parentDecorations && cc != '\0' && IsPunctOrSpace(cc) && parent.Prefix.Length == 0)
                {
                    parent.Prefix += cc;
                    child.Prefix = child.Prefix[1..];
                }
            }
            if (i == kids.Count - 1)
            {
                var cc = Last(child.Suffix);
                if (!parentDecorations && cc == ' ')
                {
                    if (First(parent.Suffix) != cc) parent.Suffix = cc + parent.Suffix;
                    child.Suffix = child.Suffix[..^1];
                }
            }
            if (parent.Delimiter.Length > 0 && i > 0)
            {
                var dc = Last(parent.Delimiter);
                if (IsPunctOrSpace(dc) && dc == First(child.Prefix)) child.Prefix = child.Prefix[1..];
            }
        }
    }

    private void Leftward(Blob parent)
    {
        if (parent.IsLeaf || parent.Children!.Count == 0) return;
        var kids = parent.Children;
        for (int i = kids.Count - 1; i >= 0; i--)
        {
            Leftward(kids[i]);
            if (i < kids.Count - 1 && parent.Delimiter.Length == 0)
            {
                var child = kids[i];
                var sibling = kids[i + 1];
                char siblingChar = First(sibling.Prefix);
                bool hasDecorations = child.Decor.HasFormatting || sibling.Decor.HasFormatting;
                if (!hasDecorations && IsPunct(siblingChar))
                {
                    bool suffixAndPrefixMatch = siblingChar == Last(child.Suffix);
                    bool suffixAndFieldMatch = child.Suffix.Length == 0 && child.IsLeaf && Last(child.Text ?? "") == siblingChar;
                    if (!suffixAndPrefixMatch && !suffixAndFieldMatch) MergeChars(child, Field.Suffix, sibling, Field.Prefix);
                    else sibling.Prefix = sibling.Prefix[1..];
                }
            }
        }
    }

    private static bool IsNumberBlob(Blob b) => b.IsNumber || (b.Children is { Count: 1 } && b.Children[0].IsNumber);

    private static bool EndsInNumber(Blob b)
    {
        if (b.IsNumber) return true;
        if (b.Children is null || b.Children.Count == 0) return false;
        return EndsInNumber(b.Children[^1]);
    }

    private static bool HasDescendantQuotes(Blob b)
    {
        if (b.Decor.Quotes != QuoteKind.None) return true;
        if (b.Children is null || b.Children.Count == 0) return false;
        return HasDescendantQuotes(b.Children[^1]);
    }

    private static bool HasDescendantMergingPunctuation(char parentChar, Blob b)
    {
        char childChar = Last(b.Suffix);
        if (childChar == '\0' && b.IsLeaf) childChar = Last(b.Text ?? "");
        if (childChar != '\0' && IsPunct(childChar))
        {
            var merged = LeftToRight(childChar, parentChar);
            if (merged is { Length: 1 }) return true;
        }
        if (b.Children is null || b.Children.Count == 0) return false;
        return HasDescendantMergingPunctuation(parentChar, b.Children[^1]);
    }

    private static bool MatchLastChar(Blob b, char chr)
    {
        if (!IsPunct(chr)) return false;
        if (b.IsLeaf) return Last(b.Text ?? "") == chr;
        if (b.Children!.Count == 0) return false;
        var child = b.Children[^1];
        char childChar = Last(child.Suffix);
        if (childChar == '\0') return MatchLastChar(child, chr);
        return childChar == chr;
    }

    private void Downward(Blob parent)
    {
        if (parent.IsLeaf)
        {
            var t = parent.Text ?? "";
            if (IsPunct(First(parent.Suffix)) && First(parent.Suffix) == Last(t)) parent.Suffix = parent.Suffix[1..];
            return;
        }
        var kids = parent.Children!;
        if (kids.Count == 0) return;
        if (parent.Delimiter.Length > 0 && IsPunct(parent.Delimiter[0]))
        {
            char delimChar = parent.Delimiter[0];
            for (int i = kids.Count - 2; i >= 0; i--)
            {
                if (Last(kids[i].Suffix) != delimChar) kids[i].Suffix += delimChar;
            }
            parent.Delimiter = parent.Delimiter[1..];
        }
        for (int i = kids.Count - 1; i >= 0; i--)
        {
            var child = kids[i];
            bool childDecorations = child.Decor.HasDecorations;
            bool childIsNumber = IsNumberBlob(child);
            if (i == kids.Count - 1)
            {
                char parentChar = First(parent.Suffix);
                bool allowMigration = false;
                if (IsPunct(parentChar))
                {
                    allowMigration = HasDescendantMergingPunctuation(parentChar, child);
                    if (!allowMigration && _punctuationInQuote) allowMigration = HasDescendantQuotes(child);
                }
                if (allowMigration && !EndsInNumber(child))
                {
                    if (child.IsLeaf) MergeChars(child, Field.Text, parent, Field.Suffix);
                    else MergeChars(child, Field.Suffix, parent, Field.Suffix);
                    if (First(parent.Suffix) == '.')
                    {
                        child.Suffix += ".";
                        parent.Suffix = parent.Suffix[1..];
                    }
                }
                if (Last(child.Suffix) == ' ' && First(parent.Suffix) == ' ') parent.Suffix = parent.Suffix[1..];
                if (IsPunctOrSpace(First(child.Suffix)))
                {
                    if (child.IsLeaf && Last(child.Text ?? "") == First(child.Suffix)) child.Suffix = child.Suffix[1..];
                    if (child.Suffix.Length > 0 && Last(child.Suffix) == First(parent.Suffix)) parent.Suffix = parent.Suffix[..^1];
                }
                if (parent.Suffix.Length > 0 && MatchLastChar(parent, parent.Suffix[0])) parent.Suffix = parent.Suffix[1..];
            }
            else if (parent.Delimiter.Length > 0)
            {
                char dc = parent.Delimiter[0];
                if (IsPunctOrSpace(dc) && dc == Last(child.Suffix)) child.Suffix = child.Suffix[..^1];
            }
            else
            {
                var sibling = kids[i + 1];
                if (!IsNumberBlob(child) && !childDecorations && IsPunctOrSpace(Last(child.Suffix)) && Last(child.Suffix) == First(sibling.Prefix))
                    sibling.Prefix = sibling.Prefix[1..];
            }
            if (!childIsNumber && !childDecorations && IsPunct(First(child.Suffix)) && child.IsLeaf)
                MergeChars(child, Field.Text, child, Field.Suffix);
            Downward(child);
        }
    }

    private void SwapToTheLeft(Blob child)
    {
        char c = First(child.Suffix);
        int guard = 0;
        if (child.IsLeaf)
        {
            while (SwapIn(c) && guard++ < 8)
            {
                MergeChars(child, Field.Text, child, Field.Suffix);
                c = First(child.Suffix);
            }
        }
        else if (child.Children!.Count > 0)
        {
            while (SwapIn(c) && guard++ < 8)
            {
                MergeChars(child.Children[^1], Field.Suffix, child, Field.Suffix);
                c = First(child.Suffix);
            }
        }
    }

    private void SwapToTheRight(Blob child)
    {
        int guard = 0;
        if (child.IsLeaf)
        {
            char c = Last(child.Text ?? "");
            while (SwapOut(c) && guard++ < 8)
            {
                MergeChars(child, Field.Text, child, Field.Suffix, true);
                c = Last(child.Text ?? "");
            }
        }
        else if (child.Children!.Count > 0)
        {
            char c = Last(child.Children[^1].Suffix);
            while (SwapOut(c) && guard++ < 8)
            {
                MergeChars(child.Children[^1], Field.Suffix, child, Field.Suffix, true);
                c = Last(child.Children[^1].Suffix);
            }
        }
    }

    private void Fix(Blob parent)
    {
        if (parent.IsLeaf || parent.Children!.Count == 0) return;
        foreach (var child in parent.Children)
        {
            if (child.Decor.Quotes != QuoteKind.None)
            {
                if (_punctuationInQuote) SwapToTheLeft(child);
                else SwapToTheRight(child);
            }
            Fix(child);
        }
    }
}
