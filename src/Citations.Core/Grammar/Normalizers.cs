using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Grammar;

/// <summary>
/// Clean-ups applied to every parsed citation after recognition (AnyStyle's normalizers):
/// each one looks at the fields, repairs what it knows how to, and records the repair.
/// </summary>
public static class Normalizers
{
    public static ParsedCitation Apply(ParsedCitation c) => c with { Item = Language(MixedScript(c.Item)) };

    /// <summary>A title's language, so that styles do not title-case German or romanized Russian titles.</summary>
    static CslItem Language(CslItem item) =>
        item.Language is not null ? item : item with { Language = TitleLanguage.Guess(item.Title ?? item.ContainerTitle) };

    /// <summary>Cyrillic look-alikes inside transliterated titles.</summary>
    static CslItem MixedScript(CslItem item)
    {
        var repairs = new List<string>();
        string? Fix(string? s)
        {
            if (s is null) return null;
            var (text, r) = Transliteration.LatinizeMixedWords(s);
            repairs.AddRange(r);
            return text;
        }
        var fixedItem = item with { Title = Fix(item.Title), ContainerTitle = Fix(item.ContainerTitle) };
        return repairs.Count == 0 ? item : fixedItem.WithRepairs(repairs);
    }
}
