using System.Text;

namespace Citations.Testing;

/// <summary>A folder for one test's files, removed when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("citations-tests-").FullName;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>The path of a file in the folder.</summary>
    public string File(string name) => Combine(name);

    /// <summary>A file in the folder with this content; its path.</summary>
    public string File(string name, byte[] content)
    {
        string path = Combine(name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public string File(string name, string content) => File(name, new UTF8Encoding(false).GetBytes(content));

    public void Dispose()
    {
        // A reader still holding a file: the system cleans its temporary folder.
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
