# ruff: noqa: E501
LEAD = "On June 7, commencing at 11:35 a.m."
FLORIDA = "noted that this was his second meeting with President Trump"
SING = "The two leaders exchanged views on the U.S.-North Korea Summit"
PREP = "President Trump explained his preparations"
COORD = "The two leaders agreed that Japan and the United States will continue to coordinate closely"
PANMUN = "The two leaders welcomed the Panmunjom Declaration"
MOONDC = "President Trump also touched on his meeting with President Moon"
TRI = "Prime Minister Abe briefed the President on the Japan-China-ROK Trilateral Summit"
TRADE = "The two leaders agreed to accelerate the new consultations"

GOLD = dict(
    published="2018-06-07",
    furniture=[
        "Japan-U.S. Summit Meeting\nPrime Minister's Office of Japan | Diplomatic Activities\nJune 7, 2018\n[Provisional Translation]",
        "1. Opening remarks", "2. North Korea", "3. Economy", "4. G7 Summit",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Mr. Shinzo Abe, Prime Minister of Japan", "Prime Minister Abe", "Abe"],
        "Donald Trump": ["the Honorable Donald Trump", "President Trump", "the President"],
        "Kim Jong Un": ["Chairman Kim Jong Un", "Chairman Kim"],
        "Moon Jae-in": ["President Moon Jae-in", "President Moon"],
        "Li Keqiang": ["Premier Li Keqiang"],
    },
    quotes=[],
    statements=[
        (FLORIDA, ["Shinzo Abe"], "noted"),
        ("President Trump stated that the alliance", ["Donald Trump"], "stated"),
        (PREP, ["Donald Trump"], "explained"),
        ("Prime Minister Abe stated that the summit should become", ["Shinzo Abe"], "stated"),
        (COORD, ["Shinzo Abe", "Donald Trump"], "agreed"),
        ("President Trump stated that he would raise", ["Donald Trump"], "stated"),
        ("Prime Minister Abe explained that Japan is prepared", ["Shinzo Abe"], "explained"),
        (PANMUN, ["Shinzo Abe", "Donald Trump"], "welcomed"),
        (TRI, ["Shinzo Abe"], "briefed"),
        ("The two leaders confirmed that Japan, the United States and the ROK", ["Shinzo Abe", "Donald Trump"], "confirmed"),
        (TRADE, ["Shinzo Abe", "Donald Trump"], "agreed"),
        ("Prime Minister Abe stated that Japan would continue to seek", ["Shinzo Abe"], "stated"),
        ("The two leaders shared the view", ["Shinzo Abe", "Donald Trump"], "shared the view"),
        ("Prime Minister Abe noted that the two leaders had also spoken", ["Shinzo Abe"], "noted"),
    ],
    timexes=[
        ("June 7, 2018", "2018-06-07", None),
        ("On [[June 7]], commencing", "2018-06-07", None),
        ("11:35 a.m.", "2018-06-07T11:35", None),
        ("approximately 70 minutes", "PT70M", "APPROX"),
        ("less than two months", "P2M", "LESS_THAN"),
        ("Florida in [[April]]", "2018-04", None),
        ("Singapore on [[June 12]]", "2018-06-12", None),
        ("April 27", "2018-04-27", None),
        ("May 26", "2018-05-26", None),
        ("May 22", "2018-05-22", None),
        ("May 9", "2018-05-09", None),
        ("the same day", "2018-05-09", None),
        ("June 8", "2018-06-08", None),
        ("and [[9]]. Prime", "2018-06-09", None),
        ("May 28", "2018-05-28", None),
    ],
    summits=[
        dict(date="2018-06-07", place="Washington, D.C.", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEAD, FLORIDA]),
        dict(date="2018-04", place="Florida", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FLORIDA, TRADE]),
        dict(date="2018-06-12", place="Singapore", country="SG", participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[SING, PREP]),
        dict(date="2018-04-27", place="Panmunjom", country="KR", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[PANMUN]),
        dict(date="2018-05-26", place=None, country=None, participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=2, status="held", occasion=None, evidence=[PANMUN]),
        dict(date="2018-05-22", place="Washington", country="US", participants=["Donald Trump", "Moon Jae-in"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MOONDC]),
        dict(date="2018-05-09", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[TRI]),
        dict(date="2018-05-09", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TRI]),
    ],
    agreements=[
        dict(title="continue close coordination toward the complete, verifiable and irreversible dismantlement of North Korea's WMD and missiles",
             kind="commitment", date="2018-06-07", parties=["JP", "US"], status="agreed", evidence=[COORD]),
        dict(title="Panmunjom Declaration", kind="joint-declaration", date="2018-04-27", parties=["KP", "KR"],
             status="referenced", evidence=[PANMUN]),
        dict(title="accelerate the new consultations on free, fair and reciprocal trade", kind="commitment",
             date="2018-06-07", parties=["JP", "US"], status="agreed", evidence=[TRADE]),
        dict(title="launch ministerial consultations on free, fair and reciprocal trade (agreed in Florida)", kind="commitment",
             date="2018-04", parties=["JP", "US"], status="referenced", evidence=[TRADE]),
    ],
    notes=[
        "Invented readout in the style of the Japanese prime minister's office (title, office line, date line, [Provisional Translation], numbered headings and the (Reference) line; the title block and headings are furniture, the date line is annotated). All wording is invented; the start time 11:35 a.m. and the length (about 70 minutes) are invented.",
        "Real facts, checked on stored pages: japantimes.co.jp 2018-05-30 (Abe to meet Trump at the White House on June 7 ahead of the June 12 Singapore summit; Trump-Abe phone call on Monday 28 May; G7 in Canada on June 8 and 9); jimin.jp/english/news/137679.html (Japan-US summit, June 7 (Thursday), Washington DC; abduction issue to be raised with Kim); america.cgtn.com 2018-06-07 and thenews.com.pk 2018-06-08 (Oval Office meeting, Rose Garden joint press conference; second meeting in less than two months after the Florida meeting in April); manila-stv.ph (Trump said at the joint press conference that abductions would be discussed); chosun 2018-05-28 and straitstimes (Moon-Kim second summit on 26 May; Panmunjom Declaration of 27 April); newnation.io (Moon met Trump in Washington the week of the 26 May summit). From general knowledge or other corpora's titles: Moon-Trump on 22 May 2018; the Tokyo trilateral with Li Keqiang and the Moon-Abe meeting on 9 May 2018; the April 2018 Mar-a-Lago agreement to start FFR trade consultations; Japan's request for exemption from steel and aluminum tariffs.",
        "Summits (8): Abe-Trump (held); Florida in April (held, background); Trump-Kim in Singapore (planned); Moon-Kim 27 April (Panmunjom, southern side: KR) and 26 May (ordinal 2 from 'the second inter-Korean summit' between them; place not named in the text); Moon-Trump on 22 May; the Tokyo trilateral with Li Keqiang (named from the public record; the text names only the format) and the Moon-Abe meeting 'on the same day'. Not summits: a possible Japan-North Korea summit (hypothetical, 'No such meeting has been scheduled'), the G7 summit, the 28 May phone call, the working lunch (part of the same meeting), the joint press conference.",
        "Agreements (4): the JP-US coordination commitment; the Panmunjom Declaration (joint-declaration, referenced); the agreement to accelerate trade consultations and the earlier Florida agreement to launch them (two courses of action: one agreed now, one referenced). Not agreements: Trump's pledge to raise abductions (unilateral), Abe's readiness to talk to North Korea, Japan's tariff exemption request, the shared view on the G7.",
        "Readout wording carries no quotation marks: no quotes. 'the same day' = 9 May 2018. 'June 8 and 9' gives two timexes. 'approximately 70 minutes' = PT70M APPROX; 'less than two months' = P2M LESS_THAN.",
    ],
)
