BC = "Bill Clinton"
KIM = "Kim Dae-jung"
OB = "Keizo Obuchi"
ALL3 = [BC, KIM, OB]
OPEN = "President Clinton met this morning in Auckland"
COORD = "They agreed that the United States, the Republic of Korea and Japan would continue"
PREP = "At the same time, they agreed that their three countries are prepared"
AF = "The leaders reaffirmed their commitment to the 1994 Agreed Framework"
TOKYO = "Prime Minister Obuchi noted that relations between Japan"
WTO = "On economic issues, the leaders welcomed the recovery"
P3 = ["JP", "KR", "US"]
GOLD = dict(
    published="1999-09-12",
    furniture=["THE WHITE HOUSE", "Office of the Press Secretary", "(Auckland, New Zealand)",
               "For Immediate Release September 12, 1999", "STATEMENT BY THE PRESS SECRETARY",
               "###"],
    timex_in_furniture_ok=True,
    entities={
        BC: ["President Clinton", "the President"],
        KIM: ["President Kim Dae-jung", "President Kim"],
        OB: ["Prime Minister Keizo Obuchi", "Prime Minister Obuchi"],
        "Jiang Zemin": ["President Jiang Zemin"],
    },
    quotes=[
        ("a good chance to make sure", "partial", BC, "told reporters"),
    ],
    statements=[
        ("The three leaders reviewed the situation on the Korean Peninsula", ALL3,
         "reaffirmed"),
        (COORD, ALL3, "agreed"),
        ("The leaders expressed their shared concern", ALL3, "expressed"),
        (PREP, ALL3, "agreed"),
        (AF, ALL3, "reaffirmed"),
        ("President Kim briefed his counterparts", [KIM, BC, OB], "said"),
        (TOKYO, [OB], "noted"),
        (WTO, ALL3, "agreed"),
        ("Before the meeting, the President told reporters", [BC], "told reporters"),
    ],
    timexes=[
        ("September 12, 1999", "1999-09-12", None),
        ("this morning", "1999-09-12TMO", None),
        ("the end of the year", "1999", "END"),
        ("1994", "1994", None),
        ("last October", "1998-10", None),
        ("later this year", "1999", None),
        ("Yesterday", "1999-09-11", None),
    ],
    summits=[
        dict(date="1999-09-12", place="Auckland", country="NZ", participants=ALL3,
             kind="trilateral", ordinal=None, status="held", occasion="APEC",
             evidence=["Trilateral Meeting with President Kim Dae-jung", OPEN,
                       "Before the meeting, the President told reporters"]),
        dict(date="1998-10", place="Tokyo", country="JP", participants=[OB, KIM],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[TOKYO]),
        dict(date="1999-09-11", place="Auckland", country="NZ",
             participants=[BC, "Jiang Zemin"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC",
             evidence=["Yesterday, the President met with President Jiang Zemin"]),
    ],
    agreements=[
        dict(title="continue close U.S.-ROK-Japan policy coordination toward North Korea",
             kind="commitment", date="1999-09-12", parties=P3, status="agreed",
             evidence=[COORD]),
        dict(title="senior officials to meet again before the end of the year",
             kind="commitment", date="1999-09-12", parties=P3, status="agreed",
             evidence=[COORD]),
        dict(title="prepared to improve relations with North Korea if it reduces tensions",
             kind="commitment", date="1999-09-12", parties=P3, status="agreed",
             evidence=[PREP]),
        dict(title="1994 Agreed Framework between the United States and North Korea",
             kind="treaty", date="1994", parties=["KP", "US"], status="referenced",
             evidence=[AF]),
        dict(title="support for the KEDO light-water reactor project", kind="commitment",
             date="1999-09-12", parties=P3, status="agreed", evidence=[AF]),
        dict(title="Japan-ROK joint declaration on a new partnership (October 1998)",
             kind="joint-declaration", date="1998-10", parties=["JP", "KR"],
             status="referenced", evidence=[TOKYO]),
        dict(title="work together for the launch of a new WTO round in Seattle",
             kind="commitment", date="1999-09-12", parties=P3, status="agreed",
             evidence=[WTO]),
    ],
    notes=[
        "Invented statement in the style of the White House press office (not the real"
        " document; Clinton's words to reporters and the senior officials' meeting are"
        " invented). Furniture: the header lines, the 'STATEMENT BY' line and '###'; the"
        " header date is annotated; the meeting title line is text. Checked (pages): the"
        " Clinton-Kim-Obuchi meeting in Auckland on Sunday Sept. 12, 1999, the written"
        " statement that the three were prepared to improve relations with the North if"
        " Pyongyang reduced tensions (VOA report via globalsecurity.org; scoop.co.nz);"
        " Clinton's remarks before the meeting on the Korean Peninsula, East Timor, the"
        " Seattle WTO meeting 'in the next couple of months' and his meeting with Jiang"
        " 'yesterday' (UCSB American Presidency Project). Public record, general"
        " knowledge: the Perry review, the 1994 Agreed Framework, KEDO, Kim's state visit"
        " and the joint declaration of October 1998 (cf. d7_01).",
        "Summits (3): the trilateral (kind trilateral, occasion APEC); the Tokyo visit of"
        " 'last October' (month precision); Clinton-Jiang 'Yesterday' (sidelines). Not"
        " summits: the APEC leaders' meeting itself, the officials' meeting.",
        "Agreements (7): 'agreed that ... would continue to coordinate ... and instructed"
        " their senior officials to meet again' = two courses; the conditional readiness to"
        " improve relations (agreed commitment); the Agreed Framework (kind treaty from the"
        " contract's 'agreement concluded between the governments', parties KP/US,"
        " referenced; debatable: a non-binding political document); support for the KEDO"
        " project reaffirmed (commitment agreed at this meeting, debatable: could be read as"
        " referenced); the 1998 declaration (referenced); the WTO round.",
        "Statements: the 'briefed ... said they continue to support' sentence has three"
        " speakers. Quote: Clinton's invented words are a fragment inside the reporter's"
        " sentence introduced by 'that' (partial).",
        "Timexes: 'before the end of the year' = 1999 END (span 'the end of the year');"
        " 'this morning' = 1999-09-12TMO.",
    ],
)
