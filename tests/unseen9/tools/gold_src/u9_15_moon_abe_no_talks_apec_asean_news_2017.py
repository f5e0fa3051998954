GOLD = dict(
    published="2017-11-14",
    furniture=[
        "Moon meets Xi and Li on Southeast Asia swing, but not Abe",
        "Posted : 2017-11-14 20:05", "By Baek Seung-ho, Correspondent", "MANILA - ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Park Soo-hyun": ["Cheong Wa Dae spokesman Park Soo-hyun"],
        "Xi Jinping": ["President Xi Jinping", "Xi"],
        "Li Keqiang": ["Premier Li Keqiang", "Li"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Cheong Wa Dae": ["Moon's office"],
        "Yoon Da-hae": ["a professor of Japanese studies at Seorabeol University"],
        "Japanese government": ["Tokyo"],
        "South Korean government": ["Seoul"],
        "Chinese government": ["Beijing"],
    },
    quotes=[
        ("The schedules simply did not line up", "direct", "Park Soo-hyun", "told reporters"),
        ("A year ago, these two governments", "direct", "Yoon Da-hae", "said"),
        ("This week, both leaders decided", "direct", "Yoon Da-hae", "said"),
    ],
    statements=[
        ("Apart from group photos and brief greetings", [None], "said"),
        ("A Japanese government official offered a similar explanation", [None], "adding"),
        ("The two leaders agreed to seek a peaceful resolution",
         ["Moon Jae-in", "Xi Jinping", "Cheong Wa Dae"], "agreed"),
        ("Both meetings followed an Oct. 31 joint announcement",
         ["South Korean government", "Chinese government"], "agreed"),
        ("They held their first summit in July", ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        ("A task force set up by Seoul's foreign ministry", ["Japanese government"],
         "has repeatedly warned"),
    ],
    timexes=[
        ("Posted : [[2017-11-14 20:05]]", "2017-11-14T20:05", None),
        ("a week of summitry", "P1W", None),
        ("Southeast Asia [[on Wednesday]]", "2017-11-15", None),
        ("five days", "P5D", None),
        ("over the weekend", "2017-W45-WE", None),
        ("ended [[Tuesday]]", "2017-11-14", None),
        ("In Da Nang [[on Saturday]]", "2017-11-11", None),
        ("office [[in May]]", "2017-05", None),
        ("[[On Monday]], Moon", "2017-11-13", None),
        ("Oct. 31", "2017-10-31", None),
        ("year-long", "P1Y", None),
        ("Xi in Da Nang [[on Saturday]]", "2017-11-11", None),
        ("Manila [[on Monday]]", "2017-11-13", None),
        ("Nov. 6", "2017-11-06", None),
        ("Nov. 7", "2017-11-07", None),
        ("all year", "2017", None),
        ("summit [[in July]]", "2017-07", None),
        ("Russia, [[in September]]", "2017-09", None),
        ("Later that month", "2017-09", None),
        ("the [[2015]] agreement", "2015", None),
        ("the end of the year", "2017", "END"),
        ("South Korea [[this year]]", "2017", None),
        ("A year ago", "2016", None),
        ("This week", "2017-W46", None),
        ("Seoul [[on Wednesday]]", "2017-11-15", None),
    ],
    summits=[
        dict(date="2017-11-11", place="Da Nang", country="VN",
             participants=["Moon Jae-in", "Xi Jinping"], kind="sidelines", ordinal=2,
             status="held", occasion="APEC",
             evidence=["President Moon Jae-in wraps up a week of summitry",
                       "In Da Nang on Saturday, Moon held talks with President Xi Jinping",
                       "The two leaders agreed to seek a peaceful resolution",
                       "Both meetings followed an Oct. 31 joint announcement"]),
        dict(date="2017-11-13", place="Manila", country="PH",
             participants=["Moon Jae-in", "Li Keqiang"], kind="sidelines", ordinal=None,
             status="held", occasion="the ASEAN meetings",
             evidence=["President Moon Jae-in wraps up a week of summitry",
                       "On Monday, Moon met Premier Li Keqiang in Manila.",
                       "Both meetings followed an Oct. 31 joint announcement"]),
        dict(date="2017-11-11", place="Da Nang", country="VN",
             participants=["Shinzo Abe", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC",
             evidence=["Abe, for his part, had his own China diplomacy"]),
        dict(date="2017-11-13", place="Manila", country="PH",
             participants=["Shinzo Abe", "Li Keqiang"], kind="sidelines", ordinal=None,
             status="held", occasion="the ASEAN meetings",
             evidence=["Abe, for his part, had his own China diplomacy"]),
        dict(date="2017-11-06", place="Tokyo", country="JP",
             participants=["Shinzo Abe", "Donald Trump"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Both Moon and Abe had hosted U.S. President Donald Trump"]),
        dict(date="2017-11-07", place="Seoul", country="KR",
             participants=["Moon Jae-in", "Donald Trump"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Both Moon and Abe had hosted U.S. President Donald Trump"]),
        dict(date="2017-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=1,
             status="held", occasion="the Group of 20 meeting",
             evidence=["They held their first summit in July"]),
        dict(date="2017-09", place="Vladivostok", country="RU",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the Eastern Economic Forum",
             evidence=["They held their first summit in July"]),
        dict(date="2017-09", place="New York", country="US",
             participants=["Moon Jae-in", "Shinzo Abe", "Donald Trump"], kind="trilateral",
             ordinal=None, status="held", occasion="the U.N. General Assembly",
             evidence=["Later that month, they joined Trump for lunch"]),
    ],
    agreements=[
        dict(title="seek a peaceful resolution of the North Korean nuclear issue through"
             " dialogue (Moon-Xi)", kind="commitment", date="2017-11-11",
             parties=["CN", "KR"], status="agreed",
             evidence=["The two leaders agreed to seek a peaceful resolution"]),
        dict(title="Seoul-Beijing joint announcement putting the missile defense quarrel"
             " behind them", kind="joint-statement", date="2017-10-31",
             parties=["CN", "KR"], status="referenced",
             evidence=["Both meetings followed an Oct. 31 joint announcement"]),
        dict(title="revive regular reciprocal visits by the leaders (Hamburg)",
             kind="commitment", date="2017-07", parties=["JP", "KR"], status="referenced",
             evidence=["They held their first summit in July"]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015", parties=["JP", "KR"], status="referenced",
             evidence=["A task force set up by Seoul's foreign ministry"]),
    ],
    notes=[
        "Invented test article (Seoul daily: headline, 'Posted' line, byline and 'MANILA - '"
        " are furniture; the stamp is annotated). Outlet, reporter, the academic and all"
        " quotes are invented (Park Soo-hyun's and the Japanese official's explanations are"
        " invented). Real background (nflnewsdesk on APEC Da Nang and 'Mr Abe and Mr Moon did"
        " not meet for bilateral talks', Korea Herald 2017-10-12 and 2017-11-11, Arirang"
        " 2017-11-13, nhub on Abe-Xi (Saturday) and Abe-Li (Monday), Canadian Inquirer"
        " 2017-11-15 on departures on Wednesday, aldipest): Moon at APEC Da Nang and the ASEAN"
        " meetings in Manila; Moon-Xi in Da Nang on Saturday 2017-11-11, their second meeting"
        " since May; agreement to resolve the nuclear issue peacefully through dialogue; the"
        " THAAD modus vivendi; Moon-Li in Manila; Trump's Asia trip with a Seoul summit;"
        " trilateral lunch in New York and Hamburg meetings with Abe. From general"
        " knowledge: Moon-Li on 2017-11-13, Trump in Tokyo on 2017-11-06 and Seoul on"
        " 2017-11-07, the Oct. 31 Seoul-Beijing announcement, the Hamburg agreement to revive"
        " shuttle visits, the Vladivostok meeting of 2017-09-07, the task force's year-end"
        " report, Japan as trilateral chair hoping to host.",
        "Summits (9): Moon-Xi (ordinal 2), Moon-Li, Abe-Xi, Abe-Li, Abe-Trump, Moon-Trump,"
        " Moon-Abe in Hamburg (ordinal 1, 'first summit'), Vladivostok ('met again', no"
        " ordinal stated; occasion from the public record), the New York lunch with Trump"
        " (trilateral). Not records: the negated Moon-Abe meeting in Da Nang/Manila (group"
        " photos and greetings only), the hoped-for trilateral in Tokyo (no date), 'a summit"
        " like this' (the gatherings).",
        "Agreements (4): Moon-Xi commitment (CN/KR); the Oct. 31 Seoul-Beijing joint"
        " announcement (joint-statement kind, referenced); the Hamburg commitment on"
        " reciprocal visits (referenced); the 2015 comfort women agreement (referenced).",
        "Timexes: 'over the weekend' = 2017-W45-WE; 'year-long' = P1Y; 'all year' = 2017"
        " (debatable); 'A year ago' = 2016; 'This week' = 2017-W46.",
    ],
)
