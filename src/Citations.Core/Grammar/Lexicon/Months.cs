namespace Citations.Core.Grammar.Lexicon;

/// <summary>Month names and abbreviations in English, with the German, French and Russian forms met in notes.</summary>
public static class Months
{
    static readonly Dictionary<string, int> ByName = Build();

    /// <summary>A regex alternation of every month form, longest first (for use inside patterns).</summary>
    public static readonly string Pattern = string.Join("|", ByName.Keys.OrderByDescending(k => k.Length).Select(System.Text.RegularExpressions.Regex.Escape));

    static Dictionary<string, int> Build()
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string[][] forms =
        [
            ["January", "Jan", "Januar", "janvier", "ianvaria", "ianvar'"],
            ["February", "Feb", "Februar", "février", "fevralia", "fevral'"],
            ["March", "Mar", "März", "Maerz", "mars", "marta", "mart"],
            ["April", "Apr", "avril", "aprelia", "aprel'"],
            ["May", "Mai", "mai", "maia"],
            ["June", "Jun", "Juni", "juin", "iiunia", "iiun'"],
            ["July", "Jul", "Juli", "juillet", "iiulia", "iiul'"],
            ["August", "Aug", "août", "avgusta", "avgust"],
            ["September", "Sept", "Sep", "septembre", "sentiabria", "sentiabr'"],
            ["October", "Oct", "Oktober", "octobre", "Okt", "oktiabria", "oktiabr'"],
            ["November", "Nov", "novembre", "noiabria", "noiabr'"],
            ["December", "Dec", "Dezember", "décembre", "Dez", "dekabria", "dekabr'"],
        ];
        for (int m = 0; m < 12; m++)
            foreach (string f in forms[m]) d[f] = m + 1;
        return d;
    }

    public static int? Parse(string name)
    {
        name = name.TrimEnd('.');
        return ByName.TryGetValue(name, out int m) ? m : null;
    }

    public static readonly IReadOnlyDictionary<string, string> Seasons = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Spring"] = "1", ["Summer"] = "2", ["Fall"] = "3", ["Autumn"] = "3", ["Winter"] = "4",
    };
}
