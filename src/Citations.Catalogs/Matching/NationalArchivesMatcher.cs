using System.Globalization;
using Citations.Catalogs.Resilience;
using Citations.Core.Model;
using Citations.Core.Resolution;

namespace Citations.Catalogs.Matching;

/// <summary>
/// UK files (catalogs.md §7): Discovery is asked for the cited reference within its series, and only a
/// record whose reference is the same (case and spacing aside) is accepted. A document dated outside the
/// file's covering dates is flagged, not rejected: files are often cited by the date of a paper in them.
/// </summary>
public static class NationalArchivesMatcher
{
    public const string DetailsUrl = "https://discovery.nationalarchives.gov.uk/details/r/";

    public static async Task<ResolutionOutcome> MatchAsync(CslItem item, ResolutionRun run, CancellationToken cancellationToken)
    {
        var archival = item.Archival!;
        string series = Squash(archival.Series!);
        string reference = archival.Piece is { Length: > 0 } piece ? $"{series}/{piece.Trim()}" : series;
        if (!run.Enabled(CatalogName.NationalArchivesUK)) return new ResolutionOutcome(item, ResolutionStatus.Unavailable, "tna: disabled");
        try
        {
            var search = await run.NationalArchives.SearchRecordsAsync(reference, series, 10, cancellationToken).ConfigureAwait(false);
            var record = search.Records.FirstOrDefault(r => r.Reference is { } cited && Key(cited) == Key(reference));
            if (record?.Id is null)
                return new ResolutionOutcome(item, ResolutionStatus.Abstained, $"tna: no record with reference {reference} among {search.Records.Count}");

            var found = new CslItem
            {
                Url = DetailsUrl + record.Id,
                Custom = new ReferenceExtras { Identifiers = new Identifiers { Tna = record.Id } },
            };
            var merged = ItemMerger.Merge(item, found, CatalogName.NationalArchivesUK, record.Id, 1.0, run.Now);
            if (OutsideCoveringDates(item.Issued, record.NumStartDate, record.NumEndDate))
                merged = merged with
                {
                    Custom = merged.Custom! with { Flags = [.. merged.Custom!.Flags ?? [], $"dated outside the file's covering dates ({record.CoveringDates})"] },
                };
            return new ResolutionOutcome(merged, ResolutionStatus.Resolved, $"tna: {record.Reference} {record.Id} \"{record.Title}\"");
        }
        catch (CatalogUnavailableException e)
        {
            return new ResolutionOutcome(item, ResolutionStatus.Unavailable, $"unavailable tna: {e.Reason}");
        }
    }

    static bool OutsideCoveringDates(CslDate? date, int? start, int? end)
    {
        if (date?.Year is not int year || start is null || end is null) return false;
        int from = year * 10000 + (date.Month ?? 1) * 100 + (date.Day ?? 1);
        int to = year * 10000 + (date.Month ?? 12) * 100 + (date.Day ?? 31);
        return to < start || from > end;
    }

    /// <summary>"FO371" and "FO  371" → "FO 371".</summary>
    static string Squash(string series)
    {
        string s = series.Trim();
        int digit = s.IndexOfAny("0123456789".ToCharArray());
        return digit > 0 ? $"{s[..digit].Trim()} {s[digit..].Trim()}" : s;
    }

    static string Key(string reference) =>
        new(reference.ToUpper(CultureInfo.InvariantCulture).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
