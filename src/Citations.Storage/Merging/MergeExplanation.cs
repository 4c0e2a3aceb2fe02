using Citations.Core.BackReferences;
using Citations.Core.Model;

namespace Citations.Storage.Merging;

/// <summary>How one field of two items compares.</summary>
public enum FieldAgreement { Same, Different, OnlyFirst, OnlySecond }

/// <summary>One field compared, with both values as text.</summary>
public sealed record FieldComparison(string Field, FieldAgreement Agreement, string? First, string? Second);

/// <summary>
/// Why a document's reference was merged into a library reference: each field both have, compared as
/// the identity compares them (titles and names without case, diacritics or punctuation).
/// </summary>
public static class MergeExplanation
{
    public static IReadOnlyList<FieldComparison> Compare(CslItem first, CslItem second)
    {
        var fields = new List<FieldComparison>();
        void Add(string field, string? a, string? b, bool normalize = true)
        {
            if (a is null && b is null) return;
            var agreement = a is null ? FieldAgreement.OnlySecond
                : b is null ? FieldAgreement.OnlyFirst
                : (normalize ? TextKey.Of(a) == TextKey.Of(b) : a == b) ? FieldAgreement.Same : FieldAgreement.Different;
            fields.Add(new FieldComparison(field, agreement, a, b));
        }
        Add("type", first.Type, second.Type, normalize: false);
        Add("author", Names(first.Author), Names(second.Author));
        Add("editor", Names(first.Editor), Names(second.Editor));
        Add("title", first.Title, second.Title);
        Add("container-title", first.ContainerTitle, second.ContainerTitle);
        Add("volume", first.Volume, second.Volume);
        Add("issued", first.Issued?.ToString(), second.Issued?.ToString(), normalize: false);
        Add("publisher", first.Publisher, second.Publisher);
        Add("publisher-place", first.PublisherPlace, second.PublisherPlace);
        Add("number", first.Number, second.Number);
        Add("archive", first.Archive ?? first.Archival?.RepositoryCanonical, second.Archive ?? second.Archival?.RepositoryCanonical);
        Add("archive_collection", first.ArchiveCollection, second.ArchiveCollection);
        Add("archive_location", first.ArchiveLocation, second.ArchiveLocation);
        return fields;
    }

    /// <summary>The fields that matched, for a one-line explanation: "title, container-title, volume".</summary>
    public static IReadOnlyList<string> Matched(CslItem first, CslItem second) =>
        Compare(first, second).Where(f => f.Agreement == FieldAgreement.Same).Select(f => f.Field).ToList();

    static string? Names(IReadOnlyList<CslName>? names) =>
        names is null or { Count: 0 } ? null : string.Join("; ", names.Select(n => n.Family ?? n.Literal));
}
