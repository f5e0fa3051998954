JEJU = "When President Roh Moo-hyun and Prime Minister Junichiro Koizumi met on Jeju Island"
TOKYO = "Last August in Tokyo, President Lee Jae Myung"
NARA = "In January, Lee went to Nara"

GOLD = dict(
    published="2026-03-02",
    furniture=[
        "OPINION | The Dongnimmun Herald | Published : 2026-03-02 07:00 | Updated : 2026-03-02"
        " 10:20\n"
        "Twenty years without a visa, and the paperwork nobody misses\n"
        "By Han Ji-sook",
        "Han Ji-sook is a former consular officer and a visiting fellow at a Seoul university. The"
        " views expressed are her own.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Roh Moo-hyun": ["President Roh Moo-hyun"],
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi", "Koizumi"],
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee", "he"],
        "Shigeru Ishiba": ["then Prime Minister Shigeru Ishiba"],
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi", "Takaichi"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("I stopped thinking of it as going abroad years ago,", "direct", None, "told me"),
    ],
    statements=[
        ("Tokyo announced the decision", ["Government of Japan"], "announced"),
        (JEJU, ["Junichiro Koizumi"], "announced"),
        ("Officials on both sides told me at the time", [None], "told"),
        (TOKYO, ["Lee Jae Myung", "Shigeru Ishiba"], "agreed"),
        (NARA, ["Lee Jae Myung", "Sanae Takaichi"], "agreed"),
        ("Lee has since said he would like to receive Takaichi", ["Lee Jae Myung"], "said"),
    ],
    timexes=[
        ("2026-03-02 07:00", "2026-03-02T07:00", None),
        ("2026-03-02 10:20", "2026-03-02T10:20", None),
        ("Twenty years ago yesterday", "2006-03-01", None),
        ("March 1, 2006", "2006-03-01", None),
        ("Feb. 6 that year", "2006-02-06", None),
        ("March 2005", "2005-03", None),
        ("the end of February", "2006-02", "END"),
        ("since [[1995]]", "1995", None),
        ("July 2004", "2004-07", None),
        ("Two decades", "P20Y", None),
        ("told me [[last month]]", "2026-02", None),
        ("Last August", "2025-08", None),
        ("17 years", "P17Y", None),
        ("In [[January]], Lee went", "2026-01", None),
        ("since [[October]]", "2025-10", None),
        ("passed [[yesterday]]", "2026-03-01", None),
        ("taken in [[2006]]", "2006", None),
    ],
    summits=[
        dict(date="2004-07", place="Jeju Island", country="KR",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[JEJU]),
        dict(date="2025-08", place="Tokyo", country="JP",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2026-01", place="Nara", country="JP",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="bilateral", ordinal=3,
             status="held", occasion=None, evidence=[NARA]),
    ],
    agreements=[
        dict(title="widen the working holiday program for young people", kind="commitment",
             date="2025-08", parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
        dict(title="first Japan-Korea joint document in 17 years (August 2025)",
             kind="joint-statement", date="2025-08", parties=["JP", "KR"], status="referenced",
             evidence=[TOKYO]),
        dict(title="DNA analysis of remains from the wartime undersea coal mine in Yamaguchi",
             kind="commitment", date="2026-01", parties=["JP", "KR"], status="referenced",
             evidence=[NARA]),
    ],
    notes=[
        "Invented op-ed (outlet 'The Dongnimmun Herald', columnist Han Ji-sook, her career and"
        " every quote invented, including the Nampo-dong shopkeeper; the Published/Updated line,"
        " headline, byline and the closing writer's description are furniture; the stamps are"
        " annotated). Real background, checked on stored pages: MOFA Japan announcement"
        " 2006-02-06 (visa exemption for ROK temporary visitors of 90 days or less from Wednesday"
        " 1 March 2006, after the 2005 Aichi Expo measure); donga.com 2006-01-18 and 2006-02-07,"
        " JoongAng Daily editorial 2006-02-08 and Japan Times 2005-09-18 (trial from March 2005,"
        " extended to February 2006; Seoul made its one-year waivers for Japanese, renewed since"
        " 1995, indefinite; no formal agreement); MOFA Japan meet0407 (Koizumi announced the"
        " temporary waiver for the Expo at the July 2004 summit during his visit to the ROK);"
        " deepnewz (Lee-Ishiba Tokyo summit of 23 August 2025, first joint statement in 17 years,"
        " expanded working-holiday program); chosun.com 2026-01-13 (Nara, third Lee-Takaichi"
        " meeting after Gyeongju and the G20); analyze.news and mdfy.news (DNA analysis of remains"
        " from the 1942 Chosei undersea coal mine); nippon.com/Jiji 2026-01-20 (Lee's wish to hold"
        " the next summit in Andong). From general knowledge: March 1 is Independence Movement"
        " Day; Jeju as the place of the July 2004 summit (also in unseen10's manifest); the Chosei"
        " mine is in Ube, Yamaguchi Prefecture.",
        "Summits (3): Jeju July 2004, Tokyo August 2025, Nara January 2026 (ordinal 3, 'their"
        " third meeting since October'). Not summits: 'most of the summits I covered' (aggregate),"
        " the meetings implied by 'since October' (no place or date given), an Andong meeting Lee"
        " 'would like' (hypothetical).",
        "Agreements (3, referenced): the working-holiday commitment, the August 2025 joint"
        " document (joint-statement: the public record calls it a joint press statement), the"
        " DNA-analysis commitment. Not agreements: the two visa waivers ('Neither government"
        " signed anything ... only two decisions taken in step': unilateral measures), the"
        " columnist's own proposal of fast-track lanes.",
        "Timexes: 'Twenty years ago yesterday' is one expression (1 March 2006); 'Feb. 6 that"
        " year' is annotated whole; 'Two decades' = P20Y; 'one year at a time', 'years ago', 'in"
        " the years that followed', 'a weekend' and 'on the day the two countries issued' are not"
        " annotated (a frequency, vague spans, and an event-anchored day coinciding with 'Last"
        " August'). 'under 30' is an age. Statements: the columnist's 'I would propose' is not a"
        " statement (unseen13).",
    ],
)
