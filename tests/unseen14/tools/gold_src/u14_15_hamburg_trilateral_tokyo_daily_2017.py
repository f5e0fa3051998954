LEDE = "HAMBURG - Prime Minister Shinzo Abe, U.S. President Donald Trump"
DINNER = "The three leaders met over dinner at the U.S. Consulate General"
FIRST3 = "It was their first three-way summit since Trump and Moon took office"
JS = "In a joint statement released by the White House on Friday"
NEVER = "They also said that they would never accept"
BILAT = "Abe and Moon were also due to hold their first bilateral summit"
CW = "Moon has said that most South Koreans cannot accept the 2015 agreement"
WASH = "Moon visited Washington at the end of June"
NSS = "The last three-way meeting of the leaders of Japan, the United States and South Korea"

GOLD = dict(
    published="2017-07-07",
    furniture=[
        "The Marunouchi Shimbun\n"
        "18:40 JST, July 7, 2017\n"
        "Japan, U.S., S. Korea to push for new U.N. sanctions on N. Korea after ICBM launch\n"
        "By Ryota Kishimoto / Marunouchi Shimbun Correspondent",
        "Related articles\n"
        "Abe, Moon to hold first talks in Hamburg (July 5)\n"
        "N. Korea says it test-fired ICBM (July 4)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Barack Obama": ["then President Barack Obama"],
        "Park Geun-hye": ["then President Park Geun-hye"],
        "White House": ["the White House"],
        "Office of the President of South Korea": ["his office"],
    },
    quotes=[
        ("The three of us sat at one table and spoke with one voice.", "direct", "Shinzo Abe",
         "told reporters"),
        ("a means, not an end,", "partial", "Moon Jae-in", "said"),
    ],
    statements=[
        (LEDE, ["Shinzo Abe", "Donald Trump", "Moon Jae-in"], "agreed"),
        (JS, ["Shinzo Abe", "Donald Trump", "Moon Jae-in"], "condemned"),
        (NEVER, ["Shinzo Abe", "Donald Trump", "Moon Jae-in"], "said"),
        ("According to Japanese government officials, Abe told", [None, "Shinzo Abe"], "told"),
        ("Trump and Moon agreed on the need to work with China", ["Donald Trump", "Moon Jae-in",
                                                                 None], "agreed"),
        ("Moon, who has advocated dialogue with the North, said",
         ["Moon Jae-in", "Office of the President of South Korea"], "said"),
        (CW, ["Moon Jae-in"], "has said"),
    ],
    timexes=[
        ("18:40 JST, July 7, 2017", "2017-07-07T18:40", None),
        ("Hamburg ([[July 5]])", "2017-07-05", None),
        ("ICBM ([[July 4]])", "2017-07-04", None),
        ("agreed [[Thursday]] to press", "2017-07-06", None),
        ("launch [[this week]]", "2017-W27", None),
        ("about 75 minutes", "PT75M", "APPROX"),
        ("on [[the eve]] of the two-day", "2017-07-06", None),
        ("two-day", "P2D", None),
        ("in [[January]] and May", "2017-01", None),
        ("January and [[May]] respectively", "2017-05", None),
        ("White House on [[Friday]]", "2017-07-07", None),
        ("launch on [[Tuesday]]", "2017-07-04", None),
        ("G20 on [[Friday]]", "2017-07-07", None),
        ("the [[2015]] agreement", "2015", None),
        ("inauguration in [[May]]", "2017-05", None),
        ("the end of June", "2017-06", "END"),
        ("March 2016", "2016-03", None),
    ],
    summits=[
        dict(date="2017-07-06", place="Hamburg", country="DE",
             participants=["Shinzo Abe", "Donald Trump", "Moon Jae-in"], kind="trilateral",
             ordinal=1, status="held", occasion="G20", evidence=[LEDE, DINNER, FIRST3]),
        dict(date="2017-07-07", place="Hamburg", country="DE",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="sidelines", ordinal=1,
             status="planned", occasion="G20", evidence=[BILAT, CW]),
        dict(date="2017-06", place="Washington", country="US",
             participants=["Moon Jae-in", "Donald Trump"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[WASH]),
        dict(date="2016-03", place="Washington", country="US",
             participants=["Shinzo Abe", "Barack Obama", "Park Geun-hye"], kind="trilateral",
             ordinal=None, status="held", occasion="the Nuclear Security Summit", evidence=[NSS]),
    ],
    agreements=[
        dict(title="press for early adoption of a new UN Security Council sanctions resolution"
             " on North Korea", kind="commitment", date="2017-07-06",
             parties=["JP", "KR", "US"], status="agreed", evidence=[LEDE]),
        dict(title="joint statement of the United States, Japan and the Republic of Korea",
             kind="joint-statement", date="2017-07-07", parties=["JP", "KR", "US"],
             status="agreed", evidence=[JS, NEVER]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015", parties=["JP", "KR"], status="referenced", evidence=[CW]),
    ],
    notes=[
        "Invented Tokyo daily, English edition (outlet 'The Marunouchi Shimbun', correspondent"
        " and every quote invented, including the words given to Abe and Moon; outlet line,"
        " stamp, headline, byline and related links are furniture, their dates annotated; the"
        " related story titles are invented, the 4 July ICBM date is real). Real background,"
        " checked on stored pages: Korea Herald 2017-07-08 (full text of the joint statement dated"
        " 7 July 2017: the leaders met in Hamburg on 6 July, condemned the 4 July ICBM launch as a"
        " major escalation, committed to maximum pressure, will never accept a nuclear-armed"
        " DPRK, decided to press for early adoption of a new UNSC resolution with additional"
        " sanctions); Nikkei Asia (dinner of about 75 minutes at the U.S. Consulate General; Abe on"
        " no interest in serious dialogue; China's role; Trump and Moon agreed); U.S. Embassy"
        " Japan and Kyodo via pacificsentinel (first trilateral since Trump and Moon took office);"
        " Daily Manila Shimbun and Japan Times 2017-07-07/08 (first Abe-Moon summit on Friday 7"
        " July, 35 minutes, on the G20 sidelines); Korea Herald 2017-07-04 (Moon back from the"
        " Washington summit). From general knowledge: Trump took office in January and Moon in May"
        " 2017; the Moon-Trump summit of 30 June 2017; the Obama-Park-Abe trilateral at the"
        " Nuclear Security Summit, Washington, 31 March 2016.",
        "Summits (4): the Hamburg trilateral (ordinal 1 from 'their first three-way summit since"
        " Trump and Moon took office'), the Abe-Moon bilateral 'due' on Friday (planned as"
        " written; it took place that day; status is not scored; ordinal 1),"
        " Moon-Trump in Washington at the end of June (ordinal 1), the 2016 NSS trilateral. Not"
        " summits: the Abe-Moon telephone talks, the G20 summit itself.",
        "Agreements (3): the sanctions commitment of Thursday (agreed), the joint statement"
        " issued on Friday (agreed; its maximum-pressure and no-nuclear-North provisions are its"
        " content, not separate records: 'In a joint statement ... committed themselves'), the"
        " 2015 agreement (referenced, date 2015 as the text gives it). Not agreements: 'agreed on"
        " the need to work with China' (a shared view).",
        "Timexes: 'the eve' (of the G20) = 6 July, annotated apart from the nested 'two-day';"
        " 'this week' = 2017-W27; 'about 75 minutes' = PT75M with APPROX; 'Friday' twice (7"
        " July).",
    ],
)
