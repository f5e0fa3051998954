INTRO = "President Kim Dae-jung and Prime Minister Keizo Obuchi signed"
AGREED = "The two leaders agreed to set up a youth exchange program"
MOON = "President Moon Jae-in and Prime Minister Shinzo Abe met in New York"

GOLD = dict(
    published="2018-10-08",
    furniture=[
        "INTERVIEW | The Hanbit Review | Published 2018-10-08 07:30 KST",
        "'We wrote the apology into the text because words at dinners fade'\n"
        "A former Cheong Wa Dae aide looks back on the 1998 Kim-Obuchi declaration, 20 years on",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Dae-jung": ["President Kim Dae-jung", "President Kim", "the president"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi", "Obuchi", "the prime minister"],
        "Kim Young-sam": [],
        "Ryutaro Hashimoto": ["Hashimoto"],
        "Moon Jae-in": ["President Moon Jae-in"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe"],
        "Shin Dong-woo": [],
    },
    quotes=[
        ("deep remorse and heartfelt apology.", "partial", "Keizo Obuchi", "expressed"),
        ("Your courage makes my job easier", "direct", "Keizo Obuchi", "told"),
        ("History does not forgive a government that waits", "direct", "Kim Dae-jung",
         "used to say"),
    ],
    statements=[
        ("The text says the prime minister expressed", ["Keizo Obuchi"], "expressed"),
        ("In return, the president said Korea", ["Kim Dae-jung"], "said"),
        (AGREED, ["Kim Dae-jung", "Keizo Obuchi"], "agreed"),
        ("They both mentioned it", ["Moon Jae-in", "Shinzo Abe"], "mentioned"),
    ],
    timexes=[
        ("2018-10-08 07:30", "2018-10-08T07:30", None),
        ("the [[1998]] Kim-Obuchi declaration", "1998", None),
        ("20 years on", "P20Y", None),
        ("Twenty years ago today", "1998-10-08", None),
        ("February 1998", "1998-02", None),
        ("that autumn", "1998-FA", None),
        ("about four months", "P4M", "APPROX"),
        ("on Oct. 8", "1998-10-08", None),
        ("June 1996", "1996-06", None),
        ("last month", "2018-09", None),
        ("the spirit of [[1998]]", "1998", None),
        ("the [[2015]] agreement", "2015", None),
        ("take a year", "P1Y", None),
    ],
    summits=[
        dict(date="1998-10-08", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=[INTRO, "At the summit on Oct. 8", AGREED]),
        dict(date="1996-06", place="Jeju", country="KR",
             participants=["Kim Young-sam", "Ryutaro Hashimoto"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Kim Young-sam and Hashimoto met on Jeju"]),
        dict(date="2018-09", place="New York", country="US",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[MOON]),
    ],
    agreements=[
        dict(title="Japan-Republic of Korea Joint Declaration (1998)", kind="joint-declaration",
             date="1998-10-08", parties=["JP", "KR"], status="referenced",
             evidence=[INTRO, "How did the declaration come together?",
                       "The text says the prime minister expressed", MOON]),
        dict(title="set up a youth exchange program", kind="commitment", date="1998-10-08",
             parties=["JP", "KR"], status="referenced", evidence=[AGREED]),
        dict(title="start consultations on an investment agreement", kind="commitment",
             date="1998-10-08", parties=["JP", "KR"], status="referenced", evidence=[AGREED]),
        dict(title="2015 agreement on the comfort women", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced",
             evidence=["But the 2015 agreement on the comfort women"]),
    ],
    notes=[
        "Invented interview (stamp line, headline and subtitle are furniture; the stamp and"
        " the subtitle's expressions are annotated). Interviewee, interviewer, outlet, Obuchi's"
        " quote to Kim and Kim's saying are invented; 'deep remorse and heartfelt apology'"
        " follows the declaration's wording. Real background: epfl graphsearch (declaration"
        " of 8 October 1998 by Obuchi and Kim Dae-jung; Kim took office in February 1998);"
        " MOFA Japan 2000-09-24 overview (the declaration and its annexed Action Plan); The"
        " Independent (Kim Young-sam-Hashimoto weekend summit on Cheju, no joint declaration);"
        " MOFA Japan press conference 1996-06-25 (Cheju talks, June 1996). From general"
        " knowledge: the Moon-Abe meeting in New York in September 2018, the Seoul review of"
        " the 2015 agreement, the pending Supreme Court forced-labor ruling, the youth exchange"
        " and investment items of the Action Plan, the opening to Japanese popular culture.",
        "Summits (3): Kim-Obuchi in Tokyo on 8 October 1998; Kim Young-sam-Hashimoto on Jeju in"
        " June 1996; Moon-Abe in New York 'last month' (2018-09).",
        "Agreements (4): the 1998 declaration (referenced); two commitments split from one"
        " sentence, referenced (recalled twenty years on); the 2015 agreement (joint-statement,"
        " referenced). Not agreements: the Action Plan as a separate record (annex of the"
        " declaration), Seoul's decision to open its market to Japanese culture (unilateral,"
        " 'not part of the bargain'), the interviewee's call for a new declaration.",
        "Quotes: '\"apology\"' is a word under discussion, not a quote. Timexes: 'a year, maybe"
        " two' yields 'a year' only; 'a long night' and 'the next few months' are vague.",
    ],
)
