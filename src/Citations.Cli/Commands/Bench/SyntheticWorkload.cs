using Citations.Core.Model;
using Citations.FakeCatalogs.Corpus;

namespace Citations.Cli.Commands.Bench;

/// <summary>
/// A generated catalog corpus and as many references as asked for, every one a different question: books
/// (45 %), articles (35 %), UK files (10 %), FRUS (5 %) and Russian archival files (5 %); two thirds of the
/// publications are in the corpus, a third are not (each of those shares its author with a work that is).
/// </summary>
static class SyntheticWorkload
{
    static readonly string[] Words =
    [
        "Soviet", "Policy", "Berlin", "Crisis", "Diplomacy", "War", "Peace", "Germany", "Stalin", "Moscow", "Alliance",
        "Strategy", "Empire", "Revolution", "Front", "Europe", "Origins", "Cold", "Power", "Kremlin", "Negotiations",
        "Occupation", "Intelligence", "Security", "Conference", "Treaty", "Partition", "Frontier", "Question", "Decision",
        "Propaganda", "Armistice", "Coalition", "Summit", "Doctrine", "Containment", "Détente", "Blockade", "Airlift",
        "Ultimatum", "Neutrality", "Reparations", "Satellites", "Comintern", "Embassy", "Ambassador", "Memoirs", "Diaries",
        "Documents", "Archives", "Foreign", "Relations", "Balkans", "Poland", "Finland", "Danube", "Baltic", "Atlantic",
        "Pacific", "Yalta", "Potsdam", "Tehran", "Leadership", "Succession", "Politburo", "Party", "Ideology", "Economy",
    ];
    static readonly string[] Families =
    [
        "Abramov", "Baker", "Carlisle", "Dobrynin", "Ellison", "Fischer", "Gorodetsky", "Hartmann", "Ivanova", "Jansen",
        "Kowalski", "Lindqvist", "Morozov", "Nakamura", "Orlov", "Petrova", "Quinlan", "Rostow", "Sokolov", "Thornton",
        "Ulbrich", "Volkov", "Weinberg", "Yakovlev", "Zimmermann", "Aldrich", "Bohlen", "Crane", "Dallek", "Eden",
    ];
    static readonly string[] Journals = ["Slavic Review", "Cold War History", "Diplomatic History", "Russian Review", "Journal of Modern History", "Europe-Asia Studies"];
    static readonly (string Publisher, string Place)[] Publishers =
        [("Praeger", "New York"), ("Harvard University Press", "Cambridge, Mass."), ("Macmillan", "London"), ("Nauka", "Moskva"), ("Dietz", "Berlin")];

    public static (FakeCorpus Corpus, IReadOnlyList<CslItem> Items) Create(int count, int seed)
    {
        var random = new Random(seed);
        var works = new List<Work>();
        var tna = new List<TnaRecord>();
        var frus = new List<FrusVolume>();
        var items = new List<CslItem>();
        var titles = new HashSet<string>();

        for (int year = 1940; year <= 1965; year++)
            for (int volume = 1; volume <= 6; volume++)
                frus.Add(new FrusVolume { Id = $"frus{year}v{volume:00}", Title = $"Foreign Relations of the United States, {year}, Volume {volume}", Published = year + 18, Documents = 400 });

        for (int i = 0; i < count; i++)
        {
            int kind = i % 20;
            bool present = i % 3 != 0;
            string family = Families[random.Next(Families.Length)];
            string given = $"{(char)('A' + random.Next(26))}. {(char)('A' + random.Next(26))}.";
            int year = 1945 + random.Next(50);
            string title = NewTitle(random, titles);
            string id = $"b{i:0000}";
            if (kind <= 8)
            {
                var (publisher, place) = Publishers[random.Next(Publishers.Length)];
                if (present || i % 2 == 0)
                {
                    // An absent book's author has another work in the catalogs: a near miss, not an easy miss.
                    var editions = new List<Edition> { new() { Year = year, Publisher = publisher, Place = place, Lccn = $"{year % 100:00}{i:000000}", Oclc = $"{900000 + i}" } };
                    if (random.Next(3) == 0) editions.Add(new Edition { Year = year + 5, Publisher = publisher, Place = place, Lccn = $"{(year + 5) % 100:00}{i:000000}9" });
                    works.Add(new Work
                    {
                        Id = $"w{works.Count + 1:00000}", Kind = "book", Title = present ? title : NewTitle(random, titles), Catalogs = ["openlibrary", "loc"],
                        Authors = [new Person { Family = family, Given = given }], Editions = editions, Publisher = publisher, Language = "eng",
                    });
                }
                items.Add(new CslItem { Id = id, Type = CslType.Book, Title = title, Author = [CslName.Person(family, given[..2])], Issued = CslDate.Of(year), Publisher = publisher, PublisherPlace = place });
            }
            else if (kind <= 15)
            {
                string journal = Journals[random.Next(Journals.Length)];
                string volume = (1 + random.Next(60)).ToString();
                string pages = $"{1 + random.Next(400)}-{401 + random.Next(40)}";
                if (present || i % 2 == 0)
                    works.Add(new Work
                    {
                        Id = $"w{works.Count + 1:00000}", Kind = "article", Title = present ? title : NewTitle(random, titles), Catalogs = ["crossref", "openalex"],
                        Authors = [new Person { Family = family, Given = given }], Year = year, Container = journal, Volume = volume, Pages = pages,
                        Doi = $"10.5555/bench.{i:0000}", Language = "eng",
                    });
                items.Add(new CslItem { Id = id, Type = CslType.ArticleJournal, Title = title, Author = [CslName.Person(family, given[..2])], Issued = CslDate.Of(year), ContainerTitle = journal, Volume = volume });
            }
            else if (kind <= 17)
            {
                string piece = (30000 + i).ToString();
                if (kind == 16) tna.Add(new TnaRecord { Id = $"C{7000000 + i}", Reference = $"FO 371/{piece}", Title = $"Soviet Union: {title}", CoveringDates = "1943", Start = 19430101, End = 19431231 });
                items.Add(new CslItem
                {
                    Id = id, Type = CslType.Manuscript, Title = "minute", Archive = "Public Record Office", ArchiveLocation = $"FO 371/{piece}",
                    Issued = CslDate.Of(1943, 1 + random.Next(12), 1 + random.Next(28)),
                    Custom = new ReferenceExtras { Archival = new ArchivalParts { Series = "FO 371", Piece = piece } },
                });
            }
            else if (kind == 18)
            {
                var volume = frus[random.Next(frus.Count)];
                bool document = i % 40 == 18;
                items.Add(new CslItem
                {
                    Id = id, Type = document ? CslType.Chapter : CslType.Book, Title = document ? title : volume.Title, Number = document ? (1 + i % 300).ToString() : null,
                    ContainerTitle = document ? volume.Title : null, Custom = new ReferenceExtras { Identifiers = new Identifiers { Frus = volume.Id } },
                });
            }
            else
            {
                items.Add(new CslItem
                {
                    Id = id, Type = CslType.Manuscript, Archive = "TsKhSD", ArchiveLocation = $"f. 5, op. {30 + i % 40}, d. {i}",
                    Custom = new ReferenceExtras { Archival = new ArchivalParts { Fond = "5", Opis = (30 + i % 40).ToString(), Delo = i.ToString() } },
                });
            }
        }
        return (new FakeCorpus { Works = works, Tna = tna, Frus = frus }, items);
    }

    static string NewTitle(Random random, HashSet<string> used)
    {
        while (true)
        {
            int length = 3 + random.Next(4);
            string main = string.Join(' ', Enumerable.Range(0, length).Select(_ => Words[random.Next(Words.Length)]));
            string title = random.Next(3) == 0 ? $"{main}: {Words[random.Next(Words.Length)]} and {Words[random.Next(Words.Length)]}" : main;
            if (used.Add(title)) return title;
        }
    }
}
