namespace Citations.Api.Tests.Support;

/// <summary>One application for a test class's read-only tests.</summary>
public sealed class ApiFixture : IDisposable
{
    public ApiFactory Factory { get; } = new();

    public HttpClient Client => _client.Value;

    readonly Lazy<HttpClient> _client;

    public ApiFixture() => _client = new(() => Factory.CreateClient());

    public void Dispose() => Factory.Dispose();
}
