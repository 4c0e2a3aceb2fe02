namespace Citations.Formats.Latex;

/// <summary>What a quotation mark or apostrophe in a text does.</summary>
enum QuoteRole : byte
{
    None,
    OpenDouble,
    CloseDouble,
    OpenSingle,
    CloseSingle,
    /// <summary>An opening mark with no closing partner (or the reverse): written as a plain mark.</summary>
    StrayOpenDouble,
    StrayCloseDouble,
    StrayOpenSingle,
    StrayCloseSingle,
    Apostrophe,
}

/// <summary>
/// Decides for each quotation mark whether it opens or closes a quotation, and pairs them, so
/// that straight quotes ("Rose"), English curly quotes and German „…“ all come out as TeX quotes
/// or as <c>\enquote{…}</c> with balanced braces. Apostrophes ("People's", "the '40s") stay apostrophes.
/// </summary>
static class QuotePairs
{
    const string OpeningContext = "([{<—–/-";

    /// <summary>Fills <paramref name="roles"/> (one per char of <paramref name="text"/>).</summary>
    public static void Classify(ReadOnlySpan<char> text, Span<QuoteRole> roles, Stack<int> open)
    {
        open.Clear();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            roles[i] = QuoteRole.None;
            bool afterOpening = i == 0 || char.IsWhiteSpace(text[i - 1]) || OpeningContext.Contains(text[i - 1]) || IsOpen(roles[i - 1]);
            char next = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case '„' or '‟':
                    Open(roles, open, i, QuoteRole.OpenDouble);
                    break;
                case '”':
                    Close(roles, open, i, QuoteRole.OpenDouble);
                    break;
                case '“':
                    // German quotes open with „ and close with “.
                    if (open.Count > 0 && text[open.Peek()] == '„') Close(roles, open, i, QuoteRole.OpenDouble);
                    else Open(roles, open, i, QuoteRole.OpenDouble);
                    break;
                case '"':
                    if (afterOpening && !char.IsWhiteSpace(next)) Open(roles, open, i, QuoteRole.OpenDouble);
                    else Close(roles, open, i, QuoteRole.OpenDouble);
                    break;
                case '‚' or '`':
                    Open(roles, open, i, QuoteRole.OpenSingle);
                    break;
                case '‘':
                    if (open.Count > 0 && text[open.Peek()] == '‚') Close(roles, open, i, QuoteRole.OpenSingle);
                    else Open(roles, open, i, QuoteRole.OpenSingle);
                    break;
                case '’' or '\'':
                    bool endsWord = !char.IsLetterOrDigit(next);
                    if (c == '\'' && afterOpening && char.IsLetter(next)) Open(roles, open, i, QuoteRole.OpenSingle);
                    else if (endsWord && open.Count > 0 && roles[open.Peek()] == QuoteRole.OpenSingle) Close(roles, open, i, QuoteRole.OpenSingle);
                    else roles[i] = QuoteRole.Apostrophe;
                    break;
            }
        }
        // What is still open had no partner.
        while (open.Count > 0)
        {
            int i = open.Pop();
            roles[i] = roles[i] == QuoteRole.OpenDouble ? QuoteRole.StrayOpenDouble : QuoteRole.StrayOpenSingle;
        }
    }

    static void Open(Span<QuoteRole> roles, Stack<int> open, int i, QuoteRole role)
    {
        roles[i] = role;
        open.Push(i);
    }

    /// <summary>Closes the quotation on top if it is of the same kind; a closing mark with no partner is stray.</summary>
    static void Close(Span<QuoteRole> roles, Stack<int> open, int i, QuoteRole opening)
    {
        if (open.Count > 0 && roles[open.Peek()] == opening)
        {
            open.Pop();
            roles[i] = opening == QuoteRole.OpenDouble ? QuoteRole.CloseDouble : QuoteRole.CloseSingle;
        }
        else roles[i] = opening == QuoteRole.OpenDouble ? QuoteRole.StrayCloseDouble : QuoteRole.StrayCloseSingle;
    }

    static bool IsOpen(QuoteRole role) =>
        role is QuoteRole.OpenDouble or QuoteRole.OpenSingle or QuoteRole.StrayOpenDouble or QuoteRole.StrayOpenSingle;
}
