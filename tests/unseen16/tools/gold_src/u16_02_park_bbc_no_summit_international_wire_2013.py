# ruff: noqa: E501
SINCE = "Park, who took office in February, has held summits"
BALI = "The two leaders attended the APEC forum in Bali"
PARIS = "Park arrived in Paris on Saturday"
SETTLED = "Tokyo maintains that claims arising from"

GOLD = dict(
    published="2013-11-04",
    furniture=[
        "South Korea's Park sees little point in summit with Abe as Europe tour begins\n"
        "4 November 2013 - 06:48 GMT\n"
        "By Helen Marsh and Yoo Dae-sung",
        "SEOUL, Nov 4, 2013 (Northgate) - ",
        "(Reporting by Helen Marsh and Yoo Dae-sung; Editing by Tom Avery)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park", "she"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Barack Obama": ["U.S. President Barack Obama"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Francois Hollande": ["French President Francois Hollande"],
        "Elizabeth II": ["Queen Elizabeth II"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un"],
        "Lee Myung-bak": ["Park's predecessor, Lee Myung-bak"],
        "Kim Soo-ah": ["Kim Soo-ah, a fellow at the Seoul Institute for Peninsula Studies"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("If we sit down only to hear again", "direct", "Park Geun-hye", "said"),
        ("I would rather wait until there is something real", "direct", "Park Geun-hye", None),
        ("door is always open", "partial", None, "said"),
        ("sincerity", "partial", "Park Geun-hye", "stressed"),
        ("She is telling Washington as much as Tokyo", "direct", "Kim Soo-ah", "said"),
        ("The danger is that two years pass", "direct", "Kim Soo-ah", None),
    ],
    statements=[
        ("South Korean President Park Geun-hye has said a meeting", ["Park Geun-hye"], "has said"),
        ("Park said a summit could even do harm", ["Park Geun-hye"], "said"),
        ("She described Japan as an important partner", ["Park Geun-hye"], "described"),
        (SETTLED, ["Government of Japan"], "maintains"),
        ("Japanese officials have repeatedly said that Abe's", [None], "have repeatedly said"),
        ("In a separate interview with the French daily Le Figaro", ["Park Geun-hye"], "said"),
        ("diplomats in Seoul said it was unlikely", [None], "said"),
        ("Analysts said Park's remarks reflected", [None], "said"),
    ],
    timexes=[
        ("4 November 2013 - 06:48 GMT", "2013-11-04T06:48", None),
        ("SEOUL, [[Nov 4, 2013]]", "2013-11-04", None),
        ("broadcast [[on Monday]]", "2013-11-04", None),
        ("week-long", "P1W", None),
        ("took office in [[February]]", "2013-02", None),
        ("Washington in [[May]]", "2013-05", None),
        ("Beijing in [[June]]", "2013-06", None),
        ("Brunei [[last month]]", "2013-10", None),
        ("1910-45", "1910/1945", None),
        ("a [[1965]] agreement", "1965", None),
        ("interview [[later on Monday]]", "2013-11-04", None),
        ("Paris [[on Saturday]]", "2013-11-02", None),
        ("Hollande [[later on Monday]]", "2013-11-04", None),
        ("begins [[on Tuesday]]", "2013-11-05", None),
        ("published [[on Saturday]]", "2013-11-02", None),
        ("host [[this year]]", "2013", None),
        ("the end of 2013", "2013", "END"),
        ("Yasukuni war shrine in [[October]]", "2013-10", None),
        ("two years", "P2Y", None),
        ("August last year", "2012-08", None),
    ],
    summits=[
        dict(date="2013-05", place="Washington", country="US",
             participants=["Park Geun-hye", "Barack Obama"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SINCE]),
        dict(date="2013-06", place="Beijing", country="CN",
             participants=["Park Geun-hye", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SINCE]),
        dict(date="2013-11-04", place="Paris", country="FR",
             participants=["Park Geun-hye", "Francois Hollande"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[PARIS]),
        dict(date="2013-11-05", place="London", country="GB",
             participants=["Park Geun-hye", "Elizabeth II"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[PARIS]),
    ],
    agreements=[
        dict(title="1965 agreement that restored diplomatic ties (Treaty on Basic Relations)", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced", evidence=[SETTLED]),
    ],
    notes=[
        "Invented international wire story (agency 'Northgate', reporters, editor, analyst and institute invented; headline, stamp, byline, dateline prefix and credit line are furniture; stamp and dateline dates are annotated). Park's quoted words are invented paraphrases, not her real BBC wording; the 'door is always open' line is attributed to unnamed Japanese officials.",
        "Real background, checked on stored pages: scmp 2013-11-04 and tokyoweekender (BBC interview broadcast on Monday 4 November 2013 ahead of a UK state visit; Park saw no point in a summit with Abe without an apology; Japan a key partner on North Korea; eight months in office, no meeting with Abe yet); english.hani.co.kr 2013-11-04 and world.kbs.co.kr (French service: Le Figaro interview in the 2 November edition, open to meeting Kim Jong Un, 'sincerity'; European tour begun on Saturday); koreajoongangdaily 2013-07-10 (Park doubtful of an Abe summit after her U.S. and Chinese summits). From general knowledge (not checked on a page): Park-Obama in Washington in May 2013 and Park-Xi in Beijing in June 2013; Park-Hollande talks in Paris on 4 November and the state visit to Britain from 5 November with Queen Elizabeth II; Brussels/EU leg; APEC Bali and the East Asia Summit in Brunei in October 2013 without Park-Abe talks; Abe's offering to Yasukuni in October 2013; Lee's August 2012 visit to the islets.",
        "Summits (4): Park-Obama (May), Park-Xi (June), and two planned meetings of the trip (Hollande 'later on Monday'; the audience with Queen Elizabeth II during the state visit beginning on Tuesday, recorded as a meeting of heads of state, dated to the first day of the visit; debatable). Not summits: a Park-Abe meeting (negated, 'has yet to meet'), greetings in passing at APEC and the East Asia Summit, a meeting with EU leaders (not heads of state or government of a country), a hypothetical meeting with Kim Jong Un, a three-way summit 'not scheduled' and 'unlikely'.",
        "Agreements (1): 'a 1965 agreement that restored diplomatic ties' (treaty, referenced; one record as in unseen15). Not agreements: the Le Figaro remarks, Abe's open door.",
        "Timexes: 'two years' inside a quote = P2Y; 'the end of 2013' = 2013 END; 'last month' = 2013-10; 'in October' in a past clause = 2013-10; 'week-long' = P1W.",
    ],
)
