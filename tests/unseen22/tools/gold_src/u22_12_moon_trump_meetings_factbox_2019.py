# ruff: noqa: E501
LEDE = "South Korean President Moon Jae-in flies to Washington on Wednesday"
HERE = "Here is a look at their earlier meetings"
W17 = "After a welcome dinner on June 29"
W17A = "Moon made his first trip to the White House"
HAM = "On the eve of the G20 summit, Trump hosted Moon and Abe"
HAMJS = "The three leaders issued a joint statement calling"
NY17 = "On Sept. 21, during the U.N. General Assembly"
SEL = "Trump paid a state visit on Nov. 7-8"
W18 = "Moon returned to the White House on May 22"
NY18 = "Back from his third summit with Kim, Moon met Trump"
KORUS = "The two signed a revised free trade agreement."
BA = "On the sidelines of the G20, the two met for about 30 minutes"
NOMA = "Moon and Abe, present at the same summit, did not meet."

GOLD = dict(
    published="2019-04-10",
    furniture=[
        "FACTBOX-Moon and Trump: six summits, two tables shared with Abe, and a seventh on Thursday\n"
        "10 April 2019 - 04:30 GMT",
        "SEOUL, April 10 (Meridian) - ",
        "WASHINGTON, JUNE 2017", "HAMBURG, JULY 2017", "NEW YORK, SEPTEMBER 2017", "SEOUL, NOVEMBER 2017",
        "WASHINGTON, MAY 2018", "NEW YORK, SEPTEMBER 2018", "BUENOS AIRES, NOVEMBER 2018",
        "(Compiled by the Meridian Seoul bureau)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Kim Jong Un": ["North Korea's Kim Jong Un", "Kim"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
    },
    quotes=[],
    statements=[
        (W17, ["Moon Jae-in", "Donald Trump"], "pledging"),
        (HAMJS, ["Donald Trump", "Moon Jae-in", "Shinzo Abe"], "calling for"),
    ],
    timexes=[
        ("10 April 2019 - 04:30 GMT", "2019-04-10T04:30", None),
        ("SEOUL, [[April 10]]", "2019-04-10", None),
        ("on Wednesday", "2019-04-10", None),
        ("White House on [[Thursday]]", "2019-04-11", None),
        ("in [[February]]. Here", "2019-02", None),
        ("WASHINGTON, [[JUNE 2017]]", "2017-06", None),
        ("seven weeks after", "2017-06", None),
        ("June 29", "2017-06-29", None),
        ("the next day", "2017-06-30", None),
        ("HAMBURG, [[JULY 2017]]", "2017-07", None),
        ("On the eve of the G20 summit", "2017-07-06", None),
        ("NEW YORK, [[SEPTEMBER 2017]]", "2017-09", None),
        ("Sept. 21", "2017-09-21", None),
        ("SEOUL, [[NOVEMBER 2017]]", "2017-11", None),
        ("Nov. 7-8", "2017-11-07/2017-11-08", None),
        ("25 years", "P25Y", None),
        ("WASHINGTON, [[MAY 2018]]", "2018-05", None),
        ("May 22", "2018-05-22", None),
        ("NEW YORK, [[SEPTEMBER 2018]]", "2018-09", None),
        ("Sept. 24", "2018-09-24", None),
        ("BUENOS AIRES, [[NOVEMBER 2018]]", "2018-11", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("Nov. 30", "2018-11-30", None),
    ],
    summits=[
        dict(date="2019-04-11", place="Washington", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="bilateral", ordinal=7, status="planned", occasion=None, evidence=[LEDE]),
        dict(date="2019-02", place="Hanoi", country="VN", participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEDE]),
        dict(date="2017-06-30", place="Washington", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[W17A, W17]),
        dict(date="2017-07-06", place="Hamburg", country="DE", participants=["Donald Trump", "Moon Jae-in", "Shinzo Abe"],
             kind="trilateral", ordinal=None, status="held", occasion="the G20 summit", evidence=[HAM, HAMJS]),
        dict(date="2017-09-21", place="New York", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="sidelines", ordinal=None, status="held", occasion="the U.N. General Assembly", evidence=[NY17]),
        dict(date="2017-09-21", place="New York", country="US", participants=["Donald Trump", "Moon Jae-in", "Shinzo Abe"],
             kind="trilateral", ordinal=None, status="held", occasion="the U.N. General Assembly", evidence=[NY17]),
        dict(date="2017-11-07", place="Seoul", country="KR", participants=["Moon Jae-in", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SEL]),
        dict(date="2018-05-22", place="Washington", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[W18]),
        dict(date="2018-06", place="Singapore", country="SG", participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[W18]),
        dict(date="2018-09", place=None, country=None, participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=3, status="held", occasion=None, evidence=[NY18]),
        dict(date="2018-09-24", place="New York", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="sidelines", ordinal=None, status="held", occasion="the U.N. General Assembly", evidence=[NY18]),
        dict(date="2018-11-30", place="Buenos Aires", country="AR", participants=["Moon Jae-in", "Donald Trump"],
             kind="sidelines", ordinal=None, status="held", occasion="the G20", evidence=[BA]),
    ],
    agreements=[
        dict(title="Korea-U.S. joint statement (June 2017)", kind="joint-statement", date="2017-06-30",
             parties=["KR", "US"], status="referenced", evidence=[W17]),
        dict(title="U.S.-Japan-ROK trilateral joint statement (Hamburg)", kind="joint-statement", date="2017-07-06",
             parties=["JP", "KR", "US"], status="referenced", evidence=[HAMJS]),
        dict(title="revised Korea-U.S. free trade agreement", kind="treaty", date="2018-09-24",
             parties=["KR", "US"], status="referenced", evidence=[KORUS]),
    ],
    notes=[
        "Invented wire fact box ('Meridian', as u22_01); headline, stamp, dateline prefix, dated entry headings and the compilation line are furniture (stamp, dateline and headings annotated, as unseen16's fact box).",
        "Real background checked on stored pages: theasian.asia 102850 and globaltimes.cn 1143955 (11 April summit, the seventh; first since Hanoi in February); en.dangcongsan.vn (last met at the G20 in Buenos Aires in November 2018); asaninst.org (Moon met Trump on 24 September 2018 in New York; revised FTA signed); webarchives.pa.go.kr briefing 329 and koreaherald (Pyongyang summit in September 2018 before New York). From general knowledge and other corpora's titles: Moon's first White House visit (dinner 29 June, talks and joint statement 30 June 2017), the Hamburg trilateral dinner and joint statement of 6 July 2017, the New York bilateral and trilateral lunch of 21 September 2017, Trump's state visit to Seoul on 7-8 November 2017 (first in 25 years), the 22 May 2018 White House meeting, the Singapore summit of June 2018, the Buenos Aires meeting of 30 November 2018 (length 'about 30 minutes' from general knowledge; debatable) and the absence of a Moon-Abe meeting there.",
        "Summits (12): the planned seventh (ordinal 7), Hanoi, the six earlier Moon-Trump meetings (Washington 2017 ordinal 1, 'his first trip to the White House', recorded on the talks day with the dinner counted with it), the two trilaterals with Abe (Hamburg dinner, New York lunch), Singapore ('Trump's first summit with Kim', ordinal 1), Moon's third summit with Kim (September 2018, place not named). Not summits: the Moon-Abe non-meeting in Buenos Aires.",
        "Agreements (3): the June 2017 joint statement, the Hamburg trilateral statement and the revised FTA, all referenced in a fact box. Timexes: 'seven weeks after taking office' points to June 2017 (month only); 'On the eve of the G20 summit' = 6 July 2017 (from the public record); 'the next day' = 30 June.",
    ],
)
