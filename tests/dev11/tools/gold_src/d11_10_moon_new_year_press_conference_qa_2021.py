# ruff: noqa: E501
Q1 = "and in 2015 they reached an agreement, which the ruling effectively sets aside"
OFFICIAL = "Our government recognizes that the 2015 agreement is an official agreement"
PHONE = "Prime Minister Suga and I spoke by telephone in September"
TOKYO = "I remember my visit to Tokyo in May 2018"
CHENGDU = "When Prime Minister Abe and I last met, in Chengdu in December 2019"
KIMOBUCHI = "Korea and Japan once opened a new chapter together through the 1998 joint declaration"

GOLD = dict(
    published="2021-01-18",
    furniture=[
        "2021 New Year's Press Conference by President Moon Jae-in (Excerpt: Korea-Japan Relations)",
        "Cheong Wa Dae, Seoul\nMonday, January 18, 2021, 10:00 a.m.",
        "[Unofficial translation. The press conference, held online and in person under COVID-19 restrictions, lasted about two hours; only the questions on Japan are reproduced here.]",
        "[End of excerpt]",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "President Moon", "the President", "I"],
        "Yoshihide Suga": ["Prime Minister Suga"],
        "Shinzo Abe": ["Prime Minister Abe"],
        "Li Keqiang": ["Premier Li Keqiang"],
        "Kim Dae-jung": ["President Kim Dae-jung"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi"],
        "Government of Japan": ["Japan"],
    },
    quotes=[],
    statements=[
        ("Japan has demanded that Seoul first present a solution.", ["Government of Japan"], "has demanded"),
    ],
    timexes=[
        ("2021 New Year's", "2021", None),
        ("Monday, January 18, 2021, 10:00 a.m.", "2021-01-18T10:00", None),
        ("about two hours", "PT2H", "APPROX"),
        ("On January 8", "2021-01-08", None),
        ("and in [[2015]] they", "2015", None),
        ("consider the [[2015]] agreement", "2015", None),
        ("recognizes that the [[2015]] agreement", "2015", None),
        ("four months", "P4M", None),
        ("by telephone in [[September]]", "2020-09", None),
        ("May 2018", "2018-05", None),
        ("December 2019", "2019-12", None),
        ("summit [[last year]]", "2020", None),
        ("scheduled for [[July]]", "2021-07", None),
        ("the [[1998]] joint declaration", "1998", None),
    ],
    summits=[
        dict(date="2018-05", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2018-05", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the Japan-China-South Korea trilateral summit", evidence=[CHENGDU]),
    ],
    agreements=[
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[Q1, OFFICIAL]),
        dict(title="Moon and Abe agree problems should be solved through dialogue (Chengdu)", kind="commitment",
             date="2019-12", parties=["JP", "KR"], status="referenced", evidence=[CHENGDU]),
        dict(title="Moon and Suga agree by phone that the two countries should communicate closely",
             kind="commitment", date="2020-09", parties=["JP", "KR"], status="referenced", evidence=[PHONE]),
        dict(title="1998 joint declaration of Kim Dae-jung and Keizo Obuchi", kind="joint-declaration",
             date="1998", parties=["JP", "KR"], status="referenced", evidence=[KIMOBUCHI]),
    ],
    notes=[
        "Invented excerpt of a presidential press-conference transcript (title, place/date line, bracketed editor's notes are furniture; the date line and the note's duration are annotated). The clock time, the two-hour length, the questions and all of Moon's wording are invented; the substance follows reports of the January 18, 2021 press conference.",
        "Real facts checked on stored pages: tellerreport.com 2021-01-18 (New Year press conference on the morning of the 18th; Jan. 8 ruling; 'a little confused'; 2015 agreement an official agreement between governments; solution the victims can agree on; cashing of Japanese firms' assets not desirable, diplomatic solution first); aju.news (transcript: Mainichi reporter's question on the Jan. 8 ruling and the 2015 agreement; export regulation and forced labor issues, dialogue at different levels); thestar.com.my / investing.com (Reuters photo caption: online New Year news conference on January 18, 2021; Moon's later March 1 wish that the Olympics serve as an opportunity for dialogue between South Korea and Japan, the Koreas, North Korea and Japan and North Korea and the U.S. - his January words here echo it and are invented); cc.pacforum.org 2021-01 (Korea was to host the trilateral in December 2020; no Moon-Suga summit); forum excerpt (first Suga-Moon conversation). Tokyo May 2018 trilateral and bilateral, Chengdu 'agree to seek dialogue': other corpora's titles (un07, un09, dev2_04); Suga took office in September 2020 and the Tokyo Olympics were set for July 2021: public record.",
        "Summits (3): Tokyo trilateral and the separate talks (both 2018-05), Chengdu December 2019 (sidelines of the trilateral, from the public record). Not summits: the September phone call, the trilateral Korea could not host last year (non-event), 'ready to meet him at any time' (no meeting planned), the 1998 declaration's meeting (not told as a meeting).",
        "Agreements (4): the 2015 agreement (joint statement, dated 2015 as the text gives only the year), the Chengdu and phone commitments (referenced), the 1998 declaration. Not agreements: Moon's intention to discuss with Japan (one side's wish), export restrictions (unilateral).",
        "Statements and quotes: Moon's own answers in the transcript are not statements (as unseen15/16); there are no quotation marks. The reporter's report that 'Japan has demanded' is a statement.",
    ],
)
