using Microsoft.Extensions.Options;

namespace Citations.Catalogs;

/// <summary>Refuses a <c>Catalogs</c> configuration that cannot work, naming each key that is wrong.</summary>
public sealed class CatalogsOptionsValidator : IValidateOptions<CatalogsOptions>
{
    public ValidateOptionsResult Validate(string? name, CatalogsOptions options)
    {
        var failures = new List<string>();
        if (options.RunBudget <= TimeSpan.Zero) failures.Add("Catalogs:RunBudget must be positive");
        if (options.AcceptThreshold is <= 0 or > 1) failures.Add("Catalogs:AcceptThreshold must be in (0, 1]");
        if (options.Parallelism < 1) failures.Add("Catalogs:Parallelism must be at least 1");
        foreach (var catalog in CatalogNames.All)
        {
            var o = options.For(catalog);
            string key = $"Catalogs:{catalog}";
            if (o.Enabled && o.BaseAddress is not { IsAbsoluteUri: true }) failures.Add($"{key}:BaseAddress must be an absolute URL");
            if (o.RequestsPerSecond <= 0) failures.Add($"{key}:RequestsPerSecond must be positive");
            if (o.Burst < 1) failures.Add($"{key}:Burst must be at least 1");
            if (o.MaxConcurrency < 1) failures.Add($"{key}:MaxConcurrency must be at least 1");
            if (o.MaxRetries < 0) failures.Add($"{key}:MaxRetries must not be negative");
            if (o.AttemptTimeout <= TimeSpan.Zero) failures.Add($"{key}:AttemptTimeout must be positive");
            if (o.BreakerFailureRatio is <= 0 or > 1) failures.Add($"{key}:BreakerFailureRatio must be in (0, 1]");
            if (o.CacheExpiry <= TimeSpan.Zero) failures.Add($"{key}:CacheExpiry must be positive");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
