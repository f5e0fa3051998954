# ruff: noqa: E501
LEAD = "Barack Obama has become the first sitting US president to visit Hiroshima"
APOL = "He did not apologise for the bombing"
ABE = "Mr Abe, speaking after him, said the visit opened"
G7 = "The visit came at the end of the two-day G7 summit in Ise-Shima"
TALKS = "Mr Obama and Mr Abe had held bilateral talks on Wednesday evening"
GROUP = "A group of Korean survivors said it had written"
MOFA = "Seoul's foreign ministry said it hoped"
PARK = "She last met Mr Abe in Washington at the end of March"
TRI = "Mr Obama joined them that day for three-way talks on North Korea."
USO = "Asked whether the Korean memorial had been considered"

GOLD = dict(
    published="2016-05-27",
    furniture=[
        "WORLD SERVICE NEWS | Asia",
        "Obama in Hiroshima: A wreath for all the dead, and a question from Seoul",
        "27 May 2016 | 11:35 GMT",
        "[Image caption: President Barack Obama and Prime Minister Shinzo Abe at the Hiroshima Peace Memorial Park on Friday]",
        "Image caption: Korean survivors' groups had asked Mr Obama to visit the memorial to Korean victims",
        "Related: Obama lifts Vietnam arms embargo | G7 leaders warn of global economic risks",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Barack Obama": ["Barack Obama", "Mr Obama", "He", "the president"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Mr Abe"],
        "Tran Dai Quang": ["President Tran Dai Quang"],
        "Park Geun-hye": ["President Park Geun-hye", "She"],
        "White House": ["the White House"],
        "Ministry of Foreign Affairs (South Korea)": ["Seoul's foreign ministry"],
    },
    quotes=[
        ("The memory of what happened here must never fade,", "direct", "Barack Obama", "said"),
        ("a new chapter", "partial", "Shinzo Abe", "said"),
        ("We were in Hiroshima too,", "direct", None, "told"),
        ("including Koreans who were forcibly mobilised.", "partial", "Ministry of Foreign Affairs (South Korea)", "said"),
        ("deliberately short.", "partial", None, "said"),
    ],
    statements=[
        (APOL, ["White House"], "had said"),
        (ABE, ["Shinzo Abe"], "said"),
        (TALKS, ["Barack Obama"], "announced"),
        (GROUP, [None], "said"),
        (MOFA, ["Ministry of Foreign Affairs (South Korea)"], "said"),
        (PARK, ["Park Geun-hye", "Shinzo Abe"], "pledged"),
        (USO, [None], "said"),
    ],
    timexes=[
        ("27 May 2016 | 11:35 GMT", "2016-05-27T11:35", None),
        ("Memorial Park [[on Friday]]", "2016-05-27", None),
        ("the [[1945]] atomic bombing", "1945", None),
        ("two-day", "P2D", None),
        ("talks [[on Wednesday evening]]", "2016-05-25TEV", None),
        ("where [[on Monday]] he met", "2016-05-23", None),
        ("at [[the end of March]]", "2016-03", "END"),
        ("the [[December]] agreement", "2015-12", None),
        ("joined them [[that day]]", "2016-03", None),
    ],
    summits=[
        dict(date="2016-05-25", place=None, country="JP", participants=["Barack Obama", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TALKS]),
        dict(date="2016-05-23", place="Hanoi", country="VN", participants=["Barack Obama", "Tran Dai Quang"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TALKS]),
        dict(date="2016-03", place="Washington", country="US", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[PARK]),
        dict(date="2016-03", place="Washington", country="US", participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"],
             kind="trilateral", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[TRI]),
    ],
    agreements=[
        dict(title="G7 Ise-Shima Leaders' Declaration", kind="joint-declaration", date="2016-05",
             parties=["CA", "DE", "FR", "GB", "IT", "JP", "US"], status="agreed", evidence=[G7]),
        dict(title="carry out faithfully the 2015 comfort women agreement", kind="commitment", date="2016-03",
             parties=["JP", "KR"], status="referenced", evidence=[PARK]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015-12",
             parties=["JP", "KR"], status="referenced", evidence=[PARK]),
    ],
    notes=[
        "Invented story on an international broadcaster's website (World Service News); section line, headline, stamp, image captions and related-links line are furniture (the stamp and the caption's 'Friday' are annotated). Invented: the outlet, all quoted words (Obama's, Abe's 'a new chapter', the survivor's, the ministry's, the U.S. official's), the survivors' letter, Seoul's ministry statement.",
        "Real facts checked on stored pages: gov-online.go.jp Highlighting Japan June 2016 (G7 Ise-Shima on 26-27 May; G7 Ise-Shima Leaders' Declaration; Obama's Hiroshima visit on 27 May with Abe, first sitting U.S. president, wreaths at the Cenotaph, statements by both); hiroshimaforpeace.com and highergroundtimes.com (AP: Obama and Abe at the Peace Memorial Park on Friday 27 May 2016); goswamirajms.blogspot.com (White House: no apology, visit on 27 May after the G7); gopusa.com (UPI: trip to Vietnam and Japan from 21 May, G7, bilateral meeting with Abe). From the project's manifests: Park-Abe on the Nuclear Security Summit sidelines in Washington at the end of March 2016 reaffirming the comfort women deal, and Obama's three-way talks with them (unseen 2016-03-31, unseen13 2016-04-02). General knowledge: the Obama-Abe talks on the evening of Wednesday 25 May; Obama-Tran Dai Quang in Hanoi on 23 May and the lifting of the arms embargo; the Korean victims' memorial in the park; Park's Africa visit at the end of May 2016.",
        "Summits (4): Obama-Abe on Wednesday evening (place null: the text names none; country JP); Obama-Tran Dai Quang in Hanoi; Park-Abe in Washington (sidelines of the Nuclear Security Summit) and the Obama-Park-Abe trilateral 'that day'. Not summits: the joint visit to the Peace Memorial Park (a joint appearance), the G7 summit itself, a stop at the Korean memorial (not on the schedule).",
        "Agreements (3): the G7 Ise-Shima declaration (joint-declaration of the seven G7 countries, agreed; the EU is not a country and is left out); the Park-Abe pledge to implement the 2015 deal (referenced commitment); the December 2015 agreement (referenced). Not agreements: the end of the U.S. arms embargo on Vietnam (unilateral). 'comfort women' in quotation marks is a term, not a quote.",
        "Timexes: 'that day' = 2016-03 (only the month is known, as unseen16); 'decades-old' and 'in advance' are not annotated.",
    ],
)
