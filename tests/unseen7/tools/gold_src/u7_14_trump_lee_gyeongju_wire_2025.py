GOLD = dict(
    published="2025-10-29",
    furniture=[
        "Trump, Lee settle investment terms in Gyeongju a day after Tokyo minerals pact",
        "October 29, 2025 / 11:40 PM", "By Dora Lindqvist and Oh Se-ra",
        "GYEONGJU, South Korea (Meridian Wire) - ",
        "(Reporting by Dora Lindqvist and Oh Se-ra; Editing by Ken Miyazawa)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Lee Jae-myung": ["Lee Jae myung", "Lee Jae Myung", "South Korean President Lee"
                          " Jae-myung", "Lee"],
        "Kim Yong-beom": ["Lee's policy chief Kim Yong-beom", "Kim"],
        "Sanae Takaichi": ["Japan's new prime minister, Sanae Takaichi", "Takaichi"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Eun Byul-ha": ["Eun"],
    },
    quotes=[
        ("We made a deal, and it's a good one", "direct", "Donald Trump", "told reporters"),
        ("pretty much", "partial", "Donald Trump", "said"),
        ("The alliance is being rebuilt on firmer ground", "direct", "Lee Jae-myung", "said"),
        ("in the final stage", "partial", None, "said"),
        ("very good meeting.", "partial", "Donald Trump", "said"),
        ("Seoul got predictability", "direct", "Eun Byul-ha", "said"),
        ("Ten years is a long time, though.", "direct", "Eun Byul-ha", None),
    ],
    statements=[
        ("South Korean President Lee Jae-myung agreed on Wednesday",
         ["Donald Trump", "Lee Jae-myung"], "agreed"),
        ("Under the terms, disclosed by Lee's policy chief", ["Kim Yong-beom"], "disclosed"),
        ("Asked whether every detail was settled", ["Donald Trump"], "said"),
        ("Japanese media have reported that she and Lee", [None], "have reported"),
        ("A South Korean official said the two sides", [None], "said"),
        ("Trump said he expected", ["Donald Trump"], "said"),
        ("some lawmakers have questioned", [None], "have questioned"),
    ],
    timexes=[
        ("October 29, 2025 / 11:40 PM", "2025-10-29T23:40", None),
        ("agreed on [[Wednesday]] on how", "2025-10-29", None),
        ("the end of July", "2025-07", "END"),
        ("a year", "P1Y", None),
        ("late August", "2025-08", "END"),
        ("today proves it", "2025-10-29", None),
        ("where on [[Tuesday]] he held", "2025-10-28", None),
        ("took office [[last week]]", "2025-W43", None),
        ("Gyeongju on [[Thursday]] for", "2025-10-30", None),
        ("that day", "2025-10-30", None),
        ("Also on [[Thursday]]", "2025-10-30", None),
        ("in [[January]]. Trump", "2025-01", None),
        ("Ten years", "P10Y", None),
        ("during the day", "2025-10-29", None),
    ],
    summits=[
        dict(date="2025-10-29", place="Gyeongju", country="KR",
             participants=["Donald Trump", "Lee Jae-myung"], kind="sidelines", ordinal=2,
             status="held", occasion="APEC",
             evidence=["South Korean President Lee Jae-myung agreed on Wednesday",
                       "It was the second summit between the two leaders",
                       "Lee greeted Trump at the Gyeongju National Museum"]),
        dict(date="2025-08", place="Washington", country="US",
             participants=["Donald Trump", "Lee Jae-myung"], kind="bilateral", ordinal=1,
             status="held", occasion=None,
             evidence=["It was the second summit between the two leaders"]),
        dict(date="2025-10-28", place="Tokyo", country="JP",
             participants=["Donald Trump", "Sanae Takaichi"], kind="bilateral", ordinal=1,
             status="held", occasion=None,
             evidence=["Trump flew in from Tokyo"]),
        dict(date="2025-10-30", place="Gyeongju", country="KR",
             participants=["Lee Jae-myung", "Sanae Takaichi"], kind="sidelines", ordinal=1,
             status="planned", occasion="APEC",
             evidence=["Japanese media have reported that she and Lee"]),
        dict(date="2025-10-30", place="Busan", country="KR",
             participants=["Donald Trump", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["Also on Thursday, Trump is scheduled to meet"]),
    ],
    agreements=[
        dict(title="structure of the $350 billion investment pledge ($200 billion cash, $150"
             " billion shipbuilding)", kind="commitment", date="2025-10-29",
             parties=["KR", "US"], status="agreed",
             evidence=["South Korean President Lee Jae-myung agreed on Wednesday",
                       "Under the terms, disclosed by Lee's policy chief",
                       "The trade agreement still has to clear"]),
        dict(title="July U.S.-South Korea trade deal (15% tariffs for investment)",
             kind="commitment", date="2025-07", parties=["KR", "US"], status="referenced",
             evidence=["South Korean President Lee Jae-myung agreed on Wednesday"]),
        dict(title="U.S.-Japan framework agreement on critical minerals and rare earths",
             kind="treaty", date="2025-10-28", parties=["JP", "US"], status="signed",
             evidence=["The two signed a framework agreement"]),
    ],
    notes=[
        "Invented test article (international wire: headline, stamp, byline, dateline and"
        " credit line are furniture; the stamp is annotated). Reporters, outlet, stamp, the"
        " economist and her institute, the official's partial and every quote are invented;"
        " Trump's 'pretty much' and 'very good meeting' are short partials in the spirit of his"
        " reported remarks. Real background (Korea JoongAng Daily via koreadailyus, Reuters"
        " via whistlebuzz, AJP, voz.us, 2025-10-29; Reuters/White House via indialive, TRT,"
        " times-euro, 2025-10-28; asiatoday on the Asahi report of a Lee-Takaichi meeting on"
        " 2025-10-30): the Gyeongju summit of Wednesday 2025-10-29, their second after the"
        " White House meeting of 2025-08-25; $200 billion cash capped at $20 billion a year"
        " plus $150 billion shipbuilding; 15% tariffs including autos; the Grand Order of"
        " Mugunghwa and crown replica at the Gyeongju National Museum; Kim Yong-beom's"
        " briefing; the July tentative deal; the Trump-Takaichi talks and the minerals"
        " framework signed on Tuesday 2025-10-28 at Akasaka Palace; Trump-Xi in Busan on"
        " Thursday 2025-10-30. Takaichi took office on 2025-10-21 (last week). The $420"
        " billion reserves figure is approximate from general knowledge; the protests are"
        " reported, the 'several blocks' detail invented.",
        "Quotes: Trump direct and two partials; Lee direct; the official partial (null); Eun's"
        " two direct quotes (split by 'said').",
        "Statements: Trump and Lee 'agreed' (lede); Kim 'disclosed' (sentence with the terms);"
        " Trump 'he said' (with a partial); 'Japanese media have reported' (null); the"
        " official 'said' (null); Trump 'said he expected'; lawmakers 'have questioned'"
        " (null).",
        "Timexes: published Wednesday 2025-10-29; 'weeks of deadlock' is vague, not"
        " annotated; 'the end of July' = 2025-07 END; 'a year' = P1Y (in '$20"
        " billion a year', a rate; debatable); 'late August' = 2025-08 END; 'today' (in Lee's"
        " quote) = 2025-10-29; 'Tuesday' = 2025-10-28; 'last week' = 2025-W43; 'Thursday' x2"
        " = 2025-10-30; 'that day' = 2025-10-30; 'January' = 2025-01; 'Ten years' = P10Y;"
        " 'during the day' = 2025-10-29.",
        "Summits (5): Trump-Lee in Gyeongju (ordinal 2, APEC sidelines); Trump-Lee in"
        " Washington (late August, ordinal 1 by implication); Trump-Takaichi in Tokyo"
        " ('his first talks', ordinal 1); the planned Lee-Takaichi first meeting (planned,"
        " 2025-10-30); the planned Trump-Xi meeting in Busan (planned; 'first face-to-face"
        " encounter since Trump returned to office' is not an ordinal between them). Not"
        " summits: the APEC leaders' dinner (a gathering), the CEO events.",
        "Agreements (3): the agreed investment structure (commitment); the July deal"
        " (commitment, referenced); the U.S.-Japan minerals framework (signed; kind treaty"
        " under 'an accord the governments signed', debatable: it is a non-binding framework,"
        " could be mou). Not agreements: the 'joint stockpiling arrangement' to be"
        " considered (part of the framework), ratification by the National Assembly.",
    ],
)
