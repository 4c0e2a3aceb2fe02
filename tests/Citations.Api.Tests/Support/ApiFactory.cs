using System.Net.Http.Headers;
using Citations.Api.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Citations.Api.Tests.Support;

/// <summary>
/// The real application (<c>ApiHost</c>, as <c>citations serve</c> builds it) in memory, on its own SQLite library in
/// a temporary folder (or the library given), with three keys configured: a writer, a reader, and whatever the test adds.
/// Settings reach the application as command-line arguments, as WebApplicationFactory passes them.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Citations.Api.Hosting.ApiEntryPoint>
{
    public static readonly NewApiKey Writer = ApiKeys.Create("writer");
    public static readonly NewApiKey Reader = ApiKeys.Create("reader");

    readonly TempFolder? _folder;
    readonly Dictionary<string, string?> _settings;
    readonly Action<IServiceCollection>? _services;

    public ApiFactory(IReadOnlyDictionary<string, string?>? settings = null, string? dataFolder = null, Action<IServiceCollection>? services = null, bool keys = true)
    {
        if (dataFolder is null) _folder = new TempFolder();
        DataFolder = dataFolder ?? _folder!.Path;
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["DataFolder"] = DataFolder,
            ["Api:Keys:0:Id"] = Writer.Id,
            ["Api:Keys:0:Hash"] = Writer.Hash,
            ["Api:Keys:1:Id"] = Reader.Id,
            ["Api:Keys:1:Hash"] = Reader.Hash,
            ["Api:Keys:1:Scopes:0"] = "read",
            // The tests send many requests from one address and key: limits are tested with their own settings.
            ["Api:RateLimit:RequestsPerSecond"] = "100000",
            ["Api:RateLimit:Burst"] = "100000",
            ["Api:RateLimit:AnonymousRequestsPerSecond"] = "100000",
            ["Api:RateLimit:AnonymousBurst"] = "100000",
        };
        if (!keys) foreach (string key in _settings.Keys.Where(k => k.StartsWith("Api:Keys:", StringComparison.Ordinal)).ToList()) _settings.Remove(key);
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) _settings[k] = v;
    }

    public string DataFolder { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_services is not null) builder.ConfigureTestServices(_services);
    }

    /// <summary>A client sending the writer's key.</summary>
    public HttpClient WriterClient() => ClientWith(Writer.Key);

    public HttpClient ClientWith(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _folder?.Dispose();
    }
}
