using Citations.Core.Model;

namespace Citations.Core.BackReferences;

/// <summary>
/// What makes two items the same reference: for published works the kind, the title and the
/// volume (and the issue date for periodicals); for archival documents the repository, the
/// shelf-mark and the document's description and date.
/// </summary>
public static class ReferenceIdentity
{
    public static bool IsArchival(CslItem item) =>
        item.Archive is not null || item.Archival is not null && !item.Archival.IsEmpty
        || item.Type is CslType.Manuscript or CslType.PersonalCommunication or CslType.Collection;

    public static string Key(CslItem item)
    {
        if (IsArchival(item))
        {
            var p = item.Archival ?? ArchivalParts.Empty;
            string repository = p.RepositoryCanonical ?? item.Archive ?? "";
            string shelf = string.Join("/", p.Fond, p.Opis, p.Papka, p.Delo, p.Tom, p.RecordGroup, p.Entry, p.DecimalFile, p.File,
                p.Series, p.Piece, p.FileNumber, p.Microfilm, p.Roll, p.Frames, p.Box, p.Folder, p.Lot, p.Collection);
            return $"arch|{item.Type}|{TextKey.Of(repository)}|{TextKey.Of(item.ArchiveCollection)}|{shelf}|{TextKey.Of(item.Title)}|{item.Issued}";
        }
        string kind = item.Type switch
        {
            CslType.ArticleJournal or CslType.ArticleMagazine or CslType.ArticleNewspaper => "article",
            _ => item.Type,
        };
        string title = TextKey.Of(item.Title);
        string container = TextKey.Of(item.ContainerTitle);
        string date = item.Type is CslType.ArticleNewspaper or CslType.ArticleMagazine && title.Length == 0 ? item.Issued?.ToString() ?? "" : "";
        string who = TextKey.Of(item.Author?.FirstOrDefault()?.Family);
        if (title.Length == 0 && container.Length == 0)
            return $"{kind}|{who}|{TextKey.Of(item.Number)}|{item.Issued}";
        return $"{kind}|{title}|{container}|{TextKey.Of(item.Volume)}|{date}";
    }
}
