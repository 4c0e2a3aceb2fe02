using System.Text;

namespace Citations.Core.Notes;

/// <summary>Joins the physical lines of a note into its text, as citation-model.md says.</summary>
public static class NoteTextJoiner
{
    public static string Join(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (string raw in lines)
        {
            string line = CollapseSpaces(raw.Trim());
            if (line.Length == 0) continue;
            if (sb.Length > 0)
            {
                // "Soviet-" + "American": a hyphen that ends a line after a letter joins without a space.
                bool hyphenJoin = sb.Length >= 2 && sb[^1] == '-' && char.IsLetter(sb[^2]) && char.IsLetter(line[0]);
                if (!hyphenJoin) sb.Append(' ');
            }
            sb.Append(line);
        }
        return sb.ToString();
    }

    public static string CollapseSpaces(string s)
    {
        if (!s.Contains("  ") && !s.Contains('\t')) return s;
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (c == ' ' || c == '\t')
            {
                if (!space) sb.Append(' ');
                space = true;
            }
            else
            {
                sb.Append(c);
                space = false;
            }
        }
        return sb.ToString();
    }
}
