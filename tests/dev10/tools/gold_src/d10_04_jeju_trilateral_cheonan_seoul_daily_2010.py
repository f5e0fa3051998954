# ruff: noqa: E501
LEDE = "Japanese Prime Minister Yukio Hatoyama and Chinese Premier Wen Jiabao wrapped up"
JPS = "The three countries will continue to consult closely"
NONAME = "The statement did not name North Korea"
OPENED = "The third trilateral summit opened Saturday afternoon"
FIRST = "In the first session, the leaders adopted"
STD = "They also adopted joint statements on standardization"
AHEAD = "Ahead of the opening session Saturday"
SINCE = "The Jeju meeting was the first three-way summit since"
FUK = "The first one was held in Fukuoka"
ALL3 = ["Lee Myung-bak", "Yukio Hatoyama", "Wen Jiabao"]

GOLD = dict(
    published="2010-05-30",
    furniture=[
        "Korea, Japan, China vow to 'closely consult' on Cheonan\nLeaders adopt Vision 2020, sign off on permanent secretariat",
        "Posted : 2010-05-30 18:05\nUpdated : 2010-05-30 20:31",
        "By Kang Yoo-jin\nStaff reporter",
        "JEJU ISLAND - ",
        "kangyj@jongnodaily.co.kr",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Yukio Hatoyama": ["Japanese Prime Minister Yukio Hatoyama", "Hatoyama"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen", "the Chinese premier"],
        "Taro Aso": [],
        "Park Seon-hwa": ["Park Seon-hwa, a professor of international relations at Halla University"],
    },
    quotes=[
        ("The three countries will continue to consult closely", "direct", None, "said in a joint press statement"),
        ("responsible members of the international community,", "partial", "Lee Myung-bak", "said"),
        ("The most pressing task is to ease tension", "direct", "Wen Jiabao", "said"),
        ("China signed on to the language of consultation", "direct", "Park Seon-hwa", "said"),
        ("For Seoul, that is half a loaf.", "direct", "Park Seon-hwa", None),
    ],
    statements=[
        (LEDE, ALL3, "pledging"),
        ("Hatoyama and Wen offered condolences", ["Yukio Hatoyama", "Wen Jiabao"], "offered condolences"),
        ("Lee said he expected Tokyo and Beijing", ["Lee Myung-bak"], "said"),
        (AHEAD, ["Yukio Hatoyama"], "repeated"),
        ("Observers said the outcome fell short", [None], "said"),
    ],
    timexes=[
        ("Posted : [[2010-05-30 18:05]]", "2010-05-30T18:05", None),
        ("Updated : [[2010-05-30 20:31]]", "2010-05-30T20:31", None),
        ("two-day", "P2D", None),
        ("Jeju Island, [[Sunday]]", "2010-05-30", None),
        ("concluded [[earlier this month]]", "2010-05", None),
        ("March 26", "2010-03-26", None),
        ("opened [[Saturday afternoon]]", "2010-05-29TAF", None),
        ("in Korea [[next year]]", "2011", None),
        ("opening session [[Saturday]]", "2010-05-29", None),
        ("Beijing [[last October]]", "2009-10", None),
        ("December 2008", "2008-12", None),
        ("in [[2011]]", "2011", None),
    ],
    summits=[
        dict(date="2010-05", place="Jeju Island", country="KR", participants=ALL3, kind="trilateral", ordinal=3,
             status="held", occasion=None, evidence=[LEDE, OPENED, FIRST, SINCE]),
        dict(date="2010-05-29", place="Jeju Island", country="KR", participants=["Yukio Hatoyama", "Lee Myung-bak"], kind="sidelines", ordinal=None,
             status="held", occasion="Korea-Japan-China trilateral summit", evidence=[AHEAD]),
        dict(date="2009-10", place="Beijing", country="CN", participants=ALL3, kind="trilateral", ordinal=2,
             status="held", occasion=None, evidence=[SINCE]),
        dict(date="2008-12", place="Fukuoka", country="JP", participants=["Lee Myung-bak", "Taro Aso", "Wen Jiabao"], kind="trilateral", ordinal=1,
             status="held", occasion=None, evidence=[FUK]),
        dict(date="2011", place=None, country="JP", participants=ALL3, kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[FUK]),
    ],
    agreements=[
        dict(title="joint press statement on the Cheonan (continue to consult closely and deal with the matter appropriately)", kind="joint-statement", date="2010-05-30",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[LEDE, JPS, NONAME]),
        dict(title="Trilateral Cooperation Vision 2020", kind="joint-statement", date="2010-05-29",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[FIRST]),
        dict(title="memorandum on setting up a permanent secretariat in Korea", kind="mou", date="2010-05-29",
             parties=["CN", "JP", "KR"], status="signed", evidence=[FIRST]),
        dict(title="joint statement on standardization", kind="joint-statement", date="2010-05-29",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[STD]),
        dict(title="joint statement on science and innovation", kind="joint-statement", date="2010-05-29",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[STD]),
    ],
    notes=[
        "Invented Seoul daily story ('The Jongno Daily', reporter Kang Yoo-jin, professor Park Seon-hwa and 'Halla University' affiliation as written are invented; headline, deck, Posted/Updated lines, byline, dateline and e-mail line are furniture; the stamps are annotated). The wording of the joint press statement quote is a paraphrase (speaker null: it is the three leaders' joint text); Lee's and Wen's words are reworded from reported remarks; the stamp times are invented.",
        "Facts checked on stored pages: koreatimes.co.kr 2010-05-30 (two-day trilateral summit on Jeju ended Sunday; sinking on March 26; joint statement did not mention North Korea; condolences); english.chosun.com 2010-05-31 (joint press release: 'continue to closely consult and properly address the matter'; International Convention Center Jeju); 17cwd.eng.pa.go.kr uno=3313 (third trilateral, May 29-30; Lee's 'responsible members' remark; Wen on avoiding conflict); oananews.org/node/124960 (Kyodo: silence on Hatoyama's proposal; Hatoyama held talks with Lee ahead of the summit; support for taking the issue to the Security Council; investigation concluded the previous week, 1,200-ton Cheonan, 46 sailors); world.kbs.co.kr Seq_Code=72935 (opened Saturday afternoon; Vision 2020 adopted in the first session; secretariat in Korea in 2011; joint statements on standards and science and innovation); japan.kantei.go.jp/hatoyama/statement/201005/30JCKkyoudou_e.html (memorandum on the secretariat); chinadaily 2015-10-27 list (earlier summits); gov-online.go.jp (Japan hosted in 2011).",
        "Summits (5): Jeju trilateral (ordinal 3; a two-day meeting dated 2010-05 because summit dates may not be intervals), the Hatoyama-Lee talks ahead of the opening session (kind sidelines, occasion the trilateral summit), Beijing October 2009 (ordinal 2), Fukuoka December 2008 (ordinal 1, Aso from the public record), the planned 2011 summit in Japan (participants as at publication).",
        "Agreements (5): the Cheonan joint press statement (the lede's pledge is the same course of action, one record); Vision 2020 (a jointly adopted document, kind joint-statement by the closest category); the secretariat memorandum (mou, 'signed'); two joint statements from one sentence (standardization; science and innovation). Not agreements: the moment of silence Hatoyama suggested (a gesture), Japan's backing for a Security Council referral (unilateral).",
        "Timexes: 'Saturday afternoon' = 2010-05-29TAF; 'next year' = 2011; 'the coming decade' is not annotated (no calendar anchor given).",
    ],
)
