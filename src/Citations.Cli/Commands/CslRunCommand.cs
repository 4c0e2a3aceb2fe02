using System.CommandLine;
using System.Text.Json;
using Citations.Csl;
using Citations.Csl.Harness;

namespace Citations.Cli.Commands;

/// <summary>
/// <c>citations csl-run CASE.json</c>: runs one CSL test case (the harness's JSON request) and prints
/// the rendering as the suite's RESULT section shows it. With <c>--stdio</c> it serves the harness's
/// line protocol: one request per line in, one {"output"} or {"error"} per line out.
/// </summary>
public static class CslRunCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("case") { Description = "Test case JSON file", Arity = ArgumentArity.ZeroOrOne };
        var stdio = new Option<bool>("--stdio") { Description = "Read one JSON request per line on stdin, answer one JSON line each" };
        var cmd = new Command("csl-run", "Run one CSL processor test case (JSON) and print the result");
        cmd.Arguments.Add(file);
        cmd.Options.Add(stdio);
        cmd.SetAction(pr =>
        {
            var output = pr.InvocationConfiguration.Output;
            if (pr.GetValue(stdio)) return Serve(Console.In, output);
            var path = pr.GetValue(file) ?? throw new UsageException("csl-run: give a CASE.json file or --stdio");
            if (!File.Exists(path)) throw new UsageException($"csl-run: file not found: {path}");
            string result;
            try
            {
                result = CaseRunner.Run(File.ReadAllText(path), EmbeddedResources.Locales);
            }
            catch (JsonException e) { throw new UsageException($"csl-run: bad JSON in {path}: {e.Message}"); }
            catch (Citations.Csl.Style.CslException e) { pr.InvocationConfiguration.Error.WriteLine($"citations: {e.Message}"); return ExitCodes.Failure; }
            output.WriteLine(result);
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static int Serve(TextReader input, TextWriter output)
    {
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            if (line.Trim().Length == 0) continue;
            string response;
            try
            {
                var result = CaseRunner.Run(line, EmbeddedResources.Locales);
                response = JsonSerializer.Serialize(new Dictionary<string, string> { ["output"] = result });
            }
            catch (Exception e)
            {
                // One bad case must not stop the server: report it and go on.
                response = JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = $"{e.GetType().Name}: {e.Message}" });
            }
            output.WriteLine(response);
            output.Flush();
        }
        return ExitCodes.Ok;
    }
}
