using System.Text;

namespace Citations.Core.Grammar;

/// <summary>
/// House styles mark titles differently: British and European notes quote titles with single quotes
/// ('The Tito–Stalin Split'), plain-text exports italicize with underscores (_Suez_). The grammar reads one
/// notation — double quotes and *asterisks* — so a note is first rewritten into it, character for character,
/// keeping every offset, and each citation's text is then taken from the note as it was written.
/// </summary>
public static class Typography
{
    public static string Normalize(string note)
    {
        bool abbreviations = Replacements.Any(r => note.Contains(r.Marker, StringComparison.Ordinal));
        if (!abbreviations && note.AsSpan().IndexOfAny("_'‘«»„") < 0) return note;
        var chars = note.ToCharArray();
        Guillemets(chars);
        if (abbreviations) Abbreviations(note, chars);
        Underscores(chars);
        SingleQuotes(chars);
        return new string(chars);
    }

    /// <summary>
    /// European abbreviations that mean what English ones of the same length mean: "S. 193" (Seite) is "p. 193",
    /// "Nr. 5" and "n° 4" are "no. 5" and "no.4", "512 sq." is "512 ff.".
    /// </summary>
    static void Abbreviations(string note, char[] s)
    {
        foreach (var (marker, pattern, replacement) in Replacements)
        {
            if (!note.Contains(marker, StringComparison.Ordinal)) continue;
            foreach (System.Text.RegularExpressions.Match m in pattern.Matches(note))
                replacement.CopyTo(0, s, m.Index, replacement.Length);
        }
    }

    /// <summary>Each abbreviation: a plain string that must occur for the pattern to be worth running, the pattern, the English form.</summary>
    static readonly (string Marker, System.Text.RegularExpressions.Regex Pattern, string Replacement)[] Replacements =
    [
        ("S.", new(@"(?<=[,;(]\s|^)S\.(?=\s?\d)", System.Text.RegularExpressions.RegexOptions.Compiled), "p."),
        ("Nr.", new(@"(?<![\p{L}])Nr\.(?=\s?\d)", System.Text.RegularExpressions.RegexOptions.Compiled), "no."),
        ("n°", new(@"(?<![\p{L}])n°\s(?=\d)", System.Text.RegularExpressions.RegexOptions.Compiled), "no."),
        ("nº", new(@"(?<![\p{L}])nº\s(?=\d)", System.Text.RegularExpressions.RegexOptions.Compiled), "no."),
        ("sq.", new(@"(?<=\d\s)sq\.", System.Text.RegularExpressions.RegexOptions.Compiled), "ff."),
    ];

    /// <summary>« Le général de Gaulle et l'URSS » and „Deutschlandpolitik“ → “…”: French and German quotation marks.</summary>
    static void Guillemets(char[] s)
    {
        for (int i = 0; i < s.Length; i++)
            s[i] = s[i] switch { '«' or '„' => '“', '»' => '”', _ => s[i] };
    }

    /// <summary>"_Sphinx and the Commissar_" → "*Sphinx and the Commissar*": an underscore opening at a word's start and closing at its end.</summary>
    static void Underscores(char[] s)
    {
        int open = -1;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '_') continue;
            bool opens = (i == 0 || !char.IsLetterOrDigit(s[i - 1])) && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]);
            bool closes = i > 0 && !char.IsWhiteSpace(s[i - 1]) && (i + 1 == s.Length || !char.IsLetterOrDigit(s[i + 1]));
            if (open >= 0 && closes)
            {
                s[open] = '*';
                s[i] = '*';
                open = -1;
            }
            else if (opens) open = i;
        }
    }

    /// <summary>
    /// 'Title', → “Title”, outside double quotes only (inside them single quotes are nested quotations). An apostrophe
    /// ("Churchill's", "Soviets' aims") neither opens nor closes: a quote opens before a word and closes before punctuation.
    /// </summary>
    static void SingleQuotes(char[] s)
    {
        bool inDouble = false;
        int open = -1;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is '"' or '“' or '”')
            {
                inDouble = c == '“' || (c == '"' && !inDouble);
                if (c == '”') inDouble = false;
                open = -1;
                continue;
            }
            if (inDouble || c is not ('\'' or '‘' or '’')) continue;
            bool opens = c != '’' && (i == 0 || char.IsWhiteSpace(s[i - 1]) || s[i - 1] is '(' or '[' or '—' or '-')
                && i + 1 < s.Length && (char.IsLetterOrDigit(s[i + 1]) || s[i + 1] is '*' or '[');
            bool closes = c != '‘' && i > 0 && !char.IsWhiteSpace(s[i - 1])
                && (i + 1 == s.Length || s[i + 1] is ',' or '.' or ';' or ':' or ')' or ' ' or ']' or '?' or '!');
            if (open >= 0 && closes && i - open > 2)
            {
                s[open] = '“';
                s[i] = '”';
                open = -1;
            }
            else if (opens) open = i;
        }
    }
}
