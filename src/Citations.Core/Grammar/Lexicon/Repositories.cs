namespace Citations.Core.Grammar.Lexicon;

/// <summary>A repository as cited, with today's name.</summary>
public sealed record Repository(string AsCited, string Canonical, string Country);

/// <summary>
/// Archive names met in the field and their canonical (current) names: Russian archives were
/// renamed after 1991 (TsKhSD → RGANI, RTsKhIDNI → RGASPI, TsGAOR → GARF, AVP SSSR → AVP RF).
/// </summary>
public static class Repositories
{
    static readonly (string[] Forms, string Canonical, string Country)[] Table =
    [
        (["AVP RF", "AVPRF", "AVP R.F.", "Archive of Foreign Policy of the Russian Federation", "AVP SSSR", "AVP",
          "Arkhiv vneshnei politiki Rossiiskoi Federatsii", "Arkhiv vneshnei politiki SSSR", "Foreign Policy Archive of the Russian Federation",
          "Russian Foreign Ministry Archive", "Archive of Foreign Policy of the USSR"], "AVP RF", "RU"),
        (["TsKhSD", "TSKhSD", "SCCD", "Storage Center for Contemporary Documentation", "RGANI", "TsKhSD (RGANI)",
          "Tsentr khraneniia sovremennoi dokumentatsii", "Rossiiskii gosudarstvennyi arkhiv noveishei istorii",
          "Russian State Archive of Contemporary History", "Center for the Storage of Contemporary Documentation"], "RGANI", "RU"),
        (["RTsKhIDNI", "RTsKhIDNI (RGASPI)", "RGASPI", "TsPA", "TsPA IML", "Rossiiskii gosudarstvennyi arkhiv sotsial'no-politicheskoi istorii",
          "Russian State Archive of Social and Political History", "Rossiiskii tsentr khraneniia i izucheniia dokumentov noveishei istorii",
          "Russian Center for the Preservation and Study of Documents of Recent History"], "RGASPI", "RU"),
        (["APRF", "AP RF", "Presidential Archive", "Archive of the President of the Russian Federation", "Arkhiv Prezidenta Rossiiskoi Federatsii",
          "Arkhiv Prezidenta RF", "Presidential Archive of the Russian Federation"], "APRF", "RU"),
        (["TsGAOR", "TsGAOR SSSR", "GARF", "Gosudarstvennyi arkhiv Rossiiskoi Federatsii", "State Archive of the Russian Federation", "Staatsarchiv der Russischen Föderation"], "GARF", "RU"),
        (["TsGASA", "RGVA", "Rossiiskii gosudarstvennyi voennyi arkhiv", "Russian State Military Archive"], "RGVA", "RU"),
        (["TsGANKh", "RGAE", "Rossiiskii gosudarstvennyi arkhiv ekonomiki", "Russian State Archive of the Economy"], "RGAE", "RU"),
        (["TsAMO", "TsAMO RF", "Tsentral'nyi arkhiv Ministerstva oborony", "Central Archive of the Ministry of Defense"], "TsAMO", "RU"),
        (["RGVIA"], "RGVIA", "RU"),
        (["RGALI", "TsGALI"], "RGALI", "RU"),
        (["RGIA", "TsGIA"], "RGIA", "RU"),
        (["RGAKFD"], "RGAKFD", "RU"),
        (["RGANTD"], "RGANTD", "RU"),
        (["SAPMO-BArch", "SAPMO", "SAPMO-BA", "Stiftung Archiv der Parteien und Massenorganisationen der DDR im Bundesarchiv"], "SAPMO-BArch", "DE"),
        (["Bundesarchiv", "BArch", "BA", "Bundesarchiv Koblenz", "Bundesarchiv Berlin", "Bundesarchiv Berlin-Lichterfelde", "BA Koblenz", "BAK",
          "Bundesarchiv-Militärarchiv", "BA-MA"], "Bundesarchiv", "DE"),
        (["PAAA", "PA AA", "PA/AA", "Politisches Archiv des Auswärtigen Amts", "Politisches Archiv des Auswärtigen Amtes", "Political Archive of the Foreign Office"], "PAAA", "DE"),
        (["National Archives", "NA", "NARA", "U.S. National Archives", "National Archives and Records Administration", "Washington National Record Center", "Washington National Records Center"], "NARA", "US"),
        (["Public Record Office", "PRO", "P.R.O", "The National Archives", "TNA", "National Archives of the United Kingdom", "The National Archives of the UK",
          "The National Archives of the United Kingdom", "UK National Archives", "British National Archives"], "The National Archives (UK)", "UK"),
        (["Library of Congress", "Manuscript Division, Library of Congress", "Library of Congress, Manuscript Division", "Manuscripts Division, Library of Congress"], "Library of Congress", "US"),
        (["Central Intelligence Agency", "CIA"], "Central Intelligence Agency", "US"),
        (["Declassified Documents Reference System", "DDRS"], "Declassified Documents Reference System", "US"),
        (["Kennedy Library", "John F. Kennedy Library", "JFKL", "John F. Kennedy Presidential Library"], "John F. Kennedy Presidential Library", "US"),
        (["Truman Library", "Harry S. Truman Library", "HSTL"], "Harry S. Truman Presidential Library", "US"),
        (["Eisenhower Library", "Dwight D. Eisenhower Library", "DDEL"], "Dwight D. Eisenhower Presidential Library", "US"),
        (["Roosevelt Library", "Franklin D. Roosevelt Library", "FDR Library", "FDRL"], "Franklin D. Roosevelt Presidential Library", "US"),
        (["Johnson Library", "Lyndon B. Johnson Library", "Lyndon Baines Johnson Library", "LBJ Library", "LBJL"], "Lyndon B. Johnson Presidential Library", "US"),
        (["Nixon Library", "Richard Nixon Library", "Nixon Presidential Materials", "Nixon Presidential Materials Project"], "Richard Nixon Presidential Library", "US"),
        (["Ford Library", "Gerald R. Ford Library", "Gerald Ford Library"], "Gerald R. Ford Presidential Library", "US"),
        (["Carter Library", "Jimmy Carter Library"], "Jimmy Carter Presidential Library", "US"),
        (["Reagan Library", "Ronald Reagan Library"], "Ronald Reagan Presidential Library", "US"),
        (["George Bush Library", "George H. W. Bush Library", "Bush Library"], "George H. W. Bush Presidential Library", "US"),
        (["Herbert Hoover Library", "Hoover Library", "Herbert Hoover Presidential Library"], "Herbert Hoover Presidential Library", "US"),
        (["Hoover Institution", "Hoover Institution Archives", "Hoover Institution on War, Revolution and Peace"], "Hoover Institution Library & Archives", "US"),
        (["Churchill Archives Centre", "Churchill Archives Center"], "Churchill Archives Centre", "UK"),
        (["Bodleian Library"], "Bodleian Library", "UK"),
        (["Wilson Center Digital Archive", "History and Public Policy Program Digital Archive, Wilson Center", "Cold War International History Project Digital Archive"], "Wilson Center Digital Archive", "US"),
        (["BStU", "Der Bundesbeauftragte für die Unterlagen des Staatssicherheitsdienstes der ehemaligen DDR"], "BStU", "DE"),
        (["Archives diplomatiques", "Archives du ministère des Affaires étrangères", "MAE", "AMAE"], "Archives diplomatiques", "FR"),
        (["Service historique de la Défense", "SHD"], "Service historique de la Défense", "FR"),
        (["Archiwum Akt Nowych", "AAN"], "AAN", "PL"),
        (["Národní archiv"], "Národní archiv", "CZ"),
        (["Magyar Országos Levéltár", "MOL", "MNL OL"], "MOL", "HU"),
        (["Arhivele Naţionale Istorice Centrale", "Arhivele Nationale Istorice Centrale", "ANIC"], "ANIC", "RO"),
        (["Tsentralen darzhaven arkhiv", "TsDA"], "TsDA", "BG"),
        (["Department of State", "State Department"], "U.S. Department of State", "US"),
    ];

    static readonly Dictionary<string, (string Canonical, string Country)> ByForm = BuildIndex();

    static Dictionary<string, (string, string)> BuildIndex()
    {
        var d = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (forms, canonical, country) in Table)
            foreach (string f in forms) d.TryAdd(f, (canonical, country));
        return d;
    }

    public static Repository? Lookup(string name)
    {
        string key = name.Trim().TrimEnd(Punctuation.PeriodComma);
        return ByForm.TryGetValue(key, out var r) ? new Repository(key, r.Canonical, r.Country) : null;
    }

    /// <summary>Where a repository cited without its place stands ("National Archives" is in Washington).</summary>
    public static string? DefaultPlace(string asCited) => asCited.Trim() switch
    {
        "National Archives" or "NA" or "U.S. National Archives" => "Washington",
        "Public Record Office" or "PRO" => "London",
        _ => null,
    };

    /// <summary>The abbreviations of Russian archives as a regex alternation, longest first.</summary>
    public static readonly string RussianPattern = string.Join("|",
        Table.Where(t => t.Country == "RU").SelectMany(t => t.Forms).Where(f => !f.Contains(' ') || f.StartsWith("AVP") || f.StartsWith("AP ") || f.StartsWith("TsAMO"))
            .Where(f => f.Length <= 16).OrderByDescending(f => f.Length).Select(System.Text.RegularExpressions.Regex.Escape));
}
