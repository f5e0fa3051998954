# ruff: noqa: E501
NINETEEN = "On the 19th, the Prime Minister held a Japan-Russia Summit Meeting"
FINAL = "This was the final occasion for the two leaders"
EXPL = "The Prime Minister explained that preparations to receive the President"
CONV = "The Prime Minister conveyed that Japan, as this year's chair"
CHAIR = "As chair, Japan is coordinating toward holding the meeting"
LASTPARK = ("The Prime Minister last met President Park", "President Park in September.")
CW = "Japan expects the Republic of Korea to steadily implement the agreement"
VLAD = "The two leaders agreed in Vladivostok in September to hold talks in Nagato"

GOLD = dict(
    published="2016-11-21",
    furniture=[
        "Press Conference by the Chief Cabinet Secretary (Excerpt)\nMonday, November 21, 2016 (Morning)\n\n[Provisional translation]\n\nOpening Remarks",
        "Questions and Answers",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoshihide Suga": ["CHIEF CABINET SECRETARY SUGA"],
        "Shinzo Abe": ["the Prime Minister", "The Prime Minister", "Prime Minister Abe", "he"],
        "Vladimir Putin": ["President Putin", "the President"],
        "Xi Jinping": ["President Xi Jinping"],
        "Li Keqiang": ["Premier Li Keqiang"],
        "Park Geun-hye": ["President Park"],
        "Hwang Kyo-ahn": ["Prime Minister Hwang Kyo-ahn"],
    },
    quotes=[],
    statements=[
        (EXPL, ["Shinzo Abe"], "explained"),
        (CONV, ["Shinzo Abe"], "conveyed"),
        (("The Prime Minister has said that resolving", "cannot be achieved in a single meeting."), ["Shinzo Abe"], "has said"),
        (VLAD, ["Shinzo Abe", "Vladimir Putin"], "agreed"),
    ],
    timexes=[
        ("Monday, November 21, 2016", "2016-11-21", None),
        ("2016 ([[Morning]])", "2016-11-21TMO", None),
        ("on [[November 19]] and", "2016-11-19", None),
        ("November 19 and [[20]]", "2016-11-20", None),
        ("On [[the 19th]]", "2016-11-19", None),
        ("approximately one hour and 10 minutes", "PT1H10M", "APPROX"),
        ("about 35 minutes", "PT35M", "APPROX"),
        ("next month", "2016-12", None),
        ("December 15", "2016-12-15", None),
        ("the following day", "2016-12-16", None),
        ("On [[the 20th]]", "2016-11-20", None),
        ("this year's", "2016", None),
        ("the end of the year", "2016", "END"),
        ("APEC [[this year]]", "2016", None),
        ("President Park in [[September]]", "2016-09", None),
        ("the end of 2015", "2015", "END"),
        ("Vladivostok in [[September]]", "2016-09", None),
    ],
    summits=[
        dict(date="2016-11-19", place="Lima", country="PE",
             participants=["Shinzo Abe", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[NINETEEN, FINAL]),
        dict(date="2016-12-15", place="Nagato", country="JP",
             participants=["Shinzo Abe", "Vladimir Putin"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[FINAL, EXPL, VLAD]),
        dict(date="2016", place=None, country="JP",
             participants=["Shinzo Abe", "Li Keqiang", "Park Geun-hye"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[CONV, CHAIR]),
        dict(date="2016-09", place=None, country=None,
             participants=["Shinzo Abe", "Park Geun-hye"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN-related summits", evidence=[LASTPARK]),
        dict(date="2016-09", place="Vladivostok", country="RU",
             participants=["Shinzo Abe", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="held", occasion="the Eastern Economic Forum", evidence=[VLAD]),
    ],
    agreements=[
        dict(title="agreement on the comfort women issue reached at the end of 2015", kind="joint-statement",
             date="2015-12", parties=["JP", "KR"], status="referenced", evidence=[CW]),
        dict(title="hold talks in Nagato (agreed in Vladivostok)", kind="commitment",
             date="2016-09", parties=["JP", "RU"], status="referenced", evidence=[VLAD]),
    ],
    notes=[
        "Invented transcript in the style of the Japanese prime minister's office (Chief Cabinet Secretary Suga's morning press conference); title block, '[Provisional translation]' and the two section headings are furniture (the date line's date and 'Morning' are annotated). The reporters' outlets (Tokai Shimbun, Nishiki TV) are fictional; all questions and answers are invented in wording. There are no quotation marks. As in unseen15-16, the Chief Cabinet Secretary's own answers are not annotated as statements; sentences in which he reports the Prime Minister's words or a joint act are.",
        "Real facts checked on stored pages: mofa.go.jp/erp/rss/northern/page1e_000126.html (Abe-Putin summit in Lima on 19 November local time, about 1 hour 10 minutes from 5:30 p.m., about 35 minutes with interpreters only; final opportunity before Putin's visit next month; Nagato on 15 December, a meeting in Tokyo the day after); en.special.kremlin.ru 53279 (the same meeting, dated 20 November Moscow time); china.timesofnews.com (Xi and Abe met briefly after the group meeting on Sunday morning; Japan hosting the China-Japan-South Korea summit before the end of the year, Abe hoping for a fruitful meeting with Li Keqiang); radyo.inquirer.net and 2nn.jp (Park absent from APEC 2016, represented by a deputy); nemopan.com (Prime Minister Hwang attended 19-20 November, held no bilateral meeting); english.kyodonews.jp 2016/09/431686 (Abe and Putin agreed in Vladivostok on 2 September to hold talks in Nagato on 15 December); koreajoongangdaily 2016/09/07 (Park-Abe bilateral in Vientiane on Wednesday 7 September 2016).",
        "Summits (5): Lima Abe-Putin; planned Nagato (the Tokyo meeting 'the following day' belongs to the same visit and is not a separate record, debatable); the planned trilateral 'before the end of the year' (2016, Japan; participants Abe, Li Keqiang and Park, the Chinese participant named in the text); Abe-Park in September (Vientiane, not named in the text: place and country null); Abe-Putin Vladivostok in September. Not summits: Abe and Xi 'exchanged a few words standing. This was not a summit meeting.'; no Abe-Hwang bilateral (Hwang is not a head of state or government); a Japan-ROK summit 'Nothing has been decided' (not recorded); a hypothetical treaty signing.",
        "Agreements (2): the end-of-2015 comfort women agreement (joint-statement, referenced, 2015-12) and the Vladivostok agreement to hold talks in Nagato (referenced commitment, debatable: an agreement to meet on a fixed date). Not an agreement: the peace treaty asked about (hypothetical).",
        "Timexes: 'November 19 and 20' are two expressions; 'the end of the year' = 2016 END; 'the end of 2015' = 2015 END.",
    ],
)
