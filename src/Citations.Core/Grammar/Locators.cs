using System.Text.RegularExpressions;

namespace Citations.Core.Grammar;

/// <summary>A pinpoint: "362-63", "10, 12, 15", "p. 47", "v".</summary>
public sealed record Locator(string Value, string Label);

/// <summary>Page, folio and other pinpoints at the end of a citation.</summary>
public static partial class Locators
{
    [GeneratedRegex(@"^(?<vol>\d{1,2}|[IVX]{1,5}):\s*(?<loc>.+)$")]
    private static partial Regex VolumeColonPages();

    /// <summary>"2: 278-80" → volume "2" and pages "278-80"; null when the text is not of that form.</summary>
    // "Vol. III, p. 640", "t. III, p. 72", "Bd. 1, p. 85": a volume named, then the pages.
    [GeneratedRegex(@"^(?:[Vv]ol\.|[Tt]\.|[Tt]ome|Bd\.)\s*(?<vol>\d{1,3}|[IVXL]{1,6}),\s*(?<loc>.+)$")]
    private static partial Regex NamedVolumePages();

    /// <summary>"2: 278-80" or "Vol. III, p. 640" → the volume and the pages; null when the text is not of that form.</summary>
    public static (string Volume, Locator Locator)? VolumeAndPages(string text)
    {
        var m = VolumeColonPages().Match(text.Trim());
        if (!m.Success) m = NamedVolumePages().Match(text.Trim());
        return m.Success && Parse(m.Groups["loc"].Value) is { } l ? (m.Groups["vol"].Value, l) : null;
    }

    [GeneratedRegex(@"\s*[–—]\s*|\s*-\s*")]
    private static partial Regex DashWithSpaces();

    [GeneratedRegex(@"\s*,\s*")]
    private static partial Regex CommaWithSpaces();

    /// <summary>A document of an edition, by its number: "Dok. 12", "No. 315", "document 4", "n° 7".</summary>
    public const string EditionDocument = @"(?:No\.|no\.|Nr\.|Dok\.|Doc\.|doc\.|Document|document|n°)\s*\d{1,4}[a-z]?";

    // A list of page numbers or ranges, arabic or roman: "359, 364", "84–88, 93–94, 102–03", "v", "xii-xiv".
    const string PageList = @"(?:\d+[a-z]?|[ivxlc]{1,6})(?:\s*[-–]\s*(?:\d+|[ivxlc]{1,6}))?(?:(?:,\s*|\s+and\s+)(?:\d+[a-z]?|[ivxlc]{1,6})(?:\s*[-–]\s*(?:\d+|[ivxlc]{1,6}))?)*(?:\s*n\.\s*\d+)?(?:\s*ff?\.?|\s+passim)?";

    [GeneratedRegex(@"^\s*(?:(?<label>pp?\.|pages?|col\.|cols\.|no\.|doc\.|document|para\.|paras\.|sec\.|secs\.|§|ch\.|chap\.|vol\.|fol\.|fols\.|n\.|nn\.|frames?|l\.|ll\.)\s*)?(?<value>" + PageList + @"|passim)\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Whole();

    [GeneratedRegex("^(?<pages>" + PageList + @")\s*\.?\s*$")]
    private static partial Regex BarePages();

    /// <summary>Parses a whole chunk as a locator ("p. 47", "362-63", "v"); null when it is something else.</summary>
    public static Locator? Parse(string chunk)
    {
        var m = Whole().Match(chunk);
        if (!m.Success) return null;
        string value = Normalize(m.Groups["value"].Value);
        string label = LabelFor(m.Groups["label"].Value);
        // Bare roman numerals are pages only when short and lower case ("v", "xii").
        if (!m.Groups["label"].Success && value.All(c => "IVXLC".Contains(c))) return null;
        return new Locator(value, label);
    }

    public static bool IsBarePages(string chunk) => BarePages().IsMatch(chunk.Trim());

    /// <summary>En dashes to hyphens, single spaces after commas: "84–88,93–94" → "84-88, 93-94".</summary>
    public static string Normalize(string value)
    {
        string v = value.Trim();
        // "512 f.", "356 ff.": the abbreviation keeps its period.
        if (!v.EndsWith(" f.", StringComparison.Ordinal) && !v.EndsWith("ff.", StringComparison.Ordinal)) v = v.TrimEnd('.');
        if (v.AsSpan().IndexOfAny("–—") >= 0 || v.Contains(" -", StringComparison.Ordinal) || v.Contains("- ", StringComparison.Ordinal))
            v = DashWithSpaces().Replace(v, "-");
        if (v.Contains(',') && !CommasAreSpaced(v)) v = CommaWithSpaces().Replace(v, ", ");
        return v;
    }

    static bool CommasAreSpaced(string v)
    {
        for (int i = v.IndexOf(','); i >= 0; i = v.IndexOf(',', i + 1))
            if (i + 1 >= v.Length || v[i + 1] != ' ' || (i + 2 < v.Length && v[i + 2] == ' ') || (i > 0 && v[i - 1] == ' ')) return false;
        return true;
    }

    static string LabelFor(string label) => label.ToLowerInvariant().TrimEnd('.') switch
    {
        "" or "p" or "pp" or "page" or "pages" => "page",
        "col" or "cols" => "column",
        "no" => "document",
        "doc" or "document" => "document",
        "para" or "paras" => "paragraph",
        "sec" or "secs" or "§" => "section",
        "ch" or "chap" => "chapter",
        "vol" => "volume",
        "fol" or "fols" or "l" or "ll" => "folio",
        "n" or "nn" => "note",
        "frame" or "frames" => "frame",
        _ => "page",
    };
}
