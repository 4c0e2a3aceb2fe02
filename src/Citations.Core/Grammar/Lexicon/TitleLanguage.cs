using System.Buffers;

namespace Citations.Core.Grammar.Lexicon;

/// <summary>
/// The language of a title, guessed from its function words, letters and (for romanized Russian) word endings.
/// CSL styles title-case only English titles, so a German or transliterated Russian title left without a
/// language would come out as "Zur Geschichte Der Deutschen Arbeiterbewegung". English wins ties and
/// unclear cases: a language is given only on two or more signals that outweigh the English ones.
/// </summary>
public static class TitleLanguage
{
    sealed record Profile(string Code, HashSet<string> FunctionWords, string Letters, string[]? Endings = null)
    {
        public readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        public readonly SearchValues<char> LetterValues = SearchValues.Create(Letters);
    }

    static HashSet<string> Words(string words) => new(words.Split(' '), StringComparer.Ordinal);

    static readonly HashSet<string> English = Words(
        "the of and in to a an on for with from by at its their his her is are was were as into toward towards during after before between " +
        "so what this that not or but new our we you it history war policy world cold soviet union american british russian foreign relations " +
        "states united politics diplomacy crisis");

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = English.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Library of Congress romanization gives Russian words endings English hardly has.</summary>
    static readonly string[] RussianEndings =
        ["ii", "iia", "iiu", "iei", "aia", "oi", "ogo", "ego", "ykh", "ikh", "ymi", "imi", "skii", "skoi", "skogo", "nyi", "nye", "nykh",
         "stva", "stvo", "niia", "nie", "tsii", "tsiia", "shchi", "ovoi", "evoi"];

    static readonly string[] GermanEndings =
        ["ung", "ungen", "keit", "heit", "schaft", "schaften", "isch", "ische", "ischen", "ischer", "isches", "lichen", "licher", "liches"];

    static readonly Profile[] Profiles =
    [
        // Romanized Russian first: it wins ties with Polish and Czech, which share its prepositions but not its endings.
        new("ru", Words("i v na po o ob k s ot iz dlia pri za posle vo so ili kak chto ego"), "", RussianEndings),
        new("de", Words("der die das des dem den und zur zum im ins über für mit von vom ein eine einer eines einem nach bei gegen als auf aus zwischen seit bis unter vor durch wie zu ist"), "äöüß", GermanEndings),
        new("fr", Words("le la les du des et une un sur dans pour au aux entre par avec sous vers l' d' en"), "éèêàçôâîûœ"),
        new("it", Words("il lo gli della delle dei degli del di e per nel nella nei con tra fra sul sulla una"), "àèìòù"),
        new("es", Words("el los las del y en con por para una sobre entre desde hacia"), "ñáéíóú"),
        new("pl", Words("i w z na do się oraz od przez dla po pod wobec"), "łśżźąęćń"),
        new("cs", Words("a v z na do se od pro po pod ve"), "ěřůčšž"),
    ];

    /// <summary>A BCP 47 code, or null for English or when the signals are too weak to say.</summary>
    public static string? Guess(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        int cyrillic = 0, letters = 0;
        foreach (char c in title)
        {
            if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            if (char.IsLetter(c)) letters++;
        }
        if (cyrillic * 2 > letters) return "ru";
        string lower = title.ToLowerInvariant();
        Span<int> scores = stackalloc int[Profiles.Length];
        int words = 0, english = 0;
        for (int i = 0; i < lower.Length;)
        {
            if (!IsWordChar(lower[i])) { i++; continue; }
            int start = i;
            while (i < lower.Length && IsWordChar(lower[i])) i++;
            var word = lower.AsSpan(start, i - start);
            words++;
            if (EnglishLookup.Contains(word)) english++;
            for (int p = 0; p < Profiles.Length; p++)
            {
                var profile = Profiles[p];
                if (profile.Lookup.Contains(word)) scores[p]++;
                else if (profile.Endings is { } endings && word.Length >= 5 && EndsWithAny(word, endings)) scores[p]++;
            }
        }
        if (words == 0) return null;
        string? best = null;
        int bestScore = 0;
        for (int p = 0; p < Profiles.Length; p++)
        {
            int score = scores[p] + (lower.AsSpan().IndexOfAny(Profiles[p].LetterValues) >= 0 ? 1 : 0);
            if (score > bestScore) (best, bestScore) = (Profiles[p].Code, score);
        }
        // A short title ("Voprosy istorii", "Vtoroi front") may carry a single signal; a longer one needs two.
        int needed = words <= 3 ? 1 : 2;
        return bestScore >= needed && bestScore > english ? best : null;
    }

    static bool IsWordChar(char c) => char.IsLetter(c) || c is '\'' or '\u2019';

    static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (string ending in endings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }
}
