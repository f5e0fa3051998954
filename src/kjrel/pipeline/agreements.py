"""Stage 8: agreements and commitments.

Needs the segmentation, the mentions, the temporal expressions, the
summits found by stage 7 and the gazetteer; makes one
:class:`~kjrel.models.Agreement` per instrument or commitment the article
reports or mentions.

Rules (declared in :mod:`~kjrel.pipeline.agreement_rules`, asked of the
clause layer through :mod:`~kjrel.pipeline.agreement_syntax`):

* **Instruments** are noun groups named by
  :data:`~kjrel.pipeline.events_lexicon.INSTRUMENTS`: well-known instruments
  (the 1965 treaty, the 1998 joint declaration, GSOMIA, the 2015 "comfort
  women" agreement, the Camp David documents) with their kind, year and
  parties, and generic forms whose head noun gives the kind (a memorandum,
  a joint statement or declaration, a named kind of agreement, a treaty).
  An instrument whose clause denies it ("did not sign") or only pursues it
  ("talks on a free trade agreement") is no record.
* **Commitments** are the courses of action a commitment verb ("agreed
  to", "pledged to") governs when its clause's subject names two or more
  governments ("the two sides", "Kishida and Yoon", "they"); each
  infinitive is one course. General reaffirmations ("work together",
  "strengthen ties") are not commitments unless a field, purpose or
  partner qualifies them, and a commitment stated in a
  sentence that names a joint statement or declaration belongs to it.
* **Event**: a sentence that is evidence of a summit (or follows one) is
  about that meeting: its date dates the agreement and its participants'
  countries are the parties. Other sentences default to the article's main
  meeting, unless they name their own year.
* **Status**: ``signed`` when the clause signs, ``agreed`` for what the
  reported event adopted, ``proposed`` for what a future modal or a
  proposing verb puts forward, ``referenced`` for instruments of earlier
  events.
* **Evidence**: every sentence naming the instrument, definite references
  ("The MOU ...", "The agreement, ...") to the instrument named most
  recently, and for commitments the sentences that repeat their content words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from kjrel.gazetteer import Gazetteer
from kjrel.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Document,
    PartialDate,
    Span,
    Summit,
    TemporalExpression,
)
from kjrel.pipeline import agreement_rules as rules
from kjrel.pipeline import agreement_syntax as syntax
from kjrel.pipeline import agreement_text as at
from kjrel.pipeline import events_lexicon as lex
from kjrel.pipeline.agreement_commitments import commitment_records
from kjrel.pipeline.agreement_context import Context, make_context
from kjrel.pipeline.agreement_records import Record, dedupe, extend_evidence, stems
from kjrel.pipeline.references import country_refs, timex_date
from kjrel.pipeline.syntax.clauses import Clause, ClauseKind
from kjrel.pipeline.syntax.phrases import NounGroup
from kjrel.pipeline.types import Mentions, Segmentation

__all__ = ["find_agreements"]


def find_agreements(
    document: Document,
    segmentation: Segmentation,
    mentions: Mentions,
    timexes: tuple[TemporalExpression, ...],
    summits: tuple[Summit, ...],
    gazetteer: Gazetteer,
) -> tuple[Agreement, ...]:
    """Find agreements and commitments between governments.

    One :class:`~kjrel.models.Agreement` per instrument or commitment, in
    order of first mention; see the module docstring for the rules.
    """
    ctx = make_context(document, segmentation, mentions, timexes, summits, gazetteer)
    records: list[Record] = []
    for index in range(len(ctx.sentences)):
        taken: list[_Taken] = []
        records.extend(_instrument_records(ctx, index, records, taken))
        records.extend(_signed_generic_records(ctx, index, taken))
        records.extend(_signed_noun_records(ctx, index, taken))
        records.extend(_reached_records(ctx, index, taken))
        named = [(t.start, t.end, t.kind is AgreementKind.COMMITMENT) for t in taken]
        records.extend(commitment_records(ctx, index, named, records))
    merged = dedupe(records)
    extend_evidence(ctx.text, ctx.sentences, merged, ctx.timexes)
    _attach_to_joint_documents(ctx, merged)
    return tuple(
        _agreement(document, ctx, record)
        for record in sorted(merged, key=lambda r: r.first)
        if len(record.parties) >= 2
    )


def _agreement(document: Document, ctx: Context, record: Record) -> Agreement:
    return Agreement(
        title=record.title,
        kind=record.kind,
        parties=record.parties,
        date=record.date,
        status=record.status,
        evidence=tuple(
            Span(document.id, ctx.sentences[i].start, ctx.sentences[i].end)
            for i in sorted(record.sentences)
        ),
    )


@frozen
class _Taken:
    start: int
    end: int
    kind: AgreementKind | None


def _overlaps_taken(taken: Sequence[_Taken], start: int, end: int) -> bool:
    return any(t.start < end and start < t.end for t in taken)


_OPEN_PAREN = re.compile(r"\s*[(\[]\s*")


def _abbreviation_of_taken(text: str, taken: Sequence[_Taken], start: int) -> bool:
    """Whether the name at ``start`` opens a parenthesis right after a name already read.

    "the Regional Comprehensive Economic Partnership (RCEP)": the abbreviation
    is the same mention, not a second instrument.
    """
    return any(_OPEN_PAREN.fullmatch(text, t.end, start) for t in taken if t.end <= start)


def _instrument_records(
    ctx: Context, index: int, records: Sequence[Record], taken: list[_Taken]
) -> list[Record]:
    """Return records of the named instruments of sentence ``index``."""
    sentence = ctx.sentences[index]
    found: list[Record] = []
    for number, pattern in enumerate(lex.INSTRUMENTS):
        for match in pattern.pattern.finditer(ctx.text, sentence.start, sentence.end):
            if _overlaps_taken(taken, match.start(), match.end()) or _abbreviation_of_taken(
                ctx.text, taken, match.start()
            ):
                continue
            kind = AgreementKind(pattern.kind)
            taken.append(_Taken(match.start(), match.end(), kind))
            if not _concluded_before(ctx, pattern) and not _asserted(
                ctx, index, match.start(), match.end()
            ):
                continue
            record = _instrument_record(ctx, index, match, number, [*records, *found])
            if record is not None:
                found.append(record)
    return found


def _concluded_before(ctx: Context, pattern: lex.InstrumentPattern) -> bool:
    """Whether a well-known instrument was concluded before the article was published.

    Then it exists whatever is said of it now ("calling for a review of the
    2015 agreement on ..."); before that, it may still be pursued or put off.
    """
    return pattern.concluded is not None and pattern.concluded < ctx.published


def _asserted(ctx: Context, index: int, position: int, end: int) -> bool:
    """Whether the instrument at ``[position, end)`` is reported as made by governments.

    Not when its clause denies, cancels, pursues or only imagines it, when it
    only names what a process is about ("RCEP negotiations"), nor when its
    makers are not governments ("the cities of Busan and Fukuoka").
    """
    parse = ctx.parse(index)
    if syntax.not_concluded(parse, position) or syntax.denied(parse, position):
        return False
    if syntax.before_process_noun(parse, end):
        return False
    # Whether it is only imagined, and who made it, matter where the clause
    # makes it; a cited instrument exists whatever is said of it.
    return not syntax.concludes(parse, position) or not (
        syntax.hypothetical(parse, position)
        or syntax.subject_words(parse, position) & rules.NON_GOVERNMENT_WORDS
    )


_TITLE_LEAD = re.compile(
    r"((?:(?:19|20)\d\d|(?:[A-Z][\w.]*\s+)*[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+)\s+)+$"
)
"""A year or a compound of names before an instrument's words ("the 1965 treaty", "the
United States-Korea Free Trade Agreement"): part of its title."""


def _title_span(ctx: Context, index: int, start: int, end: int) -> tuple[int, int, bool]:
    """Return the instrument's title: the match with a year or compound before and a topic after."""
    sentence, text = ctx.sentences[index], ctx.text
    tail = syntax.title_end(ctx.parse(index), end)
    head = text[max(sentence.start, start - 40) : start]
    lead = _TITLE_LEAD.search(head)
    bare = tail is None and lead is None and end - start <= 12
    return start - (len(lead.group(0)) if lead else 0), tail or end, bare


def _instrument_record(
    ctx: Context,
    index: int,
    match: re.Match[str],
    number: int,
    earlier: Sequence[Record],
) -> Record | None:
    pattern = lex.INSTRUMENTS[number]
    kind = AgreementKind(pattern.kind)
    sentence, text = ctx.sentences[index], ctx.text
    title_start, title_end, bare = _title_span(ctx, index, match.start(), match.end())
    title = text[title_start:title_end].strip()
    definite = at.DEFINITE.search(text, max(sentence.start, match.start() - 6), match.start())
    if bare and not pattern.parties and definite:
        same_kind = [r for r in earlier if r.kind is kind and r.first < index]
        if same_kind:
            # "the treaty": the instrument of that kind named before.
            max(same_kind, key=lambda r: max(r.sentences)).sentences.add(index)
            return None
    named = _named_before(title, earlier, index) if definite and not pattern.parties else None
    if named is not None:
        named.sentences.add(index)  # "the 2015 agreement", once named in full before
        return None
    event = ctx.event_of(index)
    own = _instrument_own_date(ctx, index, title_start, title_end, pattern.kind, pattern.parties)
    if own is not None and pattern.year is not None and own.year != pattern.year:
        own = None  # "a review of the 2015 agreement on Dec. 27": a well-known one keeps its year
    compound = at.compound_countries(title, ctx.gazetteer)
    subject = _clause_parties(ctx, index, match.start(), title_end)
    if pattern.named_parties and len(compound or subject) < 2:
        return None  # "Samsung's chip deal, reached in July": no governments
    parties = compound or pattern.parties or subject or ctx.event_parties(event)
    signed = syntax.signed(ctx.parse(index), match.start(), title_end)
    date, at_event = _instrument_date(ctx, index, match.start(), event, own, pattern, signed)
    event_date = ctx.summits[event].date if event is not None else None
    own_year = own is not None and (event_date is None or not event_date.overlaps(own))
    return Record(
        title=title,
        kind=kind,
        parties=tuple(sorted(set(parties))),
        date=date,
        status=_instrument_status(ctx, index, match.start(), at_event, signed),
        sentences={index},
        first=index,
        event=event if not own_year else None,
        bare=bare,
        stems=stems(title),
        known=number if pattern.parties else None,
    )


_YEAR_NAME = re.compile(r"((?:19|20)\d\d)\s+\w+")


def _named_before(title: str, earlier: Sequence[Record], index: int) -> Record | None:
    """Return the well-known instrument a short "YEAR noun" title names again, if named before.

    "a review of the 2015 agreement on the comfort women issue ... We regard
    the 2015 agreement as binding": the second is the first, not a new treaty.
    """
    match = _YEAR_NAME.fullmatch(title)
    if match is None:
        return None
    year = int(match.group(1))
    return next((r for r in earlier if r.known is not None and r.first < index
                 and lex.INSTRUMENTS[r.known].year == year), None)


def _clause_parties(ctx: Context, index: int, start: int, end: int) -> tuple[str, ...]:
    """Two or more countries the instrument's clause names as its makers.

    The leaders and countries of its clause's subject ("Kishida and Sunak
    sealed ...", "The leaders of the United States, Japan and South Korea
    issued ..."), else the countries inside its own words ("an accord ...
    between Japan and South Korea").
    """
    text, gazetteer = ctx.text, ctx.gazetteer
    found: set[str] = set()
    for first, last in syntax.subject_spans(ctx.parse(index), start):
        if len(found) >= 2:
            break  # a subject may hold the instrument: "Japan's agreement with the Philippines"
        found = {r.leader.country for r in ctx.sentence_refs.get(index, ())
                 if first <= r.start < last}
        found |= {code for _, code in country_refs(text, first, last, gazetteer)}
        found |= set(at.subject_countries(text, first, last, gazetteer))
    if len(found) < 2:
        found = set(at.subject_countries(text, start, end, gazetteer))
    return tuple(sorted(found)) if len(found) >= 2 else ()


def _concluded_date(ctx: Context, index: int, end: int) -> PartialDate | None:
    """Return the date a relative clause concluding the instrument gives it.

    As in "the agreement the two countries signed in November 2016".
    """
    span = syntax.concluded_after(ctx.parse(index), end)
    if span is None:
        return None
    for timex in ctx.local_timexes(index):
        if span[0] <= timex.span.start < span[1] and (date := timex_date(timex)) is not None:
            return date
    return None


def _instrument_own_date(
    ctx: Context, index: int, start: int, end: int, kind: str, parties: tuple[str, ...]
) -> PartialDate | None:
    own = at.own_date(ctx.text, ctx.sentences[index], start, end, ctx.local_timexes(index))
    if own is not None and own.earliest() > ctx.published:
        # "a memorandum on setting up a secretariat next year": a time its content
        # names, after publication, is no day it was made or cited on
        own = None
    if own is None:
        own = _concluded_date(ctx, index, end)
    if own is None and kind == "treaty" and not parties:
        sentence = ctx.sentences[index]
        year = at.GENERIC_YEAR_AGREEMENT.search(ctx.text, sentence.start, sentence.end)
        if year:
            own = PartialDate(int(year.group(1) or year.group(2)))
    return own


def _instrument_date(
    ctx: Context,
    index: int,
    position: int,
    event: int | None,
    own: PartialDate | None,
    pattern: lex.InstrumentPattern,
    signed: bool,
) -> tuple[PartialDate | None, bool]:
    """Return an instrument's date and whether it was made at the reported event."""
    event_date = ctx.summits[event].date if event is not None else None
    if signed and own is None:
        # "Sixty years ago today, the ministers signed the treaty": the signing clause's date
        told = ctx.nearest_date(index, position)
        own = told if told is not None and not at.reported(ctx.published, told) and (
            told.earliest() <= ctx.published) else None  # not a time to come it names
    recent_day = ctx.recent_day(index, position) if signed and own is None else None
    if recent_day is not None and not ctx.current(event):
        # "South Korea and Japan on Wednesday signed a pact ...": signed on a
        # reported day, whatever meeting is discussed.
        return recent_day, True
    if own is not None and (event_date is None or not event_date.overlaps(own)):
        lag = (ctx.published - own.latest()).days
        return own, 0 <= lag <= at.RECENT_DAYS or (
            lag <= at.CURRENT_DAYS and ctx.main is not None and ctx.current(ctx.main)
        )
    if own is None and pattern.parties and (
        pattern.year is None
        or event_date is None
        or event_date.year > pattern.year
        or not ctx.current(event)
    ) and not (signed and ctx.current(event)):
        return None, False  # a well-known instrument cited without a date
    if event is not None:
        return event_date, ctx.current(event)
    # made at no meeting the article tells, undated here: in the exchange it reports
    return ctx.nearest_date(index, position) or ctx.lead_day(), True


def _instrument_status(
    ctx: Context, index: int, position: int, at_event: bool, signed: bool
) -> AgreementStatus:
    if not at_event:
        return AgreementStatus.REFERENCED
    if syntax.forward(ctx.parse(index), position):
        return AgreementStatus.PROPOSED
    return AgreementStatus.SIGNED if signed else AgreementStatus.AGREED


def _signed_generic_records(ctx: Context, index: int, taken: list[_Taken]) -> list[Record]:
    """Return generic signed agreements ("signed an agreement to ...")."""
    sentence, text = ctx.sentences[index], ctx.text
    found: list[Record] = []
    for match in lex.SIGNED_AGREEMENT.finditer(text, sentence.start, sentence.end):
        if _overlaps_taken(taken, match.start(), match.end()):
            continue
        taken.append(_Taken(match.start(), match.end(), None))
        if not _asserted(ctx, index, match.end() - 1, match.end()):
            continue
        noun = re.search(
            r"(agreements?|pacts?|accords?|deals?|frameworks?|arrangements?|declarations?)$",
            match.group(0),
        )
        word = noun.group(1) if noun else "agreement"
        topic = syntax.topic_after(ctx.parse(index), match.end())
        # "inked a deal on Thursday to restore the swap": the noun and its topic, no date
        title = word if topic is None else f"{word} {text[topic[0] : topic[1]]}"
        event, date = _own_event(ctx, index, match.start())
        parties = _clause_parties(ctx, index, match.start(), match.end()) or ctx.event_parties(
            event
        )
        kind = (
            AgreementKind.JOINT_DECLARATION
            if word.startswith("declaration")
            else AgreementKind.MOU
            if word.startswith(("framework", "arrangement"))
            else AgreementKind.TREATY
        )
        found.append(
            Record(
                title=title,
                kind=kind,
                parties=tuple(sorted(set(parties))),
                date=date,
                status=_signed_status(ctx, event, date),
                sentences={index},
                first=index,
                event=event,
                generic=True,
                # what the clause says of it, past a date or partner, to match later mentions
                stems=stems(_with_object(word, text, match.end(), sentence.end)),
            )
        )
    return found


_HEAD_KINDS: dict[str, AgreementKind] = {
    "agreement": AgreementKind.TREATY, "accord": AgreementKind.TREATY,
    "pact": AgreementKind.TREATY, "deal": AgreementKind.TREATY,
    "treaty": AgreementKind.TREATY, "convention": AgreementKind.TREATY,
    "protocol": AgreementKind.TREATY, "arrangement": AgreementKind.MOU,
    "memorandum": AgreementKind.MOU, "declaration": AgreementKind.JOINT_DECLARATION,
}
"""The kind an instrument's head noun gives it when a clause signs it."""


_SIGNING = re.compile(r"\b(?:sign|ink|conclud|exchang|seal|co-sign|countersign)", re.IGNORECASE)


def _signed_noun_records(ctx: Context, index: int, taken: list[_Taken]) -> list[Record]:
    """Instruments a clause signs, whatever their name ("an accord ... was signed").

    Any noun group headed by a kind of instrument in a clause whose verb
    signs: the object of an active verb, the subject of a passive one.
    """
    sentence = ctx.sentences[index]
    if _SIGNING.search(ctx.text, sentence.start, sentence.end) is None:
        return []  # no signing verb: nothing to parse for
    if index == 0 and at.is_headline(ctx.text, sentence):
        return []  # a headline's instrument is the lead's, told again
    parse = ctx.parse(index)
    tokens = parse.phrases.tokens
    found: list[Record] = []
    for clause, verb in syntax.acting_clauses(parse, rules.SIGN_LEMMAS):
        for group in parse.phrases.nouns:
            kind = _HEAD_KINDS.get(group.head)
            inside = clause.first <= group.first and group.last <= clause.last
            signed = inside and (group.first < verb.first) == verb.passive
            if kind is None or not (signed or _relative_on(clause, group)):
                continue
            start, end = tokens[group.first].start, tokens[group.last].end
            if _overlaps_taken(taken, start, end) or not _asserted(ctx, index, start, end):
                continue
            taken.append(_Taken(start, end, kind))
            # the act is dated where its verb is ("the pact, which was signed in 1965")
            acted = start if signed else tokens[verb.first].start
            found.append(_signed_noun_record(ctx, index, (start, end), kind, acted))
    return found


def _relative_on(clause: Clause, group: NounGroup) -> bool:
    """Whether ``clause`` is a which/that relative clause on ``group``.

    Its verb then acts on the noun it modifies: "the accord, which the two
    leaders signed on Monday" signs the accord, as "signed the accord" would.
    """
    return (
        clause.kind is ClauseKind.RELATIVE
        and clause.opener in {"which", "that"}
        and clause.antecedent == (group.first, group.last)
    )


def _own_event(ctx: Context, index: int, position: int) -> tuple[int | None, PartialDate | None]:
    """Return the meeting an act at ``position`` belongs to, and its date.

    The sentence's meeting, unless the act's own date is another day: then
    no meeting, and that date.
    """
    event = ctx.event_of(index)
    own = ctx.nearest_date(index, position)
    if own is not None and event is not None:
        event_date = ctx.summits[event].date
        if event_date is None or not event_date.overlaps(own):
            event = None
    return event, own if event is None else ctx.summits[event].date


def _signed_noun_record(
    ctx: Context, index: int, span: tuple[int, int], kind: AgreementKind, acted: int
) -> Record:
    """Return the record of the instrument at ``span``, signed by the verb at ``acted``."""
    start, end = span
    title_start, title_end, _ = _title_span(ctx, index, start, end)
    title = re.sub(r"^(?:an?|the|their|its)\s+", "", ctx.text[title_start:title_end].strip(),
                   flags=re.IGNORECASE)
    topic = syntax.topic_after(ctx.parse(index), end) if title_end == end else None
    if topic is not None:  # "sealed a pact on Thursday to share data": the pact's topic
        title = f"{title} {ctx.text[topic[0] : topic[1]]}"
    event, date = _own_event(ctx, index, acted)
    parties = at.compound_countries(title, ctx.gazetteer) or _clause_parties(
        ctx, index, start, title_end
    )
    return Record(
        title=title,
        kind=kind,
        parties=tuple(sorted(set(parties or ctx.event_parties(event)))),
        date=date,
        status=_signed_status(ctx, event, date),
        sentences={index},
        first=index,
        event=event,
        generic=True,
        stems=stems(title),
    )


def _signed_status(ctx: Context, event: int | None, date: PartialDate | None) -> AgreementStatus:
    """Signed in the reported event (or lately, by its own date), else referenced."""
    if event is None and date is not None:
        recent = at.reported(ctx.published, date)
        return AgreementStatus.SIGNED if recent else AgreementStatus.REFERENCED
    return AgreementStatus.SIGNED if ctx.current(event) else AgreementStatus.REFERENCED


def _with_object(word: str, text: str, start: int, end: int) -> str:
    tail = at.object_text(text, start, end)
    return word + (" " + tail if tail else "")


def _reached_records(ctx: Context, index: int, taken: list[_Taken]) -> list[Record]:
    """Agreements reached without a signed text ("announced an accord")."""
    sentence, text = ctx.sentences[index], ctx.text
    found: list[Record] = []
    for match in lex.REACHED_AGREEMENT.finditer(text, sentence.start, sentence.end):
        if _overlaps_taken(taken, match.start(), match.end()):
            continue
        taken.append(_Taken(match.start(), match.end(), None))
        if not _asserted(ctx, index, match.end() - 1, match.end()):
            continue
        noun = re.search(r"(\w+)$", match.group(0))
        title = _with_object(noun.group(1) if noun else "agreement", text, match.end(),
                             sentence.end)
        event, date = _own_event(ctx, index, match.start())
        recent = date is None or at.reported(ctx.published, date)
        parties = at.subject_countries(
            text, sentence.start, match.start(), ctx.gazetteer
        ) or ctx.event_parties(event)
        found.append(
            Record(
                title=title,
                kind=AgreementKind.COMMITMENT,
                parties=tuple(sorted(set(parties))),
                date=date,
                status=AgreementStatus.AGREED if recent else AgreementStatus.REFERENCED,
                sentences={index},
                first=index,
                event=event,
                stems=stems(title),
            )
        )
    return found


def _attach_to_joint_documents(ctx: Context, merged: Sequence[Record]) -> None:
    """Add to a joint statement or declaration the sentences of what its meeting agreed.

    What the leaders agreed at a meeting whose joint statement or
    declaration the article names, without a commitment of its own, is that
    document.
    """
    committed = {i for r in merged if r.kind is AgreementKind.COMMITMENT for i in r.sentences}
    for record in merged:
        if record.kind not in (AgreementKind.JOINT_STATEMENT, AgreementKind.JOINT_DECLARATION):
            continue
        if record.event is None:
            continue
        for index, events in ctx.evidence_of.items():
            if record.event not in events or index in committed:
                continue
            sentence = ctx.sentences[index]
            if lex.COMMITMENT_VERBS.search(ctx.text, sentence.start, sentence.end) and abs(
                index - min(record.sentences)
            ) <= 2:
                record.sentences.add(index)

