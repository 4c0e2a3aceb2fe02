namespace Citations.Formats.Tests.Support;

/// <summary>A folder for one test's files, removed afterwards.</summary>
sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("citations-formats-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a reader still holding a file: the OS cleans temp */ }
    }
}
