# ruff: noqa: E501
YASU = "When Junichiro Koizumi went to Yasukuni shrine"
BEIJING = "On Oct. 8 Koizumi was in Beijing"
WEEK = "A week later he was in Seoul"
KIM = "President Kim Dae-jung held talks with him the same day."
SHANGHAI = "Within days the two men were together again"
BRUNEI = "At the ASEAN plus Three gathering in Bandar Seri Begawan"
AGREED = "The three agreed to set up a dialogue"
DIPLOMAT = "He learned that in this region"

GOLD = dict(
    published="2001-12-03",
    furniture=[
        "THE ASIA LEDGER | Diplomacy\n"
        "Koizumi's crash course in Korea\n"
        "After a summer of textbooks and shrine visits, Japan's prime minister spent the autumn repairing ties with Seoul - and learning the three-way game with Beijing\n"
        "Issue dated December 3, 2001",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Junichiro Koizumi", "Koizumi", "he", "Japan's prime minister"],
        "Zhu Rongji": ["Premier Zhu Rongji", "Zhu"],
        "Kim Dae-jung": ["President Kim Dae-jung", "Kim"],
        "Keizo Obuchi": [],
    },
    quotes=[
        ("heartfelt remorse", "partial", "Junichiro Koizumi", "spoke of"),
        ("He learned that in this region", "direct", None, "said"),
    ],
    statements=[
        (WEEK, ["Junichiro Koizumi"], "spoke of"),
    ],
    timexes=[
        ("December 3, 2001", "2001-12-03", None),
        ("Aug. 13", "2001-08-13", None),
        ("two days earlier", "2001-08-15", None),
        ("in the spring", "2001-SP", None),
        ("the summer", "2001-SU", None),
        ("Oct. 8", "2001-10-08", None),
        ("about an hour and a half", "PT1H30M", "APPROX"),
        ("A week later", "2001-10-15", None),
        ("one-day", "P1D", None),
        ("the same day", "2001-10-15", None),
        ("in November", "2001-11", None),
        ("two years ago", "1999", None),
        ("in April", "2001-04", None),
        ("Next year", "2002", None),
        ("the end of May", "2002-05", "END"),
    ],
    summits=[
        dict(date="2001-10-08", place="Beijing", country="CN",
             participants=["Junichiro Koizumi", "Zhu Rongji"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[BEIJING]),
        dict(date="2001-10-15", place="Seoul", country="KR",
             participants=["Junichiro Koizumi", "Kim Dae-jung"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[WEEK, KIM]),
        dict(date="2001-10", place="Shanghai", country="CN",
             participants=["Junichiro Koizumi", "Kim Dae-jung"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[SHANGHAI]),
        dict(date="2001-11", place="Bandar Seri Begawan", country="BN",
             participants=["Junichiro Koizumi", "Kim Dae-jung", "Zhu Rongji"], kind="trilateral", ordinal=None,
             status="held", occasion="ASEAN plus Three", evidence=[BRUNEI, AGREED]),
        dict(date="1999", place="Manila", country="PH",
             participants=["Kim Dae-jung", "Zhu Rongji", "Keizo Obuchi"], kind="trilateral", ordinal=1,
             status="held", occasion="ASEAN plus Three", evidence=[BRUNEI]),
    ],
    agreements=[
        dict(title="dialogue among the three trade ministers", kind="commitment",
             date="2001-11", parties=["CN", "JP", "KR"], status="referenced", evidence=[AGREED]),
        dict(title="continued contacts between the finance ministers", kind="commitment",
             date="2001-11", parties=["CN", "JP", "KR"], status="referenced", evidence=[AGREED]),
        dict(title="stronger police cooperation against cross-border crime", kind="commitment",
             date="2001-11", parties=["CN", "JP", "KR"], status="referenced", evidence=[AGREED]),
    ],
    notes=[
        "Invented magazine feature ('The Asia Ledger'; writer unnamed, the diplomat's quote invented). Section line, headline, standfirst and issue date are furniture; the issue date is annotated.",
        "Real facts checked on stored pages: edition.cnn.com 2001-10-15 (Koizumi's 13 August Yasukuni visit; 'heartfelt remorse' at the park/prison museum in Seoul); latimes 2001-10-16 (wreath at the National Cemetery, tour of the former prison, Koizumi in China on 8 October); voanews 2001-10-15 (one-day trip, meeting with Kim, National Assembly visit cancelled because opposition legislators planned to block it); wp.pl (Sodaemun museum); mofa china/pmv0110/meet-1.html (8 October 2001 meeting and working lunch with Zhu, about an hour and a half, after a visit to the Marco Polo Bridge); english.china.org.cn BAT/21729 (Brunei ASEAN+3: informal meeting of Zhu, Koizumi and Kim; trade ministers' dialogue, support for finance ministers' contacts, public security cooperation against transnational crime); worldjpn 20011106 (ASEAN+3 in Brunei, November 2001, Koizumi's first); e123.hk 302242 (Kim started the meetings in Manila in 1999). From general knowledge: the promise to visit on 15 August, Seoul's recall of its ambassador over the textbooks in spring 2001, Koizumi taking office in April 2001, the APEC meeting in Shanghai in October 2001 with a Kim-Koizumi meeting (cf. d7_04), the World Cup opening on 31 May 2002.",
        "Summits (5): Koizumi-Zhu in Beijing, Koizumi-Kim in Seoul and in Shanghai, the Brunei trilateral, Manila 1999 (Obuchi from the public record; ordinal 1 from 'started'). Not summits: the cancelled National Assembly call (not a leader), the shrine visit.",
        "Agreements (3): three commitments split from one sentence, recorded as referenced (a feature recounting a past meeting).",
        "Timexes: 'two days earlier than he had promised' = 2001-08-15 (the promised date; debatable: it could be read as pointing to the 13th); 'the summer' = 2001-SU; 'in the spring' = 2001-SP; 'A week later' = 2001-10-15; 'the end of May' = 2002-05 END. 'autumn' in the standfirst (furniture) is not annotated; 'autumn trips' in the quote is vague and not annotated.",
    ],
)
