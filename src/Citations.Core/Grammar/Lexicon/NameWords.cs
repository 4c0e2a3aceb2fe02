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
