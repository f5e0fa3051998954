AGREED = "The two ministers agreed to maintain close communication"
PROP = "Cho also proposed that the two ministries launch"
KANA = "Lee and Ishiba held their first face-to-face talks"

GOLD = dict(
    published="2025-07-30",
    furniture=[
        "(2nd LD) FM Cho calls on Ishiba, carries Lee's wish to restart leaders' visits\n"
        "(ATTN: ADDS courtesy call on Ishiba in paras 1-6; CHANGES headline)\n"
        "HNA | 2025/07/30 18:42 KST\n"
        "By Han Seo-yeon",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Cho Hyun": ["Foreign Minister Cho Hyun", "Cho", "the minister"],
        "Shigeru Ishiba": ["Japanese Prime Minister Shigeru Ishiba", "Ishiba",
                           "the prime minister"],
        "Yoshimasa Hayashi": ["Chief Cabinet Secretary Yoshimasa Hayashi", "Hayashi"],
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee", "the president"],
        "Takeshi Iwaya": ["Foreign Minister Takeshi Iwaya", "Iwaya"],
        "Marco Rubio": ["Secretary of State Marco Rubio"],
        "Ministry of Foreign Affairs of Korea": ["Seoul's foreign ministry", "the ministry"],
    },
    quotes=[
        ("Both countries are neighbors that cannot do without", "direct", "Yoshimasa Hayashi",
         "told reporters"),
        ("I told the prime minister that the president would like", "direct", "Cho Hyun",
         "told Korean correspondents"),
        ("a message that will be heard clearly in Tokyo.", "partial", "Takeshi Iwaya",
         "calling it"),
        ("exchanged views candidly", "partial", None, "said"),
    ],
    statements=[
        ("The 15-minute meeting took place", ["Yoshimasa Hayashi"], "according to"),
        ("Ishiba told Cho he wanted to build", ["Shigeru Ishiba", "Yoshimasa Hayashi"], "told"),
        ("Cho, who was sworn in on July 21, said", ["Cho Hyun"], "said"),
        ("No date has been fixed for their next meeting", [None], "said"),
        (AGREED, ["Cho Hyun", "Takeshi Iwaya", "Ministry of Foreign Affairs of Korea"],
         "agreed"),
        ("Iwaya welcomed Cho's decision", ["Takeshi Iwaya"], "welcomed"),
        (PROP, ["Cho Hyun", "Takeshi Iwaya", "Ministry of Foreign Affairs of Korea"],
         "proposed"),
        ("A ministry official in Seoul said", [None], "said"),
    ],
    timexes=[
        ("2025/07/30 18:42", "2025-07-30T18:42", None),
        ("TOKYO, [[July 30]] (HNA)", "2025-07-30", None),
        ("Shigeru Ishiba on [[Wednesday]]", "2025-07-30", None),
        ("[[a day after]] his first in-person", "2025-07-30", None),
        ("15-minute", "PT15M", None),
        ("July 21", "2025-07-21", None),
        ("June 17", "2025-06-17", None),
        ("June 9", "2025-06-09", None),
        ("On Tuesday", "2025-07-29", None),
        ("about an hour", "PT1H", "APPROX"),
        ("later [[Wednesday]]", "2025-07-30", None),
        ("expected [[Thursday]]", "2025-07-31", None),
        ("Aug. 1", "2025-08-01", None),
        ("last Thursday", "2025-07-24", None),
    ],
    summits=[
        dict(date="2025-06-17", place="Kananaskis", country="CA",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="sidelines", ordinal=1,
             status="held", occasion="G7", evidence=[KANA]),
    ],
    agreements=[
        dict(title="maintain close communication to develop relations steadily",
             kind="commitment", date="2025-07-29", parties=["JP", "KR"], status="agreed",
             evidence=[AGREED]),
        dict(title="keep cooperating with the United States against North Korea-Russia ties",
             kind="commitment", date="2025-07-29", parties=["JP", "KR"], status="agreed",
             evidence=[AGREED]),
        dict(title="regular foreign ministry consultation on economic security",
             kind="commitment", date="2025-07-29", parties=["JP", "KR"], status="proposed",
             evidence=[PROP]),
    ],
    notes=[
        "Invented Korean wire story in English (agency 'HNA', reporter Han Seo-yeon and every"
        " quote invented; the headline, ATTN line, stamp line, byline and '(END)' are page"
        " furniture; the stamp is annotated). Real background, checked on stored pages:"
        " nippon.com/Jiji 2025-07-29 (Cho and Iwaya met for the first time on Tuesday 29 July"
        " at the Japanese foreign ministry; agreed to communicate closely and to continue"
        " cooperation including with the United States; North Korea-Russia military ties);"
        " Korea Herald 2025-07-28 (working dinner hosted by Iwaya; Cho took office 21 July;"
        " first phone talks on Thursday 24 July; Rubio talks Thursday); JoongAng Daily"
        " 2025-07-30 and IANS via thestateline (Cho's 15-minute meeting with Ishiba at the"
        " prime minister's residence on Wednesday 30 July, reported by Chief Cabinet Secretary"
        " Hayashi); KBS 2025-07-25 (Cho to convey Lee's wish to restore leader-level"
        " diplomacy); japan-forward (U.S. tariffs from 1 August); nippon.com/Jiji 2025-06-09"
        " (Lee-Ishiba phone talks on 9 June; G7 meeting later in June). Invented: the length"
        " of the Cho-Iwaya talks ('about an hour'), the stamp time, and Cho's proposal of an"
        " economic-security consultation.",
        "Summits (1): Lee-Ishiba at the G7 in Kananaskis (ordinal 1 from 'first face-to-face"
        " talks'). Not summits: Cho's courtesy call on Ishiba (a prime minister and a foreign"
        " minister), the June 9 phone conversation, the Cho-Iwaya and Cho-Rubio ministerial"
        " meetings, Lee's wish to meet Ishiba 'soon' and the unfixed next meeting.",
        "Agreements (3): two commitments split from one sentence; Cho's consultation proposal"
        " (proposed; Iwaya only said Japan would 'look into' it).",
        "Quotes: '\"shuttle diplomacy\"' is a term, not a quote. The anonymous ministry"
        " official's partial quote has a null speaker. 'a day after' is annotated as the day it"
        " points to (the courtesy call, 30 July), following unseen12's 'a week earlier'.",
    ],
)
