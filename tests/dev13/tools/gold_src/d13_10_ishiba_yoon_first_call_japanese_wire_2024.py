# ruff: noqa: E501
LEAD = "New Japanese Prime Minister Shigeru Ishiba and South Korean President Yoon Suk Yeol agreed"
CONF = "The leaders also confirmed that Tokyo, Seoul and Washington"
LAOS = "Speaking to reporters afterward, Ishiba said he hopes"
LIQ = "Japanese officials are also exploring a first meeting there"
ALB = "Ishiba and Albanese agreed to deepen security cooperation"
KIS = "Kishida and Yoon met 12 times over the past two years"
MOC = "During that trip the two leaders welcomed the signing"

GOLD = dict(
    published="2024-10-02",
    furniture=[
        "Ishiba, Yoon agree by phone to keep shuttle diplomacy going, eye talks in Laos",
        "TOKYO, Oct. 2 (Shinsei) -- ",
        "==Shinsei",
        "Related coverage:",
        "Ishiba elected prime minister, names Cabinet",
        "Yoon sends congratulations to Ishiba",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["New Japanese Prime Minister Shigeru Ishiba", "Ishiba"],
        "Yoon Suk Yeol": ["South Korean President Yoon Suk Yeol", "Yoon", "the president"],
        "Fumio Kishida": ["Kishida"],
        "Joe Biden": ["U.S. President Joe Biden"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese", "Albanese"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
        "presidential office": ["Seoul's presidential office", "Yoon's office"],
    },
    quotes=[
        ("Next year's 60th anniversary of normalization", "direct", "presidential office", "said in a release"),
    ],
    statements=[
        (LEAD, ["Shigeru Ishiba", "Yoon Suk Yeol"], "agreed"),
        ("Ishiba told Yoon that close cooperation", ["Shigeru Ishiba"], "told"),
        ("He thanked Yoon for a congratulatory letter", ["Shigeru Ishiba"], "thanked"),
        (CONF, ["Shigeru Ishiba", "Yoon Suk Yeol"], "confirmed"),
        (LAOS, ["Shigeru Ishiba"], "said"),
        (LIQ, [None], "said"),
        ("Earlier in the day, Ishiba spoke by phone with", ["Shigeru Ishiba"], "telling"),
        (ALB, ["Shigeru Ishiba", "Anthony Albanese"], "agreed"),
        (MOC, ["Fumio Kishida", "Yoon Suk Yeol"], "welcomed"),
        ("Ishiba, a former defense minister, has floated", ["Shigeru Ishiba"], "floated"),
    ],
    timexes=[
        ("TOKYO, [[Oct. 2]] (Shinsei)", "2024-10-02", None),
        ("telephone talks [[Wednesday]]", "2024-10-02", None),
        ("15-minute", "PT15M", None),
        ("3:15 p.m.", "2024-10-02T15:15", None),
        ("a day after", "2024-10-02", None),
        ("letter sent [[Tuesday]]", "2024-10-01", None),
        ("Next year's 60th", "2025", None),
        ("Oct. 10", "2024-10-10", None),
        ("Oct. 10 and [[11]]", "2024-10-11", None),
        ("Earlier in the day", "2024-10-02", None),
        ("the past two years", "P2Y", None),
        ("Sept. 6", "2024-09-06", None),
    ],
    summits=[
        dict(date="2024-10", place="Vientiane", country="LA",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol"], kind="sidelines", ordinal=1,
             status="planned", occasion="the Association of Southeast Asian Nations-related summits", evidence=[LAOS]),
        dict(date="2024-10", place="Vientiane", country="LA",
             participants=["Shigeru Ishiba", "Li Qiang"], kind="sidelines", ordinal=1,
             status="planned", occasion="the Association of Southeast Asian Nations-related summits", evidence=[LIQ]),
        dict(date="2024-09-06", place="Seoul", country="KR",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KIS, MOC]),
    ],
    agreements=[
        dict(title="continue shuttle diplomacy", kind="commitment", date="2024-10-02",
             parties=["JP", "KR"], status="agreed", evidence=[LEAD]),
        dict(title="Tokyo, Seoul and Washington work together on North Korea's nuclear and missile development", kind="commitment",
             date="2024-10-02", parties=["JP", "KR"], status="agreed", evidence=[CONF]),
        dict(title="keep cooperating on North Korean human rights issues including abductions", kind="commitment",
             date="2024-10-02", parties=["JP", "KR"], status="agreed", evidence=[CONF]),
        dict(title="deepen Japan-Australia security cooperation", kind="commitment", date="2024-10-02",
             parties=["AU", "JP"], status="agreed", evidence=[ALB]),
        dict(title="keep working together within the Quad framework", kind="commitment", date="2024-10-02",
             parties=["AU", "JP"], status="agreed", evidence=[ALB]),
        dict(title="memorandum of cooperation on protecting nationals in third countries", kind="mou", date="2024-09-06",
             parties=["JP", "KR"], status="referenced", evidence=[MOC]),
    ],
    notes=[
        "Invented Japanese wire story in Kyodo/Jiji style (dateline with agency, '==Shinsei' end mark, related coverage). Shinsei and the government source's remark are fictional/invented; the presidential office's quote rewords the office's release.",
        "Facts checked on stored pages: m.oananews.org/node/689330 (Jiji: first phone talks on Wednesday Oct. 2, a day after Ishiba was elected; shuttle diplomacy; close cooperation essential in the strategic environment; North Korea with the U.S.; abductions; Ishiba hopes for a first summit in Laos on Oct. 10-11; phone talks with Albanese on security and the Quad); wowkorea.live 458374 and cm.asiae.co.kr (15 minutes from 3:15 p.m.; thanks for the congratulatory letter sent the day before; the office's line on the 60th anniversary; human rights issues incl. abductees, detainees and POWs; Biden call first); m.koreaherald ud=20241002050708 (Yonhap: agreed to continue shuttle diplomacy; Kishida and Yoon held 12 summits over two years); djournal.kr 23822 (Sept. 6 summit, memorandum of cooperation on protecting nationals in third countries welcomed); world.kbs.co.kr Seq_Code 188335 (talks under way for an Ishiba-Li meeting in Laos); arabnews.jp 132475 (Ishiba's Asian NATO idea). Kishida's Sept. 6 visit as a farewell is public record and the project's other corpora.",
        "Summits (3): the hoped-for first Ishiba-Yoon meeting in Vientiane and the explored Ishiba-Li meeting (both planned, 2024-10, ordinal 1 'first'); Kishida-Yoon in Seoul on Sept. 6 (held; '12 times' is an aggregate and gives no stated ordinal). Not summits: the phone calls with Yoon, Biden and Albanese.",
        "Agreements (6): shuttle diplomacy (agreed by phone); 'confirmed that Tokyo, Seoul and Washington will work together ... and agreed to keep cooperating on human rights issues' split into two; the Ishiba-Albanese commitments split into two (AU, JP); the memorandum of cooperation of Sept. 6 (mou, referenced). Not agreements: Ishiba's 'Asian version of NATO' (an idea floated, not proposed to a counterpart; the quotation marks mark the concept's name, not a quote), his pledge to Biden (unilateral).",
        "Timexes: 'a day after Ishiba was elected' points to the call (2024-10-02); 'Oct. 10 and 11' is two expressions; 'the past two years' = P2Y.",
    ],
)
