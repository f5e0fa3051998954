"""Commitments and proposals: courses of action the governments agree on.

A commitment verb ("agreed to", "pledged to") whose clause's subject names
two or more governments makes one record per course of action its clause
governs; a proposing verb ("proposed that the two countries ...") makes a
proposed record when the course is joint. The meeting a commitment belongs
to decides its date and parties (:func:`commitment_event`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kjrel.models import AgreementKind, AgreementStatus, PartialDate
from kjrel.pipeline import agreement_rules as rules
from kjrel.pipeline import agreement_syntax as syntax
from kjrel.pipeline import agreement_text as at
from kjrel.pipeline import events_lexicon as lex
from kjrel.pipeline.agreement_context import Context
from kjrel.pipeline.agreement_records import Record, stems
from kjrel.pipeline.quotes import in_quotation
from kjrel.pipeline.references import country_refs, timex_date
from kjrel.pipeline.syntax.clauses import ClauseKind, Parse
from kjrel.pipeline.syntax.phrases import Tag, Tense
from kjrel.pipeline.types import Sentence

__all__ = ["commitment_event", "commitment_records"]


def commitment_records(
    ctx: Context, index: int, named: Sequence[tuple[int, int, bool]], earlier: Sequence[Record]
) -> list[Record]:
    """Return records of the commitments and proposals of sentence ``index``.

    ``named`` are the spans of the instruments already recorded, each with
    whether it is a named commitment ("the duty to consult"); a course of
    action does not repeat one ("agreed on the text of a joint statement"),
    though it may act on one ("agreed to restore GSOMIA"); ``earlier``
    are the records of the sentences before.
    """
    sentence, text = ctx.sentences[index], ctx.text
    chunk = text[sentence.start : sentence.end]
    if lex.IN_JOINT_INSTRUMENT.search(chunk) or (index == 0 and at.is_headline(text, sentence)):
        return []  # the instrument's content, or a headline told again in the lead
    general = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in lex.UNILATERAL_OR_GENERAL.finditer(chunk)
    ]
    found: list[Record] = []
    triggers = _triggers(ctx, index)
    for start, end in triggers:
        if any(s <= start < e for s, e in general):
            continue
        found.extend(_commitments_of(ctx, index, start, end, named))
    found.extend(_nominal_commitments(ctx, index, [*triggers, *general], named))
    found.extend(_proposals(ctx, index, earlier))
    return found


def _triggers(ctx: Context, index: int) -> list[tuple[int, int]]:
    """Return the commitment verbs of sentence ``index``.

    The lexicon's phrases, then any verb the clause layer shows governing a
    course past its adjuncts.
    """
    sentence = ctx.sentences[index]
    found = [(m.start(), m.end()) for m in lex.COMMITMENT_VERBS.finditer(
        ctx.text, sentence.start, sentence.end)]
    starts = {start for start, _ in found}
    found.extend(span for span in syntax.commitment_verbs(ctx.parse(index))
                 if span[0] not in starts)
    return sorted(found)


def _commitments_of(
    ctx: Context, index: int, start: int, end: int, named: Sequence[tuple[int, int, bool]]
) -> list[Record]:
    """Return the records of the commitment verb at ``[start, end)``, one per course."""
    parse = ctx.parse(index)
    if syntax.verb_denied(parse, start) or syntax.hypothetical(parse, start):
        return []  # "failed to agree on", "did not agree to", "may eventually agree"
    if syntax.subject_words(parse, start) & rules.NON_GOVERNMENT_WORDS:
        return []  # "the football associations of Japan and South Korea agreed"
    if not _joint_subject(ctx, index, start):
        return []
    event, parties = commitment_event(ctx, index, start, end)
    date = ctx.summits[event].date if event is not None else ctx.nearest_date(index, start)
    status = _status(ctx, index, start, event)
    if date is None and event is None and status is AgreementStatus.AGREED:
        date = ctx.lead_day()  # agreed in the exchange the article reports, undated here
    if event is None and status is AgreementStatus.AGREED and _long_before(ctx, date):
        status = AgreementStatus.REFERENCED  # "the secretariat they agreed to set up last year"
    found = [_record(what, parties, date, status, index, event)
             for what in _courses(ctx, index, start, end, named)]
    for item, what in _listed_courses(ctx, index, end):
        record = _record(what, parties, date, status, index, event)
        record.sentences.add(item)
        found.append(record)
    return found


def _nominal_commitments(
    ctx: Context,
    index: int,
    skip: Sequence[tuple[int, int]],
    named: Sequence[tuple[int, int, bool]],
) -> list[Record]:
    """Return the commitments a commitment noun names with its infinitive.

    "The talks ended with a promise to revive shuttle diplomacy", "their
    agreement to launch a hotline": the nominalisation of "promised to",
    "agreed to". Its makers are its possessor or its clause's subject, else
    the meeting of its sentence; one side's promise ("Japan's pledge to")
    is no agreement, nor is one denied, wished for or only sought.
    """
    sentence = ctx.sentences[index]
    if _NOMINAL_TO.search(ctx.text, sentence.start, sentence.end) is None:
        return []  # no commitment noun before "to": nothing to parse for
    parse = ctx.parse(index)
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    found: list[Record] = []
    for k in range(len(tokens) - 2):
        noun = tokens[k]
        if noun.lemma not in rules.NOMINAL_COMMITMENTS or tokens[k + 1].lower != "to":
            continue
        if tags[k] is not Tag.NOUN or noun.lower.endswith("ing"):
            continue  # "a joint statement pledging to ...": the verb's, the statement's content
        if tags[k + 2] is not Tag.VERB or any(s <= noun.start < e for s, e in skip):
            continue  # "the agreement to which ...", a light verb's object already read,
            # or a general reaffirmation ("reaffirmed their commitment to ...")
        if any(s <= noun.start < e for s, e, _ in named) or _unmade_noun(parse, k):
            continue
        if in_quotation(ctx.text, noun.start):
            continue  # a speaker's words ("A promise to implement the deal is not an answer")
        if _anaphoric_noun(ctx.text, parse, k):
            continue  # "this pledge to sustain the visits": the one told before
        makers = _noun_makers(ctx, index, k)
        if makers is None:
            continue
        end = _course_end(parse, k, ctx.sentences[index].end)
        pieces = [(at.object_list(ctx.text, tokens[k + 1].start, end), end)]
        event, parties = commitment_event(ctx, index, noun.start, noun.end)
        parties = makers or parties
        date = ctx.summits[event].date if event is not None else ctx.nearest_date(
            index, noun.start)
        status = _status(ctx, index, noun.start, event)
        found.extend(_record(what, parties, date, status, index, event)
                     for what in _course_texts(ctx, index, pieces))
    return found


_NOMINAL_TO = re.compile(
    r"\b(?:" + "|".join(sorted(rules.NOMINAL_COMMITMENTS)) + r")s?\s+to\s", re.IGNORECASE
)
"""A commitment noun before "to": the only sentences the nominal rule parses."""


def _anaphoric_noun(text: str, parse: Parse, k: int) -> bool:
    """Whether the commitment noun at token ``k`` points back ("this pledge", "the deal").

    A demonstrative or "the" heads its noun group with no possessor between.
    """
    tokens = parse.phrases.tokens
    group = next((g for g in parse.phrases.nouns if g.first <= k <= g.last), None)
    if group is None or group.determiner not in _POINTING:
        return False
    between = text[tokens[group.first].start : tokens[k].start]
    return "'" not in between and "’" not in between  # "the leaders' agreement": a possessor


_POINTING = frozenset({"this", "that", "these", "those", "the", "such"})


def _unmade_noun(parse: Parse, k: int) -> bool:
    """Whether the commitment noun at token ``k`` is denied, hypothetical or only sought."""
    start = parse.phrases.tokens[k].start
    before = {t.lower for t in parse.phrases.tokens[max(0, k - 3) : k]}
    clause = syntax.clause_at(parse, start)
    lead = parse.phrases.tokens[clause.first if clause is not None else k : k]
    if any(t.lemma in rules.PURSUE_LEMMAS | rules.WISH_LEMMAS for t in lead):
        return True  # "hopes for a deal to ...", "seek an agreement to ..." (read by lemma:
        # "hopes" after a name may be tagged a noun)
    return bool(before & {"no", "any", "possible", "potential", "proposed"}) or (
        syntax.verb_denied(parse, start) or syntax.hypothetical(parse, start)
        or syntax.not_concluded(parse, start)
    )


def _noun_makers(ctx: Context, index: int, k: int) -> tuple[str, ...] | None:
    """Return who made the commitment noun at token ``k``: () for its meeting, None for one side.

    Its possessor ("the two leaders' agreement", "Japan's pledge") or, with
    none, its clause's subject ("The two leaders made a pledge"); a subject
    naming one side makes it unilateral.
    """
    parse = ctx.parse(index)
    tokens = parse.phrases.tokens
    first = k
    while first > 0 and parse.phrases.tags[first - 1] is not Tag.VERB and tokens[
        first - 1
    ].lower not in {",", ";", "with", "to", "of", "for", "in", "on", "at", "and", "by"}:
        first -= 1
    owner = (tokens[first].start, tokens[k].start) if first < k else None
    subject = syntax.subject_span(parse, tokens[k].start)
    for span in (owner, subject):
        if span is None or span[0] > tokens[k].start:
            continue
        countries = ctx.plural_countries(*span) | _countries_in(ctx, index, *span)
        if len(countries) >= 2 or at.plural_subject(
            ctx.text, span[0], span[1], ctx.gazetteer, ctx.leader_words
        ):
            return tuple(sorted(countries)) if len(countries) >= 2 else ()
        if countries:
            return None  # "Japan's pledge to ...", "Kishida made a promise to ..."
    return ()


def _countries_in(ctx: Context, index: int, start: int, end: int) -> set[str]:
    """Return the countries ``[start, end)`` of sentence ``index`` names.

    By a leader's name, the country's name or its capital.
    """
    found = {r.leader.country for r in ctx.sentence_refs.get(index, ()) if start <= r.start < end}
    found.update(code for _, code in country_refs(ctx.text, start, end, ctx.gazetteer))
    found.update(code for word in re.findall(r"[A-Z][a-z]+", ctx.text[start:end])
                 if (code := ctx.gazetteer.capital_country(word)) is not None)
    return found


def _course_end(parse: Parse, k: int, fallback: int) -> int:
    """Return where the infinitive after the noun at token ``k`` ends.

    At the end of its clause, or before a finite verb that the noun group
    is the subject of ("their agreement to launch a hotline was the main
    outcome").
    """
    tokens = parse.phrases.tokens
    course = syntax.clause_at(parse, tokens[k + 2].start)
    end = tokens[course.last].end if course is not None else fallback
    for verb in parse.phrases.verbs:
        first = tokens[verb.first]
        if first.start <= tokens[k + 2].start or first.start >= end:
            continue
        if verb.tense in {Tense.PAST, Tense.PRESENT} and tokens[verb.first - 1].lower not in {
            "and", "or", ",", "to"
        }:
            return tokens[verb.first - 1].end
    return end


def _long_before(ctx: Context, date: PartialDate | None) -> bool:
    """Whether ``date`` ended well before the article's own news (more than two weeks)."""
    return date is not None and (ctx.published - date.latest()).days > at.CURRENT_DAYS


def _record(
    what: str,
    parties: Sequence[str],
    date: PartialDate | None,
    status: AgreementStatus,
    index: int,
    event: int | None,
) -> Record:
    return Record(
        title=what,
        kind=AgreementKind.COMMITMENT,
        parties=tuple(sorted(set(parties))),
        date=date,
        status=status,
        sentences={index},
        first=index,
        event=event,
        stems=stems(what),
    )


def _subject_window(ctx: Context, index: int, position: int) -> tuple[int, int]:
    """Return the clause subject of the verb at ``position``, else the stretch before it."""
    span = syntax.subject_span(ctx.parse(index), position)
    if span is not None and span[1] <= position:
        return span
    return max(ctx.sentences[index].start, position - 140), position


def _joint_subject(ctx: Context, index: int, position: int) -> bool:
    start, end = _subject_window(ctx, index, position)
    return at.plural_subject(ctx.text, start, end, ctx.gazetteer, ctx.leader_words)


def _status(ctx: Context, index: int, position: int, event: int | None) -> AgreementStatus:
    if syntax.forward(ctx.parse(index), position):
        return AgreementStatus.PROPOSED
    return AgreementStatus.AGREED if ctx.current(event) else AgreementStatus.REFERENCED


def _courses(
    ctx: Context, index: int, verb: int, verb_end: int, named: Sequence[tuple[int, int, bool]]
) -> list[str]:
    """Return the courses of action the commitment verb at ``verb`` governs, one string each."""
    text = ctx.text
    end_of_sentence = ctx.sentences[index].end
    spans = syntax.course_spans(ctx.parse(index), verb)
    if spans:
        pieces = [(piece, _end_of(text, piece, start))
                  for start, end in spans if not _repeats_instrument(text, start, end, named)
                  for piece in (_complement_course(text, start, end),)]
    else:
        piece = at.object_list(text, verb_end, end_of_sentence)
        at_ = text.find(piece, verb_end) if piece else -1
        pieces = [] if at_ >= 0 and _repeats_instrument(
            text, at_, at_ + len(piece), named) else [(piece, _end_of(text, piece, verb_end))]
    return _course_texts(ctx, index, pieces)


def _complement_course(text: str, start: int, end: int) -> str:
    """Return the course of the span ``[start, end)``, through a parenthetical in its subject.

    "that Japan and the ROK, together with the United States, would continue
    to cooperate ...": the commas around "together with ..." set off part of
    the subject; the course runs on through its modal.
    """
    piece = at.object_list(text, start, end)
    modal = _COURSE_MODAL.search(text, start, end)
    if modal is None or text.find(piece, start) + len(piece) > modal.start():
        return piece
    return f"{text[start : modal.start()].strip()} {at.object_list(text, modal.start(), end)}"


_COURSE_MODAL = re.compile(r"\b(?:would|will|should|shall|must)\b")


def _course_texts(ctx: Context, index: int, pieces: Sequence[tuple[str, int]]) -> list[str]:
    """Return the courses of action in ``pieces`` (text, where it ends), one string each."""
    text = ctx.text
    end_of_sentence = ctx.sentences[index].end
    courses: list[str] = []
    for piece, end in pieces:
        for part in (p for item in at.split_objects(piece) for p in _split_base_verbs(item)):
            # The field may follow a parenthetical ("work closely together, and
            # with the United States, in responding to ..."): read past the piece.
            last = piece.rstrip().endswith(part.strip())
            after = text[end:end_of_sentence] if last else ""
            what = re.sub(r"^\s*to\s+", "", part).strip().strip("\"“”'’ ")
            if len(what.split()) < 2 or _too_general(what, after):
                continue
            if _too_general(at.THAT_SUBJECT.sub("", what), after):
                continue  # "agreed that their governments would step up cooperation"
            if _too_general(what):
                what = (what + after).rstrip(" .")  # the field is part of the course
            courses.append(what)
    return courses


_LIST_MARK = re.compile(r"\s*(?:[-–—•*·▪]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+")
"""A list item's mark: a dash or bullet, "1.", "(2)", "a)"."""


def _listed_courses(ctx: Context, index: int, verb_end: int) -> list[tuple[int, str]]:
    """Return the courses a commitment verb introduces with a colon, one per list item.

    "Kishida and Yoon agreed:" then "- to restart the strategic dialogue;"
    and "- to open a consultation on economic security": each item is a
    course of action of the verb, with its sentence index.
    """
    text = ctx.text
    if not text[verb_end : ctx.sentences[index].end].strip().startswith(":"):
        return []
    found: list[tuple[int, str]] = []
    for item in range(index + 1, len(ctx.sentences)):
        sentence = ctx.sentences[item]
        mark = _LIST_MARK.match(text, sentence.start, sentence.end)
        if mark is None:
            break
        what = re.sub(r"^to\s+", "", text[mark.end() : sentence.end].strip().rstrip(";.,"))
        if len(what.split()) >= 2 and not _too_general(what):
            found.append((item, what.removesuffix(" and").strip()))
    return found


def _end_of(text: str, piece: str, start: int) -> int:
    """Return where ``piece`` (found from ``start``) ends in ``text``."""
    found = text.find(piece, start) if piece else -1
    return start if found < 0 else found + len(piece)


def _repeats_instrument(
    text: str, start: int, end: int, named: Sequence[tuple[int, int, bool]]
) -> bool:
    """Whether the course from ``start`` to ``end`` is an instrument already recorded.

    A named commitment inside it ("agreed to a 'duty to consult'"), or an
    instrument it only names, concludes or resizes ("agreed on the text of a
    joint statement", "agreed to sign a memorandum", "to lift the swap lines
    to $70 billion"); not one it otherwise acts on ("agreed to restore GSOMIA").
    """
    inside = [(s, commitment) for s, e, commitment in named if s < end and start < e]
    if not inside:
        return False
    if any(commitment for _, commitment in inside):
        return True
    words = re.findall(r"[\w'’-]+", text[start:end].casefold())
    head = next((w for w in words if w not in {"to", "on", "also", "jointly", "formally"}), "")
    if head in _REVIVE_WORDS and "swap" in words:
        return True  # a swap arrangement revived is a new arrangement (ANNOTATION.md: mou)
    return (head in rules.CONCLUDE_WORDS or head in rules.RESIZE_WORDS
            or head in {"the", "a", "an", "their", "its"})


_REVIVE_WORDS = frozenset({"revive", "resume", "renew", "reinstate", "restart", "restore"})


_MANNER = r"(?:\s+(?:together|closely|further|more|hand\s+in\s+hand))*"
_QUALIFIER = (
    r"\s*(?:,\s*)?(?:on|in|over|regarding|concerning|against|toward|towards|for|through|"
    r"based\s+on|so\s+that|so\s+as|in\s+order|as\s+(?!well\b)|"
    r"to\s+(?:counter|respond|deal|address|tackle|mark|prepare))\b"
)
_QUALIFIED = re.compile(_MANNER + r"\s*(?:,\s*(?:and\s+)?with\s+[^,.;]{1,80},\s*)?" + _QUALIFIER,
                        re.IGNORECASE)
"""What qualifies a general course: its field ("on North Korea", "in a stable
manner", ", and with Washington, in countering ..."), purpose ("so that ...",
"for a stable region", "to mark ...") or setting ("as the two countries
prepare ...")."""

_PARTNERED = re.compile(_MANNER + r"\s+(?:between|among|with)\b", re.IGNORECASE)
"""Partners that qualify cooperation, exchanges or communication ("between their
governments"), though not the relationship itself ("relations between their countries")."""

_OPEN_TIME = re.compile(
    r"[^,.;]{0,40}?\b(?:at\s+an\s+early\s+date|as\s+soon\s+as\s+possible|at\s+the\s+earliest|"
    r"whenever|in\s+person|regularly|frequently|more\s+often|every|each\s+year|annually)\b",
    re.IGNORECASE,
)
"""A time that no planned meeting fixes: agreeing to meet "at an early date" or
"whenever the chance arises" is a course of action, agreeing to meet in Tokyo
in May only schedules a meeting."""

_RELATIONSHIP = frozenset({"ties", "relations", "relationship", "friendship"})


def _too_general(what: str, after: str = "") -> bool:
    """Whether a course is too general to be an agreement ("strengthen ties").

    A general course is one when something qualifies it, in its own words or
    just after them (``after``): a field or purpose (``_QUALIFIED``), partners
    of its cooperation (``_PARTNERED``), or for a meeting, a time no
    scheduled meeting fixes (``_OPEN_TIME``). The bare relationship
    ("strengthen bilateral ties"), its momentum, a meeting's preparations,
    a meeting fixed in time or place and agreeing to disagree are not
    courses of action.
    """
    match = lex.GENERAL_COMMITMENT.match(what)
    if match is None:
        return False
    if any(w not in lex.GENERIC_MODIFIERS for w in (match.group("mods") or "").lower().split()):
        return False  # "expand youth exchanges": the programme is named
    words = match.group(0).lower().split()
    rest, at_ = what + after, match.end()
    if {"momentum", "preparation", "preparations", "disagree"} & set(words):
        return True
    if words[0] in _SCHEDULING:
        return not _OPEN_TIME.match(rest, at_)
    if words[-1] not in _RELATIONSHIP and _PARTNERED.match(rest, at_):
        return False
    return not _QUALIFIED.match(rest, at_)


_SCHEDULING = frozenset({"hold", "have", "meet"})


_AND = re.compile(rf"\s+{at.COURSE_JOINER}\s+")


def _split_base_verbs(what: str) -> list[str]:
    """Split "hold exercises and fully activate a system" at a coordinated verb of action."""
    parts: list[str] = []
    start = 0
    for match in _AND.finditer(what):
        if _NOUN_BEFORE_PURPOSE.match(what, match.end()):
            continue  # "cooperation and exchange to mark ...": a noun, then a purpose
        if lex.COURSE_VERBS.match(", " + what[match.end() :]):
            parts.append(what[start : match.start()])
            start = match.end()
    parts.append(what[start:])
    return [part.strip() for part in parts if part.strip()]


_NOUN_BEFORE_PURPOSE = re.compile(r"[a-z]+\s+to\s+[a-z]")

_JOINT_WORDS = frozenset({"joint", "jointly", "together", "mutual", "mutually", "bilateral",
                          "both", "each", "two", "three"})


_PROPOSING = re.compile(r"\b(?:propos|suggest|offer)", re.IGNORECASE)


def _proposals(ctx: Context, index: int, earlier: Sequence[Record]) -> list[Record]:
    """Joint courses one side proposes to the other ("proposed that the two countries ...").

    The parties are the proposer's country and the other side's; a proposal
    with no date of its own is made in the exchange the article reports
    just before it (the latest record of the last three sentences).
    """
    sentence = ctx.sentences[index]
    if _PROPOSING.search(ctx.text, sentence.start, sentence.end) is None:
        return []  # no proposing verb: nothing to parse for
    parse = ctx.parse(index)
    tokens = parse.phrases.tokens
    found: list[Record] = []
    for clause in parse.clauses:
        verb = clause.verb
        if verb is None or verb.lemma not in rules.PROPOSE_LEMMAS or verb.negated:
            continue
        if clause.kind is ClauseKind.INFINITIVE:
            continue  # "signed an agreement to offer a joint pass": no proposal is made
        position = tokens[verb.first].start
        if syntax.subject_words(parse, position) & rules.NON_GOVERNMENT_WORDS:
            continue
        spans = syntax.course_spans(parse, position) or syntax.object_span(parse, position)
        if not spans:
            continue
        start, end = spans[0][0], spans[-1][1]
        if not {t.lower for t in tokens if start <= t.start < end} & _JOINT_WORDS:
            continue  # a measure of one side, not a joint course
        parties = _proposal_parties(ctx, index)
        event = next((n for n in ctx.events_of(index)
                      if ctx.summit_countries[n] == parties), None)
        date = ctx.summits[event].date if event is not None else _exchange_date(
            ctx, index, position, earlier
        )
        course = _ATTRIBUTION_TAIL.sub("", ctx.text[start:end])
        for what in _GERUND_LIST.split(course):
            found.append(_record(what, parties, date, AgreementStatus.PROPOSED, index, event))
    return found


_GERUND_LIST = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?!(?:according|including|following|during|regarding|concerning)\b)(?=[a-z]+ing\b)"
)
"""Where a list of proposed courses in -ing forms divides ("expanding X, simplifying Y and
recognising Z")."""

_ATTRIBUTION_TAIL = re.compile(r",?\s+according to\b.*$", re.DOTALL)
"""A source named after the course ("..., according to his office"): not part of it."""


def _exchange_date(
    ctx: Context, index: int, position: int, earlier: Sequence[Record]
) -> PartialDate | None:
    own = ctx.nearest_date(index, position)
    if own is not None:
        return own
    recent = [r for r in earlier if 0 <= index - r.first <= 3 and r.date is not None]
    return recent[-1].date if recent else None


def _proposal_parties(ctx: Context, index: int) -> tuple[str, ...]:
    """Return the countries of the leaders the sentence names.

    Else the proposer's and the other side's.
    """
    named = {r.leader.country for r in ctx.sentence_refs.get(index, ())}
    joined = named | set(ctx.default_parties)
    if len(named) >= 2:
        return tuple(sorted(named))
    return tuple(sorted(joined)) if len(joined) == 2 else ctx.default_parties


def _named_countries(ctx: Context, index: int, position: int) -> set[str]:
    """Return the countries of the leaders named in the subject of the verb at ``position``."""
    start, end = _subject_window(ctx, index, position)
    if _JOINED_IN.search(ctx.text, end, position):
        end = position  # "A and B joined C in pledging": C pledged too
    return {r.leader.country for r in ctx.sentence_refs.get(index, ()) if start <= r.start < end}


_JOINED_IN = re.compile(r"\bjoin(?:s|ed|ing)?\b[^;]{0,80}\bin\s*$")


def _dates_before(
    ctx: Context, index: int, limit: int
) -> list[tuple[int, PartialDate]]:
    return [
        (t.span.start, d)
        for t in ctx.local_timexes(index)
        if t.span.start < limit
        for d in (timex_date(t),)
        if d is not None
    ]


def _clause_dates(ctx: Context, index: int, position: int, verb_end: int) -> list[PartialDate]:
    """Dates inside the clause of the verb at ``position``.

    A "when" or "where" clause with none of its own takes the time of the
    clause it hangs on ("in August last year, when they agreed to ...", "held
    their first summit five years ago, where they agreed to ...").
    """
    parse = ctx.parse(index)
    clause = syntax.clause_at(parse, position)
    if clause is None:
        return []
    tokens = parse.phrases.tokens
    start, end = tokens[clause.first].start, max(tokens[clause.last].end, verb_end + 25)
    own = [d for at_, d in _dates_before(ctx, index, end) if at_ >= start]
    if own or clause.opener not in {"when", "where"} or clause.governor is None:
        return own
    host = parse.clauses[clause.governor]
    first, last = tokens[host.first].start, tokens[host.last].end
    return [d for at_, d in _dates_before(ctx, index, last) if at_ >= first]


def commitment_event(
    ctx: Context, index: int, position: int, verb_end: int
) -> tuple[int | None, tuple[str, ...]]:
    """Return the meeting the commitment verb at ``position`` belongs to, and its parties.

    A meeting its clause dates, a trilateral meeting for "the three", the
    meeting of the leaders its subject names, else the article's main
    meeting or the meeting of its sentence; none when the sentence dates
    the commitment on another day ("agreed Thursday", by phone).
    """
    named = _named_countries(ctx, index, position)
    nearby = [*ctx.events_of(index), *ctx.events_of(index - 1)]
    clause_dates = _clause_dates(ctx, index, position, verb_end)
    by_date = [
        n for n in nearby
        if (day := ctx.summits[n].date) is not None and any(d.overlaps(day) for d in clause_dates)
    ]
    by_people = [n for n in nearby if len(named) >= 2 and set(ctx.summit_countries[n]) == named]
    event = by_date[0] if by_date else _undated_event(ctx, index, position, by_people)
    apart = event is not None and not by_date and _dated_elsewhere(
        ctx, index, verb_end, event, clause_dates
    )
    if apart:
        # "Moon and Suga agreed Thursday to ..." (by phone) in an article
        # whose meetings are on other days: the act of its own date.
        event = None
    # The leaders the subject names are the parties, whatever meeting the act
    # belongs to ("Yoon and Kishida agreed", after a meeting of three)
    parties: tuple[str, ...] = tuple(sorted(named)) if len(named) >= 2 else ()
    if len(named) < 2:
        start, end = _subject_window(ctx, index, position)
        counted = ctx.plural_countries(start, end, counted=True)
        if len(counted) >= 2 and _other_pair(
            ctx, event, counted, bool(by_date) or event in ctx.events_of(index)
        ):
            # "the two agreed" after a trilateral: the pair, not the three
            return _meeting_of(ctx, counted, nearby, main=not apart), tuple(sorted(counted))
        named = named | ctx.plural_countries(start, end)  # whom "they" stand for
    if event is None and len(named) >= 2:
        parties = tuple(sorted(named))  # the countries of the leaders who agreed
    if not parties and event is not None:
        parties = ctx.summit_countries[event]
    if not parties:
        sentence = ctx.sentences[index]
        parties = at.subject_countries(
            ctx.text, sentence.start, position, ctx.gazetteer
        ) or ctx.default_parties
    return event, parties


def _other_pair(ctx: Context, event: int | None, counted: set[str], told: bool) -> bool:
    """Whether a counted plural subject ("the two leaders") stands for others than ``event``'s.

    A meeting of another size always yields to the mention ("the two agreed"
    after a trilateral). One of the same size yields only when its clause
    did not date it and the article tells a meeting of exactly the
    mention's countries ("With Starmer, he noted ... The two leaders
    agreed", after the meeting with Ramaphosa); ``told`` is whether the
    clause dates the meeting or its sentence tells it.
    """
    if event is None:
        return True
    met = set(ctx.summit_countries[event])
    if len(met) != len(counted):
        return True
    return met != counted and not told and any(
        set(found) == counted for found in ctx.summit_countries)


def _meeting_of(
    ctx: Context, countries: set[str], nearby: Sequence[int], *, main: bool = True
) -> int | None:
    """Return the meeting of exactly ``countries`` nearby or current, else the current main one.

    A pair that agreed during a larger reported meeting agreed on its day;
    not with ``main`` false, when the sentence dates the act apart from it.
    """
    same = [n for n, found in enumerate(ctx.summit_countries) if set(found) == countries]
    current = [n for n in same if ctx.current(n)]
    found = next((n for n in [*nearby, *current] if n in same), None)
    if found is not None:  # the article's first meeting is number 0, a meeting all the same
        return found
    return ctx.main if main and ctx.main is not None and ctx.current(ctx.main) else None


def _undated_event(
    ctx: Context, index: int, position: int, by_people: Sequence[int]
) -> int | None:
    event = ctx.event_of(index)
    main = ctx.main
    dates = _dates_before(ctx, index, ctx.sentences[index].end)
    background = {
        n for n in {*ctx.events_of(index), *([] if event is None else [event])}
        if at.told_after(ctx.summits[n].date, n == main, dates, position)
    }
    here = [n for n in ctx.events_of(index) if n not in background]
    sentence: Sentence = ctx.sentences[index]
    subject = ctx.text[max(sentence.start, position - 60) : position]
    three = lex.TRIPLE_PLURAL.search(subject) or lex.TRILATERAL_WORDS.search(subject)
    countries = ctx.summit_countries
    main_current = main is not None and ctx.current(main)
    if three and event is not None and len(countries[event]) >= 3 and not (
        event in background and main_current and main is not None and len(countries[main]) >= 3
    ):
        return event
    if three and main is not None and len(countries[main]) >= 3:
        return main
    if by_people:
        return by_people[0]
    if _continues(ctx, index, event, main, here):
        return event  # "A sits down with B [in 2008]. They agree to ...": that meeting
    if main_current and not (here and ctx.current(here[0]) and here[0] != main):
        return main
    if here:
        return here[0]
    told = {*ctx.events_of(index), *ctx.events_of(index - 1)}
    if event is not None and event == main and event not in told:
        return None  # an old meeting the sentence does not tell: the act of the report's day
    return event


_PAIR_ANAPHOR = re.compile(r"\s*(?:They|The two(?: leaders| sides)?|The leaders|Both)\b")


def _continues(
    ctx: Context, index: int, event: int | None, main: int | None, here: Sequence[int]
) -> bool:
    """Whether a sentence opened by "They"/"The two" goes on about the meeting just told.

    The meeting of the sentence before, in the same paragraph, when it is not
    the article's main one: the pronoun's leaders are that meeting's.
    """
    if event is None or event == main or index == 0 or (here and here[0] != event):
        return False
    if event not in ctx.events_of(index - 1):
        return False
    sentence, before = ctx.sentences[index], ctx.sentences[index - 1]
    if "\n" in ctx.text[before.end : sentence.start]:
        return False
    return _PAIR_ANAPHOR.match(ctx.text, sentence.start) is not None


def _dated_elsewhere(
    ctx: Context, index: int, verb_end: int, event: int, clause_dates: Sequence[PartialDate]
) -> bool:
    """Whether the sentence dates the commitment on another day than meeting ``event``.

    A date before the verb ("agreed Thursday") or in the verb's own clause
    ("the secretariat the three agreed to set up last year") that the
    meeting's date does not cover; not in a sentence that tells a meeting.
    """
    if index in ctx.evidence_of:
        return False
    summit = ctx.summits[event]
    dates = [d for _, d in _dates_before(ctx, index, verb_end)] + list(clause_dates)
    return any(
        summit.date is None or not d.overlaps(summit.date) or summit.status.value == "planned"
        for d in dates
    )
