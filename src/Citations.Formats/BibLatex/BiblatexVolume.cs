namespace Citations.Formats.BibLatex;

/// <summary>
/// biblatex's <c>volume</c> is an integer (biber drops anything else when it validates): a
/// roman volume becomes arabic, as Chicago prefers (CMOS 14.147); what follows the number
/// ("2, supp. 2") or a volume that is no number at all goes to <c>part</c>.
/// </summary>
static class BiblatexVolume
{
    public static (string? Volume, string? Part) Split(string? volume)
    {
        if (string.IsNullOrWhiteSpace(volume)) return (null, null);
        string text = volume.Trim();
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        if (digits > 0)
        {
            string rest = text[digits..].TrimStart(',', ' ', '.', ':').Trim();
            return (text[..digits].TrimStart('0') is { Length: > 0 } n ? n : "0", rest.Length == 0 ? null : rest);
        }
        return Roman(text) is int arabic ? (arabic.ToString(System.Globalization.CultureInfo.InvariantCulture), null) : (null, text);
    }

    static int? Roman(string text)
    {
        int total = 0, previous = 0;
        for (int i = text.Length - 1; i >= 0; i--)
        {
            int value = char.ToUpperInvariant(text[i]) switch
            {
                'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
            };
            if (value == 0) return null;
            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }
        return total is > 0 and < 4000 ? total : null;
    }
}
