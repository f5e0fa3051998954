# ruff: noqa: E501
HAMBURG = "President Moon Jae-in and Abe first met in July 2017"
PYC = "Abe came to PyeongChang for the opening"
GSOMIA = "Seoul announced it would end GSOMIA"
CHENGDU = "The two leaders' last formal talks came in Chengdu"
OSAKA = "At the G20 summit in Osaka in June 2019"
SEO = "Whoever succeeds him will inherit"

GOLD = dict(
    published="2020-08-28",
    furniture=[
        "Cheong Wa Dae 'regrets' Abe's sudden resignation, vows to work with his successor\n"
        "KNTV News | Input 2020.08.28 19:52 | Edit 2020.08.28 21:10\n"
        "Reporter Jang Min-ji",
        "[Anchor]",
        "[Report]",
        "[Reporter]",
        "KNTV News, Jang Min-ji.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe", "he"],
        "Kang Min-seok": ["Cheong Wa Dae spokesman Kang Min-seok", "Kang"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Seo Hyun-woo": ["Seo Hyun-woo, a professor of Japanese studies at Hannam Graduate School"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("regrets the sudden resignation announcement", "partial", "Kang Min-seok", "said in a statement"),
        (SEO, "direct", "Seo Hyun-woo", "said"),
    ],
    statements=[
        ("Japanese Prime Minister Shinzo Abe announced on Friday", ["Shinzo Abe"], "announced"),
        ("Seoul responded within hours", ["Government of South Korea"], "saying"),
        ("Abe, Japan's longest-serving prime minister, told", ["Shinzo Abe"], "told a news conference"),
        ("Cheong Wa Dae spokesman Kang Min-seok said", ["Kang Min-seok"], "said in a statement"),
        ("Kang said Seoul would keep working", ["Kang Min-seok"], "said"),
        (HAMBURG, ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        (GSOMIA, ["Government of South Korea"], "announced"),
        ("Experts here do not expect", [None], "do not expect"),
    ],
    timexes=[
        ("Input [[2020.08.28 19:52]]", "2020-08-28T19:52", None),
        ("Edit [[2020.08.28 21:10]]", "2020-08-28T21:10", None),
        ("on Friday", "2020-08-28", None),
        ("5 p.m.", "2020-08-28T17:00", None),
        ("July 2017", "2017-07", None),
        ("February 2018", "2018-02", None),
        ("that May", "2018-05", None),
        ("October 2018", "2018-10", None),
        ("the following July", "2019-07", None),
        ("effect [[in November]]", "2019-11", None),
        ("Christmas Eve last year", "2019-12-24", None),
        ("15 months", "P15M", None),
        ("June 2019", "2019-06", None),
        ("eight-second", "PT8S", None),
        ("the [[2015]] agreement", "2015", None),
        ("the [[1965]] treaty", "1965", None),
    ],
    summits=[
        dict(date="2017-07", place="Hamburg", country="DE", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=1, status="held", occasion="G20 summit", evidence=[HAMBURG]),
        dict(date="2018-02", place="PyeongChang", country="KR", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="Winter Olympics", evidence=[PYC]),
        dict(date="2018-05", place="Tokyo", country="JP", participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[PYC]),
        dict(date="2019-12-24", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[CHENGDU]),
    ],
    agreements=[
        dict(title="revive shuttle diplomacy (Hamburg)", kind="commitment", date="2017-07", parties=["JP", "KR"],
             status="referenced", evidence=[HAMBURG]),
        dict(title="GSOMIA", kind="treaty", date="2016-11", parties=["JP", "KR"], status="referenced", evidence=[GSOMIA]),
        dict(title="the 2015 agreement", kind="joint-statement", date="2015", parties=["JP", "KR"], status="referenced",
             evidence=[SEO]),
        dict(title="the 1965 treaty", kind="treaty", date="1965", parties=["JP", "KR"], status="referenced",
             evidence=[SEO]),
    ],
    notes=[
        "Invented Korean broadcaster web story (outlet 'KNTV News', reporter, professor and school invented; headline, Input/Edit line, reporter line, [Anchor]/[Report]/[Reporter] markers and sign-off are furniture; both stamps are annotated). The professor's quote is invented; 'regrets the sudden resignation announcement' is a fragment of the spokesman's statement as translated by the stored Yonhap copy.",
        "Real background, checked on stored pages: en.yna.co.kr AEN20200828011600315 (Cheong Wa Dae spokesman Kang Min-seok's statement on Friday 28 August regretting the sudden resignation announcement, wishing a speedy recovery, promising cooperation with the new prime minister; recurrence of ulcerative colitis); republicworld.com 2020-08-28 (same statement, cooperation with the successor and the new Cabinet). unseen16's checked notes for Hamburg (first Moon-Abe summit on 7 July 2017, shuttle diplomacy). From general knowledge and other corpora's titles: Abe's 5 p.m. news conference, the PyeongChang talks of February 2018, the Tokyo three-way summit of May 2018, the October 2018 Supreme Court ruling, the July 2019 export controls, the GSOMIA decision and its suspension in November 2019, the Chengdu talks of 24 December 2019 (first formal talks in 15 months), the eight-second handshake at Osaka in June 2019, the candidates named.",
        "Summits (4): Hamburg July 2017 ('first met' -> ordinal 1; sidelines of the G20), PyeongChang February 2018 ('held talks with Moon there'), the Tokyo three-way summit of May 2018, Chengdu on 24 December 2019. Not summits: the Osaka handshake, Abe's news conference.",
        "Agreements (4): the Hamburg shuttle-diplomacy commitment, GSOMIA (date 2016-11 from the public record, as unseen16), the 2015 agreement and the 1965 treaty named in the professor's quote (all referenced). Not agreements: the court ruling, the export controls, Seoul's GSOMIA decision and its suspension (unilateral acts).",
        "Timexes: 'that May' = 2018-05; 'the following July' = 2019-07; 'Christmas Eve last year' = 2019-12-24; 'within hours' and 'hours before' not annotated.",
    ],
)
