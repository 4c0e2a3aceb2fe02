namespace Citations.Csl.Output;

public enum FontStyle : byte { None, Italic, Oblique, Normal }
public enum FontVariant : byte { None, SmallCaps, Normal }
public enum FontWeight : byte { None, Bold, Normal, Light }
public enum TextDecoration : byte { None, Underline, NoneExplicit }
public enum VerticalAlign : byte { None, Sup, Sub, Baseline }
public enum QuoteKind : byte { None, Outer, Inner }
public enum Display : byte { None, Block, LeftMargin, RightInline, Indent }

/// <summary>
/// The visual decorations of one output node. A small value type so that style elements can
/// carry a pre-computed copy and nodes can be decorated without allocation.
/// </summary>
public struct Decor
{
    public FontStyle FontStyle;
    public FontVariant FontVariant;
    public FontWeight FontWeight;
    public TextDecoration TextDecoration;
    public VerticalAlign VerticalAlign;
    public QuoteKind Quotes;
    public Display Display;
    /// <summary>Decorations that came from markup inside a field value flip against their context (italic in italic → roman).</summary>
    public bool FromMarkup;
    /// <summary>Markup <c>&lt;span class="nocase"&gt;</c>: text-case leaves the content alone.</summary>
    public bool NoCase;

    public readonly bool HasFormatting =>
        FontStyle != FontStyle.None || FontVariant != FontVariant.None || FontWeight != FontWeight.None
        || TextDecoration != TextDecoration.None || VerticalAlign != VerticalAlign.None;

    /// <summary>True when the node carries anything that wraps its text (formatting or quotes); display excluded.</summary>
    public readonly bool HasDecorations => HasFormatting || Quotes != QuoteKind.None;

    public readonly bool IsEmpty => !HasDecorations && Display == Display.None && !NoCase;
}
