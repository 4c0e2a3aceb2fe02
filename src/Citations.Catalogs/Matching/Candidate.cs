using Citations.Core.Model;

namespace Citations.Catalogs.Matching;

/// <summary>What kind of publication a reference or a catalog record is; a type mismatch is a hard gate
/// (a footnote citing a book must not match that book's review).</summary>
public enum WorkKind { Book, Article, Chapter, Review, Other }

/// <summary>
/// One catalog record as the matcher sees it: the record mapped to CSL-JSON, every year the record
/// knows (a work's editions), its kind and its id in the catalog.
/// </summary>
public sealed record Candidate
{
    public required CatalogName Catalog { get; init; }
    public required string RecordId { get; init; }
    public required CslItem Item { get; init; }
    public required WorkKind Kind { get; init; }
    public IReadOnlyList<int> Years { get; init; } = [];
    /// <summary>How many editions the record folds together (Open Library works); 1 for a single edition or article.</summary>
    public int EditionCount { get; init; } = 1;

    public override string ToString() =>
        $"{Catalog.Key()}:{RecordId} \"{Item.Title}\" {Item.Author?.FirstOrDefault()?.Family ?? Item.Author?.FirstOrDefault()?.Literal} {string.Join('/', Years)}";
}
