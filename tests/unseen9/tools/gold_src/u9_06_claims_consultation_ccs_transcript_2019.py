GOLD = dict(
    published="2019-01-09",
    furniture=[
        "Prime Minister's Office of Japan",
        "Press Conference by the Chief Cabinet Secretary (Morning) (Excerpt, provisional"
        " translation)",
        "Wednesday, January 9, 2019, 11:00, Prime Minister's Office", "(End)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoshihide Suga": ["CHIEF CABINET SECRETARY SUGA", "Chief Cabinet Secretary Suga"],
        "Shinzo Abe": ["the Prime Minister", "The Prime Minister"],
        "Moon Jae-in": ["President Moon Jae-in", "President Moon"],
        "plaintiffs' attorneys": ["the plaintiffs' attorneys"],
        "ROK Ministry of National Defense": ["the ROK Ministry of National Defense"],
        "Japanese Ministry of Defense": ["the Ministry of Defense", "the Ministry"],
    },
    quotes=[],
    statements=[
        ("the plaintiffs' attorneys said yesterday", ["plaintiffs' attorneys"], "said"),
        ("As the Prime Minister said on Sunday", ["Shinzo Abe"], "said"),
        ("When the Prime Minister met President Moon in New York",
         ["Shinzo Abe", "Moon Jae-in"], "confirmed"),
        ("On the radar incident of December 20", ["ROK Ministry of National Defense"],
         "has again said"),
        ("The Japanese position is as the Ministry has already explained",
         ["Japanese Ministry of Defense"], "has already explained"),
    ],
    timexes=[
        ("Wednesday, January 9, 2019, 11:00", "2019-01-09T11:00", None),
        ("attorneys said [[yesterday]]", "2019-01-08", None),
        ("Economic Co-operation of [[1965]]", "1965", None),
        ("diplomatic channels [[today]]", "2019-01-09", None),
        ("this afternoon", "2019-01-09TAF", None),
        ("said [[on Sunday]]", "2019-01-06", None),
        ("ruling [[in October]]", "2018-10", None),
        ("September last year", "2018-09", None),
        ("press conference [[tomorrow]]", "2019-01-10", None),
        ("December 20", "2018-12-20", None),
        ("the end of last year", "2018", "END"),
    ],
    summits=[
        dict(date="2018-09", place="New York", country="US",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="sidelines", ordinal=None,
             status="held", occasion="the United Nations General Assembly",
             evidence=["When the Prime Minister met President Moon in New York"]),
    ],
    agreements=[
        dict(title="Agreement on the Settlement of Problems concerning Property and Claims and"
             " on Economic Co-operation (1965)", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["The Government believes that a dispute now exists",
                       "The Agreement provides that disputes shall be settled",
                       "The Agreement also contains provisions on arbitration."]),
        dict(title="consultations between the two governments under the 1965 claims"
             " agreement (Japanese request)", kind="commitment", date="2019-01-09",
             parties=["JP", "KR"], status="proposed",
             evidence=["We have therefore decided to request consultations",
                       "The request will be conveyed to the ROK side",
                       "We ask the ROK side to respond to the consultations",
                       "At this stage we have requested consultations"]),
        dict(title="work toward a future-oriented relationship (New York, September 2018)",
             kind="commitment", date="2018-09", parties=["JP", "KR"], status="referenced",
             evidence=["When the Prime Minister met President Moon in New York"]),
    ],
    notes=[
        "Invented test text in the style of a Japanese Chief Cabinet Secretary press"
        " conference (header lines and '(End)' are furniture; the header date-time is"
        " annotated). No quotation marks: the Chief Cabinet Secretary's own first-person"
        " answers are not statements; only the speech of others reported in the answers and"
        " questions is. Every sentence is invented. Real background (Asahi AJW 2019-01-09,"
        " Chosun 2019-01-10, Nikkei Asia, Japan Daily Sun 2019-01-07, JMH summaries of"
        " 2019-01-10): on 2019-01-09 Japan requested consultations under the 1965 Agreement"
        " on the Settlement of Problems concerning Property and Claims, Akiba summoning Lee"
        " Su-hoon later that day; Suga's news conference that day on a dispute over"
        " interpretation and implementation; the plaintiffs' lawyers said on 2019-01-08 that"
        " the Daegu court had approved the seizure of PNR shares; Abe's TV remarks aired on"
        " Sunday 2019-01-06; arbitration and the ICJ as possible next steps; Moon's press"
        " conference expected. From general knowledge: the 11:00 time slot, the radar"
        " incident of 2018-12-20 and the video conference of defense officials at the end of"
        " 2018, Moon's New Year press conference on 2019-01-10, the Abe-Moon meeting in New"
        " York on 2018-09-25. The 'future-oriented relationship' wording of that meeting is"
        " invented.",
        "Agreements (3): the 1965 claims agreement (referenced); Japan's request for"
        " consultations (a joint course of action proposed to the other side: commitment,"
        " proposed); the leaders' confirmation in New York (commitment, referenced;"
        " debatable). Not agreements: the arbitration provisions (not invoked), the study of"
        " countermeasures (unilateral).",
        "Summits (1): New York 2018-09 (sidelines of the UNGA from the public record; the text"
        " names only the city). The question about a summit 'in the near future' ('Nothing"
        " has been decided') is not a planned meeting. Timexes: 'New Year' inside 'New Year"
        " press conference' and 'in the near future' are not annotated; 'the end of last"
        " year' = 2018 END.",
    ],
)
