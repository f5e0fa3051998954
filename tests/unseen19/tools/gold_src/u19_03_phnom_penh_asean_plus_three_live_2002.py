# ruff: noqa: E501
BRIEF = "Japanese officials say Koizumi used the three-way meeting"
OBSERVED = "He told them the declaration"
OVER = "The trilateral session is over."
CHAIR = "Premier Zhu Rongji chaired it as this year's host"
NETWORK = "Koizumi put forward the idea of a network"
FTA = "Chinese officials say Zhu also proposed"
FOURTH = "this is the fourth time the leaders"
FIRST3 = "The first three sessions, in Manila"
TODAY = "Today's meeting is the first held"
CABOS = ("He and Koizumi last saw each other in Los Cabos", "in a prompt and verifiable manner.\"")
SKIP = "Kim Dae-jung, who leaves office in February"
COMING = "Koizumi is scheduled to hold bilateral meetings tomorrow"

GOLD = dict(
    published="2002-11-04",
    furniture=[
        "LIVE: ASEAN plus Three in Phnom Penh - Zhu hosts three-way talks as Kim Dae-jung stays home\n"
        "The Akasaka Times | Live coverage\n"
        "Last updated: Monday, November 4, 2002, 19:10 ICT",
        "Reporting by Aya Morishita in Phnom Penh",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi", "Koizumi", "He"],
        "Kim Jong Il": ["North Korean leader Kim Jong Il"],
        "Zhu Rongji": ["Premier Zhu Rongji", "Zhu"],
        "Kim Suk-soo": ["South Korean Prime Minister Kim Suk-soo"],
        "Kim Dae-jung": ["President Kim Dae-jung", "Kim Dae-jung"],
        "Keizo Obuchi": [],
        "Yoshiro Mori": [],
        "George W. Bush": ["U.S. President George W. Bush"],
        "Hun Sen": ["Cambodia's Hun Sen"],
        "Thaksin Shinawatra": ["Thailand's Thaksin Shinawatra"],
        "Than Shwe": ["Myanmar's Than Shwe"],
    },
    quotes=[
        ("has to be observed sincerely", "partial", "Junichiro Koizumi", "told"),
        ("at a proper time", "partial", "Zhu Rongji", "proposed"),
        ("in a prompt and verifiable manner", "partial", None, None),
    ],
    statements=[
        (BRIEF, [None, "Junichiro Koizumi"], "say"),
        (OBSERVED, ["Junichiro Koizumi"], "told"),
        (NETWORK, [None, "Junichiro Koizumi"], "said"),
        (FTA, [None, "Zhu Rongji"], "say"),
        (CABOS, ["Kim Dae-jung", "Junichiro Koizumi", "George W. Bush"], "urging"),
    ],
    timexes=[
        ("Monday, November 4, 2002, 19:10 ICT", "2002-11-04T19:10", None),
        ("\n\n[[19:10 ICT]]\nJapanese", "2002-11-04T19:10", None),
        ("17:45 ICT", "2002-11-04T17:45", None),
        ("16:20 ICT", "2002-11-04T16:20", None),
        ("14:05 ICT", "2002-11-04T14:05", None),
        ("11:30 ICT", "2002-11-04T11:30", None),
        ("09:40 ICT", "2002-11-04T09:40", None),
        ("Sept. 17", "2002-09-17", None),
        ("[[this year]]'s host", "2002", None),
        ("Manila in [[1999]]", "1999", None),
        ("Singapore in [[2000]]", "2000", None),
        ("last year", "2001", None),
        ("[[Today]]'s meeting", "2002-11-04", None),
        ("leaves office in [[February]]", "2003-02", None),
        ("Oct. 26", "2002-10-26", None),
        ("meetings [[tomorrow]]", "2002-11-05", None),
    ],
    summits=[
        dict(date="2002-11-04", place="Phnom Penh", country="KH",
             participants=["Zhu Rongji", "Junichiro Koizumi"], kind="trilateral", ordinal=4,
             status="held", occasion="ASEAN plus Three", evidence=[BRIEF, OVER, CHAIR, FOURTH, TODAY]),
        dict(date="2002-09-17", place="Pyongyang", country="KP",
             participants=["Junichiro Koizumi", "Kim Jong Il"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[BRIEF]),
        dict(date="1999", place="Manila", country="PH",
             participants=["Kim Dae-jung", "Keizo Obuchi", "Zhu Rongji"], kind="trilateral", ordinal=1,
             status="held", occasion="ASEAN plus Three", evidence=[FIRST3]),
        dict(date="2000", place="Singapore", country="SG",
             participants=["Kim Dae-jung", "Yoshiro Mori", "Zhu Rongji"], kind="trilateral", ordinal=2,
             status="held", occasion="ASEAN plus Three", evidence=[FIRST3]),
        dict(date="2001", place="Brunei", country="BN",
             participants=["Kim Dae-jung", "Junichiro Koizumi", "Zhu Rongji"], kind="trilateral", ordinal=3,
             status="held", occasion="ASEAN plus Three", evidence=[FIRST3]),
        dict(date="2002-10-26", place="Los Cabos", country="MX",
             participants=["Kim Dae-jung", "Junichiro Koizumi", "George W. Bush"], kind="trilateral", ordinal=None,
             status="held", occasion="APEC", evidence=[CABOS]),
        dict(date="2002-11-05", place="Phnom Penh", country="KH",
             participants=["Junichiro Koizumi", "Hun Sen"], kind="sidelines", ordinal=None,
             status="planned", occasion="ASEAN plus Three", evidence=[COMING]),
        dict(date="2002-11-05", place="Phnom Penh", country="KH",
             participants=["Junichiro Koizumi", "Thaksin Shinawatra"], kind="sidelines", ordinal=None,
             status="planned", occasion="ASEAN plus Three", evidence=[COMING]),
        dict(date="2002-11-05", place="Phnom Penh", country="KH",
             participants=["Junichiro Koizumi", "Than Shwe"], kind="sidelines", ordinal=None,
             status="planned", occasion="ASEAN plus Three", evidence=[COMING]),
    ],
    agreements=[
        dict(title="Japan-DPRK Pyongyang Declaration", kind="joint-declaration",
             date="2002-09-17", parties=["JP", "KP"], status="referenced", evidence=[BRIEF, OBSERVED]),
        dict(title="network linking research institutes in the three countries (Koizumi's idea, backed by the others)", kind="commitment",
             date="2002-11-04", parties=["CN", "JP", "KR"], status="agreed", evidence=[NETWORK]),
        dict(title="Zhu's proposal of a feasibility study on a China-Japan-South Korea free trade zone", kind="commitment",
             date="2002-11-04", parties=["CN", "JP", "KR"], status="proposed", evidence=[FTA]),
        dict(title="Zhu's proposal of joint work against sandstorms", kind="commitment",
             date="2002-11-04", parties=["CN", "JP", "KR"], status="proposed", evidence=[FTA]),
        dict(title="Los Cabos joint U.S.-Japan-ROK statement on North Korea's enrichment program", kind="joint-statement",
             date="2002-10-26", parties=["JP", "KR", "US"], status="referenced", evidence=[CABOS]),
    ],
    notes=[
        "Invented live page of a Tokyo English-language daily ('The Akasaka Times'; reporter, entry times and update time invented). Headline, outlet line, Last updated line and the credit line are furniture; the update stamp is annotated; the six entry stamps are annotated as timexes (newest first).",
        "Real facts checked on stored pages: mofa.go.jp/region/asia-paci/asean/pmv0211/trilateral.html (trilateral meeting hosted by China on 4 November 2002 in Cambodia; held four times, previously breakfasts; Koizumi's briefing on his 17 September Pyongyang visit and the Pyongyang Declaration, which 'has to be sincerely observed'); fmprc.gov.cn 2002-11-07 (Zhu presided as host; ROK Prime Minister Kim Suk Soo attended; Zhu's proposals of an FTA feasibility study 'at a proper time' and of sandstorm cooperation); japan.kantei.go.jp koizumispeech 2002/11/05kyoudou_e (Koizumi's proposal of a network of intellectual exchange and research centres received the support of the other leaders); mofa pmv0211/summit.html (bilateral meetings with Hun Sen, Thaksin and Than Shwe on 5 November 2002); georgewbush-whitehouse.archives.gov 20021026-1 and japantimes 2002-10-28 (Los Cabos meeting and joint statement of 26 October 2002, 'in a prompt and verifiable manner'); e123.hk 302242 (Manila 1999) and mofa meet0011 (Singapore 2000); english.china.org.cn BAT/21729 (Brunei 2001 informal meeting of Zhu, Koizumi and Kim). Kim Dae-jung's term ending in February 2003: cryer.org.uk page (term end 24 February 2003).",
        "Summits (9): the Phnom Penh trilateral (ordinal 4 as stated; participants Zhu and Koizumi only: Korea's prime minister, who stood in for the president, is not a head of state or government, as the unseen16 convention for a deputy standing in; debatable), the Pyongyang summit, the three earlier breakfasts (participants from the public record, ordinals 1-3 from 'the first three sessions'), Los Cabos, three planned sideline meetings. Not a summit: Kim Dae-jung's absence.",
        "Agreements (5): the Pyongyang Declaration (referenced), the research-network commitment (agreed: 'backed it'), two Zhu proposals split from one sentence, the Los Cabos joint statement (referenced). The quoted words of the Los Cabos statement get speaker null (jointly issued document, as unseen16).",
    ],
)
