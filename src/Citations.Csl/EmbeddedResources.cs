using System.Reflection;
using Citations.Csl.Locale;

namespace Citations.Csl;

/// <summary>The styles of styles/ and the locales of styles/locales, embedded in this assembly.</summary>
public static class EmbeddedResources
{
    private static readonly Assembly Asm = typeof(EmbeddedResources).Assembly;

    public static IReadOnlyList<string> StyleIds { get; } = Asm.GetManifestResourceNames()
        .Where(n => n.StartsWith("csl/styles/", StringComparison.Ordinal))
        .Select(n => n["csl/styles/".Length..^".csl".Length]).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>The XML of an embedded style by id (file name without .csl), or null.</summary>
    public static string? GetStyle(string id)
    {
        if (id.EndsWith(".csl", StringComparison.Ordinal)) id = id[..^4];
        return Read($"csl/styles/{id}.csl");
    }

    public static ILocaleProvider Locales { get; } = new EmbeddedLocaleProvider();

    private static string? Read(string name)
    {
        using var s = Asm.GetManifestResourceStream(name);
        if (s is null) return null;
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    private sealed class EmbeddedLocaleProvider : ILocaleProvider
    {
        public string? GetLocaleXml(string lang) => lang.IndexOfAny(['/', '\\']) >= 0 ? null : Read($"csl/locales/locales-{lang}.xml");
    }
}
