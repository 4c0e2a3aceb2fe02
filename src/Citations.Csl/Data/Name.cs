namespace Citations.Csl.Data;

/// <summary>A personal or institutional name from CSL-JSON, with particles separated.</summary>
public sealed class Name
{
    public string? Family, Given, DroppingParticle, NonDroppingParticle, Suffix, Literal;
    public bool CommaSuffix, StaticOrdering;

    /// <summary>True for names without a family name (institutions, literal names).</summary>
    public bool IsLiteral => Literal is not null || (Family is null && Given is null);

    /// <summary>Names in scripts written family-first without spaces (CJK) render "FamilyGiven".</summary>
    public bool IsNonLatin
    {
        get
        {
            var s = (Family ?? "") + (Given ?? "");
            if (s.Length == 0) return false;
            foreach (var ch in s)
            {
                if (ch < 0x0250) return false; // Latin
                if (ch >= 0x0370 && ch < 0x0530) return false; // Greek, Cyrillic
            }
            return true;
        }
    }

    /// <summary>Identity of the name for comparisons (disambiguation, substitution).</summary>
    public string Key => Literal ?? $"{NonDroppingParticle}|{Family}|{Given?.Replace(" ", "").Replace(".", "")}|{DroppingParticle}|{Suffix}";

    public override string ToString() => Literal ?? $"{Given} {DroppingParticle} {NonDroppingParticle} {Family} {Suffix}".Trim();

    /// <summary>
    /// Splits particles out of family and given names when CSL-JSON gives them joined
    /// ("van Gogh", "Ludwig van"), as citeproc-js does unless parse-names is false.
    /// </summary>
    internal void ParseParticles()
    {
        if (Family is null) return;
        if (Family.Length > 1 && Family[0] == '"' && Family[^1] == '"')
        {
            Family = Family[1..^1];
            return;
        }
        if (NonDroppingParticle is null && DroppingParticle is null)
        {
            // Leading lowercase words of the family name: non-dropping particle.
            var fam = Family;
            int pos = 0;
            int lastEnd = -1;
            while (pos < fam.Length)
            {
                int sp = fam.IndexOf(' ', pos);
                if (sp < 0) break;
                var word = fam.AsSpan(pos, sp - pos);
                if (word.Length == 0 || !IsParticleWord(word)) break;
                lastEnd = sp;
                pos = sp + 1;
            }
            if (lastEnd > 0)
            {
                NonDroppingParticle = fam[..lastEnd].Trim();
                Family = fam[(lastEnd + 1)..].Trim();
            }
            else if (fam.IndexOf('-') is int hy and > 0 and < 5 && hy < fam.Length - 1 && char.IsLower(fam[0]) && char.IsUpper(fam[hy + 1]) && fam[..hy].All(char.IsLetter))
            {
                // Hyphenated particles: al-One.
                NonDroppingParticle = fam[..(hy + 1)];
                Family = fam[(hy + 1)..];
            }
            else
            {
                // Apostrophe particles glued to the family name: d'Alembert, dell'Acqua.
                int ap = fam.IndexOfAny(['\'', '\u2019']);
                if (ap > 0 && ap < 5 && ap < fam.Length - 1 && char.IsLower(fam[0]) && char.IsUpper(fam[ap + 1]))
                {
                    NonDroppingParticle = fam[..(ap + 1)];
                    Family = fam[(ap + 1)..];
                }
            }
            if (Given is not null)
            {
                // Trailing lowercase words of the given name: dropping particle.
                var g = Given.TrimEnd();
                int end = g.Length;
                int start = end;
                while (true)
                {
                    int sp = g.LastIndexOf(' ', start - 1 < 0 ? 0 : start - 1);
                    if (sp <= 0) break;
                    var word = g.AsSpan(sp + 1, start - sp - 1);
                    if (word.Length == 0 || !IsParticleWord(word)) break;
                    start = sp;
                }
                if (start < end)
                {
                    DroppingParticle = g[(start + 1)..end];
                    Given = g[..start].TrimEnd();
                }
            }
        }
        if (Given is not null && Suffix is null)
        {
            // "John, Jr." in the given name: suffix after a comma.
            int comma = Given.IndexOf(',');
            if (comma > 0)
            {
                var sfx = Given[(comma + 1)..].Trim();
                if (sfx.Length > 0)
                {
                    if (sfx.StartsWith('!')) { sfx = sfx[1..].Trim(); CommaSuffix = true; }
                    Suffix = sfx;
                    Given = Given[..comma].Trim();
                }
            }
        }
    }

    private static bool IsParticleWord(ReadOnlySpan<char> w)
    {
        if (w.Length == 0) return false;
        char c = w[0];
        if (char.IsLower(c)) return true;
        // "'t" in "in 't Hof"
        if ((c == '\'' || c == '\u2019') && w.Length > 1 && char.IsLower(w[1])) return true;
        return false;
    }
}
