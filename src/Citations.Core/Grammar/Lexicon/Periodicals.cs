namespace Citations.Core.Grammar.Lexicon;

/// <summary>Newspapers (their items have dates but no pages) and popular magazines of the period.</summary>
public static class Periodicals
{
    static readonly HashSet<string> Newspapers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Pravda", "Izvestiia", "Izvestia", "Krasnaia zvezda", "Krasnaya zvezda", "Trud", "Komsomol'skaia pravda", "Literaturnaia gazeta",
        "New York Times", "The New York Times", "Times", "The Times", "Washington Post", "The Washington Post", "Manchester Guardian",
        "Guardian", "Daily Express", "Daily Telegraph", "Observer", "Wall Street Journal", "Christian Science Monitor", "Chicago Tribune",
        "New York Herald Tribune", "Le Monde", "Le Figaro", "Neues Deutschland", "Völkischer Beobachter", "Frankfurter Zeitung",
        "Frankfurter Allgemeine Zeitung", "Die Welt", "Svenska Dagbladet", "Dagens Nyheter", "La Suisse", "Neue Zürcher Zeitung",
        "Rudé právo", "Trybuna Ludu", "Renmin Ribao", "People's Daily", "Daily Worker", "Tägliche Rundschau", "Berliner Zeitung",
        "Nepszabadsag", "Népszabadság", "Scinteia", "Borba", "Rabotnichesko delo",
    };

    static readonly string[] NewspaperWords = ["Times", "Post", "Herald", "Tribune", "Gazette", "Zeitung", "Pravda", "Izvestiia", "Daily", "Dagblad", "Nyheter", "Courier", "Observer", "Monde"];

    public static bool IsNewspaper(string title) =>
        Newspapers.Contains(title.Trim()) || NewspaperWords.Any(w => title.Split(Punctuation.SpaceHyphen).Contains(w));

    static readonly HashSet<string> Magazines = new(StringComparer.OrdinalIgnoreCase)
    {
        "Liberty", "American Mercury", "American Magazine", "Life", "Time", "Newsweek", "Saturday Evening Post", "Collier's",
        "Harper's", "Harper's Magazine", "Atlantic Monthly", "The Atlantic", "Look", "Reader's Digest", "New Yorker", "The New Yorker",
        "Der Spiegel", "Spiegel", "Ogonek", "Ogonyok", "New Republic", "The New Republic", "Nation", "The Nation", "Commentary",
        "United Nations World", "Voina i rabochii klass", "New Times", "Novoe vremia",
    };

    public static bool IsMagazine(string title) => Magazines.Contains(title.Trim());
}
