using System.Collections.Concurrent;
using Citations.Core.Model;
using Citations.Csl;
using Citations.Csl.Data;
using Citations.Csl.Output;
using Citations.Formats.CslJson;

namespace Citations.Formats.Csl;

/// <summary>A note as a CSL style re-renders it: the citations of the note as one cluster, or the note's own
/// text when it cites nothing.</summary>
public sealed record StyledNote(int Number, string Text, bool Rendered);

/// <summary>
/// An extracted document rendered through our CSL processor with one of the built-in styles (or a style file):
/// every note as the style writes it — full at first mention, short afterwards, Ibid. where the style asks
/// for it — and the bibliography of every reference, ordered as the style sorts it.
/// </summary>
public sealed class StyledDocument
{
    public const string DefaultStyle = "chicago-notes-bibliography";

    /// <summary>Styles are parsed once per process: the Chicago notes style is 240 KB of XML.</summary>
    static readonly ConcurrentDictionary<string, CslProcessor> Processors = new(StringComparer.Ordinal);

    readonly CslProcessor processor;
    readonly OutputFormat format;

    StyledDocument(CslProcessor processor, OutputFormat format)
    {
        this.processor = processor;
        this.format = format;
    }

    /// <summary>A renderer for a built-in style id; throws <see cref="ArgumentException"/> naming the known ids.</summary>
    public static StyledDocument ForStyle(string styleId = DefaultStyle, OutputFormat? format = null)
    {
        var processor = Processors.GetOrAdd(styleId, id =>
            CslProcessor.FromXml(
                EmbeddedResources.GetStyle(id)
                ?? throw new ArgumentException($"unknown style \"{id}\"; known: {string.Join(", ", EmbeddedResources.StyleIds)}", nameof(styleId)),
                EmbeddedResources.Locales));
        return new StyledDocument(processor, format ?? OutputFormat.Text);
    }

    /// <summary>A renderer for a style given as XML (a user's own .csl file); throws <see cref="CslException"/> when unusable.</summary>
    public static StyledDocument ForStyleXml(string styleXml, OutputFormat? format = null) =>
        new(CslProcessor.FromXml(styleXml, EmbeddedResources.Locales), format ?? OutputFormat.Text);

    /// <summary>The style's processor (shared, thread-safe), for callers that render their own clusters.</summary>
    public CslProcessor Processor => processor;

    public bool HasBibliography => processor.Style.Bibliography is not null;

    /// <summary>Every note in document order. Positions are the processor's, computed from the note sequence as
    /// a word processor's citation plugin would, so that the style alone decides between full, short and Ibid.</summary>
    public IReadOnlyList<StyledNote> Notes(ExtractionResult document, out IReadOnlyList<string> warnings)
    {
        var input = NoteClusters.From(document);
        var result = processor.Render(input.References, input.Clusters, new RenderOptions { Format = format, ComputePositions = true });
        warnings = result.Warnings;
        return document.Notes.Select((note, i) => input.ClusterOfNote.TryGetValue(i, out int c)
            ? new StyledNote(note.Number, result.Clusters[c], true)
            : new StyledNote(note.Number, note.Text, false)).ToList();
    }

    /// <summary>The bibliography entries of the given references, in the style's order.</summary>
    public IReadOnlyList<string> Bibliography(IReadOnlyList<CslItem> items, out IReadOnlyList<string> warnings)
    {
        if (!HasBibliography) throw new InvalidOperationException("this style has no bibliography");
        var references = NoteClusters.ToCsl(items);
        var result = processor.Render(references, [], new RenderOptions
        {
            Format = format,
            Bibliography = true,
            BibliographyIds = references.Select(r => r.Id).ToList(),
        });
        warnings = result.Warnings;
        return result.BibliographyEntries.Select(e => format == OutputFormat.Text ? e.Trim() : e).ToList();
    }
}

/// <summary>
/// A document as a citation plugin hands it to a CSL processor: the references read from our CSL-JSON, and one
/// cluster per note that cites something, numbered as the note, its citations in the author's order.
/// </summary>
public sealed record NoteClusters(IReadOnlyList<Reference> References, IReadOnlyList<ClusterInput> Clusters, IReadOnlyDictionary<int, int> ClusterOfNote)
{
    public static NoteClusters From(ExtractionResult document)
    {
        var references = ToCsl(document.References);
        var known = references.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var clusters = new List<ClusterInput>();
        var clusterOfNote = new Dictionary<int, int>();
        for (int i = 0; i < document.Notes.Count; i++)
        {
            var note = document.Notes[i];
            var cites = note.Citations.Where(c => known.Contains(c.Item.Id)).Select((c, k) => Cite(c, k == 0)).ToList();
            if (cites.Count == 0) continue;
            clusterOfNote[i] = clusters.Count;
            // "See A; B" is an argument, not a sorted list.
            clusters.Add(new ClusterInput { NoteIndex = note.Number, Cites = cites, Unsorted = true });
        }
        return new NoteClusters(references, clusters, clusterOfNote);
    }

    /// <summary>The references as a reference manager would hand them over: our CSL-JSON, read by the processor.</summary>
    internal static List<Reference> ToCsl(IReadOnlyList<CslItem> items)
    {
        var json = new StringWriter();
        new CslJsonWriter().Write(ForStyles(items), json);
        return CslJsonReader.ReadItems(json.ToString());
    }

    /// <summary>The items as a style should see them. A record group declared on its own is both the title and the
    /// collection of its item; printed twice it would read "Records of the OSS, RG 226, Records of the OSS".</summary>
    public static IEnumerable<CslItem> ForStyles(IEnumerable<CslItem> items) =>
        items.Select(i => i.ArchiveCollection is not null && i.ArchiveCollection == i.Title ? i with { ArchiveCollection = null } : i);

    static CiteInput Cite(Citation citation, bool first)
    {
        var (locator, label) = Locator(citation);
        return new CiteInput { Id = citation.Item.Id, Locator = locator, Label = label, Prefix = Prefix(citation, first) };
    }

    /// <summary>CSL knows page, folio, volume…; frames and document numbers have no term, so they travel with
    /// their word in front and the style prints them as they are.</summary>
    static (string? Locator, string? Label) Locator(Citation citation) => citation switch
    {
        { Locator: null or "" } => (null, null),
        { Label: "frame" } => (FrameWord(citation.Locator) + " " + citation.Locator, null),
        { Label: "document" } => ("doc. " + citation.Locator, null),
        { Label: { } label } when CslLocatorTerms.Contains(label) => (citation.Locator, label),
        _ => (citation.Locator, null),
    };

    static string FrameWord(string locator) => locator.IndexOfAny(['-', '–', ',']) >= 0 ? "frames" : "frame";

    static readonly HashSet<string> CslLocatorTerms = new(StringComparer.Ordinal)
    {
        "act", "appendix", "article-locator", "book", "canon", "chapter", "column", "elocation", "equation", "figure",
        "folio", "issue", "line", "note", "opus", "page", "paragraph", "part", "rule", "scene", "section", "sub-verbo",
        "supplement", "table", "timestamp", "title-locator", "verse", "version", "volume",
    };

    /// <summary>Signal words and the untitled part cited inside a work ("Stalin to Molotov, 4 Dec. 1945, in"),
    /// as Chicago writes them before the reference.</summary>
    static string? Prefix(Citation citation, bool first)
    {
        var parts = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(citation.Prefix))
        {
            string signal = citation.Prefix.Trim();
            // "See, for example, Minuth": an introductory phrase is set off by a comma (CMOS 6.25).
            if (signal.EndsWith("for example", StringComparison.OrdinalIgnoreCase) || signal.EndsWith("e.g.", StringComparison.Ordinal))
                signal += ",";
            // After a semicolon a signal goes on in lower case: "…, 109; see also Ciechanowski".
            if (!first) signal = char.ToLowerInvariant(signal[0]) + signal[1..];
            parts.Add(signal);
        }
        if (!string.IsNullOrWhiteSpace(citation.Part)) parts.Add(citation.Part.Trim().TrimEnd(',') + ", in");
        return parts.Count == 0 ? null : string.Join(" ", parts) + " ";
    }
}
