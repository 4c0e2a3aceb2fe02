using Citations.Catalogs.Clients;
using Citations.Catalogs.Matching;
using Citations.Catalogs.Resilience;
using Citations.Core.Model;
using Citations.Core.Resolution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Citations.Catalogs;

/// <summary>
/// <see cref="IReferenceResolver"/> over the public catalogs: each reference is routed by kind (books,
/// articles, chapters, FRUS, UK files, Russian archives) to its matcher; references are worked on in
/// parallel while each catalog keeps its own limits; the run stops asking when its time budget is spent,
/// and whatever is left comes back <see cref="ResolutionStatus.Unavailable"/>, unchanged. Never throws for
/// a catalog's trouble.
/// </summary>
public sealed class CatalogResolver(IServiceProvider services, IOptions<CatalogsOptions> options, TimeProvider time) : IReferenceResolver
{
    public async Task<IReadOnlyList<ResolutionOutcome>> ResolveAsync(
        IReadOnlyList<CslItem> items, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        // Typed clients come fresh from the factory for each run, so long-lived hosts rotate their handlers.
        var run = new ResolutionRun(
            services.GetRequiredService<ICrossrefClient>(), services.GetRequiredService<IOpenAlexClient>(),
            services.GetRequiredService<IOpenLibraryClient>(), services.GetRequiredService<ILibraryOfCongressClient>(),
            services.GetRequiredService<INationalArchivesClient>(), services.GetRequiredService<IFrusClient>(),
            settings, time);

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(settings.RunBudget);
        var outcomes = new ResolutionOutcome[items.Count];
        int done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = cancellationToken },
            async (i, _) =>
            {
                outcomes[i] = await ResolveOneAsync(items[i], run, budget.Token).ConfigureAwait(false);
                progress?.Report(Interlocked.Increment(ref done));
            }).ConfigureAwait(false);
        return outcomes;
    }

    static async Task<ResolutionOutcome> ResolveOneAsync(CslItem item, ResolutionRun run, CancellationToken budget)
    {
        if (budget.IsCancellationRequested)
            return new ResolutionOutcome(item, ResolutionStatus.Unavailable, "the run's time budget was spent");
        try
        {
            var route = ReferenceRoute.Of(item);
            return route switch
            {
                Route.Book or Route.Article or Route.Chapter => await PublicationMatcher.MatchAsync(item, route, run, budget).ConfigureAwait(false),
                Route.Frus => await FrusMatcher.MatchAsync(item, run, budget).ConfigureAwait(false),
                Route.UkArchive => await NationalArchivesMatcher.MatchAsync(item, run, budget).ConfigureAwait(false),
                Route.RussianArchive => new ResolutionOutcome(RussianArchives.Normalize(item), ResolutionStatus.NotApplicable,
                    "Russian archives have no public catalog: repository normalized"),
                _ => new ResolutionOutcome(item, ResolutionStatus.NotApplicable, "no catalog knows this kind of reference"),
            };
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            return new ResolutionOutcome(item, ResolutionStatus.Unavailable, "the run's time budget was spent");
        }
        catch (CatalogUnavailableException e)
        {
            return new ResolutionOutcome(item, ResolutionStatus.Unavailable, $"unavailable {e.Catalog.Key()}: {e.Reason}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault of ours on one reference (a corrupt cache file, a bug) must not cost the run the others;
            // the reference comes back as it was, with the error where a reader will see it.
            return new ResolutionOutcome(item, ResolutionStatus.Unavailable, $"error: {e.GetType().Name}: {e.Message}");
        }
    }
}
