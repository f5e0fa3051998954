# ruff: noqa: E501
NODA = "Yoshihiko Noda, who became Japan's prime minister on Sept. 2"
SCHED = "Sept. 21, 2011 -- Noda and Lee, New York (scheduled)."
E01 = "Oct. 15, 2001 -- Junichiro Koizumi makes a day trip"
E01B = "His first visit as prime minister to the Yasukuni shrine"
E03 = "Feb. 25, 2003 -- Koizumi attends the inauguration"
E06 = "Oct. 9, 2006 -- Shinzo Abe, in office"
E06B = "He and Roh condemn the test, and Abe invites Roh to Japan."
E07 = "Nov. 20, 2007 -- Yasuo Fukuda and Roh meet"
E08 = "Feb. 25, 2008 -- Fukuda attends Lee Myung-bak's inauguration"
E08B = "He and Lee agree to restart shuttle diplomacy"
E08C = "Oct. 24, 2008 -- Taro Aso, a month into the job"
E08D = "They agree that Japan will host the first stand-alone summit"
E09 = "Sept. 23, 2009 -- Yukio Hatoyama"
E10 = "June 26, 2010 -- Naoto Kan meets Lee in Toronto"
WATCH = "Officials in Seoul expect the talks to touch on"

GOLD = dict(
    published="2011-09-21",
    furniture=[
        "EXPLAINER | The Cheonggye Journal | Published 2011-09-21 06:00 KST\n"
        "Seven prime ministers, seven first handshakes: how Japan's leaders have opened their"
        " dealings with Seoul",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoshihiko Noda": ["Yoshihiko Noda", "Noda", "he"],
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee Myung-bak", "Lee"],
        "Junichiro Koizumi": ["Junichiro Koizumi", "Koizumi", "He"],
        "Kim Dae-jung": ["Kim Dae-jung"],
        "Roh Moo-hyun": ["Roh Moo-hyun", "Roh", "the new president"],
        "Shinzo Abe": ["Shinzo Abe", "Abe", "He"],
        "Yasuo Fukuda": ["Yasuo Fukuda", "Fukuda", "He"],
        "Taro Aso": ["Taro Aso", "They"],
        "Yukio Hatoyama": ["Yukio Hatoyama"],
        "Naoto Kan": ["Naoto Kan"],
        "Wen Jiabao": ["China's Wen Jiabao"],
        "Moon So-ra": ["Moon So-ra"],
    },
    quotes=[
        ("First meetings in New York are handshakes", "direct", "Moon So-ra", "said"),
        ("The real test for Noda is whether he comes to Seoul", "direct", "Moon So-ra", None),
    ],
    statements=[
        ("He tours the former Seodaemun prison", ["Junichiro Koizumi"], "expresses"),
        (E06B, ["Shinzo Abe", "Roh Moo-hyun"], "condemn"),
        ("Fukuda says Japan will return the remains", ["Yasuo Fukuda"], "says"),
        (E08B, ["Yasuo Fukuda", "Lee Myung-bak"], "agree"),
        (E08D, ["Taro Aso", "Lee Myung-bak"], "agree"),
        ("Historical issues are left off the agenda", ["Yukio Hatoyama", "Lee Myung-bak"],
         "promise"),
        (E10, ["Naoto Kan"], "repeats"),
        ("Noda, a former finance minister, has said", ["Yoshihiko Noda"], "has said"),
        (WATCH, [None], "expect"),
    ],
    timexes=[
        ("2011-09-21 06:00", "2011-09-21T06:00", None),
        ("minister on [[Sept. 2]],", "2011-09-02", None),
        ("New York on [[Wednesday]]", "2011-09-21", None),
        ("ten years", "P10Y", None),
        ("since [[2006]]", "2006", None),
        ("Oct. 15, 2001", "2001-10-15", None),
        ("in [[August]], hangs", "2001-08", None),
        ("Feb. 25, 2003", "2003-02-25", None),
        ("the same day", "2003-02-25", None),
        ("Oct. 9, 2006", "2006-10-09", None),
        ("less than two weeks", "P2W", "LESS_THAN"),
        ("Nov. 20, 2007", "2007-11-20", None),
        ("about 50 minutes", "PT50M", "APPROX"),
        ("Feb. 25, 2008", "2008-02-25", None),
        ("Oct. 24, 2008", "2008-10-24", None),
        ("a month into the job", "P1M", None),
        ("that December", "2008-12", None),
        ("Sept. 23, 2009", "2009-09-23", None),
        ("a week earlier", "2009-09-16", None),
        ("June 26, 2010", "2010-06-26", None),
        ("less than three weeks", "P3W", "LESS_THAN"),
        ("Sept. 21, 2011", "2011-09-21", None),
        ("last year's", "2010", None),
        ("within the year", "2011", None),
    ],
    summits=[
        dict(date="2011-09-21", place="New York", country="US",
             participants=["Yoshihiko Noda", "Lee Myung-bak"], kind="sidelines", ordinal=1,
             status="planned", occasion="the United Nations General Assembly",
             evidence=[NODA, SCHED]),
        dict(date="2001-10-15", place="Seoul", country="KR",
             participants=["Junichiro Koizumi", "Kim Dae-jung"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[E01, E01B]),
        dict(date="2003-02-25", place=None, country="KR",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[E03]),
        dict(date="2006-10-09", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Roh Moo-hyun"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[E06, E06B]),
        dict(date="2007-11-20", place="Singapore", country="SG",
             participants=["Yasuo Fukuda", "Roh Moo-hyun"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN Plus Three", evidence=[E07]),
        dict(date="2008-02-25", place="Seoul", country="KR",
             participants=["Yasuo Fukuda", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[E08, E08B]),
        dict(date="2008-10-24", place="Beijing", country="CN",
             participants=["Taro Aso", "Lee Myung-bak"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEM", evidence=[E08C, E08D]),
        dict(date="2008-12", place="Fukuoka", country="JP",
             participants=["Taro Aso", "Lee Myung-bak", "Wen Jiabao"], kind="trilateral",
             ordinal=1, status="held", occasion=None, evidence=[E08D]),
        dict(date="2009-09-23", place="New York", country="US",
             participants=["Yukio Hatoyama", "Lee Myung-bak"], kind="sidelines", ordinal=None,
             status="held", occasion="the UN General Assembly", evidence=[E09]),
        dict(date="2010-06-26", place="Toronto", country="CA",
             participants=["Naoto Kan", "Lee Myung-bak"], kind="sidelines", ordinal=None,
             status="held", occasion="G20", evidence=[E10]),
    ],
    agreements=[
        dict(title="Abe's invitation to Roh to visit Japan", kind="commitment",
             date="2006-10-09", parties=["JP", "KR"], status="proposed", evidence=[E06B]),
        dict(title="restart shuttle diplomacy", kind="commitment", date="2008-02-25",
             parties=["JP", "KR"], status="referenced", evidence=[E08B]),
        dict(title="Japan to host the first stand-alone trilateral summit", kind="commitment",
             date="2008-10-24", parties=["JP", "KR"], status="referenced", evidence=[E08D]),
        dict(title="agreement on the handover of royal documents", kind="treaty", date="2010",
             parties=["JP", "KR"], status="referenced", evidence=[WATCH]),
    ],
    notes=[
        "Invented explainer with a dated timeline (outlet 'The Cheonggye Journal', researcher"
        " Moon So-ra and her quotes invented; the header and headline are furniture, the stamp"
        " annotated; entries are in the historical present). Real background, checked on stored"
        " pages: kantei 2011-09-22 and simintv (Noda-Lee first summit in New York, 21 September"
        " 2011, local time; agenda incl. royal archives and FTA); oananews/Kyodo 2011-09-20 (Noda"
        " took office on 2 September); kantei 2006-10-09 and wikileaks 06TOKYO5942 (Abe in Seoul"
        " from Beijing on 9 October 2006, the nuclear test, the invitation to Roh); Japanese"
        " embassy page of 20 November 2007 (Fukuda-Roh, about 50 minutes, remains at Yutenji);"
        " oananews/Yonhap 2008-10-24 (Aso-Lee in Beijing, Fukuoka trilateral); Cheong Wa Dae"
        " 2009-09-24 (Hatoyama-Lee in New York, 23 September 2009); Korea Herald 2010-06-27 (Kan-Lee"
        " in Toronto, 26 June 2010); manifests of unseen10 and dev7 (Koizumi in Seoul 15 October"
        " 2001; Koizumi at Roh's inauguration 25 February 2003; Fukuda and Lee agree to restart"
        " shuttle visits 25 February 2008). From general knowledge: Koizumi's Yasukuni visit of"
        " August 2001 and Seodaemun visit; Abe's and Hatoyama's dates of office; Noda's"
        " statement on Yasukuni; the 2010 agreement on royal documents.",
        "Summits (10): the scheduled Noda-Lee meeting (planned, ordinal 1 'his first summit') and"
        " nine held first meetings; ordinals only where stated ('his first talks with Kim"
        " Dae-jung' = 1); the Koizumi-Roh meeting at the inauguration has no place named (null);"
        " Fukuoka December 2008 (ordinal 1, 'the first stand-alone summit'). Not summits: a"
        " hoped-for Noda visit to Seoul 'within the year' (a hypothetical).",
        "Agreements (4): Abe's invitation (proposed, as unseen13 treats invitations); the 2008"
        " restart of shuttle diplomacy and the Aso-Lee agreement on the Fukuoka summit"
        " (referenced); last year's agreement on royal documents (treaty, referenced). Not"
        " agreements: 'promise to build forward-looking ties' (a general aim), Fukuda's return of"
        " remains (unilateral).",
        "Timexes: 'a week earlier' takes the date it points to (16 September 2009, following"
        " unseen12); 'less than two weeks' / 'less than three weeks' are durations with LESS_THAN;"
        " 'a month into the job' = P1M; 'within the year' = 2011 without mod (unseen13); 'hours"
        " after' is vague and not annotated.",
    ],
)
