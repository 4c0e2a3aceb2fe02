using Citations.Core.Model;

namespace Citations.Core.Grammar.Archives;

/// <summary>An archival shelf-mark found in a citation, with the span of text it covers.</summary>
public sealed record ShelfMark
{
    public required Span Span { get; init; }
    /// <summary>The repository as cited ("TsKhSD", "Kennedy Library"); null when the text names none ("Ibid, Delo 82").</summary>
    public string? Archive { get; init; }
    public string? ArchivePlace { get; init; }
    public string? Collection { get; init; }
    public ArchivalParts Parts { get; init; } = ArchivalParts.Empty;
    public string? Locator { get; init; }
    public string? Label { get; init; }
    public IReadOnlyList<string> Repairs { get; init; } = [];
    /// <summary>The office that filed the document ("R & A Branch"), shown in the location.</summary>
    public string? Unit { get; init; }
    /// <summary>What follows the parts in the readable location: "1978, 233B" in the Declassified Documents Reference System.</summary>
    public string? LocationSuffix { get; init; }
    /// <summary>The shelf-mark says "ibid." for the repository and collection of the previous citation.</summary>
    public bool InheritsByIbid { get; init; }
    /// <summary>The abbreviation the citation declares for its archive: "(hereafter APRF)".</summary>
    public string? DeclaredAbbreviation { get; init; }
    /// <summary>How many hierarchy levels the text gives: a lone "Delo 82" is weaker evidence than "fond 5, opis 49, delo 17".</summary>
    public int Levels { get; init; }
}

/// <summary>Shelf-mark parts combined: the later wins where it states a part.</summary>
public static class ArchivalPartsExtensions
{
    public static ArchivalParts Overlay(this ArchivalParts under, ArchivalParts over) => new()
    {
        RepositoryCanonical = over.RepositoryCanonical ?? under.RepositoryCanonical,
        Fond = over.Fond ?? under.Fond,
        Opis = over.Opis ?? under.Opis,
        Papka = over.Papka ?? under.Papka,
        Delo = over.Delo ?? under.Delo,
        Tom = over.Tom ?? under.Tom,
        RecordGroup = over.RecordGroup ?? under.RecordGroup,
        Entry = over.Entry ?? under.Entry,
        DecimalFile = over.DecimalFile ?? under.DecimalFile,
        File = over.File ?? under.File,
        Series = over.Series ?? under.Series,
        Piece = over.Piece ?? under.Piece,
        FileNumber = over.FileNumber ?? under.FileNumber,
        Microfilm = over.Microfilm ?? under.Microfilm,
        Roll = over.Roll ?? under.Roll,
        Frames = over.Frames ?? under.Frames,
        Box = over.Box ?? under.Box,
        Folder = over.Folder ?? under.Folder,
        Lot = over.Lot ?? under.Lot,
        Collection = over.Collection ?? under.Collection,
        SeriesTitle = over.SeriesTitle ?? under.SeriesTitle,
    };

    /// <summary>The readable shelf-mark for <c>archive_location</c>: "f. 5, op. 49, d. 17", "FO 371/36956", "RG 59, 740.00119 EW/1530".</summary>
    public static string? Describe(this ArchivalParts p)
    {
        var parts = new List<string>();
        if (p.Fond is not null) parts.Add($"f. {p.Fond}");
        if (p.Opis is not null) parts.Add($"op. {p.Opis}");
        if (p.Papka is not null) parts.Add($"p. {p.Papka}");
        if (p.Delo is not null) parts.Add($"d. {p.Delo}");
        if (p.Tom is not null) parts.Add($"t. {p.Tom}");
        if (p.RecordGroup is not null) parts.Add($"RG {p.RecordGroup}");
        if (p.Entry is not null) parts.Add($"entry {p.Entry}");
        if (p.Lot is not null) parts.Add(p.Collection is null ? $"Lot {p.Lot}" : $"{p.Collection}: Lot {p.Lot}");
        if (p.DecimalFile is not null) parts.Add(p.DecimalFile);
        if (p.File is not null) parts.Add(p.File);
        if (p.Series is not null) parts.Add(p.Piece is null ? p.Series : $"{p.Series}/{p.Piece}");
        if (p.FileNumber is not null) parts.Add(p.FileNumber);
        if (p.Microfilm is not null) parts.Add(p.Microfilm);
        if (p.Roll is not null) parts.Add($"roll {p.Roll}");
        if (p.Frames is not null) parts.Add((p.Frames.Contains('-') ? "frames " : "frame ") + p.Frames);
        if (p.Box is not null) parts.Add($"box {p.Box}");
        if (p.Collection is not null && p.Lot is null) parts.Insert(0, p.Collection);
        if (p.SeriesTitle is not null) parts.Add(p.SeriesTitle);
        if (p.Folder is not null) parts.Add(p.Folder);
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
