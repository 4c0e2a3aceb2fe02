namespace Citations.Catalogs.Tests;

/// <summary>Paths in the repository, found from the test assembly's folder.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Citations.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Citations.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Labelled => Path("tests", "Citations.Catalogs.Tests", "Labelled", "labelled.json");
}
