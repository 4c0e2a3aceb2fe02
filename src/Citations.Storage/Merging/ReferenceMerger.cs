using Citations.Core.BackReferences;
using Citations.Core.Model;

namespace Citations.Storage.Merging;

/// <summary>
/// Cross-document merging, on the same notion of identity the parser uses inside one document
/// (<see cref="ReferenceIdentity"/>) and the same way of combining two views of a work (<see cref="ItemMerge"/>).
/// </summary>
public static class ReferenceMerger
{
    /// <summary>The key under which citations of one work from different documents meet.</summary>
    public static string IdentityKey(CslItem item) => ReferenceIdentity.Key(item);

    /// <summary>
    /// The library's item for a reference: its documents' views combined in a fixed order (oldest document
    /// first), so that the result does not depend on which worker parsed what first. The id is the cite key.
    /// </summary>
    public static CslItem Combine(IEnumerable<CslItem> membersInOrder, string citeKey)
    {
        CslItem? merged = null;
        foreach (var item in membersInOrder)
            merged = merged is null ? item : merged.FillFrom(item);
        if (merged is null) throw new ArgumentException("a reference has at least one member", nameof(membersInOrder));
        return WithKey(merged, citeKey);
    }

    /// <summary>A catalog's record stands over what the documents say; the documents fill what it lacks.</summary>
    public static CslItem Overlay(CslItem? resolved, CslItem merged) =>
        resolved is null ? merged : WithKey(resolved.FillFrom(merged), merged.Id);

    public static CslItem WithKey(CslItem item, string citeKey) =>
        item with { Id = citeKey, Custom = (item.Custom ?? new ReferenceExtras()) with { CiteKey = citeKey } };
}
