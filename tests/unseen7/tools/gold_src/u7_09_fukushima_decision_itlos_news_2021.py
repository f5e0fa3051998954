GOLD = dict(
    published="2021-04-14",
    furniture=[
        "Moon orders review of legal action at sea tribunal over Fukushima water",
        "Posted : 2021-04-14 18:22", "By Han Ji-soo",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["Moon Jae in", "President Moon Jae-in", "Moon"],
        "Yoshihide Suga": ["Prime Minister Yoshihide Suga", "Suga"],
        "Koichi Aiboshi": ["Aiboshi", "The ambassador"],
        "Kang Min-seok": ["spokesman Kang Min-seok", "Kang", "his spokesman"],
        "Choi Jong-kun": ["First Vice Foreign Minister Choi Jong-kun", "Choi"],
        "Joe Biden": ["President Joe Biden", "Biden"],
        "Park Tae-hoon": ["Park"],
        "Japanese government": ["Tokyo", "Japan"],
        "U.S. State Department": ["The U.S. State Department"],
    },
    quotes=[
        ("As the country closest to Japan and one that shares", "direct", "Moon Jae-in",
         "told him"),
        ("We want information before the fact", "direct", None, "said"),
        ("Seoul has a real case on consultation", "direct", "Park Tae-hoon", "said"),
        ("A tribunal will ask whether Japan cooperated", "direct", "Park Tae-hoon", None),
    ],
    statements=[
        ("President Moon Jae-in on Wednesday told his aides", ["Moon Jae-in"], "told"),
        ("Tokyo says the water will be filtered", ["Japanese government"], "says"),
        ("Moon asked Aiboshi to convey", ["Moon Jae-in"], "asked"),
        ("First Vice Foreign Minister Choi Jong-kun told him", ["Choi Jong-kun"], "told"),
        ("A foreign ministry official said Seoul would propose", [None], "said"),
        ("The U.S. State Department has said", ["U.S. State Department"], "has said"),
        ("Japan has said it will ask the International Atomic Energy Agency",
         ["Japanese government"], "has said"),
    ],
    timexes=[
        ("2021-04-14 18:22", "2021-04-14T18:22", None),
        ("President Moon Jae-in on [[Wednesday]]", "2021-04-14", None),
        ("came [[a day]] after", "P1D", None),
        ("about two years", "P2Y", "APPROX"),
        ("earlier in the day", "2021-04-14", None),
        ("Tuesday afternoon", "2021-04-13TAF", None),
        ("Busan on [[Wednesday]]", "2021-04-14", None),
        ("took office in [[September]]", "2020-09", None),
        ("White House on [[Friday]]", "2021-04-16", None),
        ("inauguration in [[January]]", "2021-01", None),
    ],
    summits=[
        dict(date="2021-04-16", place="Washington", country="US",
             participants=["Yoshihide Suga", "Joe Biden"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["Suga, meanwhile, is heading to Washington"]),
    ],
    agreements=[
        dict(title="bilateral channel on the water release with Korean experts in verification",
             kind="commitment", date="2021-04-14", parties=["JP", "KR"], status="proposed",
             evidence=["A foreign ministry official said Seoul would propose"]),
    ],
    notes=[
        "Invented test article (Seoul daily: headline, 'Posted' line and byline are furniture;"
        " the stamp is annotated). Reporter, outlet, stamp, the professor and his university,"
        " the ministry official and every quote are invented; Moon's quote paraphrases the"
        " reported gist of his remark to Aiboshi. Real background (Straits Times, Al Arabiya,"
        " The Hindu, Kyodo via nippon.com, 2021-04-14/15): Japan's decision of Tuesday"
        " 2021-04-13 to release the water starting in about two years; Aiboshi summoned the"
        " same day; Moon's order on Wednesday 2021-04-14 to examine a referral to ITLOS,"
        " including an injunction, announced by spokesman Kang Min-seok; Moon's remarks as"
        " Aiboshi presented his credentials; protests in Seoul and Busan; the State"
        " Department's view; Suga's White House meeting with Biden on Friday 2021-04-16, the"
        " first in-person visit by a foreign leader (National Post/Reuters, WKBW). Choi"
        " Jong-kun as the official who summoned Aiboshi, Suga taking office in September 2020,"
        " the single Moon-Suga phone call and the IAEA review are from general knowledge. The"
        " proposed bilateral channel is an invented detail.",
        "Quotes: Moon direct (relayed by the spokesman; cue 'told him'); the ministry official"
        " direct (null); Park's quote in two pairs of marks (two direct quotes, the second"
        " with no cue).",
        "Statements: Moon 'told his aides' (lede, 'his spokesman said'); Tokyo 'says'; Moon"
        " 'asked'; Choi 'told him'; the official 'said Seoul would propose' (null); the State"
        " Department 'has said'; Japan 'has said'. Not statements: quote sentences.",
        "Timexes: published Wednesday 2021-04-14; 'a day' (in 'a day after') = P1D, as"
        " the other 'N days after' in this corpus (debatable: could be the anchor day"
        " 2021-04-13); 'about two years' = P2Y"
        " APPROX; 'decades' is vague, not"
        " annotated; 'earlier in the day' ="
        " 2021-04-14; 'Tuesday afternoon' = 2021-04-13TAF; 'September' (past) = 2020-09;"
        " 'Friday' = 2021-04-16; 'January' = 2021-01. Not a timex: 'hours after' (vague).",
        "Summits (1): the planned Suga-Biden talks at the White House (2021-04-16). Not"
        " summits: Moon receiving Ambassador Aiboshi's credentials, 'have yet to hold a"
        " summit', the Moon-Suga phone call.",
        "Agreements (1): Seoul's proposed bilateral channel (commitment, proposed). Not"
        " agreements: Japan's decision, the referral to the tribunal (one side's legal step),"
        " Japan's request to the IAEA.",
    ],
)
