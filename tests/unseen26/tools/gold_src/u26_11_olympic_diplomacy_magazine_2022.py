# ruff: noqa: E501
XIPU = "A few hours before the ceremony he had received Vladimir Putin"
JS = "It was, by the Chinese count, the 38th time"
SOCHI = "In Sochi in 2014, Xi flew in and met Putin on Feb. 6"
ABEPU = "Shinzo Abe came too, when most Western leaders stayed away"
G8 = "They agreed to meet again at the Group of Eight summit"
NEVER = "That meeting never happened"
PYC = "Abe did come, and on Feb. 9 he held talks with Moon"
TELL = "He used them to tell Moon that the 2015 agreement"
SOV = "Moon told him the drills were"
OFFICE = "His office spent weeks negotiating a first summit"
MACRON = "Suga spent the weekend with other guests instead"
PARIS = "They also agreed to pass on Tokyo's lessons"
NEVERMET = "Moon and Kishida have never met in person"

GOLD = dict(
    published="2022-02-05",
    furniture=[
        "THE EMPTY VIP BOX\nOlympic openings give Asia's leaders a reason to meet. Seoul and Tokyo rarely take it.\n"
        "By Miriam Okonjo | The Namsan Review | Feb. 5, 2022",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Xi Jinping": ["Xi Jinping", "Xi", "he"],
        "Vladimir Putin": ["Vladimir Putin", "Putin"],
        "Moon Jae-in": ["Moon Jae-in", "Moon"],
        "Fumio Kishida": ["Fumio Kishida", "Kishida"],
        "Shinzo Abe": ["Shinzo Abe", "Abe"],
        "Park Geun-hye": ["Park Geun-hye"],
        "Yoshihide Suga": ["Yoshihide Suga", "Suga"],
        "Emmanuel Macron": ["Emmanuel Macron"],
        "Park Hae-won": ["Park Hae-won, who teaches international relations at Ewha Gate University in Seoul"],
        "Office of the President of South Korea": ["His office"],
    },
    quotes=[
        ("no limits", "partial", None, "declaring"),
        ("a matter of our sovereignty.", "partial", "Moon Jae-in", "told"),
        ("a powerful symbol of global unity.", "partial", None, "calling"),
        ("Olympic diplomacy works when both sides want an excuse to meet", "direct", "Park Hae-won", "says"),
        ("Seoul and Tokyo have spent a decade looking for excuses not to.", "direct", "Park Hae-won", None),
    ],
    statements=[
        (JS, ["Xi Jinping", "Vladimir Putin"], "declaring"),
        (G8, ["Shinzo Abe", "Vladimir Putin"], "agreed"),
        (TELL, ["Shinzo Abe"], "tell"),
        (SOV, ["Moon Jae-in"], "told"),
        (OFFICE, ["Office of the President of South Korea"], "announced"),
        (MACRON, ["Yoshihide Suga", "Emmanuel Macron"], "calling"),
        (PARIS, ["Yoshihide Suga", "Emmanuel Macron"], "agreed"),
        ("says Park Hae-won, who teaches", ["Park Hae-won"], "says"),
    ],
    timexes=[
        ("Feb. 5, 2022", "2022-02-05", None),
        ("On Friday evening", "2022-02-04TEV", None),
        ("almost two years", "P2Y", "APPROX"),
        ("since [[2013]]", "2013", None),
        ("last summer's", "2021-SU", None),
        ("eight years", "P8Y", None),
        ("In Sochi in [[2014]]", "2014", None),
        ("Feb. 6", "2014-02-06", None),
        ("the eve of the opening", "2014-02-06", None),
        ("Feb. 8", "2014-02-08", None),
        ("that June", "2014-06", None),
        ("Crimea [[in March]]", "2014-03", None),
        ("PyeongChang in [[2018]]", "2018", None),
        ("Feb. 9", "2018-02-09", None),
        ("the [[2015]] agreement", "2015", None),
        ("Tokyo in [[2021]]", "2021", None),
        ("announced [[in July]]", "2021-07", None),
        ("the weekend", "2021-W29-WE", None),
        ("July 24", "2021-07-24", None),
        ("the day after the ceremony", "2021-07-24", None),
        ("telephone call [[in October]]", "2021-10", None),
        ("office [[in May]]", "2022-05", None),
        ("March 9", "2022-03-09", None),
        ("a decade", "P10Y", None),
        ("the summer of 2024", "2024-SU", None),
    ],
    summits=[
        dict(date="2022-02-04", place="Beijing", country="CN",
             participants=["Xi Jinping", "Vladimir Putin"], kind="sidelines", ordinal=38,
             status="held", occasion="Winter Olympics", evidence=[XIPU, JS]),
        dict(date="2014-02-06", place="Sochi", country="RU",
             participants=["Xi Jinping", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="held", occasion="Winter Olympics", evidence=[SOCHI]),
        dict(date="2014-02-08", place="Sochi", country="RU",
             participants=["Shinzo Abe", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="held", occasion="Winter Olympics", evidence=[ABEPU]),
        dict(date="2018-02-09", place="PyeongChang", country="KR",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="sidelines", ordinal=None,
             status="held", occasion="Winter Olympics", evidence=[PYC, TELL, SOV]),
        dict(date="2021-07-24", place="Tokyo", country="JP",
             participants=["Yoshihide Suga", "Emmanuel Macron"], kind="sidelines", ordinal=None,
             status="held", occasion="Summer Olympics", evidence=[MACRON]),
    ],
    agreements=[
        dict(title="China-Russia joint statement of Feb. 4, 2022 ('no limits')", kind="joint-statement", date="2022-02-04",
             parties=["CN", "RU"], status="agreed", evidence=[JS]),
        dict(title="Abe and Putin to meet again at the G8 summit in Sochi", kind="commitment", date="2014-02-08",
             parties=["JP", "RU"], status="referenced", evidence=[G8]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[TELL]),
        dict(title="Japan-France joint statement on the Tokyo Games", kind="joint-statement", date="2021-07-24",
             parties=["FR", "JP"], status="referenced", evidence=[MACRON]),
        dict(title="pass on Tokyo's lessons on a safe Games to Paris", kind="commitment", date="2021-07-24",
             parties=["FR", "JP"], status="referenced", evidence=[PARIS]),
    ],
    notes=[
        "Invented magazine feature ('The Namsan Review', web edition; writer and academic invented); headline, standfirst and byline/date line are furniture (the date is annotated). Moon's 'a matter of our sovereignty' follows his reported words; 'no limits' and 'a powerful symbol of global unity' reproduce the joint statements' wording (speaker null, as unseen16). The academic's quote is invented.",
        "Real background, checked on stored pages: cnbctv18.com, ktvz.com (CNN), sott.net, dentonrc.com, newschinamag.com, republicworld.com and straitstimes.com (Xi-Putin talks in Beijing on 4 Feb 2022 before the opening; 5,300-word joint statement, 'no limits', opposition to NATO enlargement; Xi's first face-to-face meeting with a foreign leader in nearly two years; 38th meeting since 2013; Xi at the Sochi opening in 2014, the first Chinese head of state to attend a major sports event abroad); jsgdbt.cn (Putin met Xi first among Sochi guests); en.special.kremlin.ru events/20184, vovworld.vn and japantimes.co.jp 2014/02/07 (Abe-Putin in Sochi on 8 Feb 2014; agreed to meet at the G8 in Sochi on 4-5 June; U.S. and European leaders absent); nippon.com yjj2021072400172, arabnews.jp and tellerreport.com (Suga-Macron on 24 July 2021 at the Akasaka state guest house, the day after the opening; joint statement 'a powerful symbol of global unity'; sharing Tokyo's experience with Paris); infobae.com (few leaders at the Tokyo opening). From general knowledge and the project's other corpora titles: the 9 Feb 2018 Moon-Abe talks in PyeongChang and their content; Moon's decision in July 2021 not to attend the Tokyo opening; the October 2021 Moon-Kishida phone call; Park Byeong-seug and Seiko Hashimoto at the Beijing opening; the G7 meeting without Russia in June 2014; the 9 March 2022 election.",
        "Summits (5): Xi-Putin in Beijing (ordinal 38, 'the 38th time ... since 2013'; Olympic occasion); Xi-Putin (6 Feb 2014) and Abe-Putin (8 Feb 2014) in Sochi; Moon-Abe in PyeongChang (9 Feb 2018); Suga-Macron in Tokyo (24 July 2021). Not summits: the G8 meeting in Sochi that 'never happened', the Moon-Suga summit that was negotiated and dropped, Moon-Kishida ('never met in person'; a phone call), the opening ceremonies and reception themselves.",
        "Agreements (5): the China-Russia joint statement (agreed in the reported event); the Abe-Putin commitment to meet at the G8 (referenced, never carried out); the 2015 agreement (referenced); the Japan-France joint statement and the commitment to pass on lessons to Paris (two records). Not agreements: Abe's demands on the drills (unilateral), the columnist's advice.",
        "Timexes: 'the weekend' = 2021-W29-WE (24-25 July 2021); 'last summer's' = 2021-SU; 'the summer of 2024' = 2024-SU; 'the eve of the opening' = 6 Feb 2014; 'the day after the ceremony' = 24 July 2021; 'eight years' = P8Y; '38th' is an ordinal.",
    ],
)
