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
        if (note.IndexOf('_') < 0 && note.IndexOf('\'') < 0 && note.IndexOf('‘') < 0) return note;
        var chars = note.ToCharArray();
        Underscores(chars);
        SingleQuotes(chars);
        return new string(chars);
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
