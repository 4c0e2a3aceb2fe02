using Citations.Catalogs.Clients;
using Citations.Catalogs.Resilience;

namespace Citations.Catalogs.Matching;

/// <summary>
/// What the matchers share during one resolution run: the typed clients (fresh from the factory for the
/// run), the options, the clock, and answers fetched once per run (the FRUS volume list).
/// </summary>
public sealed class ResolutionRun(
    ICrossrefClient crossref, IOpenAlexClient openAlex, IOpenLibraryClient openLibrary,
    ILibraryOfCongressClient libraryOfCongress, INationalArchivesClient nationalArchives, IFrusClient frus,
    CatalogsOptions options, TimeProvider time)
{
    Task<IReadOnlyDictionary<string, FrusVolume>>? _frusVolumes;
    readonly Lock _gate = new();

    public ICrossrefClient Crossref { get; } = crossref;
    public IOpenAlexClient OpenAlex { get; } = openAlex;
    public IOpenLibraryClient OpenLibrary { get; } = openLibrary;
    public ILibraryOfCongressClient LibraryOfCongress { get; } = libraryOfCongress;
    public INationalArchivesClient NationalArchives { get; } = nationalArchives;
    public IFrusClient Frus { get; } = frus;
    public CatalogsOptions Options { get; } = options;
    public double Threshold => Options.AcceptThreshold;
    public DateTimeOffset Now => time.GetUtcNow();

    public bool Enabled(CatalogName catalog) => Options.For(catalog).Enabled;

    /// <summary>The FRUS catalogue, asked once per run however many FRUS references there are.</summary>
    public Task<IReadOnlyDictionary<string, FrusVolume>> FrusVolumesAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // A failed fetch is not kept: a later reference may find the catalog back.
            if (_frusVolumes is null || _frusVolumes.IsFaulted || _frusVolumes.IsCanceled)
                _frusVolumes = Frus.GetVolumesAsync(cancellationToken);
            return _frusVolumes;
        }
    }
}
