using System.CommandLine;
using Citations.Api.Hosting;
using Citations.Api.Security;
using Microsoft.AspNetCore.Builder;

namespace Citations.Cli.Commands;

/// <summary>
/// <c>citations serve [--urls URL]</c>: the HTTP API for reference managers, on 127.0.0.1:5080 unless told otherwise,
/// until SIGTERM or Ctrl+C (requests in flight are finished first, for up to <c>Api:ShutdownTimeout</c>).
/// <c>citations serve new-key ID</c> makes an API key and the hash to configure.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var library = new LibraryOptions();
        var urls = new Option<string?>("--urls") { Description = "Where to listen (Api:Urls), e.g. http://127.0.0.1:5080; several separated by ';'." };
        var command = new HostedCommand("serve", "Serve the HTTP API (parse notes, the library, formats) for reference managers.") { urls };
        library.AddTo(command);
        command.Subcommands.Add(NewKey());
        command.SetAction(async (parse, _) =>
        {
            library.Configuration(parse);
            var overrides = new Dictionary<string, string?>
            {
                ["DataFolder"] = parse.GetValue(library.Data),
                ["Library:Provider"] = parse.GetValue(library.Provider),
                ["Library:ConnectionString"] = parse.GetValue(library.Library),
                ["Api:Urls"] = parse.GetValue(urls),
            };
            WebApplication app;
            try
            {
                app = ApiHost.Build([], overrides);
            }
            catch (InvalidOperationException e)
            {
                throw new UsageException(e.Message);
            }
            // The host stops on SIGTERM or Ctrl+C by itself (see HostedCommand), after the requests in flight.
            await using (app)
                await app.RunAsync();
            return ExitCodes.Ok;
        });
        return command;
    }

    static Command NewKey()
    {
        var id = new Argument<string>("id") { Description = "The key's id: who or what holds it (letters, digits, '-', '_')." };
        var command = new Command("new-key", "Make an API key: the key goes to its holder, the hash into Api:Keys.") { id };
        command.SetAction(parse =>
        {
            NewApiKey key;
            try { key = ApiKeys.Create(parse.GetValue(id)!); }
            catch (ArgumentException e) { throw new UsageException(e.Message); }
            var o = parse.InvocationConfiguration.Output;
            o.WriteLine($"key (give it to its holder; it is not stored anywhere): {key.Key}");
            o.WriteLine("configuration (appsettings.json, under \"Api\": {\"Keys\": [ … ]}):");
            o.WriteLine($"  {{ \"Id\": \"{key.Id}\", \"Hash\": \"{key.Hash}\", \"Scopes\": [\"read\", \"write\"] }}");
            o.WriteLine("or as environment variables (N = the entry's index):");
            o.WriteLine($"  Api__Keys__N__Id={key.Id}  Api__Keys__N__Hash={key.Hash}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
