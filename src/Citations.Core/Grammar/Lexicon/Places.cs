using System.Text.RegularExpressions;

namespace Citations.Core.Grammar.Lexicon;

/// <summary>Where archives and publishers are: the parts of a place that follow a town.</summary>
public static partial class Places
{
    /// <summary>A US state after its town: "MO", "Mass.", "Kansas", "D.C.".</summary>
    public static bool IsUsState(string chunk) => UsState().IsMatch(chunk.Trim());

    /// <summary>The capitals whose state archives historians cite, written after the archive's name.</summary>
    public static bool IsArchiveTown(string chunk) => ArchiveTown().IsMatch(chunk.Trim());

    [GeneratedRegex(@"^(?:Moscow|Moskva|Berlin|Warsaw|Prague|Praha|Budapest|Sofia|Bucharest|Belgrade|Tirana|Kyiv|Kiev|Beijing|Pyongyang|Hanoi|Vilnius|Riga|Tallinn|Tbilisi|Minsk)$")]
    private static partial Regex ArchiveTown();

    [GeneratedRegex(@"^(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.|D\.\s?C\.|Missouri|Kansas|New York|Texas|Massachusetts|Iowa|California|Michigan|Georgia|Maryland|Virginia|Connecticut|New Jersey)$")]
    private static partial Regex UsState();
}
