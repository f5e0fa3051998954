GOLD = dict(
    published="2013-10-07",
    furniture=["NUSA DUA, Indonesia, Oct. 7 (Pacific Rim Press)"],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe", "He"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park", "She"],
        "Lee Myung-bak": ["then President Lee Myung-bak", "Lee"],
        "Yoshihiko Noda": ["Prime Minister Yoshihiko Noda", "Noda"],
        "Susilo Bambang Yudhoyono": ["Indonesian President Susilo Bambang Yudhoyono",
                                     "Yudhoyono"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Stephen Harper": ["the leaders of Canada"],
        "Enrique Pena Nieto": ["Enrique Peña Nieto"],
        "Ollanta Humala": [],
        "Ota Keisuke": ["Keisuke Ota", "Ota"],
        "Japanese government": ["Japanese officials", "Tokyo"],
    },
    quotes=[
        ("always open.", "partial", "Shinzo Abe", "said"),
        ("Both leaders are now in the same rooms", "direct", "Ota Keisuke", "said"),
        ("no plans at this stage", "partial", None, "said"),
    ],
    statements=[
        ("Prime Minister Shinzo Abe and South Korean President Park Geun-hye appeared",
         ["Japanese government"], "said"),
        ("The pair stood a few places apart", [None], "according to"),
        ("Abe has repeatedly said the door", ["Shinzo Abe"], "said"),
        ("Park has said a summit would be meaningful", ["Park Geun-hye"], "said"),
        ("He held talks lasting about 20 minutes", ["Shinzo Abe"], "voiced concern"),
        ("Yudhoyono said Indonesia's central bank", ["Susilo Bambang Yudhoyono"], "said"),
        ("Abe welcomed the progress", ["Shinzo Abe"], "welcomed"),
        ("A Japanese official said there were", [None], "said"),
    ],
    timexes=[
        ("NUSA DUA, Indonesia, [[Oct. 7]]", "2013-10-07", None),
        ("for the first time on [[Monday]]", "2013-10-07", None),
        ("February", "2013-02", None),
        ("ends [[Tuesday]]", "2013-10-08", None),
        ("December 2011", "2011-12", None),
        ("August last year", "2012-08", None),
        ("about 20 minutes", "PT20M", "APPROX"),
        ("earlier Monday", "2013-10-07", None),
        ("late June", "2013-06", "END"),
        ("starting [[Wednesday]]", "2013-10-09", None),
    ],
    summits=[
        dict(date="2011-12", place="Kyoto", country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The last summit between the two countries took place in Kyoto"]),
        dict(date="2013-10-07", place="Bali", country="ID",
             participants=["Shinzo Abe", "Susilo Bambang Yudhoyono"], kind="sidelines",
             ordinal=None, status="held", occasion="APEC",
             evidence=["Instead, Abe spent part of the day with the host.",
                       "He held talks lasting about 20 minutes"]),
        dict(date="2013-10-07", place="Bali", country="ID",
             participants=["Park Geun-hye", "Xi Jinping"], kind="sidelines",
             ordinal=None, status="held", occasion="APEC",
             evidence=["Park, for her part, met Chinese President Xi Jinping"]),
        dict(date="2013-06", place="Beijing", country="CN",
             participants=["Park Geun-hye", "Xi Jinping"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Park, for her part, met Chinese President Xi Jinping"]),
        dict(date="2013-10-07", place="Bali", country="ID",
             participants=["Park Geun-hye", "Stephen Harper"], kind="sidelines",
             ordinal=None, status="held", occasion="APEC",
             evidence=["She later held separate meetings"]),
        dict(date="2013-10-07", place="Bali", country="ID",
             participants=["Park Geun-hye", "Enrique Pena Nieto"], kind="sidelines",
             ordinal=None, status="held", occasion="APEC",
             evidence=["She later held separate meetings"]),
        dict(date="2013-10-07", place="Bali", country="ID",
             participants=["Park Geun-hye", "Ollanta Humala"], kind="sidelines",
             ordinal=None, status="held", occasion="APEC",
             evidence=["She later held separate meetings"]),
    ],
    agreements=[
        dict(title="Indonesia-Japan bilateral currency swap arrangement (doubling under"
                   " negotiation)", kind="mou", date=None, parties=["ID", "JP"],
             status="referenced", evidence=["Yudhoyono said Indonesia's central bank"]),
    ],
    notes=[
        "Invented wire story (Pacific Rim Press; Ota Keisuke of Minato University and the"
        " Japanese officials' words are fictional). Checked (pages): Park and Abe at the APEC"
        " business advisory council session in Bali on Monday 2013-10-07, posing awkwardly"
        " (Dong-A); APEC Bali 7-8 October (DW, Jakarta Post); Abe-Yudhoyono talks of about 20"
        " minutes on Oct. 7, Abe's concern about change by force, and the BI-BOJ talks on"
        " doubling the swap ceiling, which Abe welcomed, with a stated policy of more trade,"
        " investment and infrastructure cooperation (indonesia-news.biz); Park-Xi in Bali on"
        " Oct. 7, three months after her late-June state visit (newsworld, KBS); Park's"
        " meetings with the leaders of Canada, Mexico and Peru later that day (KBS Arabic);"
        " EAS in Brunei on Oct. 10 (newsworld). From dev5's checks / public record: Kyoto"
        " Lee-Noda December 2011, Lee's Dokdo landing in August 2012. Abe's 'always open'"
        " and Park's position on history are paraphrases of their well-known lines.",
        "Summits (7): Kyoto 2011 (background, 'The last summit'); Abe-Yudhoyono (sidelines of"
        " APEC, 'spent part of the day with the host' + 'held talks lasting'); Park-Xi in Bali"
        " and, in passing, Park's June state visit to Beijing ('their second summit after');"
        " Park with the leaders of Canada, Mexico and Peru (three bilaterals: 'separate"
        " meetings'; the leaders are not named in the text: Stephen Harper, Enrique Pena"
        " Nieto, Ollanta Humala from the public record). Not summits: Park and Abe's"
        " greetings at the photo session (no talks), the APEC forum and the ASEAN-related"
        " summits (gatherings), a Brunei Abe-Park meeting ('no plans').",
        "Agreements (1): the Indonesia-Japan swap arrangement (mou between central banks,"
        " referenced; its doubling is under negotiation, neither agreed nor proposed; date"
        " null). Not agreements: Abe's stated policy on cooperation (unilateral).",
        "Timexes: 'late June' = 2013-06 END; 'earlier Monday' = 2013-10-07; 'starting"
        " Wednesday' = 2013-10-09; 'ends Tuesday' = 2013-10-08.",
    ],
)
