# ruff: noqa: E501
LEAD = "President Kim Dae-jung packed four summits"
MORI = "In his talks with Japanese Prime Minister Yoshiro Mori"
PAST = "Mori paid a one-day visit to Seoul"
CLINTON = "At the Kim-Clinton summit"
PUTIN = "Kim and Russian President Vladimir Putin agreed"
JIANG = "Kim also asked Chinese President Jiang Zemin"
NY = "The pair last met Sept. 7 in New York"
SING = "Kim will fly to Singapore next week"

GOLD = dict(
    published="2000-11-15",
    furniture=[
        "HNB NEWS | Politics\n"
        "Kim holds back-to-back talks with Clinton, Mori, Jiang and Putin in Brunei\n"
        "Input 2000.11.15 21:40 | Edit 2000.11.15 23:05",
        "Reporter Shin Ha-eun\nCopyright HNB. All rights reserved.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Dae-jung": ["President Kim Dae-jung", "Kim", "the president"],
        "Yoshiro Mori": ["Japanese Prime Minister Yoshiro Mori", "Mori"],
        "Bill Clinton": ["Clinton"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Jiang Zemin": ["Chinese President Jiang Zemin"],
        "Zhu Rongji": ["Chinese Premier Zhu Rongji"],
        "Keizo Obuchi": ["former prime minister Keizo Obuchi"],
        "Park Joon-young": ["presidential spokesman Park Joon-young"],
    },
    quotes=[
        ("based on", "partial", "Bill Clinton", "was quoted as saying"),
        ("Meeting all four neighbors back to back", "direct", None, "told reporters"),
    ],
    statements=[
        (MORI, ["Kim Dae-jung", "Yoshiro Mori", "Park Joon-young"], "said"),
        (CLINTON, ["Kim Dae-jung", "Bill Clinton"], "shared the view"),
        (JIANG, ["Kim Dae-jung"], "asked"),
    ],
    timexes=[
        ("Input [[2000.11.15 21:40]]", "2000-11-15T21:40", None),
        ("Edit [[2000.11.15 23:05]]", "2000-11-15T23:05", None),
        ("a single day", "P1D", None),
        ("on [[Wednesday]]", "2000-11-15", None),
        ("this year", "2000", None),
        ("one-day", "P1D", None),
        ("Seoul in [[May]]", "2000-05", None),
        ("Tokyo in [[June]]", "2000-06", None),
        ("late September", "2000-09", "END"),
        ("next spring", "2001-SP", None),
        ("Sept. 7", "2000-09-07", None),
        ("30 minutes", "PT30M", None),
        ("next week", "2000-W47", None),
    ],
    summits=[
        dict(date="2000-11-15", place="Bandar Seri Begawan", country="BN",
             participants=["Kim Dae-jung", "Yoshiro Mori"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[LEAD, MORI]),
        dict(date="2000-11-15", place="Bandar Seri Begawan", country="BN",
             participants=["Kim Dae-jung", "Bill Clinton"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[LEAD, CLINTON]),
        dict(date="2000-11-15", place="Bandar Seri Begawan", country="BN",
             participants=["Kim Dae-jung", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[LEAD, PUTIN]),
        dict(date="2000-11-15", place="Bandar Seri Begawan", country="BN",
             participants=["Kim Dae-jung", "Jiang Zemin"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[LEAD, JIANG]),
        dict(date="2000-05", place="Seoul", country="KR",
             participants=["Kim Dae-jung", "Yoshiro Mori"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[PAST]),
        dict(date="2000-06", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Yoshiro Mori"], kind="sidelines", ordinal=None,
             status="held", occasion="funeral of Keizo Obuchi", evidence=[PAST]),
        dict(date="2000-09", place="Atami", country="JP",
             participants=["Kim Dae-jung", "Yoshiro Mori"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[PAST]),
        dict(date="2000-09-07", place="New York", country="US",
             participants=["Kim Dae-jung", "Jiang Zemin"], kind="sidelines", ordinal=None,
             status="held", occasion="U.N. Millennium Summit", evidence=[NY]),
        dict(date="2000-11", place="Singapore", country="SG",
             participants=["Kim Dae-jung", "Yoshiro Mori", "Zhu Rongji"], kind="trilateral", ordinal=None,
             status="planned", occasion="ASEAN plus Three", evidence=[SING]),
        dict(date="2001", place="Seoul", country="KR",
             participants=["Kim Dae-jung", "Vladimir Putin"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[PUTIN]),
    ],
    agreements=[
        dict(title="tighter three-way policy coordination among Seoul, Tokyo and Washington", kind="commitment",
             date="2000-11-15", parties=["JP", "KR"], status="agreed", evidence=[MORI]),
        dict(title="cooperation on linking the inter-Korean railway with the Trans-Siberian line", kind="commitment",
             date="2000-11-15", parties=["KR", "RU"], status="agreed", evidence=[PUTIN]),
        dict(title="Kim's invitation to Jiang Zemin to visit Seoul", kind="commitment",
             date="2000-11-15", parties=["CN", "KR"], status="proposed", evidence=[JIANG]),
    ],
    notes=[
        "Invented Korean broadcaster web story (outlet 'HNB', reporter, Input/Edit times and the official's quote invented; Clinton's partial quote 'based on' paraphrases a reported remark). Section line, headline, Input/Edit line and the reporter/copyright lines are furniture; Input/Edit stamps are annotated as in unseen16.",
        "Real facts checked on stored pages: donga.com/en/article/all/20001115/194779/1 (on Wednesday Kim held summits with Clinton, Mori, Jiang and Putin on the APEC sidelines in Brunei; Kim-Mori agreement to strengthen Seoul-Tokyo-Washington coordination and support for Japan's efforts with Pyongyang; Kim-Clinton shared view on a peace mechanism; Clinton to decide on a Pyongyang visit based on the North's attitude; Kim-Putin consensus on linking the railway with the TSR; Putin promised to visit Seoul next spring; Kim asked Jiang to visit Seoul; spokesman Park Joon-young); donga.com 20000907/193036 (Kim-Jiang 30 minutes in New York on 7 September 2000); mofa.go.jp/region/asia-paci/korea/meet0005.html and kantei moritoku_e_06 (Mori's one-day visit to Seoul, 29 May 2000); kantei june8a and mofa press 2000/6/608 (Mori-Kim meeting on 8 June 2000 around the Obuchi funeral); kantei 923atami and mofa pv0009 (Atami summit 23-24 September 2000); donga 20001123/194981 (Singapore breakfast planned for 24 November).",
        "Summits (10): four APEC sideline meetings; Mori-Kim in Seoul (May), Tokyo (June, occasion the Obuchi funeral, kind sidelines: debatable), Atami (September); Kim-Jiang in New York; planned Singapore trilateral (month only, 'next week'); planned Putin visit to Seoul ('next spring', dated 2001). Not summits: a hypothetical Clinton trip to Pyongyang; Kim's request that Jiang visit Seoul (recorded as a proposal, not as a planned meeting).",
        "Agreements (3): KR-JP coordination commitment, KR-RU railway commitment, Kim's invitation to Jiang (proposed). Putin's promise to visit is a unilateral promise, not recorded; 'voiced support' and 'shared the view' are not agreements.",
        "Timexes: 'next spring' = 2001-SP (season); 'next week' from Wednesday 2000-11-15 = 2000-W47; 'late September' = 2000-09 END; 'a single day' and 'one-day' = P1D.",
    ],
)
