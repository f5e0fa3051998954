GOLD = dict(
    published="2024-12-16",
    furniture=[
        "NEWS ANALYSIS",
        "Martial law, impeachment and an empty diary: Ishiba's Seoul trip goes on hold",
        "By Sato Mei, Tokyo correspondent", "December 16, 2024\n",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba"],
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "President Yoon Suk Yeol", "Yoon"],
        "Fumio Kishida": ["Kishida"],
        "Han Duck-soo": ["Han Duck soo", "Prime Minister Han Duck-soo", "Han"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Donald Trump": ["Trump"],
        "Kenji Omura": ["Omura"],
        "Gen Nakatani": ["Defense Minister Gen Nakatani", "Nakatani"],
        "Yoshihide Suga": ["former Prime Minister Yoshihide Suga", "Suga"],
    },
    quotes=[
        ("Nothing specific has been decided,", "direct", None, "said"),
        ("Tokyo's instinct is to wait,", "direct", "Kenji Omura", "said"),
        ("But waiting has a cost.", "direct", "Kenji Omura", None),
        ("with great concern", "partial", "Shigeru Ishiba", "has said"),
        ("The question is not whether Ishiba goes to Seoul,", "direct", "Kenji Omura", "said"),
        ("It is who will be there to greet him.", "direct", "Kenji Omura", None),
    ],
    statements=[
        ("But the official conceded", [None], "conceded"),
        ("and agreed to keep up the shuttle visits", ["Shigeru Ishiba", "Yoon Suk Yeol"],
         "agreed"),
        ("Officials in both capitals point out", [None], "point out"),
        ("Ishiba has said he will watch the situation", ["Shigeru Ishiba"], "has said"),
        ("A government source said he hoped", [None], "said"),
    ],
    timexes=[
        ("[[December 16, 2024]]\n", "2024-12-16", None),
        ("Two weeks ago", "2024-12-02", "APPROX"),
        ("the first half of January", "2025-01", "START"),
        ("1965", "1965", None),
        ("revived [[last year]]", "2023", None),
        ("late on the night of Dec. 3", "2024-12-03TNI", None),
        ("about two and a half hours", "PT2H30M", "APPROX"),
        ("on [[Saturday]] the National", "2024-12-14", None),
        ("180 days", "P180D", None),
        ("official said on [[Monday]]", "2024-12-16", None),
        ("the day after the decree", "2024-12-04", None),
        ("later this month", "2024-12", "END"),
        ("nine years", "P9Y", None),
        ("Oct. 10", "2024-10-10", None),
        ("Nov. 15", "2024-11-15", None),
        ("30-minute", "PT30M", None),
        ("the same day", "2024-11-15", None),
        ("Jan. 20", "2025-01-20", None),
        ("March 2023", "2023-03", None),
        ("12-year", "P12Y", None),
        ("restored [[last year]]", "2023", None),
    ],
    summits=[
        dict(date="2024-10-10", place="Vientiane", country="LA",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol"], kind="sidelines", ordinal=1,
             status="held", occasion="the ASEAN summits",
             evidence=["Ishiba and Yoon met for the first time on Oct. 10"]),
        dict(date="2024-11-15", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol"], kind="sidelines", ordinal=2,
             status="held", occasion="APEC",
             evidence=["They met again in Lima on Nov. 15"]),
        dict(date="2024-11-15", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol", "Joe Biden"], kind="trilateral",
             ordinal=None, status="held", occasion="APEC",
             evidence=["They met again in Lima on Nov. 15"]),
        dict(date="2023-03", place="Tokyo", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Officials in both capitals point out"]),
    ],
    agreements=[
        dict(title="1965 treaty normalizing relations", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["The trip was meant to open the 60th anniversary year"]),
        dict(title="keep up the shuttle visits into the anniversary year", kind="commitment",
             date="2024-10-10", parties=["JP", "KR"], status="referenced",
             evidence=["and agreed to keep up the shuttle visits"]),
        dict(title="permanent trilateral secretariat", kind="commitment", date="2024-11-15",
             parties=["JP", "KR", "US"], status="referenced",
             evidence=["They met again in Lima on Nov. 15"]),
        dict(title="$10 billion currency swap", kind="mou", date="2023", parties=["JP", "KR"],
             status="referenced",
             evidence=["Vice-ministerial talks and financial cooperation"]),
    ],
    notes=[
        "Invented test article (news analysis: kicker, headline, byline and date line are"
        " furniture; the date line is annotated). Correspondent, outlet, the professor and his"
        " university, the senior official's and the government source's words are invented;"
        " 'Nothing specific has been decided' echoes Ishiba's reported remark of 2024-12-04."
        " Real background (Hawaii Public Radio, TASS/Kyodo, Yomiuri via Asia News Network,"
        " 2024-12-04/06): the planned Ishiba visit in the first half of January 2025; Yoon's"
        " martial law on the night of 2024-12-03, lifted after the parliamentary vote; the"
        " likely postponement of Nakatani's late-December visit (first by a defense minister"
        " in nine years) and Suga's cancelled trip; Ishiba's comments. From general knowledge:"
        " the impeachment vote on Saturday 2024-12-14, Han as acting president, the 180-day"
        " court limit, Trump's inauguration on 2025-01-20, the swap restored in 2023. Summits:"
        " Vientiane 2024-10-10 and Lima 2024-11-15 with the trilateral and secretariat"
        " (koreatimesus, voz.us, thevoice.news, earlier corpora); Yoon's Tokyo visit of March"
        " 2023. The 30-minute length of the Lima meeting is invented.",
        "Quotes: the senior official (null, direct); Omura's two quotes each split by 'said'"
        " into two direct quotes; Ishiba's partial.",
        "Statements: the official 'conceded' (null); Ishiba and Yoon 'agreed' (sentence 'Ishiba"
        " and Yoon met for the first time ...'); officials 'point out' (null); Ishiba 'has"
        " said ... and has avoided'; the source 'said' (null). Not statements: quote sentences"
        " ('a senior Foreign Ministry official said on Monday, repeating ...' is taken as a"
        " quote sentence; debatable).",
        "Timexes: published Monday 2024-12-16; 'Two weeks ago' = 2024-12-02 APPROX; 'the first"
        " half of January' = 2025-01 START (debatable: TIMEX3 has no 'first half' value for a"
        " month); 'last year' x2 = 2023; 'late on the night of Dec. 3' = 2024-12-03TNI"
        " (extent includes 'late on the night of'); 'about two and a half hours' = PT2H30M"
        " APPROX; 'Saturday' = 2024-12-14; '180 days'; 'Monday' = 2024-12-16; 'the day after"
        " the decree' = 2024-12-04; 'later this month' = 2024-12 END; 'nine years'; 'Oct. 10';"
        " 'Nov. 15'; '30-minute' = PT30M; 'the same day' = 2024-11-15; 'Jan. 20' = 2025-01-20;"
        " 'March 2023'; '12-year' = P12Y. Not timexes: 'soon', 'while Seoul had no elected"
        " leader', the ordinal '60th anniversary'.",
        "Summits (4): Vientiane (ordinal 1, 'met for the first time'), Lima bilateral (ordinal"
        " 2, 'met again'; debatable), the Lima trilateral with Biden, Yoon's Tokyo summit of"
        " March 2023 (relative clause). Not summits: Ishiba's shelved January visit (on hold,"
        " no date; debatable: could be 'planned'), the 'habit of reciprocal visits' in"
        " aggregate, the hoped-for phone call with Han, Nakatani's and Suga's trips.",
        "Agreements (4): the 1965 treaty (referenced); the Vientiane commitment to keep up"
        " shuttle visits (referenced); the Lima trilateral secretariat (commitment,"
        " referenced: 'launched'); the currency swap (mou, referenced, restored in 2023).",
    ],
)
