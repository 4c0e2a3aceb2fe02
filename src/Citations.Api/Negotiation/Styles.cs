using Citations.Csl;

namespace Citations.Api.Negotiation;

/// <summary>
/// The CSL styles a request may name: the built-in ones (<c>styles/</c>, embedded), by exact id. A name from a
/// request is only ever compared with this list, never used to build a path.
/// </summary>
public static class Styles
{
    public const string Default = Formats.Csl.StyledDocument.DefaultStyle;

    static readonly Dictionary<string, string> Known = EmbeddedResources.StyleIds.ToDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> Ids => EmbeddedResources.StyleIds;

    /// <summary>The built-in style's id, or null when <paramref name="name"/> is not one.</summary>
    public static string? Find(string? name) => name is null ? null : Known.GetValueOrDefault(name.Trim());

    public static string KnownList => string.Join(", ", EmbeddedResources.StyleIds);
}
