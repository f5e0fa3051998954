GOLD = dict(
    published="2011-12-15",
    furniture=[
        "Tokyo protests 'comfort women' statue in front of embassy days before Lee visit",
        "December 15, 2011 | The Kansai Courier (English edition)",
        "By Jun Kakehi / Staff Writer",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Osamu Fujimura": ["Chief Cabinet Secretary Osamu Fujimura", "Fujimura"],
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Yoshihiko Noda": ["Prime Minister Yoshihiko Noda", "Noda"],
        "Naoto Kan": ["Prime Minister Naoto Kan", "Kan"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "Kaoru Mitsuhashi": ["Mitsuhashi"],
        "Japanese government": ["The government", "Tokyo"],
        "South Korean Foreign Ministry": ["the South Korean Foreign Ministry"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("It is extremely regrettable that the statue", "direct", "Osamu Fujimura",
         "told a news conference"),
        ("We will continue to ask for it to be removed.", "direct", "Osamu Fujimura", None),
        ("Lee will not leave Kyoto without mentioning", "direct", "Kaoru Mitsuhashi", "said"),
        ("Canceling would only make the problem bigger", "direct", None, "said"),
        ("until the last of us is gone,", "partial", None, "told"),
        ("atonement money", "partial", None, None),
    ],
    statements=[
        ("The government on Wednesday lodged a protest", ["Japanese government"],
         "lodged a protest"),
        ("The Japanese Embassy conveyed the same message", ["South Korean Foreign Ministry"],
         "replied"),
        ("But South Korean officials have signaled", [None], "have signaled"),
        ("Seoul formally proposed bilateral talks", ["South Korean government",
                                                     "Japanese government"], "proposed"),
        ("A senior Foreign Ministry official said the government", [None], "said"),
        ("One survivor told the crowd", [None], "told"),
        ("The women's groups have demanded", [None], "have demanded"),
    ],
    timexes=[
        ("December 15, 2011", "2011-12-15", None),
        ("The government on [[Wednesday]] lodged", "2011-12-14", None),
        ("[[this weekend]]", "2011-W50-WE", None),
        ("every [[Wednesday]] since", "XXXX-WXX-3", None),
        ("January 1992", "1992-01", None),
        ("Kyoto on [[Saturday]]", "2011-12-17", None),
        ("Noda on [[Sunday]]", "2011-12-18", None),
        ("Seoul in [[October]]", "2011-10", None),
        ("Court in [[August]]", "2011-08", None),
        ("issue in [[September]] under", "2011-09", None),
        ("the [[1965]] agreement", "1965", None),
        ("in [[the 1990s]]", "199", None),
        ("[[Wednesday]]'s rally", "2011-12-14", None),
        ("in [[1995]]", "1995", None),
        ("Japan in [[May]]", "2011-05", None),
        ("office in [[September]].", "2011-09", None),
    ],
    summits=[
        dict(date="2011-12-18", place="Kyoto", country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["Lee is scheduled to arrive in Kyoto on Saturday",
                       "Officials in both capitals had hoped the Kyoto summit",
                       "A senior Foreign Ministry official said the government"]),
        dict(date="2011-10", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Lee is scheduled to arrive in Kyoto on Saturday",
                       "At that meeting, the two agreed"]),
        dict(date="2011-05", place="Tokyo", country="JP",
             participants=["Lee Myung-bak", "Naoto Kan", "Wen Jiabao"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Lee last traveled to Japan in May"]),
    ],
    agreements=[
        dict(title="expansion of currency swap lines to $70 billion", kind="mou",
             date="2011-10", parties=["JP", "KR"], status="referenced",
             evidence=["At that meeting, the two agreed"]),
        dict(title="bilateral talks on compensation under the 1965 agreement",
             kind="commitment", date="2011-09", parties=["JP", "KR"], status="proposed",
             evidence=["Seoul formally proposed bilateral talks"]),
        dict(title="1965 agreement on property and claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["Seoul formally proposed bilateral talks"]),
    ],
    notes=[
        "Invented test article (Japanese daily, English edition: headline, date-and-outlet"
        " line and byline are furniture; the date line is annotated). Outlet, reporter, all"
        " quotes, the former diplomat, the Japanese diplomat's account and the unnamed"
        " survivor are invented; 'atonement money' is the customary term for the fund's"
        " payments (partial, null speaker, debatable: could be a term). Real background"
        " (Japan Times/Kyodo 2011-12-19, Hankyoreh 2011-12-19, NHK via Japan Watch, Korea"
        " Herald 2011-10-19): statue erected on Wednesday 2011-12-14 at the 1,000th"
        " Wednesday rally; Lee-Noda in Kyoto on 2011-12-18; the October Seoul summit and $70"
        " billion swap; the August Constitutional Court ruling and Seoul's September"
        " proposal of talks. From general knowledge: Fujimura as Chief Cabinet Secretary,"
        " the rallies since January 1992, the Asian Women's Fund (1995), the Korean Council's"
        " name, Lee's arrival on Saturday 2011-12-17.",
        "Statements: the Foreign Ministry 'replied' (sentence begins with the embassy; the"
        " reply is the reported speech, speaker the ministry, debatable); Seoul 'proposed'"
        " and Tokyo 'maintaining' -> both governments.",
        "Timexes: published Thu 2011-12-15; 'this weekend' = 2011-W50-WE; 'every Wednesday'"
        " = XXXX-WXX-3 (a set, debatable); 'the 1990s' = 199.",
        "Summits (3): Kyoto 2011-12-18 (planned); Seoul 2011-10 (held, background); the Tokyo"
        " trilateral 2011-05 (held). Not summits: the rally, the 'postponing' option.",
        "Agreements (3): the October swap expansion (mou, referenced); Seoul's proposal of"
        " talks (proposed); the 1965 claims agreement (referenced). Not agreements: Japan's"
        " demand to remove the statue (one-sided), the Asian Women's Fund (a Japanese"
        " measure).",
    ],
)
