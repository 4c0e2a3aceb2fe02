using Citations.Core.Model;

namespace Citations.Formats.Items;

/// <summary>Format-neutral facts about archival items: what counts as one, and how its shelf-mark reads.</summary>
public static class Archival
{
    /// <summary>An item kept in an archive: it names a repository, a collection or a shelf-mark.</summary>
    public static bool IsArchival(CslItem item) =>
        item.Archive is not null || item.ArchiveLocation is not null || item.ArchiveCollection is not null
        || item.Archival is { IsEmpty: false };

    /// <summary>
    /// The repository as the author cited it ("TsKhSD", "Kennedy Library"), else its canonical name:
    /// a reader checks the citation against the source, so the cited name comes first.
    /// </summary>
    public static string? Repository(CslItem item) => item.Archive ?? item.Archival?.RepositoryCanonical;

    /// <summary>
    /// The whole shelf-mark as one readable string: <c>archive_location</c>, which the contract
    /// keeps readable, else one composed from the parts ("f. 5, op. 49, d. 17", "RG 226, box 3").
    /// </summary>
    public static string? ShelfMark(CslItem item)
    {
        if (!string.IsNullOrWhiteSpace(item.ArchiveLocation)) return item.ArchiveLocation;
        if (item.Archival is not { IsEmpty: false } p) return null;
        var parts = new List<string>();
        void Add(string? label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) parts.Add(label is null ? value : $"{label} {value}");
        }
        Add("f.", p.Fond); Add("op.", p.Opis); Add("p.", p.Papka); Add("d.", p.Delo); Add("t.", p.Tom);
        Add("RG", p.RecordGroup); Add("entry", p.Entry); Add(null, p.DecimalFile); Add(null, p.File); Add("lot", p.Lot);
        Add(null, p.Series is not null && p.Piece is not null ? $"{p.Series}/{p.Piece}" : p.Series ?? p.Piece);
        Add(null, p.FileNumber);
        Add(null, p.Microfilm); Add("roll", p.Roll); Add("frames", p.Frames);
        Add(null, p.SeriesTitle); Add("box", p.Box); Add("folder", p.Folder);
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>
    /// The collection, unless the shelf-mark already starts with it
    /// ("Presidential Correspondence: Lot 77 D 163") or it is the title: a reader should see it once.
    /// </summary>
    public static string? CollectionNotInShelfMark(CslItem item)
    {
        string? collection = item.ArchiveCollection ?? item.Archival?.Collection;
        if (string.IsNullOrWhiteSpace(collection)) return null;
        // An archival collection cited as a whole has the collection for its title.
        if (string.Equals(collection, item.Title, StringComparison.OrdinalIgnoreCase)) return null;
        string? shelfMark = ShelfMark(item);
        return shelfMark is not null && shelfMark.StartsWith(collection, StringComparison.OrdinalIgnoreCase) ? null : collection;
    }

    /// <summary>
    /// Where the item is, most specific first, as Chicago orders it (CMOS 14.222):
    /// "f. 5, op. 49, d. 17, TsKhSD"; "RG 226, R &amp; A Branch, 66834 R, Records of the Office of
    /// Strategic Services, National Archives, Washington".
    /// </summary>
    public static string? Location(CslItem item)
    {
        var parts = new[] { ShelfMark(item), CollectionNotInShelfMark(item), Repository(item), item.ArchivePlace }
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
