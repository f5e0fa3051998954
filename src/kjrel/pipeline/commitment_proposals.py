"""Proposals: joint courses one side puts to the other ("proposed that the two countries ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kjrel.models import AgreementStatus, PartialDate
from kjrel.pipeline import agreement_rules as rules
from kjrel.pipeline import agreement_syntax as syntax
from kjrel.pipeline.agreement_context import Context
from kjrel.pipeline.agreement_records import Record, commitment_record
from kjrel.pipeline.syntax.clauses import ClauseKind

__all__ = ["proposals"]


def proposals(ctx: Context, index: int, earlier: Sequence[Record]) -> list[Record]:
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
    for clause, verb in syntax.acting_clauses(parse, rules.PROPOSE_LEMMAS):
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
            found.append(
                commitment_record(what, parties, date, AgreementStatus.PROPOSED, index, event)
            )
    return found


_PROPOSING = re.compile(r"\b(?:propos|suggest|offer)", re.IGNORECASE)


_JOINT_WORDS = frozenset({"joint", "jointly", "together", "mutual", "mutually", "bilateral",
                          "both", "each", "two", "three"})


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
    return recent[-1].date if recent else ctx.report_date()


def _proposal_parties(ctx: Context, index: int) -> tuple[str, ...]:
    """Return the countries of the leaders the sentence names.

    Else the proposer's and the other side's.
    """
    named = {r.leader.country for r in ctx.sentence_refs.get(index, ())}
    joined = named | set(ctx.default_parties)
    if len(named) >= 2:
        return tuple(sorted(named))
    return tuple(sorted(joined)) if len(joined) == 2 else ctx.default_parties
