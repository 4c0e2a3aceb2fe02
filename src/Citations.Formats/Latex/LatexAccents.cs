using System.Collections.Frozen;
using System.Text;

namespace Citations.Formats.Latex;

/// <summary>The LaTeX (T1/OT1 text) commands for accents and for letters that are not an accented base letter.</summary>
static class LatexAccents
{
    /// <summary>Combining marks and the accent command that draws them.</summary>
    static readonly FrozenDictionary<int, string> Marks = new Dictionary<int, string>
    {
        [0x0300] = "`", [0x0301] = "'", [0x0302] = "^", [0x0303] = "~", [0x0304] = "=",
        [0x0306] = "u", [0x0307] = ".", [0x0308] = "\"", [0x030A] = "r", [0x030B] = "H",
        [0x030C] = "v", [0x0323] = "d", [0x0327] = "c", [0x0328] = "k", [0x0331] = "b",
    }.ToFrozenDictionary();

    /// <summary>Letters with no decomposition into base letter and mark.</summary>
    static readonly FrozenDictionary<int, string> Letters = new Dictionary<int, string>
    {
        ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "AE", ['œ'] = "oe", ['Œ'] = "OE", ['ø'] = "o", ['Ø'] = "O",
        ['ł'] = "l", ['Ł'] = "L", ['ı'] = "i", ['ȷ'] = "j", ['đ'] = "dj", ['Đ'] = "DJ", ['ð'] = "dh", ['Ð'] = "DH",
        ['þ'] = "th", ['Þ'] = "TH", ['ŋ'] = "ng", ['Ŋ'] = "NG", ['å'] = "aa", ['Å'] = "AA",
    }.ToFrozenDictionary();

    /// <summary>Symbols an 8-bit BibTeX file spells as commands; biber gets them as UTF-8.</summary>
    public static readonly FrozenDictionary<int, string> Symbols = new Dictionary<int, string>
    {
        ['…'] = "dots", ['§'] = "S", ['¶'] = "P", ['©'] = "copyright", ['°'] = "textdegree", ['€'] = "texteuro",
        ['£'] = "pounds", ['«'] = "guillemotleft", ['»'] = "guillemotright", ['‹'] = "guilsinglleft", ['›'] = "guilsinglright",
        ['×'] = "texttimes", ['·'] = "textperiodcentered", ['†'] = "dag", ['‡'] = "ddag", ['•'] = "textbullet",
        ['¡'] = "textexclamdown", ['¿'] = "textquestiondown", ['®'] = "textregistered", ['™'] = "texttrademark",
    }.ToFrozenDictionary();

    static bool IsSymbolAccent(string command) => command.Length == 1 && !char.IsAsciiLetter(command[0]);

    /// <summary>
    /// Writes a base letter with its marks as nested BibTeX "special characters"
    /// (<c>{\"o}</c>, <c>{\v{s}}</c>, <c>{\'\i}</c>); false, writing nothing, when some part
    /// has no command (a Cyrillic base, a mark LaTeX has no accent for).
    /// </summary>
    public static bool TryWriteAccented(StringBuilder sb, ReadOnlySpan<char> cluster)
    {
        if (cluster.Length == 1 && TryWriteLetter(sb, cluster[0])) return true;
        string decomposed = LatinDecompositions.Of.TryGetValue(cluster[0], out string? parts)
            ? string.Concat(parts, cluster[1..])
            : cluster.ToString();
        char baseLetter = decomposed[0];
        string? baseCommand = null;
        if (!char.IsAsciiLetter(baseLetter) && !Letters.TryGetValue(baseLetter, out baseCommand)) return false;
        if (decomposed.Length == 1) return false;

        var commands = new List<string>(decomposed.Length - 1);
        for (int i = 1; i < decomposed.Length; i++)
        {
            if (!Marks.TryGetValue(decomposed[i], out string? command)) return false;
            commands.Add(command);
        }

        // An accent above i or j sits on the dotless letter, as plain TeX requires.
        bool markAbove = commands.Exists(c => c is not ("c" or "k" or "d" or "b"));
        string core = baseCommand is not null ? $"\\{baseCommand}"
            : markAbove && baseLetter is 'i' or 'j' ? $"\\{baseLetter}"
            : baseLetter.ToString();

        // Innermost accent first: "ǘ" is u, diaeresis, acute → {\'{\"u}}.
        string text = core;
        foreach (string command in commands)
            text = IsSymbolAccent(command) ? $"\\{command}{AsArgument(text)}" : $"\\{command}{{{text}}}";
        sb.Append('{').Append(text).Append('}');
        return true;
    }

    /// <summary>A symbol accent takes a letter or a control word as it is ("\"u", "\'\i"), anything longer in braces.</summary>
    static string AsArgument(string text) =>
        text.Length == 1 || text[0] == '\\' && text.AsSpan(1).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") < 0
            ? text
            : $"{{{text}}}";

    /// <summary>Writes a letter with no decomposition as its command (<c>{\ss}</c>); false for others.</summary>
    public static bool TryWriteLetter(StringBuilder sb, char letter)
    {
        if (!Letters.TryGetValue(letter, out string? command)) return false;
        sb.Append("{\\").Append(command).Append('}');
        return true;
    }
}
