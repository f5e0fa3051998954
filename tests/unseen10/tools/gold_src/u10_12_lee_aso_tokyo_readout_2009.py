GOLD = dict(
    published="2009-06-28",
    furniture=[
        "Japan-Republic of Korea Summit Meeting (Summary)",
        "Prime Minister's Office - Diplomacy",
        "1. Overview", "2. North Korea", "3. Bilateral relations",
        "4. Regional and global issues", "5. Other schedule of the President",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Taro Aso": ["Prime Minister Taro Aso", "Prime Minister Aso", "the Prime Minister"],
        "Lee Myung-bak": ["President Lee Myung-bak", "President Lee", "the President"],
        "Wen Jiabao": [],
        "Akihiro Ota": ["Mr. Akihiro Ota"],
    },
    quotes=[],
    statements=[
        ("(a) The two leaders confirmed that North Korea's nuclear test",
         ["Taro Aso", "Lee Myung-bak"], "confirmed"),
        ("They shared the view that it was important for all United Nations",
         ["Taro Aso", "Lee Myung-bak"], "shared the view"),
        ("(b) Prime Minister Aso requested the ROK's cooperation", ["Taro Aso"], "requested"),
        ("The two leaders agreed to exchange information closely",
         ["Taro Aso", "Lee Myung-bak"], "agreed"),
        ("(c) With regard to the Six-Party Talks", ["Taro Aso", "Lee Myung-bak"], "agreed"),
        ("(d) The two leaders confirmed the importance", ["Taro Aso", "Lee Myung-bak"],
         "confirmed"),
        ("(e) Prime Minister Aso expressed his appreciation", ["Taro Aso"], "expressed"),
        ("(a) The two leaders welcomed the development", ["Taro Aso", "Lee Myung-bak"],
         "welcomed"),
        ("(b) The two leaders agreed to explore cooperation", ["Taro Aso", "Lee Myung-bak"],
         "agreed"),
        ("(c) On a Japan-ROK economic partnership agreement", ["Taro Aso", "Lee Myung-bak"],
         "expressed the hope"),
        ("(d) President Lee requested that Japan grant", ["Lee Myung-bak"], "requested"),
        ("Prime Minister Aso replied that the matter", ["Taro Aso"], "replied"),
        ("The two leaders exchanged views on the international economy",
         ["Taro Aso", "Lee Myung-bak"], "stated"),
    ],
    timexes=[
        ("(Summary)\n[[June 28, 2009]]", "2009-06-28", None),
        ("On June 28", "2009-06-28", None),
        ("approximately one hour and 15 minutes", "PT1H15M", "APPROX"),
        ("September last year", "2008-09", None),
        ("the end of March", "2009-03", "END"),
        ("and [[in the evening]] the Prime Minister", "2009-06-28TEV", None),
        ("May 25", "2009-05-25", None),
        ("June 12", "2009-06-12", None),
        ("diplomacy [[last year]].", "2008", None),
        ("later this year", "2009", None),
        ("the same evening", "2009-06-28TEV", None),
    ],
    summits=[
        dict(date="2009-06-28", place="Tokyo", country="JP",
             participants=["Taro Aso", "Lee Myung-bak"], kind="bilateral", ordinal=8,
             status="held", occasion=None,
             evidence=["On June 28, Prime Minister Taro Aso held a summit meeting",
                       "This was the eighth Japan-ROK summit meeting"]),
        dict(date="2009-03", place="London", country="GB",
             participants=["Taro Aso", "Lee Myung-bak"], kind="sidelines", ordinal=None,
             status="held", occasion="the G20 summit",
             evidence=["This was the eighth Japan-ROK summit meeting"]),
        dict(date="2009", place=None, country="CN",
             participants=["Taro Aso", "Lee Myung-bak", "Wen Jiabao"], kind="trilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["The two leaders exchanged views on the international economy"]),
    ],
    agreements=[
        dict(title="exchange information closely on North Korea-related cargo",
             kind="commitment", date="2009-06-28", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to exchange information closely"]),
        dict(title="cooperate on inspecting vessels suspected of carrying prohibited items",
             kind="commitment", date="2009-06-28", parties=["JP", "KR"], status="agreed",
             evidence=["(b) Prime Minister Aso requested the ROK's cooperation",
                       "The two leaders agreed to exchange information closely"]),
        dict(title="consider five-party consultations without North Korea",
             kind="commitment", date="2009-06-28", parties=["JP", "KR"], status="agreed",
             evidence=["(c) With regard to the Six-Party Talks"]),
        dict(title="explore science and technology cooperation incl. nuclear energy and space",
             kind="commitment", date="2009-06-28", parties=["JP", "KR"], status="agreed",
             evidence=["(b) The two leaders agreed to explore cooperation"]),
    ],
    notes=[
        "Invented readout in the style of the Japanese prime minister's office (title, section"
        " line, numbered headings are furniture; the date line is annotated). Every sentence is"
        " invented; Aso's reply on voting rights, his thanks on the abduction issue and the"
        " welcome of a 'mature partnership' are invented in detail. Real background: Japan Times"
        " 2009-06-29 (Sunday meeting; eighth since Aso took office; shuttle diplomacy; 'mature"
        " partnership' from a Foreign Ministry official; nuclear test of May 25; five-party"
        " meeting to be considered); Reuters 2009-06-28 (one-day visit; cooperation with the U.S."
        " and China; North Korea's boycott of the six-party talks); lecourrier.vn (Lee's fourth"
        " visit to Japan; information exchange and cooperation on inspecting suspect ships);"
        " news.jkn.co.kr (1 hour 15 minutes at the prime minister's office); donga.com"
        " 2009-06-29 (nuclear energy, science and technology and space cooperation; FTA hope;"
        " voting-rights request; Aso's request on ship inspections; Mindan luncheon, meeting with"
        " Akihiro Ota, dinner by Aso, return to Seoul the same evening); donga.com 2009-04-02"
        " (Lee-Aso talks in London on the Tuesday before the G20 summit, i.e. 2009-03-31);"
        " chinadaily 2009-06-28 (press conference at the official residence). From general"
        " knowledge: Security Council resolution of 2009-06-12, Aso taking office in September"
        " 2008, the next trilateral summit due in China in 2009 (held in Beijing in October with"
        " Hatoyama, not Aso).",
        "Summits (3): Tokyo 2009-06-28 (ordinal 8 from 'the eighth Japan-ROK summit meeting since"
        " Prime Minister Aso took office'); London 2009-03 on the margins of the G20 summit; the"
        " planned trilateral in China (2009; the Chinese participant is not named in the text"
        " and is given as the premier at the time, Wen Jiabao; debatable). Not summits: the"
        " dinner (part of the visit), Lee's meeting with Akihiro Ota (a party leader).",
        "Agreements (4): two commitments split from one sentence (information exchange;"
        " inspection cooperation), the five-party consultations, the science and technology"
        " cooperation (one course of action over several fields). Not agreements: the"
        " confirmations and shared views, the hope on an EPA, the voting-rights request and"
        " Aso's reply, the Security Council resolution (a UN decision, not an instrument between"
        " the governments).",
        "Quotes: '\"shuttle diplomacy\"' and '\"mature partnership\"' are terms in quotation"
        " marks, not quotes.",
    ],
)
