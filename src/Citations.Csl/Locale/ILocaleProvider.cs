using System.Collections.Concurrent;

namespace Citations.Csl.Locale;

/// <summary>Where locale files come from. The engine does no I/O of its own: callers hand it a provider.</summary>
public interface ILocaleProvider
{
    /// <summary>The XML of locales-{lang}.xml, or null when there is none.</summary>
    string? GetLocaleXml(string lang);
}

/// <summary>Reads locales-xx-XX.xml files from a folder (e.g. styles/locales).</summary>
public sealed class FolderLocaleProvider(string folder) : ILocaleProvider
{
    public string? GetLocaleXml(string lang)
    {
        if (lang.IndexOfAny(['/', '\\', '.']) >= 0) return null;
        var path = Path.Combine(folder, $"locales-{lang}.xml");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}

/// <summary>Locales held in memory (tests, embedded resources).</summary>
public sealed class DictionaryLocaleProvider(IReadOnlyDictionary<string, string> xmlByLang) : ILocaleProvider
{
    public string? GetLocaleXml(string lang) => xmlByLang.TryGetValue(lang, out var x) ? x : null;
}

/// <summary>Parses each locale file once and keeps it; safe to share between processors and threads.</summary>
public sealed class LocaleCache(ILocaleProvider provider)
{
    private readonly ConcurrentDictionary<string, LocaleData?> _parsed = new(StringComparer.OrdinalIgnoreCase);

    public ILocaleProvider Provider => provider;

    public LocaleData? Get(string lang) => _parsed.GetOrAdd(lang, l =>
    {
        var xml = provider.GetLocaleXml(l);
        if (xml is null) return null;
        try { return LocaleParser.Parse(xml); }
        catch (Style.CslException) { return null; }
    });

    /// <summary>Primary dialects for bare language codes (CSL locales.json "primary-dialects").</summary>
    private static readonly Dictionary<string, string> PrimaryDialects = new(StringComparer.OrdinalIgnoreCase)
    {
        ["af"] = "af-ZA", ["ar"] = "ar", ["bg"] = "bg-BG", ["ca"] = "ca-AD", ["cs"] = "cs-CZ", ["cy"] = "cy-GB",
        ["da"] = "da-DK", ["de"] = "de-DE", ["el"] = "el-GR", ["en"] = "en-US", ["es"] = "es-ES", ["et"] = "et-EE",
        ["eu"] = "eu", ["fa"] = "fa-IR", ["fi"] = "fi-FI", ["fr"] = "fr-FR", ["he"] = "he-IL", ["hr"] = "hr-HR",
        ["hu"] = "hu-HU", ["id"] = "id-ID", ["is"] = "is-IS", ["it"] = "it-IT", ["ja"] = "ja-JP", ["km"] = "km-KH",
        ["ko"] = "ko-KR", ["la"] = "la", ["lt"] = "lt-LT", ["lv"] = "lv-LV", ["mn"] = "mn-MN", ["nb"] = "nb-NO",
        ["nl"] = "nl-NL", ["nn"] = "nn-NO", ["pl"] = "pl-PL", ["pt"] = "pt-PT", ["ro"] = "ro-RO", ["ru"] = "ru-RU",
        ["sk"] = "sk-SK", ["sl"] = "sl-SI", ["sr"] = "sr-RS", ["sv"] = "sv-SE", ["th"] = "th-TH", ["tr"] = "tr-TR",
        ["uk"] = "uk-UA", ["vi"] = "vi-VN", ["zh"] = "zh-CN",
    };

    /// <summary>The locale file for a language with dialect fallback (de → de-DE), or null.</summary>
    public LocaleData? Resolve(string lang, out string resolvedLang)
    {
        resolvedLang = lang;
        var d = Get(lang);
        if (d is not null) return d;
        var baseLang = lang.Split('-')[0];
        if (PrimaryDialects.TryGetValue(baseLang, out var primary))
        {
            d = Get(primary);
            if (d is not null) { resolvedLang = primary; return d; }
        }
        return null;
    }
}
