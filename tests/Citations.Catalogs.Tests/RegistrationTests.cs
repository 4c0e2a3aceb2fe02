using Citations.Core.Resolution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Citations.Catalogs.Tests;

/// <summary>What a host gets from <c>AddCatalogs</c> with a configuration that says little or nothing.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public void A_host_that_configures_only_what_it_changes_gets_the_documented_addresses_and_limits()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Catalogs:Contact"] = "ops@example.org",
            ["Catalogs:OpenLibrary:RequestsPerSecond"] = "1",
            ["Catalogs:CachePath"] = Harness.NewCachePath(), // never opened: no catalog is asked here
        }).Build();
        using var services = new ServiceCollection().AddCatalogs(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<CatalogsOptions>>().Value;

        Assert.Equal(new Uri("https://api.crossref.org/"), options.Crossref.BaseAddress);
        Assert.Equal(new Uri("https://discovery.nationalarchives.gov.uk/API/"), options.NationalArchivesUK.BaseAddress);
        Assert.Equal(10, options.Crossref.RequestsPerSecond);
        Assert.Equal(1, options.OpenLibrary.RequestsPerSecond);
        Assert.Equal(0.1667, options.LibraryOfCongress.RequestsPerSecond, 4);
        Assert.Equal("ops@example.org", options.Contact);
        Assert.IsType<CatalogResolver>(services.GetRequiredService<IReferenceResolver>());
    }
}
