namespace Citations.Catalogs.Matching;

/// <summary>String similarities on <see cref="TextKey"/> words, each in [0, 1].</summary>
public static class Similarity
{
    /// <summary>
    /// Dice coefficient over words, where two words match when equal or, for longer words, one edit apart
    /// (OCR and typing slips: "mexhdunarodnykh").
    /// </summary>
    public static double Words(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var unused = b.ToList();
        double matched = 0;
        foreach (string word in a)
        {
            int exact = unused.IndexOf(word);
            if (exact >= 0) { matched += 1; unused.RemoveAt(exact); continue; }
            int near = word.Length >= 5 ? unused.FindIndex(u => u.Length >= 5 && WithinOneEdit(word, u)) : -1;
            if (near >= 0) { matched += 0.8; unused.RemoveAt(near); }
        }
        return 2 * matched / (a.Count + b.Count);
    }

    /// <summary>How much of <paramref name="shorter"/> is found in <paramref name="longer"/> (1 = all of it).</summary>
    public static double Containment(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        if (shorter.Count == 0) return 0;
        var unused = longer.ToList();
        int found = 0;
        foreach (string word in shorter)
        {
            int i = unused.IndexOf(word);
            if (i >= 0) { found++; unused.RemoveAt(i); }
        }
        return (double)found / shorter.Count;
    }

    static readonly HashSet<string> Stopwords = ["of", "the", "and", "for", "on", "in", "de", "der", "die", "und", "fur", "zur", "la", "le", "et"];

    /// <summary>
    /// How well an abbreviated name stands for a full one ("Am. Hist. Rev." for "American Historical Review",
    /// "J Endod" for "Journal of Endodontics"): each word of <paramref name="abbreviated"/> must begin a word
    /// of <paramref name="full"/>, in order; the score is the smaller of the shares of both sides' words so
    /// explained, stop words aside.
    /// </summary>
    public static double Abbreviation(IReadOnlyList<string> abbreviated, IReadOnlyList<string> full)
    {
        var a = abbreviated.Where(w => !Stopwords.Contains(w)).ToList();
        var f = full.Where(w => !Stopwords.Contains(w)).ToList();
        if (a.Count == 0 || f.Count == 0) return 0;
        int matched = 0, next = 0;
        foreach (string word in a)
        {
            int at = f.FindIndex(next, w => w.StartsWith(word, StringComparison.Ordinal));
            if (at < 0) continue;
            matched++;
            next = at + 1;
        }
        return Math.Min((double)matched / a.Count, (double)matched / f.Count);
    }

    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    /// <summary>Jaro-Winkler similarity, as GROBID uses for first-author surnames (≥ 0.8 to accept).</summary>
    public static double JaroWinkler(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        if (a == b) return 1;
        int window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        var aMatched = new bool[a.Length];
        var bMatched = new bool[b.Length];
        int matches = 0;
        for (int i = 0; i < a.Length; i++)
        {
            for (int j = Math.Max(0, i - window); j < Math.Min(b.Length, i + window + 1); j++)
            {
                if (bMatched[j] || a[i] != b[j]) continue;
                aMatched[i] = bMatched[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;
        int transpositions = 0;
        for (int i = 0, k = 0; i < a.Length; i++)
        {
            if (!aMatched[i]) continue;
            while (!bMatched[k]) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }
        double m = matches;
        double jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
