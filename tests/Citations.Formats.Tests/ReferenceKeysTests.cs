using Citations.Core.Model;
using Citations.Formats.Items;

namespace Citations.Formats.Tests;

public class ReferenceKeysTests
{
    static readonly CslItem Book = new() { Type = CslType.Book, Author = [CslName.Person("Bundy", "McGeorge")], Title = "Danger and Survival", Issued = CslDate.Of(1988) };

    [Fact]
    public void The_id_is_the_key() => Assert.Equal("bundy1988danger", new ReferenceKeys().For(Book with { Id = "bundy1988danger" }));

    [Fact]
    public void Without_an_id_the_library_cite_key_is_used() =>
        Assert.Equal("custom-key", new ReferenceKeys().For(Book with { Custom = new ReferenceExtras { CiteKey = "custom-key" } }));

    [Fact]
    public void Without_either_a_Better_BibTeX_style_key_is_made() => Assert.Equal("bundy1988danger", new ReferenceKeys().For(Book));

    [Fact]
    public void Clashing_keys_get_letters_in_order()
    {
        var keys = new ReferenceKeys();
        var made = Enumerable.Range(0, 29).Select(_ => keys.For(Book with { Id = "k" })).ToList();
        Assert.Equal(["k", "ka", "kb"], made.Take(3));
        Assert.Equal(["kz", "kaa", "kab"], made.Skip(26));
    }

    [Theory]
    [InlineData("Weizsäcker 1950", "Weizsacker_1950")]
    [InlineData("a{b},c%d#e~f\\g\"h", "abcdefgh")]
    [InlineData("gold-003-12-2", "gold-003-12-2")]
    [InlineData("doi:10.1/x+y.z", "doi:10.1/x+y.z")]
    [InlineData("Иванов", "")]
    public void Keys_keep_only_what_every_BibTeX_reader_accepts(string id, string key) => Assert.Equal(key, ReferenceKeys.Sanitize(id));

    [Fact]
    public void A_key_is_never_empty() =>
        Assert.Equal("ref", new ReferenceKeys().For(new CslItem { Id = "Иванов", Archive = ",", Custom = new ReferenceExtras { Archival = new ArchivalParts { Fond = "—" } } }));
}
