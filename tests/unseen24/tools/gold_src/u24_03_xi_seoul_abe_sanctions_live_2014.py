# ruff: noqa: E501
BANQUET = "Park and Xi are now at the state banquet at Cheong Wa Dae."
SUGA = "Chief Cabinet Secretary Yoshihide Suga, asked at his evening news conference"
DOOR = "He repeated that Japan's door to summits"
HAGUE = "Park and Prime Minister Shinzo Abe have still not held a bilateral summit"
ABEXI = "Abe has said he hopes to talk with Xi at the APEC meeting"
HEAD = "16:30 KST - Joint statement: FTA by year-end"
PC = "At the joint press conference, Park said she and Xi had agreed"
JS = "In their joint statement the leaders reaffirmed"
SIGNED = "The two governments signed 12 documents"
XI = "Xi said the nuclear issue had to be settled"
ABE = "Abe announced this afternoon that Japan will lift"
STOCK = "The move follows the agreement Japanese and North Korean negotiators reached"
BRIEFED = "Seoul officials said they had been briefed in advance."
UNDER = "12:50 KST - Summit under way"
SESS = "The small-group session began shortly after the welcome ceremony"
JU = "Senior presidential secretary Ju Chul-ki had predicted"
APEC = "Park and Xi are expected to see each other again at APEC"
TRI = "The three-way summit of Korea, China and Japan, last held in Beijing"

GOLD = dict(
    published="2014-07-03",
    furniture=[
        "LIVE: Xi in Seoul for first state visit; Tokyo eases North Korea sanctions the same day\n"
        "The Jongno Daily | Live updates | Last updated: Thursday, July 3, 2014, 21:40 KST",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["Park", "she"],
        "Xi Jinping": ["Xi"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga", "He"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Barack Obama": ["President Barack Obama"],
        "Ju Chul-ki": ["Senior presidential secretary Ju Chul-ki"],
        "Lee Myung-bak": ["President Lee Myung-bak"],
        "Yoshihiko Noda": ["Prime Minister Yoshihiko Noda"],
        "Wen Jiabao": ["Premier Wen Jiabao"],
        "Chung Hong-won": ["Prime Minister Chung Hong-won"],
        "Chung Ui-hwa": ["National Assembly Speaker Chung Ui-hwa"],
    },
    quotes=[
        ("always open", "partial", "Yoshihide Suga", "repeated"),
        ("firm opposition", "partial", None, "reaffirmed"),
        ("We agreed that there can be no nuclear weapons", "direct", "Park Geun-hye", "told reporters"),
        ("through dialogue", "partial", "Xi Jinping", "said"),
        ("upgrade", "partial", "Ju Chul-ki", "had predicted"),
    ],
    statements=[
        (SUGA, ["Yoshihide Suga"], "said"),
        (DOOR, ["Yoshihide Suga"], "repeated"),
        (ABEXI, ["Shinzo Abe"], "has said"),
        (PC, ["Park Geun-hye"], "said"),
        (JS, ["Park Geun-hye", "Xi Jinping"], "reaffirmed"),
        (XI, ["Xi Jinping"], "said"),
        (ABE, ["Shinzo Abe"], "announced"),
        (BRIEFED, [None], "said"),
        (SESS, [None], "said"),
        (JU, ["Ju Chul-ki"], "had predicted"),
    ],
    timexes=[
        ("Thursday, July 3, 2014, 21:40 KST", "2014-07-03T21:40", None),
        ("sanctions [[the same day]]", "2014-07-03", None),
        ("FTA by [[year-end]]", "2014", "END"),
        ("[[21:40 KST]] - That's all", "2014-07-03T21:40", None),
        ("all for [[today]]", "2014-07-03", None),
        ("Chung Ui-hwa on [[Friday]]", "2014-07-04", None),
        ("tomorrow", "2014-07-04", None),
        ("18:05 KST", "2014-07-03T18:05", None),
        ("his [[evening]] news", "2014-07-03TEV", None),
        ("The Hague in [[March]]", "2014-03", None),
        ("Beijing in [[November]], but", "2014-11", None),
        ("16:30 KST", "2014-07-03T16:30", None),
        ("the end of this year", "2014", "END"),
        ("$300 billion by [[2015]]", "2015", None),
        ("June last year", "2013-06", None),
        ("14:20 KST", "2014-07-03T14:20", None),
        ("this afternoon", "2014-07-03TAF", None),
        ("late May", "2014-05", "END"),
        ("Tuesday", "2014-07-01", None),
        ("approve it on [[Friday]]", "2014-07-04", None),
        ("12:50 KST", "2014-07-03T12:50", None),
        ("about three hours", "PT3H", "APPROX"),
        ("Wednesday", "2014-07-02", None),
        ("Beijing in [[November]].", "2014-11", None),
        ("11:00 KST", "2014-07-03T11:00", None),
        ("about 11 a.m.", "2014-07-03T11:00", "APPROX"),
        ("two-day", "P2D", None),
        ("two days after", "2014-07-03", None),
        ("May 2012", "2012-05", None),
        ("the following year", "2013", None),
    ],
    summits=[
        dict(date="2014-07-03", place="Seoul", country="KR", participants=["Park Geun-hye", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[BANQUET, SUGA, PC, UNDER, SESS, JU]),
        dict(date="2014-03", place="The Hague", country="NL", participants=["Park Geun-hye", "Shinzo Abe", "Barack Obama"],
             kind="trilateral", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[HAGUE]),
        dict(date="2014-11", place="Beijing", country="CN", participants=["Park Geun-hye", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="planned", occasion="APEC", evidence=[APEC]),
        dict(date="2013-06", place="Beijing", country="CN", participants=["Park Geun-hye", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[JS]),
        dict(date="2012-05", place="Beijing", country="CN", participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[TRI]),
    ],
    agreements=[
        dict(title="Korea-China joint statement", kind="joint-statement", date="2014-07-03",
             parties=["CN", "KR"], status="agreed", evidence=[HEAD, JS]),
        dict(title="wrap up free trade agreement negotiations by the end of the year", kind="commitment", date="2014-07-03",
             parties=["CN", "KR"], status="agreed", evidence=[HEAD, PC]),
        dict(title="lift two-way trade to $300 billion by 2015", kind="commitment", date="2014-07-03",
             parties=["CN", "KR"], status="agreed", evidence=[HEAD, PC]),
        dict(title="consular agreement", kind="treaty", date="2014-07-03",
             parties=["CN", "KR"], status="signed", evidence=[SIGNED]),
        dict(title="open a market for direct trading between the won and the yuan", kind="commitment", date="2014-07-03",
             parties=["CN", "KR"], status="agreed", evidence=[SIGNED]),
        dict(title="communique issued in Beijing in June 2013", kind="joint-statement", date="2013-06",
             parties=["CN", "KR"], status="referenced", evidence=[JS]),
        dict(title="Japan-North Korea agreement reached in Stockholm", kind="commitment", date="2014-05",
             parties=["JP", "KP"], status="referenced", evidence=[STOCK]),
    ],
    notes=[
        "Invented live page of an invented Seoul daily (The Jongno Daily); headline and stamp line are furniture (the stamp is annotated); entry times and headings are content. All entry times, the landing time and the remarks given to Park, Suga and Ju Chul-ki are invented; 'firm opposition' and Xi's 'through dialogue' follow real reported wording; 'Seoul officials said they had been briefed in advance' is invented.",
        "Real facts, checked on stored pages: koreaherald 20140702001161 (Xi's two-day state visit from Thursday, first Chinese leader to visit the South before the North, Japan's Tuesday decision on collective self-defense, Ju Chul-ki senior secretary); thebricspost.com 2014-07-02 and 2014-07-04 (Ju's Wednesday briefing; Xi to meet Speaker Chung Ui-hwa and Prime Minister Chung Hong-won on Friday; FTA to be concluded this year; $300 billion trade target by 2015; 12 agreements; yuan clearing offer); ccasindia.org (three-hour meeting; joint statement 'firm opposition to the development of nuclear weapons on the Korean peninsula'); newsworld.co.kr (joint communique of June 2013 in Beijing; denuclearization through dialogue); asianews.it (won-yuan direct exchange); english.hani 715069 (fifth trilateral Beijing May 2012; the Seoul session planned for May 2013 never took place); presidency.ucsb.edu and washingtontimes 2014-03-25 (The Hague trilateral); ajw.asahi AJ201407030071, indianexpress (AP, 3 July 2014), thefreelibrary (KUNA) and menafn (Abe's 3 July announcement; Cabinet approval on Friday; officials met in Beijing on Tuesday; agreement in late May). From general knowledge: that the late-May Japan-North Korea agreement was reached in Stockholm; the participants of the 2012 trilateral (Lee, Noda, Wen); Park-Xi meeting at APEC in Beijing (10 November 2014, confirmed by koreajoongangdaily 2014/11/11).",
        "Summits (5): Park-Xi in Seoul (talks and banquet counted once); The Hague trilateral; the planned Park-Xi meeting at APEC in November; Beijing June 2013; Beijing trilateral May 2012. Not summits: Park-Abe (never held), Abe's hope to talk with Xi ('nothing has been scheduled'), the Seoul trilateral that 'never took place', Xi's calls on the prime minister and the speaker (not heads of state or government).",
        "Agreements (7): the joint statement; FTA-by-year-end and $300 billion commitments split from one sentence; the consular agreement (treaty, signed) and the won-yuan market commitment split from one sentence; the 2013 communique (joint-statement, referenced); the late-May Japan-North Korea agreement (commitment, referenced). Not agreements: Japan's partial lifting of its own sanctions, the Cabinet reinterpretation, China's yuan clearing offer, the '12 documents' as an aggregate.",
    ],
)
