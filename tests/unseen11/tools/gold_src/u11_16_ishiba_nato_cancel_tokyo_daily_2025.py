GOLD = dict(
    published="2025-06-24",
    furniture=[
        "Ishiba drops NATO trip after Lee's withdrawal, ending Japan's run of summit appearances",
        "June 24, 2025 | The Chubu Shimpo (English edition)",
        "By Takeda Rina, Staff writer",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba"],
        "Lee Jae-myung": ["South Korean President Lee Jae-myung", "Lee", "he"],
        "Fumio Kishida": ["Fumio Kishida"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "the South Korean president"],
        "Joe Biden": ["U.S. President Joe Biden"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese"],
        "Ogawa Ken": [],
        "Japanese government": ["the government"],
        "South Korean presidential office": ["Seoul's presidential office"],
    },
    quotes=[
        ("various circumstances,", "partial", "Japanese government", "citing"),
        ("domestic matters and the volatile situation", "partial",
         "South Korean presidential office", "said"),
        ("Had both leaders gone", "direct", "Ogawa Ken", "said"),
        ("Instead, the next chance may not come", "direct", "Ogawa Ken", "said"),
        ("at an appropriate time", "partial", None, "said"),
    ],
    statements=[
        ("Prime Minister Shigeru Ishiba will not attend",
         ["Japanese government", "Lee Jae-myung"], "said"),
        ("Government sources said uncertainty", [None], "said"),
        ("Seoul's presidential office said on Sunday", ["South Korean presidential office"],
         "said"),
        ("Australian Prime Minister Anthony Albanese had said", ["Anthony Albanese"],
         "had said"),
        ("Ishiba and Lee held their first meeting", ["Shigeru Ishiba", "Lee Jae-myung"],
         "agreed"),
        ("A senior foreign ministry official said", [None], "said"),
    ],
    timexes=[
        ("[[June 24, 2025]] | The Chubu", "2025-06-24", None),
        ("The Hague [[this week]]", "2025-W26", None),
        ("[[a day]] after South Korean", "P1D", None),
        ("summit since [[2022]]", "2022", None),
        ("Madrid in [[2022]]", "2022", None),
        ("Vilnius in [[2023]]", "2023", None),
        ("Washington [[last year]]", "2024", None),
        ("June 2022", "2022-06", None),
        ("nearly five years", "P5Y", "APPROX"),
        ("from [[Tuesday]] to Wednesday", "2025-06-24", None),
        ("Tuesday to [[Wednesday]]", "2025-06-25", None),
        ("over [[the weekend]]", "2025-W25-WE", None),
        ("office said [[on Sunday]]", "2025-06-22", None),
        ("said [[last week]]", "2025-W25", None),
        ("a week ago", "2025-06-17", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("on June 16", "2025-06-16", None),
        ("the autumn", "2025-FA", None),
        ("Monday marked", "2025-06-23", None),
        ("80 years", "P80Y", None),
        ("[[On Sunday]], Japan", "2025-06-22", None),
        ("June 22, 1965", "1965-06-22", None),
        ("the second half of the year", "2025-H2", None),
    ],
    summits=[
        dict(date="2023", place="Vilnius", country="LT",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="the NATO summit",
             evidence=["Fumio Kishida attended the meetings in Madrid in 2022"]),
        dict(date="2024", place="Washington", country="US",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="the NATO summit",
             evidence=["Fumio Kishida attended the meetings in Madrid in 2022"]),
        dict(date="2022-06", place="Madrid", country="ES",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"], kind="trilateral",
             ordinal=None, status="held", occasion="the NATO summit",
             evidence=["In Madrid in June 2022 he and President Yoon Suk Yeol"]),
        dict(date="2025-06-17", place="Kananaskis", country="CA",
             participants=["Shigeru Ishiba", "Lee Jae-myung"], kind="sidelines", ordinal=1,
             status="held", occasion="the Group of Seven summit",
             evidence=["Ishiba and Lee held their first meeting"]),
        dict(date="2025-06-16", place="Kananaskis", country="CA",
             participants=["Shigeru Ishiba", "Donald Trump"], kind="sidelines", ordinal=None,
             status="held", occasion="the Group of Seven summit",
             evidence=["Ishiba also met Trump there"]),
    ],
    agreements=[
        dict(title="resume shuttle diplomacy (Kananaskis)", kind="commitment",
             date="2025-06-17", parties=["JP", "KR"], status="referenced",
             evidence=["Ishiba and Lee held their first meeting"]),
        dict(title="1965 normalization treaty", kind="treaty", date="1965-06-22",
             parties=["JP", "KR"], status="referenced",
             evidence=["On Sunday, Japan and South Korea marked the 60th anniversary"]),
    ],
    notes=[
        "Invented news story from a Japanese daily's English edition (headline, date/outlet line"
        " and byline are furniture; the date line is annotated). Outlet, writer, the professor"
        " and every quote except the partials are invented; the partials 'various"
        " circumstances' and 'domestic matters and the volatile situation in the Middle East'"
        " echo the real wording of the two governments, and the foreign ministry official is"
        " invented. Real background: bd-pratidin/Al Jazeera 2025-06-24 (Ishiba and Lee both"
        " cancel; Ishiba's office cited 'various circumstances'; Battle of Okinawa anniversary;"
        " Albanese said last week he would not attend; deputies instead); avia-pro and"
        " news-pravda 2025-06-23 (summit 24-26/24-25 June; first Japanese absence since 2022;"
        " Kishida at Madrid and Vilnius; U.S. strikes on Iran and Trump's possible absence);"
        " Asia Today 2025-06-23 (Lee's decision announced on 22 June); Chosun Biz and KBS"
        " 2025-06-18 (first Lee-Ishiba meeting on 17 June; shuttle diplomacy); Yomiuri"
        " 2024-04-01 and MOFA 2024-07-09 (Kishida at the Washington NATO summit; Japan-ROK"
        " meeting there). From general knowledge: Ishiba-Trump talks of about 30 minutes on 16"
        " June in Kananaskis without a tariff deal; Ishiba at the Okinawa memorial on 23 June;"
        " the Madrid trilateral of June 2022 as the first in nearly five years; the Vilnius"
        " meeting of July 2023 (also in other corpora); the treaty's signing on 22 June 1965.",
        "Summits (5): Vilnius (2023) and Washington (2024) Kishida-Yoon on NATO sidelines (the"
        " South Korean president there is Yoon, named in the next sentence); the Madrid"
        " trilateral (2022-06); Ishiba-Lee in Kananaskis (2025-06-17, 'only a week ago';"
        " ordinal 1: 'their first meeting'); Ishiba-Trump (2025-06-16). Not summits: the NATO"
        " summit in The Hague that Ishiba, Lee and Albanese skip, the Hague meeting that 'would"
        " have been' held, the summit Tokyo 'hopes to hold' in the second half of the year (a"
        " wish, not a plan).",
        "Agreements (2): shuttle diplomacy (referenced: agreed at Kananaskis, not in the reported"
        " event) and the 1965 treaty (referenced). Not agreements: the unsettled tariff dispute.",
        "Timexes: 'this week' = 2025-W26 (published Tuesday 24 June); 'over the weekend' ="
        " 2025-W25-WE; 'a week ago' = 2025-06-17; 'the autumn' = 2025-FA; 'a week of war"
        " anniversaries' is not annotated.",
    ],
)
