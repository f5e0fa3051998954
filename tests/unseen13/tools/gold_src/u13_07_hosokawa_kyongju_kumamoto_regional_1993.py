MEET = "Meeting President Kim Young Sam on Saturday"
NK = "The two leaders, who met without neckties"

GOLD = dict(
    published="1993-11-08",
    furniture=[
        "THE HIGO SHIMPO - English Digest | Monday, November 8, 1993 | Page 3\n"
        "Former governor names the wrongs in Kyongju; Kim says he is \"deeply moved\"\n"
        "By Takuya Nishida, Staff Writer",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Morihiro Hosokawa": ["Prime Minister Morihiro Hosokawa", "Hosokawa", "He",
                              "The prime minister"],
        "Kim Young-sam": ["President Kim Young Sam", "Kim", "he"],
        "Masaru Ueki": ["Masaru Ueki"],
        "Pak Chong-su": ["Pak Chong-su", "he"],
        "Liberal Democratic Party": ["Conservative members of the LDP", "LDP"],
    },
    quotes=[
        ("remorse and apology from the heart", "partial", "Morihiro Hosokawa", "offered"),
        ("No Japanese prime minister has spoken to us", "direct", "Kim Young-sam", "said"),
        ("He used to tell us at the prefectural office", "direct", "Masaru Ueki", "said"),
        ("Words are a beginning.", "direct", "Pak Chong-su", "said"),
        ("a war of aggression,", "partial", "Morihiro Hosokawa", "has called"),
    ],
    statements=[
        (MEET, ["Morihiro Hosokawa"], "said"),
        ("He offered his", ["Morihiro Hosokawa", None], "offered"),
        ("Kim told reporters he was deeply moved.", ["Kim Young-sam"], "told reporters"),
        (NK, ["Morihiro Hosokawa", "Kim Young-sam", None], "agreed"),
        ("Pak Chong-su, who heads an association", ["Pak Chong-su"], "said"),
        ("Hosokawa, the grandson of a prewar prime minister", ["Morihiro Hosokawa"],
         "has called"),
        ("Conservative members of the LDP", ["Liberal Democratic Party"], "have criticized"),
    ],
    timexes=[
        ("Monday, November 8, 1993", "1993-11-08", None),
        ("Nov. 7", "1993-11-07", None),
        ("eight years", "P8Y", None),
        ("on [[Sunday]] after", "1993-11-07", None),
        ("two-day", "P2D", None),
        ("Kim Young Sam on [[Saturday]]", "1993-11-06", None),
        ("took office in [[August]].", "1993-08", None),
        ("1983", "1983", None),
        ("1991", "1991", None),
        ("the 1980s", "198", None),
        ("Saturday night", "1993-11-06TNI", None),
        ("lost power in [[August]]", "1993-08", None),
        ("38 years", "P38Y", None),
    ],
    summits=[
        dict(date="1993-11-06", place="Kyongju", country="KR",
             participants=["Morihiro Hosokawa", "Kim Young-sam"], kind="bilateral",
             ordinal=1, status="held", occasion=None,
             evidence=[MEET, "Kim told reporters he was deeply moved.", NK,
                       "It was their first meeting since Hosokawa took office"]),
    ],
    agreements=[
        dict(title="stay in close contact on North Korea's nuclear program",
             kind="commitment", date="1993-11-06", parties=["JP", "KR"], status="agreed",
             evidence=[NK]),
    ],
    notes=[
        "Invented Japanese regional paper (Kumamoto), English digest page: outlet/date/page"
        " line, headline and byline are furniture; the date is annotated. 'The Higo Shimpo',"
        " the reporter, Masaru Ueki, Pak Chong-su and every quote are invented; Hosokawa's"
        " partial quote is invented wording for his apology. 1993 spellings: 'Kyongju' (now"
        " Gyeongju) and 'Kim Young Sam'. Real background, checked on stored pages: NRC"
        " Handelsblad 1993-11-08 (Hosokawa apologized during a two-day weekend visit to South"
        " Korea for the loss of the mother tongue, forced Japanese names and the forced"
        " recruitment of comfort women; Kim deeply moved, saying no postwar Japanese premier had"
        " dared say as much; informal talks in the old capital Kyongju; North Korea's nuclear"
        " threat high on the agenda; the two would stay in close contact); Los Angeles Times"
        " 1994-03-25 (the meeting in South Korea on 6 November 1993). From general knowledge:"
        " Hosokawa governor of Kumamoto 1983-1991, prime minister from August 1993, grandson"
        " of Fumimaro Konoe, his 'war of aggression' remark, the LDP's loss of power in August"
        " 1993 after 38 years, the political reform bills then before the Diet. That the"
        " Kyongju talks were their first meeting is inferred (Hosokawa took office on 9"
        " August; the next APEC meeting was later in November).",
        "Summits (1): Hosokawa-Kim in Kyongju on Saturday 6 November (the visit ran two days;"
        " the talks are dated to the day the text gives), ordinal 1 from 'their first"
        " meeting' (debatable: 'first meeting since Hosokawa took office').",
        "Agreements (1): staying in close contact on the North's nuclear program. Hosokawa's"
        " apology is a unilateral statement, not an agreement.",
        "Quotes: '\"comfort women\"' and the headline's 'deeply moved' (furniture) are not"
        " quotes. 'a busy week' is too vague to annotate (debatable).",
    ],
)
