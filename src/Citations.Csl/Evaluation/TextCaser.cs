using System.Text;
using Citations.Csl.Output;
using Citations.Csl.Style;

namespace Citations.Csl.Evaluation;

/// <summary>
/// CSL text-case over rich text. Words inside nocase, small-caps, sup and sub markup are left
/// alone but still count as words. Title case follows citeproc-js: lowercase words longer than
/// one letter are capitalized unless they are stop words; the first word, words after ":", "!"
/// or "?" and a final stop word are capitalized too; words with capitals are never changed.
/// </summary>
public static partial class TextCaser
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "about","above","across","afore","after","against","al","along","alongside","amid","amidst","among","amongst","anenst","apropos","apud",
        "around","as","aside","astride","at","athwart","atop","barring","before","behind","below","beneath","beside","besides","between","beyond",
        "but","by","circa","despite","down","during","et","except","for","forenenst","from","given","in","inside","into","lest","like","modulo",
        "near","next","notwithstanding","of","off","on","onto","out","over","per","plus","pro","qua","sans","since","than","through","thru",
        "throughout","thruout","till","to","toward","towards","under","underneath","until","unto","up","upon","versus","vs.","v.","vs","v","via",
        "vis-à-vis","with","within","without","or","yet","so","and","nor","a","an","the","de","d'","von","van","c","ca",
    };

    public static bool IsStopWord(string lower) => StopWords.Contains(lower);

    /// <summary>Applies a text-case to plain text.</summary>
    public static string Apply(string s, TextCase tc)
    {
        if (tc == TextCase.None || s.Length == 0) return s;
        var leaf = Blob.Leaf(s);
        Apply(leaf, tc);
        return leaf.Text!;
    }

    private sealed class State
    {
        public bool IsFirst = true;
        public bool AfterPunct;
        public Blob? LastWordLeaf;
        public int LastWordStart, LastWordLength;
        public bool PrecededByHyphen;
    }

    public static void Apply(Blob root, TextCase tc)
    {
        if (tc == TextCase.None) return;
        var st = new State();
        Walk(root, tc, st, false);
        if (tc == TextCase.Title && st.LastWordLeaf is { } leaf)
        {
            var t = leaf.Text!;
            var w = t.Substring(st.LastWordStart, st.LastWordLength);
            if (w.Length > 1 && StopWords.Contains(w.ToLowerInvariant()))
                leaf.Text = t[..st.LastWordStart] + Capitalise(w) + t[(st.LastWordStart + st.LastWordLength)..];
        }
    }

    private static void Walk(Blob b, TextCase tc, State st, bool protectedScope)
    {
        bool prot = protectedScope || b.Decor.NoCase;
        if (b.Children is null)
        {
            if (b.Text is { Length: > 0 } t)
            {
                if (prot)
                {
                    if (t.Trim().Length > 0) { st.IsFirst = false; st.AfterPunct = false; st.LastWordLeaf = null; }
                }
                else if (b.NumberParts && tc == TextCase.CapitalizeFirst) b.Text = CapitalizeEachNumberPart(b, t, st);
                else b.Text = Transform(b, t, tc, st);
            }
            return;
        }
        foreach (var c in b.Children) Walk(c, tc, st, prot);
    }

    /// <summary>"A-13022-b" → "A-13022-B": citeproc-js splits number variables into parts and capitalizes each.</summary>
    private static string CapitalizeEachNumberPart(Blob leaf, string text, State st)
    {
        var parts = NumberSeparators().Split(text);
        for (int i = 0; i < parts.Length; i += 2)
            parts[i] = Transform(leaf, parts[i], TextCase.CapitalizeFirst, new State());
        st.IsFirst = false;
        st.AfterPunct = false;
        return string.Concat(parts);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(\s*(?:[-\u2013,&])\s*)")]
    private static partial System.Text.RegularExpressions.Regex NumberSeparators();

    private static bool IsTagChar(char c) => c is '-' or '\u2013' or '\u2014' or '/' or '.' or ',' or ';' or '?' or '!' or ':' or '[' or ']' or '(' or ')'
        or '"' or '\'' or '\u2018' or '\u2019' or '\u201C' or '\u201D';

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or (>= '\u2000' and <= '\u200B') or '\u205F' or '\u3000';

    private static string Transform(Blob leaf, string s, TextCase tc, State st)
    {
        switch (tc)
        {
            case TextCase.Uppercase:
                if (s.Trim().Length > 0) st.IsFirst = false;
                return s.ToUpperInvariant();
            case TextCase.Lowercase:
                if (s.Trim().Length > 0) st.IsFirst = false;
                return s.ToLowerInvariant();
        }
        var sb = new StringBuilder(s.Length);
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (IsTagChar(c))
            {
                sb.Append(c);
                if (c is '!' or '?' or ':') st.AfterPunct = true;
                i++;
                continue;
            }
            if (IsSpace(c)) { sb.Append(c); i++; continue; }
            int start = i;
            while (i < s.Length && !IsTagChar(s[i]) && !IsSpace(s[i])) i++;
            // Apostrophes inside words ("don't", "l’Égypte") belong to the word.
            while (i < s.Length && (s[i] == '\'' || s[i] == '\u2019') && i + 1 < s.Length && char.IsLetter(s[i + 1]) && i > start)
            {
                i++;
                while (i < s.Length && !IsTagChar(s[i]) && !IsSpace(s[i])) i++;
            }
            var word = s[start..i];
            char following = i < s.Length ? s[i] : '\0';
            st.PrecededByHyphen = start > 0 && s[start - 1] == '-';
            int outStart = sb.Length;
            sb.Append(CaseWord(word, tc, st, following));
            if (tc == TextCase.Title)
            {
                st.LastWordLeaf = leaf;
                st.LastWordStart = outStart;
                st.LastWordLength = word.Length;
            }
            st.IsFirst = false;
            st.AfterPunct = false;
        }
        var result = sb.ToString();
        return result;
    }

    private static string CaseWord(string word, TextCase tc, State st, char following)
    {
        var lower = word.ToLowerInvariant();
        switch (tc)
        {
            case TextCase.CapitalizeFirst:
                return st.IsFirst && word == lower ? Capitalise(word) : word;
            case TextCase.CapitalizeAll:
                return word == lower ? Capitalise(word) : word;
            case TextCase.Sentence:
                return st.IsFirst ? Capitalise(word) : lower;
            case TextCase.Title:
                bool cap = (word.Length > 1 && !StopWords.Contains(lower)) || st.IsFirst || st.AfterPunct || (following == '-' && !st.PrecededByHyphen);
                return cap && word == lower ? Capitalise(word) : word;
        }
        return word;
    }

    public static string Capitalise(string word)
    {
        if (word.Length == 0) return word;
        var c = word[0];
        if (c >= '\u0370' && c <= '\u03FF' && word.Length == 1) return word;
        if (char.IsHighSurrogate(c) && word.Length > 1) return char.ConvertFromUtf32(char.ConvertToUtf32(word[0], word[1])).ToUpperInvariant() + word[2..];
        return char.ToUpperInvariant(c) + word[1..];
    }
}
