namespace Citations.Catalogs;

/// <summary>The data folder of the output contract: <c>CITATIONS_DATA</c>, else the user's data directory.</summary>
public static class DataFolder
{
    public static string Path =>
        Environment.GetEnvironmentVariable("CITATIONS_DATA") is { Length: > 0 } data
            ? data
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "citations");
}
