namespace Citations.Core.Notes;

/// <summary>
/// A document split into lines (1-based in everything the user sees), with the few per-line
/// facts every note layout asks for computed once.
/// </summary>
public sealed class SourceText
{
    readonly string[] _lines;

    public SourceText(string text)
    {
        // Normalise line ends only; everything else stays as the author wrote it.
        _lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        if (_lines.Length > 0 && _lines[^1].Length == 0)
            Array.Resize(ref _lines, _lines.Length - 1);
    }

    public int Count => _lines.Length;

    /// <summary>The line with 1-based number <paramref name="lineNumber"/>.</summary>
    public string Line(int lineNumber) => _lines[lineNumber - 1];

    public IReadOnlyList<string> Lines => _lines;

    public bool IsBlank(int lineNumber) => string.IsNullOrWhiteSpace(_lines[lineNumber - 1]);
}
