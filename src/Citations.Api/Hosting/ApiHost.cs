using Citations.Api.Documents;
using Citations.Api.Endpoints;
using Citations.Api.Idempotency;
using Citations.Api.Json;
using Citations.Api.Problems;
using Citations.Api.Security;
using Citations.Catalogs;
using Citations.Worker;
using Citations.Worker.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace Citations.Api.Hosting;

/// <summary>
/// The API as one application, built the same way by <c>citations serve</c>, by the <c>Citations.Api</c> host and by
/// the tests' <c>WebApplicationFactory</c>. Configuration: the worker's (embedded defaults, <c>appsettings.json</c>,
/// environment, <c>CITATIONS_DATA</c>), then <paramref name="overrides"/>, then command-line arguments.
/// </summary>
public static class ApiHost
{
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(ApiHost).Assembly.GetName().Name });
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(CitationsConfiguration.Build(overrides))
            .AddCommandLine(args)
            .Build();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);

        var api = configuration.GetSection("Api").Get<ApiOptions>() ?? new ApiOptions();
        ConfigureServices(builder, configuration, api);
        var app = builder.Build();
        ConfigurePipeline(app, api);
        return app;
    }

    static void ConfigureServices(WebApplicationBuilder builder, IConfiguration configuration, ApiOptions api)
    {
        var services = builder.Services;
        services.Configure<ApiOptions>(configuration.GetSection("Api"));
        // ?resolve=true asks the public catalogs (Catalogs:*), unless the operator keeps the API offline.
        if (configuration.GetValue("Api:Resolve", true)) services.AddCatalogs(configuration);
        services.AddCitationsLibrary(configuration);
        services.AddHostedService<LibraryStartup>();
        services.AddHostedService<IdempotencyJanitor>();
        services.AddSingleton<ParseGate>();
        services.AddSingleton<DocumentIntake>();
        services.Configure<HostOptions>(o => o.ShutdownTimeout = api.ShutdownTimeout);
        // Authentication brings data protection, which nothing here uses: keep its keys in memory, not on disk.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Logging.AddFilter(typeof(ApiKeyAuthenticationHandler).FullName, LogLevel.Warning);

        builder.WebHost.UseUrls(configuration["urls"] is { Length: > 0 } urls ? urls : api.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = api.MaxRequestBytes;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        });

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJson.Options.TypeInfoResolver!);
            o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
            o.SerializerOptions.Encoder = ApiJson.Options.Encoder;
        });
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Problem.FromStatus);
        services.AddExceptionHandler<ApiExceptionHandler>();

        services.AddSingleton(new ApiKeyRing(api));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddSingleton<IAuthorizationHandler, ScopeRequirementHandler>();
        services.AddAuthorization(o => ApiPolicies.Add(o, api));
        services.AddRateLimiter(o => RateLimiting.Configure(o, api));
        services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = api.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = Problem.Details(503, "timeout", "The request took too long",
                    $"the request ran past Api:RequestTimeout ({api.RequestTimeout.TotalSeconds:0.###} s); send less at once"),
            }).AsTask(),
        });
        services.AddHealthChecks().AddCheck<LibraryHealthCheck>("library");
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new() { Title = "Citations API", Version = "v1", Description = "Footnotes to structured references, BibTeX and Chicago, for reference managers." };
            return Task.CompletedTask;
        }));
    }

    static void ConfigurePipeline(WebApplication app, ApiOptions api)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseRequestTimeouts();

        app.MapOpenApi();
        HealthEndpoints.Map(app);
        var v1 = app.MapGroup("/v1").RequireRateLimiting(RateLimiting.PerKey);
        NotesEndpoints.Map(v1);
        DocumentsEndpoints.Map(v1);
        ReferencesEndpoints.Map(v1);
        FormatEndpoints.Map(v1);
    }
}

/// <summary>Names this assembly for <c>WebApplicationFactory</c>, which runs its entry point (the CLI has a Program of its own).</summary>
public sealed class ApiEntryPoint;
