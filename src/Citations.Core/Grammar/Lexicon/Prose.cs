using System.Text.RegularExpressions;

namespace Citations.Core.Grammar.Lexicon;

/// <summary>Tells commentary from citation text: sentences have verbs and pronouns, citations hardly ever do.</summary>
public static partial class Prose
{
    [GeneratedRegex(@"\b(?:is|are|was|were|be|been|had|has|have|not|but|they|their|it|its|which|who|whom|that|this|these|those|would|could|should|did|does|after|before|because|although|when|while|there|here|his|her|him|he|she|we|our|us|most|only|also|all|any|some|such)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FunctionWord();

    /// <summary>Whether the text reads as a sentence of commentary rather than bibliographic data.</summary>
    public static bool IsProse(string text)
    {
        string t = text.Replace("*", "");
        int words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 6) return false;
        int function = FunctionWord().Matches(t).Count;
        return function >= 2 || function >= 1 && words >= 14;
    }
}
