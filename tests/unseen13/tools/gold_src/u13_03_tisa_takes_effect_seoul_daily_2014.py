MND = "The Ministry of National Defense said the arrangement"
FOLLOW = "The ministry said the three sides would hold"
GSOMIA = "The arrangement is a slimmed-down substitute"
HAGUE = "The two leaders have sat at the same table only once"

GOLD = dict(
    published="2014-12-29",
    furniture=[
        "National > Defense\nSeoul, Tokyo to share N. Korea intelligence through Washington as"
        " three-way arrangement takes effect\nPosted : 2014-12-29 17:20 | Updated : 2014-12-29"
        " 21:05\nBy Kwon Ji-ho",
        "Related stories:\n- Seoul defends intelligence pact with Japan as 'technical'"
        " (2014-12-26)\n- Park, Abe exchange brief greeting at APEC dinner (2014-11-11)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Ministry of National Defense": ["The Ministry of National Defense", "The ministry"],
        "U.S. Department of Defense": ["The U.S. Department of Defense", "the Pentagon"],
        "Gong Min-seo": ["Rep. Gong Min-seo"],
        "Park Geun-hye": ["President Park Geun-hye", "Park"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Lee Myung-bak": ["The Lee Myung-bak government"],
    },
    quotes=[
        ("Nothing goes from Seoul to Tokyo without passing", "direct", None, "told reporters"),
        ("come in through the back door", "partial", "Gong Min-seo", "said"),
        ("history and security on separate tracks", "partial", None, "said"),
    ],
    statements=[
        (MND, ["Ministry of National Defense"], "said"),
        ("The U.S. Department of Defense announced on Sunday", ["U.S. Department of Defense"],
         "announced"),
        ("It is not legally binding and creates", [None], "said"),
        (FOLLOW, ["Ministry of National Defense"], "said"),
        ("Opposition lawmakers denounced Monday's move.", [None], "denounced"),
        ("Rep. Gong Min-seo of the New Politics Alliance", ["Gong Min-seo"], "said"),
        ("Defense officials say the need to share", [None], "say"),
        ("A Foreign Ministry spokesman said Monday", [None], "said"),
    ],
    timexes=[
        ("Posted : [[2014-12-29 17:20]]", "2014-12-29T17:20", None),
        ("Updated : [[2014-12-29 21:05]]", "2014-12-29T21:05", None),
        ("took effect [[Monday]], two", "2014-12-29", None),
        ("two and a half years", "P2Y6M", None),
        ("as of [[Monday]].", "2014-12-29", None),
        ("on [[Sunday]], Washington time", "2014-12-28", None),
        ("June 2012", "2012-06", None),
        ("less than an hour", "PT1H", "LESS_THAN"),
        ("denounced [[Monday's]] move", "2014-12-29", None),
        ("February last year", "2013-02", None),
        ("this month", "2014-12", None),
        ("The Hague in [[March]]", "2014-03", None),
        ("Beijing in [[November]]", "2014-11", None),
        ("spokesman said [[Monday]]", "2014-12-29", None),
        ("'technical' ([[2014-12-26]])", "2014-12-26", None),
        ("APEC dinner ([[2014-11-11]])", "2014-11-11", None),
    ],
    summits=[
        dict(date="2014-03", place="The Hague", country="NL",
             participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"], kind="trilateral",
             ordinal=None, status="held", occasion="Nuclear Security Summit",
             evidence=[HAGUE]),
    ],
    agreements=[
        dict(title="trilateral information sharing arrangement on North Korea's nuclear and"
                   " missile threats", kind="mou", date="2014-12", parties=["JP", "KR", "US"],
             status="signed",
             evidence=["A three-way arrangement under which", MND,
                       "Under the arrangement, either country may pass", GSOMIA]),
        dict(title="follow-up consultations on the level of information to be shared",
             kind="commitment", date="2014-12", parties=["JP", "KR", "US"], status="agreed",
             evidence=[FOLLOW]),
        dict(title="General Security of Military Information Agreement (aborted 2012 signing)",
             kind="treaty", date="2012-06", parties=["JP", "KR"], status="referenced",
             evidence=[GSOMIA, "The Lee Myung-bak government called off that signing"]),
    ],
    notes=[
        "Invented Seoul daily story (section label, headline, Posted/Updated line, byline and"
        " the related-stories block are furniture; the Posted and Updated stamps are"
        " annotated, and so are the dates of the two related-story links). The lawmaker Gong"
        " Min-seo, the reporter and every quote are invented. Real"
        " background, checked on stored pages: U.S. DoD news release No. 632-14 of 28 December"
        " 2014 via globalsecurity.org (arrangement finalized; DoD as hub; no new legal"
        " obligations); TASS 2014-12-29 (took effect Monday per Seoul's Defense Ministry;"
        " follow-up consultations on the level of information; third nuclear test in February"
        " 2013); Press TV via globalsecurity 2014-12-26; militaryconnection.com (consent of the"
        " providing participant, not legally binding; the failed 2012 bilateral attempt);"
        " Arirang (TISA signed in 2014). From general knowledge: GSOMIA signing called off an"
        " hour before on 29 June 2012 after a Cabinet approval without debate; Abe's general"
        " election win of 14 December 2014; the Obama-Park-Abe meeting in The Hague on 25"
        " March 2014 and the brief Park-Abe exchange at the APEC dinner in Beijing on 10"
        " November 2014 (both also in other corpora); the New Politics Alliance for Democracy"
        " as the main opposition party.",
        "Summits (1): the Hague trilateral (March 2014). Not summits: the 'few words at a"
        " dinner' in Beijing and the negated one-on-one Park-Abe summit.",
        "Agreements (3): TISA as an mou (an arrangement between defense authorities, not"
        " legally binding), dated '2014-12' because the text says only that it was signed and"
        " took effect Monday while Washington announced it on Sunday; the follow-up"
        " consultations as a commitment the three sides 'would hold' (debatable); the 2012"
        " GSOMIA, which was never signed, as a referenced treaty dated June 2012 (debatable: an"
        " aborted instrument).",
        "Quotes: the anonymous official and the spokesman have null speakers.",
    ],
)
