# ruff: noqa: E501
LEDE = "President Yoon Suk Yeol held a summit with Prime Minister Fumio Kishida"
FOURTH = "The meeting lasted about 30 minutes"
SHUTTLE = "The two leaders noted with satisfaction"
CHANNELS = "To this end, the leaders agreed to make active use"
EXPLORE = "They also agreed to explore ways to cooperate"
SHARE = "He said he respected the announcement"
EXPERTS = "He further requested that Korean experts"
NK = "The two leaders condemned North Korea's launch"
IP4 = "Earlier in the day, President Yoon hosted a meeting"
OTHERS = "Over the two days in Vilnius"
DUDA = "The President leaves for Warsaw tomorrow"
FOURMONTHS = "The two leaders have met four times in four months"

GOLD = dict(
    published="2023-07-12",
    furniture=[
        "Office of the President, Republic of Korea\nBriefings",
        "Briefing by Spokesperson Lee Do-woon on the Korea-Japan Summit\nVilnius, Lithuania | Wednesday, July 12, 2023 (local time)",
        "1. Bilateral relations\n",
        "2. Discharge of water from the Fukushima Daiichi plant\n",
        "3. North Korea\n",
        "4. Other meetings\n",
        "Q&A\n",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "President Yoon", "the President"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Prime Minister Kishida"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese"],
        "Chris Hipkins": ["New Zealand Prime Minister Chris Hipkins", "Prime Minister Hipkins"],
        "Mark Rutte": ["Dutch Prime Minister Mark Rutte"],
        "Andrzej Duda": ["President Andrzej Duda"],
        "Lee Do-woon": ["Spokesperson Lee Do-woon"],
    },
    quotes=[
        ("Our two countries have shown this year", "direct", "Yoon Suk Yeol", "said"),
    ],
    statements=[
        (SHUTTLE, ["Yoon Suk Yeol", "Fumio Kishida"], "noted"),
        ("They agreed to keep working to develop", ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        (CHANNELS, ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        (EXPLORE, ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        ("President Yoon stressed that the health", ["Yoon Suk Yeol"], "stressed"),
        (SHARE, ["Yoon Suk Yeol"], "said"),
        (EXPERTS, ["Yoon Suk Yeol"], "requested"),
        ("Prime Minister Kishida, referring to the IAEA", ["Fumio Kishida"], "said"),
        ("He explained that Japan would halt", ["Fumio Kishida"], "explained"),
        (NK, ["Yoon Suk Yeol", "Fumio Kishida"], "condemned"),
    ],
    timexes=[
        ("Wednesday, July 12, 2023 (local time)", "2023-07-12", None),
        ("in Vilnius [[today]]", "2023-07-12", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("Tokyo [[in March]]", "2023-03", None),
        ("after [[12 years]]", "P12Y", None),
        ("the first half of the year", "2023-H1", None),
        ("Hiroshima [[in May]]", "2023-05", None),
        ("within this year", "2023", None),
        ("shown [[this year]]", "2023", None),
        ("this morning", "2023-07-12TMO", None),
        ("Earlier in the day", "2023-07-12", None),
        ("Over [[the two days]] in", "P2D", None),
        ("Warsaw [[tomorrow]]", "2023-07-13", None),
        ("Duda [[on Thursday]]", "2023-07-13", None),
        ("four months", "P4M", None),
    ],
    summits=[
        dict(date="2023-07-12", place="Vilnius", country="LT", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="the NATO Summit", evidence=[LEDE, FOURTH]),
        dict(date="2023-03", place="Tokyo", country="JP", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FOURTH, SHUTTLE]),
        dict(date="2023-05", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SHUTTLE]),
        dict(date="2023-05", place="Hiroshima", country="JP", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="the G7 summit", evidence=[SHUTTLE]),
        dict(date="2023-07-12", place="Vilnius", country="LT",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Anthony Albanese", "Chris Hipkins"],
             kind="multilateral", ordinal=None, status="held", occasion="the NATO Summit", evidence=[IP4]),
        dict(date="2023-07", place="Vilnius", country="LT", participants=["Yoon Suk Yeol", "Mark Rutte"],
             kind="sidelines", ordinal=None, status="held", occasion="the NATO Summit", evidence=[OTHERS]),
        dict(date="2023-07", place="Vilnius", country="LT", participants=["Yoon Suk Yeol", "Chris Hipkins"],
             kind="sidelines", ordinal=None, status="held", occasion="the NATO Summit", evidence=[OTHERS]),
        dict(date="2023-07-13", place="Warsaw", country="PL", participants=["Yoon Suk Yeol", "Andrzej Duda"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[DUDA]),
    ],
    agreements=[
        dict(title="keep developing bilateral cooperation in a future-oriented direction", kind="commitment",
             date="2023-07-12", parties=["JP", "KR"], status="agreed", evidence=["They agreed to keep working to develop"]),
        dict(title="make active use of government and private-sector consultation channels", kind="commitment",
             date="2023-07-12", parties=["JP", "KR"], status="agreed", evidence=[CHANNELS]),
        dict(title="resume the Korea-Japan High-Level Economic Consultation within this year", kind="commitment",
             date="2023-07-12", parties=["JP", "KR"], status="agreed", evidence=[CHANNELS]),
        dict(title="explore cooperation across diplomacy, security, economy, culture and exchanges", kind="commitment",
             date="2023-07-12", parties=["JP", "KR"], status="agreed", evidence=[EXPLORE]),
        dict(title="real-time sharing of monitoring information on the discharge (Yoon's request)", kind="commitment",
             date="2023-07-12", parties=["JP", "KR"], status="proposed", evidence=[SHARE]),
        dict(title="participation of Korean experts in the discharge inspection process (Yoon's request)", kind="commitment",
             date="2023-07-12", parties=["JP", "KR"], status="proposed", evidence=[EXPERTS]),
        dict(title="further strengthen security cooperation between the two countries and with the United States", kind="commitment",
             date="2023-07-12", parties=["JP", "KR"], status="agreed", evidence=[NK]),
    ],
    notes=[
        "Invented briefing in the style of South Korea's presidential office (the spokesperson is real, the wording invented; header, title and date line, numbered section headings and the 'Q&A' heading are furniture; the date line is annotated). Yoon's direct quote and the Q&A answers are invented; the spokesperson's own answers in the Q&A are not annotated as statements (as unseen15-16).",
        "Facts checked on stored pages: djournal.co.kr no=48206 (summit for about 30 minutes on July 12 local time; shuttle diplomacy restored after 12 years through mutual visits in the first half; agreed to use government and private channels and to resume the High-Level Economic Consultation within the year; explore cooperation in diplomacy, security, economy, culture and people-to-people exchanges; Yoon: health and safety first, respects the IAEA, requested real-time sharing of monitoring information and participation of Korean experts; Kishida's utmost efforts referring to the IAEA comprehensive report); lavender.5ch.net copy of an NHK report and tellerreport.com 2023-07-12 (Kishida explained that Japan would publish monitoring data and halt the release immediately if standards were exceeded; Yoon respects the IAEA report); nippon.com kd1051831704569267165 (Vilnius meeting Wednesday on the NATO sidelines; high-level economic talks by the end of the year); donga.com 20230707 (fourth summit since the March visit to Japan); archyde.com and world-today-news.com (Yoon's Lithuania and Poland trip 10-15 July, bilateral talks with more than 10 countries including the Netherlands and New Zealand, Yoon to host the AP4 meeting); world.kbs.co.kr Seq_Code 85964 (Yoon to moderate the Asia-Pacific partners' session; state visit to Poland). From general knowledge: the Hiroshima meeting in May 2023, Kishida's Seoul visit in May 2023, North Korea's ICBM launch of 12 July 2023, the Yoon-Duda summit in Warsaw on 13 July 2023, Albanese and Hipkins at the Vilnius four-way meeting (also the subject of an unseen25 readout title).",
        "Summits (8): Vilnius Yoon-Kishida (sidelines; 'the fourth Korea-Japan summit since ... March' counts within a period, so no ordinal, as unseen16), Tokyo in March, the Seoul visit (told only through 'the exchange of visits between Seoul and Tokyo in the first half of the year'; place from the text, month from the public record: May), Hiroshima in May, the four-way meeting (multilateral), Yoon-Rutte and Yoon-Hipkins (bilateral talks 'over the two days', date 2023-07), the planned Yoon-Duda summit on Thursday. Not recorded: 'more than ten leaders' in aggregate, the NATO summit itself.",
        "Agreements (7): four JP-KR commitments from the first section (future-oriented cooperation; consultation channels and the High-Level Economic Consultation split into two courses; explore cooperation), Yoon's two requests recorded as proposals (real-time sharing, expert participation; debatable: a request to the other side that involves both governments), the security cooperation commitment. Not agreements: Japan's undertaking to halt the discharge and inform Korea (a unilateral measure), the leaders' four meetings 'in four months' (aggregate, not a summit).",
        "Timexes: 'the first half of the year' = 2023-H1; 'Over the two days' = P2D; 'today' = 2023-07-12; 'Earlier in the day' = 2023-07-12; 'four months' = P4M; '12 years' = P12Y.",
    ],
)
