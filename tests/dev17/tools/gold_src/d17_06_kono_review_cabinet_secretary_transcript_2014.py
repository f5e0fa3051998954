# ruff: noqa: E501
HAGUE = "they have sat at the same table only once"
NOSUMMIT = "Prime Minister Abe and President Park Geun-hye have still not held a bilateral summit"
OBAMA = "When President Obama visited Tokyo and then Seoul in April"
SECRET = "and that the two sides agreed at the time not to make those exchanges public"
CLAIMS = "Our position is that the issue of property and claims"

GOLD = dict(
    published="2014-06-20",
    furniture=[
        "Prime Minister of Japan and His Cabinet\nPress Conferences",
        "Press Conference by the Chief Cabinet Secretary (Excerpt)\nFriday, June 20, 2014 (PM)",
        "[Provisional translation]",
        "Review of the drafting of the Kono Statement\n",
        "Live-fire drill near Takeshima\n",
        "[[REPORTER (Hayama, Tokai Shimbun): ]]This afternoon",
        "[[REPORTER (Hayama, Tokai Shimbun): ]]The report says",
        "[[REPORTER (Oda, Kansai Broadcasting): ]]Seoul",
        "[[REPORTER (Oda, Kansai Broadcasting): ]]When",
        "[[REPORTER (Nakai, Daily Kanto): ]]The director-general",
        "[[REPORTER (Nakai, Daily Kanto): ]]Leaders",
        "REPORTER (Fujii, Setouchi Times): ",
        "[[CHIEF CABINET SECRETARY SUGA: ]]The study",
        "[[CHIEF CABINET SECRETARY SUGA: ]]The report",
        "[[CHIEF CABINET SECRETARY SUGA: ]]The ROK",
        "[[CHIEF CABINET SECRETARY SUGA: ]]We explain",
        "[[CHIEF CABINET SECRETARY SUGA: ]]We intend",
        "[[CHIEF CABINET SECRETARY SUGA: ]]Nothing",
        "[[CHIEF CABINET SECRETARY SUGA: ]]In light",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoshihide Suga": ["CHIEF CABINET SECRETARY SUGA"],
        "Shinzo Abe": ["Prime Minister Abe", "the Prime Minister"],
        "Park Geun-hye": ["President Park Geun-hye"],
        "Barack Obama": ["President Obama", "he"],
        "Government of South Korea": ["Seoul"],
        "Kono Statement study team": ["the study team", "The report"],
    },
    quotes=[],
    statements=[
        ("The report says the Japanese and ROK governments", ["Kono Statement study team"], "says"),
        ("Seoul has already warned that the review", ["Government of South Korea"], "warned"),
        (OBAMA, ["Barack Obama"], "urged"),
    ],
    timexes=[
        ("Friday, June 20, 2014 (PM)", "2014-06-20TAF", None),
        ("Tokai Shimbun): [[This afternoon]]", "2014-06-20TAF", None),
        ("set up [[in February]]", "2014-02", None),
        ("drafted [[in 1993]]", "1993", None),
        ("these four months", "P4M", None),
        ("The Hague [[in March]]", "2014-03", None),
        ("then Seoul [[in April]]", "2014-04", None),
        ("today's report", "2014-06-20", None),
        ("ministries began [[in April]]", "2014-04", None),
        ("the [[1965]] Agreement", "1965", None),
        ("APEC [[in November]]", "2014-11", None),
        ("schedule [[in November]]", "2014-11", None),
    ],
    summits=[
        dict(date="2014-03", place="The Hague", country="NL", participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[HAGUE]),
        dict(date="2014-04", place="Tokyo", country="JP", participants=["Barack Obama", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[OBAMA]),
        dict(date="2014-04", place="Seoul", country="KR", participants=["Barack Obama", "Park Geun-hye"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[OBAMA]),
    ],
    agreements=[
        dict(title="understanding not to make public the exchanges on the wording of the Kono Statement", kind="commitment",
             date="1993", parties=["JP", "KR"], status="referenced", evidence=[SECRET]),
        dict(title="Agreement on the Settlement of Problems concerning Property and Claims and on Economic Co-operation", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced", evidence=[CLAIMS]),
    ],
    notes=[
        "Invented press-conference transcript in the style of the Japanese prime minister's office (Suga was Chief Cabinet Secretary; all questions and answers are invented wording; reporters and outlets, Tokai Shimbun, Kansai Broadcasting, Daily Kanto, Setouchi Times, are fictional). Header, title and date line, translation note, topic headings and the speaker labels are furniture; the date line is annotated. No quotation marks. The Chief Cabinet Secretary's own answers are not annotated as statements (as unseen15-16); reporters' reports of others' words are ('Seoul has already warned', Obama 'urged').",
        "Facts checked on stored pages: web.archive.org copy of asia.nikkei.com (Kyodo, June 20, 2014: report on the Kono statement review released Friday; coordination with Seoul on the wording; five-member panel; the Chief Cabinet Secretary's remark leaving history to experts); arirang.co.kr nseq=164272 (report submitted to the lower house Budget Committee on Friday afternoon; team formed in February; Seoul and Tokyo agreed to keep their dealings secret); worldjpn.net 20140625 (Korea's position: the review contradictory while upholding the statement); japantimes.co.jp 2014/06/23 ('contradictory', 'pointless and unnecessary'; Kono statement of August 1993); hiroshimapeacemedia.jp 32485 (Abe will not revise the statement); mofa.go.jp/press/kaiken/kaiken2e_000002.html (Kishida on June 20, 2014: the live-fire drill near Takeshima unacceptable and extremely regrettable). From the other corpora's titles and general knowledge: the Obama-Park-Abe meeting in The Hague (March 2014), Obama's April 2014 visits to Tokyo and Seoul, the director-general consultations begun in April 2014, APEC Beijing in November 2014, Park and Abe without a bilateral summit until November 2015.",
        "Summits (3): The Hague trilateral ('the three-way meeting President Obama hosted ... in March'), Obama-Abe in Tokyo and Obama-Park in Seoul ('visited Tokyo and then Seoul in April'). Not summits: the Park-Abe bilateral summit that has 'still not' been held (negated), a summit at APEC in November (hypothetical question), the director-general consultations.",
        "Agreements (2): the 1993 understanding to keep the exchanges confidential (commitment, referenced; debatable), the 1965 claims agreement (treaty, referenced). Not agreements: the Kono Statement (a unilateral statement by Japan), Japan's request that the drill be called off.",
        "Timexes: the date line '(PM)' = 2014-06-20TAF; 'these four months' = P4M; 'today's report' = the publication day; 'the 1965 Agreement' holds the year 1965; 'in November' in questions about the future = 2014-11.",
    ],
)
