using System.Text;

namespace Citations.Cli.Input;

/// <summary>A document read from a file or standard input, with what the reader had to say about it.</summary>
public sealed record InputText(string Text, string Name, IReadOnlyList<string> Warnings);

/// <summary>
/// Reads user input as text, refusing what is not text with a message that says why and where:
/// an empty file, a binary file (NUL bytes), a missing or unreadable file. Bytes that are not UTF-8
/// (a Latin-1 "ä" pasted into a UTF-8 file) are read as Windows-1252, so no byte is lost and the
/// valid UTF-8 around them stays as it is, with a warning that names the first bad byte.
/// </summary>
public static class InputReader
{
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

    /// <summary>A text stream read line by line (JSON Lines), with the same tolerance of stray non-UTF-8 bytes as
    /// <see cref="Decode"/>; <paramref name="warning"/> says, once the stream is read, how many there were.</summary>
    public static TextReader OpenLines(string path, out Func<string?> warning)
    {
        var fallback = new Windows1252Fallback();
        var encoding = (Encoding)new UTF8Encoding(false).Clone();
        encoding.DecoderFallback = fallback;
        string name = path == "-" ? "<stdin>" : path;
        warning = () => fallback.Count == 0 ? null
            : $"{name} is not valid UTF-8: {fallback.Count} byte{(fallback.Count == 1 ? "" : "s")} read as Windows-1252";
        if (path == "-") return new StreamReader(Console.OpenStandardInput(), encoding);
        if (Directory.Exists(path)) throw new UsageException($"{path} is a directory, not a file of notes");
        if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
        try { return new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot be read ({e.Message})");
        }
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
            var fallback = new Windows1252Fallback();
            var encoding = (Encoding)Encoding.UTF8.Clone();
            encoding.DecoderFallback = fallback;
            text = encoding.GetString(bytes, skip, bytes.Length - skip);
            if (fallback.Count > 0)
                warnings.Add($"{name} is not valid UTF-8: {fallback.Count} byte{(fallback.Count == 1 ? "" : "s")} (the first at offset {skip + fallback.FirstOffset}) " +
                    "read as Windows-1252, every other character as UTF-8");
        }
        if (string.IsNullOrWhiteSpace(text)) throw new UsageException($"{name} holds only white space");
        return new InputText(text, name, warnings);
    }

    static bool LooksLikeUtf16(byte[] bytes) => bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE;
}

/// <summary>Decodes each byte UTF-8 cannot read as the Windows-1252 character it most likely was, and counts them.</summary>
sealed class Windows1252Fallback : DecoderFallback
{
    // Encoding.GetString counts characters before it decodes them, so each bad byte is seen twice.
    readonly HashSet<int> _offsets = [];

    public int Count => _offsets.Count;
    public int FirstOffset => _offsets.Count == 0 ? -1 : _offsets.Min();

    public override int MaxCharCount => 4;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    /// <summary>0x80–0x9F in Windows-1252; 0xA0–0xFF are the Latin-1 characters of the same value.</summary>
    static readonly string C1 = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
                                "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    static char Decode(byte b) => b is >= 0x80 and <= 0x9F ? C1[b - 0x80] : (char)b;

    sealed class Buffer(Windows1252Fallback owner) : DecoderFallbackBuffer
    {
        string _pending = "";
        int _next;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            for (int i = 0; i < bytesUnknown.Length; i++) owner._offsets.Add(index + i);
            _pending = new string(bytesUnknown.Select(Decode).ToArray());
            _next = 0;
            return true;
        }

        public override char GetNextChar() => _next < _pending.Length ? _pending[_next++] : '\0';

        public override bool MovePrevious()
        {
            if (_next == 0) return false;
            _next--;
            return true;
        }

        public override int Remaining => _pending.Length - _next;

        public override void Reset()
        {
            _pending = "";
            _next = 0;
        }
    }
}
