GOLD = dict(
    published="2012-08-21",
    furniture=[
        "Japan formally asks South Korea to take islets row to world court",
        "August 21, 2012 / 8:47 PM", "By Harriet Koenig and Ken Miyazawa",
        "TOKYO (Meridian Wire) - ",
        "(Reporting by Harriet Koenig and Ken Miyazawa; Editing by Dora Lindqvist)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["Lee Myung bak", "President Lee Myung-bak", "President Lee", "Lee"],
        "Yoshihiko Noda": ["Prime Minister Yoshihiko Noda", "Noda"],
        "Kim Sung-hwan": ["Foreign Minister Kim Sung-hwan", "Kim"],
        "Koichiro Gemba": ["Foreign Minister Koichiro Gemba", "Gemba"],
        "Jun Azumi": ["Finance Minister Jun Azumi", "Azumi"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
    },
    quotes=[
        ("President Lee's visit cannot be reconciled", "direct", "Yoshihiko Noda",
         "told a meeting of his Cabinet"),
        ("Dokdo is our land, by history", "direct", "Kim Sung-hwan", "said"),
        ("We are offering a legal route", "direct", None, "said"),
    ],
    statements=[
        ("a foreign ministry official said.", [None], "said"),
        ("Noda also said he would ask Seoul", ["Yoshihiko Noda"], "said"),
        ("In Seoul, Foreign Minister Kim Sung-hwan told a parliamentary committee",
         ["Kim Sung-hwan"], "told"),
        ("Foreign Minister Koichiro Gemba has said Tokyo is prepared", ["Koichiro Gemba"],
         "has said"),
        ("Finance Minister Jun Azumi has said Japan is reviewing", ["Jun Azumi"], "has said"),
        ("Noda sent Lee a letter on Friday expressing regret", ["Yoshihiko Noda"],
         "expressing"),
        ("Lee angered Tokyo further last week by saying", ["Lee Myung-bak"], "saying"),
        ("A senior Japanese diplomat said Tokyo had not closed", [None], "said"),
    ],
    timexes=[
        ("August 21, 2012 / 8:47 PM", "2012-08-21T20:47", None),
        ("Japan on [[Tuesday]] formally", "2012-08-21", None),
        ("11 days ago", "2012-08-10", None),
        ("1965", "1965", None),
        ("the 1950s", "195", None),
        ("on Tuesday morning", "2012-08-21TMO", None),
        ("the same day", "2012-08-21", None),
        ("1954", "1954", None),
        ("1962", "1962", None),
        ("last October", "2011-10", None),
        ("this weekend", "2012-W34-WE", None),
        ("in Kyoto in [[December]]", "2011-12", None),
        ("in Beijing in [[May]]", "2012-05", None),
        ("late June", "2012-06", "END"),
        ("less than an hour", "PT1H", "LESS_THAN"),
        ("a letter on [[Friday]]", "2012-08-17", None),
        ("last week", "2012-W33", None),
    ],
    summits=[
        dict(date="2011-12", place="Kyoto", country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Noda and Lee held talks in Kyoto in December",
                       "But the Kyoto meeting was dominated"]),
        dict(date="2012-05", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="sidelines", ordinal=None,
             status="held", occasion="the China-Japan-South Korea trilateral summit",
             evidence=["Noda and Lee held talks in Kyoto in December"]),
        dict(date="2012-05", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["Noda and Lee held talks in Kyoto in December"]),
    ],
    agreements=[
        dict(title="special agreement to refer the islets dispute to the International Court"
             " of Justice", kind="treaty", date="2012-08-21", parties=["JP", "KR"],
             status="proposed",
             evidence=["Japan on Tuesday formally proposed",
                       "The note, delivered to the South Korean government",
                       "Without South Korea's consent the court"]),
        dict(title="conciliation under the 1965 exchange of notes", kind="commitment",
             date="2012-08-21", parties=["JP", "KR"], status="proposed",
             evidence=["A second proposal seeks conciliation"]),
        dict(title="1965 exchange of notes on the settlement of disputes", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced",
             evidence=["A second proposal seeks conciliation"]),
        dict(title="Japan-South Korea currency swap arrangement (expanded to $70 billion)",
             kind="mou", date="2011-10", parties=["JP", "KR"], status="referenced",
             evidence=["Finance Minister Jun Azumi has said Japan is reviewing"]),
        dict(title="military intelligence pact (GSOMIA), signing called off", kind="treaty",
             date=None, parties=["JP", "KR"], status="referenced",
             evidence=["a military intelligence pact the two governments were to sign"]),
    ],
    notes=[
        "Invented test article (international wire: headline, stamp line, byline, bare"
        " 'TOKYO (Meridian Wire) - ' dateline and credit line are furniture; the stamp is"
        " annotated). Reporters, outlet, the 8:47 PM stamp and every quote (Noda's, Kim's, the"
        " anonymous diplomat's) are invented; Noda's and Kim's words paraphrase the gist of"
        " what was reported. Real background: Japan's note of Tuesday 2012-08-21 proposing an"
        " ICJ referral by special agreement and conciliation under the 1965 exchange of notes"
        " (MOFA statement of 2012-08-30; Japan Times 2012-08-22); Lee's visit to the islets on"
        " 2012-08-10; earlier Japanese offers in 1954 and 1962; Gemba's readiness to file"
        " unilaterally; Azumi's hint at scaling back the swap; postponed finance officials'"
        " meeting (Straits Times); Noda's letter of Friday 2012-08-17; Lee's remark on the"
        " Emperor (2012-08-14, general knowledge); Lee-Noda in Kyoto (2011-12) and Beijing"
        " (2012-05, sidelines of the trilateral with Wen); the GSOMIA signing called off on"
        " 2012-06-29. The swap expansion to $70 billion in October 2011 is from general"
        " knowledge.",
        "Quotes: Noda (direct, relayed by a spokesman), Kim (direct), anonymous senior"
        " diplomat (direct, null).",
        "Statements: the foreign ministry official 'said' (null, end of the second sentence of"
        " paragraph 2); Noda 'also said'; Kim 'told a parliamentary committee' (the sentence"
        " before his quote); Gemba 'has said'; Azumi 'has said'; Noda's letter 'expressing"
        " regret'; Lee 'by saying'; the diplomat 'said' (sentence containing the quote and"
        " 'he said, speaking on condition ...' - kept as a statement because the sentence"
        " carries more than the quote; debatable).",
        "Timexes: published Tuesday 2012-08-21; '11 days ago' = 2012-08-10 (the visit date);"
        " 'the 1950s' = decade '195'; 'this weekend' = 2012-W34-WE (Sat 25-Sun 26 Aug); 'Only"
        " months ago' is vague and not annotated (debatable); 'December' ="
        " 2011-12 and 'May' = 2012-05 by tense; 'late June' = 2012-06 END; 'less than an"
        " hour' = PT1H LESS_THAN; 'Friday' = 2012-08-17; 'last week' = 2012-W33.",
        "Summits (3): Lee-Noda in Kyoto (2011-12); Lee-Noda in Beijing on the sidelines of"
        " the trilateral (2012-05); the Beijing trilateral itself with Wen (2012-05).",
        "Agreements (5): the proposed ICJ special agreement (treaty, proposed); the proposed"
        " conciliation (commitment, proposed); the 1965 exchange of notes (treaty,"
        " referenced); the swap arrangement (mou, referenced, dated to its 2011 expansion);"
        " GSOMIA (treaty, referenced, never signed, date null). Not records: the 1954 and"
        " 1962 offers (past proposals in aggregate, debatable); Japan's possible unilateral"
        " filing (one side's act).",
    ],
)
