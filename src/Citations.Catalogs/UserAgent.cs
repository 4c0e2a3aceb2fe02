using System.Reflection;

namespace Citations.Catalogs;

/// <summary>
/// The one User-Agent every client sends (catalogs.md §0): product and version, a contact address, the
/// runtime — <c>Citations/0.1.0 (mailto:ops@example.org) dotnet/10.0.0</c>.
/// </summary>
public static class UserAgent
{
    public static readonly string Version =
        typeof(UserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static string For(string? contact) =>
        $"Citations/{Version}{(string.IsNullOrWhiteSpace(contact) ? "" : $" (mailto:{contact.Trim()})")} dotnet/{Environment.Version}";
}
