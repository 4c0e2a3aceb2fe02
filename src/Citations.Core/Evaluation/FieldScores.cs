using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Evaluation;

/// <summary>True positives, false positives and false negatives of one field.</summary>
public sealed class FieldCount
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public int Support => TruePositives + FalseNegatives;

    public void Add(FieldCount other)
    {
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
    }
}

/// <summary>
/// The fields a citation is scored on, in three groups: the bibliographic fields, the archival
/// shelf-mark parts, and the back-reference fields.
/// </summary>
public static class ScoredFields
{
    public static readonly string[] Bibliographic =
    [
        "type", "author", "editor", "translator", "recipient", "title", "container-title", "collection-title", "volume", "volume-title",
        "issue", "number", "edition", "publisher", "publisher-place", "issued", "original-date", "event-title", "event-place",
        "archive", "archive_collection", "archive-place", "genre", "translated_title", "part", "locator", "label",
    ];

    public static readonly string[] Archival =
    [
        "archival.repository_canonical", "archival.fond", "archival.opis", "archival.papka", "archival.delo", "archival.tom", "archival.folios",
        "archival.record_group", "archival.entry", "archival.decimal_file", "archival.file", "archival.series", "archival.piece",
        "archival.file_number", "archival.microfilm", "archival.roll", "archival.frames", "archival.box", "archival.folder", "archival.lot",
        "archival.collection", "archival.series_title",
    ];

    public static readonly string[] BackReferences = ["position", "refers_to"];

    /// <summary>A citation flattened to field → normalised value (absent fields left out).</summary>
    public static Dictionary<string, string> Flatten(CslItem item, string? locator, string? label, string? position, string? refersTo, string? part)
    {
        var f = new Dictionary<string, string>(StringComparer.Ordinal);
        void Put(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) f[key] = Normalize(value);
        }
        static string Names(IReadOnlyList<CslName>? names) =>
            names is null ? "" : string.Join("; ", names.Select(n => n.Literal ?? n.Family ?? ""));
        Put("type", item.Type);
        Put("author", Names(item.Author));
        Put("editor", Names(item.Editor));
        Put("translator", Names(item.Translator));
        Put("recipient", Names(item.Recipient));
        Put("title", item.Title);
        Put("container-title", item.ContainerTitle);
        Put("collection-title", item.CollectionTitle);
        Put("volume", item.Volume);
        Put("volume-title", item.VolumeTitle);
        Put("issue", item.Issue);
        Put("number", item.Number);
        Put("edition", item.Edition);
        Put("publisher", item.Publisher);
        Put("publisher-place", item.PublisherPlace);
        Put("issued", item.Issued?.ToString());
        Put("original-date", item.OriginalDate?.ToString());
        Put("event-title", item.EventTitle);
        Put("event-place", item.EventPlace);
        Put("archive", item.Archive);
        Put("archive_collection", item.ArchiveCollection);
        Put("archive-place", item.ArchivePlace);
        Put("genre", item.Genre);
        Put("translated_title", item.Custom?.TranslatedTitle);
        Put("part", part);
        Put("locator", locator);
        Put("label", locator is null ? null : label);
        var a = item.Archival;
        if (a is not null)
        {
            Put("archival.repository_canonical", a.RepositoryCanonical);
            Put("archival.fond", a.Fond); Put("archival.opis", a.Opis); Put("archival.papka", a.Papka); Put("archival.delo", a.Delo);
            Put("archival.tom", a.Tom); Put("archival.record_group", a.RecordGroup); Put("archival.entry", a.Entry);
            Put("archival.decimal_file", a.DecimalFile); Put("archival.file", a.File); Put("archival.series", a.Series);
            Put("archival.piece", a.Piece); Put("archival.file_number", a.FileNumber); Put("archival.microfilm", a.Microfilm);
            Put("archival.roll", a.Roll); Put("archival.frames", a.Frames); Put("archival.box", a.Box); Put("archival.folder", a.Folder);
            Put("archival.lot", a.Lot); Put("archival.collection", a.Collection); Put("archival.series_title", a.SeriesTitle);
        }
        if (label == "folio") Put("archival.folios", locator);
        Put("position", position);
        Put("refers_to", refersTo);
        return f;
    }

    /// <summary>Comparison ignores case, runs of spaces, dash forms and the punctuation that ends a field.</summary>
    public static string Normalize(string value)
    {
        string v = value.Replace('–', '-').Replace('—', '-').Replace('’', '\'').Replace('“', '"').Replace('”', '"');
        v = Grammar.Clean.Spaces(v).Trim().TrimEnd(Punctuation.FieldEnd).Trim();
        return v.ToLowerInvariant();
    }
}
