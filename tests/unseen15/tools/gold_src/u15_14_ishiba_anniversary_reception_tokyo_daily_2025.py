# ruff: noqa: E501
SCREEN = "It is unusual for a Japanese prime minister to attend"
REFER = "Ishiba also referred to his first face-to-face meeting"
AGREED = "At that meeting, the two leaders agreed"
BEFORE = "Before the Kananaskis talks, the two leaders had spoken"
SOURCEQ = "The prime minister wanted the Korean side to see"
Y2015 = "The two leaders had not yet held a summit at the time"
TREATY = "The treaty, signed on June 22, 1965"

GOLD = dict(
    published="2025-06-19",
    furniture=[
        "DIPLOMACY\n"
        "Ishiba makes rare appearance at South Korean embassy's 60th anniversary reception\n"
        "2025/06/19 21:10\n"
        "The Akasaka Times",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba", "The prime minister", "the prime minister"],
        "Lee Jae-myung": ["South Korean President Lee Jae-myung", "Lee", "he"],
        "Park Cheol-hee": ["South Korean Ambassador Park Cheol-hee"],
        "Akihisa Nagashima": ["Akihisa Nagashima"],
        "Shinzo Abe": ["then-Prime Minister Shinzo Abe"],
        "Park Geun-hye": ["then-President Park Geun-hye"],
        "Government of Japan": ["both governments"],
        "Government of the Republic of Korea": ["both governments"],
    },
    quotes=[
        ("For sixty years our two countries have built exchanges", "direct", "Shigeru Ishiba", "said"),
        ("Our task now is to hand that work", "direct", "Shigeru Ishiba", None),
        ("at a busy moment for both our governments.", "partial", "Park Cheol-hee", "thanked"),
        ("look to the next sixty years with open eyes.", "partial", "Lee Jae-myung", "called for"),
        (SOURCEQ, "direct", None, "said"),
    ],
    statements=[
        ("The reception opened with remarks by South Korean Ambassador", ["Park Cheol-hee"], "thanked"),
        (REFER, ["Shigeru Ishiba"], "referred to"),
        (AGREED, ["Shigeru Ishiba", "Lee Jae-myung"], "agreed"),
        ("Lee, who was leaving for Canada that day", ["Lee Jae-myung"], "called for"),
        ("A Japanese government source said Ishiba's appearance", [None], "said"),
        ("No date has been set for Lee's first visit to Japan", ["Government of Japan", "Government of the Republic of Korea"], "have said"),
    ],
    timexes=[
        ("2025/06/19 21:10", "2025-06-19T21:10", None),
        ("on Thursday", "2025-06-19", None),
        ("a day after", "2025-06-19", None),
        ("about five minutes", "PT5M", "APPROX"),
        ("in 1965", "1965", None),
        ("For sixty years", "P60Y", None),
        ("Tuesday", "2025-06-17", None),
        ("June 4", "2025-06-04", None),
        ("the day before", "2025-06-03", None),
        ("June 9", "2025-06-09", None),
        ("On Monday", "2025-06-16", None),
        ("that day", "2025-06-16", None),
        ("the next sixty years", "P60Y", None),
        ("A decade ago", "2015", None),
        ("June 22, 2015", "2015-06-22", None),
        ("more than four months", "P4M", "MORE_THAN"),
        ("June 22, 1965", "1965-06-22", None),
        ("on Sunday", "2025-06-22", None),
        ("Wednesday night", "2025-06-18TNI", None),
    ],
    summits=[
        dict(date="2025-06-17", place="Kananaskis", country="CA",
             participants=["Shigeru Ishiba", "Lee Jae-myung"], kind="sidelines", ordinal=1,
             status="held", occasion="G7", evidence=[REFER, AGREED, BEFORE, SOURCEQ]),
        dict(date="2015", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Park Geun-hye"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[Y2015]),
    ],
    agreements=[
        dict(title="Treaty on Basic Relations between Japan and the Republic of Korea", kind="treaty",
             date="1965-06-22", parties=["JP", "KR"], status="referenced", evidence=[SCREEN, TREATY]),
        dict(title="1965 agreement on property and claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[TREATY]),
        dict(title="1965 fisheries agreement", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced", evidence=[TREATY]),
        dict(title="maintain close communication between the two governments for stable relations",
             kind="commitment", date="2025-06-17", parties=["JP", "KR"], status="referenced",
             evidence=[AGREED]),
    ],
    notes=[
        "Invented Tokyo daily, English edition ('The Akasaka Times'; section label, headline, stamp and outlet line are furniture; the stamp is annotated). Every quote is invented, including the words given to Ishiba, Park Cheol-hee, Lee's video message and the government source. Invented details: the length of Ishiba's speech, the decision 'on Wednesday night'.",
        "Real background, checked on stored pages: mofa.go.jp (Ishiba attended the 60th-anniversary reception hosted by the ROK Embassy on 19 June 2025; Ambassador Park Cheol-hee's opening remarks; reference to the summit with Lee in Canada the day before; the 1965 Treaty on Basic Relations); koreajoongangdaily 2025-06-19 and 2025-06-11 (Hotel New Otani, more than 1,000 guests, folding screen used at the 1965 treaty signing; Lee's video message to the 16 June Seoul reception; in 2015 Park and Abe each attended the other side's events); prod.biz.chosun 2025-06-19 (common challenges such as falling birth rates and regional revitalisation); koreaherald 2025-06-15 (Seoul reception on Monday, Nagashima attending, Lee bound for the G7); world.kbs.co.kr (Ishiba returned on Wednesday); ajw.asahi 2025-06-17 (Lee-Ishiba summit on Tuesday in Canada; Lee elected on 3 June). From general knowledge: Lee took office on 4 June 2025; the Lee-Ishiba telephone call of 9 June; the 2015 receptions on 22 June 2015 and the first Park-Abe bilateral of 2 November 2015 in Seoul; the treaty's accompanying agreements on claims and fisheries; 22 June 1965 as the signing date.",
        "Summits (2): Kananaskis (ordinal 1, 'first face-to-face meeting'; local date Tuesday 17 June) and the first Park-Abe bilateral in Seoul ('more than four months later' than 22 June 2015, dated 2015 since the text gives no month; ordinal 1). Not summits: the two receptions of 2025 and of 2015, the telephone call, Lee's future visit with 'No date'.",
        "Agreements (4): the Treaty on Basic Relations and its two accompanying agreements (three referenced treaties, one sentence names all three), and the Kananaskis commitment to close communication (referenced; recorded as a course of action, though close to a general aim, debatable). Not agreements: the wish to resume regular visits.",
        "Timexes: 'a day after returning' = 19 June (the date it points to); 'the day before' = 3 June; 'A decade ago' = 2015; 'For sixty years' and 'the next sixty years' = P60Y inside quotes; '60th' and '50th anniversary' are ordinals.",
    ],
)
