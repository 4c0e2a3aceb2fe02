namespace Citations.Formats.Tests.Support;

/// <summary>Where the repository, its gold files, the shared folder beside it and the test's own files are.</summary>
static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Gold => Path.Combine(Root, "tests", "gold");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string TestProject => Path.Combine(Root, "tests", "Citations.Formats.Tests");

    public static string Golden => Path.Combine(TestProject, "Golden");

    public static string Clients => Path.Combine(TestProject, "Clients");

    /// <summary>The node packages <c>.ci/install-node-tools.sh</c> installs.</summary>
    public static string NodeTools => Path.Combine(Root, ".tools", "node");

    /// <summary>shared/ sits beside the repository, in a work tree and in CI's fresh clone alike.</summary>
    public static string CslDataSchema => Path.GetFullPath(Path.Combine(Root, "..", "shared", "schema", "csl-data.json"));

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Citations.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Citations.sln above {AppContext.BaseDirectory}");
    }
}
