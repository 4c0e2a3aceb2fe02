using Citations.Core.Model;

namespace Citations.Formats.Items;

/// <summary>Texts every writer derives the same way from an item.</summary>
public static class Describe
{
    /// <summary>
    /// The title, or for a letter without one "Author to Recipient", the form Chicago and
    /// biblatex-chicago give untitled letters.
    /// </summary>
    public static string? Title(CslItem item)
    {
        if (!string.IsNullOrWhiteSpace(item.Title)) return item.Title;
        if (item.Type == CslType.PersonalCommunication && item.Author is [var from, ..] && item.Recipient is [var to, ..])
            return $"{ReadingOrder(from)} to {ReadingOrder(to)}";
        return null;
    }

    /// <summary>"Joachim von Ribbentrop", "Ministry of Foreign Affairs": a name as it is read in prose.</summary>
    public static string ReadingOrder(CslName name)
    {
        if (name.Literal is not null) return name.Literal;
        var words = new[] { name.Given, name.DroppingParticle, name.NonDroppingParticle, name.Family }
            .Where(w => !string.IsNullOrWhiteSpace(w));
        string text = string.Join(" ", words);
        return string.IsNullOrWhiteSpace(name.Suffix) ? text : $"{text}, {name.Suffix}";
    }

    /// <summary>
    /// The genre when the title does not already say it: "report" for "On the situation in the
    /// bourgeois parties", nothing for "Memorandum of conversation with Ulbricht".
    /// </summary>
    public static string? GenreNotInTitle(CslItem item) =>
        string.IsNullOrWhiteSpace(item.Genre) || (Title(item)?.Contains(item.Genre, StringComparison.OrdinalIgnoreCase) ?? false)
            ? null
            : item.Genre;

    /// <summary>The document number when neither the title nor the shelf-mark already carries it ("A-9647").</summary>
    public static string? NumberNotInTitle(CslItem item) =>
        string.IsNullOrWhiteSpace(item.Number)
        || (Title(item)?.Contains(item.Number, StringComparison.OrdinalIgnoreCase) ?? false)
        || (Archival.ShelfMark(item)?.Contains(item.Number, StringComparison.OrdinalIgnoreCase) ?? false)
            ? null
            : item.Number;

    /// <summary>A thesis genre read as a doctoral one ("Ph.D. dissertation", "doctoral thesis"); no genre is read so too, as most cited theses are.</summary>
    public static bool IsDoctoral(string? genre) =>
        genre is null
        || genre.Contains("Ph", StringComparison.OrdinalIgnoreCase) && genre.Contains('D')
        || genre.Contains("doctor", StringComparison.OrdinalIgnoreCase)
        || genre.Contains("dissertation", StringComparison.OrdinalIgnoreCase);

    public static bool IsMasters(string? genre) =>
        genre is not null && (genre.Contains("master", StringComparison.OrdinalIgnoreCase) || genre.StartsWith("M.A", StringComparison.Ordinal) || genre.StartsWith("MA ", StringComparison.Ordinal));
}
