using System.Text.RegularExpressions;
using Citations.Core.Grammar.Archives;
using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Grammar;

/// <summary>
/// Interviews: "Oral history interview with Lucius D. Clay, conducted by Richard D. McKinzie, New York, July 16, 1974, HSTL, 27–29",
/// "Author's interview with Milovan Djilas, Belgrade, 3 October 1991 (author's archive)", "Interview with Anatolii Dobrynin, Moscow,
/// 12 May 1995". The description up to the date is read as any document's (<see cref="DocumentDescription"/>); what follows it
/// is where the transcript is kept and the pages cited, which the archival grammar does not read.
/// </summary>
public sealed partial class Interviews : ICitationRecognizer
{
    [GeneratedRegex(@"^\((?<note>[^)]+)\)\s*(?<after>.*)$")]
    private static partial Regex Parenthesis();

    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        string text = input.Text.Replace("*", "");
        if (!text.Contains("nterview", StringComparison.Ordinal)) return null;
        var date = Dates.FindAll(text).FirstOrDefault(d => d.Date.Day is not null);
        if (date is null) return null;
        var facts = DocumentDescription.Parse(text[..date.End], input.Context);
        if (facts.Type != CslType.Interview || facts.Start > 0) return null;
        var item = new CslItem
        {
            Type = CslType.Interview,
            Author = facts.Author,
            Interviewer = facts.Interviewer,
            Title = facts.Title,
            PublisherPlace = facts.Place,
            Issued = facts.Issued,
        };
        string after = text[date.End..].Trim().TrimStart(',').Trim().TrimEnd('.').Trim();
        Locator? locator = null;
        // "(author's archive)": where the author keeps the notes.
        if (Parenthesis().Match(after) is { Success: true } paren)
        {
            item = item with { Note = paren.Groups["note"].Value.Trim() };
            after = paren.Groups["after"].Value.Trim().TrimStart(',').Trim();
        }
        if (after.Length > 0)
        {
            var chunks = after.Split(", ").ToList();
            if (Locators.Parse(chunks[^1]) is { } pages && chunks.Count > 1) { locator = pages; chunks.RemoveAt(chunks.Count - 1); }
            else if (chunks.Count == 1 && Locators.Parse(chunks[0]) is { } only) { locator = only; chunks.Clear(); }
            // The transcript's repository: a declared abbreviation ("HSTL") or a name.
            string where = string.Join(", ", chunks);
            if (where.Length > 0)
            {
                if (input.Context.Lookup(where) is { } declared && ArchivalTail.IsArchival(declared))
                    item = item with { Archive = declared.Archive, ArchivePlace = declared.ArchivePlace, Custom = declared.Custom };
                else if (Repositories.Lookup(where) is { } repository)
                    item = (item with { Archive = where }).WithArchival(new ArchivalParts { RepositoryCanonical = repository.Canonical });
                else return null;
            }
        }
        return [ParsedCitationFactory.Make(input, CitationForm.Full, item, locator?.Value, locator?.Label, confidence: 0.8)];
    }
}
