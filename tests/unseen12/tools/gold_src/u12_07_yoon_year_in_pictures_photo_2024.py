GOLD = dict(
    published="2024-12-27",
    furniture=[
        "IN PICTURES | The Jongno Herald | Published 2024-12-27 08:00 KST",
        "Six handshakes and a declaration: Yoon's year of Japan diplomacy, before December",
        "three-way summit. [[(Jongno Herald photo by Seo Min-jae)]]",
        "cameras rolled. [[(Jongno Herald photo by Seo Min-jae)]]",
        "closing press event. [[(Pool photo)]]",
        "\"built to last.\" [[(Pool photo)]]",
        "diplomatic ties in 2025. [[(Presidential office photo)]]",
        "visits going. [[(Presidential office photo)]]",
        "(Jongno Herald photo by Kang Tae-o)",
        "Text by Moon Ye-rin. Photos selected by the photo desk.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
        "Shigeru Ishiba": ["Ishiba"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("We have agreed not to let this forum lapse again", "direct", "Yoon Suk Yeol", "said"),
        ("I came to say thank you", "direct", "Fumio Kishida", "told"),
        ("built to last.", "partial", "Joe Biden", "called"),
        ("with exceptional and serious concern.", "partial", "Government of Japan", "said"),
    ],
    statements=[
        ("The three leaders adopted a joint declaration",
         ["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], "agreed"),
        ("They agreed that the two governments would work closely",
         ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        ("The two had spoken by phone a week earlier", ["Yoon Suk Yeol", "Shigeru Ishiba"],
         "agreed"),
        ("Yoon and Ishiba hold their second summit", ["Yoon Suk Yeol", "Shigeru Ishiba",
                                                      "Joe Biden"], "agree"),
        ("Biden, in what was expected to be his last", ["Joe Biden"], "called"),
        ("Tokyo said it was following events", ["Government of Japan"], "said"),
    ],
    timexes=[
        ("2024-12-27 08:00", "2024-12-27T08:00", None),
        ("before December", "2024-12", "BEFORE"),
        ("Seoul, [[May 26]].", "2024-05-26", None),
        ("that Sunday afternoon", "2024-05-26TAF", None),
        ("Seoul, [[May 27]].", "2024-05-27", None),
        ("four and a half years", "P4Y6M", None),
        ("Washington, [[July 10]].", "2024-07-10", None),
        ("about 35 minutes", "PT35M", "APPROX"),
        ("diplomatic ties in [[2025]]", "2025", None),
        ("Seoul, [[Sept. 6]].", "2024-09-06", None),
        ("March 2023", "2023-03", None),
        ("Vientiane, [[Oct. 10]].", "2024-10-10", None),
        ("since [[Oct. 1]]", "2024-10-01", None),
        ("a week earlier", "2024-10-03", None),
        ("Lima, [[Nov. 15]].", "2024-11-15", None),
        ("Seoul, [[Dec. 4]].", "2024-12-04", None),
        ("the early hours", "2024-12-04TMO", "START"),
        ("the night of Dec. 3", "2024-12-03TNI", None),
    ],
    summits=[
        dict(date="2024-05-26", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["President Yoon Suk Yeol greets Prime Minister Fumio Kishida",
                       "The two held talks that Sunday afternoon"]),
        dict(date="2024-05-27", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], kind="trilateral",
             ordinal=9, status="held", occasion=None,
             evidence=["Yoon, Kishida and Chinese Premier Li Qiang line up",
                       "The three leaders adopted a joint declaration",
                       "We have agreed not to let this forum lapse again"]),
        dict(date="2024-07-10", place="Washington", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="NATO summit",
             evidence=["Yoon and Kishida talk for about 35 minutes",
                       "They agreed that the two governments would work closely"]),
        dict(date="2024-09-06", place="Seoul", country="KR",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="bilateral", ordinal=12,
             status="held", occasion=None,
             evidence=["Kishida, weeks from leaving office", "I came to say thank you"]),
        dict(date="2024-10-10", place="Vientiane", country="LA",
             participants=["Yoon Suk Yeol", "Shigeru Ishiba"], kind="sidelines", ordinal=1,
             status="held", occasion="ASEAN summits",
             evidence=["Yoon meets Shigeru Ishiba"]),
        dict(date="2024-11-15", place="Lima", country="PE",
             participants=["Yoon Suk Yeol", "Shigeru Ishiba"], kind="sidelines", ordinal=2,
             status="held", occasion="APEC",
             evidence=["Yoon and Ishiba hold their second summit"]),
        dict(date="2024-11-15", place="Lima", country="PE",
             participants=["Yoon Suk Yeol", "Shigeru Ishiba", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="APEC",
             evidence=["Yoon and Ishiba hold their second summit",
                       "Biden, in what was expected to be his last"]),
    ],
    agreements=[
        dict(title="joint declaration of the ninth trilateral summit", kind="joint-declaration",
             date="2024-05-27", parties=["CN", "JP", "KR"], status="agreed",
             evidence=["The three leaders adopted a joint declaration"]),
        dict(title="make the trilateral summit regular again", kind="commitment",
             date="2024-05-27", parties=["CN", "JP", "KR"], status="agreed",
             evidence=["The three leaders adopted a joint declaration",
                       "We have agreed not to let this forum lapse again"]),
        dict(title="work closely to prepare for the 60th anniversary of ties in 2025",
             kind="commitment", date="2024-07-10", parties=["JP", "KR"], status="agreed",
             evidence=["They agreed that the two governments would work closely"]),
        dict(title="keep the leaders' visits going", kind="commitment", date="2024-10",
             parties=["JP", "KR"], status="agreed",
             evidence=["The two had spoken by phone a week earlier"]),
        dict(title="launch a trilateral secretariat", kind="commitment", date="2024-11-15",
             parties=["JP", "KR", "US"], status="agreed",
             evidence=["Yoon and Ishiba hold their second summit"]),
    ],
    notes=[
        "Invented photo feature (stamp line, headline, photo credits and the text/photo credit"
        " line are furniture; the stamp and the headline's 'before December' are annotated)."
        " Outlet, photographers, every full quote (Yoon's, Kishida's) and Tokyo's wording are"
        " invented; 'built to last' follows reported wording. Real background: Yomiuri/Jiji"
        " 2024-05-26 and Nikkei Asia (Yoon-Kishida talks in Seoul on Sunday 26 May; trilateral"
        " on Monday, the ninth, first since December 2019); khybernews/voiceasianews (joint"
        " statement to be adopted); Yomiuri via asianews.network 2024-07-12 (Yoon-Kishida"
        " talks of about 35 minutes in Washington on Wednesday 10 July at the NATO summit;"
        " preparation for the 60th anniversary); wowkorea/Yomiuri 2024-04-01 (third NATO"
        " summit in a row); Korea Herald 2024-10-09 and 2024-10-10 (Yoon met Kishida 12 times"
        " since March 2023; Ishiba in office from 1 October; first Yoon-Ishiba summit in"
        " Vientiane on Thursday 10 October; phone talks the week before agreeing to continue"
        " shuttle diplomacy); post-truth.eu, thevoice.news and voz.us (trilateral with Biden"
        " in Lima on Friday 15 November; secretariat; 'built to last'). From general"
        " knowledge: the farewell summit in Seoul on 6 September 2024, the martial law"
        " declaration of the night of 3 December 2024, the second Yoon-Ishiba bilateral in"
        " Lima. The phone call was on 2 October; the text's 'a week earlier' is annotated as"
        " written (2024-10-03).",
        "Summits (7): five bilaterals (Seoul 26 May, Washington 10 July, Seoul 6 September"
        " with ordinal 12 from 'the last of his 12 meetings', Vientiane with ordinal 1 from"
        " 'for the first time', Lima with ordinal 2) and two trilaterals (Seoul 27 May with"
        " ordinal 9; Lima with Biden). Not summits: the phone call, 'his 12 meetings ... since"
        " March 2023' in aggregate, the NATO and APEC gatherings themselves.",
        "Agreements (5): outcomes shown in the captions are taken as 'agreed' (each caption"
        " reports its event; debatable for a year-end recap): the trilateral joint declaration,"
        " the regular-summit commitment, the anniversary commitment, the commitment made by"
        " phone (dated 2024-10), the trilateral secretariat. Not agreements: Tokyo's concern.",
        "Timexes: 'the early hours' read as morning with START (debatable); 'the night of"
        " Dec. 3' is one expression; 'the third year in a row' (a count) is not annotated.",
    ],
)
