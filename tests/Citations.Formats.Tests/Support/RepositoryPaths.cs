namespace Citations.Formats.Tests.Support;

/// <summary>Where this test project's own files and the shared CSL-JSON schema are.</summary>
static class RepositoryPaths
{
    public static string Gold => Repo.Path("tests", "gold");

    public static string TestProject => Repo.Path("tests", "Citations.Formats.Tests");

    public static string Golden => Path.Combine(TestProject, "Golden");

    public static string Clients => Path.Combine(TestProject, "Clients");

    public static string CslDataSchema => Repo.Shared("schema", "csl-data.json");
}
