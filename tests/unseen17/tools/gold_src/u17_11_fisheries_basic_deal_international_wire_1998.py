# ruff: noqa: E501
LEAD = "Japan and South Korea reached a basic agreement on a new fisheries treaty"
STRUCK = "The deal was struck at a meeting in Tokyo"
ZONE = "Under the compromise, a provisional zone"
KOUMURA = "Foreign Minister Masahiko Koumura welcomed the accord"
OLD = "Tokyo gave notice in January that it was terminating"
HOPE = "Officials hope the new treaty can be initialed"
DECL = "Kim is due to hold talks with Obuchi"
LONDON = "Kim has met a Japanese prime minister only once"
BEPPU = "The two countries last held a stand-alone summit"

GOLD = dict(
    published="1998-09-25",
    furniture=[
        "Japan, South Korea strike fisheries deal, clearing way for Kim's Tokyo visit\n"
        "25 September 1998 - 09:40 GMT\n"
        "By Peter Lund",
        "TOKYO, Sept 25 (Meridian) - ",
        "(Reporting by Peter Lund; Editing by Anne Sorel)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Dae-jung": ["South Korean President Kim Dae-jung", "Kim", "he"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi", "Obuchi"],
        "Kim Sun-gil": ["South Korean Maritime Affairs and Fisheries Minister Kim Sun-gil"],
        "Masahiko Koumura": ["Foreign Minister Masahiko Koumura"],
        "Ryutaro Hashimoto": ["Obuchi's predecessor, Ryutaro Hashimoto", "Hashimoto"],
        "Kim Young-sam": ["Kim Young-sam"],
    },
    quotes=[
        ("Both sides gave up something", "direct", None, "said"),
    ],
    statements=[
        (STRUCK, [None], "said"),
        (KOUMURA, ["Masahiko Koumura"], "welcomed"),
        (HOPE, [None], "hope"),
        (DECL, [None], "say"),
    ],
    timexes=[
        ("25 September 1998 - 09:40 GMT", "1998-09-25T09:40", None),
        ("TOKYO, [[Sept 25]]", "1998-09-25", None),
        ("treaty [[on Friday]]", "1998-09-25", None),
        ("more than two years", "P2Y", "MORE_THAN"),
        ("next month", "1998-10", None),
        ("notice [[in January]]", "1998-01", None),
        ("the [[1965]] fisheries agreement", "1965", None),
        ("late January", "1999-01", "END"),
        ("four-day", "P4D", None),
        ("Oct. 7", "1998-10-07", None),
        ("35-year", "P35Y", None),
        ("office [[in February]]", "1998-02", None),
        ("London [[in April]]", "1998-04", None),
        ("prime minister [[in July]]", "1998-07", None),
        ("January 1997", "1997-01", None),
    ],
    summits=[
        dict(date="1998-10", place=None, country="JP", participants=["Kim Dae-jung", "Keizo Obuchi"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[HOPE, DECL]),
        dict(date="1998-04", place="London", country="GB", participants=["Kim Dae-jung", "Ryutaro Hashimoto"],
             kind="sidelines", ordinal=None, status="held", occasion="Asia-Europe Meeting", evidence=[LONDON]),
        dict(date="1997-01", place="Beppu", country="JP", participants=["Ryutaro Hashimoto", "Kim Young-sam"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[BEPPU]),
    ],
    agreements=[
        dict(title="new fisheries treaty (basic agreement)", kind="treaty", date="1998-09-25", parties=["JP", "KR"],
             status="agreed", evidence=[LEAD, STRUCK, ZONE, KOUMURA, HOPE]),
        dict(title="1965 fisheries agreement", kind="treaty", date="1965", parties=["JP", "KR"], status="referenced",
             evidence=[OLD, HOPE]),
        dict(title="joint declaration on a new partnership (expected to be signed during Kim's visit)",
             kind="joint-declaration", date="1998-10", parties=["JP", "KR"], status="proposed", evidence=[DECL]),
    ],
    notes=[
        "Invented international wire story (agency 'Meridian', reporter and editor invented; headline, stamp, byline, dateline prefix and credit line are furniture; stamp and dateline are annotated, the stamp time invented). The fisheries official's quote is invented.",
        "Real background, checked on stored pages: japantimes.co.jp 1998/09/25 (basic agreement reached early Friday 25 September at a meeting attended by Obuchi, LDP fisheries officials, fisheries minister Kim Sun-gil; talks had begun 28 months before; zone line at 135 degrees 30 minutes, Japan wanted 135, Korea 136; Kim's four-day visit from 7 October; hope to take effect by the end of January when the current treaty expires; may be initialed during the visit); mofa.go.jp mofaj danwa dko_0925 (Foreign Minister Koumura's statement of 25 September welcoming the basic agreement as showing the two countries can solve difficult problems together before Kim's visit); japantimes.co.jp 1998/01/23 (notice of termination in January); donga.com 1998-03-13 (Kim-Hashimoto summit at ASEM London in April). From general knowledge: Obuchi becoming prime minister in July 1998, the Beppu summit of January 1997, the joint declaration prepared for the visit.",
        "Summits (3): the planned Kim-Obuchi talks during the visit from 7 October (planned, 1998-10), London April 1998 (sidelines of ASEM), Beppu January 1997. Not summits: the fisheries meeting attended by Obuchi and a minister; 'has yet to meet' (negated).",
        "Agreements (3): the new fisheries treaty (basic agreement -> agreed), the 1965 fisheries agreement (referenced), the joint declaration to be signed during the visit (status proposed, debatable: a planned instrument not yet concluded; date 1998-10 as expected).",
        "Timexes: 'late January' (future expiry) = 1999-01 END; 'more than two years' = P2Y MORE_THAN; 'four-day' = P4D; '35-year' = P35Y.",
    ],
)
