# ruff: noqa: E501
Q1 = ("President Putin visited North Korea yesterday and signed a new treaty", "in the event of aggression.")
AWARE = ("We are aware of the reports that President Putin and Chairman Kim held talks", "signed the document.")
MOSCOW = ("Moscow says the treaty replaces the treaty of friendship", "signed in 2000.")
Q24 = ("Mr. Putin's visit was his first to Pyongyang in 24 years", "Russian Far East last September.")
PHONE = ("Foreign Minister Kamikawa spoke with Foreign Minister Cho Tae-yul", "continue to cooperate closely.")
EVE = "Prime Minister Kishida and President Yoon also confirmed close coordination"
DECL = "At that summit the three leaders adopted a joint declaration."
CAMP = "Japan also attaches importance to the commitment"
NATO = "The NATO Summit will be held in Washington next month."

GOLD = dict(
    published="2024-06-20",
    furniture=[
        "Press Conference by the Chief Cabinet Secretary (Excerpt)\n"
        "Thursday, June 20, 2024 (Afternoon)\n"
        "[Provisional translation - unofficial]\n"
        "Russia-North Korea Treaty",
        "Press Conferences - Back Number",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Vladimir Putin": ["President Putin", "Mr. Putin"],
        "Kim Jong Un": ["Chairman Kim Jong Un", "Chairman Kim"],
        "Yoshimasa Hayashi": ["CHIEF CABINET SECRETARY HAYASHI"],
        "Yoko Kamikawa": ["Foreign Minister Kamikawa"],
        "Cho Tae-yul": ["Foreign Minister Cho Tae-yul"],
        "Fumio Kishida": ["Prime Minister Kishida", "the Prime Minister"],
        "Yoon Suk Yeol": ["President Yoon"],
        "Li Qiang": ["Li Qiang"],
        "Joe Biden": ["Joe Biden"],
        "Government of Russia": ["Moscow"],
    },
    quotes=[],
    statements=[
        (Q1, ["Vladimir Putin"], "said"),
        (MOSCOW, ["Government of Russia"], "says"),
        (PHONE, ["Yoko Kamikawa", "Cho Tae-yul"], "confirmed"),
        (EVE, ["Fumio Kishida", "Yoon Suk Yeol"], "confirmed"),
    ],
    timexes=[
        ("Thursday, June 20, 2024", "2024-06-20", None),
        ("(Afternoon)", "2024-06-20TAF", None),
        ("North Korea [[yesterday]] and signed", "2024-06-19", None),
        ("Pyongyang [[yesterday]] and signed the document", "2024-06-19", None),
        ("signed in [[2000]]", "2000", None),
        ("24 years", "P24Y", None),
        ("last September", "2023-09", None),
        ("late last month", "2024-05", "END"),
        ("August last year", "2023-08", None),
        ("Washington [[next month]]", "2024-07", None),
    ],
    summits=[
        dict(date="2024-06-19", place="Pyongyang", country="KP", participants=["Vladimir Putin", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[Q1, AWARE, Q24]),
        dict(date="2023-09", place=None, country="RU", participants=["Vladimir Putin", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[Q24]),
        dict(date="2024-05", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[EVE]),
        dict(date="2024-05", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol", "Li Qiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[EVE, DECL]),
        dict(date="2023-08", place="Camp David", country="US", participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[CAMP]),
    ],
    agreements=[
        dict(title="Russia-North Korea treaty on comprehensive strategic partnership", kind="treaty", date="2024-06-19",
             parties=["KP", "RU"], status="signed", evidence=[Q1, AWARE, MOSCOW]),
        dict(title="treaty of friendship signed by Russia and North Korea in 2000", kind="treaty", date="2000",
             parties=["KP", "RU"], status="referenced", evidence=[MOSCOW]),
        dict(title="joint declaration of the Japan-China-ROK Summit in Seoul", kind="joint-declaration", date="2024-05",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[DECL]),
        dict(title="Camp David commitment to consult promptly in a crisis", kind="commitment", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[CAMP]),
    ],
    notes=[
        "Invented transcript in the style of the Japanese Chief Cabinet Secretary's press conference (title, date line, translation note, topic heading and the back-number link are furniture; the date line and '(Afternoon)' are annotated). No quotation marks, so no quotes; as in unseen15-16, the Chief Cabinet Secretary's own answers are not annotated as statements, but speech he reports (Kamikawa and Cho, Kishida and Yoon) and speech reported in the reporters' questions (Putin, Moscow) is. Reporters and their outlets are invented; the answers are the annotator's own words, following what Hayashi is reported to have said.",
        "Real facts checked on stored pages: nippon.com yjj2024062000432 (Hayashi, Thursday 20 June: grave concern that Putin did not rule out military technology cooperation, a possible direct violation of UNSC resolutions; weapons procurement 'totally unacceptable'); ironbladeonline.com 2024-06-20 (same press conference); fin-gpt.org and networthspace.com (treaty signed Wednesday 19 June in Pyongyang; mutual assistance in case of aggression; first visit in 24 years; Kim's trip to the Russian Far East last September); infobalkans.com (the new treaty replaces the 1961 treaty and the 2000 treaty of friendship and good-neighbourliness); perspektiven-global.de (Cho Tae-yul spoke by phone with Kamikawa). From the titles of the project's other corpora and general knowledge: the Japan-China-ROK summit in Seoul in late May 2024 and its joint declaration, the Kishida-Yoon talks on its eve; Camp David (August 2023, duty to consult); the NATO summit in Washington in July 2024.",
        "Summits (5): Putin-Kim in Pyongyang (19 June); Putin-Kim in the Russian Far East (September 2023; the text names no place); Kishida-Yoon in Seoul (late May, on the eve of the trilateral) and the Japan-China-ROK summit in Seoul (Li Qiang from the public record); Camp David. Not summits: Putin's 2000 visit (only implied by 'first ... in 24 years'), a Japan-ROK meeting at the NATO summit (nothing decided; hypothetical), the foreign ministers' phone call.",
        "Agreements (4): the new Russia-North Korea treaty (signed); the 2000 treaty it replaces (referenced); the Seoul trilateral joint declaration (referenced); the Camp David commitment to consult (referenced). Not agreements: the foreign ministers' confirmation to 'continue to cooperate closely' (a shared view by phone, debatable), Japan's own response.",
        "Timexes: 'yesterday' (twice) = 2024-06-19; '(Afternoon)' in the date line = 2024-06-20TAF; 'late last month' = 2024-05 END; 'next month' = 2024-07; 'in 24 years' is a duration; 'at this stage' and 'at this point' are not annotated.",
    ],
)
