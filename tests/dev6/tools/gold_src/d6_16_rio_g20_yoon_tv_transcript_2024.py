GOLD = dict(
    published="2024-11-20",
    furniture=["Broadcast: November 20, 2024, 21:00 KST", "ANCHOR (Lim Da-eun):",
               "CORRESPONDENT (Baek Jun-seo):", "[[ANCHOR:]] And with",
               "[[CORRESPONDENT:]] That meeting", "[[ANCHOR:]] There",
               "[[CORRESPONDENT:]] No.", "[[ANCHOR:]] And the new",
               "[[CORRESPONDENT:]] That is", "[[ANCHOR:]] Baek"],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "President Yoon", "Yoon", "he",
                          "the president"],
        "Keir Starmer": ["British Prime Minister Keir Starmer", "Starmer"],
        "Cyril Ramaphosa": ["South African President Cyril Ramaphosa", "President Ramaphosa",
                            "Ramaphosa"],
        "Shigeru Ishiba": ["Japan's Prime Minister Ishiba"],
        "Joe Biden": ["President Biden"],
        "Donald Trump": ["President-elect Donald Trump", "Trump"],
    },
    quotes=[
        ("We said what we needed to say to Tokyo in Lima.", "direct", None, "told me"),
    ],
    statements=[
        ("With Starmer, he noted that", ["Yoon Suk Yeol"], "noted"),
        ("The two leaders agreed to work together on peace", ["Yoon Suk Yeol", "Keir Starmer"],
         "agreed"),
        ("Yoon explained Seoul's plan", ["Yoon Suk Yeol"], "explained"),
        ("The two also agreed to keep cooperating", ["Yoon Suk Yeol", "Cyril Ramaphosa"],
         "agreed"),
        ("The two leaders held their second summit in Lima",
         ["Yoon Suk Yeol", "Shigeru Ishiba"], "agreed"),
        ("Yoon spoke with President-elect Donald Trump by phone",
         ["Yoon Suk Yeol", "Donald Trump"], "agreed"),
    ],
    timexes=[
        ("November 20, 2024, 21:00 KST", "2024-11-20T21:00", None),
        ("meet [[today]]?", "2024-11-19", None),
        ("On Tuesday", "2024-11-19", None),
        ("in [[February]]", "2025-02", None),
        ("last week", "2024-W46", None),
        ("about 50 minutes", "PT50M", "APPROX"),
        ("told me [[today]]", "2024-11-20", None),
        ("earlier this month", "2024-11", None),
        ("in [[January]]", "2025-01", None),
    ],
    summits=[
        dict(date="2024-11-19", place="Rio de Janeiro", country="BR",
             participants=["Yoon Suk Yeol", "Keir Starmer"], kind="sidelines", ordinal=None,
             status="held", occasion="the G20 summit",
             evidence=["On Tuesday, local time, President Yoon held back-to-back talks",
                       "With Starmer, he noted that",
                       "The two leaders agreed to work together on peace"]),
        dict(date="2024-11-19", place="Rio de Janeiro", country="BR",
             participants=["Yoon Suk Yeol", "Cyril Ramaphosa"], kind="sidelines", ordinal=None,
             status="held", occasion="the G20 summit",
             evidence=["On Tuesday, local time, President Yoon held back-to-back talks",
                       "That meeting was about critical minerals.",
                       "The two also agreed to keep cooperating"]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Yoon Suk Yeol", "Shigeru Ishiba"], kind="sidelines", ordinal=2,
             status="held", occasion="APEC",
             evidence=["The two leaders held their second summit in Lima",
                       "We said what we needed to say to Tokyo in Lima."]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Yoon Suk Yeol", "Shigeru Ishiba", "Joe Biden"], kind="trilateral",
             ordinal=None, status="held", occasion="APEC",
             evidence=["They also joined President Biden for a three-way meeting"]),
    ],
    agreements=[
        dict(title="work together on peace and reconstruction in Ukraine (Korea-UK)",
             kind="commitment", date="2024-11-19", parties=["GB", "KR"], status="agreed",
             evidence=["The two leaders agreed to work together on peace"]),
        dict(title="speed up negotiations on upgrading the Korea-UK free trade agreement",
             kind="commitment", date="2024-11-19", parties=["GB", "KR"], status="agreed",
             evidence=["The two leaders agreed to work together on peace"]),
        dict(title="Korea-UK free trade agreement", kind="treaty", date=None,
             parties=["GB", "KR"], status="referenced",
             evidence=["The two leaders agreed to work together on peace"]),
        dict(title="keep cooperating for a firm international message on North Korea"
                   " (Korea-South Africa)", kind="commitment", date="2024-11-19",
             parties=["KR", "ZA"], status="agreed",
             evidence=["The two also agreed to keep cooperating"]),
        dict(title="keep up shuttle diplomacy in any format", kind="commitment", date="2024-11",
             parties=["JP", "KR"], status="referenced",
             evidence=["The two leaders held their second summit in Lima"]),
        dict(title="trilateral secretariat (Korea-U.S.-Japan)", kind="commitment",
             date="2024-11", parties=["JP", "KR", "US"], status="referenced",
             evidence=["They also joined President Biden for a three-way meeting"]),
        dict(title="meet at an early date (Yoon-Trump)", kind="commitment", date="2024-11",
             parties=["KR", "US"], status="agreed",
             evidence=["Yoon spoke with President-elect Donald Trump by phone"]),
    ],
    notes=[
        "Invented TV news transcript (Seora TV, anchor Lim Da-eun, correspondent Baek"
        " Jun-seo and the presidential official's quote are fictional). Furniture: the"
        " broadcast line and the speaker labels; the title line is text. Checked (pages):"
        " Yoon's talks with Starmer and Ramaphosa on Tuesday 2024-11-19 (local time) in Rio:"
        " joint condemnation of North Korea-Russia military cooperation, Ukraine peace and"
        " reconstruction, faster FTA upgrade talks, critical minerals and the Korea-Africa"
        " dialogue at Mining Indaba in February, cooperation on a firm message on North"
        " Korea (KBS Indonesian); Yoon-Ishiba second summit of 50 minutes in Lima and shuttle"
        " diplomacy not limited by format (KBS); Lima trilateral and secretariat (Yomiuri);"
        " Yoon-Trump call 'last week' before Nov. 12 agreeing to meet later (EFE); Trump not"
        " meeting foreign leaders before taking office (Yomiuri).",
        "Broadcast at 21:00 KST on Nov. 20 (morning of Nov. 20 in Rio): the anchor's 'today'"
        " is taken from Rio's perspective of the meetings = 2024-11-19 (debatable), the"
        " correspondent's 'told me today' = 2024-11-20. 'last week' = 2024-W46.",
        "Summits (4): Yoon-Starmer, Yoon-Ramaphosa (G20 sidelines), Yoon-Ishiba (Lima,"
        " ordinal 2, month from 'last week'), the Lima trilateral. Not summits: no"
        " Yoon-Ishiba meeting in Rio (negated), the Yoon-Trump phone call, a Yoon-Trump"
        " meeting 'nothing has been scheduled'.",
        "Agreements (7): two Korea-UK courses in one sentence (two records) and the FTA"
        " itself (referenced treaty, date null); Korea-South Africa cooperation; shuttle"
        " diplomacy and the secretariat (referenced); Yoon-Trump agreement by phone to meet"
        " early (commitment, agreed, month only). Not agreements: Yoon's request for"
        " support for a Korean-hosted dialogue (a one-sided initiative).",
    ],
)
