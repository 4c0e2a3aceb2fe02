namespace Citations.Csl.Output;

/// <summary>
/// One node of the formatted-output tree: either a leaf holding raw (unescaped) text or a
/// branch holding children joined by <see cref="Delimiter"/>. Affixes sit outside the
/// decorations. The punctuation pass (<see cref="PunctuationAdjuster"/>) edits affixes and leaf
/// text in place before the tree is serialized by an <see cref="OutputFormat"/>.
/// </summary>
public sealed class Blob
{
    public string Prefix = "";
    public string Suffix = "";
    public string Delimiter = "";
    public Decor Decor;
    /// <summary>Leaf text (raw); null for a branch.</summary>
    public string? Text;
    public List<Blob>? Children;
    /// <summary>A number rendered by cs:number or a citation number: punctuation never migrates into it.</summary>
    public bool IsNumber;
    /// <summary>Text that is already formatted for the output (e.g. a rendered sub-citation); not escaped again.</summary>
    public bool IsRawOutput;
    /// <summary>Marks the blob of one rendered name (subsequent-author-substitute works per name).</summary>
    public bool IsName;
    /// <summary>Quotes parsed from straight quotation marks in a field value.</summary>
    public bool StraightQuote;
    /// <summary>Text of a locale term (notes capitalize a leading term such as "ibid.").</summary>
    public bool FromTerm;
    /// <summary>A number variable's text: citeproc-js cases each part between "-", "," and "&amp;" on its own.</summary>
    public bool NumberParts;

    public Blob() { }

    public static Blob Leaf(string text) => new() { Text = text };

    public static Blob Branch(List<Blob> children) => new() { Children = children };

    public bool IsLeaf => Children is null;

    /// <summary>Plain text of the subtree without markup, affixes included (used for sorting and comparisons).</summary>
    public string ToPlainText()
    {
        var sb = new System.Text.StringBuilder();
        AppendPlain(sb);
        return sb.ToString();
    }

    private void AppendPlain(System.Text.StringBuilder sb)
    {
        sb.Append(Prefix);
        if (Children is null) sb.Append(Text);
        else
        {
            bool first = true;
            foreach (var c in Children)
            {
                if (!first) sb.Append(Delimiter);
                first = false;
                c.AppendPlain(sb);
            }
        }
        sb.Append(Suffix);
    }

    public Blob DeepClone()
    {
        var b = (Blob)MemberwiseClone();
        if (Children is not null)
        {
            b.Children = new List<Blob>(Children.Count);
            foreach (var c in Children) b.Children.Add(c.DeepClone());
        }
        return b;
    }

    /// <summary>Last character of the content (ignoring this node's own suffix).</summary>
    public char LastContentChar()
    {
        if (Children is null) return Text is { Length: > 0 } ? Text[^1] : '\0';
        for (int i = Children.Count - 1; i >= 0; i--)
        {
            var c = Children[i];
            if (c.Suffix.Length > 0) return c.Suffix[^1];
            var ch = c.LastContentChar();
            if (ch != '\0') return ch;
            if (c.Prefix.Length > 0) return c.Prefix[^1];
        }
        return '\0';
    }
}
