# ruff: noqa: E501
CAME = "The speech came eight days before Lee is set to fly to Tokyo"
SECOND = "He and Prime Minister Shigeru Ishiba will hold their second summit"
WASH = "From Tokyo, Lee will travel on to Washington"
DECL = "Kang said Lee regards the 1998 joint declaration"
TREATY = "Tokyo, for its part, maintains that all colonial-era claims"

GOLD = dict(
    published="2025-08-15",
    furniture=[
        "Lee calls Japan 'indispensable partner' in Liberation Day speech, eight days before Tokyo trip\n"
        "Input 2025.08.15 12:48 | Edit 2025.08.15 17:02\n"
        "Reporter Yoon Da-hye",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae-myung": ["President Lee Jae-myung", "Lee", "He", "his"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba"],
        "Donald Trump": ["U.S. President Donald Trump"],
        "Kang Yu-jung": ["Presidential spokesperson Kang Yu-jung", "she", "Kang"],
        "Kim Dae-jung": ["then President Kim Dae-jung"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi"],
        "Yoshimasa Hayashi": ["Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("We have to look squarely at the past", "direct", "Lee Jae-myung", "said"),
        ("I ask the Japanese government to face", "direct", "Lee Jae-myung", None),
        ("The order of the trip is itself a message", "direct", "Kang Yu-jung", "said"),
        ("turn regret into partnership.", "partial", "Kang Yu-jung", "said"),
        ("remorse", "partial", "Shigeru Ishiba", "expressing"),
        ("building a stable relationship", "partial", "Yoshimasa Hayashi", "saying"),
        ("an enemy country", "partial", "Lee Jae-myung", "called"),
    ],
    statements=[
        ("President Lee Jae-myung on Friday described Japan", ["Lee Jae-myung"], "described"),
        ("Speaking at a ceremony in central Seoul", ["Lee Jae-myung"], "said"),
        (SECOND, ["Lee Jae-myung", "Shigeru Ishiba"], "agreed"),
        ("Presidential spokesperson Kang Yu-jung told reporters", ["Kang Yu-jung", "Lee Jae-myung"], "told reporters"),
        (DECL, ["Kang Yu-jung", "Lee Jae-myung"], "said"),
        (TREATY, ["Government of Japan"], "maintains"),
        ("Turning to North Korea in the same speech", ["Lee Jae-myung"], "said"),
        ("In Tokyo, Ishiba spoke at the government's annual memorial", ["Shigeru Ishiba"], "expressing"),
        ("Japan's top government spokesman", ["Yoshimasa Hayashi"], "welcomed"),
        ("Lee, who once called Japan", ["Lee Jae-myung"], "has said"),
    ],
    timexes=[
        ("speech, [[eight days before]] Tokyo trip", "2025-08-15", None),
        ("Input [[2025.08.15 12:48]]", "2025-08-15T12:48", None),
        ("Edit [[2025.08.15 17:02]]", "2025-08-15T17:02", None),
        ("Jae-myung [[on Friday]]", "2025-08-15", None),
        ("1910-45", "1910/1945", None),
        ("came [[eight days before]]", "2025-08-15", None),
        ("two-day", "P2D", None),
        ("Aug. 23-24", "2025-08-23/2025-08-24", None),
        ("June 4", "2025-06-04", None),
        ("Saturday next week", "2025-08-23", None),
        ("Canada, in [[June]]", "2025-06", None),
        ("Aug. 25", "2025-08-25", None),
        ("the [[1998]] joint declaration", "1998", None),
        ("the [[1965]] treaty", "1965", None),
        ("on the same day", "2025-08-15", None),
        ("in 13 years", "P13Y", None),
        ("an [[afternoon]] press conference", "2025-08-15TAF", None),
        ("June 3", "2025-06-03", None),
    ],
    summits=[
        dict(date="2025-06", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="sidelines", ordinal=1,
             status="held", occasion="G7", evidence=[SECOND]),
        dict(date="2025-08-23", place="Tokyo", country="JP",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="bilateral", ordinal=2,
             status="planned", occasion=None, evidence=[CAME, SECOND]),
        dict(date="2025-08-25", place="Washington", country="US",
             participants=["Lee Jae-myung", "Donald Trump"], kind="bilateral", ordinal=1,
             status="planned", occasion=None, evidence=[WASH]),
    ],
    agreements=[
        dict(title="keep working toward restoring shuttle diplomacy (Kananaskis)", kind="commitment", date="2025-06",
             parties=["JP", "KR"], status="referenced", evidence=[SECOND]),
        dict(title="1998 joint declaration of Kim Dae-jung and Keizo Obuchi", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[DECL]),
        dict(title="1965 treaty that normalized ties", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[TREATY]),
    ],
    notes=[
        "Invented Korean broadcaster web story ('HNB News'; reporter invented; headline, Input/Edit line and reporter line are furniture; the headline expression and both stamps are annotated). Lee's two direct quotes are invented paraphrases of his speech, not its wording; Kang Yu-jung's quote and her remark on the 1998 declaration ('turn regret into partnership') are invented; Hayashi's afternoon welcome is invented.",
        "Real background, checked on stored pages: japannews.yomiuri 2025-08-15, livemint 2025-08-15, alojapan (AFP/Le Monde) and ajupress 2025-08-15 (Lee's Liberation Day speech on Friday 15 August 2025 for the 80th anniversary: Japan a neighbour across the sea and an indispensable partner, forward-looking cooperation through shuttle diplomacy, face the painful history; Tokyo visit on 23-24 August and talks with Ishiba; then Washington for a first meeting with Trump; Lee's 2016 'enemy country' remark; North Korea: respect its system, no absorption, loudspeakers halted); evrimagaci (Lee backs the previous government's compensation plan); KBS 2025-06-18 and djournal.kr (first Lee-Ishiba summit at Kananaskis in June, shuttle diplomacy). From general knowledge or other corpora' titles: Lee took office on 4 June after the 3 June election; Lee-Trump on 25 August; Ishiba's 'remorse' at the 15 August ceremony, the first in 13 years; Hayashi as Chief Cabinet Secretary; Kang Yu-jung as spokesperson; Lee was mayor of Seongnam in 2016.",
        "Summits (3): Kananaskis (held, ordinal 1, 'a first meeting'), the planned Tokyo summit 'on Saturday next week' (ordinal 2, 'their second summit'; the 'two-day visit' is one summit), and the planned first Lee-Trump summit in Washington (ordinal 1). Not summits: the memorial ceremonies, the speech.",
        "Agreements (3): the Kananaskis shuttle-diplomacy commitment (referenced), the 1998 joint declaration (joint-declaration, referenced, dated 1998 as written), the 1965 treaty (referenced). Not agreements: the previous government's compensation plan (a unilateral plan), Seoul's steps toward the North (unilateral).",
        "Timexes: 'eight days before' (headline and body) takes the date it points to (the speech, 15 August); 'Saturday next week' = 23 August; 'Aug. 23-24' is one interval; 'in 13 years' = P13Y; 'afternoon' = 2025-08-15TAF. '80th anniversary' is an ordinal.",
    ],
)
