using System.Net;

namespace Citations.Api.Tests.Support;

/// <summary>An application whose library holds the five seed documents, added through the API.</summary>
public sealed class LibraryFixture : IAsyncLifetime
{
    public ApiFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public List<long> Documents { get; } = [];

    public async Task InitializeAsync()
    {
        Client = Factory.WriterClient();
        foreach (string seed in Directory.GetFiles(Repo.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var response = await Client.PostAsync($"/v1/documents?name={Path.GetFileName(seed)}", Http.Body(File.ReadAllBytes(seed), "text/plain"));
            if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"{seed}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Documents.Add((await Http.JsonOf(response)).GetProperty("id").GetInt64());
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
