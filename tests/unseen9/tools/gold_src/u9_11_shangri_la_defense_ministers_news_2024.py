GOLD = dict(
    published="2024-06-02",
    furniture=[
        "Japan, South Korea defense chiefs agree on steps to bury 2018 radar dispute",
        "June 2, 2024 | The Hokuriku Chronicle (English edition)",
        "By Takuya Endo / Chronicle Staff Writer", "SINGAPORE - ",
        "Related articles: Editorial: Putting the radar row to rest | Japan, US, South Korea to"
        " hold defense talks",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Minoru Kihara": ["Defense Minister Minoru Kihara", "Kihara"],
        "Shin Won-sik": ["his South Korean counterpart, Shin Won-sik", "Shin"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon Suk-yeol"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
        "Hisako Mori": ["a professor of security studies at Kanazawa Kita University"],
        "Japanese government": ["Tokyo"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("Our position on the facts has not changed", "direct", "Minoru Kihara",
         "told reporters"),
        ("But if something like that happened again", "direct", "Minoru Kihara",
         "told reporters"),
        ("look forward instead of backward,", "partial", "Shin Won-sik", "said"),
        ("The radar issue was never really about radar", "direct", "Hisako Mori", "said"),
        ("It was a proxy for everything else", "direct", "Hisako Mori", "said"),
    ],
    statements=[
        ("Defense Minister Minoru Kihara and his South Korean counterpart",
         ["Minoru Kihara", "Shin Won-sik"], "agreed"),
        ("In a joint press statement issued after the meeting",
         ["Minoru Kihara", "Shin Won-sik"], "said"),
        ("The two sides also agreed to resume high-level exchanges",
         ["Minoru Kihara", "Shin Won-sik"], "agreed"),
        ("The statement did not say what happened", ["Japanese government"], "says"),
        ("Seoul has denied the claim", ["South Korean government"], "has denied"),
        ("Shin said the agreement would let", ["Shin Won-sik", None], "said"),
        ("Kihara also asked Shin at the outset", ["Minoru Kihara"], "asked"),
    ],
    timexes=[
        ("June 2, 2024", "2024-06-02", None),
        ("agreed [[on Saturday]]", "2024-06-01", None),
        ("repeating a [[2018]] standoff", "2018", None),
        ("about an hour", "PT1H", "APPROX"),
        ("about a year", "P1Y", "APPROX"),
        ("Dec. 20, 2018", "2018-12-20", None),
        ("switched on [[in December]]", "2023-12", None),
        ("Lloyd Austin [[on Sunday]]", "2024-06-02", None),
        ("last Sunday", "2024-05-26", None),
        ("and [[on Monday]] they", "2024-05-27", None),
        ("since [[2019]]", "2019", None),
        ("Last year", "2023", None),
        ("countries' [[2016]] military", "2016", None),
    ],
    summits=[
        dict(date="2024-05-26", place="Seoul", country="KR",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Prime Minister Fumio Kishida and President Yoon Suk Yeol held talks"]),
        dict(date="2024-05-27", place="Seoul", country="KR",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Li Qiang"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Prime Minister Fumio Kishida and President Yoon Suk Yeol held talks"]),
    ],
    agreements=[
        dict(title="joint press statement of the defense ministers (Singapore)",
             kind="joint-statement", date="2024-06-01", parties=["JP", "KR"],
             status="agreed",
             evidence=["In a joint press statement issued after the meeting",
                       "The statement did not say what happened"]),
        dict(title="navies' document on conduct at encounters, incl. strict adherence to CUES"
             " (measures against a repeat of the radar incident)", kind="mou",
             date="2024-06-01", parties=["JP", "KR"], status="agreed",
             evidence=["Defense Minister Minoru Kihara and his South Korean counterpart",
                       "In a joint press statement issued after the meeting",
                       "\"But if something like that happened again"]),
        dict(title="resume high-level exchanges between the two militaries",
             kind="commitment", date="2024-06-01", parties=["JP", "KR"], status="agreed",
             evidence=["The two sides also agreed to resume high-level exchanges"]),
        dict(title="hold vice-ministerial defense talks regularly", kind="commitment",
             date="2024-06-01", parties=["JP", "KR"], status="agreed",
             evidence=["The two sides also agreed to resume high-level exchanges"]),
        dict(title="restart working-level defense policy consultations", kind="commitment",
             date="2024-06-01", parties=["JP", "KR"], status="agreed",
             evidence=["The two sides also agreed to resume high-level exchanges"]),
        dict(title="Japanese request to deepen real-time missile warning data sharing with the"
             " United States", kind="commitment", date="2024-06-01", parties=["JP", "KR"],
             status="proposed", evidence=["Kihara also asked Shin at the outset"]),
        dict(title="2016 military intelligence-sharing pact (GSOMIA)", kind="treaty",
             date="2016", parties=["JP", "KR"], status="referenced",
             evidence=["Last year Seoul restored the two countries' 2016"]),
    ],
    notes=[
        "Invented test article (Japanese daily: headline, date-and-outlet line, byline,"
        " 'SINGAPORE - ' and the 'Related articles' line are furniture; the date is"
        " annotated). Outlet, reporter, the academic and all quotes are invented (Kihara's"
        " words paraphrase his reported remarks). Real background (Jiji via Nippon.com"
        " 2024-06-01, Arab News Japan 2024-06-02, Kyodo via APA 2024-06-01, KBS 2024-05-31,"
        " fa.news, News On Japan 2024-06-02, Jiji via OANA 2024-05-20, Wikipedia mirror on"
        " the radar dispute): Kihara-Shin meeting in Singapore on Saturday 2024-06-01 at the"
        " Shangri-La Dialogue, first in about a year; joint statement; navies' document on"
        " encounters, CUES adherence; resumed high-level exchanges, regular vice-ministerial"
        " talks, working-level policy dialogue; no account of what happened on 2018-12-20 off"
        " the Noto Peninsula; Kihara's 'position unchanged' and 'irreparable' remarks and his"
        " request on real-time missile data sharing. From general knowledge: the length of"
        " the meeting (invented), the data-sharing system's start in December 2023, the"
        " trilateral defense ministers' meeting with Austin on 2024-06-02, the Kishida-Yoon"
        " talks of 2024-05-26 and the trilateral of 2024-05-27 in Seoul, GSOMIA (signed 2016)"
        " restored in 2023.",
        "Agreements (7): the joint press statement (issued: status agreed); the navies'"
        " document on encounters (mou kind as an arrangement between the two navies, one"
        " record for 'measures to keep their forces from repeating' and the document;"
        " debatable: commitment); three commitments in one sentence (split); Kihara's request"
        " (proposal, debatable); GSOMIA (referenced). Not agreements: the CUES itself (a"
        " multilateral code, not a Japan-Korea instrument), the data-sharing system.",
        "Summits (2): Kishida-Yoon in Seoul on 2024-05-26 and the Seoul trilateral with Li"
        " Qiang on 2024-05-27. Not summits: the defense ministers' meeting and the planned"
        " three-way defense talks with Austin.",
        "Timexes: 'on a regular basis' (a set) is not annotated; 'on Sunday' = the"
        " publication day.",
    ],
)
