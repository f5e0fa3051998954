# ruff: noqa: E501
CALLS = "He gave both leaders"
AGREE = "The two leaders agreed that Japan and the United States"
RAISED = "Trump told him he had raised the abductions"
PYD = "Moon and Kim signed the Pyongyang Joint Declaration"
SING = "Their first summit, in Singapore last June"
LEFT = "The two leaders left the Metropole hotel separately"
LUNCH = "The White House confirms the working lunch"
FEB20 = "Abe and Trump last spoke by phone on Feb. 20"
MAY = "Trump is expected in Tokyo in May"
NY = "Abe and Moon have not held a formal meeting since New York"

GOLD = dict(
    published="2019-02-28",
    furniture=[
        "LIVE: Trump-Kim Hanoi summit ends without a deal - how Tokyo and Seoul reacted\n"
        "Last updated: Thursday, February 28, 2019, 22:10 JST\n"
        "The Akasaka Times live desk",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Donald Trump": ["Trump", "he", "He"],
        "Kim Jong Un": ["Kim", "Chairman Kim"],
        "Shinzo Abe": ["Abe"],
        "Moon Jae-in": ["Moon"],
        "Kim Eui-kyeom": ["Moon's spokesman Kim Eui-kyeom"],
        "The White House": ["the White House", "White House"],
        "Ministry of Foreign Affairs of Japan": ["Japan's foreign ministry"],
        "Naruhito": ["the new emperor"],
    },
    quotes=[
        ("a full readout", "partial", "The White House", "according to"),
        ("fully", "partial", "Shinzo Abe", "said"),
        ("I am determined that the next meeting", "direct", "Shinzo Abe", "said"),
        ("regrettable", "partial", "Kim Eui-kyeom", "said"),
        ("more meaningful progress than ever", "partial", "Kim Eui-kyeom", "said"),
        ("It wasn't the right deal to sign today,", "direct", "Donald Trump", "said"),
        ("we just couldn't give them that", "partial", "Donald Trump", "added"),
        ("work toward complete denuclearization", "partial", None, "committed"),
    ],
    statements=[
        ("Trump has now spoken by phone with Abe and Moon", ["The White House"], "according to"),
        (CALLS, ["Donald Trump"], "said"),
        ("The Abe call began at 7:30 p.m.", ["Ministry of Foreign Affairs of Japan"], "said"),
        ("Abe, speaking to reporters at his office", ["Shinzo Abe"], "said"),
        (RAISED, ["Donald Trump"], "told"),
        (AGREE, ["Shinzo Abe", "Donald Trump"], "agreed"),
        ("There is no date for any such summit", [None], "concede"),
        ("In Seoul, Moon's spokesman Kim Eui-kyeom said", ["Kim Eui-kyeom"], "said"),
        ("Kim wanted sanctions lifted in their entirety", ["Donald Trump"], "added"),
        (LUNCH, ["The White House"], "confirms"),
        (FEB20, ["Shinzo Abe", "Donald Trump"], "committed"),
    ],
    timexes=[
        ("Thursday, February 28, 2019, 22:10 JST", "2019-02-28T22:10", None),
        ("[[22:10 JST]]\nTrump has now", "2019-02-28T22:10", None),
        ("about 15 minutes", "PT15M", "APPROX"),
        ("7:30 p.m. Tokyo time", "2019-02-28T19:30", None),
        ("roughly 10 minutes", "PT10M", "APPROX"),
        ("20:45 JST", "2019-02-28T20:45", None),
        ("meeting on [[Wednesday]]", "2019-02-27", None),
        ("that evening", "2019-02-27TEV", None),
        ("18:30 JST", "2019-02-28T18:30", None),
        ("Declaration in [[September]]", "2018-09", None),
        ("five months", "P5M", None),
        ("16:05 JST", "2019-02-28T16:05", None),
        ("two hours", "PT2H", None),
        ("15:20 JST", "2019-02-28T15:20", None),
        ("1:30 p.m. local time", "2019-02-28T13:30", None),
        ("last June", "2018-06", None),
        ("12:40 JST", "2019-02-28T12:40", None),
        ("Feb. 20", "2019-02-20", None),
        ("a week before", "2019-02-20", None),
        ("Tokyo in [[May]]", "2019-05", None),
        ("late June", "2019-06", "END"),
        ("New York in [[September]]", "2018-09", None),
    ],
    summits=[
        dict(date="2019-02", place="Hanoi", country="VN", participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=2, status="held", occasion=None, evidence=[RAISED, LUNCH, LEFT]),
        dict(date="2018-06", place="Singapore", country="SG", participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[SING]),
        dict(date="2018-09", place="Pyongyang", country="KP", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=3, status="held", occasion=None, evidence=[PYD]),
        dict(date="2019-05", place="Tokyo", country="JP", participants=["Donald Trump", "Naruhito"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[MAY]),
        dict(date="2019-06", place="Osaka", country="JP", participants=["Donald Trump", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="planned", occasion="the Group of 20 summit", evidence=[MAY]),
        dict(date="2018-09", place="New York", country="US", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[NY]),
    ],
    agreements=[
        dict(title="Japan and the U.S. to keep working together on the abductions, nuclear and missile issues", kind="commitment",
             date="2019-02-28", parties=["JP", "US"], status="agreed", evidence=[AGREE]),
        dict(title="Pyongyang Joint Declaration", kind="joint-declaration", date="2018-09",
             parties=["KP", "KR"], status="referenced", evidence=[PYD]),
        dict(title="Singapore joint statement", kind="joint-statement", date="2018-06",
             parties=["KP", "US"], status="referenced", evidence=[SING]),
        dict(title="coordinate closely before the Hanoi summit (Feb. 20 phone call)", kind="commitment",
             date="2019-02-20", parties=["JP", "US"], status="referenced", evidence=[FEB20]),
    ],
    notes=[
        "Invented live page of a Tokyo English-language daily ('The Akasaka Times'), newest entry first; headline, update stamp and desk line are furniture (stamp annotated); entry times are annotated. All quotes are invented (Abe's, Trump's, Kim Eui-kyeom's words are paraphrases, not their wording); 'work toward complete denuclearization' is the wording of the Singapore statement (speaker null). The 12:40 entry time is invented.",
        "Real background checked on stored pages: mofa.go.jp/na/na1/us/page4e_001004.html (Abe-Trump telephone talk on 28 February from 7:30 p.m. for about 10 minutes; Abe fully supports Trump's decision; Trump raised abductions in the one-on-one on 27 February and at the dinner; both to cooperate on abductions, nuclear and missile issues); moneycontrol.com / eluniversal (Trump spoke about 15 minutes each with Abe and Moon from Air Force One; 'update'); zeenews.india.com (Abe: determined to meet Kim next); straitstimes.com and news24.com (summit collapsed Thursday; leaders left the Metropole before 1.30pm; signing and lunch scrapped; news conference brought forward two hours; Seoul markets fell); initialnews/CNN (sanctions 'in their entirety'; Singapore statement 'work toward complete denuclearization'); maeeshat.in and bloombergquint.com (Abe-Trump call the Wednesday before the summit, committing to close coordination; Trump to visit Japan in May for the new emperor and late June for the G20). From general knowledge: Pyongyang Joint Declaration signed in September 2018 at the third Moon-Kim meeting; Moon-Abe meeting in New York in September 2018 (confirmed by webarchives.pa.go.kr briefing 329). Kim Eui-kyeom's words are invented.",
        "Summits (6): Hanoi Trump-Kim (one record for the two-day summit, date 2019-02 to cover 27-28 February; ordinal 2 from 'Their first summit, in Singapore'); Singapore (ordinal 1); Pyongyang Moon-Kim ('their third meeting', ordinal 3; place from the name of the declaration); Trump's planned meeting with the new emperor in Tokyo in May (recorded as a planned meeting of heads of state, like unseen16's audience with Queen Elizabeth II; debatable); planned Abe-Trump talks at the Osaka G20 (sidelines); Moon-Abe New York September 2018 (background, told through 'have not held a formal meeting since'). Not summits: the phone calls, a hypothetical Abe-Kim meeting, the scrapped working lunch (part of the Hanoi summit).",
        "Agreements (4): the JP-US commitment by phone (agreed), the Pyongyang Joint Declaration and the Singapore joint statement (referenced), the 20 February commitment to coordinate (referenced). Not an agreement: the cancelled Hanoi signing.",
    ],
)
