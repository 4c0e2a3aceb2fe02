using System.Xml;
using System.Xml.Linq;

namespace Citations.Csl.Style;

/// <summary>Thrown for a style or locale that cannot be used (malformed XML, DTD, not CSL).</summary>
public sealed class CslException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Loads XML with DTDs and external entities refused, so hostile input cannot reach the file system or the network.</summary>
internal static class XmlSafety
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 64L * 1024 * 1024,
    };

    public static XElement Load(string xml, string what)
    {
        try
        {
            using var sr = new StringReader(xml);
            using var reader = XmlReader.Create(sr, Settings);
            var doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
            return doc.Root ?? throw new CslException($"{what}: empty document");
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new CslException($"{what}: DTDs and entity declarations are not allowed ({e.Message})", e);
        }
        catch (XmlException e)
        {
            throw new CslException($"{what}: malformed XML: {e.Message}", e);
        }
    }
}
