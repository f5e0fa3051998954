# ruff: noqa: E501
OBLEE = "Barack Obama arrived on Sunday, went straight to the Demilitarized Zone"
PRESSER = "At the joint news conference that followed, the American president warned"
HUMED = "On Monday he took the same message into separate meetings"
LEEBIL = "By Tuesday evening he had held bilateral talks"
NODA_IN = "In his intervention he departed from the script"
KYOTO = "When he and Lee last held a summit, in Kyoto in December"
BEIJING = "The two are due to see each other again in Beijing in May"
FEB29 = "a breach of the Feb. 29 deal under which"
AGENDA = "The agenda, as the host government reminded anyone who asked"
CONCEDE = "By then, Seoul's officials privately concede"

GOLD = dict(
    published="2012-03-28",
    furniture=[
        "THE EASTERN LEDGER | Diplomacy | Issue of March 28, 2012",
        "Fifty-three delegations, one rocket",
        "Seoul's nuclear security summit was meant to be about loose plutonium. North Korea made it about something else, and Japan's prime minister was the one who said so out loud.",
        "By Helen Marsh",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Barack Obama": ["Barack Obama", "the American president", "he"],
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Hu Jintao": ["China's Hu Jintao"],
        "Dmitry Medvedev": ["Russia's Dmitry Medvedev"],
        "Julia Gillard": ["Australia's Julia Gillard"],
        "Mario Monti": ["Italy's Mario Monti"],
        "Yoshihiko Noda": ["Yoshihiko Noda", "Japan's prime minister", "Noda"],
        "Wen Jiabao": [],
        "Yoon Ha-na": ["Yoon Ha-na, a researcher at the Hangang Institute for Security Studies"],
        "Government of South Korea": ["the host government"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("Tokyo decided that the people most exposed", "direct", "Yoon Ha-na", "said"),
    ],
    statements=[
        (AGENDA, ["Government of South Korea"], "reminded"),
        (PRESSER, ["Barack Obama"], "warned"),
        (LEEBIL, [None], "said"),
        (NODA_IN, ["Yoshihiko Noda"], "urging"),
        (KYOTO, ["Lee Myung-bak", "Government of Japan"], "pressing"),
        (CONCEDE, [None], "concede"),
    ],
    timexes=[
        ("Issue of [[March 28, 2012]]", "2012-03-28", None),
        ("For [[two days]] this week", "P2D", None),
        ("two days [[this week]]", "2012-W13", None),
        ("Earlier this month", "2012-03", None),
        ("between [[April 12]] and", "2012-04-12", None),
        ("April 12 and [[16]]", "2012-04-16", None),
        ("Feb. 29", "2012-02-29", None),
        ("arrived [[on Sunday]]", "2012-03-25", None),
        ("[[On Monday]] he took", "2012-03-26", None),
        ("By [[Tuesday evening]]", "2012-03-27TEV", None),
        ("over four days", "P4D", None),
        ("on [[the final day]]", "2012-03-27", None),
        ("Gimpo airport [[on Monday]]", "2012-03-26", None),
        ("spent [[Tuesday]] in", "2012-03-27", None),
        ("Kyoto in [[December]]", "2011-12", None),
        ("the [[1965]] agreement", "1965", None),
        ("Beijing in [[May]]", "2012-05", None),
        ("in [[2014]]", "2014", None),
        ("this spring", "2012-SP", None),
    ],
    summits=[
        dict(date="2012-03-25", place="Seoul", country="KR", participants=["Barack Obama", "Lee Myung-bak"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[OBLEE, PRESSER]),
        dict(date="2012-03-26", place="Seoul", country="KR", participants=["Barack Obama", "Hu Jintao"],
             kind="sidelines", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[HUMED]),
        dict(date="2012-03-26", place="Seoul", country="KR", participants=["Barack Obama", "Dmitry Medvedev"],
             kind="sidelines", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[HUMED]),
        dict(date="2012-03-27", place="Seoul", country="KR", participants=["Lee Myung-bak", "Julia Gillard"],
             kind="sidelines", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[LEEBIL]),
        dict(date="2012-03-27", place="Seoul", country="KR", participants=["Lee Myung-bak", "Mario Monti"],
             kind="sidelines", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[LEEBIL]),
        dict(date="2011-12", place="Kyoto", country="JP", participants=["Lee Myung-bak", "Yoshihiko Noda"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KYOTO]),
        dict(date="2012-05", place="Beijing", country="CN", participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[BEIJING]),
    ],
    agreements=[
        dict(title="U.S.-North Korea deal of Feb. 29 (test moratorium for food aid)", kind="commitment", date="2012-02-29",
             parties=["KP", "US"], status="referenced", evidence=[FEB29]),
        dict(title="1965 Agreement on the Settlement of Problems concerning Property and Claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[KYOTO]),
    ],
    notes=[
        "Invented magazine feature (The Eastern Ledger); masthead/issue line, headline, standfirst and byline are furniture (the issue date is annotated). Invented: the writer and magazine, the researcher and institute and the quote, 'his spokesman said almost every one of them had expressed concern', officials' private concession. The article deliberately says nothing about a Lee-Noda meeting in Seoul (none found on the stored pages).",
        "Real facts checked on stored pages: hangukstory.blogspot.com 2012-03-25 (summit on 26-27 March at COEX, 53 nations and four organisations; Obama arrived Sunday and visited the DMZ); pbs.org newshour 2012-03-26 (Obama's joint news conference with Lee; nothing achieved by threats or provocations; meetings with Hu Jintao and Medvedev 'today', the open microphone); koreaherald 20120327001049 (Lee's bilateral talks with around 15 leaders over four days; Monti and Gillard on Tuesday; Obama's talks with Lee last weekend); mic.com (launch window 12-16 April announced earlier in March; the February agreement); asdnews.com (Feb. 29 deal: food aid for a freeze and test suspension); newsghana.com.gh / jpost.com (Reuters: Noda arrived at Gimpo on 26 March, went off-script in his speech, no other major leader mentioned North Korea); mofa.go.jp nuclear_security/2012/outline.html (Noda attended the events of 27 March). From the project's manifests: Lee-Noda in Kyoto, December 2011, pressing on sexual slavery (unseen8); the Beijing trilateral of May 2012 (unseen6). General knowledge: Japan's position that the 1965 claims agreement settled the issue; the 2014 summit in the Netherlands.",
        "Summits (7): Obama-Lee on Sunday (bilateral, before the summit opened); Obama-Hu and Obama-Medvedev on Monday and Lee-Gillard and Lee-Monti on Tuesday (sidelines of the Nuclear Security Summit); Lee-Noda in Kyoto (December 2011); planned Beijing trilateral in May (Wen Jiabao from the public record). Not summits: 'bilateral talks with the leaders of around 15 countries' in aggregate (only the two named are recorded), the Nuclear Security Summit itself, the 2014 summit.",
        "Agreements (2): the U.S.-North Korea Feb. 29 deal (commitment, referenced); the 1965 claims agreement (referenced). Not agreements: the summit communique (mentioned only as 'fine print', not recorded, debatable).",
        "Timexes: 'April 12 and 16' = two expressions; 'this week' = 2012-W13; 'this spring' = 2012-SP; 'the final day' = 2012-03-27.",
    ],
)
