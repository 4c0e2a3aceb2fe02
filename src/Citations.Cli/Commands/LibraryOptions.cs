using System.CommandLine;
using Citations.Worker.Hosting;
using Microsoft.Extensions.Configuration;

namespace Citations.Cli.Commands;

/// <summary>
/// The options every command over the stored library shares; each overrides its configuration key
/// (<c>DataFolder</c>, <c>Library:Provider</c>, <c>Library:ConnectionString</c>).
/// </summary>
sealed class LibraryOptions
{
    public Option<string?> Data { get; } = new("--data") { Description = "The data folder (DataFolder, env CITATIONS_DATA); the library and its folders default to it." };
    public Option<string?> Provider { get; } = new("--provider") { Description = "sqlite or postgres (Library:Provider)." };
    public Option<string?> Library { get; } = new("--library") { Description = "The SQLite file or PostgreSQL connection string (Library:ConnectionString)." };

    public void AddTo(Command command)
    {
        Provider.AcceptOnlyFromAmong("sqlite", "postgres");
        command.Options.Add(Data);
        command.Options.Add(Provider);
        command.Options.Add(Library);
    }

    public IConfigurationRoot Configuration(ParseResult parse, params (string Key, string? Value)[] more)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["DataFolder"] = parse.GetValue(Data),
            ["Library:Provider"] = parse.GetValue(Provider),
            ["Library:ConnectionString"] = parse.GetValue(Library),
        };
        foreach (var (key, value) in more) overrides[key] = value;
        try
        {
            var configuration = CitationsConfiguration.Build(overrides);
            CitationsSettings.From(configuration);
            return configuration;
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
