# ruff: noqa: E501
POMPEO = "Pompeo, who met each minister separately"
STANDSTILL = "US officials had floated the idea"
TRI = "The three ministers agreed to maintain close cooperation"
CLAIMS = "Tokyo argues that the 1965 agreement"
GSOMIA = "Some officials in Seoul have suggested"
NY = "Moon and Abe have not held a formal summit since September last year"
TRUMP = "US President Donald Trump, who held talks with Moon in Seoul"

GOLD = dict(
    published="2019-08-02",
    furniture=[
        "Japan drops S. Korea from trade 'white list' as Pompeo hosts tense three-way talks\n"
        "Published: 2 Aug 2019 - 14:02 GMT\n"
        "Bangkok (Continental) - ",
        "bur-dk/rl",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "he"],
        "Kang Kyung-wha": ["Foreign Minister Kang Kyung-wha", "Kang"],
        "Taro Kono": ["her Japanese counterpart Taro Kono", "Kono"],
        "Mike Pompeo": ["US Secretary of State Mike Pompeo", "Pompeo"],
        "Donald Trump": ["US President Donald Trump", "Trump"],
        "Yoshihide Suga": ["Japanese Chief Cabinet Secretary Yoshihide Suga"],
        "Marta Ilyina": [],
        "Government of South Korea": ["Seoul"],
        "Government of Japan": ["Tokyo", "Japan's government"],
        "Ministry of Foreign Affairs of South Korea": ["Seoul's foreign ministry"],
    },
    quotes=[
        ("reckless", "partial", "Government of South Korea", "called"),
        ("We will not be defeated again,", "direct", "Moon Jae-in", "said"),
        ("encourage them to find a path forward.", "partial", "Mike Pompeo", "told reporters"),
        ("Neither leader can be seen to blink first,", "direct", "Marta Ilyina", "said"),
        ("That makes the ministers' channel", "direct", "Marta Ilyina", None),
        ("if they need me.", "partial", "Donald Trump", "said"),
        ("not a countermeasure", "partial", "Yoshihide Suga", "told reporters"),
    ],
    statements=[
        ("Seoul called the decision", ["Government of South Korea"], "called"),
        ("In Seoul, President Moon Jae-in convened an emergency cabinet meeting and warned", ["Moon Jae-in"], "warned"),
        ("Kang asked Tokyo to hold off", ["Kang Kyung-wha", "Taro Kono"], "asked"),
        (POMPEO, ["Mike Pompeo"], "told reporters"),
        (STANDSTILL, [None], "floated"),
        (TRI, ["Kang Kyung-wha", "Taro Kono", "Mike Pompeo", "Ministry of Foreign Affairs of South Korea"], "agreed"),
        (CLAIMS, ["Government of Japan"], "argues"),
        (GSOMIA, [None], "suggested"),
        (TRUMP, ["Donald Trump"], "said"),
        ("Japanese Chief Cabinet Secretary Yoshihide Suga told reporters", ["Yoshihide Suga"], "told reporters"),
    ],
    timexes=[
        ("2 Aug 2019 - 14:02 GMT", "2019-08-02T14:02", None),
        ("government [[on Friday]] struck", "2019-08-02", None),
        ("Friday morning", "2019-08-02TMO", None),
        ("August 28", "2019-08-28", None),
        ("two days", "P2D", None),
        ("one-on-one [[on Thursday]]", "2019-08-01", None),
        ("about 50 minutes", "PT50M", "APPROX"),
        ("Friday evening", "2019-08-02TEV", None),
        ("earlier [[this week]]", "2019-W31", None),
        ("on Wednesday", "2019-07-31", None),
        ("again [[on Friday]]", "2019-08-02", None),
        ("the [[1965]] agreement", "1965", None),
        ("last October", "2018-10", None),
        ("November 2016", "2016-11", None),
        ("later this month", "2019-08", None),
        ("September last year", "2018-09", None),
        ("late June", "2019-06", "END"),
        ("June 30", "2019-06-30", None),
        ("said [[last month]]", "2019-07", None),
    ],
    summits=[
        dict(date="2018-09", place="New York", country="US", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[NY]),
        dict(date="2019-06-30", place="Seoul", country="KR", participants=["Donald Trump", "Moon Jae-in"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TRUMP]),
    ],
    agreements=[
        dict(title="standstill agreement floated by US officials", kind="commitment", date=None,
             parties=["JP", "KR"], status="proposed", evidence=[STANDSTILL]),
        dict(title="maintain close cooperation on North Korea", kind="commitment", date="2019-08-02",
             parties=["JP", "KR", "US"], status="agreed", evidence=[TRI]),
        dict(title="the 1965 agreement that accompanied the restoration of diplomatic ties", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced", evidence=[CLAIMS]),
        dict(title="General Security of Military Information Agreement", kind="treaty", date="2016-11",
             parties=["JP", "KR"], status="referenced", evidence=[GSOMIA]),
    ],
    notes=[
        "Invented international wire story in AFP style (agency 'Continental', analyst Marta Ilyina and the 'Ferreira Group' are fictional). Headline, 'Published:' stamp, dateline prefix and the closing initials line are furniture; the stamp is annotated. Quotes: 'encourage them to find a path forward' and 'if they need me' are short fragments of Pompeo's and Trump's reported words; 'reckless', Moon's 'We will not be defeated again' (a rewording of his reported remark at the emergency cabinet meeting), 'not a countermeasure' and the analyst's words are invented wording. 'standstill agreement' in quotation marks is the name of a proposal, not a quote. Invented details: the length of the Thursday meeting, the attribution of the trilateral statement to Seoul's foreign ministry.",
        "Real background, checked on stored pages: koreatimes.co.kr 2019-07-31 (Pompeo to meet Kang and Kono separately and then trilaterally in Bangkok; 'encourage them to find a path forward'; the U.S. urged a 'standstill agreement'; white-list decision expected Friday); world.kbs.co.kr Seq_Code=76992 (three-way meeting at 18:30 in Bangkok on the day of the white-list decision, Pompeo's separate meetings before it); oananews.org 539651 (Jiji: Trump ready to mediate after a request by Moon, 'If they need me, I'm there'); panpacificagency.com (Trump-Moon summit in Seoul on June 30). From general knowledge: the cabinet decision of 2 August and its entry into force on 28 August, the Kang-Kono meeting of 1 August, Moon's emergency cabinet meeting, North Korea's launches of 31 July and 2 August, the Supreme Court ruling of October 2018, GSOMIA of November 2016 and its August renewal deadline, the Moon-Abe summit in New York in September 2018.",
        "Summits (2): Moon-Abe in New York, September 2018 (sidelines of the UNGA), Trump-Moon on June 30. Not summits: the foreign ministers' bilateral and three-way meetings, Pompeo's separate meetings, the Osaka handshake, 'have not held a formal summit since' (negated).",
        "Agreements (4): the standstill idea (proposed by a third party for both governments; no text: commitment; no date; debatable whether a mediator's idea counts), the three-way commitment on North Korea (date of the Friday meeting), the 1965 claims agreement and GSOMIA (referenced). Not agreements: Japan's white-list removal (unilateral), the court ruling.",
        "Timexes: 'this week' = 2019-W31; 'late June' = 2019-06 END; 'later this month' = 2019-08; 'for a period' is not annotated.",
    ],
)
