namespace Citations.Testing;

/// <summary>Paths in the repository, found from the test assembly's folder.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Citations.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Citations.sln not found above {AppContext.BaseDirectory}");
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>A path in <c>shared/</c>, which sits beside the repository in a work tree and in CI's fresh clone alike.</summary>
    public static string Shared(params string[] parts) => System.IO.Path.GetFullPath(System.IO.Path.Combine([Root, "..", "shared", .. parts]));

    public static string Seeds => Path("seeds");

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    /// <summary>The node packages <c>.ci/install-node-tools.sh</c> installs.</summary>
    public static string NodeTools => Path(".tools", "node");

    /// <summary>The built <c>citations.dll</c> of the same configuration as the running tests.</summary>
    public static string CliDll
    {
        get
        {
            // .../tests/<project>/bin/<Configuration>/net10.0/
            string configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar)).Parent!.Name;
            string dll = Path("src", "Citations.Cli", "bin", configuration, "net10.0", "citations.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"the CLI is not built at {dll}");
        }
    }
}

/// <summary>Whether the tests run on CI (CI=true): there a missing tool or server fails a test instead of skipping it.</summary>
public static class Ci
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
