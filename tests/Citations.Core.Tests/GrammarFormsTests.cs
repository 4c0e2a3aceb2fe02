using Citations.Core.Model;
using Citations.Core.Notes;
using Citations.Core.Pipeline;

namespace Citations.Core.Tests;

/// <summary>
/// Citation forms met in the development sets, each read in the context of a short document, as regression cases:
/// the grammar must keep reading them the way the gold sets do.
/// </summary>
public class GrammarFormsTests
{
    static IReadOnlyList<ParsedNote> Parse(params string[] notes) =>
        new NoteParser().Parse(notes.Select((text, i) => new Note { Number = i + 1, Text = text }).ToList()).Notes;

    static Citation Only(ParsedNote note) => Assert.Single(note.Citations);

    [Fact]
    public void Library_of_Congress_with_its_division()
    {
        var c = Only(Parse("LeMay to Vandenberg, July 14, 1948, Hoyt S. Vandenberg Papers, Box 32, Manuscript Division, Library of Congress, Washington, DC.")[0]);
        Assert.Equal("Manuscript Division, Library of Congress", c.Item.Archive);
        Assert.Equal("Library of Congress", c.Item.Archival?.RepositoryCanonical);
        Assert.Equal("Hoyt S. Vandenberg Papers", c.Item.Archival?.Collection);
        Assert.Equal("32", c.Item.Archival?.Box);
        Assert.Equal("Washington, DC", c.Item.ArchivePlace);
    }

    [Fact]
    public void Decimal_file_with_a_subject_and_Ibid_with_another_file()
    {
        var notes = Parse(
            "Douglas to Secretary of State, July 3, 1948, RG 59, Decimal File 1945–49, 740.00119 Control (Germany)/7-348, NARA.",
            "Ibid., 740.00119 Control (Germany)/7-648.");
        Assert.Equal("740.00119 Control (Germany)/7-348", Only(notes[0]).Item.Archival?.DecimalFile);
        var ibid = Only(notes[1]);
        Assert.Equal("740.00119 Control (Germany)/7-648", ibid.Item.Archival?.DecimalFile);
        Assert.Equal("59", ibid.Item.Archival?.RecordGroup);
        Assert.Equal(Position.First, ibid.Position);
    }

    [Fact]
    public void Cross_references_above_and_in_German()
    {
        var notes = new List<string>();
        for (int i = 1; i <= 13; i++) notes.Add($"John Smith{i}, *Title {i}* (New York: Knopf, 1990), 5.");
        notes.Add("See above, nn. 5 and 13.");
        notes.Add("Vgl. Anm. 7.");
        var parsed = Parse([.. notes]);
        Assert.Equal(["5:1", "13:1"], parsed[13].Citations.Select(c => c.RefersTo.ToString()));
        Assert.Equal("7:1", Only(parsed[14]).RefersTo.ToString());
    }

    [Fact]
    public void Op_cit_with_a_volume_or_a_short_title_and_passim()
    {
        var notes = Parse(
            "E. L. Woodward, *British Foreign Policy in the Second World War*, vol. III (London: HMSO, 1971), p. 12.",
            "Rozek, loc. cit.; Woodward, op. cit., Vol. III, p. 640.",
            "Carley, op. cit., passim.");
        var woodward = notes[1].Citations[1];
        Assert.Equal("640", woodward.Locator);
        Assert.Equal("1:1", woodward.RefersTo.ToString());
        Assert.Equal("passim", Only(notes[2]).Locator);
    }

    [Fact]
    public void British_short_forms_without_italics_and_idem()
    {
        var notes = Parse(
            "A. B. Ulam, *Titoism and the Cominform* (Cambridge, MA: Harvard University Press, 1952), p. 20.",
            "Ulam, Titoism and the Cominform, p. 143; idem, Expansion and Coexistence, pp. 230–35.");
        var (first, second) = (notes[1].Citations[0], notes[1].Citations[1]);
        Assert.Equal("1:1", first.RefersTo.ToString());
        Assert.Equal("143", first.Locator);
        Assert.Equal("Ulam", second.Item.Author?[0].Family);
        Assert.Equal("230-35", second.Locator);
    }

    [Fact]
    public void Frus_as_its_editors_cite_it_and_documents_of_the_volume()
    {
        var notes = Parse(
            "NSC 141 of January 19, 1953, is printed in Foreign Relations, 1952–1954, vol. II, Part 1, p. 209.",
            "Regarding the exchange of messages between the President and Prime Minister Churchill, see Documents 575 and 576.",
            "The confidential message is Document 26.");
        var frus = Only(notes[0]);
        Assert.Equal("II, pt. 1", frus.Item.Volume);
        Assert.Equal("frus1952-54v02p1", frus.Item.Custom?.Identifiers?.Frus);
        Assert.Equal("209", frus.Locator);
        Assert.Equal(["575", "576"], notes[1].Citations.Select(c => c.Item.Number!));
        Assert.Empty(notes[2].Citations); // telling the reader what a document is does not cite it
    }

    [Fact]
    public void Frus_diplomatic_papers_and_a_declaration_after_the_pages()
    {
        var notes = Parse(
            "Harriman to Hull, 15 August 1944, Foreign Relations of the United States: Diplomatic Papers, 1944, Vol. III, The British Commonwealth and Europe (Washington, 1965), pp. 1374–6.",
            "Jessup memorandum, 25 June 1950, *Foreign Relations of the United States, 1950*, vol. VII, *Korea* (Washington, DC: Government Printing Office, 1976), 157–61 (hereafter *FRUS 1950*, VII).");
        var papers = Only(notes[0]);
        Assert.Equal(("frus1944v03", "1374-6"), (papers.Item.Custom?.Identifiers?.Frus, papers.Locator));
        Assert.Equal("157-61", Only(notes[1]).Locator);
    }

    [Fact]
    public void Periodicals_known_by_name_without_italics()
    {
        var notes = Parse(
            "Newsweek, 14 January 1980, 20–25; Time, 7 January 1980, 10–12.",
            "For a translation, see Current Digest of the Soviet Press, vol. V, No. 8, April 4, 1953, pp. 3–6.",
            "Kardelj's account of the meeting of 10 February 1948, Istochnik, 1995, no. 3, pp. 126–31.");
        Assert.Equal(["Newsweek", "Time"], notes[0].Citations.Select(c => c.Item.ContainerTitle!));
        Assert.All(notes[0].Citations, c => Assert.Equal(CslType.ArticleMagazine, c.Item.Type));
        var digest = Only(notes[1]);
        Assert.Equal(("Current Digest of the Soviet Press", "V", "8"), (digest.Item.ContainerTitle, digest.Item.Volume, digest.Item.Issue));
        var istochnik = Only(notes[2]);
        Assert.Equal("Kardelj's account of the meeting of 10 February 1948", istochnik.Part);
        Assert.Equal("3", istochnik.Item.Issue);
    }

    [Fact]
    public void Interviews_with_their_repository()
    {
        var notes = Parse(
            "Memorandum, June 28, 1948, Box 220, Harry S. Truman Library, Independence, MO (hereafter HSTL).",
            "Oral history interview with Lucius D. Clay, conducted by Richard D. McKinzie, New York, July 16, 1974, HSTL, 27–29.",
            "Author's interview with Milovan Djilas, Belgrade, 3 October 1991 (author's archive).");
        var clay = Only(notes[1]);
        Assert.Equal(CslType.Interview, clay.Item.Type);
        Assert.Equal("Clay", clay.Item.Author?[0].Family);
        Assert.Equal("McKinzie", clay.Item.Interviewer?[0].Family);
        Assert.Equal("Harry S. Truman Library", clay.Item.Archive);
        Assert.Equal("27-29", clay.Locator);
        Assert.Equal("author's archive", Only(notes[2]).Item.Note);
    }

    [Fact]
    public void Archives_of_Britain_France_Germany_and_the_CIA()
    {
        var notes = Parse(
            "Draft of a letter to Eisenhower, 9 July 1954, Churchill Papers, CHUR 2/217, Churchill Archives Centre, Cambridge.",
            "Macmillan diary, 9 July 1954, Bodleian Library, Oxford, MS. Macmillan dep. d. 16.",
            "Rapport de l'attaché militaire à Moscou, 15 mars 1936, Service historique de la Défense, Vincennes (ci-après SHD), 7 N 3186.",
            "Aufzeichnung von Eckardts, 10.9.1955, Politisches Archiv des Auswärtigen Amts, Berlin (im Folgenden: PA AA), B 2, Bd. 87, Bl. 14–22.",
            "Dulles's briefing notes for the meeting are in Central Intelligence Agency, DCI Files, Job 80-R01731R, Box 3.",
            "Ciechanowski to the Polish Foreign Ministry, 3 March 1944, Poland. Ambasada (U.S.) Records, Box 32, Hoover Institution on War, Revolution and Peace, Stanford, Calif.");
        Assert.Equal(("CHUR 2", "217"), (Only(notes[0]).Item.Archival?.Series, Only(notes[0]).Item.Archival?.Piece));
        Assert.Equal("MS. Macmillan dep. d. 16", Only(notes[1]).Item.Archival?.File);
        Assert.Equal(("7 N", "3186"), (Only(notes[2]).Item.Archival?.Series, Only(notes[2]).Item.Archival?.Box));
        var german = Only(notes[3]);
        Assert.Equal(("B 2", "87", "14-22"), (german.Item.Archival?.Series, german.Item.Archival?.Piece, german.Locator));
        var cia = Only(notes[4]);
        Assert.Null(cia.Item.Title); // the sentence says where the notes are, not what they are called
        Assert.Equal(("Central Intelligence Agency", "Job 80-R01731R", "3"), (cia.Item.Archive, cia.Item.Archival?.File, cia.Item.Archival?.Box));
        var hoover = Only(notes[5]);
        Assert.Equal("Hoover Institution on War, Revolution and Peace", hoover.Item.Archive);
        Assert.Equal("Stanford, Calif.", hoover.Item.ArchivePlace);
    }

    [Fact]
    public void Two_declarations_in_one_citation()
    {
        var notes = Parse(
            "Memorandum for the President, \"The Berlin Situation,\" June 28, 1948, President's Secretary's Files (hereafter PSF), Subject File, Box 220, Harry S. Truman Library, Independence, MO (hereafter HSTL).",
            "Minutes of the 16th meeting of the National Security Council, July 22, 1948, PSF, NSC Meetings, Box 220, HSTL.");
        var first = Only(notes[0]);
        Assert.Equal(("The Berlin Situation", "memorandum"), (first.Item.Title, first.Item.Genre));
        Assert.Equal(("President's Secretary's Files", "Subject File"), (first.Item.Archival?.Collection, first.Item.Archival?.SeriesTitle));
        var second = Only(notes[1]);
        Assert.Equal("Harry S. Truman Library", second.Item.Archive);
        Assert.Equal(("President's Secretary's Files", "NSC Meetings"), (second.Item.ArchiveCollection, second.Item.Archival?.SeriesTitle));
    }

    [Fact]
    public void European_books_theses_reprints_and_titles_with_full_stops()
    {
        var notes = Parse(
            "Stefan Karner, Im Archipel GUPVI. Kriegsgefangenschaft und Internierung in der Sowjetunion 1941–1956, Wien/München 1995, S. 219.",
            "S. Dullin, Diplomates et diplomatie soviétiques en Europe (1930-1939), thèse de doctorat, Université Paris I, 1998, p. 410.",
            "I. Deutscher, Stalin: A Political Biography (1949; repr., Harmondsworth: Penguin, 1966), p. 580.",
            "Boris Meissner (Hrsg.), Moskau–Bonn. Die Beziehungen zwischen der Sowjetunion und der Bundesrepublik Deutschland 1955–1973. Dokumentation, Bd. 1, Köln 1975, Dok. 12, S. 85–90.");
        Assert.Equal("Im Archipel GUPVI. Kriegsgefangenschaft und Internierung in der Sowjetunion 1941–1956", Only(notes[0]).Item.Title);
        var thesis = Only(notes[1]);
        Assert.Equal((CslType.Thesis, "Université Paris I"), (thesis.Item.Type, thesis.Item.Publisher));
        Assert.Equal(1949, Only(notes[2]).Item.OriginalDate?.Year);
        var edition = Only(notes[3]);
        Assert.Equal("Meissner", edition.Item.Editor?[0].Family);
        Assert.Equal(("Dok. 12", "85-90"), (edition.Part, edition.Locator));
    }

    [Fact]
    public void British_imprints_part_place_and_publisher_by_a_comma()
    {
        var notes = Parse(
            "I. Banac, *With Stalin against Tito* (Ithaca, NY, Cornell University Press, 1988), p. 12.",
            "E. L. Woodward, *British Foreign Policy in the Second World War* (London, HMSO, 1971), p. 3.",
            "*Documents on Germany, 1944–1985* (Washington, DC, 1986), p. 9.");
        Assert.Equal(("Ithaca, NY", "Cornell University Press"), (Only(notes[0]).Item.PublisherPlace, Only(notes[0]).Item.Publisher));
        Assert.Equal(("London", "HMSO"), (Only(notes[1]).Item.PublisherPlace, Only(notes[1]).Item.Publisher));
        Assert.Equal(("Washington, DC", null), (Only(notes[2]).Item.PublisherPlace, Only(notes[2]).Item.Publisher));
    }

    [Fact]
    public void Ibid_with_another_document_of_the_edition_and_commentary_after_a_semicolon()
    {
        var notes = Parse(
            "Boris Meissner (Hrsg.), Moskau–Bonn, Bd. 1, Köln 1975, Dok. 12, S. 85–90.",
            "Ebd., Dok. 14, S. 95.",
            "Mark Kramer, *Soviet Deliberations* (Washington, DC: Wilson Center, 1996), 12.",
            "On the crisis see n. 1 above; on the Soviet position, Kramer, *Soviet Deliberations*, 20.");
        var ibid = Only(notes[1]);
        Assert.Equal(("Dok. 14", "95", "1:1"), (ibid.Part, ibid.Locator, ibid.RefersTo.ToString()));
        var shortForm = notes[3].Citations[1];
        Assert.Equal(("3:1", "20"), (shortForm.RefersTo.ToString(), shortForm.Locator));
    }

    [Fact]
    public void Commentary_before_see_is_the_signal_not_the_title()
    {
        var c = Only(Parse("For the older literature see A. B. Ulam, Titoism and the Cominform, Cambridge, MA, Harvard University Press, 1952.")[0]);
        Assert.Equal("Titoism and the Cominform", c.Item.Title);
        Assert.Equal("see", c.Prefix);
    }
}
