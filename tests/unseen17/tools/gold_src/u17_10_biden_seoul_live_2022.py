# ruff: noqa: E501
RECAP = "To recap: President Yoon Suk Yeol held his first summit"
AGREE = "The two leaders agreed to open talks on expanding"
JS = "The joint statement is out."
JS2 = "Beyond the North Korea sections, the two presidents say"
YET = "The two have yet to meet in person."
KISHIDA = "Kishida sent Foreign Minister Yoshimasa Hayashi"
ENDED = "The summit has ended after about an hour and 50 minutes"
WH = "Exactly a year ago, Biden hosted"
TOKYO = "Biden's Tokyo program: talks with Kishida on Monday"

GOLD = dict(
    published="2022-05-21",
    furniture=[
        "LIVE: Biden in Seoul - first summit with Yoon, talk of Japan, and a Tokyo leg ahead\n"
        "Last updated: Saturday, May 21, 2022, 21:45 KST\n"
        "The Namsan Post live team",
        "[[21:45 KST]]\nThat is where",
        "19:30 KST",
        "17:10 KST",
        "16:20 KST",
        "14:05 KST",
        "11:40 KST",
        "09:15 KST",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon", "he"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden", "He"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Yoshimasa Hayashi": ["Foreign Minister Yoshimasa Hayashi"],
        "Moon Jae-in": ["Moon Jae-in", "Yoon's predecessor, Moon Jae-in"],
        "Shinzo Abe": ["Shinzo Abe"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi"],
        "Anthony Albanese": ["the Australian prime minister"],
    },
    quotes=[
        ("critically important,", "partial", "Joe Biden", "called"),
        ("in a future-oriented way", "partial", "Yoon Suk Yeol", "said"),
    ],
    statements=[
        (AGREE, ["Yoon Suk Yeol", "Joe Biden"], "agreed"),
        (JS2, ["Joe Biden", "Yoon Suk Yeol"], "say"),
        ("At the joint news conference, Biden called", ["Joe Biden"], "called"),
        ("He also welcomed Yoon's interest", ["Joe Biden"], "welcomed"),
        ("Asked about relations with Tokyo, Yoon said", ["Yoon Suk Yeol"], "said"),
        (ENDED, [None], "said"),
    ],
    timexes=[
        ("Saturday, May 21, 2022, 21:45 KST", "2022-05-21T21:45", None),
        ("[[21:45 KST]]\nThat is where", "2022-05-21T21:45", None),
        ("19:30 KST", "2022-05-21T19:30", None),
        ("17:10 KST", "2022-05-21T17:10", None),
        ("16:20 KST", "2022-05-21T16:20", None),
        ("14:05 KST", "2022-05-21T14:05", None),
        ("11:40 KST", "2022-05-21T11:40", None),
        ("09:15 KST", "2022-05-21T09:15", None),
        ("tonight", "2022-05-21TNI", None),
        ("11 days after", "2022-05-21", None),
        ("until [[Sunday]]", "2022-05-22", None),
        ("May 10", "2022-05-10", None),
        ("December 2019", "2019-12", None),
        ("about an hour and 50 minutes", "PT1H50M", "APPROX"),
        ("Exactly a year ago", "2021-05-21", None),
        ("Yesterday", "2022-05-20", None),
        ("on Monday", "2022-05-23", None),
        ("on Tuesday", "2022-05-24", None),
        ("today's", "2022-05-21", None),
    ],
    summits=[
        dict(date="2022-05-21", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[RECAP, ENDED, "Biden has arrived at the presidential office"]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KISHIDA]),
        dict(date="2021-05-21", place="Washington", country="US", participants=["Joe Biden", "Moon Jae-in"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[WH]),
        dict(date="2022-05-23", place="Tokyo", country="JP", participants=["Joe Biden", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[TOKYO]),
        dict(date="2022-05-24", place="Tokyo", country="JP",
             participants=["Joe Biden", "Fumio Kishida", "Narendra Modi", "Anthony Albanese"],
             kind="multilateral", ordinal=None, status="planned", occasion="Quad leaders' summit", evidence=[TOKYO]),
    ],
    agreements=[
        dict(title="U.S.-ROK leaders' joint statement", kind="joint-statement", date="2022-05-21", parties=["KR", "US"],
             status="agreed", evidence=[JS, JS2]),
        dict(title="open talks on expanding the scope and scale of combined military exercises", kind="commitment",
             date="2022-05-21", parties=["KR", "US"], status="agreed", evidence=[AGREE]),
        dict(title="reactivate the high-level extended deterrence consultation group", kind="commitment",
             date="2022-05-21", parties=["KR", "US"], status="agreed", evidence=[AGREE]),
    ],
    notes=[
        "Invented live page (outlet 'The Namsan Post' invented; headline, 'Last updated' line, team line and the seven entry stamps are furniture; the last-updated stamp and the entry stamps are annotated, as in unseen13-16). Entry times, the summit length ('about an hour and 50 minutes'), the dinner guests and Yoon's 'in a future-oriented way' are invented or unchecked.",
        "Real background, checked on stored pages: whitehouse.gov 2022/05/21 United States-Republic of Korea Leaders' Joint Statement (earliest meeting in a ROK president's term; agreement to reactivate the Extended Deterrence Strategy and Consultation Group at the earliest date; discussions to expand the scope and scale of combined exercises); nippon.com yjj2022052100365 (Saturday 21 May, joint statement on the importance of Japan-U.S.-South Korea cooperation; Biden called the trilateral relationship critically important and welcomed Yoon's interest in the Quad); m-en.yna.co.kr AEN20220428002100315 and koreajoongangdaily 2022-04-28 (summit on 21 May, 11 days after the 10 May inauguration; Biden in Seoul 20-22 May, Tokyo 22-24 May); pratidintime.com (Biden-Kishida on 23 May, Quad summit in Tokyo on 24 May). From general knowledge and other corpora's titles: the Samsung Pyeongtaek visit on 20 May, the state dinner at the National Museum of Korea, Hayashi at Yoon's inauguration with Kishida's letter, the Chengdu summit of December 2019, the Biden-Moon White House summit of 21 May 2021, the Australian election of 21 May 2022 (Anthony Albanese).",
        "Summits (5): Yoon-Biden in Seoul ('his first summit' -> ordinal 1), Moon-Abe in Chengdu (December 2019), Biden-Moon at the White House 'exactly a year ago', planned Biden-Kishida talks on Monday and the planned Quad summit on Tuesday (Albanese from the public record; the text says 'whoever wins today's election'). Not summits: the state dinner (part of the same visit), the Samsung plant tour, a Yoon-Kishida meeting ('have yet to meet'), Hayashi's call on Yoon.",
        "Agreements (3): the joint statement (agreed) and two commitments split from one sentence. Not agreements: the shared view on three-way cooperation.",
        "Timexes: '11 days after taking office' = 2022-05-21 (the date it points to); 'at the earliest date' not annotated; 'today's election' = 2022-05-21.",
    ],
)
