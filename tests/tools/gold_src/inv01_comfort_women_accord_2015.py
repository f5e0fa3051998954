# ruff: noqa: E501
GOLD = dict(
    published="2015-12-28",
    furniture=["SEOUL (Reuters) - ", "(Reporting by Kang Min-ji; Editing by Paul Harding)"],
    entities={
        "Fumio Kishida": ["Kishida", "Foreign Minister Kishida", "Foreign Minister Fumio Kishida"],
        "Shinzo Abe": ["Abe", "Prime Minister Shinzo Abe", "Prime Minister Abe"],
        "Yun Byung-se": ["Yun Byung se", "Foreign Minister Yun Byung-se", "South Korean Foreign Minister Yun Byung-se", "Yun"],
        "Park Geun-hye": ["Park Geun hye", "President Park Geun-hye", "President Park", "Park"],
        "South Korean presidential office": ["the presidential office", "presidential office", "Park's office", "Cheong Wa Dae", "the Blue House"],
        "Japanese government": ["Tokyo", "the Japanese government"],
    },
    quotes=[
        ("Today we took a step", "direct", "Fumio Kishida", "told reporters after the meeting"),
        ("finally and irreversibly", "partial", "Yun Byung-se", "said"),
        ("We hope the agreement becomes", "direct", "South Korean presidential office", "said in a statement"),
    ],
    statements=[
        ("South Korean Foreign Minister Yun Byung-se said the matter", ["Yun Byung-se"], "said"),
        ("Tokyo has long argued", ["Japanese government"], "has long argued"),
    ],
    timexes=[
        ("accord on [[Monday]] meant", "2015-12-28", None),
        ("Earlier in the day", "2015-12-28", None),
        ("1965", "1965", None),
        ("last month", "2015-11", None),
    ],
    summits=[
        dict(date="2015-11", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="bilateral", ordinal=1, status="held", occasion=None,
             evidence=["held her first one-on-one summit"]),
    ],
    agreements=[
        dict(title="accord to settle the dispute over the comfort women (announced, not signed)", kind="joint-statement",
             date="2015-12-28", parties=["KR", "JP"], status="agreed",
             evidence=["announced an accord on Monday", "The deal was read out", "Under it, Tokyo will put",
                       "Today we took a step", "resolved \"finally and irreversibly\"", "We hope the agreement becomes"]),
        dict(title="the 1965 treaty that normalised relations", kind="treaty", date="1965", parties=["KR", "JP"],
             status="referenced", evidence=["settled by the 1965 treaty"]),
    ],
    notes=[
        "Invented test article (Reuters-style); quotes are fictional.",
        "Dateline 'SEOUL (Reuters) - ' and the credit line '(Reporting by ...; Editing by ...)' are page furniture: no sentence includes them; Kang Min-ji and Paul Harding are not speakers.",
        "'Foreign Minister Kishida' in 2015 is Fumio Kishida (then foreign minister, not yet prime minister).",
        "\"finally and irreversibly\" is a partial quote by Yun (cue 'said'); its sentence is also a statement because it holds no full direct quote.",
        "\"comfort women\" is a scare-quoted term (a euphemism named as such), not a quote.",
        "The accord was read out, not signed: kind joint-statement (the contract's kind for the 2015 comfort women agreement), status agreed, date 2015-12-28.",
        "The Abe-Park telephone call is not a summit (not in person). 'first one-on-one summit ... in Seoul last month' is the November 2015 Seoul summit, ordinal 1.",
        "'Abe later spoke by telephone' is not a statement (no reported content). 'adding that ...' is part of the quote's sentence, which already holds a full direct quote, so no separate statement.",
        "Not timexes: 'for decades' (vague), 'World War Two' (event), 'close to 90' (an age), 'later' (no calendar value).",
        "Changed: the 2015 comfort women accord kind commitment -> joint-statement (ANNOTATION.md, Agreements: 'kind is what the instrument is', and joint-statement names 'the 2015 agreement on the comfort women issue, announced jointly by the two foreign ministers'; that it was read out rather than signed does not make it a commitment). Status, date and parties unchanged.",
    ],
)
