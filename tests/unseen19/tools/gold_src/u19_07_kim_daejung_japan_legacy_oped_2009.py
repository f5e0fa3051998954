# ruff: noqa: E501
DIET = "Kim Dae-jung stood before the Diet"
DECL = "Earlier that same day, Oct. 8, 1998"
TREATY = "as a young opposition politician he had backed"
BEGIN = "The Obuchi summit was only the beginning."
MANILA = "At a regional gathering in Manila the following year"
MORI = "When Yoshiro Mori came to Seoul for a single day"
KOIZ = "yet two months later Koizumi flew to Seoul"
JULY = "And on July 1, 2002, a day after the World Cup"
ASO = "Prime Minister Taro Aso said in a statement"

GOLD = dict(
    published="2009-08-20",
    furniture=[
        "OPINION\n"
        "The neighbor who came to Tokyo with an open hand\n"
        "Kim Dae-jung, who died on Tuesday, left Japan and Korea a framework that outlasted his presidency\n"
        "By Haruka Ishizuka | August 20, 2009",
        "Haruka Ishizuka is a former Seoul correspondent and a visiting fellow at the Hibiya Institute for Asian Affairs.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Dae-jung": ["Kim", "he"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi", "Obuchi"],
        "Zhu Rongji": ["China's Zhu Rongji"],
        "Yoshiro Mori": [],
        "Junichiro Koizumi": ["Koizumi"],
        "Taro Aso": ["Prime Minister Taro Aso"],
        "Government of Japan": ["Japan"],
    },
    quotes=[
        ("deep remorse", "partial", None, "expressed"),
        ("worked tirelessly", "partial", "Taro Aso", "said in a statement"),
    ],
    statements=[
        (DIET, ["Kim Dae-jung"], "asked"),
        (DECL, ["Government of Japan"], "expressed"),
        (MORI, ["Yoshiro Mori", "Kim Dae-jung"], "spoke of"),
        (KOIZ, ["Junichiro Koizumi"], "offered an apology"),
        (ASO, ["Taro Aso"], "said in a statement"),
    ],
    timexes=[
        ("August 20, 2009", "2009-08-20", None),
        ("died on [[Tuesday]]", "2009-08-18", None),
        ("Eleven years ago this October", "1998-10", None),
        ("that same day", "1998-10-08", None),
        ("Oct. 8, 1998", "1998-10-08", None),
        ("1973", "1973", None),
        ("1965", "1965", None),
        ("the following year", "1999", None),
        ("a single day", "P1D", None),
        ("May 2000", "2000-05", None),
        ("that September", "2000-09", None),
        ("August 2001", "2001-08", None),
        ("two months later", "2001-10", None),
        ("a day of talks", "P1D", None),
        ("July 1, 2002", "2002-07-01", None),
        ("a day after", "2002-07-01", None),
        ("90 minutes", "PT1H30M", None),
        ("statement [[on Tuesday]]", "2009-08-18", None),
        ("Aug. 30", "2009-08-30", None),
    ],
    summits=[
        dict(date="1998-10-08", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[DECL, BEGIN]),
        dict(date="1999", place="Manila", country="PH",
             participants=["Kim Dae-jung", "Keizo Obuchi", "Zhu Rongji"], kind="trilateral", ordinal=None,
             status="held", occasion="regional gathering (ASEAN plus Three)", evidence=[MANILA]),
        dict(date="2000-05", place="Seoul", country="KR",
             participants=["Kim Dae-jung", "Yoshiro Mori"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[MORI]),
        dict(date="2000-09", place="Atami", country="JP",
             participants=["Kim Dae-jung", "Yoshiro Mori"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[MORI]),
        dict(date="2001-10", place="Seoul", country="KR",
             participants=["Kim Dae-jung", "Junichiro Koizumi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KOIZ]),
        dict(date="2002-07-01", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Junichiro Koizumi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[JULY]),
    ],
    agreements=[
        dict(title="joint declaration on a new partnership for the 21st century", kind="joint-declaration",
             date="1998-10-08", parties=["JP", "KR"], status="referenced", evidence=[DECL]),
        dict(title="1965 treaty normalizing relations", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced", evidence=[TREATY]),
        dict(title="agreement to build on the World Cup's goodwill", kind="commitment",
             date="2002-07-01", parties=["JP", "KR"], status="referenced", evidence=[JULY]),
    ],
    notes=[
        "Invented op-ed (columnist, institute and outlet invented; the columnist's views invented). Kicker, headline, standfirst and byline/date line form the furniture block, as does the author's bio line; the date line and the standfirst's 'Tuesday' are annotated.",
        "Real facts checked on stored pages: oananews.org/node/75985 (Kyodo, 18 August 2009: Aso's statement of condolence, Kim's 'tireless' work for a new partnership through the 1998 joint declaration and the 2002 World Cup; Kim's 1973 abduction from a Tokyo hotel; Nakasone: Kim's group supported normalization in the 1960s); dw.com a-5213580 and lacoreeetmoi blog (Kim died on Tuesday 18 August 2009); donga.com 20011005/209160 (1998 Joint Declaration issued by Obuchi and Kim on 8 October 1998; Koizumi's one-day visit to Seoul on 15 October 2001); latimes 2001-10-16, voanews 2001-10-15 and cnn 2001-10-15 (Koizumi's apology at the former prison in Seoul; August 2001 Yasukuni visit); e123.hk 302242 (Manila breakfast proposed by Kim, 1999); mofa meet0005 (Mori's one-day visit to Seoul, 29 May 2000); kantei 923atami (Atami, September 2000, cultural and people-to-people exchange); japantimes 2002-07-02 (90-minute Koizumi-Kim meeting in Tokyo on Monday 1 July 2002; agreement to strengthen ties after the co-hosted World Cup). From general knowledge: Kim's Diet address of 8 October 1998, the 'deep remorse' wording of the declaration, the cultural opening to Japanese films and music, the World Cup final of 30 June 2002, Japan's general election of 30 August 2009.",
        "Summits (6): Tokyo 1998, Manila 1999 (trilateral breakfast), Seoul and Atami 2000, Seoul 2001, Tokyo 2002. Not summits: the Diet address; the columnist's recommendation that Japan's next leader go to Seoul (a wish, not a planned meeting); the Obuchi funeral is not mentioned.",
        "Agreements (3): the 1998 joint declaration (referenced), the 1965 treaty (referenced), the 2002 commitment (referenced). Not agreements: Seoul's unilateral pledge to open its market to Japanese culture, Koizumi's apology. '21st century' inside the declaration's title is not annotated as a timex. 'a day after the World Cup ... came to a close' takes the date it points to (2002-07-01), as in unseen16.",
    ],
)
