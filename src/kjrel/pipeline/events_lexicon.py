"""Word lists and patterns for summits, agreements and office claims.

Rules as data: every word or pattern the :mod:`~kjrel.pipeline.summits`,
:mod:`~kjrel.pipeline.agreements` and :mod:`~kjrel.pipeline.claims` stages
match lives here, so the rules can be read (and extended) in one place.
Every pattern is bounded (no nested unbounded quantifiers over overlapping
classes), so matching is linear in the length of a sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from kjrel.reference import default_reference

__all__ = [
    "ANAPHORIC_AGREEMENT",
    "CLAIM_LEAVES",
    "CLAIM_TAKES",
    "COMMITMENT_VERBS",
    "COMMON_FAMILY_NAMES",
    "COMPOUND_PARTS",
    "COUNTRY_COMPOUND",
    "COURSE_VERBS",
    "DEFAULT_COUNTRIES",
    "GENERAL_COMMITMENT",
    "GENERIC_MODIFIERS",
    "INSTRUMENTS",
    "IN_JOINT_INSTRUMENT",
    "NEGATED_INSTRUMENT",
    "OCCASIONS",
    "OCCASION_SUMMIT",
    "ORDINAL_MEETING",
    "ORDINAL_NOT_COUNTING",
    "ORDINAL_WORDS",
    "PLACE_PREPOSITIONS",
    "PLURAL_SUBJECT",
    "PROPOSAL_VERBS",
    "REACHED_AGREEMENT",
    "RELATIVE_CLAUSE",
    "SIDELINES_REGION",
    "SIGNED_AGREEMENT",
    "SIGNING_WORDS",
    "SURNAME_TITLES",
    "TRILATERAL_WORDS",
    "TRIPLE_PLURAL",
    "UNILATERAL_OR_GENERAL",
    "VENUES",
    "InstrumentPattern",
]

# --------------------------------------------------------------------------
# Summits
# --------------------------------------------------------------------------


OCCASIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("APEC", re.compile(r"\bAPEC\b|Asia[- ]Pacific Economic Cooperation", re.IGNORECASE)),
    ("G7", re.compile(r"\bG-?7\b|Group of Seven", re.IGNORECASE)),
    ("G20", re.compile(r"\bG-?20\b|Group of 20|Group of Twenty", re.IGNORECASE)),
    ("NATO", re.compile(r"\bNATO\b|North Atlantic Treaty Organization", re.IGNORECASE)),
    (
        "UN General Assembly",
        re.compile(r"\bUNGA\b|(?:UN|U\.N\.|United Nations) General Assembly", re.IGNORECASE),
    ),
    ("ASEAN", re.compile(r"\bASEAN\b", re.IGNORECASE)),
    ("East Asia Summit", re.compile(r"\bEast Asia Summit\b", re.IGNORECASE)),
    ("Nuclear Security Summit", re.compile(r"\bNuclear Security Summit\b", re.IGNORECASE)),
    ("COP", re.compile(r"\bCOP ?\d\d\b|climate (?:change )?(?:summit|conference)",
                       re.IGNORECASE)),
    ("Summit for Democracy", re.compile(r"\bSummit for Democracy\b", re.IGNORECASE)),
    ("Olympics", re.compile(r"\bOlympics?\b|Olympic Games", re.IGNORECASE)),
    ("funeral", re.compile(r"\bstate funeral\b|\bfuneral\b", re.IGNORECASE)),
)
"""Larger gatherings at which a sideline meeting can take place, with the
name recorded as :attr:`~kjrel.models.Summit.occasion`."""


OCCASION_SUMMIT: re.Pattern[str] = re.compile(
    r"(?:APEC|G-?7|G-?20|NATO|ASEAN|EAS|Group of (?:Seven|20|Twenty)|"
    r"General Assembly|leaders['’]?|Nuclear Security|Democracy|climate|"
    r"Economic Cooperation|Treaty Organization|Plus Three|East Asia)\s+"
    r"(?:\w+\s+)?(?:summit|meeting|forum|talks|gathering|conference)",
    re.IGNORECASE,
)
"""A meeting noun that names the larger gathering itself ("the G7 summit")."""


COUNTRY_COMPOUND: re.Pattern[str] = re.compile(
    r"\b((?:South |North )?(?:Korea|Japan|China|U\.S\.|US|United States|America|Russia|"
    r"Australia|India|ROK|DPRK)(?:[-–](?:South |North )?(?:Korea|Japan|China|U\.S\.|US|"
    r"United States|America|Russia|Australia|India|ROK|DPRK)){1,3})(?!\w)",
)
"""Hyphenated country compounds ("Korea-Japan-China", "U.S.-Japan-South Korea", "Japan-ROK");
a word may not go on after the last part, and "U.S." ends with its own period."""

COMPOUND_PARTS: dict[str, str] = {
    "korea": "KR",
    "south korea": "KR",
    "north korea": "KP",
    "rok": "KR",
    "dprk": "KP",
    "japan": "JP",
    "china": "CN",
    "u.s.": "US",
    "us": "US",
    "united states": "US",
    "america": "US",
    "russia": "RU",
    "australia": "AU",
    "india": "IN",
}
"""Parts of a country compound, to alpha-2 (used when the gazetteer lacks one)."""

COMMON_FAMILY_NAMES: frozenset[str] = frozenset(
    {
        "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim",
        "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Moon",
        "Jeon", "Ko", "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Noh", "Roh", "Ha", "Kwak",
        "Wang", "Li", "Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun",
        "Ma", "Hu", "Tanaka", "Suzuki", "Sato", "Takahashi", "Watanabe", "Ito", "Yamamoto",
        "Nakamura", "Kobayashi", "Kato", "Johnson", "Smith", "Brown", "Bush", "Clinton",
        "Harper", "Silva", "Singh", "Wong",
    }
)
"""Family names shared by so many people that, alone, they name a leader only
after a title ("President Moon", "Premier Li"), unless the article has named
that leader in full."""

SURNAME_TITLES: re.Pattern[str] = re.compile(
    r"\b(?:President|Prime Minister|PM|Premier|Chancellor|Chairman|Leader|Mr\.?|Ms\.?|"
    r"Mrs\.?|Madam)\s+$"
)
"""A title right before a family name ("President Yoon")."""

PLACE_PREPOSITIONS: re.Pattern[str] = re.compile(
    r"\b(near|outside|in|at|to|into|from|leaving)\s+(?:the\s+)?$", re.IGNORECASE
)
"""Words that, just before a place name, make it the place of an event;
``near`` and ``outside`` are kept as part of the place name."""

VENUES: dict[str, str] = {
    "seoul": "KR",
    "tokyo": "JP",
    "pyongyang": "KP",
    "moscow": "RU",
    "taipei": "TW",
    "camp david": "US",
    "washington": "US",
    "new york": "US",
    "san francisco": "US",
    "honolulu": "US",
    "busan": "KR",
    "gyeongju": "KR",
    "jeju": "KR",
    "incheon": "KR",
    "osaka": "JP",
    "hiroshima": "JP",
    "kagoshima": "JP",
    "nagoya": "JP",
    "kyoto": "JP",
    "beijing": "CN",
    "chengdu": "CN",
    "hangzhou": "CN",
    "vilnius": "LT",
    "madrid": "ES",
    "the hague": "NL",
    "brussels": "BE",
    "hanoi": "VN",
    "phnom penh": "KH",
    "bali": "ID",
    "jakarta": "ID",
    "lima": "PE",
    "rio de janeiro": "BR",
    "new delhi": "IN",
    "london": "GB",
    "paris": "FR",
    "rome": "IT",
    "berlin": "DE",
    "ottawa": "CA",
    "canberra": "AU",
    "singapore": "SG",
    "bangkok": "TH",
    "manila": "PH",
    "vientiane": "LA",
    "kananaskis": "CA",
    "biarritz": "FR",
    "elmau": "DE",
    "cornwall": "GB",
    "osaka prefecture": "JP",
}
"""Places where leaders' meetings are held, to alpha-2, consulted after the
gazetteer's places (reference data, not facts of any one article)."""

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20,
}
"""Ordinal words to numbers."""

ORDINAL_MEETING: re.Pattern[str] = re.compile(
    r"\b(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth)(?:-ever)?\s+(?:(?:bilateral|trilateral|formal|official|"
    r"in-person|face-to-face|one-on-one|standalone|summit|leaders['’]?)\s+){0,2}"
    r"(?:summit|meeting|talks|tete-a-tete|time)\b",
    re.IGNORECASE,
)
"""An ordinal that numbers a meeting ("the 12th meeting", "their first summit",
"for the third time")."""

ORDINAL_NOT_COUNTING: re.Pattern[str] = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,8}?(?:in (?:nearly |almost |more than |over |about |just )?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|several|many|a few)(?: and a half)? (?:full )?(?:years?|decades?|months?)\b|since\b)"
    r"|\s*(?:this year|of the year|"
    r"that a|for a|under|as (?:president|prime minister))",
    re.IGNORECASE,
)
"""What, right after an ordinal meeting phrase, shows it counts something else
("the first summit in 12 years", "the first time that a president ...")."""

RELATIVE_CLAUSE: re.Pattern[str] = re.compile(
    r",\s*(?:who|whom|which|whose|where)\b[^,;]{0,400}"
    r"|\bsince\b[^,;]{0,200}"
    r"|\b(?:after|following|before)\s+(?:\w+\s+){0,3}?(?:talks|summits?|meetings?|visits?|trips?)"
    r"\b[^,;]{0,200}",
    re.IGNORECASE,
)
"""A non-restrictive relative clause, a "since ..." clause or an "after the
talks ..." clause: a date inside one does not date a meeting outside it."""


SIDELINES_REGION: re.Pattern[str] = re.compile(
    r"\b(?:on|at) the (?:sidelines?|margins?|fringes?) of\b"
    r"(?:(?! and (?:then )?(?:held|met|hold|meet|signed|agreed|talked|sat)\b)[^,;]){0,160}",
    re.IGNORECASE,
)
"""The phrase naming the gathering a meeting was held at; leaders named in it
attend the gathering, not (necessarily) the sideline meeting."""

TRILATERAL_WORDS: re.Pattern[str] = re.compile(
    r"\b(?:trilateral|three-way|three-nation|three-party)\b", re.IGNORECASE
)
"""Words that make a gathering a meeting of three leaders."""


TRIPLE_PLURAL: re.Pattern[str] = re.compile(
    r"\b(?:the (?:three|(?:four|five)(?![\w-]))(?: (?:leaders|men|heads of (?:state|government)))?"
    r"|all (?:three|four|five) leaders)\b",
    re.IGNORECASE,
)
"""Plural references to three or more leaders: those of the latest meeting of three
or more."""

# --------------------------------------------------------------------------
# Agreements
# --------------------------------------------------------------------------


class InstrumentPattern:
    """A named kind of instrument.

    How it is written, what kind it is, and optionally the year and parties
    of a well-known instrument.
    """

    __slots__ = ("concluded", "kind", "named_parties", "parties", "pattern", "year")

    def __init__(
        self,
        pattern: str,
        kind: str,
        year: int | None = None,
        parties: tuple[str, ...] = (),
        *,
        named_parties: bool = False,
        concluded: dt.date | None = None,
    ) -> None:
        """Compile ``pattern`` (case-insensitive) for instruments of ``kind``.

        With ``named_parties``, a match counts only when its sentence names
        the countries bound ("Seoul and Washington", "a U.S.-Japan deal").
        ``concluded`` is the last day a well-known instrument may have been
        concluded on: after it, the instrument exists whatever is said of it.
        """
        self.pattern: re.Pattern[str] = re.compile(pattern, re.IGNORECASE)
        self.kind = kind
        self.year = year
        self.parties = parties
        self.named_parties = named_parties
        self.concluded = concluded


def _known_instruments() -> tuple[InstrumentPattern, ...]:
    """Return the well-known instruments: each reference instrument with a ``pattern``.

    Their kind, year and parties come from :mod:`kjrel.reference`, the one
    place that holds such facts with their sources.
    """
    return tuple(
        InstrumentPattern(i.pattern, i.kind.value, i.date.year, i.parties,
                          concluded=i.date.latest())
        for i in default_reference().instruments
        if i.pattern
    )


INSTRUMENTS: tuple[InstrumentPattern, ...] = (
    *_known_instruments(),
    # Generic forms.
    InstrumentPattern(
        r"\bmemorand(?:um|a)(?: of (?:understanding|cooperation|agreement)\b(?: \(MOU?C?\))?)?"
        r"|\bMOUs?\b|\bMOCs?\b",
        "mou",
    ),
    InstrumentPattern(
        r"\bjoint (?:press )?declaration\b"
        r"|\bdeclaration of (?:\w+ )?principles\b"
        r"|\b(?-i:[A-Z][a-z]+(?:[-–][A-Z][a-z]+)?) (?-i:Declaration)\b",
        "joint-declaration",
    ),
    InstrumentPattern(
        r"\bjoint (?:press |leaders['’]? |(?:vision|ministerial|summit|leaders) )?"
        r"(?:statement|communiqu[eé]|announcement)\b"
        # a joint text not called a declaration (ANNOTATION.md: joint-declaration
        # is "a document called a declaration")
        r"|\b(?:set|statement) of (?:\w+ )?principles\b"
        r"|\bjoint press release\b|\bjoint message\b"
        r"|(?<=\badopted a )(?:joint |final |outcome )?document\b"
        r"|(?<=\badopted the )(?:joint |final |outcome )?document\b"
        r"|\bjoint fact sheet\b"
        # a titled statement ("the Phnom Penh Statement on Trilateral Partnership")
        r"|(?-i:\b(?:[A-Z][\w'’-]*\s+){1,4}Statement(?=\s+(?:on|for|of)\s+[A-Z]))",
        "joint-statement",
    ),
    InstrumentPattern(
        r"\bswap (?:agreement|deal|arrangement|line|pact)s?\b",
        "mou",
    ),
    InstrumentPattern(
        r"\b(?:free trade|economic partnership|trade|security|defen[cs]e|"
        r"extradition|fisheries|social security|visa waiver|tax|investment)"
        r" (?:agreement|treaty|pact|accord)\b",
        "treaty",
    ),
    InstrumentPattern(r"\btreaty\b", "treaty"),
    # A cited instrument known by its date ("the December 2015 agreement", "a
    # 2015 deal", "the 2015 settlement"); the reference gives its kind where one
    # instrument fits.
    InstrumentPattern(
        r"(?:(?<=\bthe )|(?<=\ba )|(?<=\bits )|(?<=\btheir ))"
        r"(?:(?:January|February|March|April|May|June|July|August|September|"
        r"October|November|December|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.? )?(?:19|20)\d\d"
        r" (?:bilateral )?(?:agreement|accord|deal|pact|settlement)\b",
        "treaty",
    ),
    # A named instrument: capitalised words ending in a kind of agreement
    # ("the Reciprocal Access Agreement", "the Hiroshima Accord").
    # Not a place named after one ("the National Convention Center").
    InstrumentPattern(
        r"(?-i:\b(?:[A-Z][\w'’-]*\s+){1,5}(?:Agreement|Accord|Treaty|Pact|Convention)\b"
        r"(?!\s+(?:Center|Centre|Hall|Building|Hotel|Complex|Plaza|Square)\b))",
        "treaty",
    ),
    # Accords reached without a signed text, named by their date or by the
    # verb that reached them ("the Dec. 28 accord", "a tariff deal reached
    # in July").
    InstrumentPattern(
        r"\b(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
        r"(?:, \d{4})? (?:accord|deal)\b",
        "commitment",
    ),
    InstrumentPattern(
        r"\b(?:[\w-]+ )?(?:accord|deal|agreement)\b(?=,? (?:(?:which|that) )?(?:was |had been )?"
        r"(?:reached|struck|clinched|sealed) (?:in|on|last|earlier)\b)",
        "commitment",
        named_parties=True,
    ),
)
"""Instrument patterns, most specific first; the first that matches a stretch
of text decides its kind (and parties for well-known instruments). The year
of a well-known instrument never dates a record (only the article's words
do); it tells an old instrument cited in a later article, which stays
undated and referenced, from one concluded at the reported event."""

NEGATED_INSTRUMENT: re.Pattern[str] = re.compile(
    r"\b(?:(?:did|do|does|will|would|could)(?: not|n['’]t)|never|failed to|without)\s+"
    r"(?:\w+\s+)?(?:issu\w*|sign\w*|adopt\w*|releas\w*|produc\w*|reach\w*|agree\w* on)\s+"
    r"(?:an?\s+|the\s+|any\s+)?$|\bno\s+$",
    re.IGNORECASE,
)
"""Words just before an instrument that deny it ("did not issue a joint
statement", "without a joint declaration"): no record."""

SIGNING_WORDS: re.Pattern[str] = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|inked|concluded|exchanged)\b", re.IGNORECASE
)
"""Words that report an instrument's signing."""

SIGNED_AGREEMENT: re.Pattern[str] = re.compile(
    r"\b(?:signed|signing of|inked|concluded|exchanged)\s+(?:an?|the|two|three|several)\s+"
    r"(?:\w+\s+){0,3}?(?:agreements?|pacts?|accords?|deals?|frameworks?|arrangements?|"
    r"declarations?)\b",
    re.IGNORECASE,
)
"""A signed agreement named only generically ("signed an agreement to ...")."""

REACHED_AGREEMENT: re.Pattern[str] = re.compile(
    r"\b(?:announced|reached|struck|clinched|sealed|unveiled|forged)\s+(?:an?|the)\s+"
    r"(?:\w+\s+){0,2}?(?:agreement|accord|deal|understanding)\b",
    re.IGNORECASE,
)
"""An agreement reached without a signed text ("announced an accord")."""

IN_JOINT_INSTRUMENT: re.Pattern[str] = re.compile(
    r"\b(?:in|through|via) (?:a|the|their|its) (?:\w+ )?joint (?:press )?"
    r"(?:statement|declaration|communiqu[eé]|announcement)\b"
    r"|\bjoint (?:press )?(?:statement|declaration|communiqu[eé]|announcement)\b"
    r"[^.;]{0,120}?\bin which\b"
    r"|\b(?:statement|declaration|communiqu[eé]|accord|agreement|deal|pact|treaty)"
    r",? under which\b"
    r"|^\W*Under (?:the|a|an|this|that|their|its) [^,;]{0,60}?\b(?:accord|agreement|deal|pact|"
    r"treaty|declaration|statement|memorandum|arrangement)\b",
    re.IGNORECASE,
)
"""A commitment stated in a joint instrument belongs to that instrument ("in a
joint statement, they pledged", "a joint declaration in which they vowed",
"Under the accord, Japan agreed to ...", "a declaration under which the North
pledged ...")."""

ANAPHORIC_AGREEMENT: re.Pattern[str] = re.compile(
    r"\b(?:the|this|that) (?:agreement|accord|pact|deal|memorandum|document|declaration|"
    r"statement)\b",
    re.IGNORECASE,
)
"""A definite reference to an instrument named earlier ("The agreement, ...")."""

FUTURE_JOINT_ACTION = (
    r"(?:(?<=sides )|(?<=countries )|(?<=governments )|(?<=nations ))"
    r"will (?:also |jointly |now |each )?"
    r"(?!(?:not|never|be|have|face|need|remain|meet|visit|hold (?:a |the |their )?"
    r"(?:summit|talks|meeting))\b)(?=[a-z]+\b)"
)
"""Governments' joint future action ("the two sides will set up a hotline"): an
agreed course, unless the verb is a meeting, a state or a need."""

COMMITMENT_VERBS: re.Pattern[str] = re.compile(
    # "agreed on the need for / the importance of ..." is a shared view, not a course
    r"\b(?:agreed|agree|agreeing) (?:(?!not\b)[A-Z]?\w+ ){0,2}?(?:to|on(?! (?:an? |the )?"
    r"(?:\w+ )?(?:need|importance|necessity|significance|urgency|value)\b))\b"
    r"|\b(?:agreed|decided|concurred|confirmed|affirmed) (?:(?!not\b)[\w,]+ ){0,6}?that\b"
    r"(?=[^.;]{0,120}\b(?:should|would|will|must|shall)\b)"
    r"|\bconcurred\b(?:[^.;]{0,60}?)\bto\b|\bconcurred on\b"
    r"|\bconcurred in\b(?= \w+ing\b)"  # "concurred in continuing the dialogues": a course
    r"|\b(?:agreed|pledged|decided|concurred)(?=\s*:)"  # a list of courses follows
    r"|" f"{FUTURE_JOINT_ACTION}"
    r"|\b(?:reached|came to|arrived at) (?:an? )?(?:broad |basic )?(?:consensus|agreement|"
    r"understanding) (?:to|on|that)\b"
    r"|\bmade (?:a |their )?joint (?:pledge|commitment|promise) to\b"
    r"|\bsigned off (?:\w+ ){0,2}?on (?:a |the )?(?:plan|proposal|deal) to\b"
    r"|\bpromised to\b|\bpledged to\b|\bvowed to\b"
    r"|\bcommitted (?:themselves |itself |ourselves )?to\b"
    r"|\b(?<!re)confirmed (?:their|its|the) commitment to\b"
    r"|\bdecided (?:together )?to\b|\breached (?:an )?agreement (?:to|on)\b"
    r"|\b(?:announced|agreed on) the (?=(?:creation|establishment|launch|setting up) of\b)"
    # "confirmed the resumption of shuttle diplomacy": a course told as the act it starts
    r"|\bconfirmed the (?=(?:resumption|restoration|revival|continuation|creation|"
    r"establishment|setting up) of\b)"
    r"|\bconsented to\b",
    re.IGNORECASE,
)
"""Verbs that make a joint commitment when their subject is plural."""

COURSE_VERBS: re.Pattern[str] = re.compile(
    r",\s+(?:and\s+)?(?:to\s+)?(?:(?:also|jointly|fully|further|quickly|swiftly|eventually)\s+)?"
    r"(?:set up|establish|create|launch|relaunch|start|resume|restore|hold|open|reopen|"
    r"activate|share|expand|extend|conduct|introduce|build|develop|explore|simplify|ease|"
    r"lift|remove|increase|double|invest|provide|exchange|cooperate|consult|coordinate|"
    r"form|sign|conclude|negotiate|review|revise|allow|begin|set|make|hold|pursue)\b",
    re.IGNORECASE,
)
"""A further item in a list of agreed actions ("agreed to set up a hotline,
hold annual exercises and fully activate ..."): a comma then a verb of action."""

PROPOSAL_VERBS: re.Pattern[str] = re.compile(
    r"\b(?:proposed|suggested|offered|called for|urged)\b", re.IGNORECASE
)
"""Verbs that put a course of action forward without agreeing it."""

PLURAL_SUBJECT: re.Pattern[str] = re.compile(
    r"\b(?i:the two(?: (?:leaders|sides|countries|nations|governments|men|neighbou?rs|allies))?|"
    r"the three(?: (?:leaders|sides|countries|nations|governments))?|we|"
    r"both (?:leaders|sides|countries|nations|governments)|"
    r"the (?:leaders|sides|countries|pair|men)|they|their|it was|it has been)\b"
    r"|\b(?:[A-Z][\w.-]+|he|she) and (?:(?:[A-Z][\w.-]+|new|newly|elected|then|former|"
    r"outgoing|incoming|visiting) ){0,5}[A-Z][\w.-]+\b"
    r"|\b[A-Z][\w.-]+ and (?:his|her) (?:\w+ ){0,2}counterparts?\b"
)
"""A plural subject that makes a commitment joint ("the two sides", "Yoon and
Kishida", "they")."""

GENERAL_COMMITMENT: re.Pattern[str] = re.compile(
    r"^\s*(?:(?:further|continue(?:d)?(?: to)?|continuously|keep)\s+)?"
    r"(?:work(?:ing)? (?:together|closely|hand in hand)(?! on\b)|"
    r"(?:keep|maintain|sustain)(?:ing)?\s+(?:up\s+)?(?:the\s+)?(?:\w+\s+)?momentum|"
    # stems, so that "\w*" takes every inflection ("improving", "revived")
    r"(?:(?:further|closely|continuously)\s+)?(?:strengthen|deepen|enhanc|bolster|advanc|"
    r"boost|improv|develop|expand|promot|build|solidif|foster|upgrad|elevat|restor|"
    r"normali[sz]|reviv|rebuild|repair|mend|step(?:s|ped|ping)? up|ramp(?:s|ed|ing)? up|"
    r"maintain|keep|sustain)\w*"
    r"\s+(?P<mods>(?:\w+\s+){0,4}?)(?:ties|relations|relationship|partnerships?|"
    r"(?<!security )(?<!defense )(?<!defence )(?<!military )cooperation|"
    r"communication|(?<!security )(?<!economic )(?<!defen[cs]e )dialogue|momentum|exchanges|"
    r"friendship|coordination|alliance)(?!['’]s\b)"  # "the alliance's deterrence": its head
    r"|(?:hold|have)\s+(?:a|an|their|the|its|another)\s+(?!(?:\w+\s+){0,2}?(?:annual|regular|yearly))"
    r"(?:\w+\s+){0,2}?(?:summit|meeting|talks)(?!\w)"
    r"(?![^.,;]{0,40}\b(?:every|each|annually|regularly|a year|(?:a |on a )?regular basis)\b)"
    r"|meet\b"
    r"|(?:\w+\s+){0,2}preparations?\s+for\b"
    r"|hold\s+(?:the|a|their)\s+next\s+(?:round|meeting|session)\b|disagree\b)",
    re.IGNORECASE,
)
"""The start of a commitment object too general to be an agreement
("strengthen bilateral ties", "work together", "continue ..."), or one that
only schedules a meeting ("hold their first summit next week", "meet"),
unlike a standing practice ("hold annual summits")."""

GENERIC_MODIFIERS: frozenset[str] = frozenset({
    "a", "an", "the", "their", "its", "our", "this", "that", "these", "those", "current",
    "existing", "both", "all", "various", "overall", "further", "close",
    "closer", "good", "friendly", "bilateral", "mutual", "two", "countries", "nations",
    "cooperative", "comprehensive", "constructive", "practical", "positive", "stable",
    "strategic", "trilateral", "regional", "multilateral", "and", "of", "between", "level",
    "high", "substantive", "concrete", "mutually", "beneficial", "sustainable", "broad",
    "wide", "wider", "broader", "more", "deeper", "stronger", "new", "such", "healthy",
    "sound", "mature", "economic", "on", "widening", "broadening", "areas", "fields",
    "forms", "kinds", "types", "avenues", "ways", "levels", "sectors",
    "south", "korea", "korean", "japan", "japanese", "rok", "us", "u", "s", "united",
    "states", "american", "china", "chinese",
})
"""Words before the head of a general course that leave it general ("expand bilateral
exchanges"); any other ("expand youth exchanges") names a programme."""

UNILATERAL_OR_GENERAL: re.Pattern[str] = re.compile(
    r"\b(?:reaffirm(?:ed|ing|s)?|affirm(?:ed|ing|s)?|reiterat(?:ed|ing|es)?|"
    r"express(?:ed|ing)?)\s+(?:their|its|his|her|the)\s+(?:\w+\s+)?"
    r"(?:commitment|intention|resolve|determination|will)\b",
    re.IGNORECASE,
)
"""General reaffirmations, which are never agreements ("reaffirmed their
commitment to ...", "affirming their intention to ...")."""

DEFAULT_COUNTRIES: tuple[str, str] = ("JP", "KR")
"""The parties assumed for an instrument when neither the text nor a meeting
names any: the two countries the library is about."""

# --------------------------------------------------------------------------
# Office claims
# --------------------------------------------------------------------------

CLAIM_LEAVES: re.Pattern[str] = re.compile(
    r"(?<![\w-])(?:term(?:\s+in office)?,?(?:\s+\w+){0,4}?\s+"
    r"(?:ends?|ended|ending|expires?|expired|expiring|(?:is|was) set to (?:end|expire)|"
    r"will (?:end|expire))|"
    r"step(?:s|ped|ping)? down|leaves? office|left office|leaving office|resign(?:s|ed|ing)?|"
    r"(?:will|would) be replaced|quit(?:s|ting)?\b(?: as)?|exit(?:s|ed)? office|"
    r"(?:was|were|is|be) (?:removed|ousted|impeached) from office)\b",
    re.IGNORECASE,
)
"""Phrases that say when someone leaves office."""

CLAIM_TAKES: re.Pattern[str] = re.compile(
    r"\b(?:took office|take office|takes office|taking office|assumed office|"
    r"(?:start|began|begin|started|begins|starts)(?:ed)? (?:his|her|their) (?:term|tenure)|"
    r"(?:was|were|is|will be) (?:sworn in|inaugurated)|sworn in|inaugurated|"
    r"came to power|took power|assumed (?:the )?(?:presidency|premiership)|"
    r"succeed(?:ed|s)(?= (?:[A-Z]|the (?:late |outgoing )?(?:prime minister|president)))|"
    r"became (?:the )?(?:\w+ )?(?:prime minister|president|premier)(?=[ ,.;]+(?:in|on|last|"
    r"this|since|\d|early|late|mid)))\b",
    re.IGNORECASE,
)
"""Phrases that say when someone takes office."""
