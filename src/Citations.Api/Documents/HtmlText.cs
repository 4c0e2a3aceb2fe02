using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Citations.Api.Documents;

/// <summary>
/// An HTML document as the text the note finder reads: blocks as paragraphs, italics as <c>*…*</c> (titles are
/// italic), and linked footnotes — pandoc's and Markdown processors' <c>fn</c>/<c>fnref</c>, Word's
/// <c>_ftn</c>/<c>_edn</c>, Wikipedia's <c>cite_note</c>, any numbered link to a list item or paragraph — as
/// Markdown footnotes (<c>[^12]</c> in the body, <c>[^12]: text</c> after it). Pages without linked notes keep
/// numbered lists as <c>1. …</c> lines and superscript numbers attached to their word, the layouts of printed
/// endnotes. The HTML5 parser does not run scripts, fetch anything or expand entity declarations.
/// </summary>
public static partial class HtmlText
{
    static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    [GeneratedRegex(@"^\W*(\d{1,4})\W*$")]
    private static partial Regex NumberMarker();

    [GeneratedRegex(@"^\s*[\[(]?\d{1,4}[\])]?\.?\s+")]
    private static partial Regex LeadingMarker();

    static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "aside", "header", "footer", "main", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "figure", "figcaption", "hr", "address", "details", "summary",
    };

    static readonly string[] Removed = ["script", "style", "noscript", "template", "head", "iframe", "object", "svg", "math"];

    public static string ToText(string html)
    {
        using var document = Parser.ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(string.Join(", ", Removed)).ToList()) element.Remove();
        var notes = LinkedNotes.Find(document);
        var body = new TextWriterState();
        Write(document.Body ?? (INode)document.DocumentElement, body, notes);
        var text = new StringBuilder(body.ToString().Trim());
        if (notes.Definitions.Count > 0)
        {
            text.Append("\n\n");
            foreach (var (container, number) in notes.Definitions)
            {
                var note = new TextWriterState();
                Write(container, note, notes, inDefinition: true);
                string noteText = LeadingMarker().Replace(Regex.Replace(note.ToString(), @"\s+", " ").Trim(), "", 1);
                text.Append("[^").Append(number).Append("]: ").Append(noteText).Append('\n');
            }
        }
        return text.ToString().TrimEnd() + "\n";
    }

    static void Write(INode node, TextWriterState output, LinkedNotes notes, bool inDefinition = false)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    output.Append(text.Data);
                    break;
                case IElement element:
                    WriteElement(element, output, notes, inDefinition);
                    break;
            }
        }
    }

    static void WriteElement(IElement element, TextWriterState output, LinkedNotes notes, bool inDefinition)
    {
        if (!inDefinition && notes.IsDefinition(element)) return;
        if (notes.References.TryGetValue(element, out int number))
        {
            output.Glue("[^" + number + "]");
            return;
        }
        if (inDefinition && element is IHtmlAnchorElement back && notes.IsBackLink(back)) return;
        string tag = element.LocalName;
        switch (tag)
        {
            case "br":
                output.LineBreak();
                return;
            case "em" or "i" or "cite" when element.TextContent.Trim().Length > 0:
                output.Open("*");
                Write(element, output, notes, inDefinition);
                output.Close("*");
                return;
            case "sup" when notes.References.Count == 0 && NumberMarker().Match(element.TextContent) is { Success: true } marker:
                // A printed note marker: attached to its word, as the endnote layouts read it.
                output.Glue(marker.Groups[1].Value);
                return;
            case "ol" or "ul":
                output.Paragraph();
                int item = element is IHtmlOrderedListElement ordered ? ordered.Start : 0;
                foreach (var child in element.ChildNodes)
                {
                    if (child is IElement { LocalName: "li" } li && (inDefinition || !notes.IsDefinition(li)))
                    {
                        output.Paragraph();
                        output.Append(tag == "ol" ? $"{item++}. " : "- ");
                        Write(li, output, notes, inDefinition);
                        output.Paragraph();
                    }
                    else if (child is IElement other) WriteElement(other, output, notes, inDefinition);
                    else if (child is IText text) output.Append(text.Data);
                }
                output.Paragraph();
                return;
            case "td" or "th":
                output.Append(" ");
                Write(element, output, notes, inDefinition);
                output.Append(" ");
                return;
        }
        bool block = Blocks.Contains(tag);
        if (block) output.Paragraph();
        Write(element, output, notes, inDefinition);
        if (block) output.Paragraph();
    }

    /// <summary>The footnotes of a page: each numbered link to a note, and the note it points at.</summary>
    sealed class LinkedNotes
    {
        public Dictionary<IElement, int> References { get; } = [];
        public List<(IElement Container, int Number)> Definitions { get; } = [];
        readonly HashSet<IElement> _containers = [];
        readonly Dictionary<string, IElement> _targets = new(StringComparer.Ordinal);

        public bool IsDefinition(IElement element) => _containers.Contains(element);

        /// <summary>A link inside a note that goes back to the body (↩, ^, Word's "[1]").</summary>
        public bool IsBackLink(IHtmlAnchorElement anchor) => Target(anchor) is { } target && !InsideNote(target);

        bool InsideNote(IElement element)
        {
            for (var e = element; e is not null; e = e.ParentElement)
                if (_containers.Contains(e)) return true;
            return false;
        }

        IElement? Target(IElement anchor)
        {
            string href = anchor.GetAttribute("href") ?? "";
            return href.Length > 1 && href[0] == '#' ? _targets.GetValueOrDefault(Uri.UnescapeDataString(href[1..])) : null;
        }

        public static LinkedNotes Find(IDocument document)
        {
            var notes = new LinkedNotes();
            foreach (var element in document.All)
            {
                if (element.Id is { Length: > 0 } id) notes._targets.TryAdd(id, element);
                if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name) notes._targets.TryAdd(name, element);
            }
            foreach (var anchor in document.QuerySelectorAll("a[href^='#']"))
            {
                // A link from inside a note is its way back to the body.
                if (notes.InsideNote(anchor)) continue;
                if (notes.Target(anchor) is not { } target) continue;
                if (NumberMarker().Match(anchor.TextContent) is not { Success: true } marker) continue;
                var container = Container(target);
                if (container is null || container.Contains(anchor) || anchor.Contains(container)) continue;
                int number = int.Parse(marker.Groups[1].Value);
                // The marker is the link, or the superscript around it.
                var reference = anchor.ParentElement is { LocalName: "sup" } sup && sup.TextContent.Trim() == anchor.TextContent.Trim() ? sup : anchor;
                notes.References[reference] = number;
                if (notes._containers.Add(container)) notes.Definitions.Add((container, number));
            }
            return notes;
        }

        /// <summary>The note a link points at: its list item, else the block that holds the target.</summary>
        static IElement? Container(IElement target)
        {
            for (var e = target; e is not null; e = e.ParentElement)
                if (e.LocalName == "li") return e;
            for (var e = target; e is not null; e = e.ParentElement)
                if (e.LocalName is "p" or "div" or "dd" or "aside" or "section") return e;
            return null;
        }
    }

    /// <summary>Text with HTML's white-space collapsing and paragraph breaks.</summary>
    sealed class TextWriterState
    {
        readonly StringBuilder _text = new();
        bool _pendingSpace, _afterOpening;

        public void Append(string text)
        {
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (!_afterOpening) _pendingSpace = true;
                    continue;
                }
                Flush();
                _text.Append(c);
                _afterOpening = false;
            }
        }

        /// <summary>Text that attaches to what precedes it (a note marker), after any pending space.</summary>
        public void Glue(string text)
        {
            Flush();
            _text.Append(text);
        }

        /// <summary>An opening mark (<c>*</c>): white space just inside it is dropped.</summary>
        public void Open(string mark)
        {
            Glue(mark);
            _afterOpening = true;
        }

        /// <summary>A closing mark: white space just inside it moves outside.</summary>
        public void Close(string mark)
        {
            bool space = _pendingSpace;
            _pendingSpace = false;
            _afterOpening = false;
            _text.Append(mark);
            _pendingSpace = space;
        }

        void Flush()
        {
            if (_pendingSpace && _text.Length > 0 && _text[^1] != '\n') _text.Append(' ');
            _pendingSpace = false;
        }

        public void LineBreak()
        {
            _pendingSpace = false;
            _text.Append('\n');
        }

        public void Paragraph()
        {
            _pendingSpace = false;
            while (_text.Length > 0 && _text[^1] == ' ') _text.Length--;
            if (_text.Length == 0 || _text[^1] == '\n' && _text.Length > 1 && _text[^2] == '\n') return;
            _text.Append(_text[^1] == '\n' ? "\n" : "\n\n");
        }

        public override string ToString() => _text.ToString();
    }
}
