# ruff: noqa: E501
TPP = "In Manila I set out the second stage"
OBAMA = "On the margins of the APEC meeting I met President Obama"
AQUINO = "I also sat down with President Aquino"
Q_PARK = "Could you tell us what you discussed"
SEOUL = "At our summit meeting in Seoul on November 2"
CLAIMS = "Japan's position that the question of property and claims"
Q_TRI = "The day before your talks with President Park"
NOV1 = "On November 1, Premier Li Keqiang, President Park and I agreed"
LI = "I also held a bilateral meeting with Premier Li"
NEXT = "I intend to host the trilateral summit in Japan next year"
WH = "President Obama received President Park at the White House"

GOLD = dict(
    published="2015-11-22",
    furniture=[
        "Press Conference by Prime Minister Shinzo Abe Following the G20 Summit, the APEC Economic Leaders' Meeting and the ASEAN-related Summit Meetings\n"
        "Sunday, November 22, 2015, 6:05 p.m. (local time), Kuala Lumpur\n"
        "[Provisional translation. The Japanese text is authoritative.]",
        "Opening Statement",
        "Questions and Answers",
        "[[PRIME MINISTER ABE: ]]Over",
        "[[PRIME MINISTER ABE: ]]In Antalya",
        "[[PRIME MINISTER ABE: ]]On November",
        "[[PRIME MINISTER ABE: ]]President Xi",
        "[[PRIME MINISTER ABE: ]]President Obama",
        "[[REPORTER (Tsubasa Press): ]]At",
        "[[REPORTER (Tsubasa Press): ]]Washington",
        "REPORTER (Kanda Daily): ",
        "REPORTER (Pacific Review): ",
        "[[MODERATOR: ]]We",
        "[[MODERATOR: ]]That",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "PRIME MINISTER ABE", "I"],
        "Park Geun-hye": ["President Park Geun-hye", "President Park"],
        "Barack Obama": ["President Obama"],
        "Benigno Aquino III": ["President Aquino"],
        "Li Keqiang": ["Premier Li Keqiang", "Premier Li"],
        "Xi Jinping": ["President Xi Jinping", "President Xi"],
    },
    quotes=[],
    statements=[],
    timexes=[
        ("Sunday, November 22, 2015, 6:05 p.m.", "2015-11-22T18:05", None),
        ("eight days", "P8D", None),
        ("barely [[two days after]]", "2015-11-15", None),
        ("Atlanta in [[October]]", "2015-10", None),
        ("President Obama [[on Thursday]]", "2015-11-19", None),
        ("[[three weeks after]] your meeting", "2015-11-22", None),
        ("the evening of the 15th", "2015-11-15TEV", None),
        ("on [[November 2]]", "2015-11-02", None),
        ("[[this year]] marks the 50th", "2015", None),
        ("1965", "1965", None),
        ("The day before", "2015-11-01", None),
        ("three and a half years", "P3Y6M", None),
        ("On [[November 1]]", "2015-11-01", None),
        ("the same day", "2015-11-01", None),
        ("in Japan [[next year]]", "2016", None),
        ("White House in [[October]]", "2015-10", None),
    ],
    summits=[
        dict(date="2015-11-19", place="Manila", country="PH",
             participants=["Shinzo Abe", "Barack Obama"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[OBAMA, WH]),
        dict(date="2015-11", place="Manila", country="PH",
             participants=["Shinzo Abe", "Benigno Aquino III"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[AQUINO]),
        dict(date="2015-11-02", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Park Geun-hye"], kind="bilateral", ordinal=1,
             status="held", evidence=[Q_PARK, SEOUL, Q_TRI]),
        dict(date="2015-11-01", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", evidence=[Q_TRI, NOV1]),
        dict(date="2015-11-01", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Li Keqiang"], kind="sidelines", ordinal=None,
             status="held", occasion="Japan-China-ROK trilateral summit", evidence=[LI]),
        dict(date="2016", place=None, country="JP",
             participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="planned", evidence=[NEXT]),
        dict(date="2015-10", place="White House", country="US",
             participants=["Barack Obama", "Park Geun-hye"], kind="bilateral", ordinal=None,
             status="held", evidence=[WH]),
    ],
    agreements=[
        dict(title="Trans-Pacific Partnership (TPP) Agreement", kind="treaty", date="2015-10",
             parties=["JP", "US", "AU", "BN", "CA", "CL", "MY", "MX", "NZ", "PE", "SG", "VN"],
             status="referenced", evidence=[TPP]),
        dict(title="keep working together so that the seas of the region remain open and free", kind="commitment",
             date="2015-11-19", parties=["JP", "US"], status="agreed", evidence=[OBAMA]),
        dict(title="accelerate consultations on the comfort women issue toward an early conclusion", kind="commitment",
             date="2015-11-02", parties=["JP", "KR"], status="referenced", evidence=[SEOUL]),
        dict(title="1965 agreement on property and claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[CLAIMS]),
        dict(title="put the trilateral summit back on a regular footing", kind="commitment",
             date="2015-11-01", parties=["JP", "KR", "CN"], status="referenced", evidence=[NOV1]),
    ],
    notes=[
        "Invented press-conference transcript in the style of the Japanese prime minister's office (title, date line with clock time, provisional-translation line, section headings, speaker labels). The wording of every answer and question is invented; outlets 'Tsubasa Press', 'Kanda Daily' and 'Pacific Review' are invented; the clock time is invented. Title block, headings and speaker labels are furniture; the date line is annotated.",
        "Facts checked on stored pages: worldjpn.net 20151122.O1E (Abe held a press conference on 22 November 2015 after the G20, APEC and ASEAN-related meetings; TPP and growth themes); solarmotionlights.blogspot.com (Kyodo: at the G20 dinner in Antalya on the 15th Abe sat with Park, thanked her for the hospitality in Seoul, shook hands with Xi without talks); gmanetwork.com (Abe's bilateral meeting with Aquino on the APEC sidelines, APEC 18-19 November, maritime security); oananews.org 386846 (arrangements for an Abe-Obama meeting at the APEC meetings); japan-press.co.jp and jmh.usembassy.gov (Asahi gist: Abe-Park on 2 November, first in three and a half years, agreement to accelerate talks bearing the 50th anniversary in mind; trilateral process normalized, summit in Japan next year; Abe-Li on 1 November); mypaper.sg (trilateral after a three-and-a-half-year hiatus); koreaherald.com ud=20151017000012 (Park-Obama at the White House in October 2015); oananews.org 383938 (Japan's position on the 1965 agreement). Public record (not checked on a page for this corpus): the Abe-Obama meeting in Manila on Thursday 19 November; TPP agreed in Atlanta in October 2015 by twelve countries.",
        "Transcript convention (as unseen15/16): the prime minister's own answers are not annotated as statements; there are no quotation marks, so no quotes. Questions are text (their speaker labels are furniture).",
        "Summits (7): Abe-Obama in Manila (Thursday 19 November), Abe-Aquino in Manila (day not given: month), Abe-Park on 2 November (ordinal 1: 'my first with President Park'), the trilateral of 1 November, Abe-Li on the same day (sidelines of the trilateral), the planned trilateral in Japan 'next year', Park-Obama at the White House in October. Not summits: the dinner conversation with Park in Antalya ('not a meeting'), the handshake with Xi, a three-way meeting with Obama and Park ('Nothing has been decided').",
        "Agreements (5): TPP (referenced, October 2015, twelve parties), the Abe-Obama commitment on open seas (confirmed in Manila: agreed), the acceleration of comfort-women consultations (referenced), the 1965 claims agreement, the trilateral commitment to regular summits. Not agreements: Abe's pledge to stand with France (unilateral).",
        "Timexes: 'barely two days after the attacks in Paris' and 'three weeks after your meeting' take the date they point to (the G20 dinner of 15 November; the day of the question); 'the evening of the 15th' = 2015-11-15TEV; 'for the first time in three and a half years' = P3Y6M.",
    ],
)
