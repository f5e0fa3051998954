GOLD = dict(
    published="2019-08-21",
    furniture=[
        "HANUL TV EVENING NEWS - Transcript",
        "Wednesday, August 21, 2019",
        "Segment 2 of 4: Kang and Kono meet in Beijing",
        "ANCHOR (Choi Min-jung): ",
        "[[REPORT (Lim Dae-ho): ]]The two ministers met",
        "[[REPORT (Lim Dae-ho): ]]The meeting of the three",
        "[[REPORT (Lim Dae-ho): ]]That is the question",
        "[[ANCHOR: ]]Lim, what about",
        "[[ANCHOR: ]]Lim Dae-ho in Beijing",
        "[Soundbite: Foreign Minister Kang Kyung-wha]",
        "[Soundbite: Foreign Minister Taro Kono]",
        "[Soundbite: Kim Tae-yoon, researcher, Korea Institute for Strategic Review]",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kang Kyung-wha": ["Foreign Minister Kang Kyung-wha", "Minister Kang", "Kang", "she",
                           "South Korea's foreign minister"],
        "Taro Kono": ["Foreign Minister Taro Kono", "Minister Kono", "Kono",
                      "her Japanese counterpart"],
        "Wang Yi": ["Chinese Foreign Minister Wang Yi", "Wang"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Moon Jae-in": [],
        "Shinzo Abe": [],
        "Li Keqiang": [],
        "Kim Tae-yoon": [],
    },
    quotes=[
        ("I told Minister Kono plainly", "direct", "Kang Kyung-wha", None),
        ("The basis of our relationship", "direct", "Taro Kono", None),
        ("Neither capital wants to be the one", "direct", "Kim Tae-yoon", None),
    ],
    statements=[
        ("Foreign Minister Kang Kyung-wha asked Japan to withdraw", ["Kang Kyung-wha"], "asked"),
        ("Foreign Minister Taro Kono, for his part, repeated", ["Taro Kono"], "repeated"),
        ("The two did agree to keep talking.", ["Kang Kyung-wha", "Taro Kono"], "agree"),
        ("Officials said the ministers agreed", [None, "Kang Kyung-wha", "Taro Kono"], "said"),
        ("Wang told reporters afterward", ["Wang Yi", "Kang Kyung-wha", "Taro Kono"],
         "told reporters"),
        ("Kang also met Wang on Tuesday", ["Kang Kyung-wha", "Wang Yi"], "discussed"),
        ("Minister Kang told reporters before leaving Seoul", ["Kang Kyung-wha"],
         "told reporters"),
    ],
    timexes=[
        ("Wednesday, August 21, 2019", "2019-08-21", None),
        ("in Beijing [[today]]", "2019-08-21", None),
        ("in the afternoon", "2019-08-21TAF", None),
        ("about 35 minutes", "PT35M", "APPROX"),
        ("Aug. 28", "2019-08-28", None),
        ("[[last year]]'s Supreme Court", "2018", None),
        ("the [[1965]] claims agreement", "1965", None),
        ("agreement of [[1965]]", "1965", None),
        ("three years", "P3Y", None),
        ("later this year", "2019", None),
        ("in May last year", "2018-05", None),
        ("Wang [[on Tuesday]]", "2019-08-20", None),
        ("by Saturday", "2019-08-24", None),
        ("tonight", "2019-08-21TNI", None),
    ],
    summits=[
        dict(date="2019", place=None, country="CN",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["Wang told reporters afterward"]),
        dict(date="2018-05", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The last three-way summit took place in Tokyo"]),
    ],
    agreements=[
        dict(title="continue dialogue between the two foreign ministries", kind="commitment",
             date="2019-08-21", parties=["JP", "KR"], status="agreed",
             evidence=["The two did agree to keep talking.",
                       "Officials said the ministers agreed"]),
        dict(title="work toward a China-Japan-ROK leaders' summit in China later in 2019",
             kind="commitment", date="2019-08-21", parties=["CN", "JP", "KR"], status="agreed",
             evidence=["Wang told reporters afterward"]),
        dict(title="1965 claims agreement", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced",
             evidence=["Foreign Minister Taro Kono, for his part, repeated",
                       "The basis of our relationship is the agreement of 1965."]),
        dict(title="GSOMIA (military intelligence pact)", kind="treaty", date=None,
             parties=["JP", "KR"], status="referenced",
             evidence=["Lim, what about the intelligence-sharing pact",
                       "The military intelligence pact, GSOMIA, renews automatically"]),
    ],
    notes=[
        "Invented TV news transcript (programme line, date line, segment line, speaker labels"
        " and [Soundbite: ...] labels are furniture; the date line is annotated). Channel,"
        " anchor, correspondent, the researcher and every quote are invented, as are the length"
        " of the talks and the final promo. Real background: Xinhua, korea.net and the Chinese"
        " embassy page of 2019-08-21 (ninth trilateral foreign ministers' meeting at Gubei Water"
        " Town in Beijing hosted by Wang Yi, first in three years; Wang on full preparations for"
        " the eighth leaders' meeting); Korea Herald 2019-08-20 (Kang in Beijing, bilateral with"
        " Kono on Wednesday afternoon, GSOMIA decision due by Saturday, white-list removal"
        " effective 28 August, Kang-Wang meeting on 20 August, 'nothing decided yet'); Korea"
        " Herald 2019-08-07 (last trilateral summit in Tokyo in May 2018); Inquirer/Korea Herald"
        " 2019-08-08 (Xi's possible visit to Seoul expected on the Kang-Wang agenda). From general knowledge: the 2018 Supreme Court rulings and"  # noqa: E501
        " Japan's claim that they breach the 1965 claims agreement; Moon, Abe and Li Keqiang as"
        " the leaders at trilateral summits of that period.",
        "Summits (2): the planned trilateral in China 'later this year' and the Tokyo trilateral"
        " of May 2018, both listed with the leaders then in office (the text names none). Not"
        " summits: the foreign ministers' meetings (bilateral and trilateral), Xi's 'possible"
        " visit' to Seoul (discussed, not planned).",
        "Agreements (4): dialogue between the foreign ministries (one record, two sentences);"
        " the commitment to work toward the trilateral summit; the 1965 claims agreement and"
        " GSOMIA (referenced; GSOMIA's date is null because the text gives none). Not"
        " agreements: Japan's export controls (unilateral), Kang's and Kono's demands.",
        "Quotes: soundbites with no reporting verb take cue null. Statements: 'discussed' in"
        " 'the two discussed a possible visit' counted as a reported exchange (debatable).",
        "Timexes: 'Good evening' is a greeting, not annotated; 'last year's' = 2018.",
    ],
)
