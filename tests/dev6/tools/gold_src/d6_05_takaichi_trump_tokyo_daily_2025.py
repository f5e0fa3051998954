GOLD = dict(
    published="2025-10-29",
    furniture=["October 29, 2025", "By Aoki Rena / Staff Writer"],
    timex_in_furniture_ok=True,
    entities={
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi", "Takaichi", "She", "she"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump", "He"],
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Shigeru Ishiba": ["Ishiba"],
    },
    quotes=[
        ("a new golden age", "partial", "Sanae Takaichi", "told"),
        ("The prime minister wants the first meeting", "direct", None, "said"),
    ],
    statements=[
        ("Takaichi told Trump she wanted to open", ["Sanae Takaichi"], "told"),
        ("Government sources said Takaichi hoped", [None], "said"),
    ],
    timexes=[
        ("October 29, 2025", "2025-10-29", None),
        ("rare earths on [[Tuesday]]", "2025-10-28", None),
        ("reached in [[July]]", "2025-07", None),
        ("arrived in Japan on [[Monday]]", "2025-10-27", None),
        ("Wednesday morning", "2025-10-29TMO", None),
        ("later in the day", "2025-10-29", None),
        ("in Busan on [[Thursday]]", "2025-10-30", None),
        ("flies to Gyeongju on [[Thursday]]", "2025-10-30", None),
        ("the same day", "2025-10-30", None),
        ("the weekend", "2025-W43-WE", None),
        ("this year", "2025", None),
        ("Tokyo in [[August]]", "2025-08", None),
        ("two days", "P2D", None),
        ("a month later", "P1M", None),
    ],
    summits=[
        dict(date="2025-10-28", place="Tokyo", country="JP",
             participants=["Sanae Takaichi", "Donald Trump"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Takaichi, Trump sign minerals pact in first summit",
                       "Prime Minister Sanae Takaichi and U.S. President Donald Trump signed",
                       "Takaichi told Trump she wanted to open"]),
        dict(date="2025-10-29", place="Gyeongju", country="KR",
             participants=["Donald Trump", "Lee Jae Myung"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["He is due to meet President Lee Jae Myung"]),
        dict(date="2025-10-30", place="Busan", country="KR",
             participants=["Donald Trump", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["He is due to meet President Lee Jae Myung"]),
        dict(date="2025-10-30", place="Gyeongju", country="KR",
             participants=["Sanae Takaichi", "Lee Jae Myung"], kind="sidelines", ordinal=None,
             status="planned", occasion="the Asia-Pacific Economic Cooperation meetings",
             evidence=["Takaichi herself flies to Gyeongju on Thursday",
                       "Government sources said Takaichi hoped",
                       "The prime minister wants the first meeting"]),
        dict(date="2025-08", place="Tokyo", country="JP",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Lee went to Tokyo in August"]),
        dict(date="2025-08", place="Washington", country="US",
             participants=["Lee Jae Myung", "Donald Trump"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Lee went to Tokyo in August"]),
        dict(date="2025-09", place="Busan", country="KR",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Lee went to Tokyo in August"]),
    ],
    agreements=[
        dict(title="Japan-U.S. framework agreement on securing critical minerals and rare"
                   " earths", kind="treaty", date="2025-10-28", parties=["JP", "US"],
             status="signed",
             evidence=["Prime Minister Sanae Takaichi and U.S. President Donald Trump signed",
                       "Under the minerals framework"]),
        dict(title="document confirming implementation of the July tariff agreement",
             kind="treaty", date="2025-10-28", parties=["JP", "US"], status="signed",
             evidence=["The two leaders also signed a document"]),
        dict(title="Japan-U.S. tariff agreement of July 2025", kind="commitment",
             date="2025-07", parties=["JP", "US"], status="referenced",
             evidence=["The two leaders also signed a document"]),
        dict(title="Korea-Japan shuttle diplomacy revived under Ishiba", kind="commitment",
             date="2025", parties=["JP", "KR"], status="referenced",
             evidence=["Government sources said Takaichi hoped"]),
    ],
    notes=[
        "Invented Tokyo daily article (reporter Aoki Rena and the Foreign Ministry official's"
        " words are fictional). Checked (pages): Trump-Takaichi talks at the Akasaka Palace"
        " state guest house on Tuesday 2025-10-28, signing of a critical minerals and rare"
        " earths framework and of a trade-related document (indialive, times-euro, lnginnorthernbc,"
        " obotesorting); 'new golden age' and the 2 percent defense pledge (times-euro,"
        " particle.news); coordinated investment and a complementary stockpiling arrangement"
        " (indialive); Trump to meet Xi on Thursday (indialive); Takaichi leaving Kuala Lumpur"
        " late Sunday (Japan Today); Lee-Takaichi summit in Gyeongju on Oct. 30 (asiatoday,"
        " Qazinform); Lee in Tokyo on Aug. 23 and at the White House on Aug. 25 (deepnewz);"
        " Ishiba in Busan on 2025-09-30 (other corpora). Public record, not checked here:"
        " Trump's arrival in Japan on Monday Oct. 27 and his meeting with Lee in Gyeongju on"
        " Wednesday Oct. 29 (cf. u7_14).",
        "Summits (7): Trump-Takaichi (held); planned Trump-Lee (Gyeongju, 'later in the day'"
        " = Wednesday), Trump-Xi (Busan, Thursday), Takaichi-Lee (Thursday, 'the same day');"
        " background Lee-Ishiba Tokyo (August), Lee-Trump White House ('two days' after the"
        " Tokyo trip: month 2025-08, no day in the text), Ishiba's 'return trip to Busan a"
        " month later' (month 2025-09). Not summits: Takaichi missing Lee in Kuala Lumpur.",
        "Agreements (4): the minerals framework (treaty: a framework agreement signed by the"
        " governments, debatable) and the implementation document (treaty, debatable; it"
        " could be read as a joint statement); the July tariff agreement (commitment,"
        " referenced; no signed text named); shuttle diplomacy (referenced commitment)."
        " Japan's defense spending pledge is unilateral; 'consider a stockpiling arrangement'"
        " is part of the framework, not a separate record.",
        "Timexes: 'the weekend' = 2025-W43-WE; 'Wednesday morning' = 2025-10-29TMO; 'two"
        " days' = P2D and 'a month later' = P1M (durations).",
    ],
)
