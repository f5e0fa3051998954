# ruff: noqa: E501
LEDE = "on Saturday issued a joint statement in which they vowed"
VISIT = "Roh, who is in Japan on a four-day state visit"
SECOND = "It was their second summit"
SUBT = "The statement is subtitled"
SPIRIT = "It invokes the spirit of the 1998 joint declaration"
NK = "On North Korea, the two leaders agreed that Pyongyang must promptly dismantle"
PYD = "Roh expressed support for Tokyo's policy"
NODATE = "The statement sets no date for starting the FTA talks"
BOTH = ["Junichiro Koizumi", "Roh Moo-hyun"]

GOLD = dict(
    published="2003-06-08",
    furniture=[
        "Koizumi, Roh agree to keep up pressure on North, aim for early FTA talks\n\nKyoto Shinpo English Edition\nJune 8, 2003\n\nBy Keiko Morishita\nStaff writer",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi", "Koizumi"],
        "Roh Moo-hyun": ["South Korean President Roh Moo Hyun", "Roh", "the president"],
        "Keizo Obuchi": ["then Prime Minister Keizo Obuchi"],
        "Kim Dae-jung": ["President Kim Dae Jung"],
    },
    quotes=[
        ("I was able to speak more openly with the president this time", "direct", "Junichiro Koizumi", "told a joint news conference"),
        ("courageous.", "partial", "Junichiro Koizumi", "calling"),
        ("A timetable would have been nice", "direct", None, "said"),
    ],
    statements=[
        (LEDE, BOTH, "vowed"),
        (NK, BOTH, "agreed"),
        (PYD, BOTH, "expressed support"),
        (NODATE, [None], "said"),
    ],
    timexes=[
        ("June 8, 2003", "2003-06-08", None),
        ("on [[Saturday]] issued", "2003-06-07", None),
        ("four-day", "P4D", None),
        ("through [[Monday]]", "2003-06-09", None),
        ("Seoul in [[February]]", "2003-02", None),
        ("the [[1998]] joint declaration", "1998", None),
        ("the [[2002]] Pyongyang Declaration", "2002", None),
        ("opened [[Friday]]", "2003-06-06", None),
        ("until [[Monday]]", "2003-06-09", None),
    ],
    summits=[
        dict(date="2003-06-07", place="Tokyo", country="JP", participants=BOTH, kind="bilateral", ordinal=2,
             status="held", occasion=None, evidence=[LEDE, VISIT, SECOND]),
        dict(date="2003-02", place="Seoul", country="KR", participants=BOTH, kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[SECOND]),
    ],
    agreements=[
        dict(title="Japan-ROK summit joint statement (Building the Foundations of Japan-ROK Cooperation toward an Age of Peace and Prosperity in Northeast Asia)", kind="joint-statement", date="2003-06-07",
             parties=["JP", "KR"], status="agreed", evidence=[LEDE, SUBT, SPIRIT, NODATE]),
        dict(title="never tolerate North Korea's nuclear programs; Pyongyang must promptly dismantle them", kind="commitment", date="2003-06-07",
             parties=["JP", "KR"], status="agreed", evidence=[LEDE, NK]),
        dict(title="make efforts to start FTA negotiations at an early date", kind="commitment", date="2003-06-07",
             parties=["JP", "KR"], status="agreed", evidence=[LEDE, NODATE]),
        dict(title="1998 joint declaration (new partnership for the 21st century)", kind="joint-declaration", date="1998-10",
             parties=["JP", "KR"], status="referenced", evidence=[SPIRIT]),
        dict(title="Pyongyang Declaration between Japan and North Korea", kind="joint-declaration", date="2002-09-17",
             parties=["JP", "KP"], status="referenced", evidence=[PYD]),
    ],
    notes=[
        "Invented Tokyo daily story ('Kyoto Shinpo English Edition', writer Keiko Morishita and the unnamed trade official are invented; headline, outlet line, date line and byline are one furniture block; the date line is annotated). Koizumi's words are reworded from his joint press conference remarks; the official's quote is invented.",
        "Facts checked on stored pages: mofa.go.jp/region/asia-paci/korea/pv0306/pdfs/joint.html (Joint Statement of June 7, 2003, its subtitle, the state visit of 6 to 9 June, the spirit of the October 1998 Joint Declaration, keep past history in mind, support for the Peace and Prosperity Policy and for Japan's policy based on the Pyongyang Declaration); worldjpn.net 20030607.O1E (second summit after the talks at the February inauguration; 'courageous decision'; speaking more candidly in a relaxed atmosphere; North Korea must promptly dismantle all of its nuclear programs); globalsecurity.org rok-030610 (Korean text of the statement); alyaum.com 83506 (efforts to start FTA negotiations at an early date, no timetable). The Pyongyang Declaration's exact date (17 September 2002) is general knowledge.",
        "Summits (2): Tokyo 7 June 2003 (ordinal 2: 'their second summit'), Seoul February 2003 (ordinal 1). The 1998 declaration implies an Obuchi-Kim meeting, but the text mentions no meeting, so it is not a record.",
        "Agreements (5): the joint statement (issued, status agreed); two commitments from the lede (North Korea's nuclear programs; early FTA talks); the 1998 joint declaration (referenced; 1998-10 from the statement's own wording 'announced in October 1998'); the Pyongyang Declaration (JP-KP, referenced). 'Peace and Prosperity Policy' and the subtitle are titles in quotation marks, not quotes.",
        "Timexes: 'four-day' = P4D; 'the 21st century' is not annotated; '1998' and '2002' annotated inside the instrument names as years.",
    ],
)
