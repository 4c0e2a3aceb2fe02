using System.Collections.Concurrent;
using System.Diagnostics;

namespace Citations.Storage.Tests.Support;

/// <summary>The real <c>citations worker</c> as a child process, with its log lines collected as they come.</summary>
public sealed class WorkerProcess : IDisposable
{
    readonly Process _process;
    public ConcurrentQueue<string> Lines { get; } = new();

    public WorkerProcess(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Repo.CliDll);
        foreach (string a in arguments) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment) start.Environment[k] = v;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) Lines.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Lines.Enqueue(e.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Output => string.Join("\n", Lines);

    /// <summary>Waits until a line satisfies <paramref name="condition"/>; false if the process ended or time ran out first.</summary>
    public bool WaitFor(Func<IReadOnlyCollection<string>, bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition(Lines)) return true;
            if (_process.HasExited) return condition(Lines);
            Thread.Sleep(5);
        }
        return false;
    }

    /// <summary>kill -9: no handler runs, nothing is flushed.</summary>
    public void KillHard()
    {
        using var kill = Process.Start("kill", ["-9", _process.Id.ToString()]);
        kill.WaitForExit();
        _process.WaitForExit();
    }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) { _process.Kill(entireProcessTree: true); throw new TimeoutException($"the worker did not finish in {timeout}:\n{Output}"); }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
