using System.Text;

namespace Citations.Cli.Input;

/// <summary>A document read from a file or standard input, with what the reader had to say about it.</summary>
public sealed record InputText(string Text, string Name, IReadOnlyList<string> Warnings);

/// <summary>
/// Reads user input as text, refusing what is not text with a message that says why and where:
/// an empty file, a binary file (NUL bytes), a missing or unreadable file. Invalid UTF-8 is read as
/// Latin-1 instead — every byte kept — with a warning that names the first bad byte.
/// </summary>
public static class InputReader
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static InputText Read(string path)
    {
        byte[] bytes;
        string name;
        if (path == "-")
        {
            using var buffer = new MemoryStream();
            using (var stream = Console.OpenStandardInput()) stream.CopyTo(buffer);
            bytes = buffer.ToArray();
            name = "<stdin>";
        }
        else
        {
            if (Directory.Exists(path)) throw new UsageException($"{path} is a directory, not a document");
            if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
            try { bytes = File.ReadAllBytes(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"{path}: cannot be read ({e.Message})");
            }
            name = path;
        }
        return Decode(bytes, name);
    }

    public static InputText Decode(byte[] bytes, string name)
    {
        if (bytes.Length == 0) throw new UsageException($"{name} is empty");
        int nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0 && !LooksLikeUtf16(bytes))
            throw new UsageException($"{name} is not a text file (a NUL byte at offset {nul}); give the text of the document, e.g. from pdftotext");
        var warnings = new List<string>();
        string text;
        if (LooksLikeUtf16(bytes))
        {
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
            warnings.Add($"{name} is UTF-16; read as such");
        }
        else
        {
            int skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            try
            {
                text = StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
            }
            catch (DecoderFallbackException e)
            {
                int offset = skip + (e.Index >= 0 ? e.Index : 0);
                text = Encoding.Latin1.GetString(bytes, skip, bytes.Length - skip);
                warnings.Add($"{name} is not valid UTF-8 (first bad byte at offset {offset}); read as Latin-1, every byte kept");
            }
        }
        if (string.IsNullOrWhiteSpace(text)) throw new UsageException($"{name} holds only white space");
        return new InputText(text, name, warnings);
    }

    static bool LooksLikeUtf16(byte[] bytes) => bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE;
}
