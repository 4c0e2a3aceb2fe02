using Citations.Core.Model;

namespace Citations.Core.Grammar;

/// <summary>
/// What the notes of one document have taught the grammar so far: the abbreviations declared with
/// "hereafter", and whether the author told us that "11." stands for "ll.". Notes of a document are
/// parsed in order, each with the context the earlier ones built.
/// </summary>
public sealed class DocumentContext
{
    readonly Dictionary<string, CslItem> _abbreviations = new(StringComparer.Ordinal);
    readonly Dictionary<string, CitationRef> _declaredAt = new(StringComparer.Ordinal);

    /// <summary>Abbreviations every historian uses without declaring them.</summary>
    static readonly Dictionary<string, CslItem> Standard = new(StringComparer.Ordinal)
    {
        ["FRUS"] = new CslItem { Type = CslType.Book, Title = "Foreign Relations of the United States" },
        ["DBFP"] = new CslItem { Type = CslType.Book, Title = "Documents on British Foreign Policy" },
        ["DGFP"] = new CslItem { Type = CslType.Book, Title = "Documents on German Foreign Policy" },
    };

    /// <summary>The author declared the OCR form of "ll." ("hereafter abbreviated as "11."").</summary>
    public bool FolioAbbreviationDeclared { get; set; }

    /// <summary><see cref="Works"/> as last computed; every segment of every note asks for it, declarations are rare.</summary>
    (string Abbreviation, CslItem Work)[]? _works;

    public void Declare(string abbreviation, CslItem target, CitationRef? at = null)
    {
        string key = Key(abbreviation);
        _abbreviations[key] = target;
        _works = null;
        if (at is { } where) _declaredAt[key] = where;
    }

    /// <summary>The citation that declared an abbreviation ("… (hereafter *SAO*)").</summary>
    public CitationRef? DeclaredAt(string abbreviation) => _declaredAt.TryGetValue(Key(abbreviation), out var at) ? at : null;

    /// <summary>The declared abbreviations that stand for works (not archives), longest first.</summary>
    public IReadOnlyList<(string Abbreviation, CslItem Work)> Works => _works ??=
        [.. _abbreviations.Where(kv => kv.Value.Title is not null && kv.Value.Archive is null && kv.Value.Type != CslType.Collection)
            .OrderByDescending(kv => kv.Key.Length).Select(kv => (kv.Key, kv.Value))];

    static string Key(string abbreviation) => abbreviation.Trim().Trim('*').Trim();

    public CslItem? Lookup(string abbreviation)
    {
        string key = Key(abbreviation);
        return _abbreviations.TryGetValue(key, out var item) || Standard.TryGetValue(key, out item) ? item : null;
    }

    /// <summary>Declared abbreviations that stand for archival collections ("OSS", "G-2", "DS", "AA", "FO").</summary>
    public IEnumerable<(string Abbreviation, CslItem Target)> ArchivalAbbreviations =>
        _abbreviations.Where(kv => kv.Value.Archive is not null || kv.Value.Type == CslType.Collection).Select(kv => (kv.Key, kv.Value));
}
