#!/usr/bin/env python3
"""Builds corpus.json: realistic CSL-JSON references of diplomatic and Soviet/Cold War history
(books, multi-volume works, edited and translated volumes, chapters, articles, newspaper items,
theses, papers, reports, archival documents in Russian, US and British archives, letters, FRUS
volumes, transliterated Russian titles, particles, institutions) and a sequence of footnotes with
locators that exercises first, subsequent and ibid positions. Deterministic; rerun to regenerate."""
import json, random

random.seed(1943)
P = lambda family, given: {"family": family, "given": given}
people = [P("Gaddis", "John Lewis"), P("Zubok", "Vladislav M."), P("Leffler", "Melvyn P."), P("Westad", "Odd Arne"),
          P("Haslam", "Jonathan"), P("Kennan", "George F."), P("Mastny", "Vojtech"), P("Roberts", "Geoffrey"),
          P("Fursenko", "Aleksandr"), P("Naftali", "Timothy"), P("Pechatnov", "Vladimir O."), P("Taubman", "William"),
          P("Khlevniuk", "Oleg V."), P("Gorlizki", "Yoram"), P("Kotkin", "Stephen"), P("Applebaum", "Anne"),
          P("Trachtenberg", "Marc"), P("Hogan", "Michael J."), P("Kimball", "Warren F."), P("Reynolds", "David"),
          P("Judt", "Tony"), P("Hobsbawm", "Eric"), P("Fitzpatrick", "Sheila"), P("Suny", "Ronald Grigor"),
          P("Radchenko", "Sergey"), P("Chen", "Jian"), P("Lüthi", "Lorenz M."), P("Sheng", "Michael M."),
          P("Costigliola", "Frank"), P("Plokhy", "Serhii")]
particles = [{"family": "Gaulle", "given": "Charles", "non-dropping-particle": "de"},
             {"family": "Weizsäcker", "given": "Richard", "dropping-particle": "von"},
             {"family": "Tocqueville", "given": "Alexis", "dropping-particle": "de"},
             {"family": "Hoover", "given": "Herbert", "suffix": "Jr."},
             {"family": "Bonnet", "given": "Georges", "non-dropping-particle": "de"},
             {"family": "Papen", "given": "Franz", "dropping-particle": "von"}]
translators = [P("Pevear", "Richard"), P("Volokhonsky", "Larissa"), P("Glenny", "Michael"), P("Hayward", "Max")]
editors = [P("Leffler", "Melvyn P."), P("Westad", "Odd Arne"), P("Painter", "David S."), P("Kramer", "Mark"), P("Ostermann", "Christian F.")]
institutions = [{"literal": "United States Department of State"}, {"literal": "Central Intelligence Agency"},
                {"literal": "Foreign Office"}, {"literal": "Institut für Zeitgeschichte"}, {"literal": "Council on Foreign Relations"}]
publishers = [("Oxford University Press", "Oxford"), ("Cambridge University Press", "Cambridge"), ("Yale University Press", "New Haven, CT"),
              ("University of North Carolina Press", "Chapel Hill"), ("Princeton University Press", "Princeton, NJ"),
              ("Harvard University Press", "Cambridge, MA"), ("Stanford University Press", "Stanford, CA"), ("W. W. Norton", "New York"),
              ("Penguin", "London"), ("Nauka", "Moscow"), ("ROSSPEN", "Moscow"), ("Mezhdunarodnye otnosheniia", "Moscow")]
titles = ["The Cold War: A New History", "A Failed Empire: The Soviet Union in the Cold War from Stalin to Gorbachev",
          "For the Soul of Mankind: The United States, the Soviet Union, and the Cold War", "The Global Cold War: Third World Interventions and the Making of Our Times",
          "Russia's Cold War: From the October Revolution to the Fall of the Wall", "Stalin's Wars: From World War to Cold War, 1939–1953",
          "Khrushchev's Cold War: The Inside Story of an American Adversary", "Cold Peace: Stalin and the Soviet Ruling Circle, 1945–1953",
          "A Constructed Peace: The Making of the European Settlement, 1945–1963", "The Marshall Plan: America, Britain, and the Reconstruction of Western Europe",
          "Iron Curtain: The Crushing of Eastern Europe, 1944–1956", "Postwar: A History of Europe since 1945",
          "The Sino-Soviet Split: Cold War in the Communist World", "Mao's China and the Cold War", "Roosevelt's Lost Alliances: How Personal Politics Helped Start the Cold War",
          "Yalta: The Price of Peace", "The Last Empire: The Final Days of the Soviet Union", "Stalin: Waiting for Hitler, 1929–1941",
          "Master of the House: Stalin and His Inner Circle", "Tear Down This Myth: How the Reagan Legacy Has Distorted Our Politics"]
ru_titles = [("Sovetskii Soiuz i kholodnaia voina", "The Soviet Union and the Cold War"), ("Vneshniaia politika SSSR, 1945–1953", "Soviet Foreign Policy, 1945–1953"),
             ("Stalin i kholodnaia voina", "Stalin and the Cold War"), ("Politbiuro TsK VKP(b) i Sovet Ministrov SSSR, 1945–1953", "The Politburo and the Council of Ministers, 1945–1953"),
             ("Prezidium TsK KPSS, 1954–1964: Chernovye protokol'nye zapisi zasedanii", "The Presidium of the CC CPSU, 1954–1964: Draft Minutes"),
             ("Sovetsko-amerikanskie otnosheniia, 1945–1948", "Soviet-American Relations, 1945–1948")]
journals = [("Diplomatic History", "21"), ("Cold War History", "4"), ("Journal of Cold War Studies", "7"), ("International Security", "15"),
            ("Europe-Asia Studies", "52"), ("Kritika: Explorations in Russian and Eurasian History", "9"), ("Slavic Review", "60"),
            ("Voprosy istorii", "3"), ("Novaia i noveishaia istoriia", "5"), ("The Journal of Modern History", "70"), ("The American Historical Review", "105")]
newspapers = ["New York Times", "Pravda", "Izvestiia", "The Times", "Washington Post", "Manchester Guardian", "Le Monde"]
magazines = ["Foreign Affairs", "Time", "The New Yorker", "Life"]
months = list(range(1, 13))

items, n = [], 0
def add(item):
    global n
    n += 1
    item["id"] = f"ref{n:03d}"
    items.append(item)
    return item["id"]

def date(y, m=None, d=None):
    parts = [y] + ([m] if m else []) + ([d] if m and d else [])
    return {"date-parts": [parts]}

def pages(a, span):
    return f"{a}-{a + span}"

# Books (single author, co-authored, with particles, translated, edited, multi-volume)
for i, t in enumerate(titles):
    pub, place = publishers[i % 9]
    auth = [people[i]] if i % 3 else [people[i], people[(i + 7) % len(people)]]
    if i % 7 == 0:
        auth.append(people[(i + 11) % len(people)])
    it = {"type": "book", "title": t, "author": auth, "publisher": pub, "publisher-place": place, "issued": date(1990 + i)}
    if i % 5 == 0: it["edition"] = str(2 + i % 3)
    if i % 6 == 0: it["number-of-pages"] = str(300 + i * 7)
    add(it)
for i, pp in enumerate(particles):
    add({"type": "book", "title": ["Mémoires de guerre", "Vom Weimar nach Bonn", "Democracy in America", "Memoirs, 1920–1933", "Défense de la paix", "Der Wahrheit eine Gasse"][i],
         "author": [pp], "publisher": publishers[i][0], "publisher-place": publishers[i][1], "issued": date(1954 + i * 5),
         **({"translator": [translators[i % 4]], "original-date": date(1930 + i)} if i % 2 else {})})
for i in range(8):
    add({"type": "book", "title": titles[(i * 3) % len(titles)].split(":")[0] + ": Documents and Interpretations",
         "editor": [editors[i % 5]] + ([editors[(i + 2) % 5]] if i % 2 else []), "publisher": publishers[i % 7][0],
         "publisher-place": publishers[i % 7][1], "issued": date(1996 + i)})
for i in range(6):
    add({"type": "book", "title": ["War and Peace", "The Gulag Archipelago", "Life and Fate", "Doctor Zhivago", "The Master and Margarita", "Envy"][i],
         "author": [P(["Tolstoy", "Solzhenitsyn", "Grossman", "Pasternak", "Bulgakov", "Olesha"][i], ["Leo", "Aleksandr", "Vasily", "Boris", "Mikhail", "Yuri"][i])],
         "translator": [translators[i % 4]] + ([translators[(i + 1) % 4]] if i < 2 else []),
         "publisher": publishers[(i + 3) % 9][0], "publisher-place": publishers[(i + 3) % 9][1], "issued": date(2006 + i),
         "original-date": date(1869 + i * 20)})
for i in range(6):
    add({"type": "book", "title": ["The Cambridge History of the Cold War", "Sochineniia", "Foreign Relations of the Soviet Union", "Documents on British Policy Overseas", "Istoriia vneshnei politiki SSSR", "The Papers of George Catlett Marshall"][i],
         "editor": [editors[i % 5]], "volume": str(1 + i % 3), "number-of-volumes": str(3 + i % 4),
         "publisher": publishers[i + 2][0], "publisher-place": publishers[i + 2][1], "issued": date(2010 - i)})
# Transliterated Russian titles with translated titles (monographs and articles)
for i, (ru, en) in enumerate(ru_titles):
    add({"type": "book", "title": f"{ru} [{en}]", "author": [people[(i + 4) % len(people)]], "publisher": publishers[9 + i % 3][0],
         "publisher-place": "Moscow", "issued": date(1998 + i), "language": "ru"})
    j = journals[7 + i % 2]
    add({"type": "article-journal", "title": ru, "author": [people[(i + 9) % len(people)]], "container-title": j[0], "issue": str(1 + i % 6),
         "issued": date(1993 + i), "page": pages(30 + i * 11, 19), "language": "ru"})
# Chapters in edited volumes
for i in range(18):
    add({"type": "chapter", "title": ["The Origins of the Cold War", "Stalin's Plans for Postwar Europe", "The Sovietization of Eastern Europe", "The Korean War",
                                        "Nuclear Weapons and the Cold War", "Détente", "The Third World", "The End of the Cold War", "Soviet Intelligence and the Atomic Project"][i % 9]
         + ("" if i < 9 else ", Revisited"),
         "author": [people[(i * 5) % len(people)]], "editor": [editors[i % 5], editors[(i + 1) % 5]],
         "container-title": ["The Cambridge History of the Cold War", "Origins of the Cold War: An International History", "The Cold War in East Asia"][i % 3],
         "volume": str(1 + i % 3) if i % 3 == 0 else None, "publisher": publishers[i % 7][0], "publisher-place": publishers[i % 7][1],
         "issued": date(2000 + i % 12), "page": pages(20 + i * 13, 22)})
# Journal articles
for i in range(36):
    j = journals[i % len(journals)]
    it = {"type": "article-journal", "title": ["The Soviet Union and the Marshall Plan", "Stalin and the Korean War", "The Berlin Blockade Reconsidered",
                                                "Moscow's Plans for Germany, 1945–1949", "The Cuban Missile Crisis and Soviet Decision-Making", "Khrushchev and the Suez Crisis",
                                                "“The Long Telegram” Revisited", "Soviet Policy toward Iran, 1941–1946", "Churchill, Stalin, and the Percentages Agreement",
                                                "The Hungarian Revolution and Soviet Intervention", "Tito's Break with Stalin", "Why Did the Soviet Union Collapse?"][i % 12],
          "author": [people[(i * 7) % len(people)]] + ([people[(i * 7 + 3) % len(people)]] if i % 4 == 0 else []),
          "container-title": j[0], "volume": str(int(j[1]) + i % 5), "issue": str(1 + i % 4), "issued": date(1995 + i % 25, (i % 12) + 1 if i % 3 == 0 else None),
          "page": pages(100 + i * 17, 25 + i % 9)}
    if i % 5 == 0: it["DOI"] = f"10.1111/dh.{1000 + i}"
    if i % 2: it["container-title-short"] = "".join(w[0] for w in j[0].split() if w[0].isupper())
    add(it)
# Magazine articles
for i in range(8):
    add({"type": "article-magazine", "title": ["The Sources of Soviet Conduct", "What Went Wrong in Moscow", "The Iron Curtain Descends", "Inside the Kremlin"][i % 4],
         "author": [people[(i * 3 + 5) % len(people)]] if i != 0 else [{"literal": "X"}], "container-title": magazines[i % 4],
         "volume": "25" if i % 4 == 0 else None, "issued": date(1947 + i * 6, 7 if i % 2 else 3, 14 if i % 3 else None), "page": pages(566 + i, 16)})
# Newspaper items with and without titles/authors
for i in range(20):
    it = {"type": "article-newspaper", "container-title": newspapers[i % len(newspapers)], "issued": date(1946 + i % 40, (i % 12) + 1, (i * 3) % 28 + 1)}
    if i % 4 != 3:
        it["title"] = ["Soviet Troops Leave Iran", "Truman Asks Aid for Greece and Turkey", "Berlin Airlift Ends", "Stalin Dies", "Khrushchev Denounces Stalin",
                       "Sputnik Circles Globe", "Wall Divides Berlin", "Missiles Withdrawn from Cuba", "Test Ban Treaty Signed", "Soviet Forces Enter Prague"][i % 10]
    if i % 3 == 0: it["author"] = [people[(i + 2) % len(people)]]
    if i % 5 == 0: it["edition"] = "late edition"; it["section"] = "A"
    if i % 2 == 0: it["page"] = str(1 + i)
    if newspapers[i % len(newspapers)] in ("Pravda", "Izvestiia"): it["language"] = "ru"; it["publisher-place"] = "Moscow"
    add(it)
# Theses
for i in range(6):
    add({"type": "thesis", "title": ["Soviet Policy in the Near East, 1945–1953", "The Comintern and the Chinese Revolution", "American Intelligence and the Soviet Bomb",
                                      "Moscow and the Hungarian Crisis", "Soviet Economic Aid to India", "The Yalta Conference in Soviet Memory"][i],
         "author": [P(["Ivanov", "Smith", "Kuznetsova", "Baker", "Popov", "Lee"][i], ["Petr", "Jonathan", "Anna", "Sarah", "Nikolai", "Daniel"][i])],
         "genre": "PhD diss." if i % 2 == 0 else "MA thesis", "publisher": ["Harvard University", "Columbia University", "Moscow State University", "University of Oxford", "Yale University", "Stanford University"][i],
         "issued": date(1999 + i)})
# Conference papers
for i in range(6):
    add({"type": "paper-conference", "title": ["New Evidence on the Korean War", "Soviet Archives and Cold War History", "The Warsaw Pact Reconsidered",
                                                "Ideology and Soviet Foreign Policy", "Détente from Below", "The Helsinki Final Act"][i],
         "author": [people[(i * 11) % len(people)]], "event-title": "Annual Meeting of the Society for Historians of American Foreign Relations",
         "event-place": ["Washington, DC", "Toronto", "Arlington, VA", "Philadelphia", "New Orleans", "Boston"][i], "issued": date(2005 + i, 6, 20 + i)})
# Working papers and reports
for i in range(8):
    add({"type": "report", "title": ["New Evidence on Soviet Decision-Making in 1956", "The Soviet Union and the Korean War", "Stalin and the Berlin Crisis",
                                      "The KGB and the Cold War", "Soviet Planning for War in Europe", "Moscow and the Prague Spring", "The Iranian Crisis of 1946", "Poland 1980–1981"][i],
         "author": [people[(i * 13) % len(people)]] if i % 4 else [institutions[i % 5]],
         "collection-title": "Cold War International History Project Working Paper" if i < 5 else "CIA Intelligence Report",
         "number": str(10 + i * 3), "publisher": "Woodrow Wilson International Center for Scholars" if i < 5 else "Central Intelligence Agency",
         "publisher-place": "Washington, DC", "issued": date(1994 + i, (i % 12) + 1 if i % 2 else None)})
# FRUS volumes and documents
frus = [("1945", "The Conferences at Malta and Yalta, 1945"), ("1946", "Eastern Europe; The Soviet Union"), ("1947", "The British Commonwealth; Europe"),
        ("1948", "Germany and Austria"), ("1950", "Korea"), ("1952–1954", "Eastern Europe; Soviet Union; Eastern Mediterranean"), ("1961–1963", "Cuban Missile Crisis and Aftermath")]
for i, (yr, vt) in enumerate(frus):
    add({"type": "book", "title": f"Foreign Relations of the United States, {yr}", "volume-title": vt, "volume": ["", "VI", "III", "II", "VII", "VIII", "XI"][i] or None,
         "author": [institutions[0]], "editor": [editors[i % 5]] if i % 2 else None, "publisher": "Government Printing Office", "publisher-place": "Washington, DC",
         "issued": date(1955 + i * 4), "collection-title": "Foreign Relations of the United States"})
for i in range(6):
    add({"type": "document", "title": ["Telegram from the Chargé in the Soviet Union (Kennan) to the Secretary of State", "Memorandum of Conversation, by the Secretary of State",
                                       "Report by the National Security Council", "The Ambassador in the Soviet Union (Harriman) to the President",
                                       "Minutes of the Tripartite Dinner Meeting", "Editorial Note"][i],
         "container-title": f"Foreign Relations of the United States, {frus[i][0]}", "volume": ["VI", "V", "I", "V", "", "XI"][i] or None,
         "publisher": "Government Printing Office", "publisher-place": "Washington, DC", "issued": date(1955 + i * 4), "number": str(475 + i * 31),
         "page": pages(696 + i * 9, 13), "author": [institutions[0]]})
# Archival manuscripts: Russian archives, NARA, TNA
ru_archives = [("Arkhiv vneshnei politiki Rossiiskoi Federatsii (AVP RF)", "f. 06, op. 7, p. 2, d. 29, l. 45"), ("Rossiiskii gosudarstvennyi arkhiv noveishei istorii (RGANI)", "f. 5, op. 49, d. 17"),
               ("Rossiiskii gosudarstvennyi arkhiv sotsial'no-politicheskoi istorii (RGASPI)", "f. 17, op. 162, d. 38, ll. 12–14"), ("Gosudarstvennyi arkhiv Rossiiskoi Federatsii (GARF)", "f. R-5446, op. 1, d. 290"),
               ("Arkhiv Prezidenta Rossiiskoi Federatsii (APRF)", "f. 3, op. 65, d. 827")]
for i in range(20):
    arch, loc = ru_archives[i % 5]
    it = {"type": "manuscript", "title": ["Zapiska Molotova Stalinu", "Protokol zasedaniia Prezidiuma TsK KPSS", "Doklad MID SSSR o germanskom voprose", "Spravka o polozhenii v Irane",
                                          "Zapis' besedy V. M. Molotova s poslom SShA", "Postanovlenie Politbiuro TsK VKP(b)", "Pis'mo Mao Tsze-duna Stalinu", "Shifrotelegramma iz Pekina",
                                          "Zapiska Gromyko v TsK KPSS", "Memorandum o Berlinskom krizise"][i % 10],
          "archive": arch, "archive_location": loc, "archive-place": "Moscow", "issued": date(1945 + i % 20, (i % 12) + 1, (i * 5) % 28 + 1 if i % 3 else None), "language": "ru"}
    if i % 2 == 0: it["author"] = [P(["Molotov", "Gromyko", "Vyshinskii", "Malenkov", "Suslov"][i % 5], ["V. M.", "A. A.", "A. Ia.", "G. M.", "M. A."][i % 5])]
    if i % 4 == 1: it["genre"] = "Memorandum"
    add(it)
for i in range(10):
    it = {"type": "manuscript", "title": ["Memorandum for the President", "Report on Soviet Intentions", "Letter to the Secretary of Defense", "Policy Planning Staff Paper",
                                          "Minutes of the Cabinet Meeting"][i % 5],
          "archive": "National Archives and Records Administration", "archive_location": f"RG {[59, 218, 273, 263, 319][i % 5]}, Box {10 + i * 3}, Folder {i + 1}",
          "archive-place": "College Park, MD", "collection-title": ["Central Decimal Files, 1945–49", "Records of the Joint Chiefs of Staff", "Records of the National Security Council",
                                                                     "Records of the Central Intelligence Agency", "Records of the Army Staff"][i % 5],
          "issued": date(1946 + i, (i % 12) + 1, 10 + i)}
    if i % 2: it["author"] = [P(["Acheson", "Forrestal", "Nitze", "Bohlen", "Harriman"][i % 5], ["Dean", "James", "Paul H.", "Charles E.", "W. Averell"][i % 5])]
    add(it)
for i in range(8):
    add({"type": "manuscript", "title": ["Soviet Policy in Eastern Europe", "Minute by Sir Orme Sargent", "Telegram from Moscow", "Future of Germany", "Situation in Persia", "Anglo-Soviet Relations", "Russia Committee Minutes", "Record of Conversation with Molotov"][i],
         "archive": "The National Archives", "archive_location": f"FO 371/{56780 + i * 137}, N{1200 + i * 77}/{97 + i}/38", "archive-place": "Kew",
         "issued": date(1946 + i % 4, (i % 12) + 1, 3 + i), **({"author": [P(["Roberts", "Bevin", "Sargent", "Warner"][i % 4], ["Frank", "Ernest", "Orme", "Christopher"][i % 4])]} if i % 2 else {})})
# Letters (personal_communication with recipient)
for i in range(10):
    add({"type": "personal_communication", "title": "Letter to " + ["George F. Kennan", "Dean Acheson", "Isaiah Berlin", "Walter Lippmann", "Charles Bohlen"][i % 5] if i % 3 else None,
         "author": [P(["Berlin", "Lippmann", "Kennan", "Acheson", "Bohlen"][i % 5], ["Isaiah", "Walter", "George F.", "Dean", "Charles E."][i % 5])],
         "recipient": [P(["Kennan", "Acheson", "Berlin", "Lippmann", "Bohlen"][(i + 1) % 5], ["George F.", "Dean", "Isaiah", "Walter", "Charles E."][(i + 1) % 5])],
         "issued": date(1947 + i, (i % 12) + 1, 5 + i), "archive": "Seeley G. Mudd Manuscript Library, Princeton University" if i % 2 else None,
         "archive_location": f"Box {i + 2}, Folder {i * 3 + 1}" if i % 2 else None, "archive-place": "Princeton, NJ" if i % 2 else None})
# Institutions as authors, web pages, interviews
for i in range(6):
    add({"type": "report", "title": ["The Soviet Economy in 1960", "Soviet Capabilities and Probable Courses of Action", "National Intelligence Estimate 11-4-57",
                                      "Trends in Soviet Foreign Policy", "Yearbook of the United Nations, 1950", "Annual Report 1956"][i],
         "author": [institutions[(i + 1) % 5]], "publisher": ["CIA", "CIA", "CIA", "Council on Foreign Relations", "United Nations", "Institut für Zeitgeschichte"][i],
         "publisher-place": ["Langley, VA", "Langley, VA", "Langley, VA", "New York", "New York", "Munich"][i], "issued": date(1957 + i)})
for i in range(4):
    add({"type": "interview", "title": f"Interview by {['Sergei Khrushchev', 'Vladislav Zubok', 'John Lewis Gaddis', 'Odd Arne Westad'][i]}",
         "author": [P(["Dobrynin", "Troianovskii", "Arbatov", "Kornienko"][i], ["Anatoly", "Oleg", "Georgii", "Georgii M."][i])],
         "issued": date(1992 + i, 4 + i, 11), "medium": "audio recording" if i % 2 else None})
for i in range(4):
    add({"type": "webpage", "title": ["Cold War International History Project Digital Archive", "The Avalon Project", "Wilson Center Digital Archive: Soviet Foreign Policy", "Marxists Internet Archive"][i],
         "container-title": ["Wilson Center", "Yale Law School", "Wilson Center", "MIA"][i], "URL": f"https://example.org/archive/{i}",
         "accessed": date(2023, 3 + i, 14), "issued": date(2019 + i) if i % 2 else None})
# Raw and literal dates, uncertain dates
add({"type": "manuscript", "title": "Undated note on Soviet policy in Germany", "archive": "Archiv der sozialen Demokratie", "archive-place": "Bonn", "issued": {"raw": "Oct. 1943"}})
add({"type": "manuscript", "title": "Diary, 1941–1945", "author": [P("Maiskii", "Ivan")], "archive": "Arkhiv vneshnei politiki Rossiiskoi Federatsii (AVP RF)", "archive_location": "f. 017a, op. 1, d. 1", "issued": {"date-parts": [[1941], [1945]]}})
add({"type": "book", "title": "Sekretnye protokoly", "author": [P("Bezymenskii", "Lev")], "issued": {"date-parts": [[1948]], "circa": True}, "publisher": "Nauka", "publisher-place": "Moscow"})

for it in items:
    for k in [k for k, v in it.items() if v is None]:
        del it[k]

# Footnotes: each item cited first, with some repeats (subsequent, ibid, ibid with locator)
ids = [it["id"] for it in items]
labels = ["page", "page", "page", "chapter", "section", "folio"]
citations, prev = [], None
order = ids[:]
random.shuffle(order)
for i, rid in enumerate(order):
    c = [{"id": rid}]
    if i % 3 == 0: c[0].update({"locator": str(10 + i), "label": labels[i % len(labels)]})
    citations.append(c)
    if i % 9 == 4:
        citations.append([{"id": rid, "locator": str(20 + i), "label": "page"}])   # ibid with locator
    if i % 11 == 7:
        citations.append([{"id": rid}])                                              # ibid
    if i % 13 == 5 and i > 20:
        citations.append([{"id": order[i - 17], "locator": str(5 + i), "label": "page"}])  # subsequent
    if i % 17 == 3 and i > 2:
        citations.append([{"id": order[i - 1]}, {"id": order[i - 2], "locator": "3-7"}])  # two cites in a note
json.dump({"items": items, "citations": citations}, open("corpus.json", "w"), ensure_ascii=False, indent=1)
print(len(items), "items,", len(citations), "notes")
