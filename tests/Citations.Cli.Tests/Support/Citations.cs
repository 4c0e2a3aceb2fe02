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

public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Seed(string prefix) => Directory.GetFiles(Path.Combine(Root, "seeds"), prefix + "_*.txt").Single();

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Citations.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (Citations.sln) not found");
    }
}

/// <summary>A folder for one test's files, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("citations-cli-tests-").FullName;

    public string File(string name, byte[] content)
    {
        string path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public string File(string name, string content) => File(name, new UTF8Encoding(false).GetBytes(content));

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
