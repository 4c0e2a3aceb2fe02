using Citations.Formats.Latex;

namespace Citations.Formats.Tests;

public class LatexEscaperTests
{
    static string BibTex(string text, CaseProtection protection = CaseProtection.None) =>
        new LatexEscaper(LatexFlavor.BibTex).Escape(text, protection);

    static string BibLatex(string text) => new LatexEscaper(LatexFlavor.BibLatex).Escape(text);

    [Theory]
    [InlineData("R & A Branch", @"R {\&} A Branch", @"R \& A Branch")]
    [InlineData("100%", @"100{\%}", @"100\%")]
    [InlineData("$5", @"{\$}5", @"\$5")]
    [InlineData("#2", @"{\#}2", @"\#2")]
    [InlineData("a_b", @"a{\_}b", @"a\_b")]
    [InlineData("{x}", @"{\textbraceleft}x{\textbraceright}", @"\textbraceleft{}x\textbraceright{}")]
    [InlineData("~", @"{\textasciitilde}", @"\textasciitilde{}")]
    [InlineData("^", @"{\textasciicircum}", @"\textasciicircum{}")]
    [InlineData(@"C:\temp", @"C:{\textbackslash}temp", @"C:\textbackslash{}temp")]
    public void Every_TeX_special_character_is_escaped(string text, string bibtex, string biblatex)
    {
        Assert.Equal(bibtex, BibTex(text));
        Assert.Equal(biblatex, BibLatex(text));
    }

    [Theory]
    [InlineData("1941–1945", "1941--1945")]
    [InlineData("war—and peace", "war---and peace")]
    [InlineData("war―and peace", "war---and peace")]
    [InlineData("Soviet-American", "Soviet-American")]
    [InlineData("a-–b", "a-{}--b")]
    [InlineData("a–-b", "a--{}-b")]
    [InlineData("a–—b", "a--{}---b")]
    public void Dashes_become_TeX_dashes_and_never_merge_with_a_neighbouring_hyphen(string text, string tex)
    {
        Assert.Equal(tex, BibTex(text));
        Assert.Equal(tex, BibLatex(text));
    }

    [Theory]
    [InlineData("Ulbricht and the Concrete \"Rose\": New Evidence", "Ulbricht and the Concrete ``Rose'': New Evidence", @"Ulbricht and the Concrete \enquote{Rose}: New Evidence")]
    [InlineData("“Freies Deutschland”", "``Freies Deutschland''", @"\enquote{Freies Deutschland}")]
    [InlineData("„Freies Deutschland“", "``Freies Deutschland''", @"\enquote{Freies Deutschland}")]
    [InlineData("Manifest 'Freies Deutschland' an", "Manifest `Freies Deutschland' an", @"Manifest \enquote{Freies Deutschland} an")]
    [InlineData("People's Commissar", "People's Commissar", "People's Commissar")]
    [InlineData("People’s Commissar", "People's Commissar", "People's Commissar")]
    [InlineData("the '40s", "the '40s", "the '40s")]
    [InlineData("\"He said ‘no’\"", "``He said `no'{\\,}''", @"\enquote{He said \enquote{no}}")]
    [InlineData("an \"unclosed quote", "an ``unclosed quote", "an ``unclosed quote")]
    [InlineData("a closing\" alone", "a closing'' alone", "a closing'' alone")]
    [InlineData("Hello!“x”", "Hello!{}``x''", @"Hello!\enquote{x}")]
    [InlineData("¡Hola! ‘x’", "{\\textexclamdown}Hola! `x'", @"¡Hola! \enquote{x}")]
    public void Quotation_marks_pair_up_as_TeX_quotes_or_enquote(string text, string bibtex, string biblatex)
    {
        Assert.Equal(bibtex, BibTex(text));
        Assert.Equal(biblatex, BibLatex(text));
    }

    [Fact]
    public void Improperly_nested_quotes_keep_braces_balanced()
    {
        // ” cannot close “ while ‘ is open inside it: it is a stray mark, and so is the “ left open.
        Assert.Equal(@"``a \enquote{b'' c}", BibLatex("“a ‘b” c’"));
    }

    [Theory]
    [InlineData("Weizsäcker", @"Weizs{\""a}cker")]
    [InlineData("Österreich", @"{\""O}sterreich")]
    [InlineData("Beneš", @"Bene{\v{s}}")]
    [InlineData("Łódź", @"{\L}{\'o}d{\'z}")]
    [InlineData("Kraków", @"Krak{\'o}w")]
    [InlineData("Wałęsa", @"Wa{\l}{\k{e}}sa")]
    [InlineData("Außenpolitik", @"Au{\ss}enpolitik")]
    [InlineData("Ærø", @"{\AE}r{\o}")]
    [InlineData("Œuvres", @"{\OE}uvres")]
    [InlineData("Ångström", @"{\AA}ngstr{\""o}m")]
    [InlineData("García Márquez", @"Garc{\'\i}a M{\'a}rquez")]
    [InlineData("naïve", @"na{\""\i}ve")]
    [InlineData("Ţara", @"{\c{T}}ara")]
    [InlineData("Erdős", @"Erd{\H{o}}s")]
    [InlineData("Dvořák", @"Dvo{\v{r}}{\'a}k")]
    [InlineData("ǘ", @"{\'{\""u}}")]
    [InlineData("ạ", @"{\d{a}}")]
    [InlineData("Ġ", @"{\.G}")]
    [InlineData("ŭ", @"{\u{u}}")]
    [InlineData("ā", @"{\=a}")]
    [InlineData("ḏ", @"{\b{d}}")]
    [InlineData("Đorđe", @"{\DJ}or{\dj}e")]
    [InlineData("Þór", @"{\TH}{\'o}r")]
    public void Latin_letters_with_diacritics_become_accent_commands_in_BibTeX_and_stay_UTF8_in_biblatex(string text, string bibtex)
    {
        Assert.Equal(bibtex, BibTex(text));
        Assert.Equal(text, BibLatex(text));
    }

    [Theory]
    [InlineData("Weizsa\u0308cker", @"Weizs{\""a}cker")]
    [InlineData("Benes\u030C", @"Bene{\v{s}}")]
    [InlineData("i\u0301", @"{\'\i}")]
    [InlineData("u\u0308\u0301", @"{\'{\""u}}")]
    public void Decomposed_letters_with_combining_marks_become_the_same_commands(string text, string bibtex) =>
        Assert.Equal(bibtex, BibTex(text));

    [Theory]
    [InlineData("Советский Союз")]
    [InlineData("Ελληνικά")]
    [InlineData("Vietnamese ơ ư")]
    [InlineData("ș ț")]
    [InlineData("й")]
    [InlineData("и\u0306")]
    public void Letters_LaTeX_has_no_accent_for_stay_UTF8(string text) => Assert.Equal(text, BibTex(text));

    [Fact]
    public void A_word_mixes_accent_commands_and_UTF8_letter_by_letter() =>
        Assert.Equal("Rom{\\^a}ne\u0219te", BibTex("Rom\u00E2ne\u0219te"));

    [Fact]
    public void A_combining_mark_with_no_base_is_kept()
    {
        Assert.Equal("\u0301x", BibTex("\u0301x"));
        Assert.Equal("\u0301x", BibLatex("\u0301x"));
    }

    [Theory]
    [InlineData("𝔄𝔟𝔠")]
    [InlineData("Cold War 🧊")]
    [InlineData("👨‍👩‍👧")]
    public void Surrogate_pairs_are_kept_whole(string text)
    {
        Assert.Equal(text, BibTex(text));
        Assert.Equal(text, BibLatex(text));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        // Built here: a lone surrogate does not survive xunit's serialization of InlineData.
        string high = new(['a', '\uD800', 'b']), low = new(['a', '\uDC00']), reversed = new(['\uDC00', '\uD800']);
        Assert.Equal("a\uFFFDb", BibLatex(high));
        Assert.Equal("a\uFFFD", BibTex(low));
        Assert.Equal("\uFFFD\uFFFD", BibTex(reversed));
    }

    [Theory]
    [InlineData("p.\u00A05", "p.~5")]
    [InlineData("5\u202F000", @"5{\,}000")]
    [InlineData("5\u2009000", @"5{\,}000")]
    [InlineData("Kol\u00ADlon\u00ADtay", @"Kol{\-}lon{\-}tay")]
    [InlineData("a\u200Bb\uFEFF", "ab")]
    [InlineData("  a \t\r\n b\u2028c  ", "a b c")]
    [InlineData("a\u0007b\u001Fc\u007F", "abc")]
    [InlineData("a\u2003b\u3000c", "a b c")]
    public void Spaces_and_control_characters_are_normalized(string text, string bibtex) => Assert.Equal(bibtex, BibTex(text));

    [Fact]
    public void Biblatex_spells_thin_spaces_and_soft_hyphens_unbraced() =>
        Assert.Equal(@"5\,000 Kol\-lontay", BibLatex("5\u202F000 Kol\u00ADlontay"));

    [Theory]
    [InlineData("… § ¶ © ° € £ « » × †", @"{\dots} {\S} {\P} {\copyright} {\textdegree} {\texteuro} {\pounds} {\guillemotleft} {\guillemotright} {\texttimes} {\dag}")]
    [InlineData(",,", ",{},")]
    [InlineData("<<x>>", "<{}<x>{}>")]
    public void BibTeX_spells_symbols_as_commands_and_breaks_ligatures(string text, string bibtex) => Assert.Equal(bibtex, BibTex(text));

    [Fact]
    public void Biblatex_keeps_symbols_as_UTF8() => Assert.Equal("… § « » €", BibLatex("… § « » €"));

    [Theory]
    [InlineData("The Berlin Crisis", "The {Berlin} {Crisis}")]
    [InlineData("Power in the Kremlin: From Khrushchev to Kosygin", "Power in the {Kremlin}: {From} {Khrushchev} to {Kosygin}")]
    [InlineData("USSR and the West", "{USSR} and the {West}")]
    [InlineData("the \"Rose\".", "the ``{Rose}''.")]
    [InlineData("Soviet-East German", "{Soviet-East} {German}")]
    [InlineData("McGeorge Bundy", "{McGeorge} {Bundy}")]
    [InlineData("Österreich und Łódź", @"{\""O}sterreich und {{\L}{\'o}d{\'z}}")]
    [InlineData("Советский Союз", "Советский {Союз}")]
    [InlineData("1958-1961", "1958-1961")]
    [InlineData("R & A", @"R {\&} {A}")]
    public void Capitals_are_protected_word_by_word_in_BibTeX_titles(string text, string bibtex) =>
        Assert.Equal(bibtex, BibTex(text, CaseProtection.CapitalizedWords));

    [Fact]
    public void Biblatex_titles_are_never_braced_word_by_word() =>
        Assert.Equal("The Berlin Crisis", new LatexEscaper(LatexFlavor.BibLatex).Escape("The Berlin Crisis", CaseProtection.CapitalizedWords));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n ")]
    [InlineData("\u0000\u0001")]
    public void Empty_text_escapes_to_nothing(string? text) => Assert.Equal("", BibTex(text!));

    [Fact]
    public void Long_text_past_the_stack_buffer_is_escaped_whole()
    {
        string text = string.Concat(Enumerable.Repeat("Außen & \"Politik\" ", 200));
        string tex = BibLatex(text);
        Assert.Equal(200, tex.Split(@"\enquote{Politik}").Length - 1);
        Assert.Equal(200, tex.Split(@"\&").Length - 1);
    }
}
