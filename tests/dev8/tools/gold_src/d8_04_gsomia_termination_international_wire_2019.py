KYG = "Kim You-geun"
MOON = "Moon Jae-in"
KONO = "Taro Kono"
KRG = "Government of South Korea"
JPG = "Government of Japan"
USG = "Government of the United States"
KJ = ["JP", "KR"]
HEAD = "UPDATE 3-South Korea to scrap intelligence-sharing pact"
B1 = "* Seoul says pact no longer serves national interest"
B2 = "* Tokyo protests, U.S. says it is disappointed"
LEAD = "South Korea said on Thursday it would scrap"
DUE = "had been due to renew automatically on Saturday"
NOTIFY = "Seoul will formally notify Tokyo before the deadline"
GRAVE = "Kim said Japan had caused a"
KEEP = "keeping the agreement is not in our national interest"
HOUR = "He said the decision had been made after an hour-long meeting"
KONOS = "Japanese Foreign Minister Taro Kono called the move"
POMP = "U.S. Secretary of State Mike Pompeo said"
SIGNED = "Seoul and Tokyo signed the pact in November 2016"
TISA = "It allows them to exchange classified information"
TOKYO = "Tokyo, which says the matter was settled under a 1965 treaty"
SPEECH = "Moon said in a speech on Aug. 15"
NY = "Moon and Japanese Prime Minister Shinzo Abe have not held formal talks"
GIFT = "Ending the pact hands Pyongyang a gift"
GOLD = dict(
    published="2019-08-22",
    furniture=["(Adds Pompeo comments, analyst quote)", "By Jae-won Lee and Hiroko Sato",
               "SEOUL/TOKYO, Aug 22 (Lodestar) -",
               "(Reporting by Jae-won Lee in Seoul and Hiroko Sato in Tokyo; Additional"
               " reporting by Daniel Ortiz in Washington; Editing by Clare Whitmore)"],
    timex_in_furniture_ok=True,
    entities={
        KYG: ["Kim You-geun", "Kim", "He"],
        MOON: ["President Moon Jae-in", "Moon"],
        KONO: ["Japanese Foreign Minister Taro Kono", "Kono"],
        "Mike Pompeo": ["U.S. Secretary of State Mike Pompeo"],
        "Kang Kyung-wha": [],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Rachel Kwon": [],
        KRG: ["Seoul", "South Korea"],
        JPG: ["Tokyo"],
        USG: ["U.S.", "Washington"],
    },
    quotes=[
        ("grave change", "partial", KYG, "said"),
        ("Under these circumstances, the government has concluded", "direct", KYG,
         "told a news briefing"),
        ("extremely regrettable", "partial", KONO, "called"),
        ('was "[[disappointed]]"', "partial", "Mike Pompeo", "said"),
        ("gladly join hands", "partial", MOON, "said"),
        ("Ending the pact hands Pyongyang a gift", "direct", "Rachel Kwon", "said"),
        ("The only winner today is in the North.", "direct", "Rachel Kwon", "said"),
    ],
    statements=[
        (B1, [KRG], "says"),
        (B2, [JPG, USG], "says"),
        (LEAD, [KRG], "said"),
        (NOTIFY, [KYG], "said"),
        (GRAVE, [KYG], "said"),
        (HOUR, [KYG], "said"),
        (KONOS, [KONO], "called"),
        (POMP, ["Mike Pompeo"], "said"),
        (TOKYO, [JPG], "says"),
        (SPEECH, [MOON], "said"),
    ],
    timexes=[
        ("Beijing on [[Wednesday]]", "2019-08-21", None),
        ("Aug 22", "2019-08-22", None),
        ("said on [[Thursday]] it", "2019-08-22", None),
        ("automatically on [[Saturday]]", "2019-08-24", None),
        ("this month", "2019-08", None),
        ("hour-long", "PT1H", None),
        ("November 2016", "2016-11", None),
        ("December 2014", "2014-12", None),
        ("late last year", "2018", "END"),
        ("a [[1965]] treaty", "1965", None),
        ("July 4", "2019-07-04", None),
        ("on [[Aug. 2]] decided", "2019-08-02", None),
        ("from [[Aug. 28]]", "2019-08-28", None),
        ("met on [[Wednesday]] outside", "2019-08-21", None),
        ("Aug. 15", "2019-08-15", None),
        ("September last year", "2018-09", None),
        ("Osaka in [[June]]", "2019-06", None),
        ("The only winner [[today]]", "2019-08-22", None),
    ],
    summits=[
        dict(date="2018-09", place="New York", country="US", participants=[MOON, "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held",
             occasion="the U.N. General Assembly", evidence=[NY]),
    ],
    agreements=[
        dict(title="General Security of Military Information Agreement (GSOMIA)",
             kind="treaty", date="2016-11", parties=KJ, status="referenced",
             evidence=[HEAD, B1, LEAD, DUE, KEEP, SIGNED, GIFT]),
        dict(title="three-way intelligence-sharing arrangement with the United States"
                   " (December 2014)", kind="mou", date="2014-12", parties=["JP", "KR", "US"],
             status="referenced", evidence=[TISA]),
        dict(title="1965 treaty (settlement of wartime claims)", kind="treaty", date="1965",
             parties=KJ, status="referenced", evidence=[TOKYO]),
    ],
    notes=[
        "Invented article in the style of a Reuters 'UPDATE' (the agency Lodestar, reporters"
        " Jae-won Lee, Hiroko Sato, Daniel Ortiz, editor Clare Whitmore, analyst Rachel Kwon"
        " and the Tidewater Institute are fictional; Kim's direct quote is reworded from his"
        " reported statement; 'grave change', 'extremely regrettable', 'disappointed' and"
        " 'gladly join hands' are short fragments of reported remarks). Furniture: (Adds"
        " ...) line, byline, dateline (date annotated), credit line; the headline and the"
        " three bullet lines are text. Checked (pages): the announcement on Thursday Aug. 22,"
        " 2019 by Kim You-geun, the 'grave change' caused by Japan's removal of South"
        " Korea's fast-track export status without evidence, not in the national interest,"
        " automatic renewal on Saturday, notice before the Aug. 24 deadline, an hour-long"
        " NSC discussion, Moon's approval, the foreign ministers' meeting outside Beijing"
        " that week, intelligence shared through the U.S. before the 2016 signing (Reuters"
        " via sharenet; Daily Star; Yonhap AEN20190822011700315); Kono's 'extremely"
        " regrettable' and protest, Pompeo's disappointment and call for dialogue (AFP via"
        " Hurriyet; SCMP); the 1965 treaty position, July export curbs and white-list"
        " removal (Korea Herald, 2023-06-27; Yonhap). Public record: GSOMIA signed Nov. 23,"
        " 2016; the trilateral information-sharing arrangement of Dec. 29, 2014; curbs"
        " effective July 4 and the white-list decision of Aug. 2 effective Aug. 28; Moon's"
        " Aug. 15 speech; the Kang-Kono meeting of Aug. 21 near Beijing.",
        "Summits (1): Moon-Abe in New York, September 2018 (UNGA sidelines). Not summits:"
        " the Osaka handshake ('exchanged only a handshake'), the foreign ministers' meeting,"
        " the three-way meeting with China (ministers), the G20 summit.",
        "Agreements (3): GSOMIA (referenced treaty: the reported event is a decision to end"
        " it, not its conclusion); the three-way arrangement of December 2014 (an arrangement"
        " between defence ministries: mou by the contract); the 1965 treaty as the text calls"
        " it (the claims settlement agreement; kind treaty). Not agreements: the export"
        " measures and the white list (unilateral), Moon's offer to join hands (no joint"
        " course proposed).",
        "Statements: the bullet lines with 'says' are statements (as decks); 'Tokyo, which"
        " says the matter was settled ..., tightened curbs' is annotated for the relative"
        " clause (debatable).",
        "Timexes: 'late last year' = 2018 END; 'hour-long' = PT1H; 'today' in the analyst's"
        " quote = the publication day; 'months-long' is vague; 'World War Two' is an event"
        " name and is not annotated.",
    ],
)
