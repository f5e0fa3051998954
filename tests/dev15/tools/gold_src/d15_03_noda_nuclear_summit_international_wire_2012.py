# ruff: noqa: E501
LEDE = "Japanese Prime Minister Yoshihiko Noda used his turn"
TOLD = "Noda told the plenary session"
BUSIER = "Lee held bilateral talks with about 15 leaders"
SAW = "He saw Obama on Sunday"
KYOTO = "Lee and Noda had last held formal talks in December in Kyoto"
ROW = "That meeting was overshadowed by a row"
BEIJING = "The two are due to meet again in Beijing in May"
DEAL = "Washington says the launch would also void the deal"

GOLD = dict(
    published="2012-03-27",
    furniture=[
        "Japan's Noda strays from Seoul summit script to warn N. Korea over rocket\nby Claire Dumont",
        "SEOUL, March 27, 2012 (ALP) - ",
        "- ALP",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoshihiko Noda": ["Japanese Prime Minister Yoshihiko Noda", "Noda", "He", "his"],
        "Lee Myung-bak": ["South Korean President Lee Myung-bak", "Lee", "His host"],
        "Barack Obama": ["US President Barack Obama", "Obama"],
        "Hu Jintao": ["Chinese President Hu Jintao"],
        "Nursultan Nazarbayev": ["Kazakhstan's Nursultan Nazarbayev"],
        "Mario Monti": ["Italian Prime Minister Mario Monti"],
        "Julia Gillard": ["Australian Prime Minister Julia Gillard"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao"],
        "Government of North Korea": ["The North", "Pyongyang"],
        "Government of the United States": ["Washington"],
        "Mika Arnaud": ["Mika Arnaud, an Asia analyst at the Lisbon-based Institute for Ocean Affairs"],
        "Office of the President of South Korea": ["his office"],
    },
    quotes=[
        ("The whole world is asking Pyongyang for restraint", "direct", "Yoshihiko Noda", "said"),
        ("We ask it too, and we ask it clearly.", "direct", "Yoshihiko Noda", None),
        ("provocation", "partial", "Government of North Korea", "had warned"),
        ("Japan has the most to lose", "direct", "Mika Arnaud", "said"),
    ],
    statements=[
        (LEDE, ["Yoshihiko Noda"], "demand"),
        (TOLD, ["Yoshihiko Noda"], "told"),
        ("The North, which says the rocket", ["Government of North Korea"], "had warned"),
        (BUSIER, ["Office of the President of South Korea", "Lee Myung-bak"], "said"),
        (SAW, ["Mario Monti", "Julia Gillard"], "voiced concern"),
        (ROW, ["Lee Myung-bak"], "raised"),
        (DEAL, ["Government of the United States"], "says"),
    ],
    timexes=[
        ("SEOUL, [[March 27, 2012]]", "2012-03-27", None),
        ("in Seoul on [[Tuesday]] to", "2012-03-27", None),
        ("next month's", "2012-04", None),
        ("on [[Monday evening]]", "2012-03-26TEV", None),
        ("the second and final day", "2012-03-27", None),
        ("four days", "P4D", None),
        ("on [[Sunday]], and", "2012-03-25", None),
        ("and on [[Tuesday]] sat down", "2012-03-27", None),
        ("talks in [[December]] in Kyoto", "2011-12", None),
        ("Seoul in [[October]]", "2011-10", None),
        ("Beijing in [[May]]", "2012-05", None),
        ("February 29", "2012-02-29", None),
    ],
    summits=[
        dict(date="2012-03-25", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Barack Obama"], kind="sidelines", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[SAW]),
        dict(date="2012-03-27", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Mario Monti"], kind="sidelines", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[SAW]),
        dict(date="2012-03-27", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Julia Gillard"], kind="sidelines", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[SAW]),
        dict(date="2011-12", place="Kyoto", country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KYOTO, ROW]),
        dict(date="2011-10", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KYOTO]),
        dict(date="2012-05", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[BEIJING]),
    ],
    agreements=[
        dict(title="shuttle diplomacy agreed at the October 2011 Seoul summit", kind="commitment", date="2011-10",
             parties=["JP", "KR"], status="referenced", evidence=[KYOTO]),
        dict(title="U.S.-North Korea deal of February 29 (freeze for food aid)", kind="commitment", date="2012-02-29",
             parties=["KP", "US"], status="referenced", evidence=[DEAL]),
    ],
    notes=[
        "Invented international wire story (agency 'ALP', AFP style; reporter Claire Dumont, analyst Mika Arnaud and the Institute for Ocean Affairs are invented; headline, byline, dateline prefix and '- ALP' end mark are furniture; the dateline date is annotated). Noda's two direct quotes are invented (the real speech's wording is not reproduced); the analyst's quote is invented.",
        "Real facts, checked on stored pages: mofa.go.jp/policy/un/disarmament/arms/nuclear_security/2012/outline.html (Seoul NSS 26-27 March 2012, Noda attended events on 27 March, spoke fourth after Obama, Hu Jintao and Nazarbayev, Lee chaired); newsghana.com.gh (Reuters: Noda arrived at Gimpo on 26 March; used his speech to demand restraint over next month's launch; North Korea warned of a 'provocation'; February agreement with the U.S. to suspend tests in return for food aid); koreaherald.com ud=20120327001049 (Lee's bilateral talks with around 15 leaders over four days; Monti and Gillard on Tuesday; Obama 'last weekend'); koreaherald.com ud=20120326001008 (Yonhap: 240,000 tons of food aid, late February deal, uranium enrichment); asdnews.com (AFP: deal announced on February 29); japan.kantei.go.jp/noda/diplomatic/201112/18rok_e.html (Kyoto summit, 18 December 2011, revived shuttle diplomacy agreed at the October summit); mofa.go.jp/announce/jfpu/2012/05/0528-01.html (Noda-Lee in Beijing on 13 May 2012 at the trilateral summit). From general knowledge: Lee-Obama on Sunday 25 March 2012; Wen Jiabao as the Chinese participant in Beijing; Lee's raising of the comfort women issue in Kyoto (also in unseen8's title). Noda's arrival 'in the evening' is invented.",
        "Summits (6): Lee-Obama (Sunday 25 March), Lee-Monti and Lee-Gillard (Tuesday), recorded as sideline meetings of the Nuclear Security Summit; Kyoto (December 2011) and Seoul (October 2011) Lee-Noda summits; the planned Beijing trilateral with Wen (May 2012). Not summits: the plenary session, 'about 15 leaders' (aggregate).",
        "Agreements (2): the shuttle-diplomacy commitment of October 2011 (referenced) and the U.S.-North Korea 'Leap Day' deal (commitment: two separate announcements, no joint text; referenced). Not agreements: the UN Security Council resolutions (not between the governments as parties to a deal).",
        "Timexes: 'next month's' = 2012-04; 'Monday evening' = 2012-03-26TEV; 'the second and final day' = 27 March; 'December' and 'October' in past clauses are 2011; 'in May' in a future clause is 2012-05.",
    ],
)
