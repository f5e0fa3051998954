# ruff: noqa: E501
LEDE = "President Lee Myung-bak wrapped up the Seoul Nuclear Security Summit on Tuesday"
FINAL = "On the summit's final day, Lee sat down in turn with"
MONTI = "Monti and Gillard agreed that the launch would breach"
HU = "The most closely watched meeting came on Monday"
HUTOLD = "Hu told Lee that Beijing had been in close contact"
DEF = "A senior official said the two leaders also agreed on a quieter approach"
MED = "Lee met Russian President Dmitry Medvedev the same afternoon."
MEDC = "Medvedev called the planned launch a violation"
OBAMA = "U.S. President Barack Obama, who arrived on Sunday"
OBAMA2 = "Obama went on to meet Hu and Medvedev on Monday"
NODA = "Prime Minister Yoshihiko Noda flew in for Tuesday's plenary"
TANAKA = "His defense minister, Naoki Tanaka, has said"
KYOTO = "Lee and Noda last held formal talks in Kyoto in December"
REPLIED = "Noda replied then that Tokyo regarded the matter as settled"
BILLED = "Tokyo had billed the Kyoto visit as a sign"
FOOD = "Washington, for its part, has tied its food aid deal"
USOFF = "A U.S. official said Sunday that a launch"

GOLD = dict(
    published="2012-03-27",
    furniture=[
        "Lee works the room as nuclear summit closes: 15 leaders, one message on North Korea's rocket\n"
        "The Namsan Times | Published : 2012-03-27 20:10 | Updated : 2012-03-27 21:35\n"
        "By Kwon Do-hyun",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee", "him"],
        "Office of the President of South Korea": ["Cheong Wa Dae"],
        "Mario Monti": ["Italian Prime Minister Mario Monti", "Monti"],
        "Julia Gillard": ["Australian Prime Minister Julia Gillard", "Gillard"],
        "Helle Thorning-Schmidt": ["Danish Prime Minister Helle Thorning-Schmidt"],
        "Hu Jintao": ["Chinese President Hu Jintao", "Hu"],
        "Dmitry Medvedev": ["Russian President Dmitry Medvedev", "Medvedev"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama", "he"],
        "Recep Tayyip Erdogan": ["Turkish Prime Minister Recep Tayyip Erdogan"],
        "Yoshihiko Noda": ["Prime Minister Yoshihiko Noda", "Noda"],
        "Naoki Tanaka": ["His defense minister, Naoki Tanaka"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("It is the first time in years that we have heard", "direct", None, "said"),
        ("North Korea will gain nothing from threats", "direct", "Barack Obama", "said"),
        ("cool but correct.", "partial", None, "describe"),
        ("Seoul has shown it can host the world", "direct", "Lee Myung-bak", "told reporters"),
        ("Now the North has to decide", "direct", "Lee Myung-bak", None),
    ],
    statements=[
        (LEDE, ["Office of the President of South Korea"], "said"),
        (MONTI, ["Mario Monti", "Julia Gillard"], "agreed"),
        (HUTOLD, ["Hu Jintao"], "told"),
        (DEF, [None], "said"),
        (MEDC, ["Dmitry Medvedev"], "called"),
        (NODA, ["Yoshihiko Noda"], "saying"),
        (TANAKA, ["Naoki Tanaka"], "has said"),
        (REPLIED, ["Yoshihiko Noda"], "replied"),
        (BILLED, ["Government of Japan"], "billed"),
        (USOFF, [None], "said"),
    ],
    timexes=[
        ("2012-03-27 20:10", "2012-03-27T20:10", None),
        ("2012-03-27 21:35", "2012-03-27T21:35", None),
        ("Summit on [[Tuesday]]", "2012-03-27", None),
        ("four days", "P4D", None),
        ("next month", "2012-04", None),
        ("the summit's final day", "2012-03-27", None),
        ("came on [[Monday]]", "2012-03-26", None),
        ("the same afternoon", "2012-03-26TAF", None),
        ("arrived on [[Sunday]]", "2012-03-25", None),
        ("that evening", "2012-03-25TEV", None),
        ("Medvedev on [[Monday]]", "2012-03-26", None),
        ("Tuesday's", "2012-03-27", None),
        ("Tokyo on [[Monday]]", "2012-03-26", None),
        ("Kyoto in [[December]]", "2011-12", None),
        ("about an hour", "PT1H", "APPROX"),
        ("1965", "1965", None),
        ("Seoul in [[October]]", "2011-10", None),
        ("late last month", "2012-02", "END"),
        ("official said [[Sunday]]", "2012-03-25", None),
        ("2014", "2014", None),
    ],
    summits=[
        dict(date="2012-03-27", place="Seoul", country="KR", participants=["Lee Myung-bak", "Mario Monti"],
             kind="sidelines", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[FINAL, MONTI]),
        dict(date="2012-03-27", place="Seoul", country="KR", participants=["Lee Myung-bak", "Julia Gillard"],
             kind="sidelines", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[FINAL, MONTI]),
        dict(date="2012-03-27", place="Seoul", country="KR", participants=["Lee Myung-bak", "Helle Thorning-Schmidt"],
             kind="sidelines", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[FINAL]),
        dict(date="2012-03-26", place="Seoul", country="KR", participants=["Lee Myung-bak", "Hu Jintao"],
             kind="sidelines", ordinal=10, status="held", occasion="Nuclear Security Summit", evidence=[HU, HUTOLD, DEF]),
        dict(date="2012-03-26", place="Seoul", country="KR", participants=["Lee Myung-bak", "Dmitry Medvedev"],
             kind="sidelines", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[MED]),
        dict(date="2012-03-25", place="Seoul", country="KR", participants=["Lee Myung-bak", "Barack Obama"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[OBAMA]),
        dict(date="2012-03-26", place="Seoul", country="KR", participants=["Barack Obama", "Hu Jintao"],
             kind="sidelines", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[OBAMA2]),
        dict(date="2012-03-26", place="Seoul", country="KR", participants=["Barack Obama", "Dmitry Medvedev"],
             kind="sidelines", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[OBAMA2]),
        dict(date="2012-03", place="Seoul", country="KR", participants=["Barack Obama", "Recep Tayyip Erdogan"],
             kind="sidelines", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[OBAMA2]),
        dict(date="2011-12", place="Kyoto", country="JP", participants=["Lee Myung-bak", "Yoshihiko Noda"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KYOTO, REPLIED, BILLED]),
        dict(date="2011-10", place="Seoul", country="KR", participants=["Lee Myung-bak", "Yoshihiko Noda"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[BILLED]),
    ],
    agreements=[
        dict(title="quieter approach to North Korean defectors in China", kind="commitment", date="2012-03-26",
             parties=["CN", "KR"], status="agreed", evidence=[DEF]),
        dict(title="1965 agreements", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[REPLIED]),
        dict(title="revive shuttle diplomacy", kind="commitment", date="2011-10",
             parties=["JP", "KR"], status="referenced", evidence=[BILLED]),
        dict(title="U.S.-North Korea food aid deal", kind="commitment", date="2012-02",
             parties=["KP", "US"], status="referenced", evidence=[FOOD, USOFF]),
    ],
    notes=[
        "Invented Seoul daily (The Namsan Times) and reporter; headline, stamp line and byline are furniture (both stamps annotated). All quotes are invented, including Obama's (a paraphrase of his real remark at the press conference), Lee's closing remarks and the officials'; 'a U.S. official said Sunday' is invented.",
        "Real facts, checked on stored pages: koreaherald 20120327001049 (Lee's talks with about 15 leaders over four days; Monti, Gillard and Thorning-Schmidt on Tuesday; Obama and Ban at the weekend); donga.com 20120326/403460 (Lee-Hu on Monday at Lee's office, 10th summit, Hu's third visit; the defectors understanding; Lee-Medvedev in the afternoon); koreatimes 2012/03/113_107753 (Hu's and Medvedev's remarks on the launch); foreignpolicy.com 2012-03-21 and pbs.org (Obama arrives 25 March, DMZ, Erdogan, Lee talks, press conference, dinner; Obama's warning; Obama-Hu and Obama-Medvedev on Monday; the food aid deal announced last month); en.people.cn 7769886 (Noda's Monday remarks; defense minister Naoki Tanaka on interception); mofa.go.jp nuclear_security/2012/outline.html (Noda attended the 27 March plenary and working lunch); oreanda-news (next summit in the Netherlands in 2014); japan.kantei.go.jp/noda/diplomatic/201112/18rok_e.html (Kyoto, 18 December 2011, about one hour; shuttle diplomacy agreed at the October summit); japantimes nn20111219a1 and koreatimes 116_101053 (comfort women, statue, Noda's reference to the 1965 settlement). From general knowledge: that the October 2011 summit was Noda's visit to Seoul (also the event of unseen16's first article, per its README).",
        "Summits (11): Lee with Monti, Gillard and Thorning-Schmidt (Tuesday), Hu (Monday, ordinal 10: 'the 10th summit between the two'), Medvedev (Monday) and Obama (Sunday, before the summit opened: bilateral); Obama with Hu, Medvedev and Erdogan ('earlier', dated 2012-03); Kyoto (December 2011) and Seoul (October 2011). Not summits: 'some 15 leaders' (aggregate), Noda's attendance (no meeting reported), the 2014 summit in the Netherlands.",
        "Agreements (4): the Lee-Hu understanding on defectors; the 1965 agreements (treaty); the October 2011 shuttle-diplomacy commitment; the February 2012 U.S.-North Korea deal. 'Monti and Gillard agreed that the launch would breach' is a shared view, not an agreement. 'comfort women' is a term, not a quote.",
    ],
)
