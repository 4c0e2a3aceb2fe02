using Citations.Core.Model;

namespace Citations.Catalogs.Matching;

/// <summary>
/// Russian archives have no public catalog API (catalogs.md §11): their files are not resolved, but the
/// repository a footnote names under a Soviet-era or variant name gets its current canonical name.
/// </summary>
public static class RussianArchives
{
    static readonly Dictionary<string, string> Canonical = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TsKhSD"] = "RGANI", ["RGANI"] = "RGANI",
        ["RTsKhIDNI"] = "RGASPI", ["RGASPI"] = "RGASPI", ["TsPA"] = "RGASPI", ["Central Party Archive"] = "RGASPI",
        ["TsGAOR"] = "GARF", ["GARF"] = "GARF",
        ["AVP SSSR"] = "AVP RF", ["AVP RF"] = "AVP RF", ["AVPR"] = "AVP RF",
        ["APRF"] = "APRF", ["Presidential Archive"] = "APRF",
        ["TsAMO"] = "TsAMO RF", ["TsAMO RF"] = "TsAMO RF",
        ["TsGANKh"] = "RGAE", ["RGAE"] = "RGAE",
        ["TsGASA"] = "RGVA", ["RGVA"] = "RGVA",
    };

    public static bool IsRussian(string? archive) => archive is not null && Canonical.ContainsKey(archive.Trim());

    /// <summary>The item with <c>custom.archival.repository_canonical</c> filled when it was missing.</summary>
    public static CslItem Normalize(CslItem item)
    {
        if (item.Archive is not { } archive || !Canonical.TryGetValue(archive.Trim(), out string? canonical)) return item;
        var archival = item.Archival ?? ArchivalParts.Empty;
        if (archival.RepositoryCanonical is not null) return item;
        return item with { Custom = (item.Custom ?? new ReferenceExtras()) with { Archival = archival with { RepositoryCanonical = canonical } } };
    }
}
