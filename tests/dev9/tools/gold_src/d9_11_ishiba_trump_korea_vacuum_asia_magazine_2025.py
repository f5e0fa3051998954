# ruff: noqa: E501
LEDE = "When Prime Minister Shigeru Ishiba emerged from his first face-to-face talks"
LINE = "Buried in that statement was a line"
CAMP = "The three-way framework reached its high point at Camp David"
LIMA = "Their last such meeting took place in Lima in November"
SEPLIMA = "Ishiba and Yoon met separately in Lima the same day"
HAMBURG = "During his first term, he met Yoon's predecessor Moon Jae-in"
FRI = "For Ishiba, the Friday talks went better than feared"
INVEST = "The two leaders agreed to lift Japanese investment"
TREATY = "Tokyo and Seoul will also mark the 60th anniversary"

GOLD = dict(
    published="2025-02-10",
    furniture=[
        "ANALYSIS | Japan-South Korea relations\n"
        "Ishiba's Trump test passed. Now Tokyo needs a partner in Seoul\n"
        "The White House summit reaffirmed the three-way framework, but only one of its three capitals has a leader with a full mandate\n"
        "KENTARO MIYAGI, Tokyo bureau chief\n"
        "February 10, 2025 05:00 JST",
        "TOKYO -- ",
        "Read more: Munich trilateral to test Rubio's Asia priorities",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Choi Sang-mok": ["Finance Minister Choi Sang-mok"],
        "Han Duck-soo": ["Prime Minister Han Duck-soo"],
        "Park Eun-ji": [],
        "Joe Biden": ["then-President Joe Biden", "Biden"],
        "Fumio Kishida": ["Ishiba's predecessor Fumio Kishida"],
        "Moon Jae-in": ["Yoon's predecessor Moon Jae-in"],
        "Shinzo Abe": ["then-Prime Minister Shinzo Abe"],
    },
    quotes=[
        ("Tokyo can reaffirm the trilateral as often as it wants.", "direct", "Park Eun-ji", "said"),
        ("We are not going to wait,", "direct", None, "said"),
        ("But a real summit needs a real counterpart.", "direct", None, None),
    ],
    statements=[
        ("Trump was cordial, made no public demand", ["Donald Trump"], "reaffirmed"),
        (LINE, ["Shigeru Ishiba", "Donald Trump"], "affirmed"),
        (CAMP, ["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        (LIMA, ["Joe Biden", "Yoon Suk Yeol", "Shigeru Ishiba"], "agreed"),
        (INVEST, ["Shigeru Ishiba", "Donald Trump"], "agreed"),
        ("Trump also said Nippon Steel", ["Donald Trump"], "said"),
        ("Ishiba told reporters on the flight home", ["Shigeru Ishiba"], "told reporters"),
    ],
    timexes=[
        ("February 10, 2025 05:00 JST", "2025-02-10T05:00", None),
        ("Donald Trump [[on Friday]]", "2025-02-07", None),
        ("National Assembly [[in December]]", "2024-12", None),
        ("late December", "2024-12", "END"),
        ("August 2023", "2023-08", None),
        ("Lima [[in November]]", "2024-11", None),
        ("the same day", "2024-11", None),
        ("Vientiane [[in October]]", "2024-10", None),
        ("July 2017", "2017-07", None),
        ("the [[Friday]] talks", "2025-02-07", None),
        ("later [[this week]]", "2025-W07", None),
        ("Jan. 20", "2025-01-20", None),
        ("the [[1965]] treaty", "1965", None),
        ("relations [[in June]]", "2025-06", None),
    ],
    summits=[
        dict(date="2025-02-07", place="White House", country="US", participants=["Shigeru Ishiba", "Donald Trump"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[LEDE, FRI]),
        dict(date="2023-08", place="Camp David", country="US",
             participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[CAMP]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Joe Biden", "Yoon Suk Yeol", "Shigeru Ishiba"], kind="trilateral", ordinal=None,
             status="held", occasion="APEC", evidence=[LIMA]),
        dict(date="2024-11", place="Lima", country="PE", participants=["Shigeru Ishiba", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=2, status="held", occasion="APEC", evidence=[SEPLIMA]),
        dict(date="2024-10", place="Vientiane", country="LA", participants=["Shigeru Ishiba", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[SEPLIMA]),
        dict(date="2017-07", place="Hamburg", country="DE",
             participants=["Donald Trump", "Moon Jae-in", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="G20", evidence=[HAMBURG]),
    ],
    agreements=[
        dict(title="Japan-U.S. joint statement of February 7, 2025", kind="joint-statement", date="2025-02-07",
             parties=["JP", "US"], status="agreed", evidence=[LEDE, LINE]),
        dict(title="Japan-U.S. security treaty (Article 5)", kind="treaty", date=None,
             parties=["JP", "US"], status="referenced", evidence=[LEDE]),
        dict(title="hold trilateral leaders' meetings every year (Camp David)", kind="commitment", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[CAMP]),
        dict(title="set up a trilateral secretariat (Lima)", kind="commitment", date="2024-11",
             parties=["JP", "KR", "US"], status="referenced", evidence=[LIMA]),
        dict(title="lift Japanese investment in the U.S. to $1 trillion", kind="commitment", date="2025-02-07",
             parties=["JP", "US"], status="agreed", evidence=[INVEST]),
        dict(title="expand cooperation on liquefied natural gas", kind="commitment", date="2025-02-07",
             parties=["JP", "US"], status="agreed", evidence=[INVEST]),
        dict(title="the 1965 treaty that normalized relations", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[TREATY]),
    ],
    notes=[
        "Invented analysis on an Asia-focused business magazine site in Nikkei Asia style (writer Kentaro Miyagi, fellow Park Eun-ji and the 'Hanbyeol Institute for Strategy' are fictional). Rubric, headline, standfirst, byline, date/time line, dateline prefix and 'Read more' line are furniture; the date/time line is annotated. All quotes are invented. Invented details: Ishiba's remarks 'on the flight home', the senior diplomat's words.",
        "Real background, checked on stored pages: ajupress.com 20250208090219586 (first Trump-Ishiba summit at the White House on Friday Feb. 7; trilateral partnerships with South Korea); nationpress.com (joint statement affirms Japan-U.S.-ROK cooperation on North Korea, complete denuclearization); idntimes.com (Senkaku Islands under Article 5 of the security treaty, 7 February 2025); euheadline.com (Nippon Steel, trade); koreajoongangdaily 2025-02-13 and koreatimesus.com 2025-02-07 (foreign ministers expected in Munich; Trump took office on Jan. 20); editorials.voa.gov (Camp David commitment to meet annually); deu.news.o-abroad.com (Yoon's failed martial law in December, case before the Constitutional Court). From general knowledge or the project's other manifests (d8_09, d8_11, u16_05): Camp David in August 2023, the Lima trilateral and Ishiba-Yoon talks of 15 November 2024 and the secretariat, the Ishiba-Yoon talks in Vientiane in October 2024, the Hamburg dinner of July 2017, the impeachments of Yoon (14 Dec.) and Han (27 Dec.) and Choi's acting presidency, the $1 trillion and LNG items.",
        "Summits (6): Trump-Ishiba ('his first face-to-face talks with': ordinal 1), Camp David, the Lima trilateral (three-way meeting on the sidelines: trilateral), Ishiba-Yoon in Lima ('their second encounter': ordinal 2), Vientiane (ordinal not stated: null), the Hamburg dinner of July 2017. Not summits: the Munich foreign ministers' meeting, the 60th-anniversary summit Tokyo is 'not planning', 'a real summit needs a real counterpart' (hypothetical).",
        "Agreements (7): the joint statement (the sentence about the line in it is evidence too), the security treaty (referenced; date null), the Camp David annual-meeting commitment and the Lima secretariat (referenced), the investment and LNG courses (two courses in one sentence), the 1965 treaty (referenced). Not agreements: 'affirmed the importance of cooperation' (a shared view), 'agreed that North Korea's complete denuclearization remained the goal' (a shared view), Nippon Steel's plan.",
        "Timexes: 'the same day' where only the month of the Lima meeting is known = 2024-11 (unseen16's rule); 'later this week' annotated on 'this week' = 2025-W07; 'every year' is a frequency, not annotated; 'late December' = 2024-12 END.",
    ],
)
