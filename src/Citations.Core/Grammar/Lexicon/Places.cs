using System.Text.RegularExpressions;

namespace Citations.Core.Grammar.Lexicon;

/// <summary>Where archives and publishers are: the parts of a place that follow a town.</summary>
public static partial class Places
{
    /// <summary>
    /// Towns of archives and publishers, in the languages the notes write them ("Moskau", "Varsovie"): a place when it
    /// follows an archive's name, an imprint's town in a book cited without parentheses.
    /// </summary>
    public static bool IsTown(string name) => Towns.Contains(name);

    static readonly HashSet<string> Towns = new(StringComparer.Ordinal)
    {
        "Washington", "College Park", "Independence", "Abilene", "Boston", "Austin", "Kew", "London", "Moscow", "Berlin", "Bonn",
        "Koblenz", "Paris", "Stanford", "Hyde Park", "Yorba Linda", "Ann Arbor", "Atlanta", "Simi Valley", "West Branch",
        "Suitland", "Warsaw", "Prague", "Budapest", "Sofia", "Bucharest", "Beijing", "Tokyo", "Rome", "Vienna", "Bern",
        "Stockholm", "Oxford", "Cambridge", "Vincennes", "La Courneuve", "Nantes", "New Haven", "Princeton", "Canberra",
        "Ottawa", "Moscou", "Moskau", "Moskva", "München", "Munich", "Stuttgart", "Frankfurt", "Frankfurt a. M.",
        "Frankfurt am Main", "Köln", "Wien", "Hamburg", "Düsseldorf", "Leipzig", "Freiburg", "Göttingen", "Essen", "Paderborn",
        "Oldenburg", "Mainz", "Darmstadt", "Tübingen", "Heidelberg", "Potsdam", "Dresden", "Warszawa", "Varsovie", "Warschau",
        "Praha", "Prag", "Londres", "Roma", "Milano", "Zürich", "Lausanne", "Genève", "Bruxelles", "Lyon", "Rennes", "Lille",
        "Bordeaux", "Toulouse", "Nancy", "Strasbourg", "Bucarest", "Bucureşti", "Beograd", "Belgrade", "Kiev", "Kyiv",
        "Leningrad", "Sankt-Peterburg", "St. Petersburg", "New York", "Chicago", "Ithaca", "Berkeley", "Baltimore", "Notre Dame",
        "Bloomington", "Lawrence", "Basingstoke", "Harmondsworth", "Manchester", "Edinburgh", "Toronto", "Montreal", "Montréal",
        "Amsterdam", "Oslo", "Copenhagen", "København", "Helsinki", "Madrid", "Lisboa", "Lisbon", "Athens", "Istanbul",
        "Jerusalem", "Brussels", "Louvain", "Leiden", "Basel", "Bâle", "Genf", "Geneva", "Minsk", "Vilnius", "Riga", "Tallinn",
    };

    /// <summary>A US state after its town: "MO", "Mass.", "Kansas", "D.C.".</summary>
    public static bool IsUsState(string chunk) => UsState().IsMatch(chunk.Trim());

    /// <summary>The capitals whose state archives historians cite, written after the archive's name.</summary>
    public static bool IsArchiveTown(string chunk) => ArchiveTown().IsMatch(chunk.Trim());

    [GeneratedRegex(@"^(?:Moscow|Moskva|Berlin|Warsaw|Prague|Praha|Budapest|Sofia|Bucharest|Belgrade|Tirana|Kyiv|Kiev|Beijing|Pyongyang|Hanoi|Vilnius|Riga|Tallinn|Tbilisi|Minsk)$")]
    private static partial Regex ArchiveTown();

    [GeneratedRegex(@"^(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.|D\.\s?C\.|Missouri|Kansas|New York|Texas|Massachusetts|Iowa|California|Michigan|Georgia|Maryland|Virginia|Connecticut|New Jersey)$")]
    private static partial Regex UsState();
}
