# ruff: noqa: E501
LEDE = "Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed on Sunday"
NYC = "The two men, who last sat down together"
REG = "Putin told Abe he would like"
DIN = "At a working dinner the same evening"
THANK = "Abe thanked Park for her hospitality"
REPLY = "Park was quoted as replying"
NOV2 = "At their Nov. 2 meeting they had agreed"
TRI = "That summit came a day after"
XI = "Tokyo is seeking a meeting with Xi"
OBAMA = "Abe is due to hold talks with Obama"
GOLD = dict(
    published="2015-11-16",
    furniture=[
        "Abe, Putin agree to prepare Russian leader's Japan visit; Abe thanks Park over G20 dinner\n16 November 2015 - 09:12 GMT\nMeridian Wire",
        "ANTALYA, Turkey, Nov 16 (Meridian) - ",
        "(Reporting by Lena Ortmann; Editing by Ravi Menon)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Li Keqiang": [],
        "Government of Japan": ["a Japanese government account"],
    },
    quotes=[
        ("I am glad to hear that", "direct", "Park Geun-hye", "was quoted as replying"),
    ],
    statements=[
        (LEDE, ["Shinzo Abe", "Vladimir Putin"], "agreed"),
        (NYC, ["Shinzo Abe", "Vladimir Putin", "Government of Japan"], "agreed"),
        (REG, ["Vladimir Putin", "Government of Japan"], "told"),
        (THANK, ["Shinzo Abe"], "thanked"),
        (REPLY, ["Park Geun-hye"], "was quoted as replying"),
        (NOV2, ["Shinzo Abe", "Park Geun-hye"], "agreed"),
        (XI, [None], "said"),
        (OBAMA, [None], "said"),
    ],
    timexes=[
        ("16 November 2015 - 09:12 GMT", "2015-11-16T09:12", None),
        ("Turkey, [[Nov 16]] (Meridian", "2015-11-16", None),
        ("on Sunday", "2015-11-15", None),
        ("Sept. 28", "2015-09-28", None),
        ("the same evening", "2015-11-15TEV", None),
        ("two weeks after", "2015-11-15", None),
        ("Nov. 2", "2015-11-02", None),
        ("conclusion in [[2015]]", "2015", None),
        ("a day after", "2015-11-02", None),
        ("three and a half years", "P3Y6M", None),
        ("later this week", "2015-W47", None),
        ("on Thursday", "2015-11-19", None),
    ],
    summits=[
        dict(date="2015-11-15", place="Antalya", country="TR", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[LEDE, NYC, REG]),
        dict(date="2015-09-28", place="New York", country="US", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[NYC]),
        dict(date="2015-11-02", place="Seoul", country="KR", participants=["Shinzo Abe", "Park Geun-hye"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[DIN, NOV2, TRI]),
        dict(date="2015-11-01", place="Seoul", country="KR", participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[TRI]),
        dict(date="2015-11-19", place="Manila", country="PH", participants=["Shinzo Abe", "Barack Obama"],
             kind="sidelines", ordinal=None, status="planned", occasion="APEC", evidence=[OBAMA]),
    ],
    agreements=[
        dict(title="prepare for a visit by Putin to Japan at the most suitable time", kind="commitment",
             date="2015-11-15", parties=["JP", "RU"], status="agreed", evidence=[LEDE]),
        dict(title="keep working toward a mutually acceptable settlement of the territorial dispute", kind="commitment",
             date="2015-11-15", parties=["JP", "RU"], status="agreed", evidence=[NYC]),
        dict(title="accelerate negotiations on the comfort women issue, aiming for an early conclusion", kind="commitment",
             date="2015-11-02", parties=["JP", "KR"], status="referenced", evidence=[NOV2]),
        dict(title="put the annual Japan-China-South Korea summit back on track", kind="commitment",
             date="2015-11-01", parties=["JP", "CN", "KR"], status="referenced", evidence=[TRI]),
    ],
    notes=[
        "Invented international wire story (agency 'Meridian Wire', reporter and editor invented; headline, stamp, agency line, dateline prefix and credit are furniture; stamp and dateline annotated). Park's reply is a paraphrased English rendering of the reported exchange, not a verbatim quote.",
        "Real facts checked on stored pages: jmh.usembassy.gov/2015111772169 (Yomiuri gist of the Japan-Russia summit of 15 Nov 2015: preparations for Putin's visit at the most appropriate time; mutually acceptable solution; Putin would like to meet in a regional city); oananews.org 387345 (TASS: Abe-Putin meeting in New York on 28 Sept; Abe preparing meetings with Putin and Obama at the G20 in Turkey); solarmotionlights.blogspot.com 2015/11 (Kyodo via CNA: at the G20 dinner on the 15th Abe sat with Park and thanked her for Seoul's hospitality, said the mood in Japan had improved; Park replied it was nice to hear; Abe shook hands with Xi and Obama without talks; Abe sought talks with Xi in Manila); lidtime.com 215844 (Abe-Obama on the South China Sea in Manila); philippinestodayusa.com (APEC Manila 18-19 Nov). From the titles of other corpora and general knowledge: the Seoul trilateral of 1 Nov 2015 (first in three and a half years) and the Park-Abe summit of 2 Nov with its agreement to speed up talks; Abe-Obama on Thursday 19 Nov.",
        "Summits (5): Antalya Abe-Putin; New York Abe-Putin (28 Sept); Seoul Park-Abe (ordinal 1, 'first formal summit'); Seoul trilateral with Li Keqiang (participant from the public record); planned Manila Abe-Obama (Thursday). Not summits: the dinner seating, handshakes with Xi and Obama ('no talks took place'), an Abe-Xi meeting in Manila (sought, not confirmed), Putin's Japan visit (no date; recorded only as an agreement).",
        "Agreements (4): two JP-RU commitments split from the lede and the next sentence, the Seoul commitment (referenced), the trilateral commitment (referenced). 'two weeks after' and 'a day after' take the date they point to (the dinner, the Seoul summit), as in unseen16.",
    ],
)
