using Microsoft.Extensions.Options;

namespace Citations.Api.Documents;

/// <summary>
/// Bounds the parses running at once (<c>Api:ParseConcurrency</c>, default one per processor), so that a burst of
/// large requests queues instead of starving the small ones of threads. A parse runs on the thread pool and the
/// request waits for it with its own cancellation: a request past its timeout is answered at once, while its
/// parse — which cannot be stopped midway — still holds its place until it ends.
/// </summary>
public sealed class ParseGate(IOptions<ApiOptions> options) : IDisposable
{
    readonly SemaphoreSlim _slots = new(options.Value.ParseConcurrency > 0 ? options.Value.ParseConcurrency : Environment.ProcessorCount);

    public async Task<T> RunAsync<T>(Func<T> parse, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        var work = Task.Run(() =>
        {
            try { return parse(); }
            finally { _slots.Release(); }
        }, CancellationToken.None);
        return await work.WaitAsync(cancellationToken);
    }

    public void Dispose() => _slots.Dispose();
}
