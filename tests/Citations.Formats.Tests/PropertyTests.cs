using System.Text.Json;
using Citations.Core.Model;
using Citations.Formats.Latex;
using Citations.Formats.Tests.Clients;
using Citations.Formats.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Citations.Formats.Tests;

/// <summary>
/// Properties over generated text and items (FsCheck, with a fixed seed so a failure replays):
/// escaping keeps braces balanced and leaves no TeX special character bare; every writer writes
/// any item, down to one with every field missing, in a shape its readers accept.
/// </summary>
public class PropertyTests
{
    static readonly Config Fixed = Config.QuickThrowOnFailure
        .WithMaxTest(500)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261121UL, 1UL), FSharpOption<int>.None)));

    /// <summary>Pieces text is built of: TeX's specials, quotes, dashes, spaces, letters with and without diacritics, marks, surrogates, controls.</summary>
    static readonly string[] Atoms =
    [
        "a", "Z", "Berlin", " ", "  ", "&", "%", "$", "#", "_", "{", "}", "~", "^", "\\", "\"", "'", "`", "“", "”", "„", "‘", "’",
        "–", "—", "-", "\u00A0", "\u202F", "\u00AD", "ä", "Ł", "ß", "ø", "i", "Ж", "Союз", "\u0301", "\u0308", "\u030C", "𝔄", "🧊",
        "\uD800", "\uDC00", "\n", "\t", "\u0000", "\u200B", "…", "«", "»", ",", "<", ">", "!", "?", ":", ".", "and", "von", "R & A",
    ];

    static readonly Gen<string> Text = Gen.Elements(Atoms).ListOf().Select(string.Concat);

    static Gen<string?> Maybe(Gen<string> gen) => Gen.Frequency((1, Gen.Constant<string?>(null)), (2, gen.Select(s => (string?)s)));

    [Fact]
    public void Escaped_text_has_balanced_braces_and_no_bare_special_character()
    {
        var escapers = new[] { new LatexEscaper(LatexFlavor.BibTex), new LatexEscaper(LatexFlavor.BibLatex) };
        Check.One(Fixed, Prop.ForAll(Text.ToArbitrary(), text =>
        {
            foreach (var escaper in escapers)
            foreach (var protection in new[] { CaseProtection.None, CaseProtection.CapitalizedWords })
            {
                string tex = escaper.Escape(text, protection);
                Assert.True(Balanced(tex), $"unbalanced: {tex}");
                Assert.True(NoBareSpecial(tex, nbspInInput: text.Contains('\u00A0')), $"bare special character: {tex}");
                Assert.DoesNotContain(tex, char.IsControl);
                Assert.False(tex.EndsWith('\\'), tex);
            }
        }));
    }

    static bool Balanced(string tex)
    {
        int depth = 0;
        foreach (char c in tex)
        {
            if (c == '{') depth++;
            else if (c == '}' && --depth < 0) return false;
        }
        return depth == 0;
    }

    /// <summary>&amp; % $ # _ ^ only as control symbols (<c>\&amp;</c>, <c>{\^a}</c>); ~ only so or for a non-breaking space.</summary>
    static bool NoBareSpecial(string tex, bool nbspInInput)
    {
        for (int i = 0; i < tex.Length; i++)
        {
            bool escaped = i > 0 && tex[i - 1] == '\\';
            if (tex[i] is '&' or '%' or '$' or '#' or '_' or '^' && !escaped) return false;
            if (tex[i] == '~' && !escaped && !nbspInInput) return false;
        }
        return true;
    }

    static readonly Gen<CslName> Name =
        from literal in Maybe(Text)
        from family in Maybe(Text)
        from given in Maybe(Text)
        from particle in Maybe(Gen.Elements("von", "de", "van der", "", "De"))
        from suffix in Maybe(Gen.Elements("Jr.", "III", ""))
        select new CslName { Literal = literal, Family = family, Given = given, DroppingParticle = particle, Suffix = suffix };

    static readonly Gen<IReadOnlyList<CslName>?> Names =
        Gen.Frequency((1, Gen.Constant<IReadOnlyList<CslName>?>(null)), (2, Name.ListOf().Select(l => (IReadOnlyList<CslName>?)l.ToList())));

    static readonly Gen<IReadOnlyList<int>> DatePoint =
        from year in Gen.Choose(1, 2100)
        from parts in Gen.Choose(0, 3)
        from month in Gen.Choose(0, 13)
        from day in Gen.Choose(0, 32)
        select (IReadOnlyList<int>)new[] { year, month, day }.Take(parts).ToArray();

    static readonly Gen<CslDate?> Date = Gen.OneOf<CslDate?>(
        Gen.Constant<CslDate?>(null),
        DatePoint.ListOf().Select(points => (CslDate?)new CslDate { DateParts = points.Take(2).ToList() }),
        Maybe(Text).Select(literal => (CslDate?)new CslDate { Literal = literal }),
        Gen.Elements("1", "3", "Winter", "x").Select(season => (CslDate?)(CslDate.Of(1943) with { Season = season })));

    static readonly string[] Types =
    [
        CslType.Book, CslType.Chapter, CslType.ArticleJournal, CslType.ArticleMagazine, CslType.ArticleNewspaper, CslType.Thesis,
        CslType.Paper, CslType.Report, CslType.Manuscript, CslType.Interview, CslType.PersonalCommunication, CslType.Speech,
        CslType.Collection, CslType.Document, CslType.Webpage, "legal_case",
    ];

    static readonly Gen<CslItem> Item =
        from type in Gen.Elements(Types)
        from id in Maybe(Text)
        from author in Names
        from editor in Names
        from recipient in Names
        from texts in Maybe(Text).ArrayOf(20)
        from issued in Date
        from original in Date
        from archival in Gen.Elements(null, new ArchivalParts { Fond = "5", Opis = "49", Delo = "17" }, new ArchivalParts { Series = "FO 371", Piece = "1" }, ArchivalParts.Empty)
        select new CslItem
        {
            Id = id ?? "", Type = type, Author = author, Editor = editor, Translator = editor, Recipient = recipient, ContainerAuthor = author,
            Title = texts[0], ContainerTitle = texts[1], CollectionTitle = texts[2], Volume = texts[3], VolumeTitle = texts[4],
            Issue = texts[5], Page = texts[6], Publisher = texts[7], PublisherPlace = texts[8], Archive = texts[9],
            ArchiveLocation = texts[10], ArchiveCollection = texts[11], ArchivePlace = texts[12], Genre = texts[13], Number = texts[14],
            Note = texts[15], Language = texts[16], EventTitle = texts[17], EventPlace = texts[18], Doi = texts[19],
            Issued = issued, OriginalDate = original,
            Custom = new ReferenceExtras { Archival = archival, TranslatedTitle = texts[0], CiteKey = texts[2] },
        };

    [Fact]
    public void Every_writer_writes_any_item_in_a_shape_its_readers_accept()
    {
        Check.One(Fixed.WithMaxTest(200), Prop.ForAll(Item.ListOf().ToArbitrary(), items => AssertWellFormed([.. items])));
    }

    [Fact]
    public void Every_writer_writes_items_with_every_field_missing_or_empty()
    {
        var empty = new CslItem();
        var blank = new CslItem
        {
            Id = " ", Type = "", Title = "", Author = [], Editor = [new CslName()], Recipient = [new CslName { Family = " " }],
            Issued = new CslDate(), OriginalDate = new CslDate { DateParts = [[]] }, Page = "", Volume = " ",
            Custom = new ReferenceExtras { Archival = ArchivalParts.Empty },
        };
        AssertWellFormed([empty, blank, empty]);
    }

    static void AssertWellFormed(IReadOnlyList<CslItem> items)
    {
        foreach (string format in new[] { "bibtex", "biblatex" })
        {
            string bib = OutputOf.Write(format, [.. items]);
            // Entries are separated by a blank line; each must close every brace it opens.
            var entries = System.Text.RegularExpressions.Regex.Split(bib, @"(?<=\n\}\n)\n(?=@)").Where(e => e.Length > 0).ToList();
            Assert.Equal(items.Count, entries.Count);
            Assert.All(entries, entry => Assert.True(Balanced(entry), entry));
            var keys = System.Text.RegularExpressions.Regex.Matches(bib, @"^@\w+\{([^,\s]+),$", System.Text.RegularExpressions.RegexOptions.Multiline);
            Assert.Equal(items.Count, keys.Select(k => k.Groups[1].Value).Distinct().Count());
        }
        Assert.Equal(items.Count, RisReader.Read(OutputOf.Write("ris", [.. items])).Count);
        using var json = JsonDocument.Parse(OutputOf.Write("csl-json", [.. items]));
        Assert.Equal(items.Count, json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), item => Assert.False(string.IsNullOrEmpty(item.GetProperty("id").GetString())));
    }
}
