using System.Text.RegularExpressions;
using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Grammar;

/// <summary>The parts of a book citation: "Author, Title, tr. X, 2 (Place: Publisher, Year), 239".</summary>
public sealed record BookFacts
{
    public IReadOnlyList<CslName>? Authors { get; init; }
    public NameRole Role { get; init; }
    /// <summary>"in his *Book*": the book is by the chapter's author.</summary>
    public bool ByTheSameAuthor { get; init; }
    public string? Title { get; init; }
    public string? TranslatedTitle { get; init; }
    public IReadOnlyList<CslName>? Translators { get; init; }
    public IReadOnlyList<CslName>? Editors { get; init; }
    public string? Volume { get; init; }
    public string? VolumeTitle { get; init; }
    public string? Edition { get; init; }
    public string? NumberOfVolumes { get; init; }
    public ImprintFacts? Imprint { get; init; }
    public Locator? Locator { get; init; }
    /// <summary>Where the citation proper starts in the parsed text (after prose that leads into it).</summary>
    public int Start { get; init; }
    /// <summary>Prose before the citation that names its author: "Janusz K. Zawodny summarizes the evidence in".</summary>
    public bool AuthorFromProse { get; init; }
    public IReadOnlyList<string> Repairs { get; init; } = [];
    /// <summary>An untitled part named before the work: "diary entry for Sept. 23, 1943", "Stalin to Churchill, Mar. 15, 1943".</summary>
    public string? Part { get; init; }

    public bool HasImprint => Imprint is not null;
}

/// <summary>Parses book-like text; also the "in …" container of a chapter.</summary>
public static partial class BookParts
{
    [GeneratedRegex(@"^(?<name>(?:\p{Lu}[\p{L}\.\-']*\s){1,3}\p{Lu}[\p{L}\-']+)\s+\p{Ll}+s\b.*\s(?:in|on)$")]
    private static partial Regex NameThenVerb();

    [GeneratedRegex(@"^\s*,\s*eds?\.\s*,\s*$")]
    private static partial Regex EditorMarkBetween();

    [GeneratedRegex(@"\s(?:and|&)\s")]
    private static partial Regex AndBetweenNames();

    [GeneratedRegex(@"^(?:eds?\.|ed\. and tr\.)$")]
    private static partial Regex EditorMark();

    [GeneratedRegex(@"^(?<t>.+?)\s*[\[(](?<tr>[\p{Lu}][^\])]*)[\])]\s*$")]
    private static partial Regex TitleWithTranslation();

    [GeneratedRegex(@"^(?<t>.+?)[.,]\s*(?<kw>Bol\.|Vol\.|vol\.)\s*(?<vol>[IVXL]+|\d+)(?:,\s*(?<vt>[^,]+?))?[.,]?$")]
    private static partial Regex VolumeGluedToTitle();

    [GeneratedRegex(@"^(?:in\s+)?(?:his|her|their)$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^(?:(?<bol>Bol\.)|vol\.|Vol\.|volume|Volume|Bd\.|t\.|tom)\s*(?<vol>\d{1,3}|[IVXL]{1,6})$")]
    private static partial Regex VolumeChunk();

    [GeneratedRegex(@"^(?<vol>\d{1,2}|[IVX]{1,5})(?::\s*\((?<vt>[^)]+)\))?$")]
    private static partial Regex BareVolume();

    [GeneratedRegex(@"^(?:supp\.|suppl\.|pt\.|part|Teil)\s*\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex VolumePart();

    // "3rd ser.", "ser. D", "Series I", "2d ser.": the series of a multi-series collection.
    [GeneratedRegex(@"^(?:\d+(?:st|nd|rd|th|d)\s+ser(?:\.|ies)|ser\.\s*[A-Z\d]+|[Ss]eries\s+[IVX\d]+|[A-Z]\s+ser\.)$")]
    private static partial Regex SeriesChunk();

    [GeneratedRegex(@"^(?<n>\d{1,2})\s+vols?\.?$")]
    private static partial Regex NumberOfVolumes();

    [GeneratedRegex(@"^(?<role>tr\.|trans\.|translated by|ed\.|eds\.|edited by|ed\. and tr\.)\s+(?<names>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleChunk();

    [GeneratedRegex(@"^(?<ed>\d+(?:st|nd|rd|th)|[Rr]ev\.|[Rr]evised|[Nn]ew|2d|3d)\s+ed(?:ition|\.)?$")]
    private static partial Regex EditionChunk();

    // Prose that hands over to the citation: "… is summarized in", "… appears in", "… biography of X by".
    [GeneratedRegex(@"(?:^|\s)(?:in|by|see|of)\s+(?=\S)")]
    private static partial Regex Handover();

    /// <summary>
    /// Parses <paramref name="text"/> as a book: authors, title, volume, imprint, locator.
    /// Returns null when no title can be told apart.
    /// </summary>
    public static BookFacts? Parse(string text, bool requireImprint = false)
    {
        var s = new Structure(text);
        var repairs = new List<string>();

        // The imprint: the last parenthesis that reads as one.
        Span? imprintSpan = null;
        ImprintFacts? imprint = null;
        for (int i = s.Parens.Count - 1; i >= 0; i--)
        {
            var p = s.Parens[i];
            var facts = Imprint.Parse(text[(p.Start + 1)..(p.End - 1)]);
            if (facts is null) continue;
            imprintSpan = p;
            imprint = facts;
            repairs.AddRange(facts.Repairs);
            break;
        }
        if (requireImprint && imprint is null) return null;

        int headEnd = imprintSpan?.Start ?? text.Length;
        Locator? locator = null;
        string? volumeAfter = null;
        if (imprintSpan is { } ip)
            (volumeAfter, locator) = AfterImprint(text[ip.End..]);

        // Title: the first italic span in the head, else the chunks after the authors.
        var italic = s.Italics.FirstOrDefault(i => i.End <= headEnd);
        string? title;
        IReadOnlyList<CslName>? authors = null;
        NameRole role = NameRole.Author;
        bool sameAuthor = false, authorFromProse = false;
        int start = 0;
        List<(string Text, Span Span)> afterTitle;

        string? part = null;
        IReadOnlyList<CslName>? italicEditors = null;
        if (italic != default)
        {
            // "*Kommission der Historiker der DDR und UdSSR*, ed., *Der deutsche Imperialismus …*": the first italic is the editor.
            var second = s.Italics.FirstOrDefault(i => i.Start > italic.End && i.End <= headEnd);
            if (second != default && EditorMarkBetween().IsMatch(text[italic.End..second.Start]))
            {
                italicEditors = [CslName.Institution(Clean.Title(italic.Of(text)))];
                italic = second;
            }
            title = Clean.Title(italic.Of(text));
            string lead = italicEditors is null ? text[..italic.Start].Trim().TrimEnd(',').Trim() : "";
            (authors, role, sameAuthor, start, authorFromProse, part) = Lead(lead, text);
            if (authors is null && lead.Length > 0 && !sameAuthor && part is null) start = italic.Start;
            if (italicEditors is not null) { authors = italicEditors; role = NameRole.Editor; }
            afterTitle = s.Chunks(italic.End, headEnd);
        }
        else
        {
            var chunks = s.Chunks(0, headEnd);
            if (chunks.Count == 0) return null;
            int titleChunk = 0;
            // Authors: leading chunks that are names ("A, B and C", "X (eds.)"); a comma-separated list needs its "and".
            for (int k = 1; k <= Math.Min(3, chunks.Count - 1); k++)
            {
                string candidate = string.Join(", ", chunks.Take(k).Select(c => c.Text));
                var (names, r) = Names.SplitRole(candidate);
                if (k > 1 && !AndBetweenNames().IsMatch(candidate)) break;
                var parsed = Names.ParseList(names, allowInstitutions: r != NameRole.Author);
                if (parsed is null) continue;
                authors = parsed;
                role = r;
                titleChunk = k;
            }
            // "Kenneth M. Jensen, ed., Origins of the Cold War …": the role stands as a chunk of its own.
            if (authors is not null && titleChunk < chunks.Count && EditorMark().IsMatch(chunks[titleChunk].Text.Trim()))
            {
                role = chunks[titleChunk].Text.Contains("tr") ? NameRole.Editor | NameRole.Translator : NameRole.Editor;
                titleChunk++;
            }
            if (titleChunk >= chunks.Count) return null;
            // The title runs to the first chunk that is a volume, a translator or an edition.
            int titleEnd = titleChunk;
            while (titleEnd + 1 < chunks.Count && !IsAfterTitle(chunks[titleEnd + 1].Text)) titleEnd++;
            var titleSpan = new Span(chunks[titleChunk].Span.Start, chunks[titleEnd].Span.End);
            title = titleSpan.Of(text);
            // "Title (Translation)" in plain text, or "Title [Translation]".
            afterTitle = s.Chunks(titleSpan.End, headEnd);
            start = chunks[0].Span.Start;
        }

        // What follows the title: translation, translator, editor, volume, edition.
        string? translated = null, volume = null, volumeTitle = null, edition = null, series = null, numberOfVolumes = null;
        IReadOnlyList<CslName>? translators = null, editors = null;
        var bolRepair = false;
        if (title is not null)
        {
            var tr = TitleWithTranslation().Match(title);
            if (tr.Success && Imprint.Parse(tr.Groups["tr"].Value) is null)
            {
                title = tr.Groups["t"].Value.Trim();
                translated = tr.Groups["tr"].Value.Trim();
            }
            // A title whose volume the OCR glued on: "…voiny. Bol. III, 1956-1964."
            var glued = VolumeGluedToTitle().Match(title);
            if (glued.Success)
            {
                title = glued.Groups["t"].Value;
                volume = glued.Groups["vol"].Value;
                if (glued.Groups["vt"].Success) volumeTitle = Clean.Title(glued.Groups["vt"].Value);
                bolRepair = glued.Groups["kw"].Value == "Bol.";
            }
        }
        foreach (var (chunk, span) in afterTitle)
        {
            string c = chunk.Trim().TrimEnd('.').Trim();
            if (c.Length == 0) continue;
            Match m;
            if (c.StartsWith('(') && c.EndsWith(')') && translated is null && Imprint.Parse(c[1..^1]) is null) { translated = c[1..^1].Trim(); continue; }
            if (c.StartsWith('[') && c.EndsWith(']') && translated is null) { translated = c[1..^1].Trim(); continue; }
            if ((m = RoleChunk().Match(c)).Success)
            {
                var names = Names.ParseList(m.Groups["names"].Value, allowInstitutions: true);
                string r = m.Groups["role"].Value.ToLowerInvariant();
                if (r.StartsWith("tr") || r.StartsWith("trans")) translators = names;
                else editors = names;
                if (r.Contains("and tr")) translators = names;
                continue;
            }
            if ((m = VolumeChunk().Match(c)).Success)
            {
                volume = m.Groups["vol"].Value;
                if (m.Groups["bol"].Success) bolRepair = true;
                continue;
            }
            if ((m = BareVolume().Match(c)).Success && volume is null)
            {
                volume = m.Groups["vol"].Value;
                if (m.Groups["vt"].Success) volumeTitle = m.Groups["vt"].Value.Trim();
                continue;
            }
            if (VolumePart().IsMatch(c) && volume is not null) { volume += ", " + c; continue; }
            if (SeriesChunk().IsMatch(chunk.Trim())) { series = chunk.Trim(); continue; }
            if ((m = NumberOfVolumes().Match(c)).Success) { numberOfVolumes = m.Groups["n"].Value; continue; }
            if ((m = EditionChunk().Match(c)).Success) { edition = EditionNumber(m.Groups["ed"].Value); continue; }
            // The volume's own title may hold commas: "vol. 3, Alliance Declining, February 1944-April 1945".
            if (volume is not null) { volumeTitle = volumeTitle is null ? Clean.Title(c) : volumeTitle + ", " + Clean.Title(c); continue; }
        }
        if (bolRepair) repairs.Add("ocr: 'Bol.' read as 'Vol.'");
        if (series is not null && volume is not null) volume = $"{series}, vol. {volume}";
        if (volumeAfter is not null && volume is null) volume = volumeAfter;
        if (imprint is null && locator is null && volume is not null && volumeTitle is not null)
        {
            // "Rothstein, *Soviet Foreign Policy*, 1: 53-57": no imprint, so "1: 53-57" is volume and pages.
            if (Locators.VolumeAndPages(volume + ": " + volumeTitle) is { } vp) { locator = vp.Locator; volumeTitle = null; }
        }
        if (imprint is null && locator is null && afterTitle.Count > 0)
        {
            // "*Sie kämpften für Deutschland*, 146-51": pages right after a title given in short.
            string tail = text[afterTitle[0].Span.Start..].Trim().TrimEnd('.');
            if (Locators.VolumeAndPages(tail) is { } vp) { (volume, locator) = vp; volumeTitle = null; }
            else if (Locators.Parse(tail) is { } l2) { locator = l2; volume = null; volumeTitle = null; }
        }
        if (title is null || title.Length == 0) return null;
        return new BookFacts
        {
            Authors = authors,
            Role = role,
            ByTheSameAuthor = sameAuthor,
            Title = Clean.Title(title),
            TranslatedTitle = translated,
            Translators = translators,
            Editors = editors,
            Volume = volume,
            VolumeTitle = volumeTitle,
            Edition = edition,
            NumberOfVolumes = numberOfVolumes,
            Imprint = imprint,
            Locator = locator,
            Start = start,
            AuthorFromProse = authorFromProse,
            Repairs = repairs,
            Part = part,
        };
    }

    static bool IsAfterTitle(string chunk)
    {
        string c = chunk.Trim().TrimEnd('.');
        return VolumeChunk().IsMatch(c) || BareVolume().IsMatch(c) || RoleChunk().IsMatch(c) || EditionChunk().IsMatch(c)
            || SeriesChunk().IsMatch(chunk.Trim()) || NumberOfVolumes().IsMatch(c) || (c.StartsWith('(') && c.EndsWith(')'));
    }

    /// <summary>"2nd" → "2", "4th" → "4"; "rev." stays.</summary>
    static string EditionNumber(string edition)
    {
        var digits = new string(edition.TakeWhile(char.IsDigit).ToArray());
        return digits.Length > 0 ? digits : edition;
    }

    /// <summary>", 359, 364" / ": 239, 244" / ", 1: 49" after the imprint.</summary>
    public static (string? Volume, Locator? Locator) AfterImprint(string rest)
    {
        string r = rest.Trim().TrimStart(Punctuation.CommaColon).Trim().TrimEnd('.');
        if (r.Length == 0) return (null, null);
        if (Locators.VolumeAndPages(r) is { } vp) return vp;
        return (null, Locators.Parse(r));
    }

    /// <summary>
    /// What stands before a title: the authors (with their role), "his", an untitled part
    /// ("Goebbels, diary entry for Sept. 23, 1943"), or prose that leads to the authors.
    /// </summary>
    static (IReadOnlyList<CslName>?, NameRole, bool SameAuthor, int Start, bool FromProse, string? Part) Lead(string lead, string text)
    {
        if (lead.Length == 0) return (null, NameRole.Author, false, 0, false, null);
        if (Possessive().IsMatch(lead)) return (null, NameRole.Author, true, 0, false, null);
        var (names, role) = Names.SplitRole(lead);
        var parsed = Names.ParseList(names, allowInstitutions: role != NameRole.Author, allowSingleWord: true);
        if (parsed is not null) return (parsed, role, false, text.IndexOf(lead, StringComparison.Ordinal), false, null);

        // "Goebbels, diary entry for Sept. 23, 1943": the author, then what of the work is cited.
        int comma = lead.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && comma + 2 < lead.Length && char.IsLower(lead[comma + 2])
            && Names.ParseOne(lead[..comma], allowInstitutions: false, allowSingleWord: true) is { } author)
            return ([author], NameRole.Author, false, text.IndexOf(lead, StringComparison.Ordinal), false, lead[(comma + 2)..].Trim());

        // "Stalin to Churchill, Mar. 15, 1943, Ministry of Foreign Affairs of the U.S.S.R., ed. and tr.": a dated part, then the editors.
        var dated = Dates.FindAll(lead).LastOrDefault(d => d.Date.Month is not null);
        if (dated is not null && !Prose.IsProse(lead[..dated.End]))
        {
            string rest = lead[dated.End..].Trim().TrimStart(',').Trim();
            string part = lead[..dated.End].Trim();
            if (rest.Length == 0) return (null, NameRole.Author, false, 0, false, part);
            var (rn, rr) = Names.SplitRole(rest);
            var restNames = Names.ParseList(rn, allowInstitutions: true, allowSingleWord: true);
            if (restNames is not null) return (restNames, rr, false, 0, false, part);
        }
        // "… biography of Alexandra M. Kollontay by Anna M. Itkina": the names that end the prose.
        if (Names.Trailing(lead) is { } trailing)
        {
            string tail = lead[trailing.Start..];
            var (_, tr) = Names.SplitRole(tail);
            return (trailing.Names, tr, false, text.IndexOf(tail, StringComparison.Ordinal), false, null);
        }
        // "Janusz K. Zawodny summarizes the evidence in": a name, then a verb.
        var prose = NameThenVerb().Match(lead);
        if (prose.Success && Names.LooksLikePerson(prose.Groups["name"].Value))
            return ([Names.Person(prose.Groups["name"].Value)], NameRole.Author, false, -1, true, null);
        return (null, NameRole.Author, false, 0, false, null);
    }
}
