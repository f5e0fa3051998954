# ruff: noqa: E501
KIM = "Twenty years ago today, South Korean President Kim Dae-jung sat down"
DECL = "The Joint Declaration on a New Japan-Republic of Korea Partnership"
CITE = "Two decades on, both governments still cite the text"
HAMBURG = "Moon and Abe first met on the sidelines of the G20 in Hamburg"
VLAD = "They met again in Vladivostok that September"
PYC = "Abe flew to PyeongChang in February"
TOKYO = "In May, Moon made his first trip to Japan as president"
SHUTTLE = "There, they agreed to put"
NY = "Their most recent encounter came two weeks ago"
HIST = "Moon told Abe in New York that he would neither scrap"
FINAL = "Tokyo regards the deal as the final word"
CLAIMS = "Japan's position is that all claims were settled"
JULY = "In July, Abe told visiting Foreign Minister Kang Kyung-wha"

GOLD = dict(
    published="2018-10-08",
    furniture=[
        "THE PACIFIC LEDGER | DIPLOMACY | EAST ASIA",
        "Twenty Years After Kim and Obuchi, a Partnership Running on Meetings",
        "Moon Jae-in and Shinzo Abe have met six times in 15 months. The 1998 declaration they both invoke asked for something harder than meetings.",
        "By Hana Lindqvist\nOctober 08, 2018",
        "Hana Lindqvist is a Tokyo-based correspondent for The Pacific Ledger.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Dae-jung": ["South Korean President Kim Dae-jung", "Kim"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi", "Obuchi"],
        "Moon Jae-in": ["Moon"],
        "Shinzo Abe": ["Abe"],
        "Donald Trump": ["U.S. President Donald Trump"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un"],
        "Kang Kyung-wha": ["Foreign Minister Kang Kyung-wha"],
        "Park Ji-hoon": [],
        "Eriko Sato": [],
    },
    quotes=[
        ("deep remorse and heartfelt apology", "partial", None, None),
        ("The frequency is real", "direct", "Park Ji-hoon", "said"),
        ("shake the foundation", "partial", None, "have warned"),
        ("Kim and Obuchi did not just meet", "direct", "Eriko Sato", "said"),
        ("Twenty years later, nobody seems willing", "direct", "Eriko Sato", None),
    ],
    statements=[
        (HIST, ["Moon Jae-in"], "told"),
        (CLAIMS, [None], "have warned"),
        (JULY, ["Shinzo Abe"], "told"),
        ("Moon offered to help broker", ["Moon Jae-in"], "offered"),
    ],
    timexes=[
        ("six times in [[15 months]]", "P15M", None),
        ("October 08, 2018", "2018-10-08", None),
        ("Twenty years ago today", "1998-10-08", None),
        ("Two decades on", "2018", None),
        ("Hamburg [[in July 2017]]", "2017-07", None),
        ("that September", "2017-09", None),
        ("PyeongChang [[in February]]", "2018-02", None),
        ("[[In May]], Moon", "2018-05", None),
        ("two weeks ago", "2018-W39", None),
        ("[[2015]] agreement on the women", "2015", None),
        ("the [[1965]] treaty", "1965", None),
        ("[[In July]], Abe", "2018-07", None),
        ("Twenty years later", "2018", None),
    ],
    summits=[
        dict(date="1998-10-08", place="Tokyo", country="JP", participants=["Kim Dae-jung", "Keizo Obuchi"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KIM]),
        dict(date="2017-07", place="Hamburg", country="DE", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=1, status="held", occasion="G20", evidence=[HAMBURG]),
        dict(date="2017-09", place="Vladivostok", country="RU", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="the Eastern Economic Forum", evidence=[VLAD]),
        dict(date="2017-09", place="New York", country="US", participants=["Moon Jae-in", "Shinzo Abe", "Donald Trump"],
             kind="trilateral", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[VLAD]),
        dict(date="2018-02", place="PyeongChang", country="KR", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="the PyeongChang Winter Olympics", evidence=[PYC]),
        dict(date="2018-05", place="Tokyo", country="JP", participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2018-05", place="Tokyo", country="JP", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TOKYO, SHUTTLE]),
        dict(date="2018-09", place="New York", country="US", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[NY, HIST]),
    ],
    agreements=[
        dict(title="Joint Declaration on a New Japan-Republic of Korea Partnership towards the Twenty-first Century", kind="joint-declaration",
             date="1998-10-08", parties=["JP", "KR"], status="referenced", evidence=[KIM, DECL, CITE]),
        dict(title="resume reciprocal visits by the leaders (Hamburg)", kind="commitment", date="2017-07",
             parties=["JP", "KR"], status="referenced", evidence=[HAMBURG]),
        dict(title="put shuttle diplomacy fully back in motion (Tokyo)", kind="commitment", date="2018-05",
             parties=["JP", "KR"], status="referenced", evidence=[SHUTTLE]),
        dict(title="the 2015 agreement on the comfort women", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[HIST, FINAL]),
        dict(title="the 1965 treaty that normalized relations", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[CLAIMS]),
        dict(title="Abe's invitation to Moon to visit Japan around the anniversary, and offer to visit Seoul", kind="commitment",
             date="2018-07", parties=["JP", "KR"], status="proposed", evidence=[JULY]),
    ],
    notes=[
        "Invented magazine analysis (The Pacific Ledger, the author, the Hangang Forum, Mizunami University and both analysts are fictional; rubric, headline, standfirst, byline/date and the author note are furniture; the date line and the standfirst duration are annotated). Both analysts' quotes and the officials' 'shake the foundation' are invented; 'deep remorse and heartfelt apology' is the wording of the 1998 declaration as widely reported (speaker null, as unseen16 for an instrument's wording); \"shuttle diplomacy\" is a term, not a quote (ANNOTATION.md).",
        "Facts checked on stored pages: rki.kbs.co.kr Seq_Code 63135 and wowkorea.live 410426 (the declaration of 8 October 1998, signed by Kim and Obuchi; the lifting of the ban on Japanese popular culture); jejuforum.or.kr idx=216 and japantimes.co.jp 2019/08/18 (the declaration's title and content, remorse and apology); japantimes.co.jp 2017/07/07 and manila-stv.ph (first Moon-Abe meeting at Hamburg, agreed to resume reciprocal visits); khview.heraldm.com 20170919000215 (Moon-Trump-Abe lunch in New York scheduled for Thursday, September 2017); manila-stv.ph 2018-05-09 (Abe's February trip to PyeongChang; Moon's first visit to Japan; trilateral with Li; fully resume shuttle diplomacy); mofa.go.jp page3e_000856 (bilateral meeting and working lunch); webarchives.pa.go.kr briefing 329 and en.yna.co.kr AEN20180926000252315 (New York, 25 September 2018; Moon's support for a Japan-North Korea summit; neither nullify nor renegotiate the 2015 agreement; the foundation); mofa.go.kr seq=319953 (Kang's courtesy call on Abe on July 8, 2018; Abe hoped Moon would visit Japan on proper occasions including the 20th anniversary and offered to visit the ROK at an appropriate time). From the other corpora's titles and general knowledge: the Vladivostok meeting (September 2017), the pending Supreme Court forced-labor ruling (delivered on 30 October 2018), the 1965 treaty.",
        "Summits (8): Tokyo 1998 (Kim-Obuchi), Hamburg (ordinal 1, 'first met'), Vladivostok, New York lunch with Trump (trilateral, September 2017; 'days later'), PyeongChang (February), Tokyo trilateral and Tokyo bilateral (May; the bilateral and working lunch one record), New York 2018 ('two weeks ago'). Not summits: Kang's courtesy call on Abe, a hoped-for visit ('No such visit has been scheduled').",
        "Agreements (6): the 1998 Joint Declaration (referenced), the Hamburg and Tokyo commitments (referenced), the 2015 agreement and the 1965 treaty (referenced), Abe's July invitation and offer (one proposal; debatable whether invitation and offer are two courses). Not agreements: Moon's offer to broker a meeting with Kim (help, not a joint course), 'no plan for a new declaration'.",
        "Timexes: 'Twenty years ago today' = 1998-10-08; 'Two decades on' = 2018 (the point twenty years after 1998); 'Within months' and 'days later' are vague and not annotated (as unseen16); 'two weeks ago' = 2018-W39; 'Twenty years later' in Sato's quote = 2018.",
    ],
)
