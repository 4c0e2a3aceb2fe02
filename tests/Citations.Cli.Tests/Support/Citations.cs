using System.Diagnostics;
using System.Text;

namespace Citations.Cli.Tests.Support;

/// <summary>What a run of <c>citations</c> left: its exit status and what it wrote.</summary>
public sealed record RunResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the command line in this process (fast) or as a real child process (standard input, exit status).</summary>
public static class Citations
{
    public static RunResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Cli.Run(Cli.CreateRoot(), args, stdout, stderr);
        return new RunResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The built <c>citations.dll</c> under <c>dotnet</c>, with <paramref name="stdin"/> piped in.</summary>
    public static RunResult RunProcess(byte[]? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Repo.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "citations.dll"));
        foreach (string a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"citations {string.Join(' ', args)} did not finish in three minutes");
        }
        return new RunResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
