using System.CommandLine;
using Citations.Catalogs;
using Citations.Worker.Hosting;
using Citations.Worker.Pass;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Citations.Cli.Commands;

/// <summary>
/// <c>citations worker [--once]</c>: the nightly normalization of the stored library, on the schedule
/// of <c>Worker:Schedule</c> until stopped (Ctrl+C, SIGTERM), or one pass and exit.
/// </summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var library = new LibraryOptions();
        var once = new Option<bool>("--once") { Description = "Run one pass now and exit (status 1 when a document failed to parse)." };
        var watch = new Option<string?>("--watch") { Description = "The folder new documents arrive in (Worker:WatchFolder)." };
        var exports = new Option<string?>("--exports") { Description = "The folder the exports are written to (Worker:ExportFolder)." };
        var command = new Command("worker", "Keep the stored library normalized: import, parse, merge, resolve, export — on a schedule, or once.") { once, watch, exports };
        library.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = library.Configuration(parse, ("Worker:WatchFolder", parse.GetValue(watch)), ("Worker:ExportFolder", parse.GetValue(exports)));
            bool runOnce = parse.GetValue(once);
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "citations" });
            builder.Configuration.AddConfiguration(configuration);
            builder.Logging.AddConfiguration(configuration.GetSection("Logging"));
            builder.Logging.AddConsole();
            // The catalogs' resolver takes the place of the default "no resolution" unless the operator turned it off.
            if (configuration.GetValue("Worker:Resolve", true)) builder.Services.AddCatalogs(configuration);
            if (runOnce) builder.Services.AddCitationsLibrary(configuration);
            else builder.Services.AddCitationsWorker(configuration);
            using var host = builder.Build();
            if (!runOnce)
            {
                await host.RunAsync(cancellationToken);
                return ExitCodes.Ok;
            }
            try
            {
                var summary = await host.Services.GetRequiredService<LibraryPass>().RunAsync(cancellationToken);
                return summary.Parse.Failed > 0 ? ExitCodes.Failure : ExitCodes.Ok;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Citations.Worker").LogError(e, "Pass failed; the next pass resumes its work");
                return ExitCodes.Failure;
            }
            finally
            {
                await host.Services.GetRequiredService<Storage.ILibraryStore>().DisposeAsync();
            }
        });
        return command;
    }
}
