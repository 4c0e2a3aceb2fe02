namespace Citations.Formats.Items;

static class SafeIdentifier
{
    /// <summary>DOIs, ISBNs and URLs are kept as written, only made safe inside a braced field (braces and spaces percent-encoded).</summary>
    public static string? Of(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Replace("{", "%7B").Replace("}", "%7D").Replace(" ", "%20");
}
