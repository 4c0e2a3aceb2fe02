using System.Text;

namespace Citations.Worker.Import;

/// <summary>A file's text, or why it cannot be a document (stated so an operator can act on it).</summary>
public sealed record DecodedFile(string? Text, string? Problem, string? Warning = null);

/// <summary>
/// Decides whether a file of the watched folder is a document: UTF-8 text (a BOM is allowed, as is
/// UTF-16 with its BOM). Binary, empty, blank and invalid UTF-8 files are refused, never guessed at: the
/// library keeps a document's text exactly, so it must know what the text is.
/// </summary>
public static class DocumentFile
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    static readonly UnicodeEncoding StrictUtf16 = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    public static DecodedFile Decode(byte[] bytes)
    {
        if (bytes.Length == 0) return new DecodedFile(null, "empty file");
        bool utf16 = bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE;
        if (!utf16 && Array.IndexOf(bytes, (byte)0) is int nul and >= 0)
            return new DecodedFile(null, $"not a text file (a NUL byte at offset {nul})");
        string text;
        try
        {
            if (utf16) text = StrictUtf16.GetString(bytes, 2, bytes.Length - 2);
            else
            {
                int skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                text = StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
            }
        }
        catch (DecoderFallbackException e)
        {
            int offset = Math.Max(0, e.Index) + (utf16 ? 2 : 0);
            return new DecodedFile(null, utf16 ? $"not valid UTF-16 (bad code unit near offset {offset})"
                : $"not valid UTF-8 (first bad byte at offset {FirstInvalidUtf8(bytes)}): convert it to UTF-8");
        }
        if (string.IsNullOrWhiteSpace(text)) return new DecodedFile(null, "only white space");
        return new DecodedFile(text, null, utf16 ? "UTF-16; read as such" : null);
    }

    static int FirstInvalidUtf8(byte[] bytes)
    {
        var span = bytes.AsSpan();
        int offset = 0;
        while (!span.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span, out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done) return offset;
            offset += consumed;
            span = span[consumed..];
        }
        return -1;
    }
}
