namespace Citations.Catalogs.Matching;

/// <summary>ISBN-10/13 with checksum: a mistyped ISBN is not looked up (it would find another book).</summary>
public static class Isbn
{
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string digits = new(text.Where(c => char.IsDigit(c) || c is 'X' or 'x').Select(char.ToUpperInvariant).ToArray());
        return digits.Length switch
        {
            10 when Valid10(digits) => digits,
            13 when Valid13(digits) => digits,
            _ => null,
        };
    }

    static bool Valid10(string s)
    {
        int sum = 0;
        for (int i = 0; i < 10; i++)
        {
            int v = s[i] == 'X' ? (i == 9 ? 10 : -1) : s[i] - '0';
            if (v < 0) return false;
            sum += v * (10 - i);
        }
        return sum % 11 == 0;
    }

    static bool Valid13(string s)
    {
        if (s.Contains('X')) return false;
        int sum = 0;
        for (int i = 0; i < 13; i++) sum += (s[i] - '0') * (i % 2 == 0 ? 1 : 3);
        return sum % 10 == 0;
    }
}
