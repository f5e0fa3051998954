AGREED = "According to a Cheong Wa Dae spokesman, the leaders agreed"
ALSO = "They also agreed to speed up negotiations"
INVITE = "Hashimoto also invited President Kim"

GOLD = dict(
    published="1996-06-23",
    furniture=[
        "KRS RADIO - WORLD DESK AT SEVEN\nTranscript | Sunday, June 23, 1996, 19:00 KST",
        "ANCHOR (Choi Seung-ho):",
        "CORRESPONDENT (Lim Da-eun):",
        "[END OF SEGMENT 3 of 5]",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Young-sam": ["President Kim Young-sam", "President Kim", "the president"],
        "Ryutaro Hashimoto": ["Japanese Prime Minister Ryutaro Hashimoto", "Hashimoto",
                              "HASHIMOTO"],
    },
    quotes=[
        ("Nobody wanted a fight on a holiday island.", "direct", None,
         "put it bluntly to reporters"),
    ],
    statements=[
        (AGREED, ["Kim Young-sam", "Ryutaro Hashimoto", None], "agreed"),
        (ALSO, ["Kim Young-sam", "Ryutaro Hashimoto"], "agreed"),
        (INVITE, ["Ryutaro Hashimoto", "Kim Young-sam"], "invited"),
        ("Officials say a venue in Kyushu", [None], "say"),
    ],
    timexes=[
        ("Sunday, June 23, 1996, 19:00", "1996-06-23T19:00", None),
        ("two days of informal talks", "P2D", None),
        ("this afternoon", "1996-06-23TAF", None),
        ("the end of last month", "1996-05", "END"),
        ("the 2002 World Cup", "2002", None),
        ("Saturday afternoon", "1996-06-22TAF", None),
        ("roughly two hours", "PT2H", "APPROX"),
        ("This morning", "1996-06-23TMO", None),
        ("about 90 minutes", "PT90M", "APPROX"),
        ("the 2002 tournament", "2002", None),
        ("signed in 1965", "1965", None),
        ("flared in February", "1996-02", None),
        ("early next year", "1997", "START"),
    ],
    summits=[
        dict(date="1996-06-22/1996-06-23", place="Jeju Island", country="KR",
             participants=["Kim Young-sam", "Ryutaro Hashimoto"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["wrapped up two days of informal talks",
                       "The summit was the first between the two since FIFA",
                       "The two leaders got together on Saturday afternoon",
                       "This morning they met again over breakfast", AGREED, ALSO]),
        dict(date="1997", place=None, country="JP",
             participants=["Kim Young-sam", "Ryutaro Hashimoto"], kind="bilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=[INVITE, "Officials say a venue in Kyushu"]),
    ],
    agreements=[
        dict(title="cooperate closely to make the 2002 World Cup a success", kind="commitment",
             date="1996-06-22/1996-06-23", parties=["JP", "KR"], status="agreed",
             evidence=[AGREED]),
        dict(title="launch talks on easing visa requirements during the World Cup",
             kind="commitment", date="1996-06-22/1996-06-23", parties=["JP", "KR"],
             status="agreed", evidence=[AGREED]),
        dict(title="speed up negotiations on a new fisheries agreement", kind="commitment",
             date="1996-06-22/1996-06-23", parties=["JP", "KR"], status="agreed",
             evidence=[ALSO]),
        dict(title="keep the EEZ dispute from damaging the wider relationship",
             kind="commitment", date="1996-06-22/1996-06-23", parties=["JP", "KR"],
             status="agreed", evidence=[ALSO]),
        dict(title="1965 fisheries agreement", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced", evidence=[ALSO]),
        dict(title="follow-up informal summit in Japan early next year", kind="commitment",
             date="1996-06-22/1996-06-23", parties=["JP", "KR"], status="agreed",
             evidence=[INVITE]),
    ],
    notes=[
        "Invented radio transcript (programme lines, the anchor's and correspondent's first"
        " speaker labels and the segment line are furniture; the date line is annotated)."
        " Programme, anchor, correspondent, the unnamed spokesman and official, the breakfast"
        " length, the talks' length, the visa and EEZ commitments and Hashimoto's soundbite"
        " wording are invented. Real background: The Independent (weekend summit on Cheju"
        " hosted by Kim Young-sam, first meeting on Saturday, casual clothes, no joint"
        " declaration, footballs exchanged, World Cup jointly awarded the month before,"
        " Hashimoto's remark on the burden of the past and a future dream; comfort women not"
        " touched on); MOFA Japan press conferences of 18 and 25 June 1996 (Hashimoto's visit to"
        " the ROK; outcome of the Cheju talks; a possible follow-up meeting). From general"
        " knowledge: FIFA's decision of 31 May 1996, the EEZ dispute of February 1996, the"
        " follow-up meeting in Kyushu (Beppu) in January 1997.",
        "Summits (2): the weekend summit (one meeting over two days with a breakfast session,"
        " dated as the interval 1996-06-22/1996-06-23); the follow-up meeting in Japan early"
        " next year (planned, dated 1997, place null: Kyushu is only 'being considered').",
        "Agreements (6): four commitments split from two sentences; the 1965 fisheries agreement"
        " (referenced); the accepted invitation to a follow-up summit, read as an agreed course"
        " of action (debatable). Not agreements: the 'new fisheries agreement' still under"
        " negotiation, the joint declaration that was not issued, the swap of footballs.",
        "Quotes and statements: transcript turns carry no quotation marks and are not quotes;"
        " Hashimoto's soundbite line is neither quote nor statement (no reporting verb). The"
        " invitation sentence is taken as a statement (cue 'invited') with both leaders since"
        " Kim's acceptance is in the same sentence.",
    ],
)
