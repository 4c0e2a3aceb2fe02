using System.Collections.Frozen;

namespace Citations.Formats.BibLatex;

/// <summary>CSL <c>language</c> (a BCP 47 tag, or a language's English name) as a biblatex <c>langid</c> (a babel/polyglossia language).</summary>
static class LangIds
{
    static readonly FrozenDictionary<string, string> ByTag = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "english", ["en-US"] = "american", ["en-GB"] = "british", ["de"] = "german", ["ru"] = "russian",
        ["uk"] = "ukrainian", ["pl"] = "polish", ["cs"] = "czech", ["sk"] = "slovak", ["fr"] = "french",
        ["it"] = "italian", ["es"] = "spanish", ["pt"] = "portuguese", ["nl"] = "dutch", ["sv"] = "swedish",
        ["da"] = "danish", ["nb"] = "norsk", ["no"] = "norsk", ["nn"] = "nynorsk", ["fi"] = "finnish",
        ["hu"] = "magyar", ["ro"] = "romanian", ["bg"] = "bulgarian", ["sr"] = "serbian", ["hr"] = "croatian",
        ["sl"] = "slovene", ["el"] = "greek", ["la"] = "latin", ["lt"] = "lithuanian", ["lv"] = "latvian",
        ["et"] = "estonian", ["tr"] = "turkish", ["he"] = "hebrew", ["ca"] = "catalan", ["is"] = "icelandic",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    static readonly FrozenSet<string> Names = ByTag.Values.Append("hungarian").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string? For(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        string tag = language.Trim().Replace('_', '-');
        if (ByTag.TryGetValue(tag, out string? langid)) return langid;
        int dash = tag.IndexOf('-');
        if (dash > 0 && ByTag.TryGetValue(tag[..dash], out langid)) return langid;
        if (tag.Equals("hungarian", StringComparison.OrdinalIgnoreCase)) return "magyar";
        return Names.Contains(tag) ? tag.ToLowerInvariant() : null;
    }
}
