# ruff: noqa: E501
RECAP = "To recap: President Moon Jae-in held his first summit"
SATURDAY = "Abe will see U.S. President Donald Trump"
PUTIN = "Moon's talks with Putin ran to about 50 minutes"
EEF = "Putin invited Moon to be guest of honor"
JS = "The joint statement from last night's three-way dinner is out"
JS2 = "In it, Trump, Moon and Abe condemn"
JS3 = "They also agree to press for a new U.N. Security Council resolution"
MORE = "More from the Moon-Abe meeting."
SHUTTLE = "According to a senior official at Cheong Wa Dae, the two leaders agreed"
INVJ = "Abe invited Moon to visit Japan at an early date."
PYC = "Moon, in turn, asked Abe to come to the PyeongChang"
DEAL = "On the 2015 deal on the"
DEAL2 = "Abe called the agreement an"
FIRST = "Moon and Abe have finished their first bilateral talks"
LEN = "The meeting lasted around 40 minutes"
COMES = "It comes two months after Moon took office"
DINNER = "Trump hosted Moon and Abe for dinner"
DINNER2 = "The dinner ran for more than two hours"
BERLIN = "Before arriving in Hamburg, Moon spent two days in Berlin"

GOLD = dict(
    published="2017-07-07",
    furniture=[
        "LIVE: G20 Hamburg, day one - Moon and Abe meet for the first time, a morning after Trump's three-way dinner\n"
        "Last updated: Friday, July 7, 2017, 22:40 CEST\n"
        "Our correspondents in Hamburg and Seoul",
        "\n22:40 CEST\n",
        "19:15 CEST",
        "16:05 CEST",
        "12:30 CEST",
        "10:50 CEST",
        "09:05 CEST",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "his"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Angela Merkel": ["German Chancellor Angela Merkel", "Merkel"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Office of the President of South Korea": ["Cheong Wa Dae"],
    },
    quotes=[
        ("maximum pressure", "partial", None, "commit"),
        ("indispensable foundation", "partial", "Shinzo Abe", "called"),
        ("We should not let one difficult issue", "direct", "Moon Jae-in", "said"),
    ],
    statements=[
        (PUTIN, ["Office of the President of South Korea"], "according to"),
        (EEF, ["Vladimir Putin", "Moon Jae-in", None], "said"),
        (JS2, ["Donald Trump", "Moon Jae-in", "Shinzo Abe"], "condemn"),
        (JS3, ["Donald Trump", "Moon Jae-in", "Shinzo Abe"], "agree"),
        (SHUTTLE, ["Moon Jae-in", "Shinzo Abe", None], "agreed"),
        (INVJ, ["Shinzo Abe"], "invited"),
        (PYC, ["Moon Jae-in"], "asked"),
        (DEAL2, ["Shinzo Abe", None, "Moon Jae-in"], "called"),
        (DINNER2, [None], "said"),
    ],
    timexes=[
        ("G20 Hamburg, [[day one]]", "2017-07-07", None),
        ("Friday, July 7, 2017, 22:40 CEST", "2017-07-07T22:40", None),
        ("\n[[22:40 CEST]]\n", "2017-07-07T22:40", None),
        ("today's coverage", "2017-07-07", None),
        ("Abe [[this morning]]", "2017-07-07TMO", None),
        ("Putin [[in the afternoon]]", "2017-07-07TAF", None),
        ("spent [[the evening]]", "2017-07-07TEV", None),
        ("Xi Jinping [[on Saturday]]", "2017-07-08", None),
        ("the summit's second and final day", "2017-07-08", None),
        ("19:15 CEST", "2017-07-07T19:15", None),
        ("about 50 minutes", "PT50M", "APPROX"),
        ("half-hour", "PT30M", None),
        ("Vladivostok in [[September]]", "2017-09", None),
        ("16:05 CEST", "2017-07-07T16:05", None),
        ("last night's three-way", "2017-07-06TNI", None),
        ("dated [[today]]", "2017-07-07", None),
        ("launch [[on Tuesday]]", "2017-07-04", None),
        ("12:30 CEST", "2017-07-07T12:30", None),
        ("Winter Olympics in [[February]]", "2018-02", None),
        ("On the [[2015]] deal", "2015", None),
        ("10:50 CEST", "2017-07-07T10:50", None),
        ("around 40 minutes", "PT40M", "APPROX"),
        ("two months after", "2017-07-07", None),
        ("a week after", "2017-07-07", None),
        ("09:05 CEST", "2017-07-07T09:05", None),
        ("[[two days]] of talks", "P2D", None),
        ("came [[last night]]", "2017-07-06TNI", None),
        ("more than two hours", "PT2H", "MORE_THAN"),
        ("spent [[two days]] in Berlin", "P2D", None),
        ("Merkel [[on Wednesday]]", "2017-07-05", None),
        ("first time [[on Thursday]]", "2017-07-06", None),
    ],
    summits=[
        dict(date="2017-07-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=1,
             status="held", occasion="G20", evidence=[RECAP, MORE, FIRST, LEN, COMES]),
        dict(date="2017-07-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="held", occasion="G20", evidence=[RECAP, PUTIN]),
        dict(date="2017-07-06", place="Hamburg", country="DE",
             participants=["Donald Trump", "Moon Jae-in", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="G20", evidence=[JS, DINNER, DINNER2]),
        dict(date="2017-07-08", place="Hamburg", country="DE",
             participants=["Shinzo Abe", "Donald Trump"], kind="sidelines", ordinal=None,
             status="planned", occasion="G20", evidence=[SATURDAY]),
        dict(date="2017-07-08", place="Hamburg", country="DE",
             participants=["Shinzo Abe", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="planned", occasion="G20", evidence=[SATURDAY]),
        dict(date="2017-06-30", place="Washington", country="US",
             participants=["Moon Jae-in", "Donald Trump"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[COMES]),
        dict(date="2017-07-05", place="Berlin", country="DE",
             participants=["Moon Jae-in", "Angela Merkel"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[BERLIN]),
        dict(date="2017-07-06", place="Berlin", country="DE",
             participants=["Moon Jae-in", "Xi Jinping"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[BERLIN]),
    ],
    agreements=[
        dict(title="joint statement of the United States, the Republic of Korea and Japan (Hamburg)", kind="joint-statement",
             date="2017-07-07", parties=["JP", "KR", "US"], status="agreed", evidence=[JS, JS2, JS3]),
        dict(title="revive shuttle diplomacy", kind="commitment", date="2017-07-07",
             parties=["JP", "KR"], status="agreed", evidence=[SHUTTLE]),
        dict(title="work together for an early three-way summit with China", kind="commitment", date="2017-07-07",
             parties=["JP", "KR"], status="agreed", evidence=[SHUTTLE]),
        dict(title="invitation for Moon to visit Japan", kind="commitment", date="2017-07-07",
             parties=["JP", "KR"], status="proposed", evidence=[INVJ]),
        dict(title="request that Abe attend the PyeongChang Winter Olympics", kind="commitment", date="2017-07-07",
             parties=["JP", "KR"], status="proposed", evidence=[PYC]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[DEAL, DEAL2]),
        dict(title="Moon to attend the Eastern Economic Forum in Vladivostok as guest of honor (invitation accepted)",
             kind="commitment", date="2017-07-07", parties=["KR", "RU"], status="agreed", evidence=[EEF]),
    ],
    notes=[
        "Invented live page of a Seoul daily ('The Jongno Daily'); headline, last-updated line, correspondents line and entry time stamps are furniture (all stamps annotated, CEST kept as local wall-clock time). Invented: the entry times, the length of the dinner ('more than two hours'), the 'hotel meeting room', Moon's quote, the overnight clashes' timing; the joint statement's wording is paraphrased.",
        "Real background, checked on stored pages: jp.usembassy.gov and koreaherald 2017-07-08 (Trump, Moon and Abe met at the U.S. Consulate General in Hamburg on Thursday 6 July before the Northeast Asia security dinner; joint statement dated 7 July condemning the 4 July ICBM launch, maximum pressure, a new UNSC resolution with additional sanctions); manila-stv.ph 2017-07-08, japantimes 2017-07-07, koreaherald 2017-07-07 and koreatimes (first Moon-Abe summit on Friday 7 July in Hamburg; 35 minutes by Japanese accounts, 40 by Korean; shuttle diplomacy; Abe's invitation to visit Japan; Moon's request that Abe attend PyeongChang; joint efforts for a trilateral with China; 'indispensable foundation'; Moon on emotional non-acceptance); koreaherald 2017-07-08 and the presidential archive (Moon-Putin on Friday afternoon, 50 minutes instead of 30, invitation to the Eastern Economic Forum on 6-7 September, accepted; Moon met Xi in Berlin and Abe in Hamburg before the G20 opened); koreabizwire and globaltimes (Moon-Merkel in Berlin, arrival on 5 July; first Moon-Trump summit in Washington from 29 June); presidency.ucsb.edu and whitehousepool (Abe-Trump bilateral on Saturday 8 July). From general knowledge: Abe-Xi on 8 July; the G20 concert and dinner on 7 July.",
        "Summits (8): Moon-Abe (ordinal 1), Moon-Putin, the Trump-Moon-Abe dinner (trilateral; told as 'three-way dinner', 'hosted ... for dinner'), planned Abe-Trump and Abe-Xi 'on Saturday', Moon-Trump in Washington (ordinal 1, dated 30 June from the public record: 'a week after'), Moon-Merkel (Wednesday), Moon-Xi (Thursday, 'for the first time'). Not summits: the leaders' concert and dinner hosted by Merkel (part of the G20 programme), the G20 itself.",
        "Agreements (7): the trilateral joint statement (joint-statement, agreed; its pledges are its content); shuttle diplomacy and the early trilateral with China (two commitments from one sentence); Abe's invitation and Moon's Olympic request (proposed); the 2015 deal (referenced); Putin's accepted invitation (commitment KR/RU, agreed, debatable as with the readout invitation in u16_01). Quote 'maximum pressure' reproduces the joint statement's words; speaker null as no single leader is named for it (debatable).",
        "Timexes: 'day one' in the headline = 7 July; 'the summit's second and final day' = 8 July; 'two months after Moon took office' and 'a week after his first summit' take the date they point to (the meeting, 7 July); 'last night' = 2017-07-06TNI; 'in February' (Olympics, future) = 2018-02. 'Overnight' is not annotated (vague night).",
    ],
)
