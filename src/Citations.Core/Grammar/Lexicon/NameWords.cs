using System.Text.RegularExpressions;

namespace Citations.Core.Grammar.Lexicon;

/// <summary>The small words of personal names: particles, suffixes, and words that never start one.</summary>
public static class NameWords
{
    public static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "de", "der", "den", "du", "des", "la", "le", "di", "da", "del", "della", "dos", "ten", "ter", "zu", "von der", "van der", "af", "al", "el", "bin", "ibn",
    };

    public static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    /// <summary>Capitalised words that begin titles and institutions, never personal names.</summary>
    public static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "On", "In", "From", "To", "For", "Of", "And", "With", "Der", "Die", "Das", "Le", "La", "Les", "Zur", "Zum", "Im", "Ein", "Eine",
        "Report", "Memorandum", "Minutes", "Letter", "Telegram", "Note", "Notes", "Record", "Records", "Summary", "Statement", "Speech", "Interview",
        "Conversation", "Diary", "Ibid", "Ibid.", "Soviet", "American", "British", "German", "Russian", "Department", "Ministry", "Committee",
        "Office", "Bureau", "Embassy", "Legation", "Secretary", "President", "Chairman", "Foreign", "Central", "Council", "Commission", "Institute",
        "University", "Press", "Library", "Archive", "Archives", "National", "Policy", "Politics", "War", "Peace", "History", "Relations",
        "Documents", "Papers", "Correspondence", "Conference", "Party", "State", "States", "United", "Union", "Republic", "Cold", "World",
        "Berlin", "Moscow", "Germany", "Russia", "Europe", "Crisis", "Free", "Navy", "Army", "Broadcasting", "Press", "Bulletin", "Directive",
        "Summary", "Manifest", "Appell", "Order", "Session", "Annex", "Survey", "Communist", "Politburo", "Kremlin", "Stalin's", "Khrushchev's",
    };

    /// <summary>Words that mark a name as an institution ("Ministry of Foreign Affairs of the U.S.S.R.").</summary>
    public static readonly string[] InstitutionWords =
    [
        "Ministry", "Department", "Committee", "Office", "Commission", "Council", "Institute", "Bureau", "Embassy", "Legation", "Party",
        "Agency", "Academy", "Administration", "Directorate", "Command", "Staff", "Service", "Branch", "Section", "Division", "Board",
        "Government", "Kommission", "Ministerium", "Komitet", "Historiker", "Presidium", "Politburo", "Secretariat", "Foreign Office", "KI",
        "TASS", "Consulate", "Mission", "Delegation", "Headquarters", "Chancellery", "Reichskanzlei", "Auswärtiges Amt",
        "Group", "Center", "Centre", "Corporation", "Association", "Society", "Foundation", "University", "Library", "Archive", "Archives",
        "Press", "Authority", "Organization", "Organisation", "Union", "Front", "Army", "Navy", "Senate", "Congress",
    ];
}

/// <summary>
/// Chinese and Korean names written family name first, as historians of the PRC and Korea write them: "Mao Zedong",
/// "Shen Zhihua", "Chou En-lai", "Kim Il Sung". A name is read so only when its first word is a family name of the
/// list and the rest reads as a given name of that language (pinyin or Wade-Giles syllables, short Korean syllables),
/// so that "Lee Harvey Oswald" and "Kim Philby" stay as they are.
/// </summary>
public static partial class EastAsianNames
{
    static readonly HashSet<string> ChineseFamilies = new(StringComparer.Ordinal)
    {
        "Mao", "Zhou", "Deng", "Liu", "Chen", "Shen", "Xue", "Zhang", "Wang", "Li", "Yang", "Huang", "Zhao", "Wu", "Sun", "Hu", "Zhu",
        "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Liang", "Song", "Zheng", "Xie", "Han", "Tang", "Feng", "Dong", "Xiao", "Cheng", "Cao",
        "Yuan", "Xu", "Fu", "Peng", "Su", "Lu", "Jiang", "Cai", "Jia", "Ding", "Wei", "Xia", "Tian", "Ren", "Fan", "Fang", "Shi", "Yao",
        "Tan", "Liao", "Zou", "Xiong", "Jin", "Hao", "Kong", "Bai", "Cui", "Kang", "Qiu", "Qin", "Gu", "Hou", "Shao", "Meng", "Long",
        "Duan", "Lei", "Qian", "Yin", "Niu", "Zhai", "Ye", "Yan", "Pan", "Du", "Dai", "Xi", "Bo", "Rao", "Geng", "Nie", "Ke", "Ji", "Ni",
        "Chou", "Teng", "Chiang", "Hsu", "Chang", "Chu", "Chao", "Hsieh", "Kuo", "Huang", "Yeh", "Tsai", "Tseng", "Hsiao", "Lo", "Sung",
    };

    static readonly HashSet<string> KoreanFamilies = new(StringComparer.Ordinal)
    {
        "Kim", "Pak", "Park", "Lee", "Yi", "Rhee", "Choi", "Ch'oe", "Jung", "Chung", "Kang", "Cho", "Yoon", "Yun", "Jang", "Lim", "Shin",
        "Seo", "Kwon", "Hwang", "Ahn", "Ryu", "Hong", "Ko", "Mun", "Moon", "Son", "Bae", "Baek", "Nam", "Roh", "No", "Ha", "Kwak", "Ri",
        "Hyon", "Chon", "Chun", "Ho",
    };

    [GeneratedRegex(@"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|uai|ian|iao|ing|ang|eng|ong|uan|ue|ui|un|ua|uo|ai|ei|ao|ou|an|en|er|in|ia|ie|iu|a|e|i|o|u|ü))+$")]
    private static partial Regex PinyinSyllables();

    // Wade-Giles: "Tse-tung", "En-lai", "Kai-shek", "Hsiao-p'ing".
    [GeneratedRegex(@"^\p{Lu}[a-z']{1,6}-[a-z']{1,6}$")]
    private static partial Regex WadeGilesGiven();

    // Korean: "Il Sung" (two short words), "Jong-il", "Dae-jung".
    [GeneratedRegex(@"^\p{Lu}[a-z]{1,4}(?:-[a-z]{1,4})?$")]
    private static partial Regex KoreanSyllable();

    /// <summary>Whether <paramref name="tokens"/> ("Mao", "Zedong") is a family-first East Asian name.</summary>
    public static bool IsFamilyFirst(IReadOnlyList<string> tokens)
    {
        if (tokens.Count is < 2 or > 3) return false;
        var given = tokens.Skip(1).ToList();
        if (ChineseFamilies.Contains(tokens[0]) && given.Count == 1)
            return PinyinSyllables().IsMatch(given[0].ToLowerInvariant()) && given[0].Length >= 2 && char.IsUpper(given[0][0])
                || WadeGilesGiven().IsMatch(given[0]);
        if (KoreanFamilies.Contains(tokens[0]))
            return given.All(g => KoreanSyllable().IsMatch(g)) && (given.Count == 2 || given[0].Contains('-'));
        return false;
    }
}
