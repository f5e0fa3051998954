# ruff: noqa: E501
TODAY = "and today I held bilateral talks"
YEST = "Yesterday's meeting of the leaders of Japan, China"
CHAIR = "Premier Zhu Rongji chaired it."
NETWORK = "I proposed that our three countries build a network"
PY = "When I visited Pyongyang on September 17"
ABSENT = "President Kim Dae-jung did not come to Phnom Penh"
CABOS = "President Kim and I met in Los Cabos"
FTA = "Premier Zhu raised a free trade area"
CPH = "I also met Premier Zhu in Copenhagen"

GOLD = dict(
    published="2002-11-05",
    furniture=[
        "Press Conference by Prime Minister Junichiro Koizumi on the ASEAN+3 Summit Meeting and Related Meetings\n"
        "(Provisional Translation)\n"
        "Tuesday, November 5, 2002, 4:10 p.m. (local time), Phnom Penh",
        "[Opening Remarks]",
        "[Questions and Answers]",
        "PRIME MINISTER KOIZUMI: Good afternoon. ",
        "QUESTION (Nagatacho Broadcasting): ",
        "QUESTION (Kanda Press): ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi", "PRIME MINISTER KOIZUMI", "I"],
        "Hun Sen": ["Prime Minister Hun Sen of Cambodia"],
        "Thaksin Shinawatra": ["Prime Minister Thaksin Shinawatra of Thailand"],
        "Than Shwe": ["Senior General Than Shwe of Myanmar"],
        "Zhu Rongji": ["Premier Zhu Rongji", "Premier Zhu"],
        "Kim Jong Il": ["Chairman Kim Jong Il"],
        "Kim Dae-jung": ["President Kim Dae-jung", "President Kim"],
        "George W. Bush": ["President Bush"],
    },
    quotes=[],
    statements=[
        (FTA, ["Zhu Rongji"], "raised"),
    ],
    timexes=[
        ("Tuesday, November 5, 2002, 4:10 p.m.", "2002-11-05T16:10", None),
        ("and [[today]] I held", "2002-11-05", None),
        ("[[Yesterday]]'s meeting", "2002-11-04", None),
        ("September 17", "2002-09-17", None),
        ("in December", "2002-12", None),
        ("ten days ago", "2002-10-26", None),
        ("in September", "2002-09", None),
        ("this year", "2002", None),
    ],
    summits=[
        dict(date="2002-11-05", place="Phnom Penh", country="KH",
             participants=["Junichiro Koizumi", "Hun Sen"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN+3 Summit Meeting", evidence=[TODAY]),
        dict(date="2002-11-05", place="Phnom Penh", country="KH",
             participants=["Junichiro Koizumi", "Thaksin Shinawatra"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN+3 Summit Meeting", evidence=[TODAY]),
        dict(date="2002-11-05", place="Phnom Penh", country="KH",
             participants=["Junichiro Koizumi", "Than Shwe"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN+3 Summit Meeting", evidence=[TODAY]),
        dict(date="2002-11-04", place="Phnom Penh", country="KH",
             participants=["Junichiro Koizumi", "Zhu Rongji"], kind="trilateral", ordinal=None,
             status="held", occasion="ASEAN+3 Summit Meeting", evidence=[YEST, CHAIR]),
        dict(date="2002-09-17", place="Pyongyang", country="KP",
             participants=["Junichiro Koizumi", "Kim Jong Il"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[PY]),
        dict(date="2002-10-26", place="Los Cabos", country="MX",
             participants=["Junichiro Koizumi", "Kim Dae-jung", "George W. Bush"], kind="trilateral", ordinal=None,
             status="held", occasion="APEC", evidence=[CABOS]),
        dict(date="2002-09", place="Copenhagen", country="DK",
             participants=["Junichiro Koizumi", "Zhu Rongji"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEM", evidence=[CPH]),
    ],
    agreements=[
        dict(title="network of research institutes of the three countries (Koizumi's proposal, supported)", kind="commitment",
             date="2002-11-04", parties=["CN", "JP", "KR"], status="agreed", evidence=[NETWORK]),
        dict(title="Pyongyang Declaration", kind="joint-declaration",
             date="2002-09-17", parties=["JP", "KP"], status="referenced", evidence=[PY]),
        dict(title="Los Cabos joint statement calling on North Korea to dismantle its enrichment program", kind="joint-statement",
             date="2002-10-26", parties=["JP", "KR", "US"], status="referenced", evidence=[CABOS]),
        dict(title="Zhu's idea of a free trade area among the three countries", kind="commitment",
             date="2002-11-04", parties=["CN", "JP", "KR"], status="proposed", evidence=[FTA]),
    ],
    notes=[
        "Invented press-conference transcript in the style of the Japanese prime minister's office (no quotation marks; questioners' outlets, the clock time and all wording invented; Koizumi's answers are invented and are not annotated as statements, as in unseen15-16). Title, translation line, date line, section headings, speaker and questioner labels and (END) are furniture; the date line is annotated.",
        "Real facts checked on stored pages: japan.kantei.go.jp/koizumispeech/2002/11/05kyoudou_e.html (press conference of 5 November 2002 in Phnom Penh; bilateral meetings with Hun Sen and other leaders; proposal of a network of intellectual exchange and research centres supported by the other leaders); mofa pmv0211/summit.html (bilateral meetings with Hun Sen, Thaksin and Than Shwe on 5 November 2002); mofa pmv0211/trilateral.html (4 November trilateral, first regular session, hosted by China; Pyongyang visit of 17 September and the Pyongyang Declaration); fmprc 2002-11-07 (Zhu's FTA feasibility-study proposal; Kim Suk Soo attended for the ROK); georgewbush-whitehouse 20021026-1 (Los Cabos joint statement of 26 October 2002); mofa china/meet0209.html (Koizumi-Zhu meeting on the occasion of the ASEM summit on 22 September, the 30th anniversary year of normalization; Copenhagen from general knowledge of ASEM4's venue); japantimes 2002-07-02 (Korean presidential election in December 2002).",
        "Summits (7): three sideline meetings 'today', the trilateral 'yesterday' (participants Koizumi and Zhu; the Korean participant was the prime minister, not named here), Pyongyang, Los Cabos ('ten days ago'), Copenhagen (September). Not summits: Kim Dae-jung's absence; a hoped-for meeting with the next Korean president ('at an early date', hypothetical).",
        "Agreements (4): the research-network commitment, the Pyongyang Declaration and the Los Cabos joint statement (referenced), Zhu's FTA idea (proposed). Koizumi's continued insistence on the declaration's implementation and the remark on the anniversary year are not agreements.",
    ],
)
