GOLD = dict(
    published="1994-03-25",
    furniture=[
        "[Translated from the Korean edition] Kim Young-sam, Hosokawa hold Tokyo summit..."
        " Hosokawa: \"Japan will not go nuclear, whatever the North does\"",
        "Hanbyeol Daily English Service | Input 1994.03.25 08:40 | Modified 1994.03.25 11:05",
        "(Tokyo = Reporter Seo Ji-hoon)",
        "Seo Ji-hoon seojh@hanbyeol.example",
        "Copyright Hanbyeol Daily. All rights reserved.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Young-sam": ["President Kim Young-sam", "Kim", "he"],
        "Morihiro Hosokawa": ["Prime Minister Morihiro Hosokawa", "Hosokawa", "the prime minister"],
        "Jiang Zemin": ["Chinese President Jiang Zemin"],
        "Chun Doo-hwan": [],
        "Roh Tae-woo": [],
        "Yasuhiro Nakasone": [],
        "Toshiki Kaifu": [],
        "Kang Mi-sook": [],
    },
    quotes=[
        ("As the only nation that has lived through atomic bombing", "direct",
         "Morihiro Hosokawa", "said"),
        ("take the prime minister's words as a promise", "partial", "Kim Young-sam", "replied"),
        ("Pressure alone will not bring the North", "direct", "Kim Young-sam", "said"),
        ("Words spoken at a banquet", "direct", "Kang Mi-sook", "said"),
    ],
    statements=[
        ("The two leaders agreed to work closely with the United States and China",
         ["Kim Young-sam", "Morihiro Hosokawa"], "agreed"),
        ("According to a senior presidential official, Hosokawa told Kim",
         ["Morihiro Hosokawa", None], "told"),
        ("Kim replied that he would", ["Kim Young-sam"], "replied"),
        ("At a joint press conference afterward, Kim said", ["Kim Young-sam"], "said"),
        ("The leaders also agreed to have their foreign ministers consult",
         ["Kim Young-sam", "Morihiro Hosokawa", None], "agreed"),
    ],
    timexes=[
        ("Input [[1994.03.25 08:40]]", "1994-03-25T08:40", None),
        ("Modified [[1994.03.25 11:05]]", "1994-03-25T11:05", None),
        ("in Tokyo [[on the 24th]].", "1994-03-24", None),
        ("in November last year", "1993-11", None),
        ("the morning of the 24th", "1994-03-24TMO", None),
        ("three-day", "P3D", None),
        ("about an hour and a half", "PT1H30M", "APPROX"),
        ("Chun Doo-hwan in [[1984]]", "1984", None),
        ("Roh Tae-woo in [[1990]]", "1990", None),
        ("in February last year", "1993-02", None),
        ("about six months", "P6M", "APPROX"),
        ("On the 25th", "1994-03-25", None),
        ("on the 26th", "1994-03-26", None),
    ],
    summits=[
        dict(date="1994-03-24", place="Tokyo", country="JP",
             participants=["Kim Young-sam", "Morihiro Hosokawa"], kind="bilateral", ordinal=2,
             status="held", occasion=None,
             evidence=["President Kim Young-sam, who is in Japan on a state visit",
                       "It was the second meeting between the two",
                       "According to a senior presidential official, Hosokawa told Kim",
                       "At a joint press conference afterward"]),
        dict(date="1993-11", place="Gyeongju", country="KR",
             participants=["Morihiro Hosokawa", "Kim Young-sam"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["It was the second meeting between the two"]),
        dict(date="1994-03", place="Beijing", country="CN",
             participants=["Kim Young-sam", "Jiang Zemin"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["Kim arrived at Haneda Airport", "He leaves for Beijing on the 26th."]),
        dict(date="1984", place=None, country="JP",
             participants=["Chun Doo-hwan", "Yasuhiro Nakasone"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Kim is the third South Korean president to make a state visit"]),
        dict(date="1990", place=None, country="JP",
             participants=["Roh Tae-woo", "Toshiki Kaifu"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Kim is the third South Korean president to make a state visit"]),
    ],
    agreements=[
        dict(title="work closely with the U.S. and China to stop North Korea's nuclear program",
             kind="commitment", date="1994-03-24", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to work closely with the United States and China"]),
        dict(title="foreign ministers to consult closely ahead of a UN Security Council sanctions"
                   " debate", kind="commitment", date="1994-03-24", parties=["JP", "KR"],
             status="agreed",
             evidence=["The leaders also agreed to have their foreign ministers consult"]),
    ],
    notes=[
        "Invented translated Korean-press article (headline, Input/Modified line, reporter line,"
        " e-mail sign-off and copyright line are furniture; both stamps are annotated). Outlet,"
        " reporter, the professor, every quote (including the partial quote given to Kim), the"
        " length of the talks, the senior official, the foreign ministers' commitment and Kim's"
        " programme for the 25th are invented. Real background: Los Angeles Times 1994-03-25"
        " (Kim arrived for a three-day stay before going on to China; Thursday talks; Hosokawa's"
        " unsolicited assurance that Japan would never go nuclear even if the North did; a"
        " meeting in South Korea with Hosokawa on 6 November 1993); Kyodo via indexarticles"
        " (state visits by Chun in 1984, Roh Tae-woo in 1990, Kim Young-sam in 1994). From"
        " general knowledge: Gyeongju as the place of the November 1993 meeting, the residence"
        " as the venue, the agreement to cooperate with the U.S. and China on the North's"
        " nuclear program, Kim's talks with Jiang Zemin in Beijing after Tokyo, Kim's"
        " inauguration in February 1993 and Hosokawa's in August 1993, Nakasone and Kaifu as"
        " the prime ministers of 1984 and 1990.",
        "Summits (5): Tokyo 1994-03-24 (ordinal 2: 'the second meeting between the two');"
        " Gyeongju 1993-11 (ordinal null: 'first' is implied by 'second', not stated); Kim-Jiang in Beijing (planned,"  # noqa: E501
        " 1994-03); the state visits of Chun (1984) and Roh Tae-woo (1990), recorded with the"
        " prime ministers then in office, whom the text does not name (debatable).",
        "Agreements (2): two commitments (the U.S./China coordination and the foreign ministers'"
        " consultations). Not agreements: Hosokawa's non-nuclear assurance (unilateral), Kim's"
        " statement that the governments would keep the door open to dialogue (his own account,"
        " not presented as agreed), the professor's demand for compensation.",
        "Timexes: 'the morning of the 24th' is one expression (1994-03-24TMO); Korean-press day"
        " numbers resolve to March 1994.",
    ],
)
