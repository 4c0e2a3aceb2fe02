using System.Text.RegularExpressions;
using Citations.Core.Model;

namespace Citations.Core.Grammar;

/// <summary>
/// Works cited by the abbreviation declared for them: "*SAO*, 201", "Potsdam, 1:256–64",
/// "DBPO, Series I, vol. VI, no. 81", "Minutes of …, February 11, 1945, Malta and Yalta, 975–82".
/// </summary>
public sealed partial class AbbreviatedWorks : ICitationRecognizer
{
    // Volume designations after the abbreviation: "3rd ser.", "ser. D", "Series I", "vol. VII", "t. XVIII", "Bd. 2", "VII", "pt. 1".
    [GeneratedRegex(@"^(?:\d+(?:st|nd|rd|th)\s+ser\.|ser\.\s*[A-Z\d]+|[Ss]eries\s+[IVX\d]+|[Vv]ol\.\s*[IVXL\d]+|[Tt]\.\s*[IVXL\d]+|Bd\.\s*[IVXL\d]+|[IVXL]{1,6}|pt\.\s*\d+)$")]
    private static partial Regex VolumeDesignation();

    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        string text = input.Text;
        string plain = text.Replace('*', ' ');
        foreach (var (abbreviation, work) in input.Context.Works)
        {
            int at = FindAtChunkStart(plain, abbreviation);
            if (at < 0) continue;
            string part = plain[..at].Trim().TrimEnd(',').Trim();
            // What precedes must be a dated description of the part cited, or nothing.
            if (part.Length > 0 && (Dates.FindAll(part).LastOrDefault() is not { } d || d.End < part.Length - 1)) continue;
            string after = plain[(at + abbreviation.Length)..].Trim().TrimStart(',').Trim().TrimEnd('.');
            var volumes = new List<string>();
            Locator? locator = null;
            foreach (string chunk in after.Split(", ", StringSplitOptions.RemoveEmptyEntries))
            {
                string c = chunk.Trim();
                if (locator is not null) return null;
                if (VolumeDesignation().IsMatch(c)) { volumes.Add(c); continue; }
                if (Locators.VolumeAndPages(c) is { } vp && volumes.Count == 0) { volumes.Add(vp.Volume); locator = vp.Locator; continue; }
                locator = Locators.Parse(c);
                if (locator is null) return null;
            }
            var item = work;
            if (volumes.Count > 0)
            {
                string volume = string.Join(", ", volumes);
                item = volume == work.Volume ? work : work with { Volume = volume, VolumeTitle = null, NumberOfVolumes = null };
            }
            var c2 = ParsedCitationFactory.Make(input, CitationForm.Full, item, locator?.Value, locator?.Label,
                part: part.Length == 0 ? null : text[..IndexInRaw(text, part.Length)].Trim().TrimEnd(','), confidence: 0.85)
                with { InheritsFrom = input.Context.DeclaredAt(abbreviation) };
            return [c2];
        }
        return null;
    }

    static int FindAtChunkStart(string text, string abbreviation)
    {
        int from = 0;
        while (true)
        {
            int i = text.IndexOf(abbreviation, from, StringComparison.Ordinal);
            if (i < 0) return -1;
            bool startOk = i == 0 || text[..i].TrimEnd().EndsWith(',') || text[..i].Trim().Length == 0;
            int end = i + abbreviation.Length;
            bool endOk = end == text.Length || text[end] is ',' or ' ' or '.' or ':';
            if (startOk && endOk) return i;
            from = i + 1;
        }
    }

    static int IndexInRaw(string raw, int plainLength) => Math.Min(plainLength, raw.Length);
}
