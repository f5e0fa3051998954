"""What the clause layer says about an instrument or a commitment verb.

The agreement stage asks these questions of the clause a match sits in,
instead of looking at a fixed number of characters around it: is the
instrument denied, still pursued, put forward or signed; what is the
subject of a commitment verb; which courses of action does the verb govern.
Every function takes a sentence's :class:`~kjrel.pipeline.syntax.clauses.Parse`
and document offsets, and is pure.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

from kjrel.pipeline import agreement_rules as rules
from kjrel.pipeline.syntax.clauses import (
    Clause,
    ClauseKind,
    Parse,
    by_phrase,
    clause_of_token,
    governors,
)
from kjrel.pipeline.syntax.clauses import token_at as _token
from kjrel.pipeline.syntax.phrases import Tag, Tense, VerbGroup

__all__ = [
    "acting_clauses",
    "before_process_noun",
    "clause_at",
    "commitment_verbs",
    "concluded_after",
    "concludes",
    "course_spans",
    "denied",
    "forward",
    "hypothetical",
    "light_commitment",
    "not_concluded",
    "object_span",
    "signed",
    "subject_span",
    "subject_spans",
    "subject_words",
    "title_end",
    "topic_after",
    "verb_denied",
]

_OPENERS = frozenset({"to", "and", "or", "that", ",", "also", "then", "both"})
_COURSE_MODALS = frozenset({"should", "would", "will", "must", "shall", "'ll", "’ll"})
_FORWARD_MODALS = frozenset({"will", "would", "shall", "'ll", "’ll"})


def acting_clauses(parse: Parse, lemmas: frozenset[str]) -> Iterator[tuple[Clause, VerbGroup]]:
    """Yield each clause whose verb is one of ``lemmas`` and not negated, with that verb."""
    for clause in parse.clauses:
        verb = clause.verb
        if verb is not None and verb.lemma in lemmas and not verb.negated:
            yield clause, verb


def clause_at(parse: Parse, offset: int) -> Clause | None:
    """Return the clause holding the token at ``offset``."""
    number = clause_of_token(parse, _token(parse, offset))
    return None if number is None else parse.clauses[number]


def _governors(parse: Parse, number: int, *, through_that: bool = False) -> list[Clause]:
    return governors(parse, parse.clauses[number], through_that=through_that)


def _lemmas_before(parse: Parse, clause: Clause, token: int) -> list[str]:
    return [parse.phrases.tokens[k].lemma for k in range(clause.first, token)]


def denied(parse: Parse, offset: int) -> bool:
    """Return whether the instrument at ``offset`` is denied.

    A negated verb that would have concluded it ("did not sign a pact"), a
    failing governor ("failed to adopt a statement"), "without", or "no".
    """
    token = _token(parse, offset)
    number = clause_of_token(parse, token)
    if number is None:
        return False
    clause = parse.clauses[number]
    before = _lemmas_before(parse, clause, token)
    if "no" in before[-2:] or "without" in before[-3:]:
        return True  # "no joint statement", "ended without a joint statement"
    if _cancelled(parse, clause, token):
        return True
    verb = clause.verb
    concluding = verb is not None and verb.lemma in rules.CONCLUDE_LEMMAS and verb.first < token
    if concluding and verb is not None and verb.negated:
        return True
    if clause.opener == "without" and concluding:
        return True
    chain = _governors(parse, number)
    return concluding and any(
        c.verb is not None and (c.verb.lemma in rules.FAIL_LEMMAS or c.verb.negated)
        for c in chain[:1]
    )


def verb_denied(parse: Parse, offset: int) -> bool:
    """Return whether the verb at ``offset`` is negated or governed by a failing verb.

    "did not agree to", "failed to agree on", "refused to sign".
    """
    number = clause_of_token(parse, _token(parse, offset))
    if number is None:
        return False
    clause = parse.clauses[number]
    if clause.verb is not None and clause.verb.negated:
        return True
    return any(
        c.verb is not None and (c.verb.lemma in rules.FAIL_LEMMAS or c.verb.negated)
        for c in _governors(parse, number, through_that=True)[:2]
    )


def _cancelled(parse: Parse, clause: Clause, token: int) -> bool:
    """Return a cancelling verb before the instrument ("put off the signing of a pact")."""
    verb = clause.verb
    if verb is None or verb.first >= token or verb.lemma not in rules.CANCEL_LEMMAS:
        return False
    tokens = parse.phrases.tokens
    if verb.lemma == "put" and not (
        verb.last + 1 < len(tokens) and tokens[verb.last + 1].lower == "off"
    ):
        return False
    # Only the signing is called off; "decided to scrap GSOMIA" cites an instrument.
    return any(tokens[k].lemma in rules.CONCLUDE_LEMMAS for k in range(verb.last + 1, token))


def concludes(parse: Parse, offset: int) -> bool:
    """Whether the clause at ``offset`` makes the instrument there (its verb signs, adopts ...)."""
    number = clause_of_token(parse, _token(parse, offset))
    if number is None:
        return False
    verb = parse.clauses[number].verb
    return verb is not None and verb.lemma in rules.CONCLUDE_LEMMAS


def hypothetical(parse: Parse, offset: int) -> bool:
    """Return whether what is at ``offset`` is only possible or wished for.

    An uncertain modal on its clause ("could one day sign"), or a wishing
    governor ("hoped Tokyo and Seoul could sign", "hopes to agree").
    """
    number = clause_of_token(parse, _token(parse, offset))
    if number is None:
        return False
    clause = parse.clauses[number]
    if clause.verb is not None and clause.verb.modal in rules.UNCERTAIN_MODALS:
        return True
    return any(
        c.verb is not None and (c.verb.lemma in rules.WISH_LEMMAS
                                or c.verb.modal in rules.UNCERTAIN_MODALS)
        for c in _governors(parse, number)[:2]
    )


def not_concluded(parse: Parse, offset: int) -> bool:
    """Return whether the instrument at ``offset`` is still only pursued.

    The object of a process noun ("talks on a free trade agreement") or of a
    pursuing verb ("seek a currency swap deal").
    """
    token = _token(parse, offset)
    number = clause_of_token(parse, token)
    if number is None:
        return False
    clause = parse.clauses[number]
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    for k in range(token - 1, max(clause.first, token - 6) - 1, -1):
        if tokens[k].lower in {"toward", "towards"}:
            return True  # what one works towards is not yet made
        if tags[k] is Tag.PREP and tokens[k].lower in {"on", "for", "over"}:
            return k > 0 and tokens[k - 1].lemma in rules.PROCESS_NOUNS
        if tags[k] is Tag.VERB or tokens[k].lower in {",", ";"}:
            break
    verb = clause.verb
    if verb is not None and verb.first < token and _pursues(verb):
        return True
    if verb is None or verb.lemma not in rules.CONCLUDE_LEMMAS:
        return False  # "urged Tokyo to respect the accord": the accord exists
    return any(c.verb is not None and _pursues(c.verb) for c in _governors(parse, number)[:1])


def before_process_noun(parse: Parse, end: int) -> bool:
    """Return whether the name ending at ``end`` modifies a process noun ("RCEP negotiations").

    The name then says what the talks are about; the instrument is not made.
    """
    tokens = parse.phrases.tokens
    following = bisect.bisect_left(tokens, end, key=lambda t: t.start)
    return following < len(tokens) and tokens[following].lower in rules.PROCESS_NOUNS


def _pursues(verb: VerbGroup) -> bool:
    """Return whether ``verb`` pursues; "negotiate" only while under way.

    ("negotiated the accord" made it.)
    """
    if verb.lemma not in rules.PURSUE_LEMMAS:
        return False
    return verb.lemma != "negotiate" or verb.progressive or verb.tense is not Tense.PAST


def forward(parse: Parse, offset: int) -> bool:
    """Return whether what is at ``offset`` is put forward, not yet made.

    A future or conditional modal on its clause ("will sign"), a planning
    or proposing governor ("plan to sign", "proposed that ..."), or a
    proposing verb with it as object ("proposed a swap deal").
    """
    token = _token(parse, offset)
    number = clause_of_token(parse, token)
    if number is None:
        return False
    clause = parse.clauses[number]
    verb = clause.verb
    if verb is not None and verb.first <= token:
        if verb.modal in _FORWARD_MODALS or verb.tense is Tense.FUTURE:
            return True
        if verb.lemma in rules.FORWARD_LEMMAS and verb.lemma != "set":
            return True
    return any(
        c.verb is not None and (c.verb.lemma in rules.FORWARD_LEMMAS
                                or c.verb.modal in _FORWARD_MODALS)
        for c in _governors(parse, number)[:2]
    )


def signed(parse: Parse, start: int, end: int) -> bool:
    """Return whether the instrument from ``start`` to ``end`` is reported signed.

    Its clause's verb signs ("signed a pact", "a pact was signed"), "the
    signing of" comes before it, or a relative clause on it signs ("a
    pact, signed on Friday").
    """
    first = _token(parse, start)
    number = clause_of_token(parse, first)
    if number is None:
        return False
    clause = parse.clauses[number]
    if clause.verb is not None and clause.verb.lemma in rules.SIGN_LEMMAS:
        return True
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    for k in range(first - 1, max(clause.first, first - 12) - 1, -1):
        if tokens[k].lemma in rules.SIGN_LEMMAS:
            return True  # "signed a ... pact", "the signing of Seoul and Tokyo's pact"
        stops = tags[k] in {Tag.VERB, Tag.PUNCT, Tag.SUB, Tag.REL}
        if stops and tokens[k].lower not in {"'s", "’s"}:
            break
    last = _token(parse, end - 1)
    relative = _concluding_relative(parse, last)
    if relative is not None and any(
        tokens[k].lemma in rules.SIGN_LEMMAS and tags[k] is Tag.VERB
        for k in range(_token(parse, relative[0]), _token(parse, relative[1] - 1) + 1)
    ):
        return True  # "the memorandum, which the two ministries signed on Wednesday"
    for k in range(last + 1, min(len(tokens), last + 4)):
        if tokens[k].lemma in rules.SIGN_LEMMAS:
            return True
        if tokens[k].lower in {";", "."}:
            break
    return False


_RELATIVE_GAP = frozenset({Tag.DET, Tag.NOUN, Tag.NAME, Tag.POSS, Tag.NUM, Tag.REL, Tag.AUX,
                           Tag.ADV, Tag.PRON})


def concluded_after(parse: Parse, end: int) -> tuple[int, int] | None:
    """Return the span of a relative clause that concludes the instrument ending at ``end``.

    "the agreement (that) the two countries signed in November 2016", "an
    arrangement concluded in December 2014": from the concluding verb to
    the end of its clause, where the instrument's own date is told.
    """
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    first = _token(parse, end)
    if first >= len(tokens) or tokens[first].start < end:
        return None
    relative = _concluding_relative(parse, first - 1)
    if relative is not None:
        return relative  # "The memorandum, which the ministries signed in Seoul on Wednesday,"
    for k in range(first, min(len(tokens), first + 7)):
        if tags[k] is Tag.VERB and tokens[k].lemma in rules.CONCLUDE_LEMMAS:
            number = clause_of_token(parse, k)
            clause = parse.clauses[number] if number is not None else None
            if clause is not None and clause.verb is not None and clause.verb.negated:
                return None
            last = clause.last if clause is not None else k
            return tokens[k].start, tokens[last].end
        if tags[k] not in _RELATIVE_GAP:
            return None
    return None


def _concluding_relative(parse: Parse, head: int) -> tuple[int, int] | None:
    """Return the span of a relative clause on the noun ending at token ``head`` that concludes it.

    From its concluding verb to the clause's end; ``None`` when the relative
    clause does not conclude it or its verb is negated.
    """
    tokens = parse.phrases.tokens
    for clause in parse.clauses:
        verb = clause.verb
        if clause.kind is not ClauseKind.RELATIVE or clause.antecedent is None or verb is None:
            continue
        if clause.antecedent[1] != head or verb.lemma not in rules.CONCLUDE_LEMMAS:
            continue
        if verb.negated:
            return None
        return tokens[verb.first].start, tokens[clause.last].end
    return None


def subject_words(parse: Parse, offset: int) -> set[str]:
    """Return the lower-case words of the nearest subject of the clause at ``offset``."""
    number = clause_of_token(parse, _token(parse, offset))
    clause = parse.clauses[number] if number is not None else None
    while clause is not None and clause.subject is None and clause.governor is not None:
        clause = parse.clauses[clause.governor]
    if clause is None or clause.subject is None:
        return set()
    tokens = parse.phrases.tokens
    return {tokens[k].lower for k in range(clause.subject[0], clause.subject[1] + 1)}


def subject_span(parse: Parse, offset: int) -> tuple[int, int] | None:
    """Return the document span of the subject of the verb at ``offset``."""
    clause = clause_at(parse, offset)
    if clause is None or clause.subject is None:
        return None
    tokens = parse.phrases.tokens
    return tokens[clause.subject[0]].start, tokens[clause.subject[1]].end


def _agent(parse: Parse, clause: Clause) -> tuple[int, int] | None:
    """Return the document span of a passive verb's "by" phrase, to its clause's end."""
    if clause.verb is None or not clause.verb.passive:
        return None
    agent = by_phrase(parse, clause)
    if agent is None or agent[0] > agent[1]:
        return None
    return parse.phrases.tokens[agent[0]].start, parse.phrases.tokens[agent[1]].end


def subject_spans(parse: Parse, offset: int) -> list[tuple[int, int]]:
    """Return the subjects of the clause at ``offset`` and the clauses it hangs on.

    Nearest first; a passive clause's "by" phrase (its logical subject) comes
    before its grammatical subject.

    "Seoul and Washington said they had settled a deal": "they", then
    "Seoul and Washington".
    """
    number = clause_of_token(parse, _token(parse, offset))
    if number is None:
        return []
    tokens = parse.phrases.tokens
    spans: list[tuple[int, int]] = []
    own = parse.clauses[number]
    if own.verb is None and own.subject is None:
        # a fronted phrase ("In a joint statement released Friday, A, B and C
        # condemned ..."): the subject is the main clause's after it
        own = next((c for c in parse.clauses[number + 1 :]
                    if c.kind is ClauseKind.MAIN and c.verb is not None), own)
    clause: Clause | None = own
    for _ in range(4):
        if clause is None:
            break
        agent = _agent(parse, clause)
        if agent is not None:
            spans.append(agent)  # "was signed by the defence ministries of A, B and C"
        if clause.subject is not None:
            span = (tokens[clause.subject[0]].start, tokens[clause.subject[1]].end)
            if span not in spans:
                spans.append(span)
        clause = parse.clauses[clause.governor] if clause.governor is not None else None
    return spans


def _course_member(parse: Parse, number: int, verb_clause: int, courses: list[int]) -> bool:
    """Whether clause ``number`` is a further course of the verb in ``verb_clause``."""
    clause = parse.clauses[number]
    if clause.governor == verb_clause and clause.kind is ClauseKind.INFINITIVE:
        return True
    if clause.governor == verb_clause and clause.kind is ClauseKind.COMPLEMENT:
        # "agreed that talks should resume" is a course; "agreed that the
        # launch was a threat" is a shared view.
        verb = clause.verb
        if verb is None or verb.modal in _COURSE_MODALS or verb.tense is Tense.FUTURE:
            return True
        first = parse.phrases.tokens[verb.first]  # a subjunctive: "that the two sides hold"
        return verb.tense is Tense.PRESENT and first.lower == first.lemma != "be"
    if clause.governor == verb_clause and clause.kind is ClauseKind.RELATIVE and (
        clause.opener == "that" and light_commitment(parse, parse.clauses[verb_clause])
    ):
        # "came to an agreement in Chengdu that the dispute should be resolved":
        # the noun's content, not a relative clause on the last noun before it
        verb = clause.verb
        return verb is not None and (verb.modal in _COURSE_MODALS or verb.tense is Tense.FUTURE)
    if clause.kind is ClauseKind.INFINITIVE and clause.governor in courses and (
        parse.phrases.tokens[clause.first].lower in {"and", "or"}
    ):
        return True  # "to A and to B": B is coordinated with A, not part of it
    if clause.kind is ClauseKind.INFINITIVE and clause.governor in courses and (
        _after_comma(parse, clause) and _list_closes_later(parse, number)
    ):
        return True  # "to A, to B, and to C": B is a member of the list, not A's purpose
    if clause.kind is ClauseKind.INFINITIVE and clause.governor is not None:
        # "to A, and to B": a verbless ", and"; also after a shared view ("agreed
        # that the launch was a threat, and to hold talks")
        link = parse.clauses[clause.governor]
        if link.verb is None and link.kind is ClauseKind.COORDINATE and (
            link.governor == verb_clause or link.governor in courses
        ) and not _nominal_link(parse, link):
            return True
    if clause.kind is ClauseKind.COORDINATE and courses and (
        clause.governor in courses or clause.governor == verb_clause
    ):
        # "agreed to A, (to) B and C": B keeps the base form; "and vowed" does not.
        verb = clause.verb
        if verb is None or verb.tense not in {Tense.PRESENT, Tense.INFINITIVE}:
            return False
        first = parse.phrases.tokens[verb.first]
        return first.lower == first.lemma or verb.tense is Tense.INFINITIVE
    return False


def _nominal_link(parse: Parse, link: Clause) -> bool:
    """Whether a verbless coordinate joins nouns, not courses.

    "cooperation and exchange to mark ...": no comma before it and a noun
    inside; its infinitive is a purpose, not a further course.
    """
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    first = link.first
    comma = tokens[first].lower == "," or (first > 0 and tokens[first - 1].lower == ",")
    nouns = any(tags[k] in {Tag.NOUN, Tag.NAME} for k in range(link.first, link.last + 1))
    return nouns and not comma


def course_spans(parse: Parse, verb: int) -> list[tuple[int, int]]:
    """Return the document spans of the courses of action the verb at ``verb`` governs.

    The infinitives and "that" complements that hang on its clause, and the
    base-form verbs coordinated with them ("agreed to A, (to) B and to C");
    a clause that hangs on a course ("to explore ways to simplify ...") is
    part of that course; a coordinated finite verb ("and vowed ...") ends
    the list.
    """
    number = clause_of_token(parse, _token(parse, verb))
    if number is None:
        return []
    courses: list[int] = []
    ends: dict[int, int] = {}
    inside = {number}
    for later in range(number + 1, len(parse.clauses)):
        clause = parse.clauses[later]
        if _course_member(parse, later, number, courses):
            courses.append(later)
            ends[later] = clause.last
            inside.add(later)
        elif clause.kind is ClauseKind.COORDINATE and clause.verb is None and (
            courses or clause.governor == number
        ):
            inside.add(later)  # ", and" before a further infinitive
        elif clause.governor in inside and clause.kind is not ClauseKind.COORDINATE:
            inside.add(later)
            if courses and not _after_comma(parse, clause):
                ends[courses[-1]] = clause.last  # "to speed up talks so that ..."
        else:
            break
    return [_stripped_span(parse, parse.clauses[c].first, ends[c]) for c in courses]


def commitment_verbs(parse: Parse) -> list[tuple[int, int]]:
    """Return the spans of the verbs that commit to the courses their clause governs.

    A verb of ``COMMIT_LEMMAS``, or a light verb with an object of
    ``COMMIT_NOUNS`` ("reached a consensus"), in the active voice, that
    governs at least one course of action (:func:`course_spans`): the
    adjuncts between the verb and the course ("agreed at their talks in
    Tokyo on Friday to ...") do not matter, since the clause layer attaches
    the course to the verb's clause, not to the next word.
    """
    tokens = parse.phrases.tokens
    found: list[tuple[int, int]] = []
    for clause in parse.clauses:
        verb = clause.verb
        if verb is None or verb.passive:
            continue
        heads = [verb.last] if _commits(parse, clause) else _joined_in(parse, clause)
        for head in heads:
            start = tokens[head].start
            if course_spans(parse, start):
                found.append((start, tokens[head].end))
    return found


def _joined_in(parse: Parse, clause: Clause) -> list[int]:
    """Return a commitment gerund the clause's verb joins its subject to ("joined B in pledging").

    "A joined B in pledging to hold summits every year": A and B pledged; the
    course hangs on the clause.
    """
    verb = clause.verb
    if verb is None or verb.lemma != "join":
        return []
    tokens = parse.phrases.tokens
    return [k for k in range(verb.last + 2, clause.last + 1)
            if tokens[k - 1].lower == "in" and tokens[k].lower.endswith("ing")
            and tokens[k].lemma in rules.COMMIT_LEMMAS]


def light_commitment(parse: Parse, clause: Clause) -> bool:
    """Whether the clause's verb is a light verb with an agreement noun ("reached a consensus")."""
    verb = clause.verb
    return verb is not None and verb.lemma in rules.LIGHT_LEMMAS and any(
        parse.phrases.tokens[k].lemma in rules.COMMIT_NOUNS
        for k in range(verb.last + 1, min(clause.last + 1, verb.last + 5))
    )


def _commits(parse: Parse, clause: Clause) -> bool:
    verb = clause.verb
    return verb is not None and (
        verb.lemma in rules.COMMIT_LEMMAS or light_commitment(parse, clause)
    )


def object_span(parse: Parse, verb: int) -> list[tuple[int, int]]:
    """Return the span of what follows the verb at ``verb`` in its own clause.

    The object of "proposed reviving a joint committee" or "proposed a joint
    study group"; empty when the verb ends its clause.
    """
    number = clause_of_token(parse, _token(parse, verb))
    if number is None:
        return []
    clause = parse.clauses[number]
    if clause.verb is None or clause.verb.last >= clause.last:
        return []
    return [_stripped_span(parse, clause.verb.last + 1, clause.last)]


def _list_closes_later(parse: Parse, number: int) -> bool:
    """Whether a verbless "and" with an infinitive on it follows clause ``number``."""
    clauses = parse.clauses
    return any(
        clauses[k].kind is ClauseKind.COORDINATE and clauses[k].verb is None
        and clauses[k + 1].kind is ClauseKind.INFINITIVE and clauses[k + 1].governor == k
        for k in range(number + 1, len(clauses) - 1)
    )


def _after_comma(parse: Parse, clause: Clause) -> bool:
    tokens = parse.phrases.tokens
    return tokens[clause.first].lower == "," or (
        clause.first > 0 and tokens[clause.first - 1].lower == ","
    )


def _stripped_span(parse: Parse, first: int, last: int) -> tuple[int, int]:
    tokens = parse.phrases.tokens
    while first < last and tokens[first].lower in _OPENERS:
        first += 1
    if [t.lower for t in tokens[first : first + 3]] == ["as", "well", "as"] and first + 3 <= last:
        first += 3  # "expand exchanges as well as resume talks": the second course
    while last > first and tokens[last].lower in {",", ".", ";", ":", "and", "—", "-"}:
        last -= 1
    return tokens[first].start, tokens[last].end


_TOPIC_PREPOSITIONS = frozenset(
    {"on", "for", "to", "regarding", "concerning", "over", "about", "between", "among"}
)
_TITLE_STOPS = frozenset(
    {Tag.PUNCT, Tag.VERB, Tag.AUX, Tag.MODAL, Tag.NEG, Tag.REL, Tag.SUB, Tag.CONJ, Tag.QUOTE}
)
_DATE_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
     "last", "this", "next", "early", "late", "mid", "the", "that"}
)


def title_end(parse: Parse, end: int) -> int | None:
    """Return where an instrument's title ends when a topic phrase follows it.

    The topic is the prepositional phrase after the instrument's noun ("a
    memorandum on supply chains"), up to the end of its noun phrase: a verb,
    a clause boundary or punctuation ends it ("the 2015 agreement on the
    issue | was never accepted"), and so does a phrase that dates the act
    ("... on supply chains | on Monday"). ``None`` when no topic follows.
    """
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    first = _token(parse, end)
    if first >= len(tokens) or tokens[first].start < end:
        return None
    if tokens[first].lower not in _TOPIC_PREPOSITIONS or _dates_at(parse, first):
        return None
    last = None
    for k in range(first + 1, len(tokens)):
        if tags[k] in _TITLE_STOPS and not _inside_phrase(parse, k):
            break
        if tags[k] is Tag.PREP and _dates_at(parse, k):
            break
        last = k
    return None if last is None else tokens[last].end


def topic_after(parse: Parse, end: int) -> tuple[int, int] | None:
    """Return the span of the topic after an instrument's noun, past its date or partner.

    "signed an agreement on Wednesday to share military intelligence": the
    topic is "to share military intelligence"; "signed a pact with Japan to
    share ...", past the partner; "inked a deal to restore the swap on
    Thursday": "to restore the swap". ``None`` when none follows.
    """
    tokens = parse.phrases.tokens
    first = _token(parse, end)
    if first >= len(tokens) or tokens[first].start < end:
        return None
    for _ in range(_SKIPPED_PHRASES):
        if not (_dates_at(parse, first) or tokens[first].lower == "with"):
            break
        skip = first + 1
        while skip < len(tokens) and skip <= first + _DATE_REACH and (
            tokens[skip].lower not in _TOPIC_PREPOSITIONS
        ):
            skip += 1
        if skip > first + _DATE_REACH or skip >= len(tokens):
            return None
        first = skip
    close = title_end(parse, tokens[first - 1].end) if first > 0 else None
    return None if close is None else (tokens[first].start, close)


_SKIPPED_PHRASES = 2  # a partner and a date ("with Japan on Wednesday")
_DATE_REACH = 4  # tokens of a dating or partner phrase ("on Nov. 23", "with South Korea")


def _inside_phrase(parse: Parse, k: int) -> bool:
    """Whether a token that would end a title continues its noun phrase instead.

    A gerund or infinitive after its preposition ("on working together", "a
    deal to support"), a conjunction between nouns ("peace and
    cooperation"), or a base-form "verb" heading the phrase after a noun
    ("the comfort women issue was").
    """
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    before = tags[k - 1]
    after = tags[k + 1] if k + 1 < len(tags) else Tag.PUNCT
    if tags[k] is Tag.VERB and (
        before is Tag.TO or (before is Tag.PREP and tokens[k].lower.endswith("ing"))
    ):
        return True
    if _quoted_modifier(parse, k):
        return True  # 'to work for a "free and open" Indo-Pacific'
    if tokens[k].lower == "," and _in_name_list(parse, k):
        return True  # "among Japan, the People's Republic of China and the Republic of Korea"
    if tags[k] is Tag.CONJ and tokens[k].lower in {"and", "or"}:
        beyond = tags[k + 2] if k + 2 < len(tags) else Tag.PUNCT
        if after is Tag.DET and beyond is Tag.NAME and _in_name_list(parse, k - 1, closing=k):
            return True  # "... of China and the Republic of Korea"
        return after in {Tag.NOUN, Tag.NAME, Tag.ADV} and beyond not in {
            Tag.VERB, Tag.AUX, Tag.MODAL
        }
    if tags[k] is not Tag.VERB or before not in {Tag.NOUN, Tag.NAME}:
        return False
    return tokens[k].lower == tokens[k].lemma and after in {
        Tag.AUX, Tag.MODAL, Tag.VERB, Tag.PUNCT
    }


def _quoted_modifier(parse: Parse, k: int) -> bool:
    """Whether token ``k`` lies in a short quoted modifier of a noun, its marks included.

    'a "free and open" Indo-Pacific': at most five words between the marks,
    then the noun they modify.
    """
    tags = parse.phrases.tags
    marks = [j for j in range(max(0, k - 6), min(len(tags), k + 7)) if tags[j] is Tag.QUOTE]
    for first, last in itertools.pairwise(marks):
        if first <= k <= last and 1 < last - first <= 6 and last + 1 < len(tags) and (
            tags[last + 1] in {Tag.NOUN, Tag.NAME}
        ):
            return True
    return False


def _in_name_list(parse: Parse, k: int, *, closing: int | None = None) -> bool:
    """Whether the comma at ``k`` joins names in a list that "and" closes ("A, B and C").

    With ``closing``, whether the "and" there closes a list of names whose
    last name ends at ``k``.
    """
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    if closing is not None:
        window = range(max(0, closing - 10), closing)
        return tags[k] is Tag.NAME and any(tokens[j].lower == "," and tags[j - 1] is Tag.NAME
                                           for j in window if j > 0)
    if k == 0 or tags[k - 1] is not Tag.NAME:
        return False
    for j in range(k + 1, min(len(tokens), k + 9)):
        if tags[j] in {Tag.NAME, Tag.DET, Tag.POSS} or tokens[j].lower in {",", "of"}:
            continue
        return tokens[j].lower == "and" and j + 1 < len(tags) and tags[j + 1] in {
            Tag.NAME, Tag.DET}
    return False


def _dates_at(parse: Parse, preposition: int) -> bool:
    """Whether the preposition at ``preposition`` opens a date ("on Monday", "in 2015")."""
    tokens = parse.phrases.tokens
    if preposition + 1 >= len(tokens):
        return False
    after = tokens[preposition + 1]
    if after.text[:1].isdigit():
        return True
    if after.lower not in _DATE_WORDS:
        return False
    if after.lower in {"the", "that"}:  # "on the 16th", but not "on the comfort women issue"
        return preposition + 2 < len(tokens) and tokens[preposition + 2].text[:1].isdigit()
    return True
