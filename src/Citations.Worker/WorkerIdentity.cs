using System.Diagnostics;

namespace Citations.Worker;

/// <summary>
/// Who holds a claim: "host/pid/nonce". A claim whose holder ran on this host and whose process has
/// ended is released at once (a <c>kill -9</c> does not make the next pass wait out the lease); holders
/// elsewhere, or in this very process, are trusted until their lease expires.
/// </summary>
public static class WorkerIdentity
{
    public static string New() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    public static bool IsGone(string owner)
    {
        var parts = owner.Split('/');
        if (parts.Length != 3 || parts[0] != Environment.MachineName || !int.TryParse(parts[1], out int pid)) return false;
        if (pid == Environment.ProcessId) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
