namespace Citations.Catalogs;

/// <summary>The catalogs this project asks, by the names used in configuration (<c>Catalogs:&lt;Name&gt;:…</c>)
/// and in <c>custom.resolution.catalog</c>.</summary>
public enum CatalogName
{
    Crossref,
    OpenAlex,
    OpenLibrary,
    LibraryOfCongress,
    NationalArchivesUK,
    Frus,
}

public static class CatalogNames
{
    public static readonly IReadOnlyList<CatalogName> All = Enum.GetValues<CatalogName>();

    /// <summary>The lower-case name written into <c>custom.resolution.catalog</c>.</summary>
    public static string Key(this CatalogName name) => name switch
    {
        CatalogName.Crossref => "crossref",
        CatalogName.OpenAlex => "openalex",
        CatalogName.OpenLibrary => "openlibrary",
        CatalogName.LibraryOfCongress => "loc",
        CatalogName.NationalArchivesUK => "tna",
        CatalogName.Frus => "frus",
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
