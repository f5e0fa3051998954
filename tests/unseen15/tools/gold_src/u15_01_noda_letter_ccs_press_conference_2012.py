# ruff: noqa: E501
ICJ = "On Tuesday the Government delivered a note verbale"
STANDS = "Our proposal for a joint referral stands"
SEOUL = "the Prime Minister visited Seoul last October for talks"
KYOTO = "the two leaders held a summit in Kyoto in December"
BEIJING = "They were also together in Beijing in May"
SWAP1 = "review the currency swap arrangement that was enlarged"
SWAP2 = "The expansion of the swap lines to 70 billion dollars"

GOLD = dict(
    published="2012-08-23",
    furniture=[
        "Press Conference by the Chief Cabinet Secretary (Excerpt)\n"
        "Thursday, August 23, 2012 (AM)\n"
        "Prime Minister's Office, Tokyo\n"
        "(Provisional translation; not an official record)",
        "Return of the Prime Minister's letter by the Republic of Korea\n",
        "Proposal on the International Court of Justice\n",
        "Ambassador Muto\n",
        "Summit diplomacy and the currency swap\n",
        "(End of excerpt)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Osamu Fujimura": ["CHIEF CABINET SECRETARY FUJIMURA", "Fujimura"],
        "Yoshihiko Noda": ["Prime Minister Noda", "the Prime Minister", "Noda"],
        "Lee Myung-bak": ["President Lee Myung-bak", "President Lee", "the President"],
        "Wen Jiabao": ["Premier Wen Jiabao of China", "Premier Wen Jiabao"],
        "Masatoshi Muto": ["Ambassador Muto"],
        "Government of the Republic of Korea": ["The Korean side", "Seoul", "the Korean Government"],
    },
    quotes=[],
    statements=[
        ("The Korean side has said it will send back the letter", ["Government of the Republic of Korea"], "has said"),
        ("In it, the Prime Minister expressed regret", ["Yoshihiko Noda"], "expressed regret"),
        ("He also set out Japan's intention", ["Yoshihiko Noda"], "set out"),
        ("Seoul has again said no.", ["Government of the Republic of Korea"], "said"),
    ],
    timexes=[
        ("Thursday, August 23, 2012", "2012-08-23", None),
        ("made to journalists [[yesterday]]", "2012-08-22", None),
        ("last Friday", "2012-08-17", None),
        ("August 10", "2012-08-10", None),
        ("four days later", "2012-08-14", None),
        ("On Tuesday", "2012-08-21", None),
        ("went back to Seoul [[yesterday]]", "2012-08-22", None),
        ("the day of the President's visit", "2012-08-10", None),
        ("next month", "2012-09", None),
        ("last October", "2011-10", None),
        ("Kyoto in [[December]]", "2011-12", None),
        ("Beijing in [[May]]", "2012-05", None),
        ("The circumstances [[today]]", "2012-08-23", None),
        ("the October summit", "2011-10", None),
        ("the end of October this year", "2012-10", "END"),
        ("will not speculate [[today]]", "2012-08-23", None),
    ],
    summits=[
        dict(date="2011-10", place="Seoul", country="KR",
             participants=["Yoshihiko Noda", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SEOUL, SWAP1, SWAP2]),
        dict(date="2011-12", place="Kyoto", country="JP",
             participants=["Yoshihiko Noda", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KYOTO]),
        dict(date="2012-05", place="Beijing", country="CN",
             participants=["Yoshihiko Noda", "Lee Myung-bak", "Wen Jiabao"], kind="trilateral",
             ordinal=None, status="held", occasion=None, evidence=[BEIJING]),
    ],
    agreements=[
        dict(title="joint referral of the Takeshima/Dokdo question to the International Court of Justice",
             kind="commitment", date="2012-08-21", parties=["JP", "KR"], status="proposed",
             evidence=[ICJ, STANDS]),
        dict(title="expansion of the currency swap lines to 70 billion dollars", kind="mou",
             date="2011-10", parties=["JP", "KR"], status="referenced", evidence=[SWAP1, SWAP2]),
    ],
    notes=[
        "Invented press-conference transcript in the style of the Japanese Prime Minister's Office (title, date line, place line, translation note, topic headings and end line are furniture; the date is annotated). Speaker labels and outlet-tagged REPORTER turns are text; no quotation marks. Outlets (Kanda Press, The Akasaka Times, Hakata Broadcasting) and every answer are invented.",
        "Real background, checked on stored pages: japantimes.co.jp 2012-08-23 and 2012-08-24 (Kyodo: Noda's letter handed to the ROK embassy in Tokyo on 17 August, expressing regret over Lee's 10 August visit and his remarks on the Emperor; Seoul decided to send it back; a Seoul official confirmed on Wednesday 22 August; Japan formally proposed a joint ICJ referral on Tuesday 21 August, rejected by Seoul; Ambassador Muto sent back to Seoul on 22 August); koreaherald 2012-08-22 (note verbale on the ICJ proposal delivered Tuesday); djazairess 2012-08-23 (Chief Cabinet Secretary Osamu Fujimura called the return contrary to diplomatic custom at his Thursday morning press conference); en.yna.co.kr 2012-08-19 (no Lee-Noda summit planned at APEC in Russia next month). From general knowledge, not checked: Noda's Seoul visit and summit in October 2011 where the swap expansion to 70 billion dollars was agreed, running to the end of October 2012; the Kyoto summit in December 2011; the Beijing trilateral in May 2012; Muto recalled on 10 August.",
        "Summits (3): Seoul October 2011 (mentioned three times: 'visited Seoul last October for talks', 'when the Prime Minister was in Seoul', 'the October summit'), Kyoto December 2011 ('in December' in a past-tense sentence = 2011), Beijing trilateral May 2012. Not summits: the Vladivostok meeting 'not planned', the letter.",
        "Agreements (2): the proposed joint ICJ referral (commitment, status proposed; the letter's 'intention to seek ... settlement' is a unilateral aim and is not added as evidence, debatable); the 2011 swap expansion (mou, referenced, two evidence sentences). Not agreements: the unilateral application to the Court under study.",
        "Statements: sentences reporting what the Korean side said and what Noda wrote; the Chief Cabinet Secretary's own answers are not reported speech and are not annotated (debatable). Timexes: 'the day of the President's visit' = 10 August (event-anchored, as in unseen14); 'four days later' = 14 August; the two 'today' = publication day; 'at present' not annotated.",
    ],
)
