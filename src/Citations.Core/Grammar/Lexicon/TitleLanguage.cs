using System.Text.RegularExpressions;

namespace Citations.Core.Grammar.Lexicon;

/// <summary>
/// The language of a title, guessed from its function words, letters and (for romanized Russian) word endings.
/// CSL styles title-case only English titles, so a German or transliterated Russian title left without a
/// language would come out as "Zur Geschichte Der Deutschen Arbeiterbewegung". English wins ties and
/// unclear cases: a language is given only on two or more signals that outweigh the English ones.
/// </summary>
public static partial class TitleLanguage
{
    sealed record Profile(string Code, HashSet<string> FunctionWords, string Letters, Regex? Endings = null);

    static HashSet<string> Words(string words) => new(words.Split(' '), StringComparer.Ordinal);

    static readonly HashSet<string> English = Words(
        "the of and in to a an on for with from by at its their his her is are was were as into toward towards during after before between " +
        "so what this that not or but new our we you it history war policy world cold soviet union american british russian foreign relations " +
        "states united politics diplomacy crisis");

    static readonly Profile[] Profiles =
    [
        // Romanized Russian first: it wins ties with Polish and Czech, which share its prepositions but not its endings.
        new("ru", Words("i v na po o ob k s ot iz dlia pri za posle vo so ili kak chto ego"), "", RussianEnding()),
        new("de", Words("der die das des dem den und zur zum im ins über für mit von vom ein eine einer eines einem nach bei gegen als auf aus zwischen seit bis unter vor durch wie zu ist"), "äöüß", GermanEnding()),
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
        int cyrillic = title.Count(c => c is >= '\u0400' and <= '\u04FF');
        if (cyrillic * 2 > title.Count(char.IsLetter)) return "ru";
        var words = Word().Matches(title.ToLowerInvariant()).Select(m => m.Value).ToList();
        if (words.Count == 0) return null;
        int english = words.Count(English.Contains);
        string? best = null;
        int bestScore = 0;
        foreach (var profile in Profiles)
        {
            int score = words.Count(profile.FunctionWords.Contains)
                + (profile.Letters.Length > 0 && title.ToLowerInvariant().IndexOfAny(profile.Letters.ToCharArray()) >= 0 ? 1 : 0)
                + (profile.Endings is { } endings ? words.Count(w => w.Length >= 5 && endings.IsMatch(w)) : 0);
            if (score > bestScore) (best, bestScore) = (profile.Code, score);
        }
        // A short title ("Voprosy istorii", "Vtoroi front") may carry a single signal; a longer one needs two.
        int needed = words.Count <= 3 ? 1 : 2;
        return bestScore >= needed && bestScore > english ? best : null;
    }

    /// <summary>Library of Congress romanization gives Russian words endings English hardly has.</summary>
    [GeneratedRegex(@"(?:ii|iia|iiu|iei|aia|oi|ogo|ego|ykh|ikh|ymi|imi|skii|skoi|skogo|nyi|nye|nykh|stva|stvo|niia|nie|tsii|tsiia|shchi|zhd|ovoi|evoi)$")]
    private static partial Regex RussianEnding();

    [GeneratedRegex(@"(?:ung|ungen|keit|heit|schaft|schaften|ische|ischen|ischer|isches|lichen|licher|liches|kontakte|bewegung)$")]
    private static partial Regex GermanEnding();

    [GeneratedRegex(@"[\p{L}'\u2019]+")]
    private static partial Regex Word();
}
