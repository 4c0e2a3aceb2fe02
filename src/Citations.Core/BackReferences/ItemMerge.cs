using Citations.Core.Model;

namespace Citations.Core.BackReferences;

/// <summary>Combines what two citations of one reference say: the first one's values stand, the second fills gaps.</summary>
public static class ItemMerge
{
    public static CslItem FillFrom(this CslItem a, CslItem b) => a with
    {
        Author = a.Author ?? b.Author,
        Editor = a.Editor ?? b.Editor,
        Translator = a.Translator ?? b.Translator,
        Recipient = a.Recipient ?? b.Recipient,
        Interviewer = a.Interviewer ?? b.Interviewer,
        ContainerAuthor = a.ContainerAuthor ?? b.ContainerAuthor,
        Title = a.Title ?? b.Title,
        TitleShort = a.TitleShort ?? b.TitleShort,
        ContainerTitle = a.ContainerTitle ?? b.ContainerTitle,
        CollectionTitle = a.CollectionTitle ?? b.CollectionTitle,
        CollectionNumber = a.CollectionNumber ?? b.CollectionNumber,
        Volume = a.Volume ?? b.Volume,
        VolumeTitle = a.VolumeTitle ?? b.VolumeTitle,
        Issue = a.Issue ?? b.Issue,
        Edition = a.Edition ?? b.Edition,
        Publisher = a.Publisher ?? b.Publisher,
        PublisherPlace = a.PublisherPlace ?? b.PublisherPlace,
        EventTitle = a.EventTitle ?? b.EventTitle,
        EventPlace = a.EventPlace ?? b.EventPlace,
        Issued = a.Issued ?? b.Issued,
        OriginalDate = a.OriginalDate ?? b.OriginalDate,
        Archive = a.Archive ?? b.Archive,
        ArchiveCollection = a.ArchiveCollection ?? b.ArchiveCollection,
        ArchiveLocation = a.ArchiveLocation ?? b.ArchiveLocation,
        ArchivePlace = a.ArchivePlace ?? b.ArchivePlace,
        Genre = a.Genre ?? b.Genre,
        Number = a.Number ?? b.Number,
        Note = a.Note ?? b.Note,
        Custom = MergeCustom(a.Custom, b.Custom),
    };

    static ReferenceExtras? MergeCustom(ReferenceExtras? a, ReferenceExtras? b)
    {
        if (a is null) return b;
        if (b is null) return a;
        return a with
        {
            Archival = a.Archival ?? b.Archival,
            TranslatedTitle = a.TranslatedTitle ?? b.TranslatedTitle,
            Identifiers = a.Identifiers ?? b.Identifiers,
            Repairs = Union(a.Repairs, b.Repairs),
            Flags = Union(a.Flags, b.Flags),
        };
    }

    static IReadOnlyList<string>? Union(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
        a is null ? b : b is null ? a : a.Concat(b).Distinct().ToList();
}
