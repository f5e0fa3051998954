# ruff: noqa: E501
LEDE = "have agreed to launch a second joint committee of historians"
MET = "The two leaders met for about two hours at Cheong Wa Dae"
PANEL = "The second history research committee will include"
SIX = "The leaders also pledged to keep cooperating"
UNLIKE = "Unlike their previous two meetings"
YEAR = "The meeting comes in a year both governments"
FIRST = "Koizumi first held talks with Roh in February 2003"
BOTH = ["Roh Moo-hyun", "Junichiro Koizumi"]

GOLD = dict(
    published="2005-06-20",
    furniture=[
        "Roh, Koizumi Agree on New History Panel but Stay Apart on Yasukuni\nWrite: 2005-06-20 19:42:08 / Update: 2005-06-20 22:10:51",
        "Reporter : Yoon Ha-neul\n[Photo : YONHAP News]",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Roh Moo-hyun": ["President Roh Moo-hyun", "Roh", "the president"],
        "Junichiro Koizumi": ["Japanese Prime Minister Junichiro Koizumi", "Koizumi", "The Prime Minister"],
    },
    quotes=[
        ("We tried hard to understand each other", "direct", "Roh Moo-hyun", "said"),
    ],
    statements=[
        (LEDE, BOTH, "agreed"),
        ("Roh described the talks as honest and sincere", ["Roh Moo-hyun"], "described"),
        ("During the talks, Roh urged Koizumi", ["Roh Moo-hyun"], "urged"),
        ("Koizumi said his government would consider a new facility", ["Junichiro Koizumi", "Roh Moo-hyun"], "said"),
        (PANEL, [None], "said"),
        (SIX, BOTH, "pledged"),
        ("Koizumi, for his part, said Japan would reflect", ["Junichiro Koizumi"], "said"),
    ],
    timexes=[
        ("Write: [[2005-06-20 19:42:08]]", "2005-06-20T19:42:08", None),
        ("Update: [[2005-06-20 22:10:51]]", "2005-06-20T22:10:51", None),
        ("about two hours", "PT2H", "APPROX"),
        ("Monday afternoon", "2005-06-20TAF", None),
        ("last July", "2004-07", None),
        ("Japan in [[December]]", "2004-12", None),
        ("[[Monday]]'s summit", "2005-06-20", None),
        ("the [[1965]] treaty", "1965", None),
        ("February 2003", "2003-02", None),
        ("returns home [[Tuesday]]", "2005-06-21", None),
    ],
    summits=[
        dict(date="2005-06-20", place="Seoul", country="KR", participants=BOTH, kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[MET, UNLIKE, YEAR]),
        dict(date="2004-07", place="Seogwipo", country="KR", participants=BOTH, kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[UNLIKE]),
        dict(date="2004-12", place="Ibusuki", country="JP", participants=BOTH, kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[UNLIKE]),
        dict(date="2003-02", place="Seoul", country="KR", participants=BOTH, kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[FIRST]),
    ],
    agreements=[
        dict(title="launch a second joint history research committee (with a textbook panel)", kind="commitment", date="2005-06-20",
             parties=["JP", "KR"], status="agreed", evidence=[LEDE, PANEL]),
        dict(title="keep cooperating toward an early resumption of the six-party talks", kind="commitment", date="2005-06-20",
             parties=["JP", "KR"], status="agreed", evidence=[SIX]),
        dict(title="1965 treaty normalizing ties", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[YEAR]),
        dict(title="designation of 2005 as a year of friendship", kind="commitment", date=None,
             parties=["JP", "KR"], status="referenced", evidence=[YEAR]),
    ],
    notes=[
        "Invented Korean broadcaster web story (reporter Yoon Ha-neul and the Write/Update times are invented; headline, stamps, reporter and photo-credit lines are furniture; the stamps are annotated). Roh's quote and the paraphrased remarks are reworded from reported remarks.",
        "Facts checked on stored pages: mofa.go.jp/region/asia-paci/korea/meet0506.html (summit of about two hours at Cheong Wa Dae on June 20, 2005, dinner hosted by Roh; visit June 20-21); chinadaily.com.cn 2005-06-21 (two-hour meeting; Roh urged an end to Yasukuni visits and proposed a new memorial; Koizumi would consider it taking public opinion into account; remarks in the gardens, no questions); english.china.org.cn 132658 ('no agreement'; second joint research committee and a textbook body; Koizumi on reflecting on the past); voanews.com 2005-06-20 (six-party cooperation; the previous two meetings at resorts in casual dress); japan.kantei.go.jp/koizumiphoto/2004/07/21nikkan_e.html (Seogwipo, July 2004; 2005 as the 40th anniversary year); mofa.go.jp/region/asia-paci/korea/meet0412.html (Ibusuki, 17 December 2004; Japan-Korea Friendship Year 2005); mofa.go.jp/announce/event/2003/2/0218.html (Koizumi to attend Roh's inauguration on 25 February 2003 and hold a summit). The 1965 treaty's year is general knowledge.",
        "Summits (4): Seoul 20 June 2005 (talks and dinner counted once), Seogwipo July 2004, Ibusuki December 2004, Seoul February 2003 (ordinal 1: 'first held talks'). The negated agreement on Yasukuni is not a record.",
        "Agreements (4): the second history committee (the textbook panel is part of the same course), six-party cooperation, the 1965 treaty (referenced), the friendship year (referenced, undated in the text, date null). Not agreements: Roh's suggestion of a separate memorial and Koizumi's promise to consider it (a unilateral Japanese measure, not a joint course of action).",
        "Timexes: 'in December' in a past clause = 2004-12; '1965' in 'the 1965 treaty' is annotated. '40th anniversary' is an ordinal.",
    ],
)
