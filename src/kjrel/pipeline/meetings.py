"""Meeting frames from clauses: the event rules of :mod:`~kjrel.pipeline.event_rules` applied.

For each clause with a trigger (a meeting verb, a light verb with a meeting
noun, a hosting or visiting verb, or a meeting noun), :func:`meeting_frames`
builds a :class:`Frame`: who takes part (the leaders of the clause's subject
and of its object and with/between slots, plural references through their
members), and whether the clause reports a meeting at all: negation,
uncertain modality, an if-clause, a cancelling or wishing governor or a
remote contact unmake it; the future or a planning governor makes it
planned. Dates, places and occasions are picked by the clause that holds
them, never by a character window.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

import attrs
from attrs import frozen

from kjrel.pipeline import event_rules as rules
from kjrel.pipeline.agreement_syntax import light_commitment
from kjrel.pipeline.event_rules import EventClass
from kjrel.pipeline.events_lexicon import OCCASIONS as GATHERINGS
from kjrel.pipeline.lexicon import TITLE_WORDS
from kjrel.pipeline.syntax.clauses import (
    Clause,
    ClauseKind,
    Parse,
    by_phrase,
    governors,
    participle_adjunct,
)
from kjrel.pipeline.syntax.phrases import Tag, Tense
from kjrel.pipeline.syntax.words import Token
from kjrel.pipeline.temporal_lexicon import MONTHS, WEEKDAYS

__all__ = ["Frame", "Status", "meeting_frames"]


class Status:
    """What a clause says of its meeting."""

    HELD = "held"
    PLANNED = "planned"
    NONE = "none"
    """Negated, hypothetical, cancelled, wished for or remote: no meeting."""


@frozen
class Frame:
    """One trigger of a meeting in one clause."""

    trigger: int
    """Token index of the trigger."""
    event: EventClass
    """Meet, host or visit."""
    verbal: bool
    """Whether a verb (not only a noun) reports the meeting."""
    clause: int
    """Index of the clause in its parse."""
    status: str
    """A :class:`Status` value."""
    roles: tuple[tuple[int, int], ...]
    """Token ranges whose leaders take part (subject, object, slots, noun group)."""
    definite: bool = False
    """A bare definite meeting noun ("the summit"): evidence of a meeting named elsewhere."""
    their: bool = False
    """A meeting noun owned by "their": its leaders are the pair last spoken of."""
    trilateral: bool = False
    """A meeting of three ("a trilateral summit", "a three-way meeting")."""
    carried: bool = False
    """A meeting noun that a travel or hosting verb carries ("flew to Seoul for talks")."""
    anchored: bool = True
    """Whether the clause reports this meeting, so its dates and places are the meeting's
    ("the ministers met on Monday to prepare the summit": the summit is not anchored)."""
    scope: tuple[int, int] | None = None
    """Token range of the trigger's own phrase (a verb with its objects and slots, a noun
    with the phrases after it): its date, place and ordinal are looked for there first."""
    gapped: tuple[int, int] | None = None
    """Token range of a verbless conjunct that shares the verb ("met A, and on Sunday B"):
    its people are partners too, its date and place theirs alone."""


def _words(parse: Parse, first: int, last: int) -> set[str]:
    return {parse.phrases.tokens[k].lower for k in range(first, last + 1)}


def _status(parse: Parse, index: int, trigger: int) -> str:
    """Return whether clause ``index`` reports its meeting as held, planned or not at all."""
    clause = parse.clauses[index]
    if _date_open(parse, trigger):
        return Status.NONE if _called_off_after(parse, trigger) else Status.PLANNED
    if _unmade_here(parse, clause, trigger) or _unmade_around(parse, index, trigger):
        return Status.NONE
    chain = _governed(parse, clause)
    if chain is None:
        return Status.NONE
    planned = chain or (clause.verb is not None and clause.verb.tense is Tense.FUTURE)
    if planned or _anticipated(parse, clause) or _noun_with_infinitive(parse, index):
        return Status.PLANNED
    return Status.HELD


def _noun_with_infinitive(parse: Parse, index: int) -> bool:
    """Whether a verbless clause's noun is the subject of the infinitive after it.

    ", with the summit set to begin at 2:30 p.m.", "the talks due to open
    Friday": an arrangement for what is still to come, whatever the tense
    of the clause the phrase hangs on.
    """
    clause = parse.clauses[index]
    if clause.verb is not None:
        return False
    return any(
        other.kind is ClauseKind.INFINITIVE and other.governor == index
        and other.first == clause.last + 1
        for other in parse.clauses
    )


def _anticipated(parse: Parse, clause: Clause) -> bool:
    """Whether the clause looks forward to what it names ("looked forward to meeting her")."""
    verb = clause.verb
    if verb is None or verb.lemma not in rules.ANTICIPATION_LEMMAS:
        return False
    after = verb.last + 1
    return verb.lemma != "look" or (
        after < len(parse.phrases.tokens) and parse.phrases.tokens[after].lower == "forward"
    )


def _unmade_here(parse: Parse, clause: Clause, trigger: int) -> bool:
    """Return whether the clause itself unmakes its meeting.

    Remote contact, an if-clause, a negated verb or subject ("No leader
    has ..."), an uncertain modal.
    """
    if _words(parse, clause.first, clause.last) & rules.REMOTE_WORDS:
        return True
    if clause.kind is ClauseKind.SUBORDINATE and clause.opener in rules.HYPOTHETICAL_OPENERS:
        return True
    verb = clause.verb
    if verb is not None and verb.negated and verb.first <= trigger + 1:
        return True
    if _no_one_subject(parse, clause, trigger):
        return True  # "No Japanese and South Korean leaders have held bilateral talks since"
    return verb is not None and verb.modal in rules.UNCERTAIN_MODALS and not _reported(
        parse, clause
    )


def _no_one_subject(parse: Parse, clause: Clause, trigger: int) -> bool:
    """Whether the clause's subject is negated by its determiner ("No leader has visited")."""
    subject = clause.subject
    if subject is None or subject[0] > trigger or subject[0] < clause.first:
        return False  # a subject the clause inherits is another clause's
    return parse.phrases.tokens[subject[0]].lower in {"no", "neither", "none"}


def _unmade_around(parse: Parse, index: int, trigger: int) -> bool:
    """Return whether the words around the trigger unmake its meeting.

    A cancelling or wishing verb before a meeting noun, "has yet to", a
    cancelled or negated predicate, "came closest to", "a dozen times",
    "only shook hands", "a possible summit".
    """
    clause = parse.clauses[index]
    return (
        _cancelled_noun(parse, clause, trigger)
        or _yet_to(parse, index)
        or _unmade_subject(parse, trigger)
        or _object_unmade_after(parse, index, trigger)
        or _counterfactual(parse, clause, trigger)
        or _aggregate(parse, clause, trigger)
        or _reduced_to_a_greeting(parse, clause)
        or _denied_after_but(parse, trigger)
        or _greeting_at_a_gathering(parse, clause, trigger)
        or bool(_words(parse, max(clause.first, trigger - 3), trigger) & rules.UNCERTAIN_MODIFIERS)
    )


def _governed(parse: Parse, clause: Clause) -> bool | None:
    """Read the verbs an infinitive or complement hangs on.

    Return ``None`` when one of them unmakes the meeting (negated,
    cancelling, wishing, uncertain), ``True`` when one plans it, else
    ``False``.
    """
    planned = False
    for governor in governors(parse, clause):
        verb = governor.verb
        if verb is None and governor.kind is ClauseKind.COORDINATE:
            continue  # a verbless conjunct ("Suga and Moon their first chance"): read on
        if verb is None:
            break
        if verb.negated or verb.lemma in rules.WISH_LEMMAS or verb.modal in rules.UNCERTAIN_MODALS:
            return None
        if _words(parse, governor.first, governor.last) & _POSSIBILITY:
            return None  # "see the Olympics as a possible occasion for Moon to visit"
        if verb.lemma in rules.CANCEL_LEMMAS and _cancel_sense(parse, governor):
            return None
        if verb.lemma in rules.PLAN_LEMMAS or verb.tense is Tense.FUTURE:
            planned = True
        if _words(parse, governor.first, governor.last) & (rules.PLAN_WORDS | _MAKING_READY):
            planned = True  # "is due to", "arrangements were made for Yoon to"
        if verb.tense in {Tense.PAST, Tense.PRESENT} and not planned:
            break
    return planned


_POSSIBILITY = frozenset({"possible", "potential", "hypothetical"})
"""Adjectives of a clause that only entertains what its infinitive tells."""

_MAKING_READY = frozenset({"arrangements", "arrangement", "preparations", "preparation"})
"""Nouns of a clause that readies what its infinitive tells ("arrangements for Yoon to meet")."""


def _date_open(parse: Parse, trigger: int) -> bool:
    """Return whether a meeting noun is the subject of a planning predicate.

    A negated scheduling predicate ("this year's summit, which has not been
    scheduled") or a passive of planning or seeking ("a summit is still being
    sought", "talks are being arranged"): the meeting is still to come.
    """
    clause = _predicate_of(parse, trigger)
    if clause is None or clause.verb is None:
        return False
    if clause.verb.negated:
        return clause.verb.lemma in rules.OPEN_DATE_LEMMAS
    return clause.verb.passive and clause.verb.lemma in _SOUGHT


def _predicate_of(parse: Parse, trigger: int) -> Clause | None:
    """Return the first clause whose subject holds the meeting noun, its verb after it."""
    for clause in parse.clauses:
        verb = clause.verb
        if verb is None or clause.subject is None or verb.first <= trigger:
            continue
        if clause.subject[0] <= trigger <= clause.subject[1]:
            return clause
    return None


_SOUGHT = rules.PLAN_LEMMAS - {"agree", "announce", "confirm", "invite"} | {"seek"}


def _unmade_subject(parse: Parse, trigger: int) -> bool:
    """Return whether a meeting noun is the subject of a cancelling or negated predicate.

    "The summit ... has been postponed indefinitely", "the meeting did not take place".
    """
    clause = _predicate_of(parse, trigger)
    if clause is None or clause.verb is None:
        return False
    return _unmaking_predicate(parse, clause) or _called_off_after(parse, trigger)


def _called_off_after(parse: Parse, trigger: int) -> bool:
    """Whether a conjunct on the meeting noun's clause unmakes it ("but it was called off")."""
    clause = _predicate_of(parse, trigger)
    return clause is not None and any(
        _unmaking_predicate(parse, other) for other in _conjuncts_on_it(parse, clause)
    )


def _object_unmade_after(parse: Parse, index: int, trigger: int) -> bool:
    """Whether a passive "it" conjunct unmakes the meeting clause ``index`` takes as object.

    "Korea was to host the summit last year, but it could not be held": the
    passive tells what became of the object, not of the subject.
    """
    clause = parse.clauses[index]
    if clause.verb is None or trigger < clause.verb.first:
        return False  # a meeting noun in the subject: _called_off_after reads it
    chain = {index}  # the clause, and those its infinitive hangs on ("was to host")
    while clause.kind is ClauseKind.INFINITIVE and clause.governor is not None:
        chain.add(clause.governor)
        clause = parse.clauses[clause.governor]
    return any(
        other.verb is not None and other.verb.passive and _unmaking_predicate(parse, other)
        and _subject_is_it(parse, other)
        for other in parse.clauses
        if other.governor in chain and other.kind is ClauseKind.COORDINATE
    )


def _unmaking_predicate(parse: Parse, clause: Clause) -> bool:
    """Whether a clause's verb is negated, uncertain or cancelling ("was called off")."""
    verb = clause.verb
    if verb is None:
        return False
    if verb.negated or verb.modal in rules.UNCERTAIN_MODALS:
        return True
    return verb.lemma in rules.CANCELLED_PREDICATES and _cancel_sense(parse, clause)


def _conjuncts_on_it(parse: Parse, clause: Clause) -> list[Clause]:
    """Return the conjuncts that go on about a clause's subject ("..., but it was called off").

    A coordinate clause on ``clause`` whose subject is "it", or is left out
    and so shared ("had been planned for May but was called off").
    """
    number = _number_of(parse, clause)
    return [
        other for other in parse.clauses
        if other.governor == number and other.kind is ClauseKind.COORDINATE
        and (other.subject is None or other.subject == clause.subject
             or _subject_is_it(parse, other))
    ]


def _subject_is_it(parse: Parse, clause: Clause) -> bool:
    """Whether a clause's subject is the single word "it" ("but it was called off")."""
    subject = clause.subject
    return subject is not None and subject[0] == subject[1] and (
        parse.phrases.tokens[subject[0]].lower == "it"
    )


def _reduced_to_a_greeting(parse: Parse, clause: Clause) -> bool:
    """Return whether the clause a when-clause dates says they only shook hands.

    "When they met at the G20 in Osaka, the two leaders only shook hands."
    """
    if clause.governor is None or clause.opener not in {"when", "as", "while"}:
        return False
    governor = parse.clauses[clause.governor]
    words = _words(parse, governor.first, governor.last)
    return bool(words & rules.ONLY_WORDS) and bool(words & rules.GREETING_WORDS)


_DENIAL_REACH = 4  # tokens from "but" to its "no" ("but there were no talks")


def _denied_after_but(parse: Parse, trigger: int) -> bool:
    """Return whether a "but" clause after a meeting verb denies that talks were held.

    "They met briefly in Osaka, but no bilateral talks took place": the
    encounter was no summit. Only for a verb of meeting, or a meeting noun
    set off after a clause to sum it up ("exchanged greetings, their first
    encounter in person, but no talks took place"): another meeting noun is
    denied by its own clause.
    """
    tokens = parse.phrases.tokens
    if parse.phrases.tags[trigger] is not Tag.VERB and not _summing_noun(parse, trigger):
        return False
    words = [t.lower for t in tokens]
    for k in range(trigger + 1, len(words)):
        if words[k] in {".", ";"}:
            return False
        if words[k] != "but":
            continue
        denial = next((j for j in range(k + 1, min(k + 1 + _DENIAL_REACH, len(words)))
                       if words[j] == "no"), None)
        return denial is not None and any(
            words[j] in rules.MEETING_NOUNS for j in range(denial + 1, min(denial + 4, len(words)))
        )
    return False


def _summing_noun(parse: Parse, index: int) -> bool:
    """Whether the noun at ``index`` heads a noun group set off by a comma after a clause."""
    first = _noun_group_range(parse, index)[0]
    return 0 < first < index and parse.phrases.tokens[first - 1].lower == ","


def _greeting_at_a_gathering(parse: Parse, clause: Clause, trigger: int) -> bool:
    """Return whether "greet" tells a greeting on a gathering's sidelines, not a reception.

    "Biden, whom Moon also greeted on the sidelines": an encounter; "greeted
    Yoon at his residence" receives a guest and stays a meeting.
    """
    if parse.phrases.tokens[trigger].lemma != "greet":
        return False
    return bool(_words(parse, trigger, clause.last) & rules.SIDELINE_WORDS)


_LATEST = (("most", "recently"), ("most", "recent"), ("the", "latest"))


def _latest_of_many(parse: Parse, frame: Frame) -> Frame | None:
    """Return the one meeting a count of many singles out.

    "Met ten times, most recently in Washington in July": held, with its own
    phrase after the words that single it out.
    """
    clause = parse.clauses[frame.clause]
    if frame.status != Status.NONE or not _aggregate(parse, clause, frame.trigger):
        return None
    words = [t.lower for t in parse.phrases.tokens]
    for k in range(frame.trigger + 1, clause.last):
        if (words[k], words[k + 1]) in _LATEST:
            return attrs.evolve(frame, status=Status.HELD, scope=(k + 2, clause.last))
    return None


_THEN_WORDS = frozenset({"then", "later", "again"})


def _enumerated_of_many(parse: Parse, frame: Frame) -> list[Frame]:
    """Return the meetings a count goes on to list, one frame each.

    "met twice: in Gyeongju on Oct. 30, and on the sidelines of the G20 in
    Johannesburg", "met twice last autumn, first in Vientiane ..., and then
    in Lima": each conjunct after the colon or "first" is a meeting held,
    with its own phrase for date and place.
    """
    clause = parse.clauses[frame.clause]
    if frame.status != Status.NONE or not _aggregate(parse, clause, frame.trigger):
        return []
    words = [t.lower for t in parse.phrases.tokens]
    reach = range(frame.trigger + 1, min(len(words), frame.trigger + _AGGREGATE_REACH + 4))
    start = next((k + 1 for k in reach if words[k] in {":", "first"}), None)
    if start is None:
        # "met twice, for 30 minutes in New York in September and again in Phnom Penh"
        # "has met Kim twice this year, at Panmunjom in April and again in May"
        counted = next((k for k in reach if words[k] in rules.AGGREGATE_WORDS), None)
        start = next((k + 1 for k in reach if words[k] == "," and counted is not None
                      and counted < k), None)
    if start is None:
        return []
    cuts = [k for k in range(start, len(words) - 2)
            if (words[k] == "," and words[k + 1] == "and")
            or (words[k] == "and" and words[k + 1] in _THEN_WORDS and words[k - 1] != ",")]
    if not cuts:
        return []
    bounds = [start, *(k + 1 + (words[k] == ",") + (words[k + 1 + (words[k] == ",")]
                                                     in _THEN_WORDS) for k in cuts)]
    ends = [k - 1 for k in cuts] + [len(words) - 1]
    roles = tuple(role for role in frame.roles if role != frame.gapped)
    return [attrs.evolve(frame, status=Status.HELD, scope=(first, last), gapped=None, roles=roles)
            for first, last in zip(bounds, ends, strict=True)]


def _aggregate(parse: Parse, clause: Clause, trigger: int) -> bool:
    """Return whether a meeting verb counts many meetings ("met a dozen times").

    Also a clause told with a frequency ("has been held roughly once a year",
    "meet every year"): a habit, not one meeting.
    """
    last = min(clause.last, trigger + _AGGREGATE_REACH)
    if _words(parse, trigger + 1, last) & rules.AGGREGATE_WORDS:
        return True
    if parse.phrases.tokens[trigger].lemma in rules.TRIGGER_VERBS[EventClass.JOINT]:
        return False  # "committed to meeting once a year": the habit is what they agreed
    words = [parse.phrases.tokens[k].lower for k in range(clause.first, clause.last + 1)]
    padded = [*words, "", ""]
    return any(
        (first in rules.FREQUENCY_COUNTS and second in {"a", "per", "every", "each"}
         and third in rules.FREQUENCY_UNITS)
        or (first in {"every", "each"} and second in rules.FREQUENCY_UNITS)
        for first, second, third in zip(words, padded[1:], padded[2:], strict=False)
    )


_AGGREGATE_REACH = 4  # tokens after a meeting verb that may count its meetings


def _counterfactual(parse: Parse, clause: Clause, trigger: int) -> bool:
    """Return whether "came closest to meeting", "nearly met" stand before the trigger."""
    first = max(clause.first, trigger - _COUNTERFACTUAL_REACH)
    return bool(_words(parse, first, trigger) & rules.COUNTERFACTUAL_WORDS)


_COUNTERFACTUAL_REACH = 3  # tokens before a trigger that may make it counterfactual


def _yet_to(parse: Parse, index: int) -> bool:
    """Return whether the clause or the one it hangs on says "has yet to" (not yet)."""
    first = parse.clauses[index].first
    if first > 0 and parse.phrases.tokens[first - 1].lower == "yet":
        return True  # "Lee has yet | to meet ..."
    clauses = [parse.clauses[index], *governors(parse, parse.clauses[index])]
    for clause in clauses:
        words = [parse.phrases.tokens[k].lower for k in range(clause.first, clause.last + 1)]
        if any(a == "yet" and b == "to" for a, b in itertools.pairwise(words)):
            return True
    return False


def _to_a_name(parse: Parse, last: int) -> bool:
    """Whether "to" and a name ("to Seoul", "to the White House") follow the verb at ``last``."""
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    at = last + 1
    if at >= len(tokens) or tokens[at].lower != "to":
        return False
    at += 1
    if at < len(tokens) and tokens[at].lower == "the":
        at += 1
    return at < len(tokens) and tags[at] is Tag.NAME


def _plan_object(parse: Parse, window: range) -> bool:
    """Whether a plan noun heads the object before any meeting noun in ``window``."""
    for k in window:
        if _meeting_noun(parse, k):
            return False
        if parse.phrases.tags[k] is Tag.NOUN and parse.phrases.tokens[k].lemma in rules.PLAN_NOUNS:
            return True
    return False


def _cancel_sense(parse: Parse, clause: Clause) -> bool:
    verb = clause.verb
    if verb is None:
        return False
    if verb.lemma in _PARTICLE_CANCELS:
        after = (
            parse.phrases.tokens[verb.last + 1].lower
            if verb.last + 1 < len(parse.phrases.tokens)
            else ""
        )
        return after in _PARTICLE_CANCELS[verb.lemma]
    return True


_PARTICLE_CANCELS = {"call": {"off"}, "put": {"off"}, "shut": {"out", "down"}}


def _cancelled_noun(parse: Parse, clause: Clause, trigger: int) -> bool:
    """Return whether the meeting noun is the object of a cancelling verb ("scrapped it")."""
    verb = clause.verb
    if verb is None or verb.last >= trigger:
        return False
    if verb.lemma in rules.WISH_LEMMAS - {"would"}:
        return True  # "called for a summit", "proposed talks": wished, not held
    return (verb.lemma in rules.CANCEL_LEMMAS and _cancel_sense(parse, clause)) or verb.negated


def _reported(parse: Parse, clause: Clause) -> bool:
    """'would' in what a past reporting verb reports is a future in the past."""
    if clause.kind is not ClauseKind.COMPLEMENT or clause.governor is None:
        return False
    governor = parse.clauses[clause.governor].verb
    return (
        governor is not None
        and governor.tense is Tense.PAST
        and clause.verb is not None
        and (clause.verb.modal == "would")
    )


def _after_verb(parse: Parse, clause: Clause) -> tuple[int, int] | None:
    """Return the verb's objects and slots: up to a clause-level adjunct."""
    if clause.verb is None or clause.verb.last >= clause.last:
        return None
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    end = clause.verb.last + 1
    while end <= clause.last:
        word = tokens[end].lower
        if word in rules.ADJUNCT_PREPOSITIONS and tags[end] in {Tag.PREP, Tag.SUB}:
            break
        following = tags[end + 1] if end + 1 <= clause.last else None
        if word == "," and following in {Tag.PREP, Tag.SUB, Tag.ADV, Tag.DET, Tag.POSS} and not (
            following is Tag.DET and _names_next(parse, end + 2, clause.last)
        ) and not _partners_set_off(parse, end, clause.last):
            break
        end += 1
    return (clause.verb.last + 1, end - 1) if end > clause.verb.last + 1 else None


def _partners_set_off(parse: Parse, comma: int, last: int) -> bool:
    """Whether a comma sets off the partners of the object ("held summits, with A and B").

    Also the named members of a group met ("talks with a dozen leaders,
    including A on Thursday and B on Friday", "among them A and B"). Not a with-phrase that
    pictures the scene ("with Yoon looking on"): its names are followed by a
    participle.
    """
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    start = comma + 2
    if comma + 2 <= last and (tokens[comma + 1].lower, tokens[comma + 2].lower) in _LIST_OPENERS:
        if tokens[comma - 1].lower not in _LEADER_PLURALS:
            return False  # "a trade initiative with a dozen partners, among them Japan"
        start = comma + 3  # "with more than ten leaders, among them A and B"
    elif comma + 2 > last or tokens[comma + 1].lower not in {"with", "including"}:
        return False
    if not _names_next(parse, start, last):
        return False
    end = start
    while end <= last and tags[end] in {Tag.NAME, Tag.CONJ} | (
        {Tag.PUNCT} if tokens[end].lower == "," else set()
    ):
        end += 1
    return end > last or not tokens[end].lower.endswith("ing")


_LIST_OPENERS = frozenset({("among", "them"), ("such", "as"), ("among", "whom")})
_LEADER_PLURALS = frozenset({"leaders", "counterparts", "presidents", "premiers", "ministers"})


def _names_next(parse: Parse, index: int, last: int) -> bool:
    """Whether a name follows, past honorifics (", the Rt Hon Chris Hipkins"): a list goes on."""
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    while index <= last and tokens[index].lower.rstrip(".") in _HONORIFICS:
        index += 1
    return index <= last and tags[index] is Tag.NAME and tokens[index].lower not in _HONORIFICS


_HONORIFICS = frozenset({"rt", "hon", "honorable", "honourable", "right", "excellency"})


def _verb_event(parse: Parse, clause: Clause) -> EventClass | None:
    verb = clause.verb
    if verb is None:
        return None
    for event, lemmas in rules.TRIGGER_VERBS.items():
        if verb.lemma in lemmas:
            if event is EventClass.TALK and _in_person(parse, clause):
                return EventClass.MEET  # "spoke with Biden for the first time in person"
            return event
    found = _event_by_complement(parse, clause)
    if found is not None:
        return found
    if light_commitment(parse, clause):
        return EventClass.JOINT  # "reached a consensus in Lima on Friday"
    if verb.lemma in rules.LIGHT_VERBS:
        return _light_verb_event(parse, clause, rules.LIGHT_VERBS[verb.lemma])
    return None


def _event_by_complement(parse: Parse, clause: Clause) -> EventClass | None:
    """Return the event of a verb that reports one only with its complement."""
    verb = clause.verb
    if verb is None:
        return None
    if verb.lemma in rules.SEEING_LEMMAS and _sees_a_person(parse, clause):
        return EventClass.MEET  # "He saw Obama on Sunday"
    if verb.lemma in rules.MOTION_LEMMAS and _to_a_name(parse, verb.last):
        return EventClass.VISIT  # "Roh went to Ibusuki", "Koizumi came to Seoul"
    if verb.lemma in rules.COMMUNICATION_LEMMAS and _in_person(parse, clause):
        return EventClass.MEET
    if verb.lemma in rules.TREAT_LEMMAS and _treated_to_a_meal(parse, clause):
        return EventClass.HOST  # "Kishida treated him to dinner at a Ginza restaurant"
    if verb.lemma == "share" and _shared_meal(parse, clause):
        return EventClass.MEET  # "Kishida and Yoon shared a dinner in Ginza"
    if verb.lemma in rules.CAUSATIVE_MEETING_VERBS and _brought_together(parse, clause):
        return EventClass.MEET  # "brought the three of them together in Madrid"
    return None


_SEEN_AS_REACH = 8  # tokens after the object in which "as" makes "see" a verb of judging


def _sees_a_person(parse: Parse, clause: Clause) -> bool:
    """Whether "see" takes a named person for its direct object, not a view of them.

    "He saw Obama on Sunday" is a meeting; "saw Obama as an ally", "saw
    Obama's speech" and "saw Obama off" are not.
    """
    verb = clause.verb
    if verb is None or verb.passive:
        return False
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    k = verb.last + 1
    while k <= clause.last and tokens[k].lower in TITLE_WORDS:
        k += 1
    first = k
    while k <= clause.last and tags[k] is Tag.NAME and not tokens[k].lower.endswith(("'s", "’s")):
        k += 1
    if k == first or (k <= clause.last and (
            tokens[k].lower == "off" or tokens[k].lower.endswith(("'s", "’s")))):
        return False  # "saw Obama off", "saw Obama's speech"
    return "as" not in {tokens[j].lower for j in range(k, min(clause.last + 1, k + _SEEN_AS_REACH))}


def _light_verb_event(
    parse: Parse, clause: Clause, particles: frozenset[str]
) -> EventClass | None:
    """Return MEET when a light verb's particle or object makes a meeting ("held talks")."""
    tail = _after_verb(parse, clause)
    if tail is None:
        return None
    tokens = parse.phrases.tokens
    following = tokens[tail[0]].lower
    if following == "together" and tail[0] < tail[1] and tokens[tail[0] + 1].lower == "with":
        following = "with"  # "sat together with Biden": the partner's particle after the adverb
    if particles:  # "sat down with", "called on": the particle makes the meeting
        if following not in particles or _urged(parse, clause):
            return None
        return EventClass.MEET
    if _habit_begun(parse, tail[0]):
        return None  # "began meeting on their own in 2008": a series starts, no one meeting
    window = range(tail[0], min(tail[1], tail[0] + _OBJECT_REACH) + 1)
    if _plan_object(parse, window):
        return None  # "ending plans for his first summit": intended, not held
    if any(
        (_meeting_noun(parse, k) or _separate_meetings(parse, k) or _meal_with(parse, k)
         or _meal_together(parse, clause, k))
        and not _others_meeting(parse, *_noun_group_range(parse, k))
        and not _no_meeting_told(parse, _noun_group_range(parse, k))
        for k in window
    ):
        return EventClass.MEET  # "held talks", not "held working-level talks" or "no talks"
    return None


def _urged(parse: Parse, clause: Clause) -> bool:
    """Whether "called on" takes an infinitive: an appeal, not a visit.

    "called on Kishida to lift the ban" urges him; "called on Kishida at
    his hotel" visits him.
    """
    verb = clause.verb
    if verb is None or verb.lemma != "call":
        return False
    number = parse.clauses.index(clause)
    return any(c.kind is ClauseKind.INFINITIVE and c.governor == number for c in parse.clauses)


_ASPECTUAL = frozenset({"begin", "start"})
"""Light verbs whose bare gerund object ("began meeting") starts a habit, not a meeting."""


def _habit_begun(parse: Parse, index: int) -> bool:
    """Whether token ``index`` is a bare gerund after "began" or "started" ("began meeting")."""
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    return index > 0 and tags[index - 1] is Tag.VERB and (
        tokens[index - 1].lemma in _ASPECTUAL) and tokens[index].lower.endswith("ing")


def _meal_with(parse: Parse, index: int) -> bool:
    """Whether a meal noun is shared with someone ("had lunch with Trump"): a meeting."""
    tokens = parse.phrases.tokens
    return (
        tokens[index].lower in rules.MEAL_NOUNS
        and index + 1 < len(tokens)
        and tokens[index + 1].lower == "with"
    )


def _meal_together(parse: Parse, clause: Clause, index: int) -> bool:
    """Whether a meal noun is shared by a coordinated subject ("A and B had dinner")."""
    tokens = parse.phrases.tokens
    if tokens[index].lower not in rules.MEAL_NOUNS or clause.subject is None:
        return False
    first, last = clause.subject
    return any(tokens[k].lower == "and" for k in range(first, last + 1))


def _shared_meal(parse: Parse, clause: Clause) -> bool:
    """Whether "share" has a meal for its object and a coordinated subject."""
    tail = _after_verb(parse, clause)
    if tail is None:
        return False
    return any(_meal_together(parse, clause, k)
               for k in range(tail[0], min(tail[1], tail[0] + _MEAL_REACH) + 1))


_MEAL_REACH = 3  # words from "shared" to its meal ("a working dinner")


def _treated_to_a_meal(parse: Parse, clause: Clause) -> bool:
    """Whether "to" and a meal follow the verb's object ("treated him to dinner")."""
    tail = _after_verb(parse, clause)
    if tail is None:
        return False
    tokens = parse.phrases.tokens
    last = min(tail[1], tail[0] + _OBJECT_REACH)
    return any(
        tokens[k].lower == "to" and any(
            tokens[j].lower in rules.MEAL_NOUNS for j in range(k + 1, min(k + 4, last + 1))
        )
        for k in range(tail[0], last + 1)
    )


def _brought_together(parse: Parse, clause: Clause) -> bool:
    """Whether "together" closes the object of a causative verb ("brought A and B together").

    So does "to the same table" or "to the table" ("brings A and B to the same table"),
    and "face to face with" ("brought Kishida face to face with Xi").
    """
    verb = clause.verb
    if verb is None:
        return False
    last = min(clause.last, verb.last + _OBJECT_REACH + 3)
    words = [parse.phrases.tokens[k].lower for k in range(verb.last + 2, last + 1)]
    if "together" in words or any(words[k : k + 3] == ["face", "to", "face"]
                                  for k in range(len(words))):
        return True
    return any(words[k : k + 2] == ["to", "the"] and "table" in words[k + 2 : k + 4]
               for k in range(len(words)))


_SLOT_REACH = 4  # tokens between a meeting noun and its with/between slot ("last Friday")
_SLOT_WORDS = frozenset({"with", "between", "among", "of"})
_OBJECT_REACH = 8  # tokens after a light verb in which its meeting noun may stand
_GATHERING_REACH = 4  # tokens before a meeting noun that may name a gathering


def _in_person(parse: Parse, clause: Clause) -> bool:
    """Return whether the clause says its contact was in person ("face to face")."""
    words = [parse.phrases.tokens[k].lower for k in range(clause.first, clause.last + 1)]
    for phrase in rules.IN_PERSON_WORDS:
        width = len(phrase)
        if any(tuple(words[k : k + width]) == phrase for k in range(len(words))):
            return True
    return False


def _meeting_noun(parse: Parse, index: int) -> bool:
    """Return whether a token is a meeting noun, not the gathering itself ("the G20 summit")."""
    token = parse.phrases.tokens[index]
    if parse.phrases.tags[index] is not Tag.NOUN and not _titled_meeting(parse, index):
        return False
    if token.lower == "one":
        return _meeting_one(parse, index)
    if token.lower in rules.TIMED_MEETING_NOUNS:
        before = parse.phrases.tokens[max(0, index - 2) : index]
        if not any(t.lower.endswith(("-minute", "-hour")) for t in before):
            return False
    elif token.lower not in rules.MEETING_NOUNS and not _one_with_each(parse, index) and (
        not _their_placed_meetings(parse, index)
    ):
        return False
    first = max(0, index - _GATHERING_REACH)
    return not _gathering(" ".join(t.text for t in parse.phrases.tokens[first : index + 1]))


_ONE_REACH = 6  # tokens between a meeting noun and the "the one" that stands for it


def _meeting_one(parse: Parse, index: int) -> bool:
    """Whether "one" stands for a meeting noun just before it ("since the one held in X").

    "their first trilateral summit since the one held in Phnom Penh": the
    pronoun "one" after "the" heads a noun group of its own, another
    meeting of the same kind, when it takes a participle or a setting.
    """
    tokens = parse.phrases.tokens
    if index == 0 or tokens[index - 1].lower != "the" or index + 1 >= len(tokens):
        return False
    if tokens[index + 1].lower not in {"held", "in", "at", "hosted"}:
        return False
    before = range(max(0, index - 1 - _ONE_REACH), index - 1)
    return any(tokens[k].lower in rules.MEETING_NOUNS and _meeting_noun(parse, k) for k in before)


def _their_placed_meetings(parse: Parse, index: int) -> bool:
    """Whether a plural meeting noun is a pair's placed meetings ("their meetings in X and in Y").

    "their meetings in Vientiane in October and in Lima in November": one
    meeting per place; without a place ("their meetings") it counts an aggregate.
    """
    tokens = parse.phrases.tokens
    return (
        tokens[index].lower in rules.PLURAL_MEETING_NOUNS
        and index > 0 and tokens[index - 1].lower == "their"
        and index + 2 < len(tokens) and tokens[index + 1].lower in {"in", "at"}
        and parse.phrases.tags[index + 2] is Tag.NAME
    )


def _one_with_each(parse: Parse, index: int) -> bool:
    """Whether a plural meeting noun is one meeting with each of the partners listed after it.

    "held his first summits as president, with A and B": a "with" a few words
    on, then a list; no count or frequency before the noun ("held 12 summits").
    """
    tokens = parse.phrases.tokens
    if tokens[index].lower not in rules.PLURAL_MEETING_NOUNS:
        return False
    if index > 0 and (tokens[index - 1].text[:1].isdigit()
                      or tokens[index - 1].lower in rules.AGGREGATE_WORDS
                      or tokens[index - 1].lower in {"several", "many", "regular", "annual",
                                                     "two", "three", "four", "five"}):
        return False
    words = [t.lower for t in tokens[index + 1 : index + 16]]
    if "with" not in words[:5]:
        return False
    after = words[words.index("with") + 1 :]
    return "and" in after[: next((k for k, w in enumerate(after) if w in {";", "."}),
                                 len(after))]


def _titled_meeting(parse: Parse, index: int) -> bool:
    """Whether a capitalised meeting noun titles a meeting of named countries.

    "a Japan-ROK Summit Meeting", "a Japan-U.S.-ROK Summit Meeting": the
    readouts' title case, after a hyphenated compound of countries.
    """
    tokens = parse.phrases.tokens
    if tokens[index].lower not in rules.MEETING_NOUNS or index == 0:
        return False
    back = index - 1
    if tokens[back].lower in rules.MEETING_NOUNS and back >= 1:
        back -= 1  # "Summit Meeting"
    if tokens[back].text == ")" and back >= 3 and tokens[back - 2].text == "(":
        back -= 3  # "Japan-Republic of Korea (ROK) Summit Meeting"
    words = [t.text for t in tokens[max(0, back - 3) : back + 1]]
    return any(_country_compound(word) for word in words)


def _country_compound(word: str) -> bool:
    """Whether a word joins capitalised names with hyphens ("Japan-ROK", "Japan-Republic")."""
    parts = word.split("-")
    return len(parts) >= 2 and all(part[:1].isupper() for part in parts)


def _gathering(words: str) -> bool:
    return any(pattern.search(words) for _name, pattern in GATHERINGS)


def _noun_group_range(parse: Parse, index: int) -> tuple[int, int]:
    """Return the noun group of ``index``, with names coordinated before a possessive.

    "Yoon and Kishida's talks": the group starts at "Yoon".
    """
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    for group in parse.phrases.nouns:
        if group.first <= index <= group.last:
            first = group.first
            possessive = any(
                tokens[k].lower.endswith(("'s", "’s")) for k in range(first, group.last + 1)
            )
            if possessive and first >= 2 and tokens[first - 1].lower == "and" and (
                tags[first - 2] is Tag.NAME and not _calendar_word(tokens[first - 2].lower)
            ):
                first -= 2
                while first > 0 and tags[first - 1] is Tag.NAME:
                    first -= 1
            # "the summit Moon held with Kim": the name opens a relative clause
            last = min((c.first - 1 for c in parse.clauses if index < c.first <= group.last),
                       default=group.last)
            return (first, last)
    return (index, index)


_MANNER_REACH = 3  # words between "in" and the meeting noun of a manner adjunct


def _manner_meeting(parse: Parse, tail: tuple[int, int], last: int) -> range:
    """Return the tokens of a meeting noun that says how a verb's meeting went.

    The first "in" after the verb (``tail`` holds its objects) may open it:
    "met Yoon and Kishida in separate talks on Sunday": the talks are the
    meetings "met" tells, not one more; a meeting of three ("in a three-way
    summit") stays a meeting of its own, which the partners make up.
    """
    tokens = parse.phrases.tokens
    at = next((k for k in range(tail[0], min(tail[1] + 1, last) + 1)
               if tokens[k].lower == "in"), None)
    if at is None:
        return range(0)
    for index in range(at + 1, min(last, at + 1 + _MANNER_REACH) + 1):
        if _meeting_noun(parse, index):
            words = {tokens[k].lower for k in range(at + 1, index + 1)}
            return range(0) if words & rules.TRILATERAL_WORDS else range(at, index + 1)
        if parse.phrases.tags[index] not in {Tag.DET, Tag.NOUN}:
            break
    return range(0)


def _calendar_word(lower: str) -> bool:
    """Whether a capitalised word is a month or weekday ("in March and Kishida's trip")."""
    return lower.rstrip(".") in MONTHS or lower in WEEKDAYS


_LEADER_LEVELS = frozenset({"leader", "leaders", "summit", "top", "head", "heads"})


def _rank_level(lower: str) -> bool:
    """Whether a word names talks at an officials' rank ("general-level", "vice-minister-level")."""
    return lower.endswith("-level") and lower.split("-", maxsplit=1)[0] not in _LEADER_LEVELS


def _others_meeting(parse: Parse, first: int, last: int) -> bool:
    """Return whether a meeting's noun group is of others than heads ("ministers' talks").

    Only lower-case words count: "Prime Minister Kishida's meeting" is a leader's.
    """
    tokens = parse.phrases.tokens[first : last + 1]
    if any(
        (t.lower in rules.NON_SUMMIT_WORDS or _rank_level(t.lower)) and t.text.islower()
        for t in tokens
    ):
        return True
    # "the Korea-Japan Business Summit": a named summit of others
    return len(tokens) >= 2 and tokens[-2].lower in rules.NON_SUMMIT_WORDS


def _clause_frames(parse: Parse, number: int) -> list[Frame]:
    """Return the frames of one clause: its verb's, then its meeting and visit nouns'."""
    clause = parse.clauses[number]
    frames: list[Frame] = []
    covered: set[int] = set()
    verb_frame = _verb_frame(parse, number)
    if verb_frame is not None:
        frames.extend(_repeated(parse, verb_frame))
        latest = _latest_of_many(parse, verb_frame)
        if latest is not None:
            frames.append(latest)
        frames.extend(_enumerated_of_many(parse, verb_frame))
        tail = _after_verb(parse, clause)
        if tail is not None and verb_frame.event in {EventClass.MEET, EventClass.TALK}:
            covered.update(range(tail[0], min(tail[1], tail[0] + _OBJECT_REACH) + 1))
            covered.update(_manner_meeting(parse, tail, clause.last))
    for index in range(clause.first, clause.last + 1):
        if index in covered:
            continue
        if _visit_noun(parse, index):
            frames.append(_visit_frame(parse, number, index))
        elif _meeting_noun(parse, index):
            found = _noun_frame(parse, number, index)
            if found is not None:
                frames.append(found)
    return frames


def _borrowed_subjects(parse: Parse, clause: Clause) -> list[tuple[int, int]]:
    """Return the people a clause takes from outside it as its verb's subject or object.

    A relative clause's antecedent ("Takaichi, whom Lee met in May"); the
    subject of the clause a subjectless participle hangs on (", traveling to
    Busan" after "Ishiba returned the visit": Ishiba travels).
    """
    found: list[tuple[int, int]] = []
    if (
        clause.kind is ClauseKind.RELATIVE
        and clause.antecedent is not None
        and clause.opener in {"who", "whom", "that", "which"}
    ):
        found.append(clause.antecedent)
    if _active_reduced_relative(parse, clause) and clause.antecedent is not None:
        found.append(clause.antecedent)  # "Yoon and Kishida, meeting in Tokyo, pledged"
    if participle_adjunct(parse, clause) and clause.governor is not None:
        controller = parse.clauses[clause.governor].subject
        if controller is not None:
            found.append(controller)
    return found


def _active_reduced_relative(parse: Parse, clause: Clause) -> bool:
    """Whether a relative clause opens with its -ing verb: its antecedent does the act.

    "Yoon and Kishida, meeting in Tokyo on Thursday, pledged ...": the pair
    meets. A past participle ("the leaders invited to the dinner") is passive.
    """
    verb = clause.verb
    return (
        clause.kind is ClauseKind.RELATIVE
        and verb is not None
        and verb.first == clause.first
        and verb.tense is Tense.PARTICIPLE
        and parse.phrases.tokens[verb.first].lower.endswith("ing")
    )


def _no_leaders_event(parse: Parse, clause: Clause, event: EventClass) -> bool:
    """Whether a clause's verb of ``event`` tells no event of leaders after all."""
    verb = clause.verb
    if verb is None:
        return True
    if clause.subject is not None and _not_leaders(parse, clause.subject):
        return True  # "their trade officials, who met in Tokyo"
    if event is EventClass.MEET and _for_a_body_s_session(parse, clause):
        return True  # "sat down for the first meeting of their joint commission"
    if event is EventClass.VISIT and _returning(parse, verb.last):
        return True  # "Abe was due to fly back to Tokyo": going home is no visit
    if event is EventClass.VISIT and _describes_a_person(clause):
        return True  # "Zelenskyy, who arrived in Hiroshima on Saturday, met ...": background
    if verb.lemma == "chair" and _describes_a_person(clause):
        return True  # "with Park, who chaired the meeting, and Li": a role in the one told
    return event is EventClass.HOST and _hosts_no_one(parse, clause)


def _verb_frame(parse: Parse, number: int) -> Frame | None:
    """Return the frame of a clause whose verb reports a meeting, a trip or a joint act."""
    clause = parse.clauses[number]
    event = _verb_event(parse, clause)
    if event is None or clause.verb is None or _no_leaders_event(parse, clause, event):
        return None
    # A traveller's companions are not the leaders of the meeting the trip is for
    # ("flew to Osaka for talks with Li"): a trip's only role is its subject.
    tail = None if event is EventClass.VISIT else _after_verb(parse, clause)
    roles = [r for r in (clause.subject, *_without_trilateral_partners(parse, clause, tail))
             if r is not None]
    roles.extend(_borrowed_subjects(parse, clause))
    trigger = clause.verb.last
    tail = _after_verb(parse, clause)
    scope = (clause.first, tail[1] if tail is not None else trigger)
    carried = clause.verb.lemma in _CARRIERS
    trilateral = False
    if tail is not None and event is EventClass.MEET:  # "met in a meeting that X hosted"
        for index in range(tail[0], tail[1] + 1):
            if _meeting_noun(parse, index):
                group = _noun_group_range(parse, index)
                roles.extend(_hosts_of(parse, group))
                ends = [_relative_end(parse, c) for c in _relatives_of(parse, group)]
                scope = (scope[0], max([scope[1], *ends]))
                # "attend a three-way meeting": the verb carries a meeting of three;
                # "hold a three-way summit": its object is one
                trilateral = trilateral or (
                    (carried or group[0] == trigger + 1)
                    and bool(_words(parse, group[0], index) & rules.TRILATERAL_WORDS))
    gapped = _gapped_conjunct(parse, number) if event is EventClass.MEET else None
    if gapped is not None:  # "met A on Saturday, and on Sunday B": B is met too
        roles.append(gapped)
    if event is EventClass.MEET:  # "with A, who chaired the meeting, and B": B too
        roles.extend(_listed_after_relative(parse, number))
    return Frame(trigger, event, True, number, _status(parse, number, trigger), tuple(roles),
                 carried=carried, scope=scope, gapped=gapped, trilateral=trilateral)


def _holders_in_relative(parse: Parse, group: tuple[int, int]) -> list[tuple[int, int]]:
    """Return who held a meeting noun, told in a relative clause with no relative word.

    "the summit Moon held with Kim at Panmunjom": the relative clause's
    subject and its with-slot; its verb is a light verb whose object is the
    noun itself.
    """
    found: list[tuple[int, int]] = []
    for clause in _relatives_of(parse, group):
        verb = clause.verb
        if verb is None or verb.lemma not in rules.LIGHT_VERBS or clause.subject is None:
            continue
        if parse.phrases.tags[clause.subject[0]] not in {Tag.NAME, Tag.PRON}:
            continue
        found.append(clause.subject)
        slot = _slot_after(parse, clause, verb.last)
        if slot is not None:
            found.append(slot)
    return found


_GATHERING_LEMMAS = frozenset({"bring", "gather"})
_JOINING_LEMMAS = frozenset({"join", "attend"})
_GATHERING_PARTICLES = frozenset({"in", "together", "also"})
_MEMBER_TAGS = frozenset({Tag.NAME, Tag.NOUN, Tag.DET, Tag.CONJ})


def _members_in_relative(parse: Parse, group: tuple[int, int]) -> list[tuple[int, int]]:
    """Return who took part in a meeting noun, told in a relative clause on it.

    "a three-way summit that also brought in Premier Li" (the object of a
    gathering verb), "the trilateral that Li also attended" (the subject of
    a joining verb).
    """
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    found: list[tuple[int, int]] = []
    for clause in _relatives_of(parse, group):
        verb = clause.verb
        if verb is None or clause.opener not in {"that", "which"}:
            continue
        if verb.lemma in _JOINING_LEMMAS and clause.subject is not None and (
                tags[clause.subject[0]] is Tag.NAME and clause.subject[0] >= clause.first):
            found.append(clause.subject)
        if verb.lemma not in _GATHERING_LEMMAS:
            continue
        first = verb.last + 1
        while first <= clause.last and tokens[first].lower in _GATHERING_PARTICLES:
            first += 1
        last = first
        while last <= clause.last and tags[last] in _MEMBER_TAGS:
            last += 1
        if last > first and Tag.NAME in tags[first:last]:
            found.append((first, last - 1))
    return found


def _hosts_no_one(parse: Parse, clause: Clause) -> bool:
    """Whether a host verb receives no leader of its own.

    "a three-way meeting hosted by Obama" (the noun's frame takes the host),
    "he welcomed the inter-Korean summit" (approval).
    """
    return _describes_a_hosted_thing(parse, clause) or _welcomes_an_event(parse, clause)


def _welcomes_an_event(parse: Parse, clause: Clause) -> bool:
    """Whether "welcome" takes a meeting as its object ("welcomed the historic summit").

    A welcomed person is received; a welcomed meeting, step or outcome is
    approved of.
    """
    verb = clause.verb
    if verb is None or verb.lemma != "welcome" or verb.passive:
        return False
    tags = parse.phrases.tags
    k = verb.last + 1
    while k <= clause.last and tags[k] in {Tag.DET, Tag.POSS, Tag.ADV}:
        k += 1
    group = _noun_group_range(parse, k) if k <= clause.last else None
    return group is not None and tags[group[1]] is Tag.NOUN and _meeting_noun(parse, group[1])


def _listed_after_relative(parse: Parse, number: int) -> list[tuple[int, int]]:
    """Return the names a list goes on with after a who-clause on one of them.

    "with A, President of X, who chaired the meeting, and B, Premier of Y":
    the words after ", and" that the relative clause took in are B.
    """
    # "Starmer, with whom he agreed to expand trade, and Carney": the list goes
    # on at the end of the relative clause's infinitive
    return [tails[0] for clause, tails in _relative_tails(parse, number)
            if clause.opener in {"who", "whom"} and tails]


def _relative_tails(parse: Parse, number: int) -> Iterator[tuple[Clause, list[tuple[int, int]]]]:
    """Yield each relative clause on clause ``number`` with the ", and ..." tails it took in.

    Its own and those of the infinitives hanging on it, in order.
    """
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    for index, clause in enumerate(parse.clauses):
        if clause.kind is ClauseKind.RELATIVE and clause.governor == number:
            found = (_list_tail(tokens, tags, inner)
                     for inner in (clause, *_infinitives_under(parse, index)))
            yield clause, [tail for tail in found if tail is not None]


def _infinitives_under(parse: Parse, number: int) -> list[Clause]:
    """Return the infinitive clauses that hang on clause ``number``, nearest first."""
    under: list[Clause] = []
    wanted = {number}
    for index, clause in enumerate(parse.clauses):
        if clause.kind is ClauseKind.INFINITIVE and clause.governor in wanted:
            under.append(clause)
            wanted.add(index)
    return under


def _list_tail(
    tokens: Sequence[Token], tags: Sequence[Tag], clause: Clause
) -> tuple[int, int] | None:
    """Return the verbless words after a clause's ", and", where a list goes on."""
    for k in range(clause.first, clause.last - 1):
        if tokens[k].lower == "," and tokens[k + 1].lower == "and" and (
            Tag.VERB not in tags[k + 2 : clause.last + 1]
        ):
            return (k + 2, clause.last)
    return None


_RETURN_PARTICLES = frozenset({"back", "home"})


def _without_trilateral_partners(
    parse: Parse, clause: Clause, tail: tuple[int, int] | None
) -> list[tuple[int, int] | None]:
    """Cut the partners of a meeting of three on whose sidelines the verb's meeting was.

    "A and B met on the sidelines of a three-way summit with C": C belongs
    to the summit of three (its own frame), not to A and B's meeting.
    """
    if tail is None:
        return [tail]
    tokens = parse.phrases.tokens
    for k in range(tail[0], tail[1] - 1):
        if tokens[k].lower not in rules.SIDELINE_WORDS or tokens[k + 1].lower != "of":
            continue
        for index in range(k + 2, tail[1] + 1):
            if tokens[index].lower in rules.TRILATERAL_WORDS:
                end = min(tail[1], _phrase_end(parse, clause, index))
                return [(tail[0], k - 1) if k > tail[0] else None,
                        (end + 1, tail[1]) if end < tail[1] else None]
            if parse.phrases.tags[index] in {Tag.PUNCT, Tag.PREP}:
                break
    return [tail]


def _gapped_conjunct(parse: Parse, number: int) -> tuple[int, int] | None:
    """Return the token range of a verbless conjunct that shares clause ``number``'s verb.

    ", and on Sunday British Prime Minister Boris Johnson": the verb is left
    out (gapping), so the people it names are the verb's objects too.
    """
    after = number + 1
    if after >= len(parse.clauses):
        return None
    following = parse.clauses[after]
    if (
        following.kind is not ClauseKind.COORDINATE
        or following.verb is not None
        or following.governor != number
    ):
        return None
    words = _words(parse, following.first, following.last)
    if words & _DENYING_WORDS:
        return None  # "joins Obama, Abbott for talks; still no sit-down with Park": denied
    return following.first, following.last


_DENYING_WORDS = frozenset({"no", "not", "never", "nor", "without"})
"""Words that make a verbless conjunct deny what the verb reports of the others."""


def _separate_meetings(parse: Parse, index: int) -> bool:
    """Whether a plural meeting noun is shared out ("held separate summits with A and B")."""
    tokens = parse.phrases.tokens
    return (
        index > 0
        and tokens[index].lower in rules.PLURAL_MEETING_NOUNS
        and tokens[index - 1].lower in rules.DISTRIBUTIVE_WORDS
    )


def _describes_a_hosted_thing(parse: Parse, clause: Clause) -> bool:
    """Whether a clause is a relative clause on a thing hosted, not on a person.

    "the talks that X hosted" (the noun's frame takes the host), "a dinner
    hosted by Johnson" (a participle on a thing: a meal, no meeting of its own).
    """
    verb = clause.verb
    if verb is not None and verb.first == verb.last and verb.first > 0:
        tokens, tags = parse.phrases.tokens, parse.phrases.tags
        after = verb.last + 1
        before = verb.first - 1
        hosted_thing = tags[before] is Tag.NOUN or (
            tags[before] is Tag.NAME  # "the Eastern Economic Forum hosted by Putin"
            and tokens[before].lower in _GATHERING_HEADS
        )
        if hosted_thing and after < len(tokens) and tokens[after].lower == "by":
            return True  # "and a dinner hosted by Takaichi", however the clause was cut
    if clause.kind is not ClauseKind.RELATIVE or clause.antecedent is None:
        return False
    head = clause.antecedent[1]
    reduced = verb is not None and verb.first == clause.first
    return _meeting_noun(parse, head) or (parse.phrases.tags[head] is Tag.NOUN and reduced)


_GATHERING_HEADS = frozenset(
    {"forum", "summit", "conference", "dialogue", "games", "olympics", "expo", "assembly",
     "congress", "ceremony", "festival", "meeting", "meetings", "gathering", "week"}
)
"""Last words of a named gathering ("the Eastern Economic Forum"): hosted, not met."""


def _hosts_of(parse: Parse, group: tuple[int, int]) -> list[tuple[int, int]]:
    """Return who hosted a meeting noun, told in a relative clause on it.

    "a three-way meeting that Obama hosted" (its subject), "a meeting hosted
    by Obama" (the agent after "by"), "the summit that Beijing is expected to
    host" (the subject of the relative clause an infinitive of hosting hangs on).
    """
    found: list[tuple[int, int]] = []
    hosts = rules.TRIGGER_VERBS[EventClass.HOST]
    for clause in _relatives_of(parse, group):
        verb = clause.verb
        if verb is None:
            continue
        hosting = verb.lemma in hosts
        if not hosting and not any(c.verb is not None and c.verb.lemma in hosts
                                   for c in _governed_by(parse, clause)):
            continue
        agent = by_phrase(parse, clause) if hosting else None
        if agent is not None:
            found.append(agent)
        elif clause.opener in {"that", "which"} and clause.subject is not None:
            found.append(clause.subject)
    return found


def _number_of(parse: Parse, clause: Clause) -> int:
    """Return a clause's index in its parse, by identity (clauses that look alike may differ)."""
    return next(k for k, other in enumerate(parse.clauses) if other is clause)


def _governed_by(parse: Parse, clause: Clause) -> list[Clause]:
    """Return the infinitive clauses that hang on ``clause`` ("expected | to host ...")."""
    number = _number_of(parse, clause)
    return [c for c in parse.clauses
            if c.governor == number and c.kind is ClauseKind.INFINITIVE]


def _relative_end(parse: Parse, clause: Clause) -> int:
    """Return the last token of a relative clause and the infinitives hanging on it."""
    return max([clause.last, *(c.last for c in _governed_by(parse, clause))])


def _relatives_of(parse: Parse, group: tuple[int, int]) -> list[Clause]:
    """Return the relative clauses on a noun group, reduced ones included.

    Also one after a with-phrase of the group whose clause hosts or holds
    ("a three-way meeting with China that Beijing will host"): a country or
    a leader named there is not what is hosted.
    """
    found = []
    for clause in parse.clauses:
        if (
            clause.kind is not ClauseKind.RELATIVE
            or clause.antecedent is None
            or clause.opener in {"when", "where", "who", "whom"}
        ):
            continue
        if _free_participle(parse, clause):
            continue  # "in their first summit, easing concerns in Seoul": about the clause
        if clause.antecedent[1] == group[1] or _across_with_phrase(parse, group, clause):
            found.append(clause)
    return found


def _free_participle(parse: Parse, clause: Clause) -> bool:
    """Whether a reduced relative is an -ing clause set off by a comma (a free modifier)."""
    verb = clause.verb
    return (
        verb is not None
        and parse.phrases.tokens[clause.first].lower == ","
        and parse.phrases.tokens[verb.first].lower.endswith("ing")
    )


def _across_with_phrase(parse: Parse, group: tuple[int, int], clause: Clause) -> bool:
    """Whether a relative clause on the name after "GROUP with" is about the group."""
    tokens = parse.phrases.tokens
    after = group[1] + 1
    if after >= len(tokens) or tokens[after].lower != "with" or clause.antecedent is None:
        return False
    if not all(parse.phrases.tags[k] is Tag.NAME
               for k in range(after + 1, clause.antecedent[1] + 1)):
        return False
    verbs = [clause, *_governed_by(parse, clause)]
    return any(c.verb is not None and c.verb.lemma in _HOLDING for c in verbs)


_HOLDING = rules.TRIGGER_VERBS[EventClass.HOST] | {"hold", "convene", "organize", "organise"}


def _describes_a_person(clause: Clause) -> bool:
    """Whether a clause is a relative clause on a person ("Kishida, who flew in on Sunday")."""
    return clause.kind is ClauseKind.RELATIVE and clause.opener in {"who", "whom"}


def _returning(parse: Parse, verb: int) -> bool:
    """Return whether a motion verb is followed by "back" or "home": a journey home."""
    after = verb + 1
    return after < len(parse.phrases.tokens) and (
        parse.phrases.tokens[after].lower in _RETURN_PARTICLES
    )


def _repeated(parse: Parse, frame: Frame) -> list[Frame]:
    """Split "met in Tokyo in March and again in Seoul in May" into two meetings.

    The words after "and again" are the second meeting's own phrase (ellipsis).
    """
    if frame.scope is None:
        return [frame]
    clause = parse.clauses[frame.clause]
    words = [parse.phrases.tokens[k].lower for k in range(clause.first, clause.last + 1)]
    for offset in range(len(words) - 1):
        at = clause.first + offset
        if at > frame.trigger and words[offset] == "and" and (
            words[offset + 1] == "again" or _coordinated_settings(parse, frame, at)
        ):
            first = attrs.evolve(frame, scope=(frame.scope[0], at - 1))
            second = attrs.evolve(frame, trigger=at + 1, scope=(at + 1, clause.last))
            return [first, second]
    again = _again_after_relative(parse, frame.clause)
    if again is not None:
        return [frame, attrs.evolve(frame, trigger=again[0], scope=again)]
    return [frame]


def _again_after_relative(parse: Parse, number: int) -> tuple[int, int] | None:
    """Return an ", and again ..." that a relative clause on clause ``number`` took in.

    "met Yoon on Oct. 10 in Vientiane, where the two agreed to continue
    shuttle diplomacy, and again on Nov. 16 in Lima": no object of the
    relative clause's verb, but the main verb's second time and place.
    """
    tokens = parse.phrases.tokens
    return next((tail for _clause, tails in _relative_tails(parse, number) for tail in tails
                 if tokens[tail[0]].lower == "again"), None)


_SETTING_PREPOSITIONS = frozenset({"in", "at"})


def _coordinated_settings(parse: Parse, frame: Frame, at: int) -> bool:
    """Whether "and" at ``at`` joins two place-and-time settings of one "met".

    "they met in Phnom Penh in November and in Madrid in June", "had met
    Trump in Singapore in June 2018 and in Hanoi in February 2019": two
    meetings, each with its own place and date, the second's verb left out.
    """
    tags, tokens = parse.phrases.tags, parse.phrases.tokens
    after = next((k for k in range(frame.trigger + 1, at)
                  if tokens[k].lower in _SETTING_PREPOSITIONS), at)
    if after >= at or at + 1 >= len(tokens) or tokens[at + 1].lower not in _SETTING_PREPOSITIONS:
        return False
    if Tag.VERB in tags[frame.trigger + 1 : after] or "," in (
            token.text for token in tokens[frame.trigger + 1 : after]):
        return False  # the object runs on into another clause
    before = tags[after:at]
    behind = tags[at + 1 : parse.clauses[frame.clause].last + 1]
    return all(
        Tag.VERB not in part and Tag.CONJ not in part
        for part in (before, behind)
    )


_DEFINITE = frozenset({"the", "this", "that", "their", "its"})


def _not_leaders(parse: Parse, span: tuple[int, int]) -> bool:
    """Return whether a subject is headed by people who are not leaders ("trade officials").

    The head is that of its first noun group ("Officials of the two countries"),
    or of its last where two groups meet with nothing between them: a contact
    relative clause's own subject ("a goal their trade ministers had endorsed").
    """
    groups = [g for g in parse.phrases.nouns if span[0] <= g.first <= span[1]]
    first = groups[0] if groups else None
    if len(groups) >= 2 and groups[-1].first == groups[-2].last + 1:
        # "a goal their trade ministers had endorsed": a contact clause's own subject
        first = groups[-1]
    index = first.last if first is not None else span[1]
    head = parse.phrases.tokens[index]
    if head.lower in rules.PEOPLE_NOT_LEADERS and (head.text.islower() or index == 0):
        return True
    if _demonyms_before_head(parse, span):
        return True  # "Japanese and South Korean officials": the head closes the subject
    start = first.first if first is not None else span[0]
    return any(  # "Business leaders", "party leaders"
        parse.phrases.tokens[k].lower in rules.NON_SUMMIT_WORDS
        and (parse.phrases.tokens[k].text.islower() or k == 0)
        for k in range(start, index)
    )


_SESSION_NOUNS = frozenset({"meeting", "session", "round", "sitting", "gathering"})
_BODY_REACH = 6  # tokens from "for" to the session noun, and from "of" to the body


def _for_a_body_s_session(parse: Parse, clause: Clause) -> bool:
    """Whether a meeting verb's purpose is a body's session ("for a meeting of their commission").

    Countries or officials who sit down for a commission's or committee's
    session hold that body's meeting, not a summit.
    """
    verb = clause.verb
    if verb is None:
        return False
    words = [parse.phrases.tokens[k].lower for k in range(verb.last + 1, clause.last + 1)]
    for k, word in enumerate(words):
        if word != "for":
            continue
        session = next((j for j in range(k + 1, min(len(words), k + _BODY_REACH))
                        if words[j] in _SESSION_NOUNS), None)
        if session is None or words[session + 1 : session + 2] != ["of"]:
            continue
        if any(w in rules.BODY_NOUNS for w in words[session + 2 : session + 2 + _BODY_REACH]):
            return True
    return False


def _demonyms_before_head(parse: Parse, span: tuple[int, int]) -> bool:
    """Whether a subject is coordinated name-words before a head of non-leaders.

    "Japanese and South Korean officials": the names are modifiers, the
    common noun at the end heads the subject.
    """
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    last = span[1]
    head = tokens[last]
    if head.lower not in rules.PEOPLE_NOT_LEADERS or not head.text.islower() or last == span[0]:
        return False
    words = range(span[0], last)
    return any(tokens[k].lower == "and" for k in words) and all(
        tags[k] is Tag.NAME or tokens[k].lower == "and" for k in words
    )


def _gerund_object(parse: Parse, group: tuple[int, int], index: int) -> tuple[int, int] | None:
    """Return the person a bare "meeting" after a preposition takes as its object.

    "looked forward to meeting her", "on meeting Kishida": a gerund with its
    object (a pronoun or a name), whose subject is its clause's.
    """
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    if group[0] != index or not tokens[index].lower.endswith("ing") or index == 0:
        return None
    if tags[index - 1] is not Tag.PREP or index + 1 >= len(tokens):
        return None
    if tokens[index + 1].lower in {"him", "her", "them"}:
        return (index + 1, index + 1)
    last = index + 1
    while last + 1 < len(tokens) and tags[last + 1] is Tag.NAME:
        last += 1
    return (index + 1, last) if tags[index + 1] is Tag.NAME else None


def _noun_frame(parse: Parse, number: int, index: int) -> Frame | None:
    """Return the frame of a meeting noun, its participants from its group and slots."""
    clause = parse.clauses[number]
    group = _noun_group_range(parse, index)
    if _others_meeting(parse, *group) or parse.phrases.tokens[index].lower == "summits":
        return None
    if _no_meeting_told(parse, group):
        return None
    if clause.subject is not None and _not_leaders(parse, clause.subject) and not (
        _leaders_summit(parse, group, index)
    ) and (
        _takes_subject(clause, index, clause.subject)
        or parse.phrases.tokens[group[0]].lower == "their"
        or _own_new_meeting(parse, clause, group)
    ):
        return None  # "trade officials ... held their first policy talks", "... at a meeting"
    slot = _slot_after(parse, clause, index)
    if slot is not None and _of_others(parse, slot, index):
        return None  # "a meeting of the three countries' culture ministers"
    roles = [group]
    if slot is not None:
        roles.append(slot)
    met = _gerund_object(parse, group, index)
    if met is not None:
        roles.append(met)  # "looked forward to meeting her": she is met
    subject = clause.subject
    if subject is not None and not _welcomes_an_event(parse, clause) and (
        met is not None
        or _takes_subject(clause, index, subject)
        or _sideline_host(parse, group)
        or _adjunct_of_subject(parse, clause, group)
    ):
        roles.append(subject)
    owner = _possessor_subject(parse, number, group)
    if owner is not None:
        roles.append(owner)
    roles.extend(r for r in _first_conjunct_roles(parse, number, group) if r not in roles)
    roles.extend(_hosts_of(parse, group))
    roles.extend(_holders_in_relative(parse, group))
    roles.extend(_members_in_relative(parse, group))
    if clause.verb is not None and clause.verb.lemma == "be":
        roles.append((clause.first, clause.last))  # "the last meeting was their talks in X"
    determiner = parse.phrases.tokens[group[0]].lower
    definite = group[0] == index - 1 and determiner in _DEFINITE
    status = _noun_status(parse, number, index, group)
    trilateral = bool(_words(parse, max(0, group[0] - 1), index) & rules.TRILATERAL_WORDS)
    if trilateral and subject is not None and subject not in roles:
        roles.append(subject)  # "building on the trilateral summit with X": the subject's too
    carried = clause.verb is not None and clause.verb.lemma in _CARRIERS
    if carried and clause.verb is not None and clause.verb.last + 1 < group[0]:
        roles.append((clause.verb.last + 1, group[0] - 1))  # "host Xi for a summit"
    anchored = not _sequenced(parse, group) and (
        clause.verb is None
        or subject in roles
        or clause.verb.lemma in _REPORTING_A_MEETING
        or clause.verb.passive
        # the meeting is the clause's subject: "Three months earlier, A's talks with B
        # had produced a pact" are dated by the clause
        or (subject is not None and subject[0] <= group[0] <= subject[1])
    )
    end = max([_phrase_end(parse, clause, index),
               *(_relative_end(parse, c) for c in _relatives_of(parse, group))])  # "hosted in X"
    return Frame(index, EventClass.MEET, False, number, status, tuple(roles), definite,
                 their=determiner == "their", trilateral=trilateral, carried=carried,
                 anchored=anchored, scope=(group[0], end))


def _no_meeting_told(parse: Parse, group: tuple[int, int]) -> bool:
    """Whether a meeting noun group is denied or a habit begun, not a meeting told.

    "there will be no separate Yoon-Kishida summit"; "since the leaders
    began meeting on their own in 2008".
    """
    before = parse.phrases.tokens[group[0] - 1].lower if group[0] > 0 else ""
    return before in {"no", "nor"} or _habit_begun(parse, group[0])


def _noun_status(parse: Parse, number: int, index: int, group: tuple[int, int]) -> str:
    """Return the status of a meeting noun: its clause's, unless the noun is a done thing."""
    status = _status(parse, number, index)
    if status == Status.PLANNED and _setting_of_a_joint_act(parse, number, group):
        return Status.HELD  # "agreed to continue visits in their first summit": held
    if _presupposed(parse, parse.clauses[number], index):
        return Status.HELD  # "proposed the meeting to build on the Camp David summit"
    return status


_PRESUPPOSING = frozenset({"build", "celebrate", "commemorate", "mark", "recall", "honor",
                           "honour", "implement", "review"})
"""Verbs whose object is a thing already done ("to build on the outcome of the summit")."""


def _presupposed(parse: Parse, clause: Clause, index: int) -> bool:
    """Whether a meeting noun is the object of a verb that takes it as done.

    However the verb's own clause is planned or proposed, "to build on the
    outcome of the Camp David summit" tells of a summit held.
    """
    verb = clause.verb
    return verb is not None and verb.lemma in _PRESUPPOSING and verb.last < index and (
        not verb.negated) and not _date_open(parse, index)


def _first_conjunct_roles(
    parse: Parse, number: int, group: tuple[int, int]
) -> list[tuple[int, int]]:
    """Return the participant roles a coordinated meeting noun shares with the first conjunct.

    "after their first summit in Gyeongju in October and a brief meeting in
    Johannesburg in November": the second meeting is between the same
    people as the first (its possessor, and the clause's subject where the
    first takes it), with its own place and date.
    """
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    clause = parse.clauses[number]
    joint = group[0] - 1
    if joint <= clause.first or tokens[joint].lower not in {"and", "or"}:
        return []
    for k in range(joint - 1, clause.first - 1, -1):
        if tags[k] is Tag.VERB or tokens[k].lower in {"and", "or", ";"}:
            return []
        if _meeting_noun(parse, k) and tokens[k].lower not in rules.PLURAL_MEETING_NOUNS:
            first = _noun_group_range(parse, k)
            roles = [first]
            owner = _possessor_subject(parse, number, first)
            if owner is not None:
                roles.append(owner)
            subject = clause.subject
            if subject is not None and (
                _takes_subject(clause, k, subject) or _adjunct_of_subject(parse, clause, first)
            ):
                roles.append(subject)
            return roles
    return []


_SEQUENCING = frozenset({"after", "following"})
_MEASURES = frozenset({"minutes", "hours", "days", "weeks", "months", "years", "day", "week",
                       "month", "year", "shortly", "soon", "just", "right", "immediately"})


def _sequenced(parse: Parse, group: tuple[int, int]) -> bool:
    """Whether a meeting noun is the object of "after" or "following", with no interval.

    "wrapped up a two-day visit on Wednesday after a summit in Nara": the
    clause's day is the day of what came after the meeting, not the meeting's.
    "Three months after their summit" measures from it, and stays anchored.
    """
    tokens = parse.phrases.tokens
    at = group[0] - 1
    return at > 0 and tokens[at].lower in _SEQUENCING and (
        tokens[at - 1].lower not in _MEASURES
    )


_SETTING_WORDS = frozenset({"in", "at", "during"})


def _setting_of_a_joint_act(parse: Parse, number: int, group: tuple[int, int]) -> bool:
    """Whether a meeting noun is where a past joint act took place, not what it planned.

    "A and B agreed to continue regular visits in their first summit": the
    infinitive hangs on "agreed", but "in their first summit" is the setting
    of the agreeing, a meeting held.
    """
    if group[0] == 0 or parse.phrases.tokens[group[0] - 1].lower not in _SETTING_WORDS:
        return False
    return any(
        clause.verb is not None
        and clause.verb.lemma in rules.TRIGGER_VERBS[EventClass.JOINT]
        and clause.verb.tense is Tense.PAST
        for clause in governors(parse, parse.clauses[number])
    )


def _phrase_end(parse: Parse, clause: Clause, index: int) -> int:
    """Return the last token of a noun's phrase: its group and the phrases after it."""
    tags, tokens = parse.phrases.tags, parse.phrases.tokens
    end = index
    between = False  # inside "between A and B", whose "and" joins the pair
    while end + 1 <= clause.last and (tags[end + 1] not in {
        Tag.PUNCT, Tag.VERB, Tag.AUX, Tag.MODAL, Tag.REL, Tag.SUB, Tag.CONJ, Tag.QUOTE
    } or (between and tokens[end + 1].lower == "and" and end + 2 <= clause.last
          and tags[end + 2] is Tag.NAME)):
        end += 1
        if tokens[end].lower == "between":
            between = True
        elif tokens[end].lower == "and":
            between = False
    return end


_ADJUNCT_OPENERS = frozenset({"during", "at", "in", "after", "before", "following", "ahead"})


def _leaders_summit(parse: Parse, group: tuple[int, int], index: int) -> bool:
    """Whether a meeting noun names a meeting of leaders whoever arranges it.

    "The foreign ministers ... agreed to hold a trilateral summit", "to work
    toward a three-way leaders' summit": officials arrange what their
    leaders will hold; "talks" or "a meeting" they hold are their own.
    """
    tokens = parse.phrases.tokens
    return tokens[index].lower == "summit" or any(
        tokens[k].lower in {"leaders'", "leaders’"} for k in range(group[0], group[1] + 1))


def _own_new_meeting(parse: Parse, clause: Clause, group: tuple[int, int]) -> bool:
    """Whether an indefinite meeting noun is an adjunct of its subject's act ("at a meeting").

    "a goal their trade ministers had endorsed at a meeting in Beijing": a
    meeting first mentioned there is the subject's own; a definite one
    ("at Friday's summit, the two governments signed") may be the leaders'.
    """
    opener = parse.phrases.tokens[group[0]].lower
    return opener in {"a", "an"} and _adjunct_of_subject(parse, clause, group)


def _of_others(parse: Parse, slot: tuple[int, int], index: int) -> bool:
    """Whether a meeting noun's of-phrase names its members as people who are not leaders.

    "a meeting of the three countries' culture ministers", "talks of senior
    officials": the meeting of those people, whoever else the sentence names.
    """
    tokens = parse.phrases.tokens
    if tokens[index + 1].lower != "of":
        return False
    head = tokens[slot[1]]
    return head.lower in rules.PEOPLE_NOT_LEADERS and head.text.islower()


def _adjunct_of_subject(parse: Parse, clause: Clause, group: tuple[int, int]) -> bool:
    """Return whether a meeting noun is an adjunct of its clause's subject's act.

    "A and B agreed on the terms during talks in Gyeongju": the talks are theirs.
    """
    verb = clause.verb
    if verb is None or group[0] == 0:
        return False
    if parse.phrases.tokens[group[0] - 1].lower not in _ADJUNCT_OPENERS:
        return False
    # "During talks in X, A and B agreed" (fronted) or "A and B agreed during talks in X"
    return verb.last < group[0] or group[0] - 1 == clause.first


def _sideline_host(parse: Parse, group: tuple[int, int]) -> bool:
    """Return whether a meeting noun follows "on the sidelines of" (the subject attends it)."""
    tokens = parse.phrases.tokens
    before = [tokens[k].lower for k in range(max(0, group[0] - 3), group[0])]
    return bool(set(before) & rules.SIDELINE_WORDS)


_REPORTING_A_MEETING = (
    frozenset().union(*rules.TRIGGER_VERBS.values()) | frozenset(rules.LIGHT_VERBS) | {"be"}
)
_CARRIERS = (
    rules.TRIGGER_VERBS[EventClass.VISIT]
    | rules.TRIGGER_VERBS[EventClass.HOST]
    | {"participate", "attend", "join"}  # "joined Li for a three-way summit"
)


def _takes_subject(clause: Clause, index: int, subject: tuple[int, int]) -> bool:
    """Return whether a meeting noun's participants include the clause's subject.

    So it is for the subject of a passive ("talks ... were held"), of a light
    verb ("held talks"), of a travel verb ("flew to Seoul for talks with X")
    and of a copula ("Friday's talks were their 12th meeting").
    """
    verb = clause.verb
    if verb is None:
        return False
    if subject[0] <= index <= subject[1]:
        return verb.passive
    if verb.last >= index:
        return False
    if verb.lemma == "be":
        return True
    return verb.lemma in rules.LIGHT_VERBS or verb.lemma in _CARRIERS


_OWNERS = frozenset({"their", "his", "her"})


def _subject_tail(
    parse: Parse, subject: tuple[int, int], group: tuple[int, int]
) -> tuple[int, int] | None:
    """Return the subject proper after a fronted phrase that holds ``group``.

    "At their talks in Tokyo on Wednesday, Moon and Abe noted": Moon and Abe.
    """
    for index in range(group[1] + 1, subject[1]):
        if parse.phrases.tokens[index].lower == ",":
            return (index + 1, subject[1])
    return None


def _possessor_subject(
    parse: Parse, number: int, group: tuple[int, int]
) -> tuple[int, int] | None:
    """Return the owner of a possessive pronoun on a meeting noun: a clause's subject.

    "At their first summit, A and B ...": the subject of the clause, or of
    the main clause after a fronted phrase.
    """
    if parse.phrases.tokens[group[0]].lower not in _OWNERS:
        return None
    clause = parse.clauses[number]
    if clause.subject is not None and not clause.subject[0] <= group[0] <= clause.subject[1]:
        return clause.subject
    if clause.subject is not None:
        tail = _subject_tail(parse, clause.subject, group)
        if tail is not None:
            return tail
    for other in parse.clauses:
        if (
            other.kind is ClauseKind.MAIN
            and other.subject is not None
            and not other.subject[0] <= group[0] <= other.subject[1]
        ):
            return other.subject
    return None


def _visit_noun(parse: Parse, index: int) -> bool:
    return parse.phrases.tokens[index].lower in rules.VISIT_NOUNS and (
        parse.phrases.tags[index] is Tag.NOUN
    )


_RETURNING = frozenset({"return", "reciprocate"})
"""Verbs whose subject makes the visit they take as object ("Kishida returned the visit")."""


def _predicate_on(parse: Parse, lemma: str, group: tuple[int, int]) -> bool:
    """Whether a visit noun is the object of "on" after a copula ("was on a visit to Seoul").

    The subject of the copula is then the traveller, as of a light verb.
    """
    return lemma == "be" and group[0] > 0 and parse.phrases.tokens[group[0] - 1].lower == "on"


def _visit_frame(parse: Parse, number: int, index: int) -> Frame:
    """Return the frame of a visit noun; the traveller is its possessor or the subject."""
    clause = parse.clauses[number]
    group = _noun_group_range(parse, index)
    roles = [group]
    verb = clause.verb
    if (
        clause.subject is not None
        and verb is not None
        and verb.last < index
        and (verb.lemma in rules.LIGHT_VERBS or verb.lemma in _RETURNING
             or _predicate_on(parse, verb.lemma, group))
        and not _not_leaders(parse, clause.subject)
    ):
        roles.append(clause.subject)  # "wrapped up a two-day visit", "returned the visit"
    return Frame(
        index, EventClass.VISIT, False, number, _status(parse, number, index), tuple(roles),
        scope=(group[0], _phrase_end(parse, clause, index)),
    )


def _slot_after(parse: Parse, clause: Clause, index: int) -> tuple[int, int] | None:
    """Return the with/between slot right after a meeting noun ("talks with X")."""
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    after = index + 1
    while after <= min(clause.last, index + _SLOT_REACH) and (
        tokens[after].lower not in _SLOT_WORDS
    ):
        if tags[after] in {Tag.VERB, Tag.AUX, Tag.MODAL, Tag.REL, Tag.SUB, Tag.CONJ}:
            return None
        after += 1
    if after > clause.last or tokens[after].lower not in _SLOT_WORDS:
        return None
    end = after + 1
    while end <= clause.last and (tags[end] in {
        Tag.NAME,
        Tag.NOUN,
        Tag.DET,
        Tag.POSS,
        Tag.CONJ,
        Tag.NUM,
        Tag.PRON,
    } | ({Tag.PUNCT} if tokens[end].lower == "," else set()) or _then_title(parse, end)):
        end += 1
    return (after + 1, end - 1) if end > after + 1 else None


def _then_title(parse: Parse, index: int) -> bool:
    """Whether "then" at ``index`` dates the title after it ("with then President Park")."""
    tags = parse.phrases.tags
    return (parse.phrases.tokens[index].lower == "then" and index + 1 < len(tags)
            and tags[index + 1] is Tag.NAME)


def meeting_frames(parses: Sequence[Parse]) -> list[tuple[int, Frame]]:
    """Return ``(sentence index, frame)`` for every meeting trigger of every sentence."""
    found: list[tuple[int, Frame]] = []
    for sentence, parse in enumerate(parses):
        for number in range(len(parse.clauses)):
            found.extend((sentence, frame) for frame in _clause_frames(parse, number))
    return found
