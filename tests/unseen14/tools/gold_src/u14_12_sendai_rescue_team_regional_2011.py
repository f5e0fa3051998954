# ruff: noqa: E501
YOKO = "Lee and Kan last met in Yokohama in November"
TRI = "Japan is due to host this year's three-way summit"

GOLD = dict(
    published="2011-03-17",
    furniture=[
        "THE HIROSE SHIMBUN | English digest | Thursday, March 17, 2011 | Page 3\n"
        "Korean rescuers comb Gamo's mud, and a neighbor's phone call is remembered",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Naoto Kan": ["Prime Minister Naoto Kan", "Kan"],
        "Lee Myung-bak": ["South Korean President Lee Myung-bak", "Lee", "he", "him"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao"],
        "Bae Jin-ho": ["the team's deputy leader, Bae Jin-ho", "Bae Jin-ho"],
        "Sachiko Endo": ["Sachiko Endo"],
        "Ministry of Foreign Affairs of Japan": ["the Foreign Ministry in Tokyo", "the Foreign Ministry"],
        "Miyagi Prefectural Government": ["The prefectural government"],
        "Consulate General of the Republic of Korea in Sendai": [
            "The Korean consulate general in Sendai"],
        "South Korean rescue team": ["Team members", "the team"],
    },
    quotes=[
        ("We came for the living", "direct", "Bae Jin-ho", "said"),
        ("But we will also bring home as many of the dead", "direct", "Bae Jin-ho", None),
        ("My neighbor's wife is still missing,", "direct", "Sachiko Endo", "said"),
        ("When I saw the Korean flag on their sleeves", "direct", "Sachiko Endo", None),
    ],
    statements=[
        ("The advance group was the first rescue team from abroad",
         ["Ministry of Foreign Affairs of Japan"], "according to"),
        ("Team members said they pause to pray", ["South Korean rescue team"], "said"),
        ("According to the Foreign Ministry, Lee offered his condolences",
         ["Ministry of Foreign Affairs of Japan", "Lee Myung-bak", "Naoto Kan"], "offered"),
        ("The prefectural government said on Wednesday", ["Miyagi Prefectural Government"],
         "said"),
        ("The Korean consulate general in Sendai said",
         ["Consulate General of the Republic of Korea in Sendai"], "said"),
    ],
    timexes=[
        ("Thursday, March 17, 2011", "2011-03-17", None),
        ("the past three days", "P3D", None),
        ("landed on [[Monday]]", "2011-03-14", None),
        ("searching on [[Tuesday]]", "2011-03-15", None),
        ("arrived on [[Saturday]]", "2011-03-12", None),
        ("[[the day after]] the earthquake", "2011-03-12", None),
        ("conversation on [[Sunday]]", "2011-03-13", None),
        ("the day of the earthquake", "2011-03-11", None),
        ("2:46 p.m.", "2011-03-11T14:46", None),
        ("p.m. on [[Friday]]", "2011-03-11", None),
        ("said on [[Wednesday]]", "2011-03-16", None),
        ("Yokohama in [[November]]", "2010-11", None),
        ("this year's", "2011", None),
        ("In Gamo on [[Wednesday]]", "2011-03-16", None),
    ],
    summits=[
        dict(date="2010-11", place="Yokohama", country="JP",
             participants=["Lee Myung-bak", "Naoto Kan"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[YOKO]),
        dict(date="2011", place=None, country="JP",
             participants=["Naoto Kan", "Lee Myung-bak", "Wen Jiabao"], kind="trilateral",
             ordinal=None, status="planned", occasion=None, evidence=[TRI]),
    ],
    agreements=[
        dict(title="agreement for Japan to hand over royal books and documents to Seoul",
             kind="treaty", date="2010-11", parties=["JP", "KR"], status="referenced",
             evidence=[YOKO]),
    ],
    notes=[
        "Invented regional digest (outlet 'The Hirose Shimbun'; the deputy team leader Bae"
        " Jin-ho, the resident Sachiko Endo and every quote invented; the orange overalls and the"
        " work 'until dark' are invented; the header and headline are"
        " furniture, the date annotated). Real background, checked on stored pages: Korea Herald"
        " 2011-03-15 (102-member team arrived in Sendai on Monday, began searching on Tuesday with"
        " Japanese police, joined the advance party of five rescuers and two dogs that arrived on"
        " Saturday; camp at a public stadium); jdarchive (Korean team in the Gamo area of Miyagino"
        " Ward, team members praying before each body recovered); Yonhap 2011-03-12 (advance team sent on Saturday); MOFA Japan 0313_03 (Lee-Kan"
        " telephone conversation on 13 March, Lee calling from the UAE; condolences; Japanese"
        " people's calm; thanks for the rescue dogs, the first aid from abroad, and for Lee's"
        " message on the day of the earthquake; Kan accepted additional assistance); Korea Herald"
        " 2011-03-13 (Lee in the UAE); Korea Herald 2011-05-21 (the trilateral in Tokyo later that"
        " spring). From general knowledge: the earthquake at 14:46 on Friday 11 March 2011;"
        " the Korean consulate general in Sendai; the Lee-Kan meeting at APEC in Yokohama in"
        " November 2010 and the agreement on the handover of royal books signed there (also in"
        " unseen8's manifest).",
        "Summits (2): Yokohama November 2010 (APEC sidelines), this year's trilateral in Japan"
        " (planned, 2011, place not named; Wen named). Not summits: the Sunday telephone"
        " conversation.",
        "Agreements (1): the 2010 agreement on books (treaty, signed by the two governments;"
        " referenced). Not agreements: Seoul's offer of more rescuers, accepted by Kan (assistance,"
        " not a joint course of action).",
        "Quotes: each speaker's second quote follows a closed quote with no new reporting verb"
        " (cue null). Timexes: 'the day after' (12 March) and 'the day of the earthquake' (11"
        " March) take the dates they point to; '2:46 p.m.' and 'Friday' are two expressions;"
        " 'So far' and 'until dark' are not annotated; '9.0' and ages are not timexes.",
    ],
)
