using Citations.Core.Grammar.Lexicon;
using System.Text.RegularExpressions;
using Citations.Core.Model;

namespace Citations.Core.Grammar;

/// <summary>
/// Foreign Relations of the United States: "*FRUS*, 1943, 3: 696–97",
/// "*Foreign Relations of the United States* (hereafter *FRUS*), 1941, 1: General, *The Soviet Union* (Washington, 1958), 789-90",
/// "*FRUS: The Conferences at Cairo and Teheran, 1943* (Washington, 1961), 461–64",
/// "Foreign Relations of the United States, 1961–1963, vol. XIV, Berlin Crisis (Washington, 1993), doc. 27".
/// A document's description before it is the cited part; a quoted title makes it a chapter.
/// </summary>
public sealed partial class Frus : ICitationRecognizer
{
    [GeneratedRegex(@"(?:at|of)\s+(?<p>.+?)(?:,\s*\d{4})?$")]
    private static partial Regex ConferencePlace();

    [GeneratedRegex(@"\s*[-–]\s*")]
    private static partial Regex Dash();

    [GeneratedRegex(@"^(?:doc\.|document|Document)\s*(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"^[""“](?<t>.+?)[,.]?[""”](?:,?\s*(?<rest>.*))?$")]
    private static partial Regex LeadingQuotedTitle();

    [GeneratedRegex(@"^(?<a>\d{4})(?:-(?<b>\d{2,4}))?$")]
    private static partial Regex YearOrRange();

    // FRUS's own editors write "Foreign Relations, 1952–1954, vol. II".
    [GeneratedRegex(@"(?<![\p{L}])(?:Foreign Relations of the United States|FRUS|Foreign Relations(?=,\s*\d{4}))(?![\p{L}])")]
    private static partial Regex Name();

    [GeneratedRegex(@"^\s*\((?:hereafter|hereinafter)(?:\s+cited\s+as)?\s+FRUS\)")]
    private static partial Regex Hereafter();

    // After the name: ": The Conferences at …, 1943" or ", 1943, 3: Volume title" or ", 1961–1963, vol. XIV, Title".
    [GeneratedRegex(@"^(?::\s*(?<conf>The\s+Conferences?\s+(?:at|of)\s+[^,(]+?(?:,\s*(?<confyear>\d{4}))?)|,\s*(?<year>\d{4}(?:\s*[-–]\s*\d{2,4})?)(?:,\s*(?:[Vv]ol\.\s*|[Vv]olume\s+)?(?<vol>\d{1,2}|[IVXL]{1,6})(?::\s*|,\s*|\s+|$)(?<vtitle>[^(]*))?)\s*(?=\(|,|:|$)")]
    private static partial Regex Volume();

    [GeneratedRegex(@"^\s*\((?<imprint>[^)]*)\)")]
    private static partial Regex Imprint();

    [GeneratedRegex(@"^:\s*Diplomatic Papers\.?")]
    private static partial Regex DiplomaticPapers();

    [GeneratedRegex(@"^(?:Part|part|pt\.)\s*(?<n>\d{1,2}|[IVX]{1,4})$")]
    private static partial Regex VolumePart();


    static readonly Dictionary<string, string> ConferenceIds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Cairo and Teheran"] = "frus1943CairoTehran",
        ["Cairo and Tehran"] = "frus1943CairoTehran",
        ["Washington and Quebec"] = "frus1943WashQuebec",
        ["Malta and Yalta"] = "frus1945Malta",
        ["Berlin (Potsdam)"] = "frus1945Berlin",
        ["Washington, 1941-1942, and Casablanca"] = "frus1941-43Conferences",
    };

    public IReadOnlyList<ParsedCitation>? TryParse(SegmentInput input)
    {
        string raw = input.Text;
        var name = Name().Match(raw);
        if (!name.Success) return null;
        // Work on the text without italics markers, mapping positions back for the part before.
        string before = raw[..name.Index].TrimEnd(Punctuation.AsteriskSpace);
        string after = raw[(name.Index + name.Length)..].Replace("*", "");
        var hereafter = Hereafter().Match(after);
        if (hereafter.Success) after = after[hereafter.Length..];
        // "Foreign Relations of the United States: Diplomatic Papers, 1944, Vol. III" and "…: Diplomatic Papers. The Conferences at …".
        if (DiplomaticPapers().Match(after) is { Success: true } papers)
            after = after[papers.Length..].TrimStart() is var rest0 && rest0.StartsWith("The Conference", StringComparison.Ordinal) ? ": " + rest0 : after[papers.Length..];

        var vol = Volume().Match(after);
        string title = "Foreign Relations of the United States";
        string? volume = null, volumeTitle = null, frusId = null, part = null;
        Locator? volumeLocator = null;
        int consumed = 0;
        if (vol.Success)
        {
            consumed = vol.Length;
            if (vol.Groups["conf"].Success)
            {
                string conf = vol.Groups["conf"].Value.Trim();
                title += ": " + conf;
                var place = ConferencePlace().Match(conf);
                if (place.Success && ConferenceIds.TryGetValue(place.Groups["p"].Value.Trim(), out var id)) frusId = id;
            }
            else if (vol.Groups["year"].Success)
            {
                string year = Dash().Replace(vol.Groups["year"].Value, "-");
                title += ", " + year;
                if (vol.Groups["vol"].Success)
                {
                    volume = vol.Groups["vol"].Value;
                    string vt = vol.Groups["vtitle"].Value.Trim().TrimEnd(Punctuation.CommaColon).Trim();
                    var chunks = vt.Split(", ").ToList();
                    // "vol. II, Part 1, p. 209": the part of the volume, then the pages (no imprint to stop the title).
                    if (chunks.Count > 0 && VolumePart().Match(chunks[0]) is { Success: true } volumePart)
                    {
                        part = volumePart.Groups["n"].Value;
                        volume += ", pt. " + part;
                        chunks.RemoveAt(0);
                        vt = string.Join(", ", chunks);
                    }
                    if (chunks.Count > 0 && Locators.Parse(chunks[^1].TrimEnd('.')) is { } trailing && (part is not null || !Locators.IsBarePages(chunks[^1])))
                    {
                        volumeLocator = trailing;
                        chunks.RemoveAt(chunks.Count - 1);
                        vt = string.Join(", ", chunks);
                    }
                    // "3: 696–97" — a page list, not a volume title.
                    if (vt.Length > 0 && !Locators.IsBarePages(vt)) volumeTitle = Clean.Title(vt);
                    else consumed = vol.Groups["vol"].Index + vol.Groups["vol"].Length;
                }
                frusId = "frus" + ShortYears(year) + (volume is null ? "" : "v" + VolumeNumber(vol.Groups["vol"].Value)) + (part is null ? "" : "p" + (int.TryParse(part, out int p) ? p : Roman.ToInt(part)));
            }
        }
        string rest = after[consumed..];
        CslDate? issued = null;
        string? place2 = null, publisher = null;
        var imprint = Imprint().Match(rest);
        if (imprint.Success && Grammar.Imprint.Parse(imprint.Groups["imprint"].Value) is { } facts)
        {
            issued = facts.Issued;
            place2 = facts.Place;
            publisher = facts.Publisher;
            rest = rest[imprint.Length..];
        }
        // "…, 157–61 (hereafter *FRUS 1950*, VII)": a declaration after the pages (the grammar records it).
        if (Grammar.Hereafter.FindAll(rest) is { } declared) rest = declared.Blanked;
        rest = rest.Trim().TrimStart(Punctuation.CommaColon).Trim().TrimEnd('.');
        string? locator = volumeLocator?.Value, label = volumeLocator?.Label;
        if (rest.Length > 0 && locator is null)
        {
            var loc = Locators.Parse(rest);
            if (loc is null)
            {
                // "vol: pages" after the imprint is not FRUS's form; leave the rest unparsed.
                var doc = DocumentNumber().Match(rest);
                if (doc.Success) { locator = doc.Groups["n"].Value; label = "document"; }
            }
            else { locator = loc.Value; label = loc.Label; }
        }

        var book = new CslItem
        {
            Type = CslType.Book,
            Title = title,
            Volume = volume,
            VolumeTitle = volumeTitle,
            PublisherPlace = place2,
            Publisher = publisher,
            Issued = issued,
            Custom = frusId is null ? null : new ReferenceExtras { Identifiers = new Identifiers { Frus = frusId } },
        };

        string partText = before.Trim().TrimEnd(Punctuation.CommaSemicolon).Trim();
        var citation = ParsedCitationFactory.Make(input, CitationForm.Full, book, locator, label, confidence: 0.9)
            with { DeclaredAbbreviation = hereafter.Success ? "FRUS" : null };
        if (partText.Length == 0) return [citation];
        // "For documentation on the Berlin Conference, see Foreign Relations, …": prose before the volume, not a document in it.
        if (Signals.HandOver().Match(partText) is { Success: true } signal)
        {
            int start = before.Length;
            while (start < raw.Length && raw[start] == ' ') start++;
            return [citation.Narrow(start, raw.Length, Signals.AsPrefix(signal.Groups["signal"].Value))];
        }

        // A quoted title makes the document a chapter of the volume.
        var quoted = LeadingQuotedTitle().Match(partText);
        if (quoted.Success)
        {
            var description = DocumentDescription.Parse(quoted.Groups["rest"].Value);
            var chapter = book with
            {
                Type = CslType.Chapter,
                Title = Clean.Title(quoted.Groups["t"].Value),
                ContainerTitle = book.Title,
                OriginalDate = description.Issued,
                Author = description.Author,
            };
            return [citation with { Item = chapter }];
        }
        return [citation with { Part = partText }];
    }

    static string ShortYears(string year)
    {
        var m = YearOrRange().Match(year);
        if (!m.Success) return year;
        if (!m.Groups["b"].Success) return m.Groups["a"].Value;
        string b = m.Groups["b"].Value;
        return $"{m.Groups["a"].Value}-{(b.Length == 4 ? b[2..] : b)}";
    }

    static string VolumeNumber(string volume)
    {
        int n = int.TryParse(volume, out int v) ? v : Roman.ToInt(volume);
        return n.ToString("00");
    }
}

public static class Roman
{
    public static int ToInt(string roman)
    {
        int total = 0, previous = 0;
        foreach (char c in roman.ToUpperInvariant().Reverse())
        {
            int v = c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0 };
            total += v < previous ? -v : v;
            previous = Math.Max(previous, v);
        }
        return total;
    }
}
