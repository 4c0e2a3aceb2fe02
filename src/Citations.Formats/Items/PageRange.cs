namespace Citations.Formats.Items;

/// <summary>A page field split into first and last page when it is one simple range ("38-45", "38–45").</summary>
public readonly record struct PageRange(string First, string? Last)
{
    static readonly char[] Dashes = ['-', '–', '—', '‐', '‑'];

    public static PageRange? Parse(string? page)
    {
        if (string.IsNullOrWhiteSpace(page)) return null;
        string text = page.Trim();
        // Several ranges ("10, 12, 15", "3-5, 9") are kept whole: no format has two page ranges.
        if (text.Contains(',') || text.Contains(';')) return new PageRange(text, null);
        int dash = text.IndexOfAny(Dashes);
        if (dash <= 0) return new PageRange(text, null);
        int end = dash;
        while (end < text.Length && Array.IndexOf(Dashes, text[end]) >= 0) end++;
        string first = text[..dash].Trim(), last = text[end..].Trim();
        return last.Length == 0 || last.IndexOfAny(Dashes) >= 0 ? new PageRange(text, null) : new PageRange(first, last);
    }

    /// <summary>
    /// The page field with every dash between numbers made an en dash ("38-45" → "38–45",
    /// "10-12, 15" → "10–12, 15"), which the LaTeX writers then print as <c>--</c>.
    /// </summary>
    public static string WithEnDashes(string page)
    {
        var sb = new System.Text.StringBuilder(page.Length + 2);
        for (int i = 0; i < page.Length; i++)
        {
            if (Array.IndexOf(Dashes, page[i]) < 0) { sb.Append(page[i]); continue; }
            while (i + 1 < page.Length && Array.IndexOf(Dashes, page[i + 1]) >= 0) i++;
            sb.Append('–');
        }
        return sb.ToString();
    }
}
