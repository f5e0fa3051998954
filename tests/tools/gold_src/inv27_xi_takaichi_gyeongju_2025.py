# ruff: noqa: E501
GOLD = dict(
    published="2025-11-01",
    furniture=["GYEONGJU, South Korea — "],
    entities={
        "Xi Jinping": ["Xi", "Chinese President Xi Jinping", "President Xi"],
        "Sanae Takaichi": ["Takaichi", "Japanese Prime Minister Sanae Takaichi", "Prime Minister Takaichi", "Takaichi Sanae"],
        "Donald Trump": ["Trump", "U.S. President Donald Trump"],
        "Xinhua": ["China's state news agency", "Xinhua News Agency"],
    },
    quotes=[
        ("China and Japan should respect", "direct", "Xi Jinping", "told"),
        ("Frank dialogue is how we build trust", "direct", "Sanae Takaichi", "said"),
        ("especially when we disagree.", "direct", "Sanae Takaichi", "said"),
        ("Japan is a great ally", "direct", "Donald Trump", "told reporters"),
    ],
    statements=[
        ("held their first talks on Friday", ["Xi Jinping", "Sanae Takaichi"], "called"),
        ("Takaichi, 64, said she had raised", ["Sanae Takaichi"], "said"),
    ],
    timexes=[
        ('Oct. 21', '2025-10-21', None),
        ("Friday", "2025-10-31", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("Earlier in the week", "2025-W44", None),
    ],
    summits=[
        dict(date="2025-10-31", place="Gyeongju", country="KR", participants=["Xi Jinping", "Sanae Takaichi"],
             kind="sidelines", ordinal=1, status="held", occasion="the APEC summit",
             evidence=["held their first talks on Friday", "China and Japan should respect", "Takaichi, 64, said she had raised"]),
        dict(date="2025-10", place="Tokyo", country="JP", participants=["Sanae Takaichi", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=["Takaichi hosted U.S. President Donald Trump", "Trump told reporters in Tokyo"]),
    ],
    agreements=[
        dict(title="framework on securing supplies of critical minerals and rare earths", kind="mou", date="2025-10",
             parties=["JP", "US"], status="signed", evidence=["Takaichi hosted U.S. President Donald Trump"]),
    ],
    notes=[
        "Added background: 'Oct. 21' = 2025-10-21; 'first female prime minister' is not an ordinal of a meeting; 'have long been at odds' is not a statement (no reporting act).",
        "Invented test article; quotes are fictional. The dateline is page furniture and gives the place.",
        "Leaders after 2024 as speakers: Xi Jinping, Sanae Takaichi (PM from 2025-10-21), Donald Trump (president from 2025-01-20).",
        "'\"...,\" Xi told Takaichi, according to China's state news agency': speaker Xi, cue 'told'; the agency only relays.",
        "'\"Frank dialogue ...,\" she said, \"especially when we disagree.\"': quotes before and after the attribution in one sentence; two direct quotes, both cue 'said', 'she' = Takaichi. That sentence is separate from the preceding statement sentence.",
        "'a meeting ... that both sides called constructive': a statement by both leaders (cue 'called'). 'their first talks' = ordinal 1.",
        "Trump-Takaichi in Tokyo 'earlier in the week' (2025-W44; Monday 27 to Friday 31 October): summit date given to month precision 2025-10. The signed 'framework' (a non-binding document signed by the two leaders) is classed as mou, status signed, JP US.",
        "Not timexes: '64' (age).",
    ],
)
