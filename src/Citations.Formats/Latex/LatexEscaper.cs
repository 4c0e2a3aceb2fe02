using System.Globalization;
using System.Text;

namespace Citations.Formats.Latex;

/// <summary>Whether words with capitals are braced against BibTeX styles that lower-case titles.</summary>
public enum CaseProtection
{
    None,

    /// <summary>
    /// Every word with a capital letter is braced (<c>The {Berlin} {Crisis}</c>), except a first word
    /// whose only capital is its initial, which BibTeX keeps anyway. Titles are stored as written
    /// (German nouns, transliterated Russian, English headline case), so no word may lose its capitals.
    /// </summary>
    CapitalizedWords,
}

/// <summary>
/// Turns plain text into the text of a BibTeX or biblatex field: TeX's special characters
/// escaped, dashes as <c>--</c>/<c>---</c>, paired quotation marks as TeX quotes (BibTeX) or
/// <c>\enquote{…}</c> (biblatex, which loads csquotes), non-breaking spaces as <c>~</c>, control
/// characters and runs of white space as one space. The result always has balanced braces.
/// One instance per writer: it reuses its buffers and is not thread-safe.
/// </summary>
public sealed class LatexEscaper(LatexFlavor flavor)
{
    readonly StringBuilder _clean = new();
    readonly Stack<int> _openQuotes = new();
    QuoteRole[] _roles = new QuoteRole[256];

    public string Escape(string? text, CaseProtection protection = CaseProtection.None)
    {
        var sb = new StringBuilder();
        Append(sb, text, protection);
        return sb.ToString();
    }

    public void Append(StringBuilder sb, string? text, CaseProtection protection = CaseProtection.None)
    {
        if (string.IsNullOrEmpty(text)) return;
        Clean(text);
        if (_roles.Length < _clean.Length) _roles = new QuoteRole[Math.Max(_clean.Length, _roles.Length * 2)];
        Span<char> chars = _clean.Length <= 1024 ? stackalloc char[_clean.Length] : new char[_clean.Length];
        _clean.CopyTo(0, chars, _clean.Length);
        var roles = _roles.AsSpan(0, chars.Length);
        QuotePairs.Classify(chars, roles, _openQuotes);
        new Emitter(sb, flavor, chars, roles, protection == CaseProtection.CapitalizedWords && flavor == LatexFlavor.BibTex).Run();
    }

    /// <summary>
    /// Lone surrogates replaced by U+FFFD, control characters and line or paragraph
    /// separators made spaces (tabs, newlines) or dropped, other Unicode spaces made plain spaces
    /// (non-breaking and thin spaces kept: they mean something), runs of spaces collapsed, trimmed.
    /// </summary>
    void Clean(string text)
    {
        _clean.Clear();
        // No Unicode normalization: the project runs with InvariantGlobalization, where it does
        // nothing; the accent writer reads both composed and decomposed letters, biber normalizes.
        string normalized = text;
        bool pendingSpace = false;
        for (int i = 0; i < normalized.Length; i++)
        {
            char c = normalized[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
                {
                    Add(c); Add(normalized[++i]);
                }
                else Add('\uFFFD');
                continue;
            }
            if (c is '\u00A0' or '\u202F' or '\u2009') { Add(c); continue; }
            if (c is '\uFEFF' or '\u200B') continue;
            if (char.IsWhiteSpace(c) || c is '\u2028' or '\u2029') { pendingSpace = _clean.Length > 0; continue; }
            if (char.IsControl(c)) continue;
            Add(c);
        }

        void Add(char c)
        {
            if (pendingSpace) _clean.Append(' ');
            pendingSpace = false;
            _clean.Append(c);
        }
    }

    /// <summary>Writes one cleaned text; a ref struct so that it can hold the spans.</summary>
    ref struct Emitter(StringBuilder sb, LatexFlavor flavor, ReadOnlySpan<char> text, ReadOnlySpan<QuoteRole> roles, bool protectWords)
    {
        readonly StringBuilder _sb = sb;
        readonly ReadOnlySpan<char> _text = text;
        readonly ReadOnlySpan<QuoteRole> _roles = roles;
        readonly bool _bibtex = flavor == LatexFlavor.BibTex;
        readonly bool _protectWords = protectWords;
        readonly int _start = sb.Length;
        bool _lastWasQuote;
        bool _lastWasConvertedDash;

        public void Run()
        {
            int i = 0;
            bool firstWord = true;
            while (i < _text.Length)
            {
                if (_text[i] == ' ') { _sb.Append(' '); i++; continue; }
                int end = i;
                while (end < _text.Length && _text[end] != ' ') end++;
                if (_protectWords && NeedsProtection(_text[i..end], firstWord) && LettersOf(i, end) is var (first, last))
                {
                    // Only the letters are braced: "{Kremlin}:", ``{Rose}'' — punctuation outside
                    // keeps BibTeX's view of sentence ends ("{Crisis}." ends one, "{Crisis.}" does not).
                    WriteWord(i, first);
                    _sb.Append('{');
                    WriteWord(first, last);
                    _sb.Append('}');
                    WriteWord(last, end);
                }
                else WriteWord(i, end);
                firstWord = false;
                i = end;
            }
        }

        /// <summary>From the first to past the last letter or digit (with its marks) of a word; null if it has none in the BMP.</summary>
        readonly (int First, int Last)? LettersOf(int start, int end)
        {
            int first = start, last = end;
            while (first < end && !char.IsLetterOrDigit(_text[first])) first++;
            while (last > first && !char.IsLetterOrDigit(_text[last - 1]) && !IsMark(_text[last - 1])) last--;
            return first < last ? (first, last) : null;
        }

        static bool NeedsProtection(ReadOnlySpan<char> word, bool firstWord)
        {
            bool seenLetter = false;
            foreach (var rune in word.EnumerateRunes())
            {
                if (!Rune.IsLetter(rune)) continue;
                if (Rune.IsUpper(rune) && (seenLetter || !firstWord)) return true;
                seenLetter = true;
            }
            return false;
        }

        void WriteWord(int start, int end)
        {
            for (int i = start; i < end;)
            {
                char c = _text[i];
                var role = _roles[i];
                if (role != QuoteRole.None) { WriteQuote(role); i++; continue; }
                bool wasDash = false;
                if (char.IsHighSurrogate(c))
                {
                    // Astral characters (mathematical letters, emoji) have no TeX spelling here: kept whole, never split.
                    _sb.Append(c).Append(_text[i + 1]);
                    i += 2;
                }
                else if (char.IsLetter(c))
                {
                    int clusterEnd = i + 1;
                    while (clusterEnd < end && IsMark(_text[clusterEnd])) clusterEnd++;
                    WriteLetter(_text[i..clusterEnd]);
                    i = clusterEnd;
                }
                else
                {
                    wasDash = WriteOther(c);
                    i++;
                }
                _lastWasQuote = false;
                _lastWasConvertedDash = wasDash;
            }
        }

        static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

        void WriteLetter(ReadOnlySpan<char> cluster)
        {
            if (cluster.Length == 1 && char.IsAscii(cluster[0])) { _sb.Append(cluster[0]); return; }
            if (_bibtex && LatexAccents.TryWriteAccented(_sb, cluster)) return;
            _sb.Append(cluster);
        }

        /// <summary>Writes a character that is neither a letter nor a quotation mark; true if it was a dash made TeX.</summary>
        bool WriteOther(char c)
        {
            switch (c)
            {
                case '\\': Command("textbackslash"); return false;
                case '{': Command("textbraceleft"); return false;
                case '}': Command("textbraceright"); return false;
                case '~': Command("textasciitilde"); return false;
                case '^': Command("textasciicircum"); return false;
                case '&' or '%' or '$' or '#' or '_': Command(c.ToString()); return false;
                case '\u00A0': _sb.Append('~'); return false;
                case '\u202F' or '\u2009': Command(","); return false;
                case '\u00AD': Command("-"); return false;
                case '–' or '\u2012': Dash("--"); return true;
                case '—' or '―': Dash("---"); return true;
                case '-' or '‐' or '‑' or '−': Hyphen(); return false;
                case ',' or '<' or '>':
                    // TeX ligatures: ",," is „ and "<<" is « in T1 fonts; two marks in the text are two marks.
                    if (LastIs(c)) _sb.Append("{}");
                    _sb.Append(c);
                    return false;
            }
            if (_bibtex && LatexAccents.Symbols.TryGetValue(c, out string? symbol)) { Command(symbol); return false; }
            // Combining marks with no base, other scripts' punctuation, symbols: UTF-8, which both readers take.
            _sb.Append(c);
            return false;
        }

        void Hyphen()
        {
            if (_lastWasConvertedDash) _sb.Append("{}");
            _sb.Append('-');
        }

        void Dash(string tex)
        {
            // A hyphen next to a dash would merge with it into a longer dash.
            if (LastIs('-')) _sb.Append("{}");
            _sb.Append(tex);
        }

        void WriteQuote(QuoteRole role)
        {
            string tex = (role, _bibtex) switch
            {
                (QuoteRole.OpenDouble or QuoteRole.OpenSingle, false) => "\\enquote{",
                (QuoteRole.CloseDouble or QuoteRole.CloseSingle, false) => "}",
                (QuoteRole.OpenDouble or QuoteRole.StrayOpenDouble, _) => "``",
                (QuoteRole.CloseDouble or QuoteRole.StrayCloseDouble, _) => "''",
                (QuoteRole.OpenSingle or QuoteRole.StrayOpenSingle, _) => "`",
                _ => "'",
            };
            if (tex[0] is '`' or '\'')
            {
                // Adjacent quotes are set apart by a thin space ('\,''), as the TeXbook does;
                // "!`" and "?`" would be the ligatures ¡ and ¿.
                if (_lastWasQuote) Command(",");
                else if (tex[0] == '`' && (LastIs('!') || LastIs('?'))) _sb.Append("{}");
            }
            _sb.Append(tex);
            _lastWasQuote = tex[0] is '`' or '\'';
            _lastWasConvertedDash = false;
        }

        bool LastIs(char c) => _sb.Length > _start && _sb[^1] == c;

        /// <summary>
        /// BibTeX: <c>{\cmd}</c>, the braced form its case changer leaves alone; biblatex:
        /// <c>\cmd{}</c> for a control word (the braces end it), <c>\&amp;</c> for a control symbol.
        /// </summary>
        void Command(string name)
        {
            bool word = char.IsAsciiLetter(name[0]);
            if (_bibtex) _sb.Append("{\\").Append(name).Append('}');
            else _sb.Append('\\').Append(name).Append(word ? "{}" : "");
        }
    }
}
