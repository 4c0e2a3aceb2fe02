using System.Globalization;
using System.Text;

namespace Citations.FakeCatalogs.Corpus;

/// <summary>
/// The fake catalogs' search engine: a bag-of-words relevance like a search engine's (lower case,
/// diacritics dropped, nothing smarter). It always ranks something, as Crossref does: recognizing a wrong
/// hit is the matcher's job, not the fake's.
/// </summary>
public static class WordIndex
{
    public static string[] Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var sb = new StringBuilder();
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Relevance of a document to a query: matched query words weighted by rarity-ish length.</summary>
    public static double Score(IReadOnlyCollection<string> query, IEnumerable<string> document)
    {
        var doc = document.ToHashSet();
        double score = 0;
        foreach (string word in query)
            if (doc.Contains(word)) score += word.Length > 3 ? 2.0 : 0.5;
        return score;
    }

    public static double Fraction(IReadOnlyCollection<string> query, IEnumerable<string> document)
    {
        if (query.Count == 0) return 0;
        var doc = document.ToHashSet();
        return (double)query.Count(doc.Contains) / query.Count;
    }
}
