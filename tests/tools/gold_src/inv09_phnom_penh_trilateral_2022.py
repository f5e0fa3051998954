# ruff: noqa: E501
GOLD = dict(
    published="2022-11-14",
    furniture=["PHNOM PENH, Cambodia — "],
    entities={
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "President Yoon Suk Yeol", "President Yoon", "Yoon"],
        "Fumio Kishida": ["Kishida", "Prime Minister Fumio Kishida", "Prime Minister Kishida"],
        "Joe Biden": ["Biden", "U.S. President Joe Biden", "President Joe Biden"],
        "Xi Jinping": ["Xi", "Chinese President Xi Jinping", "President Xi"],
        "South Korean presidential office": ["Yoon's office", "the presidential office"],
    },
    quotes=[
        ("The two leaders agreed to keep working", "direct", "South Korean presidential office", "said in a statement"),
        ("Our three countries are more aligned", "direct", "Joe Biden", "said"),
    ],
    statements=[
        ("where they issued a joint statement pledging", ["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"], "pledging"),
    ],
    timexes=[
        ("on [[Sunday]] on", "2022-11-13", None),
        ("in [[September]].", "2022-09", None),
        ("Earlier in the day", "2022-11-13", None),
        ("on [[Monday]], on", "2022-11-14", None),
    ],
    summits=[
        dict(date="2022-11-13", place="Phnom Penh", country="KH", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=2, status="held", occasion="the ASEAN summit",
             evidence=["held talks on Sunday on the sidelines", "The two leaders agreed to keep working"]),
        dict(date="2022-09", place="New York", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=1, status="held", occasion=None,
             evidence=["held talks on Sunday on the sidelines"]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH", participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="the ASEAN summit",
             evidence=["the two joined U.S. President Joe Biden for a trilateral summit", "Our three countries are more aligned"]),
        dict(date="2022-11-14", place="Bali", country="ID", participants=["Joe Biden", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="planned", occasion="the Group of 20 summit",
             evidence=["Biden will meet Chinese President Xi Jinping"]),
    ],
    agreements=[
        dict(title="keep working toward a swift resolution of the pending issues", kind="commitment", date="2022-11-13",
             parties=["KR", "JP"], status="agreed", evidence=["The two leaders agreed to keep working"]),
        dict(title="trilateral joint statement on sharing North Korean missile warning data in real time", kind="joint-statement",
             date="2022-11-13", parties=["KR", "JP", "US"], status="agreed",
             evidence=["where they issued a joint statement pledging"]),
    ],
    notes=[
        "Invented test article; quotes are fictional. The dateline is page furniture and places the meetings in Phnom Penh (KH).",
        "'Yoon's office said in a statement' = the South Korean presidential office as an organisation speaker; the quote reports a joint commitment (agreement record), and the sentence is not a statement (it holds a full direct quote).",
        "'Biden said: \"...\"' attribution with a colon.",
        "Ordinals: 'their second meeting after brief talks in New York in September' gives ordinal 2 to Phnom Penh and implies ordinal 1 for New York (2022-09); the New York record's kind is left bilateral because this article names no larger gathering for it.",
        "The trilateral 'earlier in the day' was held at the same ASEAN gathering (occasion 'the ASEAN summit', kind trilateral as ANNOTATION.md keeps three-leader meetings as their own records).",
        "Tense: 'Biden will meet ... in Bali on Monday' is future on the publication day (Monday 2022-11-14): status planned, date 2022-11-14, sidelines of 'the Group of 20 summit' ('on the eve of' it).",
    ],
)
