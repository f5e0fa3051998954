# ruff: noqa: E501
OPEN = "I will brief you on the outcome of the summit"
SAT = "The two presidents sat down in the Oval Office"
FIRSTWH = "It was the president's first summit at the White House since May 2013"
ADOPT = "The two leaders adopted the 2015 Republic of Korea-United States Joint Statement"
COMMITS = "The statement commits both countries"
AUG25 = "President Park explained that the inter-Korean agreement"
SECOND = "Second, the leaders agreed to work with the international community"
MDT = "They reaffirmed the Mutual Defense Treaty of 1953"
BRIEFED = "President Park briefed President Obama on her visit to Beijing"
WELCOMED = "President Obama welcomed the resumption of the three-way summit."
HOPED = "He said he hoped relations between Seoul and Tokyo would improve"
HAGUE = "The only time the two have sat at the same table"
NEXT = "Both said they would stay in close contact by telephone"
LIKE = "Was a three-way meeting with Japan discussed, like the one in The Hague?"

GOLD = dict(
    published="2015-10-16",
    furniture=[
        "Briefing by Senior Presidential Secretary for Foreign Affairs and National Security Kim Kyou-hyun on the Results of the Korea-U.S. Summit\n"
        "Office of the President, Republic of Korea (Cheong Wa Dae)\n"
        "Washington, D.C., Friday, October 16, 2015 (local time)",
        "[Unofficial English translation. Questions and answers have been condensed.]",
        "Q&A\n",
        "Q (Korean daily): ",
        "Q (American wire): ",
        "Q (Korean broadcaster): ",
        "[[Kim Kyou-hyun: ]]President Obama welcomed",
        "[[Kim Kyou-hyun: ]]No date was set.",
        "[[Kim Kyou-hyun: ]]It was not raised",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["President Park Geun-hye", "President Park", "the president", "her", "she"],
        "Barack Obama": ["President Barack Obama", "President Obama", "he"],
        "Kim Kyou-hyun": ["Senior Presidential Secretary for Foreign Affairs and National Security Kim Kyou-hyun"],
        "Xi Jinping": ["President Xi Jinping"],
        "Shinzo Abe": ["Prime Minister Abe"],
        "Li Keqiang": ["Premier Li Keqiang"],
    },
    quotes=[
        ("complete, verifiable, and irreversible denuclearization", "partial", None, "commits"),
        ("If the North chooses a different path", "direct", "Barack Obama", "said"),
    ],
    statements=[
        (AUG25, ["Park Geun-hye"], "explained"),
        (SECOND, ["Park Geun-hye", "Barack Obama"], "agreed"),
        (MDT, ["Park Geun-hye", "Barack Obama"], "reaffirmed"),
        (BRIEFED, ["Park Geun-hye"], "briefed"),
        (WELCOMED, ["Barack Obama"], "welcomed"),
        (HOPED, ["Barack Obama", "Park Geun-hye"], "said"),
        (NEXT, ["Park Geun-hye", "Barack Obama"], "said"),
    ],
    timexes=[
        ("Friday, October 16, 2015", "2015-10-16", None),
        ("this morning", "2015-10-16TMO", None),
        ("11:10 a.m.", "2015-10-16T11:10", None),
        ("about an hour", "PT1H", "APPROX"),
        ("close to two and a half hours", "PT2H30M", "APPROX"),
        ("May 2013", "2013-05", None),
        ("April last year", "2014-04", None),
        ("adopted the [[2015]] Republic", "2015", None),
        ("Aug. 25", "2015-08-25", None),
        ("in Seoul [[last year]]", "2014", None),
        ("1953", "1953", None),
        ("Beijing [[last month]]", "2015-09", None),
        ("early next month", "2015-11", "START"),
        ("March last year", "2014-03", None),
        ("a little over two weeks", "P2W", "MORE_THAN"),
        ("not raised [[today]]", "2015-10-16", None),
    ],
    summits=[
        dict(date="2015-10-16", place="Washington", country="US",
             participants=["Park Geun-hye", "Barack Obama"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[OPEN, SAT, FIRSTWH]),
        dict(date="2013-05", place="Washington", country="US",
             participants=["Park Geun-hye", "Barack Obama"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[FIRSTWH]),
        dict(date="2014-04", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Barack Obama"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[FIRSTWH, SECOND]),
        dict(date="2015-09", place="Beijing", country="CN",
             participants=["Park Geun-hye", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[BRIEFED]),
        dict(date="2015-11", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[BRIEFED, WELCOMED, HOPED, NEXT]),
        dict(date="2014-03", place="The Hague", country="NL",
             participants=["Park Geun-hye", "Shinzo Abe", "Barack Obama"], kind="trilateral", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[HAGUE, LIKE]),
    ],
    agreements=[
        dict(title="2015 Republic of Korea-United States Joint Statement on North Korea", kind="joint-statement",
             date="2015-10-16", parties=["KR", "US"], status="agreed", evidence=[ADOPT, COMMITS]),
        dict(title="work with the international community to improve human rights in the North", kind="commitment",
             date="2015-10-16", parties=["KR", "US"], status="agreed", evidence=[SECOND]),
        dict(title="keep investing in shared missile defense and other capabilities", kind="commitment",
             date="2015-10-16", parties=["KR", "US"], status="agreed", evidence=[SECOND]),
        dict(title="capabilities agreed on in Seoul last year", kind="commitment",
             date="2014-04", parties=["KR", "US"], status="referenced", evidence=[SECOND]),
        dict(title="Mutual Defense Treaty of 1953", kind="treaty",
             date="1953", parties=["KR", "US"], status="referenced", evidence=[MDT]),
        dict(title="inter-Korean agreement of Aug. 25", kind="joint-statement",
             date="2015-08-25", parties=["KP", "KR"], status="referenced", evidence=[AUG25]),
    ],
    notes=[
        "Invented briefing transcript in the style of South Korea's presidential office (Cheong Wa Dae); title, office line, date line, translation note, 'Q&A' heading and the questioners' tags are furniture (the date line's date is annotated). Every word given to Kim Kyou-hyun, Park and Obama is invented, as are the clock time (11:10 a.m.), the length of the talks and lunch, and the questions; the outlets asking are unnamed.",
        "Real facts, checked on stored pages: presidency.ucsb.edu 'The President's News Conference With President Park Geun-hye' (October 16, 2015; Obama's visit to the Blue House 'last year'; Park's previous White House visit); presidency.ucsb.edu news conference of May 7, 2013 (Park's first visit, 60th anniversary of the defense treaty); obamawhitehouse.archives.gov (Obama at the Blue House, April 2014); gangnam.com (the '2015 Republic of Korea and United States of America Joint Statement on North Korea'; the Aug. 25 inter-Korean agreement mentioned by Park); lidtime.com (Oval Office talks and lunch in the Cabinet Room; joint statement wording 'complete, verifiable, and irreversible denuclearization of North Korea in a peaceful manner'; pledge on North Korean human rights); mangalorean.com, scmp.com 1854687 and apextranslation.co.kr (Park-Xi in Beijing on 2 September 2015, three-way summit agreed for late October or early November); english.hani.co.kr 715069 (trilateral on 1 November at Cheong Wa Dae with Abe and Li Keqiang; Kim Kyou-hyun senior secretary for foreign affairs and national security); presidency.ucsb.edu and washingtontimes.com 2014-03-25 (Obama, Park and Abe in The Hague, first meeting of the three).",
        "Summits (6): Park-Obama at the White House (held); Washington May 2013 and Seoul April 2014 (background); Park-Xi in Beijing (September 2015); the planned Seoul trilateral (Li Keqiang from the public record; the text names only 'Korea, Japan and China'); The Hague trilateral of March 2014. Not summits: a separate Park-Abe meeting ('nothing has been decided'), phone contact, the next Park-Obama meeting ('No date was set').",
        "Agreements (6): the joint statement on North Korea (status 'agreed': adopted and issued, not signed); two commitments split from one sentence (human rights; continued investment in capabilities) and the referenced Seoul 2014 commitment on capabilities; the 1953 Mutual Defense Treaty; the inter-Korean agreement of 25 August 2015 (a joint press statement, hence joint-statement). 'comfort women' is a term, not a quote. The joint statement's quoted wording has speaker null.",
        "Kim's own answers are not statements (as unseen15-16); statements are the leaders' acts he reports. 'a little over two weeks' is a duration (P2W, MORE_THAN); '2015' in the statement's name is annotated as a year.",
    ],
)
