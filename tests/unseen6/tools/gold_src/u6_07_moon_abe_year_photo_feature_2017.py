GOLD = dict(
    published="2017-12-28",
    furniture=[
        "Moon and Abe, 2017: a year in eight frames",
        "Photo feature | Published Dec. 28, 2017 | Seoul Daily Ledger",
        "Photo 1 of 8", "Photo 2 of 8", "Photo 3 of 8", "Photo 4 of 8",
        "Photo 5 of 8", "Photo 6 of 8", "Photo 7 of 8", "Photo 8 of 8",
        "May 11 - Cheong Wa Dae", "May 18 - Tokyo", "July 6 - Hamburg", "July 7 - Hamburg",
        "Sept. 7 - Vladivostok", "Sept. 21 - New York", "Nov. 10 - Da Nang",
        "Dec. 27 - Seoul",
        "Credit: Presidential Office pool",
        "[[Credit: Kim Ye-jin / Ledger]]\n\nPhoto 3", "[[Credit: Kim Ye-jin / Ledger]]\n\nPhoto 8",
        "[[Credit: Pool]]\n\nPhoto 4", "[[Credit: Pool]]\n\nPhoto 5",
        "[[Credit: Pool]]\n\nPhoto 6", "[[Credit: Pool]]\n\nPhoto 7",
        "Credit: Park Hyun-soo / Ledger",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["Moon Jae in", "Moon", "the president"],
        "Shinzo Abe": ["Abe"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Moon Hee-sang": ["Special envoy Moon Hee-sang"],
        "Kang Kyung-wha": ["Foreign Minister Kang Kyung-wha", "Kang"],
        "Taro Kono": ["Foreign Minister Taro Kono", "Kono"],
        "South Korean foreign ministry task force": ["A foreign ministry task force"],
    },
    quotes=[
        ("overcome difficulties", "partial", "Shinzo Abe", "says"),
        ("We stand together, without any gap,", "direct", "Moon Jae-in", "says"),
        ("after listening carefully", "partial", "Kang Kyung-wha", "says"),
        ("unmanageable.", "partial", "Taro Kono", "warns"),
    ],
    statements=[
        ("and Moon tells Abe that most Koreans", ["Moon Jae-in"], "tells"),
        ("Abe says he wants to", ["Shinzo Abe"], "says"),
        ("On the eve of the Group of 20 summit", ["Moon Jae-in", "Shinzo Abe", "Donald Trump"],
         "condemn"),
        ("The two leaders agree to revive shuttle diplomacy", ["Moon Jae-in", "Shinzo Abe"],
         "agree"),
        ("Abe and Moon agree to push", ["Shinzo Abe", "Moon Jae-in"], "agree"),
        ("A foreign ministry task force reports", ["South Korean foreign ministry task force"],
         "reports"),
        ("Foreign Minister Kang Kyung-wha says", ["Kang Kyung-wha"], "says"),
        ("In Tokyo, Foreign Minister Taro Kono warns", ["Taro Kono"], "warns"),
    ],
    timexes=[
        ("Dec. 28, 2017", "2017-12-28", None),
        ("spent [[2017]] circling", "2017", None),
        ("two years ago", "2015", None),
        ("May 11", "2017-05-11", None),
        ("the day before", "2017-05-10", None),
        ("25 minutes", "PT25M", None),
        ("the [[2015]] comfort women agreement", "2015", None),
        ("May 18", "2017-05-18", None),
        ("July 6", "2017-07-06", None),
        ("two days earlier", "2017-07-04", None),
        ("July 7", "2017-07-07", None),
        ("apart on the [[2015]] deal", "2015", None),
        ("Sept. 7", "2017-09-07", None),
        ("Sept. 3", "2017-09-03", None),
        ("Sept. 21", "2017-09-21", None),
        ("Nov. 10", "2017-11-10", None),
        ("Dec. 27", "2017-12-27", None),
        ("that the [[2015]] deal was struck", "2015", None),
        ("Next year", "2018", None),
        ("February", "2018-02", None),
    ],
    summits=[
        dict(date="2017-07-06", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Shinzo Abe", "Donald Trump"], kind="trilateral",
             ordinal=None, status="held", occasion="G20",
             evidence=["On the eve of the Group of 20 summit"]),
        dict(date="2017-07-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=1,
             status="held", occasion="G20",
             evidence=["The first Moon-Abe summit.",
                       "The two leaders agree to revive shuttle diplomacy"]),
        dict(date="2017-09-07", place="Vladivostok", country="RU",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=2,
             status="held", occasion="the Eastern Economic Forum",
             evidence=["Their second one-on-one, at the Eastern Economic Forum.",
                       "Abe and Moon agree to push"]),
        dict(date="2017-09-21", place="New York", country="US",
             participants=["Moon Jae-in", "Shinzo Abe", "Donald Trump"], kind="trilateral",
             ordinal=None, status="held", occasion="the UN General Assembly",
             evidence=["Trump hosts Moon and Abe for lunch"]),
    ],
    agreements=[
        dict(title="2015 comfort women agreement", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced",
             evidence=["one long argument about a deal signed two years ago",
                       "and Moon tells Abe that most Koreans",
                       "The two leaders agree to revive shuttle diplomacy",
                       "A foreign ministry task force reports",
                       "In Tokyo, Foreign Minister Taro Kono warns"]),
        dict(title="revive shuttle diplomacy", kind="commitment", date="2017-07-07",
             parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agree to revive shuttle diplomacy"]),
        dict(title="push for tougher UN sanctions on North Korea", kind="commitment",
             date="2017-09-07", parties=["JP", "KR"], status="agreed",
             evidence=["Abe and Moon agree to push"]),
    ],
    notes=[
        "Invented test article: photo feature with intro, eight captions (each with 'Photo N"
        " of 8', a date-and-place line and a 'Credit:' line, all furniture; the date lines"
        " are annotated as timexes) and a closing line. Every quote is invented, including"
        " the one-word and short partials given to Abe, Kang and Kono; photographers and the"
        " outlet are fictional. Real background: the Moon-Abe call of 2017-05-11 (25"
        " minutes); envoy Moon Hee-sang with Abe in Tokyo on 2017-05-18; the Trump-Abe-Moon"
        " dinner at the US consulate general in Hamburg on 2017-07-06 after North Korea's"
        " first ICBM launch on 2017-07-04; the first Moon-Abe summit in Hamburg on 2017-07-07"
        " (shuttle diplomacy revived, differences on the 2015 deal); Vladivostok on"
        " 2017-09-07 after the sixth nuclear test of 2017-09-03; the New York lunch of"
        " 2017-09-21; no Moon-Abe meeting at APEC Da Nang or in Manila in November 2017; the"
        " task force report of 2017-12-27, Kang's response and Kono's warning; PyeongChang"
        " in February 2018.",
        "Quotes: Abe, Moon, Kang and Kono. All in caption text, not in furniture.",
        "Statements: Moon 'tells'; Abe 'says'; the three 'condemn' (relative clause; joint"
        " act); the two 'agree' twice; the task force 'reports'; Kang 'says'; Kono 'warns'."
        " Not a statement: Moon's full direct-quote sentence.",
        "Timexes: published Thursday 2017-12-28; caption date lines (furniture) in 2017;"
        " 'two years ago' = 2015; 'the day before' = 2017-05-10; 'two days earlier' ="
        " 2017-07-04; the three '2015' inside 'the 2015 ... agreement/deal'; 'Next year' ="
        " 2018 and bare 'February' (future, across the year boundary) = 2018-02. Not timexes:"
        " 'days later' (vague), 'the eve' (debatable: = 2017-07-06, but the date line already"
        " gives it; not annotated).",
        "Summits (4): Hamburg three-way dinner (trilateral, 2017-07-06); Hamburg bilateral"
        " (ordinal 1, 'The first Moon-Abe summit'); Vladivostok (ordinal 2, 'Their second"
        " one-on-one'); New York three-way lunch (trilateral). Not summits: the phone call,"
        " the envoy's call on Abe, Da Nang/Manila ('no bilateral meeting is arranged'), the"
        " G20, EEF, UNGA and APEC gatherings themselves, the Olympics visit Seoul hopes for.",
        "Agreements (3): the 2015 deal (joint-statement, referenced, date 2015 from 'two years"
        " ago' and '2015'); shuttle diplomacy (2017-07-07) and UN sanctions push (2017-09-07)"
        " as commitments with status agreed (reported in a year review; 'referenced' would"
        " also be defensible). Not agreements: the three-way condemnation (a joint act, no"
        " course of action), the task force's findings.",
    ],
)
