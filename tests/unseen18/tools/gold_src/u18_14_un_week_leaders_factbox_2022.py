# ruff: noqa: E501
LEADP = "South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida are both in New York this week"
H09 = "President Lee Myung-bak held his first talks with Yukio Hatoyama"
C09 = "The two agreed to coordinate with the other members of the six-party talks"
O09 = "Hatoyama saw U.S. President Barack Obama earlier the same day."
N11 = "Lee met Yoshihiko Noda on Sept. 21"
S11 = "It was the first of their meetings; they would sit down again in Seoul"
T17 = "U.S. President Donald Trump hosted President Moon Jae-in and Prime Minister Shinzo Abe"
V17 = "Moon and Abe had held one-on-one talks two weeks earlier in Vladivostok."
M18 = "Moon and Abe met on Sept. 25."
F18 = "Moon told Abe that a foundation set up under the 2015"
T19 = "With relations strained by export controls"
ANN = "Yoon's office announced on Sept. 15"
MATSU = "Chief Cabinet Secretary Hirokazu Matsuno said the same day"
CHENGDU = "If it happens, it will be the first formal summit since Moon and Abe met in Chengdu"
MADRID = "Yoon and Kishida have so far sat at the same table only once"
BIDEN = "Yoon also plans to meet Biden in New York."
KSCHED = "Kishida is scheduled to hold talks with British Prime Minister Liz Truss"

UNGA = "the U.N. General Assembly"


def k(other):
    return dict(date="2022-09", place="New York", country="US", participants=["Fumio Kishida", other],
                kind="sidelines", ordinal=None, status="planned", occasion=UNGA, evidence=[KSCHED])


GOLD = dict(
    published="2022-09-20",
    furniture=[
        "FACTBOX-Seoul and Tokyo at the U.N.: a decade of meetings, near-misses and one disputed announcement",
        "20 September 2022 - 04:15 GMT",
        "(Compiled by the Seoul and Tokyo bureaus; Editing by Mark Holloway)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["South Korean President Yoon Suk Yeol", "Yoon"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Yukio Hatoyama": ["Yukio Hatoyama", "Hatoyama", "the Japanese leader"],
        "Barack Obama": ["U.S. President Barack Obama"],
        "Yoshihiko Noda": ["Yoshihiko Noda", "Noda"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Liz Truss": ["British Prime Minister Liz Truss"],
        "Recep Tayyip Erdogan": ["Turkish President Tayyip Erdogan"],
        "Ebrahim Raisi": ["Iranian President Ebrahim Raisi"],
        "Shehbaz Sharif": ["Pakistani Prime Minister Shehbaz Sharif"],
        "Ferdinand Marcos Jr.": ["Philippine President Ferdinand Marcos Jr."],
        "Hirokazu Matsuno": ["Chief Cabinet Secretary Hirokazu Matsuno", "Matsuno"],
        "Office of the President of South Korea": ["Yoon's office"],
        "Government of South Korea": ["Seoul"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("willingly", "partial", "Office of the President of South Korea", "announced"),
    ],
    statements=[
        (LEADP, ["Government of South Korea", "Government of Japan"], "says"),
        (C09, ["Lee Myung-bak", "Yukio Hatoyama"], "agreed"),
        (T17, ["Donald Trump", "Moon Jae-in", "Shinzo Abe"], "agreed"),
        (F18, ["Moon Jae-in"], "told"),
        (ANN, ["Office of the President of South Korea"], "announced"),
        (MATSU, ["Hirokazu Matsuno", None], "said"),
        (KSCHED, ["Hirokazu Matsuno"], "said"),
    ],
    timexes=[
        ("a decade", "P10Y", None),
        ("20 September 2022 - 04:15 GMT", "2022-09-20T04:15", None),
        ("[[Sept 20]] (Northgate)", "2022-09-20", None),
        ("New York [[this week]]", "2022-W38", None),
        ("SEPTEMBER 2009", "2009-09", None),
        ("Hatoyama on [[Sept. 23]]", "2009-09-23", None),
        ("a week after", "2009-09-23", None),
        ("earlier [[the same day]]", "2009-09-23", None),
        ("SEPTEMBER 2011", "2011-09", None),
        ("Noda on [[Sept. 21]]", "2011-09-21", None),
        ("less than three weeks", "P3W", "LESS_THAN"),
        ("the following month", "2011-10", None),
        ("SEPTEMBER 2017", "2017-09", None),
        ("lunch on [[Sept. 21]]", "2017-09-21", None),
        ("two weeks earlier", "2017-09-07", None),
        ("SEPTEMBER 2018", "2018-09", None),
        ("met on [[Sept. 25]]", "2018-09-25", None),
        ("the [[2015]]", "2015", None),
        ("SEPTEMBER 2019", "2019-09", None),
        ("Trump on [[Sept. 23]]", "2019-09-23", None),
        ("[[2020]] AND 2021", "2020", None),
        ("2020 AND [[2021]]", "2021", None),
        ("SEPTEMBER 2022", "2022-09", None),
        ("announced on [[Sept. 15]]", "2022-09-15", None),
        ("Matsuno said [[the same day]]", "2022-09-15", None),
        ("December 2019", "2019-12", None),
        ("Madrid in [[June]]", "2022-06", None),
    ],
    summits=[
        dict(date="2009-09-23", place="New York", country="US", participants=["Lee Myung-bak", "Yukio Hatoyama"],
             kind="sidelines", ordinal=1, status="held", occasion=UNGA, evidence=[H09, C09]),
        dict(date="2009-09-23", place="New York", country="US", participants=["Yukio Hatoyama", "Barack Obama"],
             kind="sidelines", ordinal=None, status="held", occasion=UNGA, evidence=[O09]),
        dict(date="2011-09-21", place="New York", country="US", participants=["Lee Myung-bak", "Yoshihiko Noda"],
             kind="sidelines", ordinal=1, status="held", occasion=UNGA, evidence=[N11, S11]),
        dict(date="2011-10", place="Seoul", country="KR", participants=["Lee Myung-bak", "Yoshihiko Noda"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[S11]),
        dict(date="2017-09-21", place="New York", country="US", participants=["Donald Trump", "Moon Jae-in", "Shinzo Abe"],
             kind="trilateral", ordinal=None, status="held", occasion=UNGA, evidence=[T17]),
        dict(date="2017-09-07", place="Vladivostok", country="RU", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="Eastern Economic Forum", evidence=[V17]),
        dict(date="2018-09-25", place="New York", country="US", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion=UNGA, evidence=[M18, F18]),
        dict(date="2019-09-23", place="New York", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="sidelines", ordinal=None, status="held", occasion=UNGA, evidence=[T19]),
        dict(date="2022-09", place="New York", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="planned", occasion=UNGA, evidence=[LEADP, ANN, MATSU, CHENGDU]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="Japan-China-ROK Trilateral Summit", evidence=[CHENGDU]),
        dict(date="2022-06", place="Madrid", country="ES", participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="NATO summit", evidence=[MADRID]),
        dict(date="2022-09", place="New York", country="US", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="sidelines", ordinal=None, status="planned", occasion=UNGA, evidence=[BIDEN]),
        k("Liz Truss"), k("Recep Tayyip Erdogan"), k("Ebrahim Raisi"), k("Shehbaz Sharif"), k("Ferdinand Marcos Jr."),
    ],
    agreements=[
        dict(title="coordinate with the other six-party members on North Korea", kind="commitment", date="2009-09-23",
             parties=["JP", "KR"], status="referenced", evidence=[C09]),
        dict(title="keep up maximum pressure on Pyongyang", kind="commitment", date="2017-09-21",
             parties=["JP", "KR", "US"], status="referenced", evidence=[T17]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[F18]),
        dict(title="intelligence-sharing pact (GSOMIA)", kind="treaty", date="2016-11",
             parties=["JP", "KR"], status="referenced", evidence=[T19]),
    ],
    notes=[
        "Invented wire fact box (Northgate) with dated entry headings (the headings are content and their dates are annotated); headline, stamp and credit line are furniture (the stamp and the headline's 'a decade' are annotated). Invented: the compilation and wording; the outlets are fictional.",
        "Real facts checked on stored pages: 17cwd.eng.pa.go.kr and oananews.org 81597 (Lee-Hatoyama on 23 Sept 2009, a week after Hatoyama took office, coordination with six-party members; Obama-Hatoyama the same day); mtv.com.lb (NHK: Noda to meet Lee in New York on 21 Sept 2011, their first meeting); japannews.yomiuri.co.jp 20220916-58623, english.hani.co.kr 1058931, archyde.com and world.kbs.co.kr 172469 (Seoul's announcement on Thursday 15 Sept 2022 that a summit had been agreed 'willingly' with timing to be settled; Matsuno the same day: nothing decided; Tokyo's protest; first summit since December 2019; Yoon's planned separate summit with the U.S.); koreaherald 20220921000623 (Kishida's planned meetings with the leaders of the UK, Turkey, Iran, Pakistan and the Philippines). From the project's manifests: the Lee-Noda Seoul summit of October 2011 (unseen8, unseen16); the Trump-Moon-Abe lunch of 21 Sept 2017 (dev4); Moon-Abe in Vladivostok on 7 Sept 2017 (unseen5, unseen13); Moon-Abe on 25 Sept 2018 and the foundation (blind); no Moon-Abe summit in the 2019 UN week and the Kang-Motegi meeting (unseen16 notes); GSOMIA termination decision of August 2019 (articles, dev8); Chengdu December 2019; Madrid trilateral June 2022 (dev3). General knowledge: Noda became prime minister on 2 Sept 2011; the sixth nuclear test (3 Sept 2017); Moon-Trump in New York on 23 Sept 2019; the names of the leaders Kishida was to meet (Truss, Erdogan, Raisi, Sharif, Marcos).",
        "Summits (17): Lee-Hatoyama (ordinal 1) and Hatoyama-Obama (2009); Lee-Noda in New York (ordinal 1, 'the first of their meetings') and in Seoul 'the following month'; the Trump-Moon-Abe lunch (trilateral); Moon-Abe in Vladivostok ('two weeks earlier'); Moon-Abe 2018; Moon-Trump 2019; the planned Yoon-Kishida meeting (planned, dated 2022-09, disputed: 'Seoul says ... Tokyo says nothing has been decided'); Moon-Abe in Chengdu; the Madrid trilateral; planned Yoon-Biden and five planned Kishida meetings in New York. Not summits: 'No meeting' in 2019, the foreign ministers' meeting, 'No Korea-Japan leaders' meeting' in 2020-21.",
        "Agreements (4): 2009 coordination and 2017 maximum pressure (referenced commitments); the 2015 agreement (referenced); the intelligence-sharing pact (GSOMIA, treaty, dated 2016-11 from the public record as unseen16 does). Not recorded: the disputed 'agreement' to hold a summit (an agreement to meet, as unseen15-16); Japan's export controls (unilateral).",
        "Timexes: 'a week after' = 2009-09-23 and 'two weeks earlier' = 2017-09-07 (the dates they point to); 'this week' = 2022-W38; 'less than three weeks' = P3W LESS_THAN.",
    ],
)
