using System.Text;

namespace Citations.Cli;

/// <summary>Where a command writes: the file given with -o (written whole, then moved into place) or standard output.</summary>
public sealed class Output : IDisposable
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    readonly string? _path;
    readonly string? _temporary;
    bool _committed;

    public TextWriter Writer { get; }

    Output(TextWriter writer, string? path, string? temporary)
    {
        Writer = writer;
        _path = path;
        _temporary = temporary;
    }

    public static Output Open(string? path, TextWriter stdout)
    {
        if (path is null or "-") return new Output(stdout, null, null);
        string full = Path.GetFullPath(path);
        string? dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir)) throw new UsageException($"{path}: the folder {dir} does not exist");
        string temporary = full + ".tmp-" + Environment.ProcessId;
        try
        {
            return new Output(new StreamWriter(temporary, false, Utf8, bufferSize: 1 << 16), full, temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot be written ({e.Message})");
        }
    }

    /// <summary>Marks the output complete: a file is moved into place only then, so a failed run leaves no half file.</summary>
    public void Commit()
    {
        Writer.Flush();
        if (_path is null) return;
        Writer.Dispose();
        File.Move(_temporary!, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_path is null) { Writer.Flush(); return; }
        if (!_committed)
        {
            Writer.Dispose();
            if (File.Exists(_temporary)) File.Delete(_temporary!);
        }
    }
}
