using System.Text.RegularExpressions;
using System.Xml.Linq;
using Citations.Catalogs.Resilience;

namespace Citations.Catalogs.Clients;

/// <summary>
/// FRUS at the Office of the Historian (https://history.state.gov). Its one documented machine interface is
/// the OPDS (Atom) catalogue of volumes; documents are identified by URL and checked with <c>HEAD</c>.
/// </summary>
public interface IFrusClient
{
    /// <summary><c>GET /api/v1/catalog/all</c>: one Atom entry per volume.</summary>
    Task<IReadOnlyDictionary<string, FrusVolume>> GetVolumesAsync(CancellationToken cancellationToken = default);

    /// <summary><c>HEAD /historicaldocuments/{volume}/{element}</c>: does this document exist?</summary>
    Task<bool> DocumentExistsAsync(string volumeId, string elementId, CancellationToken cancellationToken = default);
}

/// <summary>A FRUS volume from the catalogue: its id (<c>frus1943v03</c>), full title and year of publication.</summary>
public sealed record FrusVolume(string Id, string Title, int? Published);

public sealed partial class FrusClient(CatalogChannel channel) : IFrusClient
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    static readonly XNamespace Dc = "http://purl.org/dc/terms/";

    public async Task<IReadOnlyDictionary<string, FrusVolume>> GetVolumesAsync(CancellationToken cancellationToken = default)
    {
        var response = await channel.SendAsync(new CatalogRequest("api/v1/catalog/all", ExpectedBody.Xml), cancellationToken).ConfigureAwait(false);
        var volumes = new Dictionary<string, FrusVolume>(StringComparer.OrdinalIgnoreCase);
        if (response.IsNotFound) return volumes;
        foreach (var entry in XDocument.Parse(response.Body).Descendants(Atom + "entry"))
        {
            string? id = VolumeId(entry);
            if (id is null) continue;
            string title = (string?)entry.Element(Atom + "title") ?? id;
            string? issued = (string?)entry.Element(Dc + "issued");
            int? year = issued is { Length: >= 4 } && int.TryParse(issued[..4], out int y) ? y : null;
            volumes[id] = new FrusVolume(id, title.Trim(), year);
        }
        return volumes;
    }

    public async Task<bool> DocumentExistsAsync(string volumeId, string elementId, CancellationToken cancellationToken = default)
    {
        var response = await channel.SendAsync(new CatalogRequest(
            $"historicaldocuments/{CatalogJson.Q(volumeId)}/{CatalogJson.Q(elementId)}", ExpectedBody.None, Head: true), cancellationToken).ConfigureAwait(false);
        return response.IsSuccess;
    }

    /// <summary>The volume id from the entry's id URL or, failing that, from an acquisition link's file name.</summary>
    static string? VolumeId(XElement entry)
    {
        foreach (string? candidate in new[] { (string?)entry.Element(Atom + "id") }
                     .Concat(entry.Elements(Atom + "link").Select(l => (string?)l.Attribute("href"))))
        {
            if (candidate is null) continue;
            var m = VolumeIdPattern().Match(candidate);
            if (m.Success) return m.Value;
        }
        return null;
    }

    [GeneratedRegex(@"frus[0-9]{4}[A-Za-z0-9-]*?(?=[./]|$)")]
    private static partial Regex VolumeIdPattern();
}
