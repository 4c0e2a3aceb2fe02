namespace Citations.Api.Tests.Support;

/// <summary>Paths in the repository, found from the test assembly's folder.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Citations.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Citations.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    public static string NodeTools => Path.Combine(Root, ".tools", "node");

    public static string Clients => Path.Combine(AppContext.BaseDirectory, "Clients");

    /// <summary>The built <c>citations.dll</c> of the same configuration as these tests.</summary>
    public static string CliDll
    {
        get
        {
            string configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            string dll = Path.Combine(Root, "src", "Citations.Cli", "bin", configuration, "net10.0", "citations.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"the CLI is not built at {dll}");
        }
    }
}

/// <summary>A folder that is removed when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("citations-api-").FullName;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
