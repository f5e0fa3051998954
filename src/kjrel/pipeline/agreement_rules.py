"""Agreement rules as declared data: verb classes and the rules over clauses.

Each set lists lemmas (as :attr:`~kjrel.pipeline.syntax.words.Token.lemma`
gives them). Each :class:`AgreementRule` names one linguistic phenomenon, says
what it looks for, and carries one invented example with the records it must
yield; ``tests/test_agreement_rules.py`` runs every example. The functions
that apply the rules live in :mod:`kjrel.pipeline.agreement_syntax` and
:mod:`kjrel.pipeline.agreements`; nothing here is a phrase of an article.
"""

from __future__ import annotations

from attrs import frozen

__all__ = [
    "CANCEL_LEMMAS",
    "COMMIT_LEMMAS",
    "COMMIT_NOUNS",
    "CONCLUDE_LEMMAS",
    "CONCLUDE_WORDS",
    "FAIL_LEMMAS",
    "FORWARD_LEMMAS",
    "LIGHT_LEMMAS",
    "NOMINAL_COMMITMENTS",
    "NON_GOVERNMENT_WORDS",
    "PROCESS_NOUNS",
    "PROPOSE_LEMMAS",
    "PURSUE_LEMMAS",
    "RESIZE_WORDS",
    "RULES",
    "SIGN_LEMMAS",
    "UNCERTAIN_MODALS",
    "WISH_LEMMAS",
    "AgreementRule",
]

SIGN_LEMMAS: frozenset[str] = frozenset(
    {"sign", "ink", "conclude", "exchange", "seal", "co-sign", "countersign", "signing"}
)
"""Verbs (and the nominalisation "signing") that report an instrument signed."""

CONCLUDE_LEMMAS: frozenset[str] = SIGN_LEMMAS | frozenset(
    {"adopt", "issue", "release", "reach", "strike", "agree", "produce", "announce",
     "clinch", "forge", "unveil", "finalize", "finalise"}
)
"""Verbs that bring an instrument into being; negated, there is no instrument."""

CONCLUDE_WORDS: frozenset[str] = frozenset(
    {"sign", "adopt", "issue", "release", "conclude", "ink", "seal", "finalize", "finalise",
     "announce", "produce", "text", "wording"}
)
"""Base forms that open a course which only concludes an instrument ("to sign a memorandum")."""

FAIL_LEMMAS: frozenset[str] = frozenset(
    {"fail", "refuse", "decline", "reject", "deny", "dismiss", "refute"}
)
"""Governors that deny what they govern ("failed to sign a pact", "denied a report
that the two had agreed")."""

CANCEL_LEMMAS: frozenset[str] = frozenset(
    {"cancel", "postpone", "delay", "shelve", "suspend", "abandon", "scrap", "freeze", "put"}
)
"""Verbs whose object's signing does not happen ("put off the signing of a pact");
"put" counts with "off"."""

UNCERTAIN_MODALS: frozenset[str] = frozenset({"could", "might", "may", "can"})
"""Modals that leave an instrument or a course hypothetical ("could one day sign")."""

WISH_LEMMAS: frozenset[str] = frozenset({"hope", "want", "wish", "dream"})
"""Governors that make what they govern only wished for."""

NON_GOVERNMENT_WORDS: frozenset[str] = frozenset(
    {"city", "cities", "province", "provinces", "prefecture", "prefectures", "university",
     "universities", "company", "companies", "firm", "firms", "group", "groups", "union",
     "association", "associations", "federation", "club", "clubs", "school", "schools",
     "hospital", "hospitals", "chamber", "lawmakers", "parliamentarians", "students",
     "activists", "corp", "inc", "co", "ltd", "airline", "airlines",
     "carmaker", "automaker", "conglomerate", "chaebol", "league", "team", "teams",
     "historian", "historians", "scholar", "scholars", "academic", "academics",
     "researcher", "researchers", "journalist", "journalists", "citizen", "citizens",
     "resident", "residents", "fan", "fans", "executive", "executives", "business",
     "businesses"}
)
"""Heads of subjects that are not governments ("the cities of Busan and Fukuoka",
"civic groups", "the football associations"): what they sign or agree is no
agreement between governments. Central banks and ministries stand for their governments."""

RESIZE_WORDS: frozenset[str] = frozenset(
    {"expand", "enlarge", "lift", "raise", "increase", "boost", "double", "triple"}
)
"""Base forms that open a course resizing an instrument already recorded ("to lift
their currency swap lines to $70 billion"): the resized instrument is the record,
not a commitment beside it."""

PURSUE_LEMMAS: frozenset[str] = frozenset(
    {"pursue", "seek", "negotiate", "push", "aim", "discuss", "explore", "consider",
     "study", "hope", "want", "wish", "eye", "mull", "weigh", "urge", "demand"}
)
"""Verbs whose instrument is not concluded ("pursue a free trade agreement")."""

PROCESS_NOUNS: frozenset[str] = frozenset(
    {"talk", "talks", "negotiation", "negotiations", "consultation", "consultations",
     "discussion", "discussions", "work", "push", "bid", "effort", "efforts", "call"}
)
"""Nouns whose on/for/toward object is not concluded ("talks on a swap deal")."""

COMMIT_LEMMAS: frozenset[str] = frozenset(
    {"agree", "pledge", "vow", "promise", "decide", "concur", "resolve"}
)
"""Verbs that commit their subject to the courses of action they govern, with
whatever adjuncts stand between ("agreed at their talks in Tokyo on Friday to ...")."""

NOMINAL_COMMITMENTS: frozenset[str] = frozenset(
    {"promise", "pledge", "commitment", "agreement", "deal", "consensus", "understanding",
     "vow", "accord"}
)
"""Nouns that nominalise a commitment verb when an infinitive follows ("a promise to
revive shuttle diplomacy", "their agreement to launch a hotline")."""

COMMIT_NOUNS: frozenset[str] = frozenset({"consensus", "agreement", "understanding"})
"""Objects that make a light verb (reach, come to, arrive at) a commitment verb
("reached a consensus in Lima on Friday to ...")."""

LIGHT_LEMMAS: frozenset[str] = frozenset({"reach", "come", "arrive"})
"""Light verbs that commit with an object of COMMIT_NOUNS."""

PROPOSE_LEMMAS: frozenset[str] = frozenset({"propose", "suggest", "offer"})
"""Verbs that put a joint course of action to the other side."""

FORWARD_LEMMAS: frozenset[str] = frozenset(
    {"plan", "expect", "set", "propose", "suggest", "offer", "seek", "intend", "schedule"}
)
"""Governors (and verbs) that put an instrument or course forward, not yet made."""


@frozen
class AgreementRule:
    """One declared agreement rule: a linguistic phenomenon and what it yields."""

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
    agreements: tuple[tuple[str, str], ...]
    """The (kind, status) of each record the example must yield (empty: none)."""


RULES: tuple[AgreementRule, ...] = (
    AgreementRule(
        "signed-instrument", "active signing verb",
        "SIGN verb + instrument noun group; kind from the head noun",
        "Japan and South Korea signed a memorandum of cooperation on hydrogen on Friday.",
        "2025-03-08", (("mou", "signed"),)),
    AgreementRule(
        "passive-signing", "passive voice",
        "instrument noun group as the subject of a passive SIGN verb",
        "A treaty on fisheries was signed by Japan and South Korea in Seoul on Tuesday.",
        "2024-05-15", (("treaty", "signed"),)),
    AgreementRule(
        "adopted-document", "conclusion verb",
        "adopt/issue/release + joint statement or declaration",
        "Yoon Suk Yeol and Fumio Kishida issued a joint statement in Seoul on Sunday.",
        "2023-05-08", (("joint-statement", "agreed"),)),
    AgreementRule(
        "negated-instrument", "negation",
        "a negated CONCLUDE verb, a failing governor or 'no' before the instrument",
        "Japan and South Korea did not sign a memorandum on Friday.",
        "2025-03-08", ()),
    AgreementRule(
        "pursued-instrument", "object of a process noun or pursuing verb",
        "an instrument after talks/negotiations on, or the object of pursue/seek",
        "Talks on a free trade agreement between Seoul and Tokyo stalled again in 2024.",
        "2024-12-01", ()),
    AgreementRule(
        "joint-commitment", "commitment verb with a plural subject",
        "agree/pledge/vow + infinitive, the subject naming two governments",
        "Lee Jae-myung and Shigeru Ishiba agreed on Saturday to resume security talks.",
        "2025-08-24", (("commitment", "agreed"),)),
    AgreementRule(
        "general-course", "a course whose object is only the relationship itself",
        "strengthen/deepen/expand/keep... + ties, relations, cooperation or exchanges with "
        "no modifier but generic ones (bilateral, close, economic) and no field after it",
        "Lee Jae-myung and Shigeru Ishiba agreed on Saturday to deepen bilateral ties.",
        "2025-08-24", ()),
    AgreementRule(
        "qualified-course", "a general course with a qualifier",
        "a general course followed by its field, purpose or setting (on, in, for, so that, "
        "as ...), by partners of its cooperation (between, with), or, for a meeting, by a "
        "time no scheduled meeting fixes (at an early date, whenever, every year)",
        "Lee Jae-myung and Shigeru Ishiba agreed on Saturday to work closely so that the "
        "two peoples feel the benefits of the partnership.",
        "2025-08-24", (("commitment", "agreed"),)),
    AgreementRule(
        "named-programme", "a modifier that names a programme",
        "a general course whose head noun has a non-generic modifier ('youth exchanges', "
        "'working-holiday exchanges') is a course of action of its own",
        "Lee Jae-myung and Shigeru Ishiba agreed on Saturday to expand youth exchanges.",
        "2025-08-24", (("commitment", "agreed"),)),
    AgreementRule(
        "commitment-past-adjuncts", "adjuncts between a verb and its complement",
        "COMMIT verb + place, time or setting adjuncts + infinitive: the clause layer hangs "
        "the course on the verb, however many words stand between",
        "Shigeru Ishiba and Donald Trump agreed at the White House on Friday to work toward "
        "more Japanese investment.",
        "2025-02-09", (("commitment", "agreed"),)),
    AgreementRule(
        "light-verb-commitment", "light verb + agreement noun",
        "reach/come to + consensus/agreement/understanding + infinitive or modal 'that' clause",
        "Moon Jae-in and Shinzo Abe came to an agreement in Chengdu on Tuesday that the "
        "export dispute should be settled through dialogue.",
        "2019-12-25", (("commitment", "agreed"),)),
    AgreementRule(
        "joined-in-commitment", "participation construction",
        "A join B in + commitment gerund + course: A and B commit to the course",
        "At Camp David in August, Yoon Suk Yeol and Fumio Kishida joined Joe Biden in pledging "
        "to hold three-way summits every year.",
        "2023-08-20", (("commitment", "agreed"),)),
    AgreementRule(
        "report-day", "commitment of the reported exchange, undated",
        "a commitment agreed at no summit (a minister's or envoy's call) with no date of its "
        "own takes the day the lead reports, when that day is recent",
        "SEOUL, Feb. 25 -- Park Geun-hye received Japan's deputy prime minister on Monday. "
        "The two sides agreed to launch a joint study group on history textbooks.",
        "2013-02-26", (("commitment", "agreed"),)),
    AgreementRule(
        "nominal-commitment", "nominalisation",
        "a commitment noun (promise, pledge, agreement, deal ...) + infinitive, made by a "
        "plural possessor or subject or by the meeting of its sentence; not one side's, not "
        "denied, sought or wished for, and not 'this pledge' pointing back",
        "Lee Jae-myung and Shigeru Ishiba met in Tokyo on Saturday. The talks ended with a "
        "promise to revive shuttle diplomacy.",
        "2025-08-24", (("commitment", "agreed"),)),
    AgreementRule(
        "shared-view-then-course", "coordination of a view and a course",
        "agreed that [view, no modal] + ', and to' [course]: the view is no record, the "
        "course is one",
        "Yoon Suk Yeol and Fumio Kishida agreed in Seoul on Sunday that the satellite launch "
        "plans were a threat, and to hold new economic talks.",
        "2024-05-27", (("commitment", "agreed"),)),
    AgreementRule(
        "resized-instrument", "course acting on an instrument",
        "a course that resizes an instrument recorded in its sentence (expand, lift, double) "
        "is that instrument, not a commitment beside it",
        "Lee Myung-bak and Yoshihiko Noda agreed at Cheong Wa Dae on Wednesday to lift their "
        "currency swap lines to $70 billion.",
        "2011-10-20", (("mou", "agreed"),)),
    AgreementRule(
        "coordinated-courses", "coordination of infinitives",
        "each infinitive a commitment verb governs is one course of action",
        "Moon Jae-in and Shinzo Abe agreed on Monday to resume security talks and to "
        "reopen a direct flight route.",
        "2018-05-10", (("commitment", "agreed"), ("commitment", "agreed"))),
    AgreementRule(
        "unilateral", "singular subject",
        "a commitment verb whose subject is one side is not an agreement",
        "Fumio Kishida pledged on Monday to raise defence spending.",
        "2023-01-10", ()),
    AgreementRule(
        "proposal", "proposing verb",
        "propose/suggest + joint course or instrument: status proposed",
        "Lee Jae-myung proposed to Shigeru Ishiba on Saturday that the two countries "
        "jointly study easing border checks.",
        "2025-08-24", (("commitment", "proposed"),)),
    AgreementRule(
        "referenced-instrument", "background instrument",
        "a known instrument named with its year, not concluded in the reported event",
        "The 1965 Treaty on Basic Relations normalised ties between Tokyo and Seoul.",
        "2025-06-22", (("treaty", "referenced"),)),
)
"""Every agreement rule, with its example."""
