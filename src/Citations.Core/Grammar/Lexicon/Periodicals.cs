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
        "Frankfurter Allgemeine Zeitung", "Die Welt", "Die Zeit", "Süddeutsche Zeitung", "L'Humanité", "L'Unità", "Il Messaggero", "Svenska Dagbladet", "Dagens Nyheter", "La Suisse", "Neue Zürcher Zeitung",
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

    /// <summary>Journals and bulletins of the field, often cited without italics in British and European notes.</summary>
    static readonly HashSet<string> Journals = new(StringComparer.OrdinalIgnoreCase)
    {
        "Department of State Bulletin", "Current Digest of the Soviet Press", "Current Digest of the Post-Soviet Press", "Istochnik",
        "Istoricheskii arkhiv", "Voprosy istorii", "Novaia i noveishaia istoriia", "Novaya i noveishaya istoriya", "Mezhdunarodnaia zhizn'",
        "Voenno-istoricheskii zhurnal", "Otechestvennaia istoriia", "Kommunist", "Bol'shevik", "Vestnik MID SSSR", "Diplomaticheskii vestnik",
        "Cold War International History Project Bulletin", "CWIHP Bulletin", "Cold War History", "Diplomatic History", "Journal of Cold War Studies",
        "Europe-Asia Studies", "Soviet Studies", "Slavic Review", "Russian Review", "International Affairs", "Foreign Affairs",
        "Vierteljahrshefte für Zeitgeschichte", "Deutschland Archiv", "Aus Politik und Zeitgeschichte", "Osteuropa", "Relations internationales",
        "Revue d'histoire diplomatique", "Vingtième Siècle", "Cahiers du monde russe", "Journal of Contemporary History", "The China Quarterly",
        "China Quarterly", "Keesing's Contemporary Archives", "Survey", "Problems of Communism", "World Politics", "International Security",
        "Daily Report: Soviet Union", "FBIS Daily Report",
    };

    public static bool IsJournal(string title) => Journals.Contains(title.Trim());

    /// <summary>A newspaper, magazine or journal known by name, so that it is one even without italics.</summary>
    public static bool IsKnown(string title) =>
        Newspapers.Contains(title.Trim()) || Magazines.Contains(title.Trim()) || Journals.Contains(title.Trim());
}
