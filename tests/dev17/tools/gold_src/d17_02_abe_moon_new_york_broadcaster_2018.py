# ruff: noqa: E501
LEDE = "Prime Minister Abe Shinzo and South Korean President Moon Jae-in have confirmed"
MET = "The two leaders met in New York on Tuesday"
BEGAN = "The talks began at 11:20 a.m. local time"
MAY = "It was their first meeting since May"
PY = "Moon briefed Abe on his visit to Pyongyang last week"
HIST = "Abe explained Japan's position on the 2015 agreement"
MOONSAID = "Moon said he would neither scrap the agreement"
STEADY = "A senior Japanese government official said Abe had asked"
DINNER = "Abe's diplomacy in New York began on Sunday evening"
MOMENTUM = "The two agreed to build on the momentum"
WED = "Abe and Trump are due to sit down again on Wednesday"
FTA = "Moon, for his part, held his fifth summit with Trump on Monday"
PYDECL = "In Pyongyang, Moon and Kim signed a joint declaration"

GOLD = dict(
    published="2018-09-26",
    furniture=[
        "NBW WORLD | POLITICS\nAbe, Moon meet in New York; Moon offers to help set up Japan-North Korea summit\nSeptember 26, 2018 07:40 JST\nUpdated 09:15 JST",
        "A busy week\n",
        "Video: Abe and Moon shake hands before talks in New York (1 min 12 sec)\nRelated: Abe tells UN he is ready to meet Kim \"face to face\"",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Abe Shinzo", "Abe Shinzo", "Abe", "He"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un", "Kim"],
        "Donald Trump": ["US President Donald Trump", "Trump"],
        "Office of the President of South Korea": ["South Korea's presidential office"],
    },
    quotes=[
        ("Normalizing relations between North Korea and Japan", "direct", "Moon Jae-in", "was quoted as telling"),
        ("steadily", "partial", None, "said"),
        ("very meaningful", "partial", "Shinzo Abe", "called"),
    ],
    statements=[
        (LEDE, ["Shinzo Abe", "Moon Jae-in"], "confirmed"),
        (PY, ["Moon Jae-in"], "briefed"),
        ("Moon said he had raised the issue", ["Moon Jae-in"], "said"),
        ("Abe thanked Moon and asked", ["Shinzo Abe"], "thanked"),
        ("He said he intends to hold direct talks", ["Shinzo Abe"], "said"),
        (HIST, ["Shinzo Abe"], "explained"),
        (MOONSAID, ["Moon Jae-in", "Office of the President of South Korea"], "said"),
        (STEADY, [None], "said"),
        ("Speaking to reporters afterward, Abe called", ["Shinzo Abe"], "called"),
        (MOMENTUM, ["Shinzo Abe", "Donald Trump"], "agreed"),
        ("Government officials in Tokyo say Abe hopes", [None], "say"),
    ],
    timexes=[
        ("September 26, 2018 07:40 JST", "2018-09-26T07:40", None),
        ("Updated 09:15 JST", "2018-09-26T09:15", None),
        ("New York [[on Tuesday]] on the", "2018-09-25", None),
        ("11:20 a.m. local time", "2018-09-25T11:20", None),
        ("about 55 minutes", "PT55M", "APPROX"),
        ("first meeting since [[May]]", "2018-05", None),
        ("Pyongyang [[last week]], where", "2018-W38", None),
        ("third summit [[this year]]", "2018", None),
        ("[[2015]] agreement on the so-called", "2015", None),
        ("Sunday evening", "2018-09-23TEV", None),
        ("more than two and a half hours", "PT2H30M", "MORE_THAN"),
        ("Trump's [[June]] summit", "2018-06", None),
        ("again [[on Wednesday]] for", "2018-09-26", None),
        ("with Trump [[on Monday]]", "2018-09-24", None),
        ("last Wednesday", "2018-09-19", None),
        ("1 min 12 sec", "PT1M12S", None),
    ],
    summits=[
        dict(date="2018-09-25", place="New York", country="US", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[LEDE, MET, BEGAN]),
        dict(date="2018-05", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[MAY]),
        dict(date="2018-09", place="Pyongyang", country="KP", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=3, status="held", occasion=None, evidence=[PY]),
        dict(date="2018-09-23", place="New York", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[DINNER]),
        dict(date="2018-06", place="Singapore", country="SG", participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MOMENTUM]),
        dict(date="2018-09-26", place="New York", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="sidelines", ordinal=None, status="planned", occasion="the UN General Assembly", evidence=[WED]),
        dict(date="2018-09-24", place="New York", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="sidelines", ordinal=5, status="held", occasion="the UN General Assembly", evidence=[FTA]),
    ],
    agreements=[
        dict(title="work together toward the complete denuclearization of the Korean Peninsula", kind="commitment",
             date="2018-09-25", parties=["JP", "KR"], status="agreed", evidence=[LEDE]),
        dict(title="the 2015 agreement on the comfort women", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[HIST, MOONSAID, STEADY]),
        dict(title="build on the momentum of the Singapore summit", kind="commitment", date="2018-09-23",
             parties=["JP", "US"], status="agreed", evidence=[MOMENTUM]),
        dict(title="revised Korea-U.S. free trade agreement", kind="treaty", date="2018-09-24",
             parties=["KR", "US"], status="signed", evidence=[FTA]),
        dict(title="inter-Korean joint declaration signed in Pyongyang", kind="joint-declaration", date="2018-09-19",
             parties=["KR", "KP"], status="referenced", evidence=[PYDECL]),
    ],
    notes=[
        "Invented Japanese broadcaster web story (outlet 'NBW World' is fictional; rubric, headline, stamps, the 'A busy week' crosshead and the video/related lines are furniture; stamps and the video duration are annotated). Japanese name order for Abe ('Abe Shinzo'). Moon's direct quote paraphrases his reported words; the official's 'steadily' and Abe's 'very meaningful' are invented; stamp times are invented.",
        "Facts checked on stored pages: webarchives.pa.go.kr (Cheong Wa Dae briefing 329: Moon-Abe summit in New York, 55 minutes from 11:20 a.m.; Moon recommended Japan-North Korea talks to Kim three times, Kim willing at an appropriate time; Abe to pursue direct talks with Kim and requested support; Abe explained Japan's stance on comfort women and forced labor; Moon would neither nullify nor renegotiate the 2015 agreement; the foundation); en.yna.co.kr AEN20180926000252315 (met Tuesday; five days after Moon's return from Pyongyang; third summit with Kim; support for a North Korea-Japan summit); koreaherald ud=20180924000023 (first Moon-Abe meeting since May, the Tokyo summit with Li Keqiang; Moon-Trump a day earlier); korea.net articleId 163819 (Moon-Trump on Sept. 24, fifth bilateral summit); rino-restaurant.com and asaninst.org (signing of the revised FTA at the Moon-Trump meeting); japantoday.com and jmh.usembassy.gov 20180924112098 / 20180925112128 (Abe-Trump dinner at Trump Tower on Sunday, over two and a half hours; agreed to strengthen the momentum of the June summit; next summit on Sept. 26 / Wednesday); nagalandpage.com (Abe at the UN ready to meet Kim face to face). From general knowledge: the Pyongyang Joint Declaration of 19 September 2018 (also in the title of an unseen23 article).",
        "Summits (7): New York Moon-Abe (sidelines, ordinal left null), Tokyo trilateral in May (the bilateral of the same day is not mentioned), Moon-Kim in Pyongyang ('his third summit this year', the pair's third overall; ordinal 3; date 2018-09 from 'last week'), Abe-Trump dinner (a working dinner between two leaders, recorded as a meeting), Singapore Trump-Kim (June), the planned Abe-Trump talks on Wednesday (planned; published Japan time on the day, the talks still to come), Moon-Trump (fifth, ordinal 5). Not summits: Abe's hoped-for meeting with Kim ('no such meeting is in sight').",
        "Agreements (5): JP-KR denuclearization cooperation (from 'confirmed'), the 2015 agreement (referenced, three sentences), JP-US commitment at the dinner, the revised KORUS FTA (treaty, signed Monday), the Pyongyang joint declaration (referenced). Not agreements: Moon's offer to support a Japan-North Korea summit (an offer of help, no joint course between the two governments; debatable), Abe's request for help.",
        "Timexes: 'last week' = 2018-W38 (published Wednesday 26 September; the Pyongyang summit was 18-20 September); 'last Wednesday' = 2018-09-19; 'Sunday evening' = 2018-09-23TEV; 'on Wednesday' = 2018-09-26 (the publication day, Japan time, but New York's Wednesday; the same calendar date).",
    ],
)
