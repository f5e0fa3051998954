# ruff: noqa: E501
LEDE = "South Korea's Foreign Minister Kang Kyung-wha and her new Japanese counterpart Taro Kono failed"
KONO = "According to Seoul's Foreign Ministry, Kono called on Seoul"
ACCORD = "Under the accord, announced by the two countries' foreign ministers"
FUT = "Despite the friction, the ministers agreed"
VISITS = "They also agreed to push for regular mutual visits"
HAMBURG = "Moon and Abe held their first summit on the margins"
TRI = "Also on Monday, Kang and Kono held a trilateral session"
VLAD = "Diplomatic sources said officials in both capitals are exploring"

GOLD = dict(
    published="2017-08-08",
    furniture=[
        "[Diplomacy]\n"
        "Kang, Kono clash over sex slavery deal in first meeting\n"
        "New Japanese foreign minister presses Seoul to honor 2015 accord; ministers join Tillerson for three-way talks\n"
        "By Yoon Ha-neul\n"
        "Published : 2017-08-08 16:42 Updated : 2017-08-08 18:05\n"
        "MANILA -- ",
        "(hnyoon@namsanherald.com)\n\nRelated\n- Moon, Abe agree to revive shuttle diplomacy\n- Kang makes multilateral debut in Manila",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kang Kyung-wha": ["South Korea's Foreign Minister Kang Kyung-wha", "Kang"],
        "Taro Kono": ["her new Japanese counterpart Taro Kono", "Kono"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Donald Trump": ["U.S. President Donald Trump"],
        "Rex Tillerson": ["U.S. Secretary of State Rex Tillerson"],
        "Yohei Kono": [],
        "Wang Yi": ["Chinese Foreign Minister Wang Yi"],
        "Ri Yong-ho": ["North Korean Foreign Minister Ri Yong-ho"],
        "Ministry of Foreign Affairs of South Korea": ["Seoul's Foreign Ministry"],
    },
    quotes=[
        ("steadily", "partial", "Taro Kono", "called on"),
        ("future-oriented", "partial", None, "agreed"),
        ("We have different views on history", "direct", "Kang Kyung-wha", "told Korean reporters"),
    ],
    statements=[
        (LEDE, [None], "said"),
        (KONO, ["Taro Kono", "Ministry of Foreign Affairs of South Korea"], "called on"),
        ("Kang replied that the Korean public", ["Kang Kyung-wha"], "replied"),
        (FUT, ["Kang Kyung-wha", "Taro Kono"], "agreed"),
        (VISITS, ["Kang Kyung-wha", "Taro Kono"], "agreed"),
        ("Kang told Korean reporters after the meeting", ["Kang Kyung-wha"], "told Korean reporters"),
        (TRI, ["Kang Kyung-wha", "Taro Kono", "Rex Tillerson"], "agreed"),
        ("a Foreign Ministry official cautioned", [None], "cautioned"),
        (VLAD, [None], "said"),
    ],
    timexes=[
        ("honor [[2015]] accord", "2015", None),
        ("2017-08-08 16:42", "2017-08-08T16:42", None),
        ("2017-08-08 18:05", "2017-08-08T18:05", None),
        ("over the [[2015]] deal", "2015", None),
        ("officials said [[Tuesday]]", "2017-08-08", None),
        ("7:45 p.m. Monday", "2017-08-07T19:45", None),
        ("about 40 minutes", "PT40M", "APPROX"),
        ("four days earlier", "2017-08-03", None),
        ("the [[December 2015]] agreement", "2015-12", None),
        ("Dec. 28, 2015", "2015-12-28", None),
        ("missiles [[last month]]", "2017-07", None),
        ("Germany, [[last month]]", "2017-07", None),
        ("July 7", "2017-07-07", None),
        ("a day after", "2017-07-06", None),
        ("Also on [[Monday]]", "2017-08-07", None),
        ("adopted [[Saturday]]", "2017-08-05", None),
        ("the [[1993]] statement", "1993", None),
        ("in [[early September]]", "2017-09", "START"),
        ("here [[on Saturday]]", "2017-08-05", None),
        ("Wang Yi [[on Sunday]]", "2017-08-06", None),
        ("that evening", "2017-08-06TEV", None),
    ],
    summits=[
        dict(date="2017-07-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=1,
             status="held", occasion="G20", evidence=[VISITS, HAMBURG]),
        dict(date="2017-07-06", place="U.S. Consulate General", country="DE",
             participants=["Donald Trump", "Moon Jae-in", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="G20", evidence=[HAMBURG]),
        dict(date="2017-09", place="Vladivostok", country="RU",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=2,
             status="planned", occasion="the Eastern Economic Forum", evidence=[VLAD]),
    ],
    agreements=[
        dict(title="the 2015 deal on Japan's wartime sexual slavery", kind="joint-statement", date="2015-12-28",
             parties=["JP", "KR"], status="referenced", evidence=[LEDE, KONO, ACCORD]),
        dict(title="keep working toward future-oriented ties", kind="commitment", date="2017-08-07",
             parties=["JP", "KR"], status="agreed", evidence=[FUT]),
        dict(title="coordinate closely on North Korea", kind="commitment", date="2017-08-07",
             parties=["JP", "KR"], status="agreed", evidence=[FUT]),
        dict(title="push for regular mutual visits by their leaders", kind="commitment", date="2017-08-07",
             parties=["JP", "KR"], status="agreed", evidence=[VISITS]),
        dict(title="Moon-Abe understanding in Hamburg on mutual visits", kind="commitment", date="2017-07-07",
             parties=["JP", "KR"], status="referenced", evidence=[VISITS]),
        dict(title="step up pressure on Pyongyang", kind="commitment", date="2017-08-07",
             parties=["JP", "KR", "US"], status="agreed", evidence=[TRI]),
        dict(title="fully carry out the new UN sanctions", kind="commitment", date="2017-08-07",
             parties=["JP", "KR", "US"], status="agreed", evidence=[TRI]),
    ],
    notes=[
        "Invented Seoul English-language daily story (paper 'The Namsan Herald' and reporter Yoon Ha-neul are fictional). Rubric, headline, deck, byline, 'Published : / Updated :' stamp, dateline, e-mail line and related links are furniture; the stamps and the deck's '2015' are annotated. Kang's direct quote is invented; 'steadily' and 'future-oriented' are short invented fragments in the spirit of the reported positions. The length of the meeting ('about 40 minutes') is invented.",
        "Real background, checked on stored pages: english.hani.co.kr 805992 (Kang and Kono met for the first time in Manila on Aug. 7 at the Philippine International Convention Center at 7:45 pm; Kono named four days before; no narrowing on the Dec. 28 agreement; Kono's father and the 1993 Kono Statement; first trilateral with Tillerson); japantimes.co.jp 2017-08-06 (Kyodo: Kono's debut; Monday meeting with Tillerson and Kang; UN sanctions adopted Saturday after two long-range missile tests in July); m.koreaherald.com 20170806000025 (Kang arrived in Manila on Saturday). From general knowledge or the project's other manifests (d8_02, u16_05): the first Moon-Abe summit in Hamburg on 7 July 2017 and their agreement to resume reciprocal visits, the Trump-hosted three-way dinner of 6 July at the U.S. Consulate General, the Vladivostok Eastern Economic Forum in early September 2017 (the Moon-Abe meeting there took place on 7 September), Kang's meetings with Wang Yi and her words with Ri Yong-ho on 6 August, the terms of the 2015 agreement (1 billion yen; refraining from mutual criticism).",
        "Summits (3): Hamburg Moon-Abe ('their first summit': ordinal 1; sidelines of the G20), the Trump-Moon-Abe dinner ('a day after' points back to 6 July; a three-way meeting is trilateral; place as named), a planned Moon-Abe meeting in Vladivostok ('exploring ... early September', no date fixed; recorded as planned with month precision, debatable; ordinal 2 from 'a second Moon-Abe meeting'). Not summits: the foreign ministers' bilateral and trilateral meetings, Kang's meeting with Wang Yi, the gala dinner exchange.",
        "Agreements (7): the 2015 agreement (joint-statement, referenced; three sentences), three ministers' commitments split by course of action ('future-oriented ties', 'coordinate closely on North Korea', 'regular mutual visits'), the Hamburg understanding (referenced), two trilateral commitments (pressure; sanctions). Not agreements: the 1993 Kono Statement (unilateral), the UN sanctions resolution.",
        "Timexes: 'four days earlier' = 2017-08-03 (the date it points to); 'a day after' = 2017-07-06; 'that evening' = Sunday evening, 2017-08-06TEV; '7:45 p.m. Monday' = 2017-08-07T19:45.",
    ],
)
