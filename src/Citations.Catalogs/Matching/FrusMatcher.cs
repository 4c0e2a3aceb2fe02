using System.Globalization;
using System.Text.RegularExpressions;
using Citations.Catalogs.Resilience;
using Citations.Core.Model;
using Citations.Core.Resolution;

namespace Citations.Catalogs.Matching;

/// <summary>
/// FRUS is identified, not searched (catalogs.md §9): the volume id (from the parser, or built from
/// "Foreign Relations of the United States, 1943" and the volume number) must be in the Office of the
/// Historian's catalogue; a cited document number is confirmed with a HEAD on its URL. Unknown ids abstain.
/// </summary>
public static partial class FrusMatcher
{
    public const string PublicSite = "https://history.state.gov/historicaldocuments/";

    public static async Task<ResolutionOutcome> MatchAsync(CslItem item, ResolutionRun run, CancellationToken cancellationToken)
    {
        string? id = item.Custom?.Identifiers?.Frus ?? VolumeId(item);
        if (id is null) return new ResolutionOutcome(item, ResolutionStatus.Abstained, "frus: no volume id can be built from this reference");
        if (!run.Enabled(CatalogName.Frus)) return new ResolutionOutcome(item, ResolutionStatus.Unavailable, "frus: disabled");
        try
        {
            var volumes = await run.FrusVolumesAsync(cancellationToken).ConfigureAwait(false);
            if (!volumes.TryGetValue(id, out var volume))
                return new ResolutionOutcome(item, ResolutionStatus.Abstained, $"frus: {id} is not in the catalogue");

            string url = PublicSite + volume.Id;
            string? document = item.Type == CslType.Chapter && item.Number is { } n && DocumentNumber().Match(n) is { Success: true } m ? "d" + m.Groups[1].Value : null;
            if (document is not null && await run.Frus.DocumentExistsAsync(volume.Id, document, cancellationToken).ConfigureAwait(false))
                url += "/" + document;

            var found = new CslItem
            {
                Type = item.Type,
                ContainerTitle = item.Type == CslType.Chapter ? volume.Title : null,
                CollectionTitle = "Foreign Relations of the United States",
                Publisher = "Government Printing Office",
                PublisherPlace = "Washington",
                Issued = volume.Published is int y ? CslDate.Of(y) : null,
                Url = url,
                Custom = new ReferenceExtras { Identifiers = new Identifiers { Frus = document is null ? volume.Id : $"{volume.Id}/{document}" } },
            };
            var merged = ItemMerger.Merge(item, found, CatalogName.Frus, volume.Id, 1.0, run.Now);
            return new ResolutionOutcome(merged, ResolutionStatus.Resolved, $"frus: {volume.Id} \"{volume.Title}\"");
        }
        catch (CatalogUnavailableException e)
        {
            return new ResolutionOutcome(item, ResolutionStatus.Unavailable, $"unavailable frus: {e.Reason}");
        }
    }

    /// <summary>"Foreign Relations of the United States, 1961–1963" + volume "VI" (+ "pt. 2") → frus1961-63v06p2.</summary>
    public static string? VolumeId(CslItem item)
    {
        string text = $"{item.Title} {item.ContainerTitle}";
        var years = Years().Match(text);
        if (!years.Success || item.Volume is not { } volumeText) return null;
        string span = years.Groups[1].Value + (years.Groups[2].Success ? "-" + years.Groups[2].Value[^2..] : "");
        var vol = VolumeAndPart().Match(volumeText);
        if (!vol.Success || Number(vol.Groups[1].Value) is not int volume) return null;
        string part = vol.Groups[2].Success ? "p" + vol.Groups[2].Value : "";
        return $"frus{span}v{volume.ToString("00", CultureInfo.InvariantCulture)}{part}";
    }

    static int? Number(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) return n;
        int total = 0, previous = 0;
        foreach (char c in text.ToUpperInvariant().Reverse())
        {
            int v = c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => -1 };
            if (v < 0) return null;
            total += v < previous ? -v : v;
            previous = Math.Max(previous, v);
        }
        return total > 0 ? total : null;
    }

    [GeneratedRegex(@"\b(19[0-9]{2})(?:\s*[–-]\s*((?:19)?[0-9]{2}))?\b")]
    private static partial Regex Years();

    [GeneratedRegex(@"^\s*([0-9]+|[IVXL]+)\b(?:.*?\b(?:pt\.?|part)\s*([0-9]+))?", RegexOptions.IgnoreCase)]
    private static partial Regex VolumeAndPart();

    [GeneratedRegex(@"([0-9]+)")]
    private static partial Regex DocumentNumber();
}
