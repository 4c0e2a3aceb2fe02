using System.Text.Json;
using System.Xml;
using Citations.Catalogs.Cache;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Citations.Catalogs.Resilience;

/// <summary>
/// How a typed client reaches its catalog: the cache first, then (unless offline) the resilience
/// pipeline around the <see cref="HttpClient"/> the factory made. Answers are 2xx or 404; everything
/// else ends as <see cref="CatalogUnavailableException"/>.
/// </summary>
public sealed class CatalogChannel(HttpClient http, CatalogRuntime runtime, ResponseCache cache, CatalogsOptions options, TimeProvider time)
{
    public CatalogName Catalog => runtime.Name;

    public async Task<CatalogResponse> SendAsync(CatalogRequest request, CancellationToken cancellationToken)
    {
        string key = RequestKey.For(runtime.Name, request.RelativeUrl, request.Head);
        if (await cache.GetAsync(key, time.GetUtcNow(), cancellationToken).ConfigureAwait(false) is { } cached)
        {
            runtime.Stats.CacheHit();
            return new CatalogResponse(cached.Status, cached.Body);
        }
        if (options.Offline)
            throw new CatalogUnavailableException(runtime.Name, "offline, and this request is not in the cache");

        // One network request for a question asked by several references at once.
        var lazy = runtime.InFlight.GetOrAdd(key, k => new Lazy<Task<CatalogResponse>>(() => FetchAndStoreAsync(k, request, cancellationToken)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            runtime.InFlight.TryRemove(KeyValuePair.Create(key, lazy));
        }
    }

    async Task<CatalogResponse> FetchAndStoreAsync(string key, CatalogRequest request, CancellationToken cancellationToken)
    {
        Outcome<CatalogResponse> outcome;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            outcome = await runtime.Pipeline.ExecuteOutcomeAsync(
                static async (context, state) =>
                {
                    try { return Outcome.FromResult(await state.self.AttemptAsync(state.request, context.CancellationToken).ConfigureAwait(false)); }
                    catch (Exception e) { return Outcome.FromException<CatalogResponse>(e); }
                },
                context,
                (self: this, request)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new CatalogUnavailableException(runtime.Name, "the run's time budget was spent");
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (outcome.Exception is { } error)
        {
            if (error is OperationCanceledException && cancellationToken.IsCancellationRequested)
                throw new CatalogUnavailableException(runtime.Name, "the run's time budget was spent", error);
            throw new CatalogUnavailableException(runtime.Name, error switch
            {
                BrokenCircuitException => "circuit open after repeated failures",
                TimeoutRejectedException => "no answer within the attempt timeout",
                MalformedResponseException m => m.Message,
                _ => error.GetType().Name + ": " + error.Message,
            }, error);
        }
        var response = outcome.Result!;
        if (response.IsSuccess || response.IsNotFound)
        {
            await cache.PutAsync(key, runtime.Name, response.Status, response.Body, time.GetUtcNow(), runtime.Options.CacheExpiry, CancellationToken.None).ConfigureAwait(false);
            return response;
        }
        throw new CatalogUnavailableException(runtime.Name, response.RetryAfter is { } wait
            ? $"HTTP {response.Status}, Retry-After {wait.TotalSeconds:0}s"
            : $"HTTP {response.Status}");
    }

    async Task<CatalogResponse> AttemptAsync(CatalogRequest request, CancellationToken cancellationToken)
    {
        runtime.Stats.Request();
        using var message = new HttpRequestMessage(request.Head ? HttpMethod.Head : HttpMethod.Get, request.RelativeUrl);
        using var answer = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        string body = request.Head ? "" : await answer.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var retryAfter = RetryAfter.From(answer.Headers, time.GetUtcNow());
        int status = (int)answer.StatusCode;
        if (status is 429 or 503 && retryAfter is { } pause)
            runtime.Limiter.PauseUntil(time.GetUtcNow() + pause);
        if (answer.IsSuccessStatusCode && !request.Head) CheckBody(request.Expect, body);
        return new CatalogResponse(status, body, retryAfter);
    }

    /// <summary>LoC answers throttled clients with an HTML page and status 200; a cut connection leaves half a JSON body.</summary>
    void CheckBody(ExpectedBody expect, string body)
    {
        try
        {
            switch (expect)
            {
                case ExpectedBody.Json: using (JsonDocument.Parse(body)) { } break;
                case ExpectedBody.Xml: new XmlDocument { XmlResolver = null }.LoadXml(body); break;
            }
        }
        catch (Exception e) when (e is JsonException or XmlException)
        {
            throw new MalformedResponseException($"the answer is not the {expect} the endpoint documents ({Shorten(body)})");
        }
    }

    static string Shorten(string body) => body.Length <= 60 ? body : body[..60] + "…";
}
