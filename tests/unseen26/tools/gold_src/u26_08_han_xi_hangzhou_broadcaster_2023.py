# ruff: noqa: E501
ANCHOR = "Prime Minister Han Duck-soo sat down with Chinese President Xi Jinping"
HIGHEST = "It was the highest-level meeting between the two countries"
TALKS = "The talks between Prime Minister Han and President Xi began"
RENEW = "Han renewed the invitation President Yoon Suk Yeol extended"
REPLY = "Xi replied that he would"
TURN = "one official said on condition of anonymity"
STATE = "Xi has not been to South Korea since his state visit"
CHENGDU = "Han also pressed for an early revival of the three-way summit"
EFFORTS = "Han told Xi, according to First Vice Foreign Minister"
SENIOR = "Senior diplomats from Seoul, Tokyo and Beijing"
YOON = "Yoon has said he wants the leaders' summit"
EXPO = "Han also asked for China's backing"
LI = "The meeting came 16 days after Yoon held"
DELHI = "Three days later, in New Delhi"

GOLD = dict(
    published="2023-09-23",
    furniture=[
        "PM Han meets Xi in Hangzhou, presses for three-way summit with Japan; Xi to \"seriously consider\" Seoul visit\n"
        "KNTV NEWS | Politics | Input 2023.09.23 21:14 | Edit 2023.09.23 22:02\n"
        "Reporter Jang Se-ri",
        "[Anchor]",
        "[Report]",
        "[Report, continued]",
        "[Interview] Professor Oh Jin-hee, Mokpo Institute of Diplomacy",
        "Jang Se-ri, KNTV News.",
        "ⓒ KNTV. Unauthorized reproduction and redistribution prohibited.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Han Duck-soo": ["Prime Minister Han Duck-soo", "Prime Minister Han", "Han"],
        "Xi Jinping": ["Chinese President Xi Jinping", "President Xi", "Xi", "the Chinese leader"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Park Geun-hye": ["then President Park Geun-hye"],
        "Moon Jae-in": ["Yoon's predecessor Moon Jae-in"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida"],
        "Shinzo Abe": ["Shinzo Abe"],
        "Li Keqiang": ["Li Keqiang"],
        "Chang Ho-jin": ["First Vice Foreign Minister Chang Ho-jin"],
        "Oh Jin-hee": ["Professor Oh Jin-hee"],
    },
    quotes=[
        ("[[seriously consider]]\" the trip", "partial", "Xi Jinping", "replied"),
        ("This means President Xi knows it is his turn", "direct", None, "said"),
        ("We will make efforts so that the summit", "direct", "Han Duck-soo", "told"),
        ("Tokyo wants the three-way summit as much as Seoul does", "direct", "Oh Jin-hee", None),
    ],
    statements=[
        (RENEW, ["Han Duck-soo"], "renewed"),
        (REPLY, ["Xi Jinping", None], "replied"),
        (TURN, [None], "said"),
        (EFFORTS, ["Han Duck-soo", "Chang Ho-jin"], "told"),
        (YOON, ["Yoon Suk Yeol"], "has said"),
        (EXPO, ["Han Duck-soo", "Xi Jinping"], "asked"),
        (LI, ["Yoon Suk Yeol"], "urged"),
        (DELHI, ["Fumio Kishida"], "told"),
    ],
    timexes=[
        ("2023.09.23 21:14", "2023-09-23T21:14", None),
        ("2023.09.23 22:02", "2023-09-23T22:02", None),
        ("this afternoon", "2023-09-23TAF", None),
        ("ten months", "P10M", None),
        ("4:30 p.m. local time", "2023-09-23T16:30", None),
        ("22 minutes", "PT22M", None),
        ("last November", "2022-11", None),
        ("July 2014", "2014-07", None),
        ("December 2019", "2019-12", None),
        ("next week", "2023-W39", None),
        ("Seoul [[on Tuesday]]", "2023-09-26", None),
        ("within the year", "2023", None),
        ("2030", "2030", None),
        ("Earlier in the day", "2023-09-23", None),
        ("16 days after", "2023-09-23", None),
        ("Three days later", "2023-09-10", None),
        ("today Xi did not close", "2023-09-23", None),
        ("returns home tomorrow", "2023-09-24", None),
    ],
    summits=[
        dict(date="2023-09-23", place="Hangzhou", country="CN",
             participants=["Han Duck-soo", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="Asian Games", evidence=[ANCHOR, HIGHEST, TALKS, LI]),
        dict(date="2022-11", place="Bali", country="ID",
             participants=["Yoon Suk Yeol", "Xi Jinping"], kind="sidelines", ordinal=1,
             status="held", occasion="G20", evidence=[RENEW]),
        dict(date="2014-07", place=None, country="KR",
             participants=["Park Geun-hye", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[STATE]),
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[CHENGDU]),
        dict(date="2023", place=None, country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[CHENGDU, EFFORTS, YOON]),
        dict(date="2023-09-07", place="Jakarta", country="ID",
             participants=["Yoon Suk Yeol", "Li Qiang"], kind="sidelines", ordinal=1,
             status="held", occasion="ASEAN-related summits", evidence=[LI]),
        dict(date="2023-09-10", place="New Delhi", country="IN",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="G20", evidence=[DELHI]),
    ],
    agreements=[
        dict(title="invitation for Xi Jinping to visit South Korea", kind="commitment", date="2023-09-23",
             parties=["CN", "KR"], status="proposed", evidence=[RENEW, REPLY]),
    ],
    notes=[
        "Invented web story of a Korean broadcaster ('KNTV'); headline (with a quoted fragment, not annotated as it is furniture), section/Input/Edit line, reporter line, [Anchor]/[Report]/[Interview] labels, sign-off and copyright line are furniture; the Input/Edit stamps are annotated. Reporter, professor, institute and the interview quote are invented; the unnamed official's words and Han's words follow the reported wording in paraphrase; the stamps are invented.",
        "Real background, checked on stored pages: en.yna.co.kr AEN20230923001052315 (Han met Xi on the sidelines of the Asian Games in Hangzhou on Saturday 23 Sept 2023, 22 minutes before the opening ceremony; earlier luncheon hosted by Xi; first high-level meeting since Yoon-Xi in Bali in November 2022; invitation for Xi to visit; trilateral initiative; the culture minister usually attends); world.kbs.co.kr Seq_Code 180680 and 180577 (talks at 4:30 p.m. local time; second high-level talks in 16 days after Yoon met Li Qiang in Indonesia; Yoon wants the trilateral within the year after a four-year hiatus); wionews.com (Xi would 'seriously consider' visiting; the anonymous official's 'his turn' remark; senior officials' meeting in Seoul on Tuesday 26 Sept; Han's words as relayed by Chang Ho-jin; Busan Expo request); anjeonnoriter.xyz (Yoon-Li meeting on 7 Sept in Jakarta, first meeting). From general knowledge and the project's other corpora titles: Xi's July 2014 state visit; Moon's two China trips (2017 and 2019); the Chengdu trilateral of December 2019 (Moon, Abe, Li Keqiang); Yoon-Kishida in New Delhi on 10 Sept 2023 with Tokyo's support for Seoul's push.",
        "Summits (7): Han-Xi (a prime minister is a head of government; 'sidelines' of the Asian Games); Yoon-Xi in Bali (ordinal 1, 'their first summit'); Park-Xi (July 2014, state visit); Chengdu trilateral (participants from the public record); the planned trilateral 'within the year' in Korea (Yoon, Kishida, Li Qiang from the public record); Yoon-Li Qiang (ordinal 1, 'first talks'); Kishida-Yoon in New Delhi ('Three days later'). Not summits: Xi's luncheon for the leaders (a multilateral event), Moon's two China trips (aggregate), the senior officials' meeting and the foreign ministers' meeting.",
        "Agreements (1): the invitation for Xi to visit South Korea (proposed; renewed from Bali, one course of action). Not agreements: the request for backing of Busan's Expo bid (a request for support, not a joint course of action), Yoon's wish to host within the year.",
        "Timexes: '16 days after Yoon held his first talks' takes the date it points to (this meeting, 23 Sept); 'Three days later' = 10 Sept; 'next week' = 2023-W39; 'within the year' = 2023.",
    ],
)
