# ruff: noqa: E501
LONDON = "Kim and Prime Minister Ryutaro Hashimoto held their first talks"
BEPPU = "Hashimoto had last sat down with Kim's predecessor"
TOKYO = "At their summit on Oct. 8, Kim and Obuchi signed"
NEXT = "Obuchi is expected to make a return visit to Seoul"
OLD = "the Japanese Cabinet gave notice that it was terminating the 1965 fisheries agreement"
OLD2 = "Under its terms the old pact stays in force"
NEW = "Negotiators reached a basic agreement on a new fisheries accord"
NEW2 = "The new fisheries accord still needs approval"
BODY = "Seoul has also proposed to Tokyo a new joint body"

GOLD = dict(
    published="1998-10-21",
    furniture=[
        "FACTBOX: From a scrapped fishing pact to Japanese films in Seoul - Kim Dae-jung's first eight months with Tokyo\n"
        "The Namsan Post | Published: Oct. 21, 1998, 18:40 KST\n"
        "Compiled by the Namsan Post foreign desk",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Dae-jung": ["President Kim Dae-jung", "Kim", "Kim Dae Jung"],
        "Ryutaro Hashimoto": ["Prime Minister Ryutaro Hashimoto", "Hashimoto"],
        "Kim Young-sam": ["Kim's predecessor, Kim Young-sam"],
        "Keizo Obuchi": ["Obuchi"],
        "Kim Sun-gil": ["Korea's fisheries minister, Kim Sun-gil"],
        "Shin Nak-yun": ["Culture Minister Shin Nak-yun", "Shin Na Kyun"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("unfriendly", "partial", "Government of South Korea", "denounced"),
        ("deep remorse and heartfelt apology", "partial", "Keizo Obuchi", "offered"),
        ("as it is", "partial", "Kim Dae-jung", "told"),
    ],
    statements=[
        ("South Korea said on Tuesday it would begin", ["Government of South Korea"], "said"),
        ("Seoul denounced the decision", ["Government of South Korea"], "denounced"),
        ("Kim, for his part, told the Diet", ["Kim Dae-jung"], "told"),
        ("Culture Minister Shin Nak-yun announced", ["Shin Nak-yun"], "announced"),
        (BODY, ["Government of South Korea"], "proposed"),
    ],
    timexes=[
        ("Oct. 21, 1998, 18:40 KST", "1998-10-21T18:40", None),
        ("said [[on Tuesday]]", "1998-10-20", None),
        ("earlier this month", "1998-10", None),
        ("sworn in on [[Feb. 25]]", "1998-02-25", None),
        ("JANUARY 23", "1998-01-23", None),
        ("terminating the [[1965]] fisheries", "1965", None),
        ("nearly two years", "P2Y", "APPROX"),
        ("[[one year]] after notice", "P1Y", None),
        ("[[APRIL]] - A FIRST", "1998-04", None),
        ("early April", "1998-04", "START"),
        ("January 1997", "1997-01", None),
        ("JULY 30", "1998-07-30", None),
        ("SEPTEMBER 25", "1998-09-25", None),
        ("OCTOBER 7-10", "1998-10-07/1998-10-10", None),
        ("on [[Oct. 8]]", "1998-10-08", None),
        ("OCTOBER 20", "1998-10-20", None),
        ("by the end of the year", "1998", "END"),
        ("early next year", "1999", "START"),
        ("late January", "1999-01", "END"),
    ],
    summits=[
        dict(date="1998-04", place="London", country="GB", participants=["Kim Dae-jung", "Ryutaro Hashimoto"],
             kind="sidelines", ordinal=1, status="held", occasion="Asia-Europe Meeting", evidence=[LONDON]),
        dict(date="1997-01", place="Beppu", country="JP", participants=["Ryutaro Hashimoto", "Kim Young-sam"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[BEPPU]),
        dict(date="1998-10-08", place="Tokyo", country="JP", participants=["Kim Dae-jung", "Keizo Obuchi"],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[TOKYO, "South Korea said on Tuesday it would begin"]),
        dict(date="1999", place="Seoul", country="KR", participants=["Keizo Obuchi", "Kim Dae-jung"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[NEXT]),
    ],
    agreements=[
        dict(title="1965 fisheries agreement", kind="treaty", date="1965", parties=["JP", "KR"], status="referenced",
             evidence=[OLD, OLD2, NEW2]),
        dict(title="new fisheries accord (basic agreement)", kind="treaty", date="1998-09-25", parties=["JP", "KR"],
             status="agreed", evidence=[NEW, NEW2]),
        dict(title="joint declaration on a new partnership for the 21st century", kind="joint-declaration",
             date="1998-10-08", parties=["JP", "KR"], status="signed", evidence=[TOKYO]),
        dict(title="new joint body to steer cultural exchanges (Seoul's proposal)", kind="commitment", date="1998-10",
             parties=["JP", "KR"], status="proposed", evidence=[BODY]),
    ],
    notes=[
        "Invented fact box in the style of a Seoul English-language daily (outlet 'The Namsan Post' invented; headline, stamp and credit line are furniture; the stamp is annotated). Dated headings (JANUARY 23, APRIL, JULY 30, SEPTEMBER 25, OCTOBER 7-10, OCTOBER 20) are annotated as timexes. All wording is invented; Kim's Diet remark ('as it is') is invented; Obuchi's 'deep remorse and heartfelt apology' is the wording reported for the declaration.",
        "Real background, checked on stored pages: japantimes.co.jp 1998/01/23 (Cabinet decided to terminate the 1965 fisheries pact after nearly two years of talks since May 1996; Foreign Minister Yoo Chong-ha called it 'unfriendly' and Seoul suspended voluntary curbs near Hokkaido observed since 1980; the treaty stays valid one year after notice); donga.com 1998-03-13 (first Kim Dae-jung government summit with Hashimoto set for the ASEM meeting in London from 2 April); japantimes.co.jp 1998/09/25 and mofa.go.jp danwa dko_0925 (basic agreement on 25 September, meeting attended by Obuchi and fisheries minister Kim Sun-gil, zone line at 135 degrees 30 minutes east; Kim's four-day visit from 7 October); economist.com node 167722 (talks on 8 October, 'deep remorse and heartfelt apology', $3 billion loan offer); japantimes.co.jp 1998/10/20 and world.kbs.co.kr Seq_Code 105462 (first stage of the opening announced on 20 October by Culture Minister Shin Nak-yun: prize-winning and co-produced films, comics; a panel by the end of the year; Seoul proposing a new bilateral body for cultural exchange). From general knowledge: Kim's inauguration on 25 February 1998, Obuchi succeeding Hashimoto on 30 July 1998, the Beppu summit of January 1997, Obuchi's return visit to Seoul (March 1999), the joint declaration's title.",
        "Summits (4): London (April, sidelines of ASEM; 'their first talks' -> ordinal 1), Beppu (January 1997, Hashimoto-Kim Young-sam), Tokyo on 8 October, a planned Obuchi visit to Seoul 'early next year' (planned, date 1999). Not summits: the fisheries meeting attended by Obuchi and a minister, Kim's Diet speech.",
        "Agreements (4): the 1965 fisheries agreement (treaty, referenced; its termination is a unilateral act), the new fisheries accord (treaty, basic agreement reached -> agreed), the 1998 joint declaration (signed), Seoul's proposal of a joint body for cultural exchange (proposed). Not agreements: Japan's $3 billion loans (announced by Tokyo alone), the cultural opening (unilateral), the lifting of voluntary limits on Korean trawlers (unilateral).",
        "Timexes: 'earlier this month' = 1998-10; 'early April' = 1998-04 START; 'late January' (future lapse) = 1999-01 END; '21st century' inside the declaration's title is not annotated (debatable).",
    ],
)
