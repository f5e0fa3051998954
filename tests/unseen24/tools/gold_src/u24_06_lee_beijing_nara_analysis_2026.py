# ruff: noqa: E501
FEW = "Few South Korean presidents have tried what Lee Jae Myung attempted"
BEIJING = "In Beijing, Lee sat down with Xi Jinping at the Great Hall of the People"
XI = "Xi used the occasion to remind his guest"
TV = "He told Chinese television before the trip"
NARA = "On January 13 he was in Nara"
WARM = "The choreography was warm"
DNA = "The governments agreed to cooperate on DNA testing"
ECON = "Takaichi and Lee also agreed to deepen talks between their agencies"
SHUTTLE = "And they agreed, once more, to keep the"
GJ = "Lee met Takaichi for the first time in Gyeongju on October 30"
SWAP = "Two days later, Lee and Xi renewed their 70 trillion-won currency swap"
PARK = "Park's own attempt at equidistance ended badly"
ADV = "Lee's advisers insist the comparison is unfair."
TOKYO = "Beijing will expect something for its warmth"
RETURN = "Takaichi said at the joint press occasion"
SIXTY = "Both leaders marked last year's 60th anniversary"

GOLD = dict(
    published="2026-01-16",
    furniture=[
        "ANALYSIS | Eight days, two capitals: Lee's January test of standing between Beijing and Tokyo\n"
        "By Marguerite Okonkwo-Park, senior analyst\n"
        "The Ginkgo Review | Published January 16, 2026",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["Lee", "He", "his guest"],
        "Xi Jinping": ["Xi"],
        "Li Qiang": ["Premier Li Qiang"],
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi", "Takaichi", "she"],
        "Park Geun-hye": ["Park"],
        "Shinzo Abe": ["Shinzo Abe"],
        "Li Keqiang": ["Li Keqiang"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("Japanese militarism", "partial", "Xi Jinping", "remind"),
        ("a new chapter", "partial", "Lee Jae Myung", "spoke of"),
        ("We are not choosing between neighbors", "direct", None, "told me"),
        ("the next 60 years", "partial", None, "promises"),
    ],
    statements=[
        (XI, ["Xi Jinping"], "remind"),
        (TV, ["Lee Jae Myung"], "told"),
        (DNA, ["Sanae Takaichi", "Lee Jae Myung"], "agreed"),
        (ECON, ["Sanae Takaichi", "Lee Jae Myung"], "agreed"),
        (SHUTTLE, ["Sanae Takaichi", "Lee Jae Myung"], "agreed"),
        (ADV, [None], "insist"),
        (TOKYO, ["Government of Japan"], "signaled"),
        (RETURN, ["Sanae Takaichi"], "said"),
        (SIXTY, ["Lee Jae Myung", "Sanae Takaichi"], "promises"),
    ],
    timexes=[
        ("ANALYSIS | [[Eight days]]", "P8D", None),
        ("Lee's [[January]] test", "2026-01", None),
        ("January 16, 2026", "2026-01-16", None),
        ("the first fortnight of this year", "2026-01", "START"),
        ("[[eight days]] apart", "P8D", None),
        ("January 5", "2026-01-05", None),
        ("the next day", "2026-01-06", None),
        ("more than 80 years ago", "1946", "BEFORE"),
        ("contingency in [[November]]", "2025-11", None),
        ("January 13", "2026-01-13", None),
        ("roughly 90 minutes", "PT90M", "APPROX"),
        ("20-minute", "PT20M", None),
        ("the second day", "2026-01-14", None),
        ("1942", "1942", None),
        ("October 30", "2025-10-30", None),
        ("the day before", "2025-10-30", None),
        ("Two days later", "2025-11-01", None),
        ("July 2014", "2014-07", None),
        ("September 2015", "2015-09", None),
        ("within a year", "P1Y", "LESS_THAN"),
        ("last year's", "2025", None),
        ("1965", "1965", None),
        ("the next 60 years", "P60Y", None),
        ("summits in [[eight days]]", "P8D", None),
        ("a year from now", "2027-01", None),
    ],
    summits=[
        dict(date="2026-01-05", place="Beijing", country="CN", participants=["Lee Jae Myung", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FEW, BEIJING, XI]),
        dict(date="2026-01-06", place="Beijing", country="CN", participants=["Lee Jae Myung", "Li Qiang"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[BEIJING]),
        dict(date="2026-01-13", place="Nara", country="JP", participants=["Lee Jae Myung", "Sanae Takaichi"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FEW, NARA, WARM]),
        dict(date="2025-10-30", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Sanae Takaichi"],
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[GJ]),
        dict(date="2025-10-31", place="Gyeongju", country="KR", participants=["Sanae Takaichi", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[GJ]),
        dict(date="2025-11-01", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[SWAP]),
        dict(date="2014-07", place="Seoul", country="KR", participants=["Park Geun-hye", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SWAP]),
        dict(date="2015", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[PARK]),
    ],
    agreements=[
        dict(title="cooperate on DNA testing of remains from the Chosei coal mine", kind="commitment", date="2026-01-13",
             parties=["JP", "KR"], status="agreed", evidence=[DNA]),
        dict(title="deepen interagency talks on economic security", kind="commitment", date="2026-01-13",
             parties=["JP", "KR"], status="agreed", evidence=[ECON]),
        dict(title="act together against scam rings, Japan joining the council led by Korea's police", kind="commitment", date="2026-01-13",
             parties=["JP", "KR"], status="agreed", evidence=[ECON]),
        dict(title="keep shuttle diplomacy going", kind="commitment", date="2026-01-13",
             parties=["JP", "KR"], status="agreed", evidence=[SHUTTLE]),
        dict(title="70 trillion-won currency swap", kind="mou", date="2025-11-01",
             parties=["CN", "KR"], status="referenced", evidence=[SWAP]),
        dict(title="1965 treaty", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[SIXTY]),
    ],
    notes=[
        "Invented analysis of an invented outlet (The Ginkgo Review) by an invented analyst; headline, byline and stamp are furniture (headline duration and stamp date annotated). The unnamed official's quote is invented; 'Japanese militarism', 'a new chapter' and 'the next 60 years' follow real reported wording of Xi and Lee.",
        "Real facts, checked on stored pages: anews.com.tr 2026-01-04 and allthe.news (Lee in Beijing from 4 January, talks with Xi on Monday 5 January, Premier Li Qiang on 6 January, luncheon; Xi's remark about resisting Japanese militarism over 80 years ago; Lee's 'new chapter'; the CCTV interview on the one-China principle); koreajoongangdaily 2026-01-13 (China-Japan row over Takaichi's Taiwan remarks; Nara summit); japan-forward.com (about 90 minutes, 20-minute small-group meeting, economic security); newsonjapan 148114 (dinner with Nara produce; Horyuji on 14 January with Takaichi as guide); japannews.yomiuri 20260113-303786 (DNA testing of Chosei mine remains, 183 dead, Yamaguchi; 60th anniversary last year); analyze.news (1942 flood); metaqsol.com (joint response to scams, Japan joining the council led by the Korean National Police Agency); japan.kantei.go.jp/104/statement/202601/13kyoudou_happyou.html (shuttle diplomacy; Takaichi looks forward to visiting the ROK); asiatoday 20251028000950101 and overviewpress (Gyeongju meetings of 30 and 31 October); koreaherald 10606663 and biz.chosun (Lee-Xi, 1 November, swap); ccasindia and koreaherald 20140702001161 (Xi in Seoul, July 2014); apextranslation.co.kr (Park at the parade, 3 September 2015); english.hani 715069 (Seoul trilateral, 1 November 2015). From general knowledge: the month of Takaichi's Taiwan remarks (November 2025), that the Takaichi-Xi meeting of 31 October took place, and that Japan is the next host of the three-way summit.",
        "Summits (8): Lee-Xi and Lee-Li Qiang in Beijing; Nara (ordinal not stated in the text, left null); Gyeongju Lee-Takaichi ('for the first time', ordinal 1), Takaichi-Xi ('the day before' is 30 October), Lee-Xi; Park-Xi in Seoul (July 2014); the Seoul trilateral 'weeks later' than September 2015, dated 2015. Not summits: Park at the parade, Takaichi's return visit (no date fixed), the Japan-hosted three-way summit.",
        "Agreements (6): four Nara commitments (DNA testing; economic security and scams split from one sentence; shuttle diplomacy); the swap and the 1965 treaty, referenced. Lee's one-China remark is unilateral. 'shuttle diplomacy' is a term, not a quote. 'more than 80 years ago' is dated 1946 with BEFORE; 'a year from now' is 2027-01.",
    ],
)
