# ruff: noqa: E501
LEDE = "Prime Minister Shinzo Abe packed two days"
FRI = "Abe's Friday began with a meeting"
PUTQ = "Abe told reporters afterward"
SANC = "They also confirmed they would strictly implement"
XI = "On Saturday, Abe held talks with Xi"
XIAG = "According to a Japanese official, the two agreed"
MOONSAT = "He met Tran Dai Quang in the morning"
THAAD = "The Moon-Xi talks followed an announcement"
THREE = "Abe and Moon have held talks three times since May"
TRUMP = "Trump himself passed through both capitals"
OCC = "APEC"

GOLD = dict(
    published="2017-11-12",
    furniture=[
        "Abe logs 20th summit with Putin, meets Xi in Da Nang -- but no seat at the table for Moon\n"
        "November 12, 2017 (The Kojimachi Daily) 07:30 JST\n"
        "By Rie Hanazawa, Staff Writer\n"
        "DA NANG, Vietnam -- ",
        "Related: Abe, Trump play golf, vow 'maximum pressure' on North Korea\n"
        "Tags: Japan-South Korea relations, APEC, Shinzo Abe, Moon Jae-in",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Pedro Pablo Kuczynski": ["Peruvian President Pedro Pablo Kuczynski"],
        "Tran Dai Quang": ["Vietnamese President Tran Dai Quang"],
        "Jacinda Ardern": ["New Zealand Prime Minister Jacinda Ardern"],
        "Enrique Pena Nieto": ["Mexican President Enrique Pena Nieto"],
        "Justin Trudeau": ["Canadian Prime Minister Justin Trudeau"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Shin Dong-hwa": ["she"],
        "Government of South Korea": ["Seoul"],
        "Government of China": ["Beijing"],
    },
    quotes=[
        ("President Putin and I have now sat down", "direct", "Shinzo Abe", "told reporters"),
        ("The prime minister's schedule was full", "direct", None, "said"),
        ("It is not a message.", "direct", None, None),
        ("Until that review ends", "direct", "Shin Dong-hwa", "said"),
    ],
    statements=[
        (PUTQ, ["Shinzo Abe"], "told reporters"),
        (SANC, ["Shinzo Abe", "Vladimir Putin"], "confirmed"),
        (XIAG, ["Shinzo Abe", "Xi Jinping", None], "agreed"),
        (MOONSAT, ["Moon Jae-in", "Tran Dai Quang"], "agreeing"),
        (THAAD, ["Government of South Korea", "Government of China"], "announcement"),
        ("Officials from Tokyo and Seoul said no bilateral meeting", [None], "said"),
        ("The two leaders exchanged greetings", [None], "said"),
        ("As of Saturday night, however, Japanese officials said", [None], "said"),
        ("A diplomat in Tokyo said the lack of a meeting", [None], "said"),
        ("Shin Dong-hwa, a professor of international relations", ["Shin Dong-hwa"], "said"),
    ],
    timexes=[
        ("November 12, 2017", "2017-11-12", None),
        ("07:30 JST", "2017-11-12T07:30", None),
        ("two days", "P2D", None),
        ("Abe's [[Friday]]", "2017-11-10", None),
        ("the end of the year", "2017", "END"),
        ("[[On Saturday]], Abe", "2017-11-11", None),
        ("Party [[last month]]", "2017-10", None),
        ("ties [[next year]]", "2018", None),
        ("Moon's [[Saturday]]", "2017-11-11", None),
        ("Quang [[in the morning]]", "2017-11-11TMO", None),
        ("by [[2020]]", "2020", None),
        ("took office [[in May]]", "2017-05", None),
        ("Oct. 31", "2017-10-31", None),
        ("Friday evening", "2017-11-10TEV", None),
        ("three times [[since May]]", "2017-05", None),
        ("Hamburg [[in July]]", "2017-07", None),
        ("Vladivostok [[in September]]", "2017-09", None),
        ("later that month", "2017-09", None),
        ("Nov. 6", "2017-11-06", None),
        ("the following day", "2017-11-07", None),
        ("open [[on Monday]]", "2017-11-13", None),
        ("Saturday night", "2017-11-11TNI", None),
        ("the [[2015]] deal", "2015", None),
    ],
    summits=[
        dict(date="2017-11-10", place="Da Nang", country="VN", participants=["Shinzo Abe", "Pedro Pablo Kuczynski"],
             kind="sidelines", ordinal=None, status="held", occasion=OCC, evidence=[FRI]),
        dict(date="2017-11-10", place="Da Nang", country="VN", participants=["Shinzo Abe", "Tran Dai Quang"],
             kind="sidelines", ordinal=None, status="held", occasion=OCC, evidence=[FRI]),
        dict(date="2017-11-10", place="Da Nang", country="VN", participants=["Shinzo Abe", "Jacinda Ardern"],
             kind="sidelines", ordinal=None, status="held", occasion=OCC, evidence=[FRI]),
        dict(date="2017-11-10", place="Da Nang", country="VN", participants=["Shinzo Abe", "Enrique Pena Nieto"],
             kind="sidelines", ordinal=None, status="held", occasion=OCC, evidence=[FRI]),
        dict(date="2017-11-10", place="Da Nang", country="VN", participants=["Shinzo Abe", "Justin Trudeau"],
             kind="sidelines", ordinal=None, status="held", occasion=OCC, evidence=[FRI]),
        dict(date="2017-11-10", place="Da Nang", country="VN", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="sidelines", ordinal=20, status="held", occasion=OCC, evidence=[LEDE, FRI, PUTQ, SANC]),
        dict(date="2017-11-11", place="Da Nang", country="VN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion=OCC, evidence=[LEDE, XI, XIAG]),
        dict(date="2017-11-11", place="Da Nang", country="VN", participants=["Moon Jae-in", "Tran Dai Quang"],
             kind="sidelines", ordinal=None, status="held", occasion=OCC, evidence=[MOONSAT]),
        dict(date="2017-11-11", place="Da Nang", country="VN", participants=["Moon Jae-in", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion=OCC, evidence=[MOONSAT, THAAD]),
        dict(date="2017-07", place="Hamburg", country="DE", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[THREE]),
        dict(date="2017-09", place="Vladivostok", country="RU", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="the Eastern Economic Forum", evidence=[THREE]),
        dict(date="2017-09", place="New York", country="US", participants=["Donald Trump", "Shinzo Abe", "Moon Jae-in"],
             kind="trilateral", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[THREE]),
        dict(date="2017-11-06", place="Tokyo", country="JP", participants=["Donald Trump", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TRUMP]),
        dict(date="2017-11-07", place="Seoul", country="KR", participants=["Donald Trump", "Moon Jae-in"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TRUMP]),
    ],
    agreements=[
        dict(title="accelerate work on joint economic projects on the disputed northern islands", kind="commitment",
             date="2017-11-10", parties=["JP", "RU"], status="agreed", evidence=[PUTQ]),
        dict(title="hold a working group meeting by the end of the year", kind="commitment",
             date="2017-11-10", parties=["JP", "RU"], status="agreed", evidence=[PUTQ]),
        dict(title="strictly implement the latest U.N. sanctions on North Korea", kind="commitment",
             date="2017-11-10", parties=["JP", "RU"], status="agreed", evidence=[SANC]),
        dict(title="work toward improving Japan-China ties next year", kind="commitment",
             date="2017-11-11", parties=["CN", "JP"], status="agreed", evidence=[XIAG]),
        dict(title="Japan-China peace and friendship treaty", kind="treaty", date="1978",
             parties=["CN", "JP"], status="referenced", evidence=[XIAG]),
        dict(title="lift Korea-Vietnam trade to $100 billion by 2020", kind="commitment",
             date="2017-11-11", parties=["KR", "VN"], status="agreed", evidence=[MOONSAT]),
        dict(title="Seoul-Beijing understanding of Oct. 31 on the missile shield dispute", kind="commitment",
             date="2017-10-31", parties=["CN", "KR"], status="referenced", evidence=[THAAD]),
        dict(title="the 2015 deal on comfort women", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=["Shin Dong-hwa, a professor of international relations"]),
    ],
    notes=[
        "Invented Tokyo English-language daily story (paper 'The Kojimachi Daily', writer Rie Hanazawa, Professor Shin Dong-hwa and 'Hanbit University' are fictional). Headline, date/stamp line, byline, dateline, related line and tags are furniture; the date and the JST time of the stamp are annotated as two expressions; single quotes in the related line are not quotes. All quotes are invented (Abe's paraphrases his reported remark on his 20th summit with Putin without its wording). Invented details: that no bilateral meeting was requested, the greetings at the leaders' dinner, the diplomat's and professor's views.",
        "Real background, checked on stored pages: japan.kantei.go.jp 98_abe/actions/201711/10article1 (Abe in Da Nang on Nov. 9; on Nov. 10 meetings with Kuczynski, Tran Dai Quang, Ardern, Pena Nieto, Trudeau and Putin; 20th summit with Putin; agreement to accelerate joint economic activities and hold a working group meeting by the end of the year; confirmation on implementing the UN sanctions resolution); m.koreaherald.com 20171111000025 (Moon's first summit with Tran Dai Quang in the morning and a Moon-Xi summit later on Saturday, the second since Moon took office in May); rki.kbs.co.kr 67892 (Moon-Quang: $100 billion trade by 2020); nflnewsdesk.com (Abe and Moon did not meet for bilateral talks in Vietnam and the Philippines; Moon-Xi after the THAAD modus vivendi); koreaherald.com 20171012000641 (Moon-Trump Seoul summit; two three-way summits with Abe in July and at the UNGA in September); arirang.com (ASEAN meetings in Manila from Monday Nov. 13). From general knowledge: the Abe-Xi meeting on 11 November in Da Nang and its tenor, Xi's second term from October 2017, the 1978 treaty's 40th anniversary in 2018, the Oct. 31 Seoul-Beijing announcement, Trump's Tokyo (6 Nov.) and Seoul (7 Nov.) talks, the Moon-Abe meetings in Hamburg and Vladivostok.",
        "Summits (14): Abe's six Friday meetings (Putin 'the 20th': ordinal 20), Abe-Xi, Moon-Tran Dai Quang, Moon-Xi ('the second ... since Moon took office': a window count, ordinal null), the three 2017 Moon-Abe encounters as background (the New York lunch with Trump is trilateral), Trump-Abe and Trump-Moon. Not summits: the greetings at the leaders' dinner, the Manila 'chance' with nothing on the calendar, Abe-Moon 'no bilateral meeting'.",
        "Agreements (8): three Abe-Putin courses (joint projects, working group, sanctions: 'confirmed' counted as agreed), the Abe-Xi course, the 1978 treaty (referenced; the date from the public record, the text gives only the anniversary), the Korea-Vietnam trade target, the Seoul-Beijing Oct. 31 understanding (referenced), the 2015 deal (referenced; date as the text gives it).",
        "Timexes: 'the end of the year' = 2017 END; 'later that month' = 2017-09; 'the following day' = 2017-11-07; 'later in the day' and 'from breakfast to midnight' are not annotated; 'Saturday night' = 2017-11-11TNI.",
    ],
)
