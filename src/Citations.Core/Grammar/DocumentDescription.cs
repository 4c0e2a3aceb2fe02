using System.Text.RegularExpressions;
using Citations.Core.Grammar.Lexicon;
using Citations.Core.Model;

namespace Citations.Core.Grammar;

/// <summary>
/// What the words before a shelf-mark or a published source say about a document:
/// "Karl Ott to German foreign office, Mar. 3, 1942" (a letter), "OSS report no. A-5094, May 11, 1943",
/// "M. Pervukhin. Memorandum of conversation with Ulbricht, 5 October 1958 (A. Smirnov took part …)",
/// "On the situation in the bourgeois parties of the GDR, 27 March 1954, A report of the KI".
/// </summary>
public static partial class DocumentDescription
{
    [GeneratedRegex(@"(?:,\s*|\s+)(?:received|delivered|dated|on)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateWordWithSeparator();

    [GeneratedRegex(@"\bby\s+(?<name>(?:\p{Lu}[\p{L}\.\-']*\s){1,3}\p{Lu}[\p{L}\-']+)")]
    private static partial Regex ByName();

    [GeneratedRegex(@"\b(?:office|legation|embassy|consulate|ministry|department|bureau|secretary|minister|ambassador|mission|commissariat|government|committee|council|headquarters|command|staff|cabinet|chancellery)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeWord();

    [GeneratedRegex(@"(?<=[.!?][""”]?)\s+(?=\p{Lu})")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b(?:is|are|was|were|appears?)\s+(?:in|at|among)(?:\s+the)?$")]
    private static partial Regex HandoverAtEnd();

    [GeneratedRegex(@"^(?<lead>[^""“]*?)[""“](?<title>[^""”]+?)[,.]?[""”],?\s*(?<rest>.*)$")]
    private static partial Regex QuotedTitle();

    [GeneratedRegex(@"^(?:enclosed|attached)\s+(?:in|to)\s+.+$", RegexOptions.IgnoreCase)]
    private static partial Regex Enclosure();

    [GeneratedRegex(@"(?:^|\s)(?:received|delivered|dated|on)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateWordAtEnd();

    [GeneratedRegex(@"^\[(?<tr>[^\]]+)\]\s*,?\s*(?<rest>.*)$")]
    private static partial Regex BracketedTranslation();

    [GeneratedRegex(@"^(?<title>.+?)\s*[\[(](?<tr>[\p{Lu}][^\])]+)[\])]$")]
    private static partial Regex TitleWithTranslation();

    [GeneratedRegex(@"\s*\((?<abbr>[\p{Lu}]{2,6})\)")]
    private static partial Regex AbbreviationInParentheses();

    // "Kruglov to Molotov", German "Kruglov an Chruščev", French "Litvinov à Potemkine".
    [GeneratedRegex(@"^(?<from>.+?),?\s+(?:to|an|à)\s+(?<to>(?:the\s+|die\s+|den\s+|das\s+|la\s+|le\s+|l')?[\p{Lu}].*)$")]
    private static partial Regex Letter();

    [GeneratedRegex(@"(?<![\p{L}])(?<genre>(?:(?!(?:from|the|a|an|of|on|in|to|by|for|with|and)\s)(?:[\p{L}\-]+|[A-Z]{2,5})\s){0,3}(?:report|memorandum|memo|note|survey|summary|series|telegram|cable|minutes|diary|letter|dispatch|despatch|statement|bulletin|directive|instructions|record|transcript|protocol|message|appeal))(?=\s*,?\s*(?:no\.|of|on|by|for|from|to|,|$))", RegexOptions.IgnoreCase)]
    private static partial Regex GenrePhrase();

    [GeneratedRegex(@"^(?<genre>memorandum|memo|letter|telegram|cable|report|note|minute)\s+(?=from|by|to|for)(?:(?:from|by)\s+(?<from>.+?))?(?:\s*(?:to\s+(?<to>.+)|for\s+.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex GenreFromTo();

    [GeneratedRegex(@"\bno\.\s*(?<num>[A-Z]?-?\d[\w\-]*(?:\s[A-Z](?=$|,))?)", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    // " - A report of the Committee of Information (KI) at the Ministry … to the Central Committee of the CPSU"
    [GeneratedRegex(@"^[-–—\s]*(?:an?\s+)?(?<genre>report|memorandum|note|letter|telegram|cable|survey)\s+(?:of|from|by)\s+(?:the\s+)?(?<author>.+?)(?:\s+to\s+(?:the\s+)?(?<recipient>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ByLine();

    // "M. Pervukhin. Memorandum of conversation…"
    [GeneratedRegex(@"^(?<name>(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}\-']+)\.\s+(?<rest>\p{Lu}.*)$")]
    private static partial Regex NameThenTitle();

    // "From the diary of attache V.V. Karyagin, …", "Report of the Soviet Embassy in the PRC for 1958"
    [GeneratedRegex(@"^(?:From\s+)?(?:the\s+)?(?:diary|papers|notes|memoirs)\s+of\s+(?:[\p{Ll}]+\s+)*(?<name>(?:\p{Lu}\.\s?)+\p{Lu}[\p{L}\-']+|\p{Lu}[\p{L}\-']+\s\p{Lu}[\p{L}\-']+)", RegexOptions.IgnoreCase)]
    private static partial Regex DiaryOf();

    // "Report of the Soviet Embassy in the PRC for 1958", "Report of the Soviet High Commission in Germany to the CC CPSU"
    [GeneratedRegex(@"^(?<genre>Report|Memorandum|Note|Letter|Telegram|Cable|Statement)\s+(?:of|from|by)\s+(?:the\s+)?(?<org>\p{Lu}.+?)(?:\s+to\s+(?:the\s+)?(?<to>\p{Lu}.+?))?(?<for>\s+for\s+\d{4})?(?:\s+(?:on|about|concerning|regarding)\s+\p{Ll}.*)?$")]
    private static partial Regex ReportOf();

    // "Politburo decree to M. D. Bagirov", "State Defense Committee (GKO) decree no. 9168ss", "Council of Ministers resolution on …"
    [GeneratedRegex(@"^(?<org>\p{Lu}[\p{L}\-'’\.]*(?:\s+(?:[\p{Lu}][\p{L}\-'’\.]*|of|the|for|and|on|de|du))*?)(?:\s*\((?<abbr>[\p{Lu}][\p{L}]{1,7})\))?,?\s+(?<genre>decree|resolution|directive|order|instructions?|memorandum|protocol|minutes|statement|appeal|declaration|communiqu[eé]|ukaz|postanovlenie)\b(?:\s+(?:no\.|No\.|Nr\.)\s*(?<num>[\w\-/]+))?(?:,?\s+to\s+(?:the\s+)?(?<to>[^,]+?))?(?:\s+(?:on|about|concerning|regarding)\s+.+)?$")]
    private static partial Regex OrganizationAndGenre();

    // "CIA, ORE 1", "NSC 68", "JCS 1067": an office and its document's designation.
    [GeneratedRegex(@"^(?<org>[A-Z]{2,6}|\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,4}),\s+(?<num>[A-Z]{2,6}[\s\-]\d[\w\-/]*)$")]
    private static partial Regex OfficeAndDesignation();

    // "Grotewohl's notes on the talks with Chuikov", "Pieck's notes of the meeting"
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}\-]+)['’]s\s+(?<genre>notes|memorandum|report|diary|minutes|record|letter|memoirs|account)\b")]
    private static partial Regex PossessiveDocument();

    // "Interview with Valentin Falin, Hamburg", "Oral history interview with Lucius D. Clay, conducted by Richard D. McKinzie, New York".
    [GeneratedRegex(@"^(?<title>(?:(?:oral[- ]history|author['’]s|personal|telephone|television|radio)\s+)?interview\s+(?:with|of)\s+(?<name>[^,(]+?))(?:,\s*(?:conducted\s+)?by\s+(?<interviewer>[^,]+?))?(?:,\s*(?<place>[\p{Lu}][^,]*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Interview();

    // "memorandum to Molotov, …" after a quoted title
    [GeneratedRegex(@"^(?<genre>(?:[\p{L}\-]+\s){0,2}?(?:memorandum|report|note|letter|telegram|cable|minute|estimate|study|paper))(?:\s+to\s+(?<to>[^,]+))?,\s*", RegexOptions.IgnoreCase)]
    private static partial Regex KindTo();

    // "ORE 18-50, …": a report's designation after its title
    [GeneratedRegex(@"^(?<num>[A-Z]{2,6}[\s\-]\d[\w\-/]*|(?:no\.|No\.)\s*[\w\-/]+|" + CabinetPaper + @"),\s*")]
    private static partial Regex Designation();

    // British Cabinet and Chiefs of Staff papers and the Prime Minister's minutes: "CC(53)29th", "C(53)194", "COS(53)301",
    // "W.M.(43)59th", "CM(48)43", "M.210/53".
    const string CabinetPaper = @"(?:[A-Z]{1,4}|W\.M\.|W\.P\.)\s?\(\d{2}\)\s?\d{1,4}(?:st|nd|rd|th)?(?:\s?\(\w+\))?|M\.\s?\d{1,4}/\d{2}";

    [GeneratedRegex(@",\s*(?<num>" + CabinetPaper + @")$")]
    private static partial Regex TrailingCabinetPaper();

    // "Memorandum by the Acting Foreign Secretary", "Minute by Sir William Strang": the kind of document and its writer.
    [GeneratedRegex(@"^(?<genre>memorandum|minute|note|report|paper|letter|telegram|despatch|dispatch|record)\s+by\s+(?:the\s+)?(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenreBy();

    // "…, telegram 302", "…, despatch no. 123": a letter's kind and number after its addressee.
    [GeneratedRegex(@",?\s+(?<genre>telegram|cable|despatch|dispatch|letter|memorandum|note|airgram|circular|(?:personal\s+)?minute)\s+(?:no\.\s*)?(?<num>[\w\-/\.]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex KindAndNumber();

    // "… on the dissolution of the Cominform": what a letter is about, after its addressee.
    [GeneratedRegex(@"\s+(?:on|about|concerning|regarding|re:)\s+.+$")]
    private static partial Regex Subject();

    // An office named by its acronym: "HICOG Bonn", "CC CPSU", "SCC", "ECA Paris".
    [GeneratedRegex(@"^(?:[A-Z]{2,8}|CC)(?:\s+(?:[A-Z]{2,8}|\p{Lu}\p{Ll}+))*$")]
    private static partial Regex AcronymParty();

    // "Laukhuff memorandum on …": a surname used as the author of a genre word.
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{Ll}\-']+)\s+(?<rest>(?:memorandum|note|report|telegram|letter|minutes)\b.*)$")]
    private static partial Regex SurnameGenre();

    public sealed record Facts
    {
        public string Type { get; init; } = CslType.Manuscript;
        public string? Title { get; init; }
        public IReadOnlyList<CslName>? Author { get; init; }
        public IReadOnlyList<CslName>? Recipient { get; init; }
        public CslDate? Issued { get; init; }
        public string? Genre { get; init; }
        public string? Number { get; init; }
        public string? Note { get; init; }
        public string? TranslatedTitle { get; init; }
        /// <summary>Where an interview took place.</summary>
        public string? Place { get; init; }
        /// <summary>Who asked the questions of an interview.</summary>
        public IReadOnlyList<CslName>? Interviewer { get; init; }
        /// <summary>An abbreviation the description declares for its author: "(KI)".</summary>
        public (string Abbreviation, CslName Name)? DeclaredAuthor { get; init; }
        /// <summary>Where the citation begins in the described text, after prose that leads to it.</summary>
        public int Start { get; init; }
    }

    /// <summary>Reads a description; <paramref name="context"/> expands abbreviations of authors declared earlier ("the KI").</summary>
    public static Facts Parse(string text, DocumentContext? context = null)
    {
        string t = text.Trim().TrimEnd(Punctuation.PeriodCommaSemicolon).Trim();
        var facts = new Facts();
        if (t.Length == 0) return facts;
        int start = text.Length - text.TrimStart().Length;

        // Commentary before the description: keep the last sentence; one that hands over ("… is in the") leaves nothing.
        var sentences = SentenceBreak().Split(t);
        if (sentences.Length > 1 && Prose.IsProse(string.Join(" ", sentences[..^1])))
        {
            string lastSentence = sentences[^1];
            start = text.IndexOf(lastSentence, StringComparison.Ordinal);
            t = lastSentence;
        }
        if (Prose.IsProse(t) && HandoverAtEnd().IsMatch(t))
            return facts with { Start = text.Length };

        // A quoted title: "\"Interview between …,\" Press Reading Bureau, …", "press survey, \"More Rumors …,\" Oct. 8, 1943",
        // "One of the best contemporary assessments is Arnold Wolfers, \"Soviet Policy toward Germany,\"".
        string? quotedTitle = null;
        IReadOnlyList<CslName>? quotedAuthor = null;
        string? leadGenre = null;
        IReadOnlyList<CslName>? leadRecipient = null;
        var q = QuotedTitle().Match(t);
        if (q.Success)
        {
            string lead = q.Groups["lead"].Value.Trim().TrimEnd(',').Trim();
            if (lead.Length > 0)
            {
                if (Names.ParseList(lead, allowInstitutions: false, allowSingleWord: true) is { } names) quotedAuthor = names;
                else if (Names.Trailing(lead) is { } trailing)
                {
                    quotedAuthor = trailing.Names;
                    start += t.IndexOf(lead, StringComparison.Ordinal) + trailing.Start;
                }
                else if (GenrePhrase().Match(lead) is { Success: true } g && g.Length >= lead.Length - 1) leadGenre = GenreName(g.Groups["genre"].Value);
                else if (GenreBy().Match(lead) is { Success: true } gb)
                {
                    leadGenre = gb.Groups["genre"].Value.ToLowerInvariant();
                    if (Names.ParseOne(gb.Groups["who"].Value, allowInstitutions: false) is { } writer) quotedAuthor = [writer];
                }
                else if (OrganizationAndGenre().Match(lead) is { Success: true } og && !Names.LooksLikePerson(og.Groups["org"].Value.Trim()))
                {
                    // "State Defense Committee (GKO) decree no. 9168ss, \"…\"": the office, the kind and number, then the title.
                    quotedAuthor = [CslName.Institution(og.Groups["org"].Value.Trim())];
                    leadGenre = og.Groups["genre"].Value.ToLowerInvariant();
                    if (og.Groups["num"].Success) facts = facts with { Number = og.Groups["num"].Value };
                    if (og.Groups["to"].Success && ParseParties(og.Groups["to"].Value) is { } to) leadRecipient = to;
                }
                else if (Names.LooksLikeInstitution(lead) && !lead.Contains(" to ", StringComparison.Ordinal))
                {
                    // "Joint Chiefs of Staff, \"Berlin Airlift\"", "Intelligence Division, General Staff, U.S. Army, \"…\"".
                    quotedAuthor = [CslName.Institution(lead)];
                }
                else if (OfficeAndDesignation().Match(lead) is { Success: true } od)
                {
                    // "CIA, ORE 1, \"Soviet Foreign and Military Policy\"".
                    quotedAuthor = [CslName.Institution(od.Groups["org"].Value)];
                    facts = facts with { Number = od.Groups["num"].Value };
                }
                else if (GenreFromTo().Match(lead) is { Success: true } kind)
                {
                    // "Memorandum from Bundy to Johnson", "Memorandum for the President": the kind, its writer and addressee.
                    leadGenre = kind.Groups["genre"].Value.ToLowerInvariant();
                    if (kind.Groups["from"].Success && ParseParties(kind.Groups["from"].Value) is { } writers) quotedAuthor = writers;
                    if (kind.Groups["to"].Success && ParseParties(kind.Groups["to"].Value) is { } addressees) leadRecipient = addressees;
                }
                else if (Letter().Match(lead) is { Success: true } letterLead && ParseParties(letterLead.Groups["from"].Value) is { } senders
                         && ParseParties(letterLead.Groups["to"].Value) is { } recipients)
                {
                    // "Brzezinski to Carter, \"Reflections on Soviet Intervention in Afghanistan,\"": a letter with its title.
                    quotedAuthor = senders;
                    leadRecipient = recipients;
                    facts = facts with { Type = CslType.PersonalCommunication };
                }
                else lead = "";
            }
            if (lead.Length > 0 || q.Groups["lead"].Length == 0)
            {
                quotedTitle = q.Groups["title"].Value.Trim().TrimEnd(',');
                t = q.Groups["rest"].Value.Trim();
            }
        }
        // Between a quoted title and its date: "[Translation]", "memorandum to Molotov", "ORE 18-50".
        string? afterQuoteGenre = null, afterQuoteNumber = null;
        IReadOnlyList<CslName>? afterQuoteRecipient = null;
        if (quotedTitle is not null)
        {
            var bracket = BracketedTranslation().Match(t);
            if (bracket.Success)
            {
                facts = facts with { TranslatedTitle = bracket.Groups["tr"].Value.Trim() };
                t = bracket.Groups["rest"].Value.Trim();
            }
            var kindTo = KindTo().Match(t);
            if (kindTo.Success)
            {
                afterQuoteGenre = kindTo.Groups["genre"].Value.ToLowerInvariant();
                if (kindTo.Groups["to"].Success) afterQuoteRecipient = ParseParties(kindTo.Groups["to"].Value);
                t = t[kindTo.Length..].Trim();
            }
            var designation = Designation().Match(t);
            if (designation.Success)
            {
                afterQuoteNumber = designation.Groups["num"].Value;
                t = t[designation.Length..].Trim();
            }
        }

        // "… enclosed in A. J. Drexel Biddle to Secretary of State, June 26, 1943": the date is the covering letter's.
        var enclosed = Enclosure().Match(t);
        if (quotedTitle is not null && enclosed.Success)
            return facts with { Title = quotedTitle, Author = quotedAuthor, Note = t, Start = start };

        // The date ends the description proper; what follows it says who wrote it, or comments.
        var dates = Dates.FindAll(t).Where(d => d.Date.DateParts is [{ Count: > 1 }, ..] || IsStandaloneYear(t, d)).ToList();
        var date = dates.FirstOrDefault();
        string head = date is null ? t : t[..date.Start].Trim().TrimEnd(Punctuation.CommaSemicolon).Trim();
        string tail = date is null ? "" : t[date.End..].Trim().TrimStart(',').Trim();
        if (date is not null && DateWordAtEnd().IsMatch(head))
            head = DateWordWithSeparator().Replace(head, "").Trim();
        facts = facts with { Issued = date?.Date };

        // After the date, a translation in brackets: "…, 26 November 1956 [Policies of the SED …]".
        var trailingTranslation = BracketedTranslation().Match(tail);
        if (trailingTranslation.Success)
        {
            facts = facts with { TranslatedTitle = trailingTranslation.Groups["tr"].Value.Trim() };
            tail = trailingTranslation.Groups["rest"].Value.Trim();
        }

        // "Title [Translation]" or "Title (Translation)".
        var translation = TitleWithTranslation().Match(head);
        if (translation.Success && !head.Contains(" to "))
        {
            facts = facts with { TranslatedTitle = translation.Groups["tr"].Value.Trim() };
            head = translation.Groups["title"].Value.Trim();
        }

        var interview = Interview().Match(head);
        if (interview.Success && Names.ParseOne(interview.Groups["name"].Value, allowInstitutions: false) is { } interviewee)
            return facts with
            {
                Type = CslType.Interview,
                Title = interview.Groups["title"].Value.Trim(),
                Author = [interviewee],
                Interviewer = interview.Groups["interviewer"].Success && Names.ParseOne(interview.Groups["interviewer"].Value.Trim(), allowInstitutions: false) is { } by ? [by] : null,
                Place = interview.Groups["place"].Success ? interview.Groups["place"].Value.Trim() : null,
                Start = start,
            };

        var letter = Letter().Match(head);
        if (letter.Success && !GenreStart().IsMatch(head) && !OrganizationAndGenre().IsMatch(head))
        {
            // "Murray to Byrnes, telegram 302": the kind and number of the letter follow its addressee.
            string to = letter.Groups["to"].Value;
            string? kind = null, kindNumber = null;
            var kn = KindAndNumber().Match(to);
            if (kn.Success)
            {
                kind = kn.Groups["genre"].Value.ToLowerInvariant();
                kindNumber = kn.Groups["num"].Value;
                to = to[..kn.Index];
            }
            string letterTitle = kn.Success ? head[..(head.Length - kn.Length)].TrimEnd(',', ' ') : head;
            var senders = ParseParties(letter.Groups["from"].Value);
            var recipients = ParseParties(Subject().Replace(to, ""));
            if (senders is not null && recipients is not null)
                return facts with
                {
                    Type = CslType.PersonalCommunication,
                    Title = quotedTitle ?? letterTitle,
                    Author = senders,
                    Recipient = recipients,
                    Genre = kind,
                    Number = kindNumber,
                    Start = start,
                };
        }

        // "Cabinet conclusions, CC(53)29th": the paper's number is not part of its title.
        string? cabinetNumber = null;
        if (TrailingCabinetPaper().Match(head) is { Success: true } paper)
        {
            cabinetNumber = paper.Groups["num"].Value;
            head = head[..paper.Index].Trim();
        }
        string? title = head.Length == 0 ? null : head;
        string? genre0 = null;
        IReadOnlyList<CslName>? author = null;
        IReadOnlyList<CslName>? recipient = null;
        (string, CslName)? declared = null;
        string? note = null;

        if (title is not null)
        {
            var nameTitle = NameThenTitle().Match(title);
            var surnameGenre = SurnameGenre().Match(title);
            var diary = DiaryOf().Match(title);
            var reportOf = ReportOf().Match(title);
            var orgGenre = OrganizationAndGenre().Match(title);
            var possessive = PossessiveDocument().Match(title);
            int comma = title.IndexOf(", ", StringComparison.Ordinal);
            bool personFirst = comma > 0 && Names.ParseOne(title[..comma], allowInstitutions: false, allowSingleWord: true) is not null && char.IsLower(title[comma + 2])
                || SurnameGenre().IsMatch(title);
            if (orgGenre.Success && !personFirst && !Names.LooksLikePerson(orgGenre.Groups["org"].Value.Trim(), allowSingleWord: false))
            {
                // An office issued it: the office is the author, the whole description the title.
                author = [CslName.Institution(orgGenre.Groups["org"].Value.Trim())];
                genre0 = orgGenre.Groups["genre"].Value.ToLowerInvariant();
                if (orgGenre.Groups["num"].Success) facts = facts with { Number = orgGenre.Groups["num"].Value };
                if (orgGenre.Groups["to"].Success && ParseParties(orgGenre.Groups["to"].Value) is { } to) recipient = to;
            }
            else if (nameTitle.Success && Names.LooksLikePerson(nameTitle.Groups["name"].Value))
            {
                author = [Names.Person(nameTitle.Groups["name"].Value)];
                title = nameTitle.Groups["rest"].Value;
            }
            else if (comma > 0 && char.IsLower(title[comma + 2]) && Names.LooksLikeInstitution(title[..comma])
                     && !Number().IsMatch(title[(comma + 2)..]) && !GenrePhrase().IsMatch(title[..comma]))
            {
                // "State Committee for Foreign Economic Relations, report on the Aswan High Dam": the office, then the document.
                author = [CslName.Institution(title[..comma])];
                title = title[(comma + 2)..];
            }
            else if (comma > 0 && Names.ParseOne(title[..comma], allowInstitutions: false, allowSingleWord: true) is { } person
                     && char.IsLower(title[comma + 2]))
            {
                // "Rudolf Likus, note" / "Wellington, memorandum on conversation …": author, then the document.
                author = [person];
                title = title[(comma + 2)..];
            }
            else if (surnameGenre.Success)
            {
                author = [CslName.Person(surnameGenre.Groups["name"].Value)];
                title = surnameGenre.Groups["rest"].Value;
            }
            else if (diary.Success)
                author = [Names.Person(diary.Groups["name"].Value)];
            else if (reportOf.Success)
            {
                author = [CslName.Institution(reportOf.Groups["org"].Value)];
                genre0 = reportOf.Groups["genre"].Value.ToLowerInvariant();
                if (reportOf.Groups["to"].Success) recipient = [CslName.Institution(reportOf.Groups["to"].Value)];
                // "… for 1958" is the period reported on, not the report's date.
                if (reportOf.Groups["for"].Success)
                    facts = facts with { Issued = date is not null && date.Date.DateParts is [{ Count: > 1 }, ..] ? date.Date : null };
            }
            else if (possessive.Success)
            {
                author = [CslName.Person(possessive.Groups["name"].Value)];
                genre0 = possessive.Groups["genre"].Value.ToLowerInvariant();
            }
            var by = ByName().Match(title);
            if (author is null && by.Success && Names.LooksLikePerson(by.Groups["name"].Value))
                author = [Names.Person(by.Groups["name"].Value)];
        }

        // After the date: "A report of the KI", "(A. Smirnov took part in the conversation)".
        string? genre = genre0;
        if (tail.Length > 0)
        {
            var byLine = ByLine().Match(tail);
            if (byLine.Success)
            {
                genre = byLine.Groups["genre"].Value.ToLowerInvariant();
                (author, declared) = Institution(byLine.Groups["author"].Value, context);
                if (byLine.Groups["recipient"].Success)
                    recipient = [CslName.Institution(byLine.Groups["recipient"].Value.Trim())];
            }
            else if (tail.StartsWith('(') && tail.EndsWith(')'))
                note = tail[1..^1].Trim();
        }

        if (title is not null)
        {
            var g = GenrePhrase().Match(title);
            if (genre is null && g.Success)
            {
                genre = GenreName(g.Groups["genre"].Value);
                // A Soviet "zapis' besedy" is a record of conversation, not a "record".
                if (genre == "record" && title[(g.Index + g.Length)..].TrimStart().StartsWith("of conversation", StringComparison.OrdinalIgnoreCase))
                    genre = "record of conversation";
            }
            var n = Number().Match(title);
            if (n.Success) facts = facts with { Number = n.Groups["num"].Value.Trim() };
        }
        return facts with
        {
            Title = quotedTitle ?? title,
            Author = quotedAuthor ?? author,
            Start = start,
            Recipient = afterQuoteRecipient ?? leadRecipient ?? recipient,
            Genre = leadGenre ?? afterQuoteGenre ?? genre,
            Number = afterQuoteNumber ?? cabinetNumber ?? facts.Number,
            Note = note,
            DeclaredAuthor = declared,
        };
    }

    [GeneratedRegex(@"^(?:note|memorandum|memo|report|minutes|summary|record|statement|telegram|cable|diary|transcript)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GenreStart();

    static bool IsStandaloneYear(string t, DateMatch d) =>
        // "…, 1943" as a date of its own, not "for 1958" or a year inside a title.
        d.Start >= 2 && t[..d.Start].TrimEnd().EndsWith(',') && d.End >= t.TrimEnd().Length - 1;

    /// <summary>"Committee of Information (KI) at the Ministry of …" → the institution, and "KI" declared for it; "KI" → what it stands for.</summary>
    static (IReadOnlyList<CslName>, (string, CslName)?) Institution(string text, DocumentContext? context)
    {
        string t = text.Trim();
        var expansion = context?.Lookup(t);
        if (expansion?.Author is [var known]) return ([known], null);
        var abbr = AbbreviationInParentheses().Match(t);
        if (abbr.Success)
        {
            var name = CslName.Institution(Clean.Spaces(t.Remove(abbr.Index, abbr.Length)).Trim());
            return ([name], (abbr.Groups["abbr"].Value, name));
        }
        return ([CslName.Institution(t)], null);
    }

    /// <summary>A letter's writer or addressee: a person ("Herschel Johnson, Stockholm" → Johnson), or an office kept whole ("British Embassy, Bern").</summary>
    /// <summary>Writers or addressees: "Semenov, Sokolovskii and Iudin", "Molotov and Bulganin", or one party.</summary>
    static IReadOnlyList<CslName>? ParseParties(string text)
    {
        string t = Names.Clean(text.Trim().TrimEnd(',').Trim());
        if (ParseParty(t) is { } one) return [one];
        var parts = PartySeparator().Split(t);
        if (parts.Length < 2) return null;
        var names = new List<CslName>();
        foreach (string part in parts)
        {
            if (Names.LooksLikePerson(part.Trim(), allowSingleWord: true)) names.Add(Names.Person(part.Trim()));
            else return null;
        }
        return names;
    }

    [GeneratedRegex(@",\s*(?:and\s+)?|\s+and\s+")]
    private static partial Regex PartySeparator();

    static CslName? ParseParty(string text)
    {
        string t = Names.Clean(text.Trim().TrimEnd(',').Trim());
        if (t.StartsWith("the ", StringComparison.Ordinal)) t = t[4..];
        int comma = t.IndexOf(", ", StringComparison.Ordinal);
        string head = comma > 0 ? t[..comma] : t;
        if (Names.LooksLikePerson(head, allowSingleWord: true) && !Names.LooksLikeInstitution(head)) return Names.Person(head);
        if (AcronymParty().IsMatch(t)) return CslName.Institution(t);
        // An office: "German foreign office", "Secretary of State", "British Embassy, Bern".
        bool office = OfficeWord().IsMatch(t);
        if (office && t.Length <= 80 && char.IsUpper(t[0]) && t.Split(' ').Length <= 8 && !Dates.FindAll(t).Any()) return CslName.Institution(t);
        return null;
    }

    /// <summary>The kind of document, lower-cased unless it starts with a proper name ("OSS report", "Navy intelligence report").</summary>
    static string GenreName(string phrase)
    {
        string g = phrase.Trim();
        string firstWord = g.Split(' ')[0];
        bool proper = firstWord.All(char.IsUpper) || firstWord is "Navy" or "London" or "Polish" or "British" or "Soviet" or "German" or "American" or "Army";
        if (!proper && char.IsUpper(g[0])) g = char.ToLowerInvariant(g[0]) + g[1..];
        return g;
    }
}
