GOLD = dict(
    published="2015-08-15",
    furniture=[
        "Park says Abe's war anniversary statement 'falls short', but keeps door to Tokyo open",
        "Posted : 2015-08-15 19:40", "By Yoon Ha-jin",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["Park Geun hye", "President Park Geun-hye", "Park", "she"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe", "Prime Minister Abe"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga", "Suga"],
        "Lim Jae-woo": ["Lim"],
        "South Korean foreign ministry": ["Seoul's foreign ministry"],
    },
    quotes=[
        ("Prime Minister Abe's statement did not fully meet", "direct", "Park Geun-hye",
         "said"),
        ("Still, I note that he told the world clearly", "direct", "Park Geun-hye", "said"),
        ("with consistent and sincere action,", "partial", "Park Geun-hye", "urged"),
        ("profound grief", "partial", "Shinzo Abe", "expressed"),
        ("predestined to apologize.", "partial", "Shinzo Abe", "said"),
        ("build a future-oriented relationship", "partial", "Yoshihide Suga",
         "told reporters"),
        ("She has left herself room to meet him,", "direct", "Lim Jae-woo", "said"),
        ("Whether Tokyo uses that room is another matter.", "direct", "Lim Jae-woo", None),
    ],
    statements=[
        ("President Park Geun-hye said Saturday", ["Park Geun-hye"], "said"),
        ("Park urged Tokyo to back that pledge", ["Park Geun-hye"], "urged"),
        ("In the statement, approved by his Cabinet", ["Shinzo Abe"], "expressed"),
        ("He did not offer a fresh apology", ["Shinzo Abe"], "said"),
        ("Seoul's foreign ministry had said on Friday night", ["South Korean foreign ministry"],
         "had said"),
        ("officials have said a bilateral meeting", [None], "have said"),
        ("In Tokyo, Chief Cabinet Secretary Yoshihide Suga told reporters", ["Yoshihide Suga"],
         "told reporters"),
        ("Lim Jae-woo, a professor of Japanese studies", ["Lim Jae-woo"], "said"),
        ("diplomatic sources said.", [None], "said"),
    ],
    timexes=[
        ("2015-08-15 19:40", "2015-08-15T19:40", None),
        ("President Park Geun-hye said [[Saturday]]", "2015-08-15", None),
        ("70 years", "P70Y", None),
        ("1910-45", "1910/1945", None),
        ("on Friday evening", "2015-08-14TEV", None),
        ("on Friday night", "2015-08-14TNI", None),
        ("March last year", "2014-03", None),
        ("in Beijing in [[November]]", "2014-11", None),
        ("In June", "2015-06", None),
        ("1965", "1965", None),
        ("later this year", "2015", None),
    ],
    summits=[
        dict(date="2014-03", place="The Hague", country="NL",
             participants=["Park Geun-hye", "Shinzo Abe", "Barack Obama"], kind="trilateral",
             ordinal=None, status="held", occasion="the Nuclear Security Summit",
             evidence=["Their only formal meeting came in The Hague"]),
    ],
    agreements=[
        dict(title="1965 treaty normalizing relations", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["to mark the 50th anniversary of the 1965 treaty"]),
    ],
    notes=[
        "Invented test article (Seoul daily: headline, 'Posted' line and byline are furniture;"
        " the posted stamp is annotated). Reporter, outlet, stamp, the professor and his"
        " university, and every quote are invented (Park's words paraphrase the reported gist"
        " of her speech; Abe's two short partials echo the widely reported wording of his"
        " statement and are kept as partial quotes; Suga's partial is invented). Real"
        " background: Abe's statement adopted on Friday 2015-08-14; Park's Liberation Day"
        " address on Saturday 2015-08-15 noting that it fell short and that previous cabinets'"
        " view of history would remain unshakable, urging consistent and sincere actions and a"
        " swift resolution of the comfort women issue (Reuters, Asiaone, Jiji via stored"
        " pages); Seoul's hope for a trilateral summit in the autumn with a bilateral on its"
        " margins (Jiji); the Hague trilateral of March 2014; the June 2015 receptions for the"
        " 50th anniversary (stored pages used by earlier corpora). The venue of the address,"
        " the foreign ministry's Friday-night remark, the Beijing banquet exchange (APEC,"
        " November 2014) and the expected Yun-Kishida meeting are plausible details from"
        " general knowledge or invented.",
        "Quotes: Park direct x2 and partial; Abe partials x2; Suga partial; Lim's quote split"
        " by 'Lim said' into two direct quotes.",
        "Statements: Park 'said Saturday' (lede); Park 'urged ... and called on'; Abe"
        " 'expressed ... and said' (sentence with a partial); Abe 'said' (He did not offer ...);"
        " the ministry 'had said'; 'officials have said' (null); Suga 'told reporters'; Lim"
        " 'said' (the sentence introducing him, which carries his reported view); 'diplomatic"
        " sources said' (null). Not statements: Park's quote sentences.",
        "Timexes: published Saturday 2015-08-15; '70 years' = P70Y; '1910-45' = 1910/1945;"
        " 'Friday evening' = 2015-08-14TEV, 'Friday night' = 2015-08-14TNI; 'March last year'"
        " = 2014-03; 'November' (past) = 2014-11; 'June' (past) = 2015-06; 'later this year' ="
        " 2015. 'the coming weeks' is vague and not annotated (debatable). Not timexes: the"
        " ordinals '70th anniversary' and '50th anniversary', 'the end of World War II' (an"
        " event name), 'Liberation Day' (a holiday name, debatable).",
        "Summits (1): the Hague trilateral (2014-03). Not summits: 'have not held a one-on-one"
        " summit', the words exchanged at the APEC banquet ('did not sit down for talks'), the"
        " June receptions (no meeting), the hoped-for trilateral and bilateral later in the"
        " year (no date, a hope), the expected Yun-Kishida ministers' meeting.",
        "Agreements (1): the 1965 treaty (referenced). Not agreements: Abe's statement and the"
        " previous cabinets' positions (unilateral statements).",
    ],
)
