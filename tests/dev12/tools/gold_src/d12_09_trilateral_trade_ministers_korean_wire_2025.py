# ruff: noqa: E501
LEAD = "The trade ministers of South Korea, China and Japan agreed Sunday"
HOST = "Industry Minister Ahn Duk-geun hosted"
JS = "In a joint statement adopted after"
SUMMIT = "The ministers' meeting follows up on the trilateral summit"
FIRST = "That summit was the first among the three countries' leaders"
RCEP = "All three countries already belong to RCEP"
RCEP15 = ["AU", "BN", "KH", "CN", "ID", "JP", "LA", "MY", "MM", "NZ", "PH", "SG", "KR", "TH", "VN"]

GOLD = dict(
    published="2025-03-30",
    furniture=[
        "(LEAD) S. Korea, China, Japan trade chiefs agree to speed up FTA push in first talks in over 5 yrs\n(ATTN: ADDS bilateral meetings in para 8, analyst comment)",
        "SEOUL, March 30 (KNS) -- ",
        "kdh@kns.co.kr\n(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Ahn Duk-geun": ["Industry Minister Ahn Duk-geun", "Ahn", "He"],
        "Yoji Muto": ["Japan's Minister of Economy, Trade and Industry Yoji Muto", "Muto"],
        "Wang Wentao": ["Chinese Commerce Minister Wang Wentao", "Wang"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol"],
        "Fumio Kishida": ["then Japanese Prime Minister Fumio Kishida"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
        "Moon Jae-in": [],
        "Shinzo Abe": [],
        "Li Keqiang": [],
        "Ministry of Trade, Industry and Energy": ["the ministry"],
        "Park Ji-hoon": ["Park Ji-hoon, a research fellow at the Korea Institute for Trade Policy Studies"],
    },
    quotes=[
        ("comprehensive and high-level", "partial", None, "agreed"),
        ("When unilateral measures shake", "direct", "Ahn Duk-geun", "said in his opening remarks"),
        ("It is a useful signal", "direct", "Park Ji-hoon", "said"),
        ("The FTA talks have been stuck", "direct", "Park Ji-hoon", None),
    ],
    statements=[
        (LEAD, ["Ahn Duk-geun", "Yoji Muto", "Wang Wentao"], "agreed"),
        (JS, ["Ahn Duk-geun", "Yoji Muto", "Wang Wentao"], "pledged"),
        (SUMMIT, ["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], "agreed"),
        ("Ahn held separate talks with Wang", ["Ministry of Trade, Industry and Energy"], "said"),
        ("Some analysts cautioned", [None], "cautioned"),
    ],
    timexes=[
        ("SEOUL, [[March 30]]", "2025-03-30", None),
        ("agreed [[Sunday]]", "2025-03-30", None),
        ("since [[December 2019]]", "2019-12", None),
        ("roughly two-hour", "PT2H", "APPROX"),
        ("May last year", "2024-05", None),
        ("four and a half years", "P4Y6M", None),
        ("meeting of [[December 2019]]", "2019-12", None),
        ("2013", "2013", None),
        ("November 2020", "2020-11", None),
        ("on Wednesday", "2025-04-02", None),
        ("on Saturday", "2025-03-29", None),
        ("on Sunday", "2025-03-30", None),
        ("a decade", "P10Y", None),
    ],
    summits=[
        dict(date="2024-05", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], kind="trilateral", ordinal=None,
             status="held", evidence=[SUMMIT, FIRST]),
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", evidence=[FIRST]),
    ],
    agreements=[
        dict(title="joint statement of the trilateral economic and trade ministers' meeting", kind="joint-statement",
             date="2025-03-30", parties=["CN", "JP", "KR"], status="agreed", evidence=[JS]),
        dict(title="work together toward a comprehensive and high-level three-way FTA", kind="commitment",
             date="2025-03-30", parties=["CN", "JP", "KR"], status="agreed", evidence=[LEAD]),
        dict(title="step up implementation of RCEP", kind="commitment", date="2025-03-30",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[JS]),
        dict(title="work toward expanding RCEP membership", kind="commitment", date="2025-03-30",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[JS]),
        dict(title="hold the next trade ministers' meeting in Japan", kind="commitment", date="2025-03-30",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[JS]),
        dict(title="keep discussing ways to accelerate the trilateral FTA negotiations (leaders, 2024)", kind="commitment",
             date="2024-05", parties=["CN", "JP", "KR"], status="referenced", evidence=[SUMMIT]),
        dict(title="Regional Comprehensive Economic Partnership (RCEP)", kind="treaty", date="2020-11",
             parties=RCEP15, status="referenced", evidence=[RCEP]),
    ],
    notes=[
        "Invented Korean wire story in Yonhap style: '(LEAD)' headline, ATTN line, agency dateline prefix, e-mail line and '(END)' are furniture (the dateline date is annotated). Agency 'KNS', the analyst Park Ji-hoon and the 'Korea Institute for Trade Policy Studies' are invented; Ahn's direct quote and the analyst's quotes are invented; the length of the session ('roughly two-hour') is invented. 'comprehensive and high-level' reproduces three words of the ministers' joint statement as reported (speaker null: a jointly issued document).",
        "Facts checked on stored pages: mia.mk (dpa, Seoul, 30 March 2025: trade ministers agreed on Sunday to push ahead with an FTA, first in six years, joint statement, Ahn received Muto and Wang); japantimes.co.jp 2025/03/30 (first trilateral trade ministers' meeting in over five years; agreed to speed up FTA negotiations started in 2012); openkorea.org (first since December 2019 in Beijing; follow-up to the May 2024 Seoul summit; MOTIE statement: comprehensive and high-level FTA, RCEP membership expansion, WTO reform; talks began in 2013; car tariffs from 2 April); particle.news (RCEP implementation; next meeting in Japan); biz.chosun.com 2025-03-27 (bilateral meetings: Ahn-Wang on the 29th, Ahn-Muto on the 30th); news.devevil.com (DW: tariffs to be announced on Wednesday). General knowledge: Yoon suspended pending the Constitutional Court ruling (he was removed on 4 April 2025); the Seoul trilateral of 27 May 2024 with Kishida and Li Qiang and its FTA language; the Chengdu trilateral of December 2019; RCEP signed in November 2020 by fifteen countries.",
        "Summits (2): the Seoul trilateral of May 2024 and the Chengdu trilateral of December 2019 (participants from the public record). Not summits: the ministers' trilateral and bilateral meetings.",
        "Agreements (7): the ministers' joint statement (adopted: agreed) and four commitments it carries (FTA; RCEP implementation and RCEP expansion, split from one clause; next meeting in Japan), the leaders' 2024 commitment (referenced), RCEP (treaty, fifteen parties). Not agreements: U.S. tariffs (unilateral), the FTA talks as such.",
        "Timexes: 'in the coming days' and 'days before' are vague and not annotated; 'a decade' = P10Y; 'four and a half years' = P4Y6M; 'on Wednesday' = 2025-04-02 (future).",
    ],
)
