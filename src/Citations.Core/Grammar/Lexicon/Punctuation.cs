namespace Citations.Core.Grammar.Lexicon;

/// <summary>The sets of characters trimmed off field values, allocated once (Trim's params arrays are hot).</summary>
public static class Punctuation
{
    public static readonly char[] AsteriskSpace = ['*', ' '];
    public static readonly char[] ClosingQuoteComma = ['"', '”', ','];
    public static readonly char[] CommaColon = [',', ':'];
    public static readonly char[] CommaSemicolon = [',', ';'];
    public static readonly char[] FieldEnd = ['.', ',', ';', ':'];
    public static readonly char[] FieldSeparators = [',', ';', ':'];
    public static readonly char[] OpeningQuotes = ['"', '“'];
    public static readonly char[] ParenthesisPeriod = [')', '.'];
    public static readonly char[] PeriodComma = ['.', ','];
    public static readonly char[] PeriodCommaSemicolon = [',', ';', '.'];
    public static readonly char[] SpaceComma = [' ', ','];
    public static readonly char[] SpaceCommaSemicolon = [' ', ',', ';'];
    public static readonly char[] SpaceHyphen = [' ', '-'];
}
