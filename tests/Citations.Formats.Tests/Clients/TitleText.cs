using System.Text;

namespace Citations.Formats.Tests.Clients;

/// <summary>
/// Text as a reader compares it after a round trip through TeX: the writers make quotation marks
/// TeX quotes (which parsers read back as curly quotes) and collapse white space, so both sides
/// are reduced to straight quotes and single spaces.
/// </summary>
static class TitleText
{
    public static string Comparable(string? text)
    {
        if (text is null) return "";
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c switch
            {
                '“' or '”' or '„' or '‟' => '"',
                '‘' or '’' or '‚' or '`' => '\'',
                '\u00A0' => ' ',
                _ => c,
            });
        }
        return sb.ToString();
    }
}
