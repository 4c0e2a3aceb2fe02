using System.Diagnostics;
using Citations.Csl.Tests.Conformance;
using Xunit.Abstractions;

namespace Citations.Csl.Tests.Oracle;

/// <summary>citeproc-js under node (render-citeproc.js), the reference implementation our output is compared with.</summary>
internal static class CiteprocJs
{
    /// <summary>Renders a corpus file into <paramref name="outPath"/>. False, with a visible message, when node or
    /// citeproc is missing outside CI; on CI (where .ci/run installs them) their absence is a failure.</summary>
    public static bool Render(string stylePath, string corpusPath, string outPath, string what, ITestOutputHelper output)
    {
        string script = Path.Combine(Repo.Root, "tests", "Citations.Csl.Tests", "Oracle", "render-citeproc.js");
        var (ok, message) = RunNode(script, stylePath, SuiteRunner.LocalesDir(), corpusPath, outPath);
        if (ok) return true;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"oracle for {what} could not run on CI: {message}");
        output.WriteLine($"SKIPPED oracle for {what}: {message}");
        Console.WriteLine($"SKIPPED oracle for {what}: {message}");
        return false;
    }

    private static (bool ok, string message) RunNode(string script, params string[] args)
    {
        try
        {
            var psi = new ProcessStartInfo("node") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            psi.ArgumentList.Add(script);
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEndAsync();
            p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(120_000)) { p.Kill(); return (false, "node timed out"); }
            if (p.ExitCode == 3) return (false, "npm package citeproc not installed (run .ci/install-node-tools.sh)");
            if (p.ExitCode != 0) return (false, $"node failed: {err.Result}");
            return (true, "");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (false, "node is not installed");
        }
    }
}
