P1 = "Yoon and Kishida shake hands before their talks"
SIXTH = "It was the two leaders' sixth summit"
ASKED = "Yoon asked that South Korean experts"
PLEDGE = "He pledged to disclose monitoring results"
COND = "The two leaders also condemned North Korea's launch"
ECON = "Japan's foreign ministry said they agreed"
P6 = "Yoon boards his plane for Warsaw"
YK = ["Yoon Suk Yeol", "Fumio Kishida"]

GOLD = dict(
    published="2023-07-13",
    furniture=[
        "PHOTOS | The Mapo Post | Published 2023-07-13 07:40 KST\nThirty minutes in Vilnius:"
        " Yoon and Kishida talk about water\nPhotos by Jung Da-eun, text by Lee Seung-ho",
        "Copyright The Mapo Post. All rights reserved.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon", "he"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida", "He"],
        "Office of the President of Korea": ["his office", "Yoon's office"],
        "Ministry of Foreign Affairs of Japan": ["Japan's foreign ministry"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese"],
        "Chris Hipkins": ["New Zealand Prime Minister Chris Hipkins"],
        "Andrzej Duda": ["President Andrzej Duda"],
    },
    quotes=[
        ("The health and safety of our people", "direct", "Yoon Suk Yeol", "told"),
        ("openly and without delay", "partial", "Fumio Kishida", "pledged"),
    ],
    statements=[
        (ASKED, ["Yoon Suk Yeol"], "asked"),
        (PLEDGE, ["Fumio Kishida", "Office of the President of Korea"], "pledged"),
        (COND, YK, "condemned"),
        (ECON, ["Ministry of Foreign Affairs of Japan", *YK], "agreed"),
    ],
    timexes=[
        ("2023-07-13 07:40", "2023-07-13T07:40", None),
        ("Thirty minutes", "PT30M", None),
        ("two days", "P2D", None),
        ("half an hour", "PT30M", None),
        ("VILNIUS, [[July 12]]", "2023-07-12", None),
        ("downtown Vilnius on [[Wednesday]]", "2023-07-12", None),
        ("this year", "2023", None),
        ("Tokyo in [[March]]", "2023-03", None),
        ("earlier that day", "2023-07-12", None),
        ("the end of the year", "2023", "END"),
        ("NATO leaders on [[Wednesday]]", "2023-07-12", None),
        ("Wednesday evening", "2023-07-12TEV", None),
        ("three-day", "P3D", None),
        ("Duda on [[Thursday]]", "2023-07-13", None),
        ("next month", "2023-08", None),
    ],
    summits=[
        dict(date="2023-07-12", place="Vilnius", country="LT", participants=YK,
             kind="sidelines", ordinal=6, status="held", occasion="NATO summit",
             evidence=[P1, SIXTH, ASKED, "The health and safety of our people", PLEDGE, COND,
                       ECON]),
        dict(date="2023-03", place="Tokyo", country="JP", participants=YK, kind="bilateral",
             ordinal=None, status="held", occasion=None, evidence=[SIXTH]),
        dict(date="2023-07-13", place="Warsaw", country="PL",
             participants=["Yoon Suk Yeol", "Andrzej Duda"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[P6]),
    ],
    agreements=[
        dict(title="work toward high-level economic talks by the end of the year",
             kind="commitment", date="2023-07-12", parties=["JP", "KR"], status="agreed",
             evidence=[ECON]),
    ],
    notes=[
        "Invented photo feature (outlet line, headline, credit line and copyright line are"
        " furniture; the stamp and the headline's 'Thirty minutes' are annotated; the numbered"
        " captions are the text and are"
        " annotated, with their photo credits left in place). 'The Mapo Post', the"
        " photographer, the writer and the quotes are invented (Yoon's and Kishida's words are"
        " invented renderings of what their offices reported). Real background, checked on"
        " stored pages: Yonhap 2023-07-12/13 and KBS 2023-07-13 (30-minute Yoon-Kishida"
        " summit on Wednesday at a hotel in downtown Vilnius on the NATO summit's sidelines,"
        " the sixth of its kind; Yoon asked for Korean experts' participation and real-time"
        " sharing of monitoring data; Kishida promised transparent disclosure and an immediate"
        " halt if standards were exceeded); Reuters via Asahi 2023-07-13 (both condemned the"
        " North's ICBM launch; photo of Albanese, Kishida, Hipkins and Yoon at a North Atlantic"
        " Council meeting on 12 July); see.news (agreed to work toward high-level economic"
        " talks by the end of the year, per the Japanese government; discharge expected around"
        " the summer); tellerreport (Kishida to Belgium for the EU summit on the 13th);"
        " world-today-news (Yoon in Lithuania and Poland on 10-15 July). From general"
        " knowledge: Yoon's Tokyo visit in March 2023 as the first of four 2023 summits, the"
        " Yoon-Duda talks of 13 July 2023, the Democratic Party's rallies.",
        "Summits (3): Vilnius (ordinal 6 from 'sixth summit'; 'their fourth this year' is a"
        " count), Tokyo in March (background), Yoon-Duda on Thursday (planned). Not summits:"
        " the North Atlantic Council session with the four Indo-Pacific partners (part of the"
        " NATO gathering), Kishida's summit with EU leaders (the EU is not a country).",
        "Agreements (1): the economic-talks commitment. Not agreements: Yoon's requests and"
        " Kishida's pledges on the Fukushima release (one side's asks and promises).",
        "Timexes: 'as early as next month' is annotated as 'next month' without a mod; 'for"
        " weeks' is too vague to annotate.",
    ],
)
