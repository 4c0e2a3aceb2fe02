using System.Text;
using Citations.Core.Model;

namespace Citations.Formats.Latex;

/// <summary>
/// Name lists in the form BibTeX's and biber's name parsers read: <c>von Last, Jr, First</c>
/// joined by <c>and</c>. A particle is the von part ("von Ribbentrop, Joachim"), which both
/// parsers take as a prefix: biblatex then prints "Ribbentrop, Joachim von" and sorts under R,
/// as Chicago does (CMOS 8.5). Institutions are braced whole, so that neither their commas nor an
/// "and" splits them.
/// </summary>
static class BibNames
{
    public static bool IsEmpty(IReadOnlyList<CslName>? names) => names is null || !names.Any(HasText);

    static bool HasText(CslName n) =>
        !string.IsNullOrWhiteSpace(n.Literal) || !string.IsNullOrWhiteSpace(n.Family) || !string.IsNullOrWhiteSpace(n.Given);

    public static void Append(StringBuilder sb, LatexEscaper escaper, IReadOnlyList<CslName> names)
    {
        bool first = true;
        foreach (var name in names)
        {
            if (!HasText(name)) continue;
            if (!first) sb.Append(" and ");
            first = false;
            AppendName(sb, escaper, name);
        }
    }

    static void AppendName(StringBuilder sb, LatexEscaper escaper, CslName name)
    {
        if (!string.IsNullOrWhiteSpace(name.Literal))
        {
            Braced(sb, escaper, name.Literal);
            return;
        }
        string? family = Blank(name.Family) ?? Blank(name.Given);
        string? given = Blank(name.Family) is null ? null : Blank(name.Given);
        string? particle = Blank(string.Join(" ", new[] { name.DroppingParticle, name.NonDroppingParticle }.Where(p => !string.IsNullOrWhiteSpace(p))));
        string? suffix = Blank(name.Suffix);

        if (particle is not null) { Part(sb, escaper, particle, isFamily: false); sb.Append(' '); }
        Part(sb, escaper, family!, isFamily: true);
        if (suffix is not null) { sb.Append(", "); Part(sb, escaper, suffix, isFamily: false); }
        if (given is not null) { sb.Append(", "); Part(sb, escaper, given, isFamily: false); }
        else if (suffix is not null) sb.Append(", ");
        // "von Eckardt, {}": an empty given name, or parsers would take "von" for one.
        else if (particle is not null) sb.Append(", {}");
    }

    /// <summary>
    /// A part is braced when the parsers would split it: a comma, a word "and", or — in the family
    /// name — a word in lower case, which they would take for a particle ("{Bueno de Mesquita}"),
    /// or a second word, which they would take for a given name ("{Clark Kerr}").
    /// </summary>
    static void Part(StringBuilder sb, LatexEscaper escaper, string part, bool isFamily)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool split = part.Contains(',')
            || words.Any(w => w.Equals("and", StringComparison.OrdinalIgnoreCase))
            || isFamily && (words.Length > 1 || words.Any(w => char.IsLower(w[0])));
        if (split) Braced(sb, escaper, part);
        else escaper.Append(sb, part);
    }

    static void Braced(StringBuilder sb, LatexEscaper escaper, string text)
    {
        sb.Append('{');
        escaper.Append(sb, text);
        sb.Append('}');
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
