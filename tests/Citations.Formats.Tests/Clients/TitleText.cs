using System.Text;

namespace Citations.Formats.Tests.Clients;

/// <summary>
/// Text as a reader compares it after a round trip through TeX: the writers make quotation marks
/// TeX quotes (which parsers read back as curly quotes) and collapse white space, so both sides
/// are reduced to straight quotes and single spaces. An accent over i is written over TeX's dotless
/// \i, which parsers read back as "ı" and the combining accent: the same letter as "î".
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
        return DotlessWithAccent(sb.ToString()).Normalize(NormalizationForm.FormC);
    }

    /// <summary>A name as written, with an accented dotless i read back as the accented i.</summary>
    public static string? Name(string? s) => s is null ? null : DotlessWithAccent(s).Normalize(NormalizationForm.FormC);

    static string DotlessWithAccent(string s)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i + 1 < chars.Length; i++)
            if (chars[i] == 'ı' && char.GetUnicodeCategory(chars[i + 1]) == System.Globalization.UnicodeCategory.NonSpacingMark) chars[i] = 'i';
        return new string(chars);
    }
}
