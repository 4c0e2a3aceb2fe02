using Citations.Catalogs.Clients;
using Citations.Catalogs.Resilience;
using Citations.Core.Model;
using Citations.Core.Resolution;

namespace Citations.Catalogs.Matching;

/// <summary>
/// Books, articles and chapters: exact look-ups by identifier first (DOI, ISBN), then a search in each
/// catalog of the route in turn, stopping at the first accepted candidate. Books ask Open Library, then
/// the Library of Congress, and OpenAlex only when one of those could not answer; articles and chapters
/// ask Crossref, then OpenAlex. At most two catalogs that answered are asked per reference.
/// </summary>
public static class PublicationMatcher
{
    const int Rows = 5;

    public static async Task<ResolutionOutcome> MatchAsync(CslItem item, Route route, ResolutionRun run, CancellationToken cancellationToken)
    {
        var kind = ReferenceRoute.Kind(route);
        var notes = new List<string>();
        var unavailable = new List<string>();
        int answered = 0;

        foreach (var step in Steps(item, route))
        {
            if (answered >= 2) break;
            if (step.FallbackOnly && unavailable.Count == 0) continue;
            if (!run.Enabled(step.Catalog)) { unavailable.Add($"{step.Catalog.Key()}: disabled"); continue; }
            try
            {
                var candidates = await step.Fetch(run, cancellationToken).ConfigureAwait(false);
                if (!step.IsLookup) answered++;
                var selection = CandidateSelector.Select(item, kind, candidates, run.Threshold);
                if (selection.Accepted is { } accepted)
                {
                    var found = await EditionAsync(item, accepted, run, cancellationToken).ConfigureAwait(false);
                    var merged = ItemMerger.Merge(item, found, accepted.Catalog, accepted.RecordId, selection.BestScore, run.Now);
                    return new ResolutionOutcome(merged, ResolutionStatus.Resolved, $"{step.Catalog.Key()}: {selection.Reason}");
                }
                notes.Add($"{step.Catalog.Key()}: {selection.Reason}");
            }
            catch (CatalogUnavailableException e)
            {
                unavailable.Add($"{e.Catalog.Key()}: {e.Reason}");
            }
        }

        string detail = string.Join("; ", notes.Concat(unavailable.Select(u => "unavailable " + u)));
        return unavailable.Count > 0
            ? new ResolutionOutcome(item, ResolutionStatus.Unavailable, detail)
            : new ResolutionOutcome(item, ResolutionStatus.Abstained, detail.Length > 0 ? detail : "no catalog asked");
    }

    sealed record Step(CatalogName Catalog, Func<ResolutionRun, CancellationToken, Task<IReadOnlyList<Candidate>>> Fetch, bool IsLookup = false, bool FallbackOnly = false);

    static IEnumerable<Step> Steps(CslItem item, Route route)
    {
        string title = item.Title!;
        string mainTitle = TextKey.MainTitle(title).Trim();
        string? family = FirstFamily(item);
        int? year = item.Issued?.Year;

        if (route == Route.Book)
        {
            if (Isbn.Normalize(item.Isbn) is { } isbn)
                yield return new Step(CatalogName.OpenLibrary, async (run, ct) =>
                    await run.OpenLibrary.GetByIsbnAsync(isbn, ct).ConfigureAwait(false) is { } edition ? [FromIsbnEdition(edition, isbn)] : [], IsLookup: true);
            yield return new Step(CatalogName.OpenLibrary, async (run, ct) =>
                (await run.OpenLibrary.SearchAsync(mainTitle, family, Rows, ct).ConfigureAwait(false)).Docs.Select(CandidateMapping.FromOpenLibrary).ToList());
            yield return new Step(CatalogName.LibraryOfCongress, async (run, ct) =>
                (await run.LibraryOfCongress.SearchBooksAsync(Keywords(mainTitle, family), Rows, ct).ConfigureAwait(false)).Results.Select(CandidateMapping.FromLibraryOfCongress).ToList());
            yield return new Step(CatalogName.OpenAlex, async (run, ct) =>
                (await run.OpenAlex.SearchByTitleAsync(mainTitle, year, Rows, ct).ConfigureAwait(false)).Results.Select(CandidateMapping.FromOpenAlex).ToList(), FallbackOnly: true);
            yield break;
        }

        if (!string.IsNullOrWhiteSpace(item.Doi))
            yield return new Step(CatalogName.Crossref, async (run, ct) =>
                await run.Crossref.GetWorkAsync(item.Doi.Trim(), ct).ConfigureAwait(false) is { } work ? [CandidateMapping.FromCrossref(work)] : [], IsLookup: true);
        yield return new Step(CatalogName.Crossref, async (run, ct) =>
            (await run.Crossref.SearchWorksAsync(BibliographicQuery(item), Rows, ct).ConfigureAwait(false)).Items.Select(CandidateMapping.FromCrossref).ToList());
        yield return new Step(CatalogName.OpenAlex, async (run, ct) =>
            (await run.OpenAlex.SearchByTitleAsync(mainTitle, year, Rows, ct).ConfigureAwait(false)).Results.Select(CandidateMapping.FromOpenAlex).ToList());
    }

    /// <summary>Crossref's advice: author surnames, title, container and year in one <c>query.bibliographic</c>.</summary>
    static string BibliographicQuery(CslItem item)
    {
        var parts = new List<string>();
        parts.AddRange((item.Author ?? item.Editor ?? []).Take(3).Select(n => n.Family ?? n.Literal).OfType<string>());
        parts.Add(item.Title!);
        if (item.ContainerTitle is { } container) parts.Add(container);
        if (item.Issued?.Year is int y) parts.Add(y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return string.Join(' ', parts);
    }

    static string Keywords(string mainTitle, string? family) => family is null ? mainTitle : $"{mainTitle} {family}";

    static string? FirstFamily(CslItem item) =>
        (item.Author is { Count: > 0 } ? item.Author : item.Editor)?.Select(n => n.Family).FirstOrDefault(f => !string.IsNullOrWhiteSpace(f));

    static Candidate FromIsbnEdition(OpenLibraryEdition edition, string isbn)
    {
        string workKey = edition.Works?.FirstOrDefault()?.Key is { } k ? k[(k.LastIndexOf('/') + 1)..] : "";
        var item = CandidateMapping.FromOpenLibraryEdition(edition, workKey);
        return new Candidate
        {
            Catalog = CatalogName.OpenLibrary, RecordId = workKey.Length > 0 ? workKey : "isbn:" + isbn,
            Item = item with { Isbn = item.Isbn ?? isbn }, Kind = WorkKind.Book,
            Years = item.Issued?.Year is int y ? [y] : [],
        };
    }

    /// <summary>
    /// An accepted Open Library work of several editions: the cited edition (same year, and the same
    /// publisher when the footnote names one) gives its own ISBN, publisher and place. No edition of that
    /// year: the work's identifiers alone.
    /// </summary>
    static async Task<CslItem> EditionAsync(CslItem reference, Candidate accepted, ResolutionRun run, CancellationToken cancellationToken)
    {
        if (accepted.Catalog != CatalogName.OpenLibrary || accepted.EditionCount <= 1 || reference.Issued?.Year is not int year)
            return accepted.Item;
        try
        {
            var editions = await run.OpenLibrary.GetEditionsAsync(accepted.RecordId, 50, cancellationToken).ConfigureAwait(false);
            var sameYear = editions.Entries.Where(e => CandidateMapping.YearIn(e.PublishDate) == year).ToList();
            var chosen = sameYear.Count <= 1 ? sameYear.FirstOrDefault()
                : sameYear.OrderByDescending(e => CandidateScorer.TitleSimilarity(reference.Publisher, e.Publishers?.FirstOrDefault())).First();
            if (chosen is null) return accepted.Item;
            var edition = CandidateMapping.FromOpenLibraryEdition(chosen, accepted.RecordId);
            return edition with { Title = accepted.Item.Title, Author = accepted.Item.Author };
        }
        catch (CatalogUnavailableException)
        {
            return accepted.Item; // the work is still right; only the edition's own numbers are missing
        }
    }
}
