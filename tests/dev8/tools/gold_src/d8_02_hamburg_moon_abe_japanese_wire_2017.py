ABE = "Shinzo Abe"
MOON = "Moon Jae-in"
DJT = "Donald Trump"
XI = "Xi Jinping"
CWD = "Cheong Wa Dae"
KJ = ["JP", "KR"]
KJU = ["JP", "KR", "US"]
HEAD = "Abe, Moon agree to resume reciprocal visits in 1st talks"
LEAD = "Prime Minister Shinzo Abe and South Korean President Moon Jae-in agreed Friday"
TALKS = "The talks, which lasted about 35 minutes on the sidelines"
FOUND = "Abe told Moon the December 2015 accord"
REPLY = "Moon replied that many South Koreans"
STAND = "He said the matter should not stand in the way"
UNDER = "Under the accord, reached under Moon's predecessor"
SCARS = "Moon said he hoped the neighbors could move past"
INV = "Abe invited Moon to visit Japan at an early date"
TRI = "The two leaders also agreed to make efforts to hold a trilateral summit"
NK = "On North Korea, they confirmed that Japan and South Korea"
PRESS = "Abe stressed that now was the time"
JS = "In a joint statement released Friday"
BERLIN = "Moon held his first summit with Chinese President Xi Jinping in Berlin"
G20 = dict(place="Hamburg", country="DE", occasion="the G20 summit")
GOLD = dict(
    published="2017-07-07",
    furniture=["HAMBURG, Germany, July 7 (Shinsei) --", "[Shinsei News]", "Related coverage:",
               "Abe, Trump, Moon vow to tighten squeeze on N. Korea over dinner"],
    timex_in_furniture_ok=True,
    entities={
        ABE: ["Prime Minister Shinzo Abe", "Abe"],
        MOON: ["South Korean President Moon Jae-in", "Moon", "He", "him"],
        DJT: ["U.S. President Donald Trump", "Trump"],
        XI: ["Chinese President Xi Jinping", "Xi"],
        "Park Geun-hye": ["Moon's predecessor Park Geun-hye"],
        CWD: ["his office"],
    },
    quotes=[
        ("indispensable foundation", "partial", ABE, "told"),
        ("finally and irreversibly.", "partial", None, "confirmed"),
        ("the scars of history", "partial", MOON, "said"),
    ],
    statements=[
        (HEAD, [ABE, MOON], "agree"),
        (LEAD, [ABE, MOON], "agreed"),
        (FOUND, [ABE, None], "told"),
        (REPLY, [MOON, CWD], "replied"),
        (STAND, [MOON], "said"),
        (SCARS, [MOON, CWD], "said"),
        (INV, [ABE, MOON, None], "invited"),
        (TRI, [ABE, MOON], "agreed"),
        (NK, [ABE, MOON], "confirmed"),
        (PRESS, [ABE, None], "stressed"),
        (JS, [ABE, MOON, DJT], "condemned"),
    ],
    timexes=[
        ("July 7", "2017-07-07", None),
        ("agreed [[Friday]] to resume", "2017-07-07", None),
        ("a [[2015]] bilateral accord", "2015", None),
        ("took office in [[May]]", "2017-05", None),
        ("about 35 minutes", "PT35M", "APPROX"),
        ("came [[a day]] after", "P1D", None),
        ("launch on [[Tuesday]]", "2017-07-04", None),
        ("December 2015", "2015-12", None),
        ("February next year", "2018-02", None),
        ("statement released [[Friday]]", "2017-07-07", None),
        ("Berlin on [[Thursday]]", "2017-07-06", None),
        ("Hamburg on [[Saturday]]", "2017-07-08", None),
    ],
    summits=[
        dict(date="2017-07-07", participants=[ABE, MOON], kind="sidelines", ordinal=None,
             status="held", evidence=[HEAD, LEAD, TALKS, FOUND, INV, TRI, NK], **G20),
        dict(date="2017-07-06", participants=[ABE, MOON, DJT], kind="trilateral",
             ordinal=None, status="held", evidence=[TALKS], **G20),
        dict(date="2017-07-06", place="Berlin", country="DE", participants=[MOON, XI],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[BERLIN]),
        dict(date="2017-07-08", participants=[ABE, XI], kind="sidelines", ordinal=None,
             status="planned", evidence=[BERLIN], **G20),
    ],
    agreements=[
        dict(title="resume reciprocal visits by the leaders (shuttle diplomacy)",
             kind="commitment", date="2017-07-07", parties=KJ, status="agreed",
             evidence=[HEAD, LEAD]),
        dict(title="2015 Japan-South Korea accord on the comfort women issue",
             kind="joint-statement", date="2015-12", parties=KJ, status="referenced",
             evidence=[HEAD, LEAD, FOUND, REPLY, UNDER]),
        dict(title="Moon visit to Japan at an early date (Abe's invitation)",
             kind="commitment", date="2017-07-07", parties=KJ, status="proposed",
             evidence=[INV]),
        dict(title="Abe attendance at the Pyeongchang Winter Olympics (Moon's invitation)",
             kind="commitment", date="2017-07-07", parties=KJ, status="proposed",
             evidence=[INV]),
        dict(title="make efforts to hold a Japan-China-South Korea summit as soon as possible",
             kind="commitment", date="2017-07-07", parties=KJ, status="agreed",
             evidence=[TRI]),
        dict(title="close Japan-South Korea cooperation on North Korea", kind="commitment",
             date="2017-07-07", parties=KJ, status="agreed", evidence=[NK]),
        dict(title="close Japan-South Korea-U.S. cooperation on North Korea",
             kind="commitment", date="2017-07-07", parties=KJ, status="agreed",
             evidence=[NK]),
        dict(title="joint statement of the United States, South Korea and Japan (Hamburg)",
             kind="joint-statement", date="2017-07-07", parties=KJU, status="agreed",
             evidence=[JS]),
        dict(title="continue applying maximum pressure on North Korea", kind="commitment",
             date="2017-07-07", parties=KJU, status="agreed", evidence=[JS]),
        dict(title="press for early adoption of a new U.N. Security Council sanctions"
                   " resolution", kind="commitment", date="2017-07-07", parties=KJU,
             status="agreed", evidence=[JS]),
    ],
    notes=[
        "Invented article in the style of a Japanese wire's English service (the agency"
        " Shinsei, the related-coverage headline and the wording are invented; 'indispensable"
        " foundation' and 'the scars of history' are fragments reworded from reported"
        " remarks). Furniture: dateline (date annotated), agency tag, 'Related coverage' line"
        " and its headline. Checked (pages): the first Abe-Moon talks on Friday July 7, 2017"
        " on the G20 sidelines in Hamburg, about 35 minutes (Japanese count; Seoul said 40),"
        " agreement to resume reciprocal visits, Abe's 'indispensable basis' remark and call"
        " to implement the 2015 accord, Moon's reply that South Koreans cannot emotionally"
        " accept it and should resolve it wisely, maximum pressure on North Korea, the"
        " previous day's trilateral with Trump (Kyodo via Japan Times; Jiji via"
        " manila-stv.ph; Yomiuri via motto.media); Abe's invitation to Moon, Moon's request"
        " that Abe attend Pyeongchang 2018, joint efforts for an early trilateral with China,"
        " Moon's hope to overcome historic scars (Korea Herald, 2017-07-07; Korea Times); the"
        " Thursday dinner at the U.S. Consulate General (AP photo caption via"
        " jp.usembassy.gov; Nikkei Asia) and the joint statement dated July 7 with maximum"
        " pressure and a new UNSC resolution (Korea Herald full text); the ICBM launch of"
        " July 4; the Abe-Xi talks due on Saturday (881903.com, 2017-07-07). Public record:"
        " Moon-Xi in Berlin on July 6, 2017 (Korea Herald, 2017-07-04, expected it on"
        " Thursday), the Moon-Abe phone call after Moon's inauguration in May.",
        "Summits (4): Hamburg Abe-Moon (sidelines; ordinal null: 'first meeting since Moon"
        " took office' is a count within a window, and the two had met at the trilateral"
        " dinner the day before, so the headline's '1st talks' is read as the first"
        " bilateral talks); the trilateral dinner of July 6 (kind trilateral); Moon-Xi in"
        " Berlin ('his first summit with': ordinal 1, bilateral, no gathering named); Abe-Xi"
        " planned for Saturday in Hamburg. Not summits: the phone call, the China-Japan-Korea"
        " summit the leaders agreed to work toward (no date, no named Chinese leader), the"
        " invitations (no arranged visit).",
        "Agreements (10): reciprocal visits; the 2015 accord (referenced joint statement,"
        " 'December 2015'); the two invitations (proposed); the trilateral-summit effort; NK"
        " cooperation split into bilateral and trilateral courses (parties JP/KR, as d7_14);"
        " the Hamburg trilateral joint statement (agreed) and its two courses (maximum"
        " pressure; early UNSC resolution), parties JP/KR/US. Not agreements: Abe's call for"
        " maximum pressure rather than dialogue (one side's view).",
        "Quotes: 'finally and irreversibly' is the accord's wording reported as what the two"
        " governments confirmed in 2015: null speaker (dev6 rule for quotations from a"
        " document); '\"comfort women\"' in the headline and lead is a term, not a quote.",
        "Statements: the headline ('agree') is annotated; 'Under the accord ... the two"
        " governments confirmed' is background about unnamed governments and is not"
        " annotated; 'Abe and Moon had talked by telephone' has no content.",
        "Timexes: 'a day after' = P1D (dev3 convention); 'February next year' = 2018-02; 'now"
        " was the time' is not annotated (present reference, no calendar value).",
    ],
)
