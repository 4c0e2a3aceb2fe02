using Citations.Core.Model;

namespace Citations.Storage.Merging;

/// <summary>The words a reference is found by: names, titles, container, archive, shelf-mark, year.</summary>
public static class SearchText
{
    public static string Of(CslItem item)
    {
        var parts = new List<string?>();
        foreach (var name in (item.Author ?? []).Concat(item.Editor ?? []).Concat(item.ContainerAuthor ?? []))
            parts.Add(name.Literal ?? $"{name.Given} {name.Family}".Trim());
        parts.Add(item.Title);
        parts.Add(item.TitleShort);
        parts.Add(item.ContainerTitle);
        parts.Add(item.CollectionTitle);
        parts.Add(item.Archive);
        parts.Add(item.Archival?.RepositoryCanonical);
        parts.Add(item.ArchiveCollection);
        parts.Add(item.ArchiveLocation);
        parts.Add(item.Publisher);
        parts.Add(item.Issued?.Year?.ToString());
        parts.Add(item.Custom?.TranslatedTitle);
        return string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    /// <summary>The archive a reference is filtered by: the canonical repository when known.</summary>
    public static string? Archive(CslItem item) => item.Archival?.RepositoryCanonical ?? item.Archive;
}
