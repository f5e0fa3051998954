# ruff: noqa: E501
LEDE = "President Park Geun-hye and Japanese Prime Minister Shinzo Abe agreed Wednesday"
SAT = "The two leaders sat down for about 30 minutes"
THIRD = "It was their third bilateral summit"
FIRSTSINCE = "Wednesday's meeting was the first between the two leaders since Japan"
RECOVER = "Park told Abe that relations had been improving"
STATUE = "According to a Japanese government official, Abe asked Park"
REPLIED = "Park replied that implementing the agreement steadily"
TRI = "The two leaders also discussed a three-way summit with China"
WEEK = "The talks capped a week of summitry for Park"
LAOS = "On Friday, Park will begin the first official visit to Laos"

GOLD = dict(
    published="2016-09-07",
    furniture=[
        "(2nd LD) Park, Abe agree to act with U.S. against N. Korea's missile launches in Vientiane talks\n"
        "HNA | 2016/09/07 20:14 KST\n"
        "(ATTN: ADDS Abe's request on statue in paras 7-8; UPDATES with trilateral summit in paras 10-11)\n"
        "By Kang Seo-yeon",
        "VIENTIANE, Sept. 7 (HNA) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["President Park Geun-hye", "Park"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Vladimir Putin": ["Russian President Vladimir Putin"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Barack Obama": ["U.S. President Barack Obama"],
        "Bounnhang Vorachith": ["Lao President Bounnhang Vorachith"],
        "Li Keqiang": ["Li Keqiang"],
        "Office of the President of South Korea": ["Cheong Wa Dae", "the presidential office"],
    },
    quotes=[
        ("The North's advances in its nuclear and missile capabilities", "direct", "Park Geun-hye", "told"),
        ("We must answer its provocations together", "direct", "Park Geun-hye", None),
    ],
    statements=[
        (LEDE, ["Park Geun-hye", "Shinzo Abe"], "agreed"),
        ("Abe described Monday's launches as an outrage", ["Shinzo Abe", None], "described"),
        ("Park called for tighter enforcement", ["Park Geun-hye"], "called for"),
        (RECOVER, ["Park Geun-hye", "Office of the President of South Korea"], "told"),
        (STATUE, [None, "Shinzo Abe"], "asked"),
        (REPLIED, ["Park Geun-hye", None], "replied"),
        ("Park also explained Seoul's decision", ["Park Geun-hye"], "explained"),
        (TRI, ["Park Geun-hye", "Shinzo Abe", None], "discussed"),
    ],
    timexes=[
        ("2016/09/07 20:14", "2016-09-07T20:14", None),
        ("VIENTIANE, [[Sept. 7]]", "2016-09-07", None),
        ("agreed [[Wednesday]] to work", "2016-09-07", None),
        ("two days after", "2016-09-07", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("last November", "2015-11", None),
        ("Washington in [[March]]", "2016-03", None),
        ("Monday's", "2016-09-05", None),
        ("Aug. 24", "2016-08-24", None),
        ("Wednesday's", "2016-09-07", None),
        ("Japan [[last week]] transferred", "2016-W35", None),
        ("December 2015", "2015-12", None),
        ("later this year", "2016", None),
        ("late November", "2016-11", "END"),
        ("early December", "2016-12", "START"),
        ("a week of summitry", "P1W", None),
        ("on Saturday", "2016-09-03", None),
        ("on Monday", "2016-09-05", None),
        ("Tuesday evening", "2016-09-06TEV", None),
        ("On Friday", "2016-09-09", None),
        ("that day", "2016-09-09", None),
    ],
    summits=[
        dict(date="2016-09-07", place="Vientiane", country="LA",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines", ordinal=3,
             status="held", occasion="ASEAN Plus Three and East Asia summits",
             evidence=[LEDE, SAT, THIRD, FIRSTSINCE]),
        dict(date="2015-11", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[THIRD]),
        dict(date="2016-03", place="Washington", country="US",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines", ordinal=2,
             status="held", occasion="Nuclear Security Summit", evidence=[THIRD]),
        dict(date="2016-09-03", place="Vladivostok", country="RU",
             participants=["Park Geun-hye", "Vladimir Putin"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[WEEK]),
        dict(date="2016-09-05", place="Hangzhou", country="CN",
             participants=["Park Geun-hye", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="G20", evidence=[WEEK]),
        dict(date="2016-09-06", place="Vientiane", country="LA",
             participants=["Park Geun-hye", "Barack Obama"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN-related summits", evidence=[WEEK]),
        dict(date="2016-09-09", place=None, country="LA",
             participants=["Park Geun-hye", "Bounnhang Vorachith"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[LAOS]),
        dict(date="2016", place=None, country="JP",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="planned", occasion=None, evidence=[TRI]),
    ],
    agreements=[
        dict(title="work closely together, and with the United States, to respond to North Korea's provocations",
             kind="commitment", date="2016-09-07", parties=["JP", "KR"], status="agreed",
             evidence=[LEDE]),
        dict(title="December 2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015-12", parties=["JP", "KR"], status="referenced",
             evidence=[FIRSTSINCE, RECOVER, STATUE, REPLIED]),
    ],
    notes=[
        "Invented Korean wire story (agency 'HNA', reporter and every quote invented, including Park's words; headline, stamp line, ATTN line, byline, dateline prefix and '(END)' are furniture; the stamp and dateline date are annotated).",
        "Real background, checked on stored pages: koreajoongangdaily 2016-09-07 (Park-Abe bilateral in Vientiane on Wednesday at the National Convention Center, their third, about 30 minutes; three Rodong missiles on Monday, about 1,000 km, into Japan's EEZ; SLBM on 24 August; first meeting since Tokyo transferred the funds); japantimes.co.jp 2016-09-07 (Kyodo: Abe asked Park to consider the statue; Park said steady implementation matters; THAAD explanation; ¥1 billion deposited last week); english.hani.co.kr 2016-09-08 and gangnam.com (agreement to work with the U.S.; Abe hoped for cooperation involving the UN Security Council; Resolution 2270; victims' honour); scmp 2016-09-08 (Japanese sources: trilateral with Li Keqiang between late November and early December); newsworld.co.kr (Park-Obama summit in Vientiane on 6 September; official visit to Laos from 9 September); jclao / Vientiane Times (summit with Lao President Bounnhang Vorachith on 9 September); koreaherald 2016-08-18 (Park-Putin in Vladivostok on 3 September; Hangzhou G20). From general knowledge: the Seoul summit of November 2015 and the Washington meeting of March 2016 at the Nuclear Security Summit; the Park-Xi meeting in Hangzhou on 5 September; the dollar conversion.",
        "Summits (8): Vientiane (ordinal 3), Seoul November 2015 (ordinal 1), Washington March 2016 (ordinal 2, 'the second'), Park-Putin, Park-Xi, Park-Obama ('Tuesday evening'), the planned Park-Bounnhang summit on Friday, and the planned trilateral in Japan 'later this year' (Li Keqiang carried from the public record; no date fixed, but a concrete planned meeting, unlike a mere wish). Not summits: the ASEAN Plus Three and East Asia summits themselves (occasions).",
        "Agreements (2): the commitment to work together and with the U.S. (parties JP and KR; one course of action); the December 2015 agreement (joint-statement per the contract, referenced, four evidence sentences). Not agreements: UN Security Council Resolution 2270 (a UN resolution, not an instrument between the two governments), Abe's hope for cooperation at the Security Council (a wish), Seoul's THAAD decision (unilateral as told), the 1-billion-yen transfer (implementation).",
        "Timexes: 'two days after' = 7 September (the date it points to: two days after Monday's launches); 'last week' = 2016-W35 (the transfer was on 31 August); 'a week of summitry' = P1W; 'that day' = 9 September.",
    ],
)
