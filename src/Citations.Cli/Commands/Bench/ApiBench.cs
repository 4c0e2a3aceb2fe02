using System.CommandLine;
using System.Diagnostics;

namespace Citations.Cli.Commands.Bench;

/// <summary>
/// <c>citations bench api</c>: the HTTP API under load — <c>bench/api/run.sh</c>, which starts <c>citations serve</c>
/// (Release) on a seeded temporary library and drives it with wrk over loopback: <c>POST /v1/notes:parse</c> with one
/// typical note, <c>GET /v1/references/{id}</c>; requests/s, p99 latency and errors of each, then a JSON line.
/// </summary>
public static class ApiBench
{
    public static Command Create()
    {
        var duration = new Option<string>("--duration") { Description = "How long wrk drives each workload (wrk's -d).", DefaultValueFactory = _ => "20s" };
        var connections = new Option<int>("--connections") { Description = "Open connections (wrk's -c).", DefaultValueFactory = _ => 32 };
        var threads = new Option<int>("--threads") { Description = "wrk's threads (-t).", DefaultValueFactory = _ => 2 };
        var port = new Option<int>("--port") { Description = "The loopback port of the server.", DefaultValueFactory = _ => 5099 };
        var command = new Command("api", "The HTTP API under load with wrk: notes:parse and GET a reference (needs wrk: .ci/install-api-tools.sh).")
            { duration, connections, threads, port };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string script = Path.Combine("bench", "api", "run.sh");
            if (!File.Exists(script)) throw new UsageException($"{script} not found: run from the repository root");
            var start = new ProcessStartInfo("bash") { UseShellExecute = false };
            start.ArgumentList.Add(script);
            start.Environment["DURATION"] = parse.GetValue(duration);
            start.Environment["CONNECTIONS"] = parse.GetValue(connections).ToString();
            start.Environment["THREADS"] = parse.GetValue(threads).ToString();
            start.Environment["PORT"] = parse.GetValue(port).ToString();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start bash");
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }
}
