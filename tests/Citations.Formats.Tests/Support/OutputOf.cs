using Citations.Core.Model;

namespace Citations.Formats.Tests.Support;

static class OutputOf
{
    public static string Write(IReferenceWriter writer, IEnumerable<CslItem> items)
    {
        var text = new StringWriter { NewLine = "\n" };
        writer.Write(items, text);
        return text.ToString();
    }

    public static string Write(string format, params CslItem[] items) => Write(ReferenceWriters.GetByName(format), items);
}
