GOLD = dict(
    published="2017-12-28",
    furniture=[
        "OPINION | Column",
        "The task force opened the file. Now Seoul has to decide what to do with it",
        "By Jang Hye-rin", "Published Dec. 28, 2017, 06:30",
        "Jang Hye-rin is a former correspondent in Tokyo and a columnist for this newspaper.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kang Kyung-wha": ["Foreign Minister Kang Kyung-wha", "Kang", "She"],
        "Taro Kono": ["Foreign Minister Taro Kono", "Kono"],
        "Moon Jae-in": ["Moon Jae in", "President Moon Jae-in", "Moon", "He"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
    },
    quotes=[
        ("finally and irreversibly,", "partial", None, "announced"),
    ],
    statements=[
        ("Two years to the day after the foreign ministers", [None], "announced"),
        ("She said the government would take its time", ["Kang Kyung-wha"], "said"),
        ("Foreign Minister Taro Kono warned", ["Taro Kono"], "warned"),
        ("He has told voters that the deal", ["Moon Jae-in"], "has told"),
        ("Abe has not said whether he will come.", ["Shinzo Abe"], "has not said"),
    ],
    timexes=[
        ("Dec. 28, 2017, 06:30", "2017-12-28T06:30", None),
        ("Two years", "P2Y", None),
        ("July 31", "2017-07-31", None),
        ("Wednesday afternoon", "2017-12-27TAF", None),
        ("five months", "P5M", None),
        ("2017 trying", "2017", None),
        ("taking office in [[May]]", "2017-05", None),
        ("in Hamburg in [[July]]", "2017-07", None),
        ("in Vladivostok in [[September]]", "2017-09", None),
        ("later that month", "2017-09", "END"),
        ("the 2015 deal", "2015", None),
        ("the 2015 text", "2015", None),
        ("in [[February]], when", "2018-02", None),
        ("another year in which", "P1Y", None),
        ("another year to give", "P1Y", None),
    ],
    summits=[
        dict(date="2017-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the G20",
             evidence=["and he has met Prime Minister Shinzo Abe three times"]),
        dict(date="2017-09", place="Vladivostok", country="RU",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["and he has met Prime Minister Shinzo Abe three times"]),
        dict(date="2017-09", place="New York", country="US",
             participants=["Moon Jae-in", "Shinzo Abe", "Donald Trump"], kind="trilateral",
             ordinal=None, status="held", occasion="the U.N. General Assembly",
             evidence=["and he has met Prime Minister Shinzo Abe three times"]),
    ],
    agreements=[
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015-12-28", parties=["JP", "KR"], status="referenced",
             evidence=["Two years to the day after the foreign ministers",
                       "left parts of the deal out of public view",
                       "Foreign Minister Taro Kono warned",
                       "He has told voters that the deal",
                       "In none of those meetings did the 2015 deal",
                       "If Seoul declares the agreement void",
                       "Seoul can keep the agreement formally in place"]),
        dict(title="revive regular visits between the capitals (shuttle diplomacy)",
             kind="commitment", date="2017-07", parties=["JP", "KR"], status="referenced",
             evidence=["and he has met Prime Minister Shinzo Abe three times"]),
    ],
    notes=[
        "Invented test article (op-ed: kicker, headline, byline, 'Published' line and closing"
        " author bio are furniture; the published stamp is annotated). Columnist, newspaper,"
        " stamp and all argument are invented; no direct quotes of real officials (Kang's and"
        " Kono's reactions are paraphrased). Real background: the 2015-12-28 announcement by"
        " the two foreign ministers ('finally and irreversibly' is the public wording of the"
        " 2015 announcement, kept as a short partial); the task force launched by Kang on"
        " 2017-07-31 (nine members) and its report of Wednesday 2017-12-27 (undisclosed parts,"
        " lack of victim-centred approach); Kang's apology and Kono's warning the same day"
        " (Arirang, The Hindu, Xinhua, MOFA Korea pages); Moon-Abe in Hamburg (2017-07-07,"
        " G20 sidelines, agreement to revive shuttle diplomacy), Vladivostok (2017-09-07,"
        " Eastern Economic Forum) and the New York lunch with Trump (2017-09-21, UNGA); the"
        " Pyeongchang Olympics in February 2018. The survivor count of 32 is from general"
        " knowledge (approximate).",
        "Quotes: one partial ('finally and irreversibly,' attributed to the 2015 foreign"
        " ministers jointly, entered as a collective entity with no aliases; debatable). The"
        " first quotation-marked 'comfort women' is a term, not a quote.",
        "Statements: the unnamed 2015 ministers 'announced' (lede"
        " sentence, null); Kang 'said ... and she"
        " apologized'; Kono 'warned ... and insisted'; Moon 'has told voters' (He, resolved"
        " to Moon); Abe 'has not said' (a negated statement, debatable). Not statements: the"
        " task force's 'verdict' (a document; debatable), 'Tokyo's answer came within hours'.",
        "Timexes: published Thursday 2017-12-28; 'Two years' (in 'Two years to the day"
        " after') = P2Y (debatable: could be read as the anchor day 2015-12-28); 'Wednesday"
        " afternoon' = 2017-12-27TAF; 'five"
        " months' = P5M; 'within hours' is vague, not"
        " annotated; '2017'; 'May',"
        " 'July', 'September' by tense in 2017; 'later that month' = 2017-09 END (debatable);"
        " 'the 2015 deal' / 'the 2015 text' = 2015 (year inside a name); 'February' (future) ="
        " 2018-02; 'another year' x2 = P1Y.",
        "Summits (3): Hamburg (G20 sidelines), Vladivostok (no occasion named in the text,"
        " kind bilateral), the New York lunch with Trump (trilateral, UNGA). Not summits:"
        " Abe's possible Olympic visit (hypothetical), 'another year in which the two leaders"
        " meet' (hypothetical).",
        "Agreements (2): the 2015 agreement (joint-statement, referenced, many mentions); the"
        " Hamburg commitment to revive regular visits (commitment, referenced). Not"
        " agreements: the columnist's proposed letter and the return of the 1 billion yen"
        " (advice, not a proposal by a government).",
    ],
)
