using System.Text.RegularExpressions;
using Citations.Core.Model;

namespace Citations.Catalogs.Matching;

/// <summary>Which matcher a reference goes to (catalogs.md §13).</summary>
public enum Route { Book, Article, Chapter, Frus, UkArchive, RussianArchive, None }

public static partial class ReferenceRoute
{
    public static Route Of(CslItem item)
    {
        if (item.Custom?.Identifiers?.Frus is not null || MentionsFrus(item.Title) || MentionsFrus(item.ContainerTitle)) return Route.Frus;
        var archival = item.Archival;
        if (archival?.Series is { } series && UkSeries().IsMatch(series)) return Route.UkArchive;
        if (archival is { Fond: not null } or { Opis: not null } or { Delo: not null } || RussianArchives.IsRussian(item.Archive)) return Route.RussianArchive;
        if (string.IsNullOrWhiteSpace(item.Title) || item.Custom?.ShortFormOnly == true) return Route.None;
        return item.Type switch
        {
            CslType.Book => Route.Book,
            CslType.ArticleJournal or CslType.ArticleMagazine => Route.Article,
            CslType.Chapter => Route.Chapter,
            _ => Route.None,
        };
    }

    public static WorkKind Kind(Route route) => route switch
    {
        Route.Book => WorkKind.Book,
        Route.Article => WorkKind.Article,
        Route.Chapter => WorkKind.Chapter,
        _ => WorkKind.Other,
    };

    static bool MentionsFrus(string? text) =>
        text is not null && text.Contains("Foreign Relations of the United States", StringComparison.OrdinalIgnoreCase);

    /// <summary>A TNA department letter code and series number: <c>FO 371</c>, <c>CAB 66</c>, <c>PREM 3</c>.</summary>
    [GeneratedRegex(@"^[A-Z]{1,5}\s?\d{1,4}$")]
    private static partial Regex UkSeries();
}
