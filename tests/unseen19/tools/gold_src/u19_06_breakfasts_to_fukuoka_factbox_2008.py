# ruff: noqa: E501
LEAD = "Japanese Prime Minister Taro Aso will host"
MANILA = "South Korea's Kim Dae-jung invites Japan's Keizo Obuchi"
MANILA2 = "The hour-long meal is the first meeting"
SING = "Kim hosts Yoshiro Mori and Zhu over breakfast"
SING2 = "The three agree to meet every year"
BRUNEI = "Kim, Junichiro Koizumi and Zhu agree to set up"
PP = "The breakfast becomes a formal session"
PP2 = "Prime Minister Kim Suk-soo attends"
BALI = "Roh Moo-hyun, Koizumi and Wen Jiabao issue"
VIEN = "Roh, Koizumi and Wen endorse an action strategy"
CEBU = "Roh, Wen and Shinzo Abe meet on Jan. 14"
CEBU2 = "They agree to set up regular consultations"
SING07 = "Yasuo Fukuda, prime minister for less than two months"
FUK = "Aso, Lee and Wen are expected to discuss"
LEEASO = "Lee and Aso, who first met as leaders in Beijing"

GOLD = dict(
    published="2008-12-12",
    furniture=[
        "FACTBOX-From breakfast table to stand-alone summit: Japan, China and South Korea leaders' meetings\n"
        "12 December 2008 - 05:30 GMT",
        "TOKYO, Dec 12 (Northgate) - ",
        "Here is a look back at their earlier meetings:",
        "(Compiled by Tokyo newsroom; Editing by Martin Hale)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Taro Aso": ["Japanese Prime Minister Taro Aso", "Aso"],
        "Lee Myung-bak": ["South Korean President Lee Myung-bak", "Lee"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "Kim Dae-jung": ["South Korea's Kim Dae-jung", "Kim"],
        "Keizo Obuchi": ["Japan's Keizo Obuchi"],
        "Zhu Rongji": ["China's Zhu Rongji", "Zhu"],
        "Yoshiro Mori": [],
        "Junichiro Koizumi": ["Koizumi"],
        "Kim Suk-soo": ["Prime Minister Kim Suk-soo"],
        "Roh Moo-hyun": ["Roh"],
        "Shinzo Abe": [],
        "Yasuo Fukuda": [],
    },
    quotes=[],
    statements=[],
    timexes=[
        ("12 December 2008 - 05:30 GMT", "2008-12-12T05:30", None),
        ("TOKYO, [[Dec 12]]", "2008-12-12", None),
        ("Fukuoka on [[Saturday]]", "2008-12-13", None),
        ("NOVEMBER 1999", "1999-11", None),
        ("Nov. 28", "1999-11-28", None),
        ("hour-long", "PT1H", None),
        ("NOVEMBER 2000", "2000-11", None),
        ("Nov. 24", "2000-11-24", None),
        ("NOVEMBER 2001", "2001-11", None),
        ("NOVEMBER 2002", "2002-11", None),
        ("Nov. 4", "2002-11-04", None),
        ("OCTOBER 2003", "2003-10", None),
        ("Oct. 7", "2003-10-07", None),
        ("NOVEMBER 2004", "2004-11", None),
        ("Nov. 29", "2004-11-29", None),
        ("DECEMBER 2005", "2005-12", None),
        ("JANUARY 2007", "2007-01", None),
        ("Jan. 14", "2007-01-14", None),
        ("more than two years", "P2Y", "MORE_THAN"),
        ("NOVEMBER 2007", "2007-11", None),
        ("less than two months", "P2M", "LESS_THAN"),
        ("DECEMBER 2008", "2008-12", None),
        ("management [[tomorrow]]", "2008-12-13", None),
        ("in October", "2008-10", None),
    ],
    summits=[
        dict(date="2008-12-13", place="Fukuoka", country="JP",
             participants=["Taro Aso", "Lee Myung-bak", "Wen Jiabao"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[LEAD, FUK]),
        dict(date="1999-11-28", place="Manila", country="PH",
             participants=["Kim Dae-jung", "Keizo Obuchi", "Zhu Rongji"], kind="trilateral", ordinal=1,
             status="held", occasion="ASEAN plus Three summit", evidence=[MANILA, MANILA2]),
        dict(date="2000-11-24", place="Singapore", country="SG",
             participants=["Kim Dae-jung", "Yoshiro Mori", "Zhu Rongji"], kind="trilateral", ordinal=None,
             status="held", occasion="ASEAN plus Three summit", evidence=[SING]),
        dict(date="2001-11", place="Bandar Seri Begawan", country="BN",
             participants=["Kim Dae-jung", "Junichiro Koizumi", "Zhu Rongji"], kind="trilateral", ordinal=None,
             status="held", occasion="ASEAN plus Three summit", evidence=[BRUNEI]),
        dict(date="2002-11-04", place="Phnom Penh", country="KH",
             participants=["Zhu Rongji", "Junichiro Koizumi"], kind="trilateral", ordinal=None,
             status="held", occasion="ASEAN plus Three summit", evidence=[PP, PP2]),
        dict(date="2003-10-07", place="Bali", country="ID",
             participants=["Roh Moo-hyun", "Junichiro Koizumi", "Wen Jiabao"], kind="trilateral", ordinal=None,
             status="held", occasion="ASEAN plus Three summit", evidence=[BALI]),
        dict(date="2004-11-29", place="Vientiane", country="LA",
             participants=["Roh Moo-hyun", "Junichiro Koizumi", "Wen Jiabao"], kind="trilateral", ordinal=None,
             status="held", occasion="ASEAN plus Three summit", evidence=[VIEN]),
        dict(date="2007-01-14", place="Cebu", country="PH",
             participants=["Roh Moo-hyun", "Wen Jiabao", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="ASEAN plus Three summit", evidence=[CEBU]),
        dict(date="2007-11", place="Singapore", country="SG",
             participants=["Yasuo Fukuda", "Roh Moo-hyun", "Wen Jiabao"], kind="trilateral", ordinal=None,
             status="held", occasion="ASEAN plus Three summit", evidence=[SING07]),
        dict(date="2008-10", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Taro Aso"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[LEEASO]),
        dict(date="2008-12-13", place="Fukuoka", country="JP",
             participants=["Lee Myung-bak", "Taro Aso"], kind="sidelines", ordinal=None,
             status="planned", occasion="Japan-China-South Korea summit", evidence=[LEEASO]),
    ],
    agreements=[
        dict(title="annual three-way meeting at the ASEAN plus Three summit with rotating hosts", kind="commitment",
             date="2000-11-24", parties=["CN", "JP", "KR"], status="referenced", evidence=[SING2]),
        dict(title="dialogue among the three trade ministers", kind="commitment",
             date="2001-11", parties=["CN", "JP", "KR"], status="referenced", evidence=[BRUNEI]),
        dict(title="first joint declaration, on promoting tripartite cooperation (Bali)", kind="joint-declaration",
             date="2003-10-07", parties=["CN", "JP", "KR"], status="referenced", evidence=[BALI]),
        dict(title="action strategy on trilateral cooperation", kind="joint-statement",
             date="2004-11-29", parties=["CN", "JP", "KR"], status="referenced", evidence=[VIEN]),
        dict(title="regular consultations among senior foreign affairs officials", kind="commitment",
             date="2007-01-14", parties=["CN", "JP", "KR"], status="referenced", evidence=[CEBU2]),
        dict(title="talks on a trilateral investment arrangement", kind="commitment",
             date="2007-01-14", parties=["CN", "JP", "KR"], status="referenced", evidence=[CEBU2]),
    ],
    notes=[
        "Invented international wire fact box (agency 'Northgate', editor and stamp time invented). Headline, stamp, dateline prefix, the 'Here is a look back' line and the credit line are furniture; the stamp and dateline dates are annotated; the dated entry headings are annotated as timexes (as in unseen16's fact box).",
        "Real facts checked on stored pages: japan.kantei.go.jp/asospeech/2008/12/13kaiken_e.html (Fukuoka trilateral of 13 December 2008 hosted by Aso, first held independently of other conferences); e123.hk 302242 and geo-politik.eu (first-ever trilateral breakfast in Manila on 28 November 1999 proposed by Kim, about an hour); mofa meet0011 (Singapore breakfast 24 November 2000, annual meeting with rotation); english.china.org.cn BAT/21729 and worldjpn 20011106 (Brunei ASEAN+3, November 2001; trade ministers' dialogue agreed in the informal meeting of Zhu, Koizumi and Kim); mofa pmv0211/trilateral.html and fmprc 2002-11-07 (Phnom Penh session on 4 November 2002, first regular session, chaired by Zhu, ROK Prime Minister Kim Suk Soo); mofa joint0310 (Bali joint declaration of 7 October 2003); mofa pmv0411/summary.html (Vientiane, 29 November 2004, action strategy); china.usc.edu and news.everychina.com (Cebu, 14 January 2007: Wen, Abe and Roh; senior foreign affairs officials' consultation mechanism; negotiations on a trilateral investment arrangement). From general knowledge or the project's other corpora' titles (not checked on a page): the postponement of the Kuala Lumpur meeting in December 2005 (cf. u14_04), the Singapore meeting of November 2007 with Fukuda (cf. u14_07), the first Lee-Aso summit in Beijing in October 2008 (cf. d10_02), Fukuda taking office in late September 2007.",
        "Summits (11): planned Fukuoka trilateral and planned Lee-Aso bilateral there; nine earlier trilaterals/bilaterals (Manila ordinal 1 from 'the first meeting ever held among the three leaders alone'; Lee-Aso Beijing ordinal 1 from 'first met as leaders'). Phnom Penh: participants Zhu and Koizumi (Koizumi from the public record; Korea's prime minister not a head of state or government; debatable). Not a summit: the Kuala Lumpur meeting that did not take place.",
        "Agreements (6): all background entries, recorded as referenced; two Cebu commitments split from one sentence. Fukuoka's expected discussions are not agreements.",
    ],
)
