# ruff: noqa: E501
GOLD = dict(
    published="2022-09-22",
    furniture=["Yoon, Kishida meet in New York", "Published 09:40 KST, September 22, 2022", "NEW YORK — "],
    timex_in_furniture_ok=True,
    entities={
        'Japanese government': ['the Japanese government', 'Tokyo'],
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "President Yoon Suk-yeol", "President Yoon", "Yoon"],
        "Fumio Kishida": ["Kishida", "Prime Minister Fumio Kishida", "Prime Minister Kishida"],
        "Seo Ha-eun": ["Seo Ha eun", "Seo"],
    },
    quotes=[
        ('discussion', 'partial', 'Japanese government', 'described'),
        ("I had a good exchange of views", "direct", "Fumio Kishida", "said"),
    ],
    statements=[
        ('The Japanese government described the encounter', ['Japanese government'], 'described'),
        ("The two leaders agreed to instruct", ["Yoon Suk Yeol", "Fumio Kishida", "Seo Ha-eun"], "agreed"),
    ],
    timexes=[
        ("09:40 KST, September 22, 2022", "2022-09-22T09:40", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("on [[Wednesday]] on", "2022-09-21", None),
        ("nearly three years", "P3Y", "APPROX"),
        ("in [[May]],", "2022-05", None),
    ],
    summits=[
        dict(date="2022-09-21", place="New York", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly",
             evidence=["met for about 30 minutes on Wednesday", "The two leaders agreed to instruct",
                       "Kishida said after the meeting", "The Japanese government described the encounter"]),
    ],
    agreements=[
        dict(title="instruct diplomats to speed up talks on pending issues", kind="commitment", date="2022-09-21",
             parties=["KR", "JP"], status="agreed", evidence=["The two leaders agreed to instruct"]),
    ],
    notes=[
        'Added: \'described the encounter as an informal "discussion"\' reproduces the Japanese government\'s own word for the meeting (a partial quote, cue \'described\'), unlike \'the so-called "forced labor" issue\', a scare-quoted term. The meeting is still annotated as a summit: two leaders met in person, whatever label each side gave it.',
        "Invented test article; quotes and the spokesperson Seo Ha-eun are fictional.",
        "Headline, timestamp line and dateline 'NEW YORK — ' are page furniture, but the timestamp '09:40 KST, September 22, 2022' is annotated as a timex (ANNOTATION.md's table annotates dateline timestamps): 2022-09-22T09:40, without the time zone as in the table.",
        "Spelling 'Yoon Suk-yeol' resolves to canonical 'Yoon Suk Yeol'. 'spokesperson of the presidential office' Seo Ha-eun is an office holder named by role: the 'according to' statement has the two leaders (who agreed) and Seo.",
        "'Kishida said after the meeting, \"...\"': attribution before the quote with a comma.",
        "\"forced labor\" with 'the so-called' is a scare-quoted term, not a quote.",
        "Timexes: 'Wednesday' = 2022-09-21 (New York date; published the next day in Korea); 'nearly three years' (first talks in nearly three years) = P3Y APPROX; 'in May' (Yoon's inauguration, past) = 2022-05.",
        "Summit ordinal null ('first face-to-face talks ... in nearly three years' counts nothing between these two leaders).",
    ],
)
