using System.Text.RegularExpressions;

namespace Citations.Core.Grammar.Lexicon;

/// <summary>
/// Signal phrases that introduce a citation ("See also", "cf.", "Quoted in") and commentary
/// openings that end in one ("The official Soviet view is summarized in").
/// </summary>
public static partial class Signals
{
    /// <summary>A signal at the very start of a citation, with its trailing comma or colon.</summary>
    [GeneratedRegex(@"^(?:(?:and|or)\s+)?(?<signal>(?:see(?:,)?\s+(?:also|especially|for example|e\.g\.|generally)|see|cf\.|compare|also|but see|for example|e\.g\.|for instance|quoted in|cited in|reported in|referred to in|vgl\.(?:\s+(?:auch|dazu|ferner))?|siehe|voir(?:\s+aussi)?|zit\.\s+(?:nach|in)|cité\s+dans|reprinted in|printed in|translated in|published in|excerpted in|summarized in|as quoted in|source|sources|in addition,? see)(?=[\s,:]))[,:]?\s*", RegexOptions.IgnoreCase)]
    public static partial Regex Leading();

    /// <summary>
    /// Prose that ends by handing over to the citation after it: "For documentation …, see", "NSC 141 … is printed in",
    /// "… is in". Telling what something is ("The confidential message is") does not hand over.
    /// </summary>
    [GeneratedRegex(@"(?:^|\s)(?<signal>see(?:\s+also)?|cf\.|printed\s+in|is\s+in|are\s+in|in)$", RegexOptions.IgnoreCase)]
    public static partial Regex HandOver();

    /// <summary>The signal a citation keeps as its prefix ("see", "see also", "cf."); the other hand-overs are prose.</summary>
    public static string? AsPrefix(string signal) =>
        signal.StartsWith("see", StringComparison.OrdinalIgnoreCase) || signal.Equals("cf.", StringComparison.OrdinalIgnoreCase) ? signal : null;

    /// <summary>
    /// Commentary that hands over to a citation through a signal: "For the older literature see A. B. Ulam, …",
    /// "On the western response see …", "For text, see …".
    /// </summary>
    [GeneratedRegex(@"^(?i:(?:and,?\s+)?(?:for|on|in|regarding|about|concerning|with\s+regard\s+to|as\s+for)\s[^;""“*_(]{1,150}?[,:]?\s+(?<signal>see(?:\s+also)?|cf\.))\s+(?=[\p{Lu}""“*_‘'])")]
    public static partial Regex CommentaryLead();

    /// <summary>"and, for an early western reading of the decision, Raymond L. Garthoff, …": commentary between commas, no signal.</summary>
    [GeneratedRegex(@"^and,\s+for\s[^,;""“*_(]{1,150},\s+(?=\p{Lu})")]
    public static partial Regex ConjoinedCommentary();

    /// <summary>"…; on the Soviet negotiating position, *SAO*, 205–7": commentary after a semicolon, then the citation.</summary>
    [GeneratedRegex(@"^(?:on|for|regarding|about|concerning)\s[^;""“*_(]{1,120}?,\s+(?=[\p{Lu}""“*_])")]
    public static partial Regex LowerCaseCommentary();
}
