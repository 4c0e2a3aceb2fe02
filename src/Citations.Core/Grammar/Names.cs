using System.Text.RegularExpressions;
using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Grammar;

/// <summary>The role a name list plays, from "(ed.)", ", eds.", ", ed. and tr.", "tr.".</summary>
[Flags]
public enum NameRole { Author = 0, Editor = 1, Translator = 2 }

/// <summary>Personal and institutional names as notes write them ("N.N. Inozemtsev (ed.)", "Adolf A. Berle, Jr.", "S[umner] W[elles]").</summary>
public static partial class Names
{
    [GeneratedRegex(@",\s*(?:and|&)\s+|\s+(?:and|&|und|i|et)\s+|,\s+(?!(?:Jr|Sr|II|III)\b)")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"(?<=\p{Lu}\.)(?=\p{Lu}\p{Ll})")]
    private static partial Regex InitialGluedToName();

    [GeneratedRegex(@"^[\p{Lu}\-&]{2,8}$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\p{Lu}(?:[\p{Ll}'’\-]|\p{Lu}(?=\p{Ll}))*[\p{Ll}]+(?:-\p{Lu}[\p{Ll}'’]+)*$")]
    private static partial Regex CapitalizedWord();

    // "A.", "N.N.", "A.A.", "Yu.", "Ch.", "H"
    // "A.", "A.A.", "Ch.", and the French "J.-B.", "G.-H.".
    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}?\.-?){1,3}$|^\p{Lu}$")]
    private static partial Regex Initials();

    // Role markers after a name list.
    // German, French and British forms too: "(Hrsg.)", "(Hg.)", "(éd.)", "(dir.)", "(eds)".
    [GeneratedRegex(@"(?:\s*\((?<role>eds?\.?|ed\. and tr\.|comp\.|trans?\.|tr\.|hrsg\.|hg\.|éds?\.?|dir\.)\)|,?\s+(?<role>eds?\.(?: and (?:tr|trans)\.)?|ed\. and tr\.|comps?\.|trans?\.|tr\.))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleSuffix();

    [GeneratedRegex(@"\[(?:pseud\.?|sic)\]|\s\[[^\]]+\]$")]
    private static partial Regex BracketNotes();

    [GeneratedRegex(@"(?<=\p{L})\[(?<rest>\p{Ll}+)\]")]
    private static partial Regex BracketCompletion();

    /// <summary>Splits a trailing role marker off a name list: "X and Y (eds.)" → ("X and Y", Editor).</summary>
    public static (string Names, NameRole Role) SplitRole(string text)
    {
        var m = RoleSuffix().Match(text);
        if (!m.Success) return (text.Trim(), NameRole.Author);
        string role = m.Groups["role"].Value.ToLowerInvariant();
        var r = NameRole.Author;
        if (role.StartsWith("ed") || role.StartsWith("comp") || role.StartsWith("éd") || role is "hrsg." or "hg." or "dir.") r |= NameRole.Editor;
        if (role.Contains("tr")) r |= NameRole.Translator;
        return (text[..m.Index].Trim().TrimEnd(','), r);
    }

    /// <summary>Parses "A, B and C" / "A and B" / "A" into names; null when any part is not a name.</summary>
    /// <summary>
    /// The recognizers ask about the same lead again and again (a book, a chapter, a short form all start with its
    /// author): each thread remembers its recent answers. Names are immutable, so sharing them is safe.
    /// </summary>
    [ThreadStatic] static Dictionary<(string, bool, bool), IReadOnlyList<CslName>?>? _recent;

    public static IReadOnlyList<CslName>? ParseList(string text, bool allowInstitutions = true, bool allowSingleWord = false)
    {
        var recent = _recent ??= new Dictionary<(string, bool, bool), IReadOnlyList<CslName>?>();
        var key = (text, allowInstitutions, allowSingleWord);
        if (recent.TryGetValue(key, out var known)) return known;
        if (recent.Count > 2048) recent.Clear();
        return recent[key] = ParseListUncached(text, allowInstitutions, allowSingleWord);
    }

    static IReadOnlyList<CslName>? ParseListUncached(string text, bool allowInstitutions, bool allowSingleWord)
    {
        text = text.Trim().TrimEnd(',');
        if (text.Length == 0 || text.Length > 200) return null;
        var parts = SplitList(text);
        var names = new List<CslName>();
        foreach (string part in parts)
        {
            var name = ParseOne(part, allowInstitutions, allowSingleWord);
            if (name is null) return null;
            names.Add(name);
        }
        return names.Count == 0 ? null : names;
    }

    static List<string> SplitList(string text)
    {
        // "Adolf A. Berle, Jr." keeps its suffix; "A, B and C", "A, B, and C", "A & B".
        var pieces = NameSeparator().Split(text);
        return pieces.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
    }

    public static CslName? ParseOne(string text, bool allowInstitutions = true, bool allowSingleWord = false)
    {
        string t = Clean(text);
        if (t.Length == 0) return null;
        if (LooksLikePerson(t, allowSingleWord)) return Person(t);
        if (allowInstitutions && LooksLikeInstitution(t)) return CslName.Institution(t);
        return null;
    }

    /// <summary>Removes "[pseud.]" and bracketed real names, completes "S[umner]".</summary>
    public static string Clean(string text)
    {
        string t = text;
        if (t.Contains('['))
        {
            t = BracketNotes().Replace(t, "");
            t = BracketCompletion().Replace(t, m => m.Groups["rest"].Value);
        }
        return NormalizeSpace(t.Trim().TrimEnd(','));
    }

    static string NormalizeSpace(string s) => Grammar.Clean.Spaces(s);

    static readonly char[] InitialSplit = [' '];

    static string[] Tokens(string t)
    {
        // "N.N.Inozemtsev" → "N.N. Inozemtsev"; keep "A.A." together.
        t = InitialGluedToName().Replace(t, " ");
        return t.Split(InitialSplit, StringSplitOptions.RemoveEmptyEntries);
    }

    public static bool LooksLikePerson(string text, bool allowSingleWord = false)
    {
        var tokens = Tokens(text);
        if (tokens.Length == 0 || tokens.Length > 6) return false;
        if (tokens.Length == 1) return allowSingleWord && IsFamilyWord(tokens[0]);
        if (NameWords.NotNameWords.Contains(tokens[0].TrimEnd(','))) return false;
        // "Central Intelligence Group", "Soviet Information Bureau": an office, however name-like its words.
        if (tokens.Length >= 2 && HasInstitutionWord(text)) return false;
        int words = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            string tok = tokens[i].TrimEnd(',');
            if (NameWords.Suffixes.Contains(tok) && i == tokens.Length - 1) continue;
            if (NameWords.Particles.Contains(tok) && i > 0 && i < tokens.Length - 1) continue;
            if (Initials().IsMatch(tok)) { if (i == tokens.Length - 1) return false; continue; }
            if (!IsFamilyWord(tok)) return false;
            words++;
        }
        return words >= 1 && IsFamilyWord(LastNameToken(tokens));
    }

    static string LastNameToken(string[] tokens)
    {
        for (int i = tokens.Length - 1; i >= 0; i--)
            if (!NameWords.Suffixes.Contains(tokens[i].TrimEnd(','))) return tokens[i].TrimEnd(',');
        return tokens[^1];
    }

    /// <summary>A word that can be a family name: "Ulam", "Liddell-Hart", "McGeorge", "O'Neill", "Weizsäcker".</summary>
    public static bool IsFamilyWord(string word) =>
        word.Length >= 2 && CapitalizedWord().IsMatch(word) && !NameWords.NotNameWords.Contains(word);

    static readonly HashSet<string> InstitutionWordSet = new(NameWords.InstitutionWords.Where(w => !w.Contains(' ')), StringComparer.Ordinal);
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionWordLookup = InstitutionWordSet.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly string[] InstitutionPhrases = NameWords.InstitutionWords.Where(w => w.Contains(' ')).ToArray();

    /// <summary>Whether a word of <paramref name="text"/> names an office ("Ministry", "Committee", "Auswärtiges Amt").</summary>
    static bool HasInstitutionWord(string text)
    {
        var span = text.AsSpan();
        for (int i = 0; i < span.Length;)
        {
            if (!char.IsLetter(span[i])) { i++; continue; }
            int start = i;
            while (i < span.Length && char.IsLetter(span[i])) i++;
            if (InstitutionWordLookup.Contains(span[start..i])) return true;
        }
        foreach (string phrase in InstitutionPhrases)
            if (text.Contains(phrase, StringComparison.Ordinal)) return true;
        return false;
    }

    public static bool LooksLikeInstitution(string text)
    {
        if (text.Length < 3 || text.Length > 150) return false;
        if (!char.IsUpper(text[0])) return false;
        return HasInstitutionWord(text)
            || Acronym().IsMatch(text); // "TASS", "KPD"
    }

    /// <summary>
    /// The names that end a stretch of prose: "… biography of Alexandra M. Kollontay by Anna M. Itkina" →
    /// Itkina, "… are Gerhard Rossmann" → Rossmann; the longest run of words at the end that reads as
    /// one or two names (a family name alone is not enough).
    /// </summary>
    public static (IReadOnlyList<CslName> Names, int Start)? Trailing(string text)
    {
        var words = Word().Matches(text);
        (IReadOnlyList<CslName>, int)? best = null;
        for (int i = words.Count - 2; i >= 0 && i >= words.Count - 12; i--)
        {
            // A name list starts with a capital (or a bracket: "[Eugen Westphal]").
            char first = text[words[i].Index];
            if (!char.IsUpper(first)) continue;
            var (names, role) = SplitRole(Clean(text[words[i].Index..]));
            if (role != NameRole.Author) continue;
            var list = ParseList(names, allowInstitutions: false);
            if (list is null || list.Any(n => n.Given is null)) continue;
            best = (list, words[i].Index);
        }
        return best;
    }

    /// <summary>"Joachim von Ribbentrop" → {given "Joachim", dropping-particle "von", family "Ribbentrop"}.</summary>
    public static CslName Person(string text)
    {
        var tokens = Tokens(Clean(text)).Select(t => t.TrimEnd(',')).ToList();
        if (EastAsianNames.IsFamilyFirst(tokens))
            return new CslName { Family = tokens[0], Given = string.Join(' ', tokens.Skip(1)) };
        // "Sir William Strang": a title of honour, not a given name.
        if (tokens.Count > 2 && tokens[0] is "Sir" or "Dame") tokens.RemoveAt(0);
        string? suffix = null;
        if (tokens.Count > 1 && NameWords.Suffixes.Contains(tokens[^1]))
        {
            suffix = tokens[^1];
            tokens.RemoveAt(tokens.Count - 1);
        }
        string family = tokens[^1];
        int i = tokens.Count - 2;
        var particles = new List<string>();
        while (i > 0 && NameWords.Particles.Contains(tokens[i])) { particles.Insert(0, tokens[i]); i--; }
        string given = string.Join(' ', tokens.Take(i + 1));
        return new CslName
        {
            Family = family,
            Given = given.Length == 0 ? null : given,
            DroppingParticle = particles.Count == 0 ? null : string.Join(' ', particles),
            Suffix = suffix,
        };
    }
}
