"""Event rules as declared data: trigger classes and the rules over clauses.

Triggers come by semantic class, each a set of lemmas (verbs) or head nouns
matched against the syntax layer's :attr:`~kjrel.pipeline.syntax.words.Token.lemma`.
Each :class:`Rule` names one linguistic phenomenon, says what it looks for,
and carries one invented example with what it must yield; ``tests`` run
every example. The functions that apply the rules live in
:mod:`kjrel.pipeline.meetings`; nothing here is a phrase of an article.
"""

from __future__ import annotations

import enum

from attrs import frozen

from kjrel.pipeline.syntax.wordclass import MEALS

__all__ = [
    "ADJUNCT_PREPOSITIONS",
    "AGGREGATE_WORDS",
    "ANTICIPATION_LEMMAS",
    "BODY_NOUNS",
    "CANCELLED_PREDICATES",
    "CANCEL_LEMMAS",
    "CAUSATIVE_MEETING_VERBS",
    "COMMUNICATION_LEMMAS",
    "COUNTERFACTUAL_WORDS",
    "DISTRIBUTIVE_WORDS",
    "FREQUENCY_COUNTS",
    "FREQUENCY_UNITS",
    "GREETING_WORDS",
    "HYPOTHETICAL_OPENERS",
    "IN_PERSON_WORDS",
    "LIGHT_VERBS",
    "MEAL_NOUNS",
    "MEETING_NOUNS",
    "MOTION_LEMMAS",
    "NON_SUMMIT_WORDS",
    "ONLY_WORDS",
    "OPEN_DATE_LEMMAS",
    "PEOPLE_NOT_LEADERS",
    "PLAN_LEMMAS",
    "PLAN_NOUNS",
    "PLAN_WORDS",
    "PLURAL_MEETING_NOUNS",
    "REMOTE_WORDS",
    "RULES",
    "SEEING_LEMMAS",
    "SIDELINE_WORDS",
    "SIGNING_LEMMAS",
    "SPAN_PREPOSITIONS",
    "TIMED_MEETING_NOUNS",
    "TREAT_LEMMAS",
    "TRIGGER_VERBS",
    "TRILATERAL_WORDS",
    "UNCERTAIN_MODALS",
    "UNCERTAIN_MODIFIERS",
    "UNHOSTED_DESTINATIONS",
    "VISIT_NOUNS",
    "WISH_LEMMAS",
    "EventClass",
    "Rule",
]


class EventClass(enum.Enum):
    """The semantic class of an event trigger."""

    MEET = "meet"
    """Meeting in person: meet, convene, confer, talk, sit down, get together."""
    HOST = "host"
    """Receiving another leader: host, welcome, receive."""
    VISIT = "visit"
    """The trip made for a meeting: visit, travel, arrive."""
    TALK = "talk"
    """Talking: a meeting only where a place is named ("talked in Osaka")."""
    JOINT = "joint"
    """A joint act of two leaders (agree, sign, adopt): a meeting when dated or placed."""


TRIGGER_VERBS: dict[EventClass, frozenset[str]] = {
    EventClass.MEET: frozenset(
        {"meet", "convene", "confer", "huddle", "gather", "join", "dine", "lunch"}
    ),
    EventClass.TALK: frozenset({"talk", "speak", "chat", "discuss"}),
    EventClass.HOST: frozenset({"host", "welcome", "receive", "greet", "entertain"}),
    EventClass.VISIT: frozenset({"visit", "travel", "fly", "arrive", "tour", "head"}),
    EventClass.JOINT: frozenset(
        {"agree", "sign", "ink", "seal", "adopt", "issue", "release", "pledge", "vow", "affirm",
         "reaffirm", "confirm", "announce", "unveil", "endorse", "conclude", "launch", "tell",
         "concur", "commit"}
    ),
}
"""Verb lemmas by class."""

LIGHT_VERBS: dict[str, frozenset[str]] = {
    "hold": frozenset(),
    "have": frozenset(),
    "conduct": frozenset(),
    "sit": frozenset({"down", "with"}),
    "get": frozenset({"together"}),
    "come": frozenset({"together", "face"}),
    "join": frozenset(),
    "begin": frozenset(),
    "open": frozenset(),
    "wrap": frozenset(),
    "finish": frozenset(),
    "complete": frozenset(),
    "attend": frozenset(),
    "participate": frozenset(),
    "make": frozenset(),
    "see": frozenset({"each"}),
    "call": frozenset({"on"}),
    "pay": frozenset(),
    "end": frozenset(),
    "start": frozenset(),
    "chair": frozenset(),
}
"""Verbs that report a meeting through their object noun ("held talks") or,
where a particle is listed, through the particle ("sat down with")."""

SEEING_LEMMAS: frozenset[str] = frozenset({"see"})
"""Verbs that make a meeting when their object is a named person ("saw Obama on Sunday")."""

MOTION_LEMMAS: frozenset[str] = frozenset({"go", "come"})
"""Verbs of motion that make a trip when "to" and a place name follow ("went to
Ibusuki", "came to Seoul"); "came to power" or "went to the polls" name no place."""

TREAT_LEMMAS: frozenset[str] = frozenset({"treat"})
"""Verbs that host their object when "to" and a meal follow ("treated him to dinner")."""

CAUSATIVE_MEETING_VERBS: frozenset[str] = frozenset({"bring", "get", "draw", "pull"})
"""Verbs that make their objects meet with "together" ("brought the three of them
together"): the subject and the objects are the meeting's participants."""

MEETING_NOUNS: frozenset[str] = frozenset(
    {"summit", "meeting", "talks", "talk", "tete-a-tete", "tête-à-tête", "encounter",
     "summitry", "get-together", "one-on-one", "pull-aside"}
)
"""Head nouns of a meeting."""

PLURAL_MEETING_NOUNS: frozenset[str] = frozenset({"summits", "meetings", "sessions"})
"""Plural meeting nouns: meetings only when listed partners follow ("held his first
summits as president, with A and B": one with each); alone they count an aggregate."""

MEAL_NOUNS: frozenset[str] = MEALS
"""Meals that a light verb with a with-slot makes a meeting ("had lunch with Trump");
a dinner after the talks merges with the talks, as one meeting."""

TIMED_MEETING_NOUNS: frozenset[str] = frozenset({"conversation", "chat"})
"""Head nouns of a meeting only when timed ("an 11-minute conversation in Bangkok");
otherwise as often a call."""

VISIT_NOUNS: frozenset[str] = frozenset({"visit", "trip", "tour", "stay"})
"""Head nouns of the trip made for a meeting."""

DISTRIBUTIVE_WORDS: frozenset[str] = frozenset({"separate", "separately", "respectively",
                                                 "individually", "each", "bilateral",
                                                 "one-on-one"})
"""Words that make a subject meet each of several others apart ("separate talks
with A and with B", "bilateral talks with A, B and C")."""

NON_SUMMIT_WORDS: frozenset[str] = frozenset(
    {"minister", "ministers", "ministerial", "minister's", "ministers'", "vice-ministerial",
     "working-level", "cabinet", "party", "business", "defense", "defence", "foreign",
     "finance", "trade", "security", "envoy", "envoys", "officials",
     "negotiators", "director-general", "director-general-level", "lawmakers",
     "parliamentary", "ambassador", "military", "chiefs", "deputy", "press", "board",
     "council", "aides", "sherpa", "staff", "working", "summiteers", "shareholders",
     "government", "governmental", "intergovernmental"}
)
"""Words in a meeting's noun group or subject that make it a meeting of
others than heads ("foreign ministers' talks", "working-level talks")."""

BODY_NOUNS: frozenset[str] = frozenset(
    {"commission", "committee", "council", "panel", "board", "forum", "group", "secretariat",
     "assembly", "parliament", "legislature", "subcommittee", "taskforce", "task"}
)
"""Heads of standing bodies: their sessions ("the first meeting of the joint
commission") are meetings of their members, not of leaders."""

REMOTE_WORDS: frozenset[str] = frozenset(
    {"phone", "telephone", "telephoned", "phoned", "video", "videoconference", "virtual",
     "virtually", "online", "letter", "letters", "message", "call", "calls", "teleconference"}
)
"""Words of a clause that make its contact remote, never a summit."""

IN_PERSON_WORDS: tuple[tuple[str, ...], ...] = (("face", "to", "face"), ("face-to-face",),
                                                 ("in", "person"), ("in-person",))
"""Adverbials that make a communication verb a meeting ("exchanged views face to face")."""

SPAN_PREPOSITIONS: frozenset[str] = frozenset({"since", "until", "till", "by", "through"})
"""Prepositions whose date bounds a period ("since 2022"): never a meeting's own date."""

ADJUNCT_PREPOSITIONS: frozenset[str] = frozenset(
    {"after", "before", "during", "since", "following", "ahead", "amid", "despite", "while",
     "about", "regarding", "concerning"}
)
"""Prepositions that open a clause-level adjunct: a verb's objects and slots end there."""

SIDELINE_WORDS: frozenset[str] = frozenset({"sidelines", "sideline", "margins", "margin",
                                            "fringes", "fringe"})
"""Nouns that place a meeting during a larger one ("on the sidelines of a trilateral summit
with X": that summit's participants are the clause's subject and X)."""

CANCEL_LEMMAS: frozenset[str] = frozenset(
    {"cancel", "postpone", "scrap", "drop", "shelve", "delay", "fail", "refuse", "decline",
     "skip", "miss", "avoid", "rule", "abandon", "halt", "suspend", "reject", "forgo",
     "call", "stall", "freeze", "put", "end", "shut"}
)
"""Lemmas of a governing verb that unmake the meeting it governs ("called off a
summit", "failed to meet"); "call" and "put" count with "off", "shut" with "out"
or "down"."""

PLAN_LEMMAS: frozenset[str] = frozenset(
    {"plan", "expect", "schedule", "set", "arrange", "agree", "decide", "prepare", "slate",
     "pencil", "aim", "intend", "announce", "confirm", "invite", "poise", "due"}
)
"""Lemmas of a governing verb that make the meeting it governs a planned one."""

ANTICIPATION_LEMMAS: frozenset[str] = frozenset({"look", "await", "anticipate"})
"""Verbs that look ahead to the meeting in their clause ("looked forward to meeting
her", "awaits talks"): the meeting is planned; "look" counts with "forward"."""

PLAN_WORDS: frozenset[str] = frozenset({"due", "slated", "poised", "scheduled", "set", "expected"})
"""Adjectives before ``to`` that plan what follows ("is due to visit")."""

PLAN_NOUNS: frozenset[str] = frozenset(
    {"plan", "hope", "prospect", "idea", "proposal", "offer", "invitation", "bid"}
)
"""Heads of a light verb's object that only intend the meeting in their phrase
("ending plans for his first summit", "held out hopes for talks"): the verb
does not report that meeting held."""

WISH_LEMMAS: frozenset[str] = frozenset(
    {"hope", "want", "wish", "seek", "try", "urge", "ask", "propose", "suggest", "call",
     "push", "consider", "explore", "offer", "would"}
)
"""Lemmas of a governing verb that make a meeting only wished for."""

UNCERTAIN_MODALS: frozenset[str] = frozenset({"could", "might", "may", "should", "can", "would",
                                              "must"})
"""Modals that make a meeting hypothetical (``would`` after a past reporting
verb is a future in the past instead)."""

HYPOTHETICAL_OPENERS: frozenset[str] = frozenset(
    {"if", "unless", "whether", "without"}
)
"""Subordinators whose clause reports no meeting that happened ("without holding talks")."""

PEOPLE_NOT_LEADERS: frozenset[str] = frozenset(
    {"officials", "official", "ministers", "minister", "diplomats", "diplomat", "negotiators",
     "aides", "envoys", "envoy", "lawmakers", "delegations", "delegation", "ambassador",
     "ambassadors", "counterpart", "counterparts", "spokesman", "spokeswoman", "secretary",
     "advisers", "adviser", "chiefs", "generals", "experts", "scholars", "students",
     "executives", "businesspeople", "victims", "survivors", "protesters", "reporters"}
)
"""Heads of a subject that make its meeting one of others than leaders."""

COMMUNICATION_LEMMAS: frozenset[str] = frozenset(
    {"exchange", "discuss", "talk", "speak", "converse", "hold", "have", "greet", "share"}
)
"""Verbs that report a meeting when the clause says it was in person ("face to face")."""

SIGNING_LEMMAS: frozenset[str] = frozenset({"sign", "ink", "seal", "co-sign", "countersign"})
"""Joint acts that need both signatories in one place: a meeting whenever dated."""

COUNTERFACTUAL_WORDS: frozenset[str] = frozenset({"close", "closer", "closest", "nearly",
                                                   "almost"})
"""Words that make a meeting one that did not happen ("came closest to meeting")."""

CANCELLED_PREDICATES: frozenset[str] = frozenset(
    {"cancel", "postpone", "scrap", "shelve", "delay", "call", "put", "abandon", "suspend",
     "halt", "freeze", "drop", "reject"}
)
"""Predicates that unmake the meeting that is their subject ("the summit was called off")."""

OPEN_DATE_LEMMAS: frozenset[str] = frozenset(
    {"schedule", "set", "fix", "finalize", "finalise", "confirm", "announce", "decide", "date"}
)
"""Predicates that fix a meeting's date: negated, the meeting is still to come, its date
open ("the summit, which has not been scheduled"), not called off."""

UNCERTAIN_MODIFIERS: frozenset[str] = frozenset(
    {"possible", "potential", "hypothetical", "prospective", "mooted", "proposed", "hoped-for",
     "envisaged", "putative", "would-be"}
)
"""Modifiers that make a meeting noun hypothetical ("a possible summit")."""

AGGREGATE_WORDS: frozenset[str] = frozenset(
    {"times", "repeatedly", "twice", "regularly", "often", "frequently", "annually",
     "rounds"}
)
"""Words after a meeting verb that count meetings in aggregate ("met a dozen times")."""

FREQUENCY_COUNTS: frozenset[str] = frozenset({"once", "twice", "times"})
"""Counts that with "a/every" + a unit make a frequency ("once a year")."""

FREQUENCY_UNITS: frozenset[str] = frozenset({"year", "month", "week"})
"""Units of a frequency ("every year", "twice a month"): the clause tells a habit."""

ONLY_WORDS: frozenset[str] = frozenset({"only", "merely", "just", "briefly"})
"""Words that reduce an encounter to what follows them."""

GREETING_WORDS: frozenset[str] = frozenset(
    {"shook", "shake", "handshake", "greeted", "greetings", "pleasantries", "hands"}
)
"""An encounter reduced to a greeting is no summit ("only shook hands")."""


UNHOSTED_DESTINATIONS: frozenset[str] = frozenset(
    {"islets", "islet", "islands", "island", "rocks", "border", "frontier", "front", "zone",
     "dmz", "site", "plant", "base", "port", "shrine", "cemetery", "museum", "factory"}
)
"""Heads of a trip's destination that no leader hosts a visit to ("flew to the islets"):
the trip meets no one, whatever the dateline's city."""

TRILATERAL_WORDS: frozenset[str] = frozenset({"trilateral", "three-way", "three-nation",
                                              "three-country", "tripartite", "three-party"})
"""Modifiers of a meeting of three."""


@frozen
class Rule:
    """One declared event rule: a linguistic phenomenon and what it yields."""

    name: str
    """Short identifier."""
    phenomenon: str
    """The linguistic phenomenon it covers."""
    looks_for: str
    """The pattern over clauses, in words."""
    example: str
    """One invented example."""
    published: str
    """The publication day the example is read against (ISO)."""
    meetings: tuple[tuple[str, ...], ...]
    """The participants of each meeting the example must yield (empty: none)."""


RULES: tuple[Rule, ...] = (
    Rule("active-meet", "active meeting verb",
         "subject + MEET verb + object or with-slot; leaders of both",
         "President Lee Jae-myung met Prime Minister Shigeru Ishiba in Tokyo on Saturday.",
         "2025-08-24", (("Lee Jae-myung", "Shigeru Ishiba"),)),
    Rule("coordinated-subject", "coordination",
         "the leaders of a coordinated subject meet each other",
         "Moon Jae-in and Shinzo Abe held talks in Osaka on Friday.",
         "2019-06-29", (("Moon Jae-in", "Shinzo Abe"),)),
    Rule("light-verb", "light verb + meeting noun",
         "hold/have/conduct + summit/talks/meeting; sit down with, get together",
         "Fumio Kishida sat down with Yoon Suk Yeol in Hiroshima on Sunday.",
         "2023-05-22", (("Fumio Kishida", "Yoon Suk Yeol"),)),
    Rule("host", "hosting verb",
         "subject hosts/welcomes/receives object",
         "Yoon Suk Yeol hosted Fumio Kishida at the presidential office on May 7.",
         "2023-05-08", (("Fumio Kishida", "Yoon Suk Yeol"),)),
    Rule("passive", "passive voice",
         "a meeting noun as the subject of a passive hold/convene; participants "
         "from its noun group and slots",
         "A summit between Yoon Suk Yeol and Fumio Kishida was held in Tokyo on March 16.",
         "2023-03-17", (("Fumio Kishida", "Yoon Suk Yeol"),)),
    Rule("passive-agent", "passive voice with agent",
         "object welcomed/hosted by subject leader",
         "Fumio Kishida was welcomed by Yoon Suk Yeol in Seoul on Friday.",
         "2024-09-07", (("Fumio Kishida", "Yoon Suk Yeol"),)),
    Rule("nominalisation", "nominalisation",
         "a meeting noun whose possessor, modifiers or with/between slot name the leaders",
         "Kishida's meeting with Yoon in Seoul on Sept. 6 was their last.",
         "2024-09-10", (("Fumio Kishida", "Yoon Suk Yeol"),)),
    Rule("relative-background", "relative clause, background tense",
         "a relative clause holds its own meeting, with its own tense and date",
         "Yoon, who had met Kishida in Tokyo in March 2023, arrived in Hiroshima.",
         "2023-05-20", (("Fumio Kishida", "Yoon Suk Yeol"),)),
    Rule("negation", "negation",
         "a negated trigger verb yields no meeting",
         "Moon Jae-in and Yoshihide Suga did not meet in person in 2021.",
         "2021-12-30", ()),
    Rule("hypothetical", "modality and conditionals",
         "an uncertain modal, an if/unless clause or a wish yields no meeting",
         "Yoon Suk Yeol could meet Fumio Kishida if the talks go well.",
         "2023-02-01", ()),
    Rule("cancelled", "cancelling governor",
         "a trigger governed by cancel/postpone/fail/refuse yields no meeting",
         "Moon Jae-in cancelled plans to meet Yoshihide Suga in Tokyo.",
         "2021-07-20", ()),
    Rule("remote", "remote contact",
         "a clause about a phone or video call yields no summit",
         "Yoon Suk Yeol talked with Shigeru Ishiba by phone on Wednesday.",
         "2024-10-03", ()),
    Rule("planned", "future and planning verbs",
         "future tense or a planning governor makes the meeting planned",
         "Ishiba is set to meet Lee Jae-myung in Seoul next week.",
         "2025-09-20", (("Lee Jae-myung", "Shigeru Ishiba"),)),
    Rule("distributive-list", "distributive coordination",
         "one subject met / sat down with / held talks with a list: one meeting with each, "
         "unless together, trilateral, or the Korean and Japanese leaders listed",
         "Lee Jae-myung held talks with Narendra Modi and Claudia Sheinbaum in Kananaskis on "
         "Monday.",
         "2025-06-18", (("Claudia Sheinbaum", "Lee Jae-myung"),
                        ("Lee Jae-myung", "Narendra Modi"))),
    Rule("gapping", "gapping",
         "a verbless conjunct shares the verb with its own date (', and on Sunday X')",
         "On Saturday Moon Jae-in met Scott Morrison, and on Sunday Boris Johnson.",
         "2021-06-15", (("Moon Jae-in", "Scott Morrison"), ("Boris Johnson", "Moon Jae-in"))),
    Rule("coordinated-settings", "coordinated adjuncts, ellipsis",
         "met in A in DATE and in B in DATE: two meetings, each with its setting",
         "Yoon Suk Yeol and Fumio Kishida had met in Hanoi in May and in Lima in June.",
         "2024-03-15", (("Fumio Kishida", "Yoon Suk Yeol"), ("Fumio Kishida", "Yoon Suk Yeol"))),
    Rule("coordinated-meeting-nouns", "coordination of noun groups",
         "a meeting noun coordinated after another shares its participants (possessor, "
         "subject) and keeps its own place, date and gathering",
         "Yoon Suk Yeol and Fumio Kishida have now met three times, after their first summit "
         "in Tokyo in March and a brief meeting on the sidelines of the G7 in Hiroshima in May.",
         "2023-07-15", (("Fumio Kishida", "Yoon Suk Yeol"), ("Fumio Kishida", "Yoon Suk Yeol"))),
    Rule("since-presupposition", "presupposition of 'first since' and negated 'since'",
         "a since-phrase naming a month and a place presupposes the pair's earlier meeting",
         "Yoon Suk Yeol met Xi Jinping in San Francisco on Wednesday. The two have not held "
         "formal talks since November last year in Bali.",
         "2023-11-17", (("Xi Jinping", "Yoon Suk Yeol"), ("Xi Jinping", "Yoon Suk Yeol"))),
    Rule("host-relative", "relative clause on a meeting noun",
         "the host told in a relative clause on the noun takes part; its date and place "
         "are the meeting's",
         "Park Geun-hye and Shinzo Abe met only in a three-way meeting that Barack Obama "
         "hosted in The Hague in March 2014.",
         "2015-11-03", (("Barack Obama", "Park Geun-hye", "Shinzo Abe"),)),
    Rule("news-perfect", "present perfect of news",
         "a completion verb in the present perfect dates an undated meeting to the report's "
         "day",
         "Yoon Suk Yeol and Fumio Kishida have wrapped up their summit at the presidential "
         "office.",
         "2024-09-06", (("Fumio Kishida", "Yoon Suk Yeol"),)),
    Rule("not-until", "negation with 'until'",
         "a negated meeting 'until DATE' tells of the meeting held on that date",
         "Park Geun-hye did not hold a bilateral summit with Shinzo Abe until November 2015.",
         "2017-07-08", (("Park Geun-hye", "Shinzo Abe"),)),
    Rule("latest-of-many", "aggregate singled out",
         "a count of meetings followed by 'most recently' reports that one meeting",
         "Yoon Suk Yeol and Fumio Kishida have met more than ten times, most recently in "
         "Washington in July.",
         "2024-08-19", (("Fumio Kishida", "Yoon Suk Yeol"),)),
    Rule("trilateral-sidelines", "prepositional attachment",
         "a with-phrase inside 'on the sidelines of a three-way summit with C' belongs to "
         "the summit of three, not to the verb: two meetings",
         "Moon Jae-in and Shinzo Abe met in Chengdu on Monday on the sidelines of a "
         "three-way summit with Chinese Premier Li Keqiang.",
         "2019-12-25", (("Moon Jae-in", "Shinzo Abe"), ("Li Keqiang", "Moon Jae-in",
                                                        "Shinzo Abe"))),
    Rule("series-trilateral", "anaphora of a recurring meeting; negated scheduling",
         "a meeting of three naming too few leaders takes the countries of the last "
         "meeting of three, with the leaders in office; 'has not been scheduled' leaves it "
         "planned",
         "Moon Jae-in and Shinzo Abe met Chinese Premier Li Keqiang in Chengdu in December "
         "for a three-way summit. Yoshihide Suga, Abe's successor, has not yet met Moon. "
         "Seoul is due to host this year's trilateral summit, which has not been scheduled.",
         "2020-09-24", (("Li Keqiang", "Moon Jae-in", "Shinzo Abe"),
                        ("Li Keqiang", "Moon Jae-in", "Yoshihide Suga"))),
    Rule("carried-trilateral", "light verb carrying a meeting of three; relative clause "
         "across a with-phrase",
         "attend/join + a three-way meeting; a relative clause of hosting after 'with C' is "
         "on the meeting; a capital that hosts stands for its country",
         "Moon Jae-in and Shinzo Abe will attend a three-way meeting with China that Beijing "
         "will host next month.",
         "2019-11-05", (("Li Keqiang", "Moon Jae-in", "Shinzo Abe"),)),
    Rule("pair-with-one-third", "ellipsis of the pair in reporting on it",
         "a meeting of three that names one country besides the pair is the pair's with it",
         "The next test is the trilateral summit with China that Beijing is expected to host "
         "in late December.",
         "2019-11-05", (("Li Keqiang", "Moon Jae-in", "Shinzo Abe"),)),
    Rule("causative-together", "causative verb",
         "bring/get/draw + objects + 'together': the subject and its objects meet",
         "Joe Biden brought Yoon Suk Yeol and Fumio Kishida together at Camp David in "
         "August 2023.",
         "2024-08-19", (("Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"),)),
    Rule("interval-clause", "subordinate clause dated by an interval; 'instead of'",
         "'N UNITs after' + clause: its event lies N UNITs before the date it hangs on; a "
         "joint act 'instead of meeting' is no meeting",
         "On Sunday, exactly a year after they met at Camp David, Joe Biden, Fumio Kishida "
         "and Yoon Suk Yeol put out a joint statement instead of meeting in person.",
         "2024-08-19", (("Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"),)),
    Rule("setting-relative", "where/when relative clause on a meeting's setting",
         "'..., where they + verb': the pronoun stands for the meeting's leaders, with any "
         "partner the relative clause adds",
         "Joe Biden hosted a call on Monday. Yoon Suk Yeol and Fumio Kishida have met often "
         "since 2023. Biden first brought the three of them together in Madrid in June 2022 "
         "and again in Phnom Penh that November, where they issued a joint statement.",
         "2024-08-16", (("Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"),)),
    Rule("bilateral-distributive", "distributive modifier; parenthetical after the subject",
         "'bilateral/one-on-one talks with A, B and C' are one meeting with each; a "
         "parenthetical ('Lee, for his part, held') leaves the verb the main one",
         "Lee Jae-myung, for his part, held bilateral talks with Emmanuel Macron, Narendra "
         "Modi and Friedrich Merz before flying home.",
         "2025-11-24", (("Emmanuel Macron", "Lee Jae-myung"), ("Lee Jae-myung", "Narendra Modi"),
                        ("Friedrich Merz", "Lee Jae-myung"))),
    Rule("listed-partners-named-next", "a list of partners the next sentence calls one meeting",
         "'A met B and C' is a meeting with each, unless B and C are the pair or the next "
         "sentence opens 'It was their ... trilateral meeting'",
         "Yoon Suk Yeol met Joe Biden and Fumio Kishida in San Francisco on Thursday. It was "
         "their second trilateral meeting this year.",
         "2023-11-18", (("Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"),)),
    Rule("gathering-staging-clause", "a relative or passive infinitive on the gathering",
         "a meeting 'during/at/on the sidelines of' a gathering with no setting of its own "
         "takes the place and month of the gathering's own clause ('to be held in X in May')",
         "Joe Biden will have a three-way meeting with Fumio Kishida and Yoon Suk Yeol during "
         "the G7 summit to be held in Hiroshima in mid-May.",
         "2023-05-02", (("Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"),)),
    Rule("headline-phrasal-cancel", "headline present tense; phrasal verb of cancelling",
         "'as X shuts out a three-way summit' is a clause of its own whose verb unmakes the "
         "summit; 'meets A and B separately' is two meetings",
         "Lee meets Takaichi and Li separately at G20 as China-Japan row shuts out three-way "
         "summit",
         "2025-11-24", (("Lee Jae-myung", "Li Qiang"), ("Lee Jae-myung", "Sanae Takaichi"))),
    Rule("enumerated-count", "a count followed by its enumeration",
         "'met twice: X, and Y' / 'met twice, first X, and then Y': each conjunct is a "
         "meeting held, with its own date and place",
         "Shigeru Ishiba and Yoon Suk Yeol met twice last autumn, first in Vientiane on "
         "Oct. 10, and then in Lima in November.",
         "2025-01-14", (("Shigeru Ishiba", "Yoon Suk Yeol"),)),
    Rule("honorific-list", "list of appositive names with honorifics",
         "', the Rt Hon NAME, ...' continues the with-list of a meeting",
         "Prime Minister Fumio Kishida held a leaders' meeting with the Hon. Anthony "
         "Albanese, Prime Minister of Australia, the Rt Hon Chris Hipkins, Prime Minister of "
         "New Zealand, and President Yoon Suk Yeol on Wednesday.",
         "2023-07-13", (("Anthony Albanese", "Chris Hipkins", "Fumio Kishida",
                         "Yoon Suk Yeol"),)),
    Rule("list-past-relative", "coordination across a relative clause",
         "'with A, who chaired the meeting, and B': the list goes on after the relative "
         "clause on A",
         "Shinzo Abe attended the trilateral summit in Seoul with Park Geun-hye, who chaired "
         "the meeting, and Chinese Premier Li Keqiang on Sunday.",
         "2015-11-02", (("Li Keqiang", "Park Geun-hye", "Shinzo Abe"),)),
    Rule("arrival-setting", "subordinate clause of arrival",
         "'held talks with X after arriving in PLACE on DAY': the talks take the arrival's "
         "day and place",
         "Lee Jae-myung held talks with Anthony Albanese after arriving in Calgary on Monday.",
         "2025-06-18", (("Anthony Albanese", "Lee Jae-myung"),)),
    Rule("unhosted-destination", "destination of a trip",
         "a trip 'to the islets / the border / a plant' names a destination no leader hosts: "
         "no meeting, whatever the dateline says",
         "TOKYO, Aug. 10 -- South Korean President Lee Myung-bak flew to the disputed islets "
         "on Friday.",
         "2012-08-10", ()),
    Rule("light-verb-agreement", "light verb + agreement noun",
         "reach/come to/arrive at + consensus/agreement/understanding: a joint act, a meeting "
         "when placed or dated",
         "Yoon Suk Yeol and Shigeru Ishiba reached a consensus in Lima on Friday to share "
         "intelligence.",
         "2024-11-16", (("Shigeru Ishiba", "Yoon Suk Yeol"),)),
    Rule("plan-noun-object", "meeting inside a plan noun's phrase",
         "light or cancelling verb + plan/hope/prospect/proposal + for/of + meeting noun: the "
         "meeting is only intended, and a cancelling verb unmakes it",
         "Moon Jae-in stayed home on Monday, ending plans for his first summit with Yoshihide "
         "Suga in Tokyo.",
         "2021-07-20", ()),
    Rule("no-longer", "negation by 'no longer'",
         "modal + no longer + verb is a negated verb group: the meeting is not held",
         "The meeting between Shinzo Abe and Moon Jae-in that Seoul had sought in Osaka will "
         "no longer take place.",
         "2019-06-26", ()),
    Rule("named-guest", "hosting a named person who is no leader",
         "HOST verb whose guest is named and holds no leader's office then (a deputy, a "
         "former leader): the host met no leader, and no leader completes the pair",
         "President Park Geun-hye received Japanese Deputy Prime Minister Taro Aso at Cheong Wa "
         "Dae on Monday. Aso passed on a message from Prime Minister Shinzo Abe.",
         "2013-02-25", ()),
    Rule("the-two-of-the-clause", "plural anaphor after coordination",
         "', and the two' + meeting: the two leaders the clause before names, subject or not "
         "(a possessive names no one present)",
         "In 2008 Yasuo Fukuda flew in for the inauguration of Park's predecessor, Lee "
         "Myung-bak, and the two held their first summit the same day.",
         "2013-02-25", (("Lee Myung-bak", "Yasuo Fukuda"),)),
    Rule("habitual-frequency", "frequency adverbial",
         "a meeting clause told with a frequency ('once a year', 'every year'): a habit, not "
         "one meeting; a frequency inside what a joint act commits to leaves the act",
         "The three-way summit of the leaders of China, Japan and South Korea has been held "
         "roughly once a year since 2008.",
         "2020-10-13", ()),
    Rule("their-in-own-clause", "plural possessive inside the meeting clause",
         "'A sat down with B in their first talks': 'their' is A and B, not a larger group "
         "named before",
         "Lee Myung-bak, Yoshihiko Noda and Wen Jiabao met in Beijing on Sunday. Noda also sat "
         "down with Lee in Beijing on Sunday in their first talks this year.",
         "2012-05-14", (("Lee Myung-bak", "Wen Jiabao", "Yoshihiko Noda"),
                        ("Lee Myung-bak", "Yoshihiko Noda"))),
    Rule("gerund-object", "gerund with its object",
         "preposition + bare 'meeting' + pronoun or name: the gerund's object is met by its "
         "clause's subject; 'look forward to', 'await' make the meeting planned",
         "Lee Jae-myung congratulated Sanae Takaichi on Tuesday and said he looked forward to "
         "meeting her in Gyeongju at the end of the month.",
         "2025-10-21", (("Lee Jae-myung", "Sanae Takaichi"),)),
    Rule("the-two-subject", "plural anaphor as a meeting verb's subject",
         "'The two' / 'both leaders' + meeting verb: the pair of the last meeting of two a "
         "few sentences back, else the pair the article tells most meetings of",
         "Fumio Kishida and Yoon Suk Yeol held talks in Tokyo in March. Kishida spoke of "
         "history. The two last met in July in Washington.",
         "2024-08-20", (("Fumio Kishida", "Yoon Suk Yeol"), ("Fumio Kishida", "Yoon Suk Yeol"))),
    Rule("motion-to-a-place", "verb of motion",
         "go/come + to + place name: a trip, whose host is the leader of the place's country",
         "Koizumi Junichiro came to Seoul in June 2005.",
         "2005-06-30", (("Junichiro Koizumi", "Roh Moo-hyun"),)),
    Rule("shared-meal", "light verb + meal noun + with",
         "have/hold + lunch/dinner/breakfast + with-slot: a meeting of the subject and the "
         "with-slot's leaders",
         "Shinzo Abe and Moon Jae-in had lunch with Donald Trump in New York in September.",
         "2017-11-20", (("Donald Trump", "Moon Jae-in", "Shinzo Abe"),)),
    Rule("coordinated-destinations", "coordination of a trip's objects",
         "visit + places of different countries joined by 'and': one visit to each, each "
         "with its country's leader as host",
         "Barack Obama is due to visit both Tokyo and Seoul next month.",
         "2014-03-20", (("Barack Obama", "Shinzo Abe"), ("Barack Obama", "Park Geun-hye"))),
    Rule("joined-thing", "object of 'join'",
         "join + an object naming no person and no meeting (an agreement, an organisation): "
         "no meeting",
         "Britain joined the trade pact in December, Shigeru Ishiba and Yoon Suk Yeol said.",
         "2025-01-10", ()),
    Rule("hosted-meal", "verb + object + 'to' + meal noun",
         "treat + guest + to lunch/dinner: the subject hosts the guest, a meeting; the meal "
         "after 'to' is a noun, not an infinitive",
         "Fumio Kishida treated Yoon Suk Yeol to dinner in Tokyo on Thursday.",
         "2023-03-20", (("Fumio Kishida", "Yoon Suk Yeol"),)),
)
"""Every rule, with its example."""
