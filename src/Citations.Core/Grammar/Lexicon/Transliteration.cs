using System.Text;
using System.Text.RegularExpressions;

namespace Citations.Core.Grammar.Lexicon;

/// <summary>
/// Cyrillic letters that OCR or a keyboard slipped into transliterated (Latin) words —
/// "sovetско-angliiskogo", "soiuзnogo" — put back into Library of Congress romanization.
/// </summary>
public static partial class Transliteration
{
    static readonly Dictionary<char, string> LibraryOfCongress = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh", ['з'] = "z",
        ['и'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch",
        ['ъ'] = "\"", ['ы'] = "y", ['ь'] = "'", ['э'] = "e", ['ю'] = "iu", ['я'] = "ia",
    };

    [GeneratedRegex(@"[\p{L}\-]*(?:\p{IsBasicLatin}[\p{L}\-]*\p{IsCyrillic}|\p{IsCyrillic}[\p{L}\-]*\p{IsBasicLatin})[\p{L}\-]*")]
    private static partial Regex MixedWord();

    /// <summary>Romanizes the Cyrillic letters of words that mix both scripts; words wholly in Cyrillic stay.</summary>
    public static (string Text, IReadOnlyList<string> Repairs) LatinizeMixedWords(string text)
    {
        // Only a text with Cyrillic letters can mix the scripts.
        if (!text.AsSpan().ContainsAnyInRange('\u0400', '\u04FF')) return (text, []);
        var repairs = new List<string>();
        string result = MixedWord().Replace(text, m =>
        {
            var sb = new StringBuilder();
            foreach (char c in m.Value)
            {
                char lower = char.ToLowerInvariant(c);
                if (LibraryOfCongress.TryGetValue(lower, out string? latin))
                    sb.Append(char.IsUpper(c) ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin);
                else sb.Append(c);
            }
            repairs.Add($"ocr: mixed script '{m.Value}' read as '{sb}'");
            return sb.ToString();
        });
        return (result, repairs);
    }
}
