# ruff: noqa: E501
ARRIVE = "Immediately after arriving at his hotel in Seogwipo City"
EXCH = "At the meeting, the two leaders agreed to develop Japan-ROK relations"
VISA = "Prime Minister Koizumi announced that visitors from the ROK"
REG = "The two leaders also agreed to hold Japan-ROK summit meetings on a regular basis"
FTA = "Regarding the Japan-ROK Free Trade Agreement (FTA)"
KIM = "Prime Minister Koizumi briefed President Roh on his meeting"
RECON = "The two leaders reconfirmed that Japan, the ROK and the United States"
JUL22 = "On July 22, following a joint press conference"
BOTH = ["Junichiro Koizumi", "Roh Moo-hyun"]

GOLD = dict(
    published="2004-07-21",
    furniture=[
        "What's up around the Prime Minister\n\nJapan-Republic of Korea Summit Meeting\n\nWednesday, July 21, 2004",
        "[Related Links]\nJapan-ROK Joint Press Conference\nJapan-ROK Summit Meeting (Summary)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi", "Prime Minister Koizumi", "the Prime Minister"],
        "Roh Moo-hyun": ["Mr. Roh Moo Hyun", "President Roh", "Roh Moo Hyun"],
        "Kim Jong Il": ["Mr. Kim Jong Il, Chairman of the National Defense Commission"],
    },
    quotes=[],
    statements=[
        (EXCH, BOTH, "agreed"),
        (VISA, ["Junichiro Koizumi"], "announced"),
        (REG, BOTH, "agreed"),
        (FTA, BOTH, "agreed"),
        (KIM, ["Junichiro Koizumi"], "briefed"),
        (RECON, BOTH, "reconfirmed"),
    ],
    timexes=[
        ("Wednesday, July 21, 2004", "2004-07-21", None),
        ("the afternoon of July 21", "2004-07-21TAF", None),
        ("as [[2005]] marks", "2005", None),
        ("March next year", "2005-03", None),
        ("the end of 2005", "2005", "END"),
        ("Bangkok [[last October]]", "2003-10", None),
        ("North Korea in [[May]]", "2004-05", None),
        ("On [[July 22]]", "2004-07-22", None),
        ("returned to Japan in [[the afternoon]]", "2004-07-22TAF", None),
    ],
    summits=[
        dict(date="2004-07-21", place="Seogwipo", country="KR", participants=BOTH, kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[ARRIVE, EXCH, JUL22]),
        dict(date="2003-10", place="Bangkok", country="TH", participants=BOTH, kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[FTA]),
        dict(date="2004-05", place=None, country="KP", participants=["Junichiro Koizumi", "Kim Jong Il"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KIM]),
    ],
    agreements=[
        dict(title="develop relations through a wide range of exchange programs in the 40th anniversary year", kind="commitment", date="2004-07-21",
             parties=["JP", "KR"], status="agreed", evidence=[EXCH]),
        dict(title="hold Japan-ROK summit meetings on a regular basis", kind="commitment", date="2004-07-21",
             parties=["JP", "KR"], status="agreed", evidence=[REG]),
        dict(title="further efforts to advance FTA negotiations toward conclusion by the end of 2005", kind="commitment", date="2004-07-21",
             parties=["JP", "KR"], status="agreed", evidence=[FTA]),
        dict(title="FTA agreement reached in Bangkok", kind="commitment", date="2003-10",
             parties=["JP", "KR"], status="referenced", evidence=[FTA]),
        dict(title="continue close Japan-ROK-U.S. coordination on the North Korean nuclear issue through the six-party talks", kind="commitment", date="2004-07-21",
             parties=["JP", "KR"], status="agreed", evidence=[RECON]),
        dict(title="Japan-DPRK Pyongyang Declaration", kind="joint-declaration", date="2002-09-17",
             parties=["JP", "KP"], status="referenced", evidence=[RECON]),
    ],
    notes=[
        "Invented readout in the style of the Japanese Prime Minister's Office 'What's up around the Prime Minister' pages; not a real document. Page title, heading, date line and related-links block are furniture; the date line is annotated. No quotation marks; the reported sentences are statements.",
        "Facts checked on stored pages: japan.kantei.go.jp/koizumiphoto/2004/07/21nikkan_e.html (left Haneda in the afternoon of July 21, 2004 for Cheju; met Roh immediately after arriving at the hotel in Seogwipo City; exchange programs for the 40th anniversary in 2005; visa exemption for the 2005 World Exposition from March 2005; regular summit meetings; FTA to be concluded by the end of 2005; the May meeting with Kim Jong-Il, Chairman of the National Defense Commission; joint press conference and talks on a bench, per the photo captions); mofa.go.jp/region/asia-paci/korea/meet0407.html (visit July 21-22); japan.kantei.go.jp/koizumiphoto/2003/10/20apec_e.html (Bangkok, October 2003: agreed to launch FTA negotiations by the end of 2003); mofa.go.jp/region/asia-paci/korea/pv0306/pdfs/joint.html (Pyongyang Declaration as the basis of Japan's policy). The declaration's date (17 September 2002) is general knowledge; the return 'in the afternoon' of July 22 is invented.",
        "Summits (3): Seogwipo 21 July (the next day's press conference and bench talk are the same visit, one record), Bangkok October 2003 (sidelines of APEC, from the public record), Koizumi's May 2004 meeting with Kim Jong Il in Pyongyang (recorded as a summit because Kim Jong Il was North Korea's leader; debatable: his formal title was Chairman of the National Defense Commission; place null because the text names no city).",
        "Agreements (6): four JP-KR commitments of 21 July split by course of action (exchanges, regular summits, FTA efforts, trilateral coordination with the U.S. on North Korea), the Bangkok FTA agreement (referenced) and the Pyongyang Declaration (joint-declaration, JP-KP, referenced). Not an agreement: the visa exemption Koizumi announced (unilateral measure).",
        "Timexes: the readout's date line is kept as the publication date although the last paragraph reports July 22 (see the manifest); 'March next year' = 2005-03; 'the end of 2005' = 2005 END; '2005' inside 'the 2005 World Exposition' is part of a name and not annotated.",
    ],
)
