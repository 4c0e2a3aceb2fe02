using System.Text.RegularExpressions;

namespace Citations.Core.Grammar.Lexicon;

/// <summary>
/// Signal phrases that introduce a citation ("See also", "cf.", "Quoted in") and commentary
/// openings that end in one ("The official Soviet view is summarized in").
/// </summary>
public static partial class Signals
{
    /// <summary>A signal at the very start of a citation, with its trailing comma or colon.</summary>
    [GeneratedRegex(@"^(?:(?:and|or)\s+)?(?<signal>(?:see(?:,)?\s+(?:also|especially|for example|e\.g\.|generally)|see|cf\.|compare|also|but see|for example|e\.g\.|for instance|quoted in|cited in|reported in|referred to in|reprinted in|printed in|translated in|published in|excerpted in|summarized in|as quoted in|source|sources|in addition,? see)(?=[\s,:]))[,:]?\s*", RegexOptions.IgnoreCase)]
    public static partial Regex Leading();

    /// <summary>Prose that ends by handing over to a citation: "… is summarized in", "… appears in", "…, see".</summary>
    [GeneratedRegex(@"(?<signal>\b(?:(?:is|are|was|were|has been|have been)\s+(?:summarized|analyzed|analysed|discussed|described|printed|reprinted|reproduced|quoted|cited|given|mentioned|treated|examined|surveyed|published|reported)\s+(?:in|by)|appears?\s+in|appeared\s+in|(?:is|are)\s+in|quoted\s+in|cited\s+in|referred\s+to\s+in|reported\s+in|summarizes\s+the\s+evidence\s+in|see(?:,)?\s+(?:also|for example|e\.g\.)|see|cf\.|are|is))[,:]?\s+$", RegexOptions.IgnoreCase)]
    public static partial Regex Trailing();
}
