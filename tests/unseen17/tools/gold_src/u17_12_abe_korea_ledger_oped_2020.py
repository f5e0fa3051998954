# ruff: noqa: E501
HAGUE = "It took the two of them more than a year"
FIRSTB = "Their first bilateral summit had to wait"
DEAL = "A month later, the two foreign ministers announced"
SEOUL06 = "He flew to Seoul in October 2006"
HAMBURG = "They first met in Hamburg in July 2017"
NY = "In New York in September 2018 Moon told Abe"
GSOMIA = "Then came the forced-labor rulings"
CHENGDU = "The Chengdu meeting of December 2019"
DECL = "The high-water mark remains the 1998 joint declaration"

GOLD = dict(
    published="2020-08-31",
    furniture=[
        "OPINION | Abe leaves with more handshakes than settlements with Seoul\n"
        "The Hibiya Herald | August 31, 2020\n"
        "By Yuko Arakawa\n"
        "Yuko Arakawa is a former Japanese diplomat who served in Seoul and Beijing. The views expressed are her own.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Shinzo Abe", "Abe", "He", "his"],
        "Park Geun-hye": ["Park Geun-hye", "Park"],
        "Barack Obama": ["Barack Obama"],
        "Li Keqiang": ["China's Li Keqiang"],
        "Roh Moo-hyun": ["Roh Moo-hyun"],
        "Moon Jae-in": ["Moon Jae-in", "Moon"],
        "Keizo Obuchi": ["Keizo Obuchi"],
        "Kim Dae-jung": ["Kim Dae-jung"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("finally and irreversibly.", "partial", None, "described"),
        ("always open.", "partial", "Shinzo Abe", "liked to say"),
    ],
    statements=[
        ("When Shinzo Abe announced on Friday", ["Shinzo Abe", "Government of South Korea"], "announced"),
        (DEAL, [None], "announced"),
        (HAMBURG, ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        (NY, ["Moon Jae-in"], "told"),
        ("Abe liked to say that the door", ["Shinzo Abe"], "liked to say"),
    ],
    timexes=[
        ("August 31, 2020", "2020-08-31", None),
        ("on Friday", "2020-08-28", None),
        ("nearly eight years", "P8Y", "APPROX"),
        ("December 2012", "2012-12", None),
        ("more than a year", "P1Y", "MORE_THAN"),
        ("March 2014", "2014-03", None),
        ("November 2015", "2015-11", None),
        ("a day after", "2015-11", None),
        ("A month later", "2015-12", None),
        ("October 2006", "2006-10", None),
        ("the day he arrived", "2006-10", None),
        ("July 2017", "2017-07", None),
        ("September 2018", "2018-09", None),
        ("the [[2015]] deal", "2015", None),
        ("October 2018", "2018-10", None),
        ("July 2019", "2019-07", None),
        ("December 2019", "2019-12", None),
        ("15-month", "P15M", None),
        ("the [[1998]] joint declaration", "1998", None),
    ],
    summits=[
        dict(date="2014-03", place="The Hague", country="NL", participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"],
             kind="trilateral", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[HAGUE]),
        dict(date="2015-11", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[FIRSTB]),
        dict(date="2015-11", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[FIRSTB]),
        dict(date="2006-10", place="Seoul", country="KR", participants=["Shinzo Abe", "Roh Moo-hyun"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SEOUL06]),
        dict(date="2017-07", place="Hamburg", country="DE", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=1, status="held", occasion="G20 summit", evidence=[HAMBURG]),
        dict(date="2018-09", place="New York", country="US", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[NY]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[CHENGDU]),
    ],
    agreements=[
        dict(title="agreement on the 'comfort women' issue", kind="joint-statement", date="2015-12", parties=["JP", "KR"],
             status="referenced", evidence=[DEAL, NY]),
        dict(title="revive shuttle diplomacy (Hamburg)", kind="commitment", date="2017-07", parties=["JP", "KR"],
             status="referenced", evidence=[HAMBURG]),
        dict(title="GSOMIA", kind="treaty", date="2016-11", parties=["JP", "KR"], status="referenced", evidence=[GSOMIA]),
        dict(title="1998 joint declaration of Obuchi and Kim Dae-jung", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[DECL]),
    ],
    notes=[
        "Invented op-ed (columnist, her career and the newspaper 'The Hibiya Herald' invented; headline, outlet/date line, byline and bio line are furniture; the date is annotated). The columnist's own opinions and her proposal are not annotated as statements. Abe's 'always open' is an invented paraphrase of a phrase he often used; 'finally and irreversibly' is the wording of the 2015 agreement (speaker null, as unseen16).",
        "Real background, checked on stored pages: en.yna.co.kr AEN20200828011600315 (Seoul regretted Abe's resignation announcement of Friday 28 August 2020); japantimes.co.jp 2014/04/25 (first Abe-Park meeting brokered by Obama in The Hague in March 2014); rappler/AFP 2016-12-13 (three-way summit in Seoul in November 2015); cm.asiae.co.kr 2022070909161153851 (Moon and Abe held more than 20 meetings and calls). From general knowledge and other corpora's titles: Abe's return in December 2012, the Park-Abe first summit of 2 November 2015, the 28 December 2015 foreign ministers' announcement, Abe's Seoul visit of 9 October 2006 on the day of the North's first nuclear test, Hamburg July 2017 (shuttle diplomacy), the New York meeting of September 2018 at which Moon said the foundation could not function, the October 2018 rulings, July 2019 export curbs, GSOMIA, Chengdu December 2019 after 15 months.",
        "Summits (7): The Hague (March 2014, three-way with Obama), the Seoul three-way meeting and the Park-Abe talks 'a day after' (ordinal 1, 'first bilateral summit'), Abe-Roh in Seoul October 2006, Hamburg ('first met' -> ordinal 1), New York September 2018 (sidelines; occasion from the public record), Chengdu December 2019. Not summits: the 1998 declaration's signing (no meeting told), a first call or meeting with the successor (hypothetical).",
        "Agreements (4): the 2015 agreement (joint-statement, referenced), the Hamburg shuttle commitment, GSOMIA (2016-11 from the public record), the 1998 joint declaration. Not agreements: the columnist's proposed standing commission, the court rulings and export curbs.",
        "Timexes: 'a day after' = 2015-11 and 'the day he arrived' = 2006-10 (only the month is known, as unseen16); 'A month later' = 2015-12.",
    ],
)
