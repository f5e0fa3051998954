GOLD = dict(
    published="1998-10-08",
    furniture=[
        "Obuchi puts apology in writing as he and Kim sign partnership declaration",
        "Thursday, October 8, 1998 22:14 JST",
        "By Harumi Sekiguchi and Yoon Dae-sik",
        "TOKYO, Oct. 8 (Kanmon Wire Service) - ",
        "(Reporting by Harumi Sekiguchi in Tokyo and Yoon Dae-sik in Seoul; Editing by Kenta"
        " Oyama)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi", "Obuchi", "the prime minister"],
        "Kim Dae-jung": ["President Kim Dae-jung", "Kim", "Kim Dae Jung"],
        "Kim Young-sam": ["President Kim Young-sam"],
        "Ryutaro Hashimoto": ["Prime Minister Ryutaro Hashimoto"],
        "Choi Bok-sun": [],
        "Japanese government": ["Tokyo", "Japan"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("We chose to put it on paper", "direct", "Keizo Obuchi", "told a joint news conference"),
        ("look ahead without looking away.", "partial", "Keizo Obuchi", "said"),
        ("What makes today different is not the vocabulary", "direct", "Kim Dae-jung", "said"),
        ("I believe the governments have settled", "direct", "Kim Dae-jung", "said"),
        ("as soon as the lawyers are finished,", "partial", None, "said"),
        ("An apology to a government is not an apology", "direct", "Choi Bok-sun", "said"),
    ],
    statements=[
        ("Prime Minister Keizo Obuchi on Thursday apologized", ["Keizo Obuchi"], "apologized"),
        ("In the text, Obuchi acknowledges", ["Keizo Obuchi"], "acknowledges"),
        ("He said he hoped the declaration", ["Keizo Obuchi"], "said"),
        ("Kim said he accepted the apology", ["Kim Dae-jung"], "said"),
        ("Under the same plan Japan pledged",
         ["Japanese government", "South Korean government"], "pledged"),
        ("The leaders also agreed to work together", ["Kim Dae-jung", "Keizo Obuchi"], "agreed"),
        ("In a speech to the Diet, Kim told lawmakers", ["Kim Dae-jung"], "told lawmakers"),
        ("Japan gave notice in January", ["Japanese government"], "gave notice"),
        ("A Japanese official said the new fisheries agreement", [None], "said"),
        ("Obuchi and Kim also shared the view", ["Keizo Obuchi", "Kim Dae-jung"],
         "shared the view"),
        ("The group wants individual compensation", [None, "Japanese government"], "says"),
        ("Kim invited Obuchi to South Korea", ["Kim Dae-jung", None], "said"),
        ("But officials on both sides described", [None], "described"),
    ],
    timexes=[
        ("Thursday, October 8, 1998 22:14 JST", "1998-10-08T22:14", None),
        ("TOKYO, [[Oct. 8]] (Kanmon", "1998-10-08", None),
        ("Keizo Obuchi [[on Thursday]] apologized", "1998-10-08", None),
        ("about two hours", "PT2H", "APPROX"),
        ("four-day", "P4D", None),
        ("1910-45", "1910/1945", None),
        ("What makes [[today]] different", "1998-10-08", None),
        ("the [[2002]] World Cup", "2002", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("notice [[in January]] that", "1998-01", None),
        ("the [[1965]] fisheries pact", "1965", None),
        ("only [[last month]] did", "1998-09", None),
        ("28 months", "P28M", None),
        ("late January", "1999-01", "END"),
        ("Aug. 31", "1998-08-31", None),
        ("settled by the [[1965]] Treaty", "1965", None),
        ("early next year", "1999", "START"),
        ("January 1997", "1997-01", None),
        ("Thursday's document", "1998-10-08", None),
        ("since [[1965]] to write", "1965", None),
    ],
    summits=[
        dict(date="1998-10-08", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Prime Minister Keizo Obuchi on Thursday apologized",
                       "The two leaders signed the Japan-Republic of Korea Joint Declaration",
                       "Obuchi and Kim also shared the view"]),
        dict(date="1999", place=None, country="KR",
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["Kim invited Obuchi to South Korea"]),
        dict(date="1997-01", place="Beppu", country="JP",
             participants=["Kim Young-sam", "Ryutaro Hashimoto"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Japanese and South Korean leaders have met informally before"]),
    ],
    agreements=[
        dict(title="Japan-Republic of Korea Joint Declaration (with its 43-point action plan)",
             kind="joint-declaration", date="1998-10-08", parties=["JP", "KR"],
             status="signed",
             evidence=["Prime Minister Keizo Obuchi on Thursday apologized",
                       "The two leaders signed the Japan-Republic of Korea Joint Declaration",
                       "He said he hoped the declaration",
                       "An action plan of 43 points, attached to the declaration",
                       "But officials on both sides described"]),
        dict(title="work together to make the 2002 World Cup a success", kind="commitment",
             date="1998-10-08", parties=["JP", "KR"], status="agreed",
             evidence=["The leaders also agreed to work together"]),
        dict(title="exchange of notes waiving visas for diplomatic and official passports",
             kind="treaty", date="1998-10-08", parties=["JP", "KR"], status="signed",
             evidence=["Officials from both sides signed three smaller agreements"]),
        dict(title="agreement to launch working-holiday visas", kind="treaty",
             date="1998-10-08", parties=["JP", "KR"], status="signed",
             evidence=["Officials from both sides signed three smaller agreements"]),
        dict(title="convention to avoid double taxation", kind="treaty", date="1998-10-08",
             parties=["JP", "KR"], status="signed",
             evidence=["Officials from both sides signed three smaller agreements"]),
        dict(title="new fisheries agreement (agreed in principle, to be signed)", kind="treaty",
             date="1998-09", parties=["JP", "KR"], status="agreed",
             evidence=["Japan gave notice in January",
                       "A Japanese official said the new fisheries agreement"]),
        dict(title="1965 fisheries pact", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced",
             evidence=["Japan gave notice in January",
                       "A Japanese official said the new fisheries agreement"]),
        dict(title="1965 Treaty on Basic Relations", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["The group wants individual compensation"]),
        dict(title="1965 claims agreement", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced",
             evidence=["The group wants individual compensation"]),
    ],
    notes=[
        "Invented wire story (headline, stamp line, byline, dateline and the reporting/editing"
        " credit line are furniture; the stamp and the dateline date are annotated). Outlet,"
        " reporters, stamp time, every quote, the spokeswoman Choi Bok-sun, the length of the"
        " talks (about two hours) and the Foreign Ministry official's remarks on the fisheries"
        " signing and on Obuchi's trip are invented. Real background: Japan Times 1998-10-08"
        " (joint document signed Thursday with apology and remorse; first written apology"
        " addressed to Korea; Kim: different because it is in a document; 43-point action plan"
        " with regular summits, ministerial talks, security dialogue, $3 billion Ex-Im loans,"
        " World Cup cooperation, cultural opening); Japan Times 1998-10-08 (Kim's 30-minute Diet"
        " speech); MOFA press conference 1998-10-09 (visit of 7-10 October; three agreements"
        " concluded: visa waiver notes for diplomatic/official passports, working holiday visas,"
        " double taxation); Japan Times 1998-01-23 and 1998-09-25 (Japan's notice to end the"
        " 1965 fisheries pact; basic agreement on a new pact after 28 months, to take effect by"
        " the end of January); MOFA 1998 press (North Korean missile launch of 31 August);"
        " donga.com 2000-09-22 (Kim Young-sam and Hashimoto at Beppu in 1997). From general"
        " knowledge: the Beppu meeting in January 1997, the signing of the three smaller"
        " agreements on 8 October itself, Obuchi's visit being expected early in 1999.",
        "Summits (3): Tokyo 1998-10-08; Obuchi's planned visit to South Korea (1999, planned);"
        " Beppu 1997-01 (Kim Young-sam and Hashimoto, background). Not a summit: Kim's Diet"
        " speech.",
        "Agreements (9): the Joint Declaration, with the action plan folded into the same record"
        " because the article presents it as attached to the declaration (debatable: a separate"
        " record); World Cup commitment; three smaller agreements, each its own treaty-kind"
        " record; the new fisheries agreement (agreed in principle, kind treaty, status agreed);"
        " the 1965 fisheries pact, Treaty on Basic Relations and claims agreement (referenced)."
        " Not agreements: the $3 billion loans (a Japanese pledge), Seoul's cultural opening"
        " (unilateral), the shared view on North Korea, Japan's notice to end the old pact"
        " (unilateral), Kim's invitation (a planned visit, recorded as a summit).",
        "Quotes: the quoted phrase 'look ahead without looking away.' is a partial quote. The"
        " survivors' spokeswoman's quote sentence is not also a statement (direct quote only)."
        " Statements: 'The group wants ...' has the unnamed group as null speaker.",
    ],
)
