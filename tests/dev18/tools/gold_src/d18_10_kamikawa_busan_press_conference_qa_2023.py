# ruff: noqa: E501
FMS = "I welcomed the frequent communication at the leaders' level"
RULING = "The judgment is clearly contrary to international law"
SIX = "At the trilateral meeting, the three ministers concurred"
ACCEL = "We also concurred to accelerate preparations"
EARLIEST = "The three countries concurred to work toward holding it"
PREV = "The previous summit was held in Chengdu"
XIQ = "Prime Minister Kishida met President Xi Jinping in San Francisco this month."
XIA = "At the Japan-China Summit Meeting on November 16"
CAMP = "Since the Japan-U.S.-ROK Summit at Camp David in August"
NK = "Minister Park and I confirmed"

GOLD = dict(
    published="2023-11-26",
    furniture=[
        "Extraordinary Press Conference by Foreign Minister KAMIKAWA Yoko\n\nSunday, November 26, 2023, 5:37 p.m. Busan\n\nJapanese\n\nOpening Remarks",
        "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs: ",
        "Q&A",
        "Kyodo Shimbun, Nakamura: ",
        "[[Minister Kamikawa: ]]The three countries",
        "NHK, Tanaka: ",
        "[[Minister Kamikawa: ]]At the Japan-China",
        "Yomiuri Shimbun, Ikeda: ",
        "[[Minister Kamikawa: ]]Yes.",
        "Asahi Shimbun, Kimura: ",
        "[[Minister Kamikawa: ]]We will continue",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoko Kamikawa": ["KAMIKAWA Yoko", "Minister Kamikawa"],
        "Park Jin": ["Minister of Foreign Affairs Park Jin", "Minister Park"],
        "Fumio Kishida": ["Prime Minister Kishida"],
        "Yoon Suk Yeol": ["President Yoon"],
        "Xi Jinping": ["President Xi Jinping"],
        "Joe Biden": [],
        "Shinzo Abe": [],
        "Moon Jae-in": [],
        "Li Keqiang": [],
    },
    quotes=[
        ("mutually beneficial relationship based on common strategic interests.", "partial", None, "reaffirmed"),
    ],
    statements=[
        (XIA, ["Fumio Kishida", "Xi Jinping"], "reaffirmed"),
    ],
    timexes=[
        ("Sunday, November 26, 2023, 5:37 p.m.", "2023-11-26T17:37", None),
        ("[[Today]], the Tenth", "2023-11-26", None),
        ("first such meeting in [[four years]]", "P4Y", None),
        ("This morning", "2023-11-26TMO", None),
        ("San Francisco on [[November 16]]", "2023-11-16", None),
        ("November 23", "2023-11-23", None),
        ("the [[1965]] Agreement", "1965", None),
        ("December 2015", "2015-12", None),
        ("more than four years", "P4Y", "MORE_THAN"),
        ("early next year", "2024", "START"),
        ("December 2019", "2019-12", None),
        ("San Francisco [[this month]]", "2023-11", None),
        ("today's", "2023-11-26", None),
        ("Summit Meeting on [[November 16]]", "2023-11-16", None),
        ("Camp David in [[August]]", "2023-08", None),
    ],
    summits=[
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[FMS]),
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Fumio Kishida", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[XIQ, XIA]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[PREV]),
        dict(date="2023-08", place="Camp David", country="US", participants=["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[CAMP]),
    ],
    agreements=[
        dict(title="continue close communication between the two foreign ministries", kind="commitment", date="2023-11-26",
             parties=["JP", "KR"], status="agreed", evidence=[FMS]),
        dict(title="1965 Agreement on the Settlement of Problems concerning Property and Claims and on Economic Co-operation", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[RULING]),
        dict(title="Japan-ROK Agreement of December 2015", kind="joint-statement", date="2015-12",
             parties=["JP", "KR"], status="referenced", evidence=[RULING]),
        dict(title="advance trilateral cooperation in six areas", kind="commitment", date="2023-11-26",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[SIX]),
        dict(title="accelerate preparations for the next trilateral summit, at the earliest convenient time", kind="commitment", date="2023-11-26",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[ACCEL, EARLIEST]),
        dict(title="mutually beneficial relationship based on common strategic interests (reaffirmed by Kishida and Xi)", kind="commitment", date="2023-11-16",
             parties=["CN", "JP"], status="referenced", evidence=[XIA]),
        dict(title="Camp David commitments, including annual foreign ministers' meetings", kind="commitment", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[CAMP]),
        dict(title="continue to coordinate closely on North Korea, including with the United States", kind="commitment", date="2023-11-26",
             parties=["JP", "KR"], status="agreed", evidence=[NK]),
    ],
    notes=[
        "Invented transcript in the style of a Japanese foreign ministry press-conference transcript (title, date line with clock time and place, 'Japanese' link, 'Opening Remarks', 'Q&A', outlet-tagged questioners; no quotation marks except around an instrument's wording). Title block, the 'Q&A' heading and all speaker labels are furniture; the date line is annotated. The questioners' names and every question and answer are invented; the opening remarks paraphrase the real minister's account. As in unseen15/16, the minister's own answers are not annotated as statements; only the Kishida-Xi reaffirmation, a joint act of two leaders she reports, is.",
        "Real facts, checked on stored pages: mofa.go.jp/press/kaiken/kaikenwe_000001_00005.html (extraordinary press conference, Sunday 26 November 2023, 5:37 p.m., Busan; tenth trilateral foreign ministers' meeting, first in four years; third Japan-ROK foreign ministers' meeting with Park Jin in the morning; frequent communication including APEC Leaders' Week; regret over the Seoul High Court judgment on the comfort women lawsuit; six areas; next trilateral summit, also the first in over four years); english-tools.ganp.jp NHK reading (Kishida and Xi agreed on the mutually beneficial relationship 'last November', i.e. November 2023; seafood ban); japannews.yomiuri 20230822-131200 and mcst.go.kr (Camp David, August 2023; yearly ministers' meetings). From general knowledge: the date of the Seoul High Court judgment (23 November 2023), the Kishida-Yoon and Kishida-Xi meetings in San Francisco on 16 November 2023, the 'earliest convenient time' formula, Chengdu (December 2019, Abe, Moon, Li Keqiang), the names of the 1965 and 2015 instruments.",
        "Summits (4): Kishida-Yoon and Kishida-Xi in San Francisco on 16 November (sidelines of APEC); Chengdu, December 2019 (trilateral); Camp David, August 2023 (trilateral). Not recorded: the next trilateral summit (no date: 'The specific date has not been decided'; 'early next year' is a questioner's report), the foreign ministers' meetings (not summits).",
        "Agreements (8): JP-KR ministers' commitments (close communication; coordination on North Korea), the 1965 agreement and the December 2015 agreement (referenced), two trilateral ministers' commitments (six areas; summit preparations, with 'earliest convenient time' as a second evidence sentence), the Kishida-Xi reaffirmation (referenced, 2023-11-16), the Camp David commitments (referenced). Not agreements: the demand to lift the import ban, the urging of 'appropriate measures'.",
        "Timexes: 'early next year' (questioner) is 2024 with START; 'This morning' 2023-11-26TMO; 'more than four years' P4Y with MORE_THAN.",
    ],
)
