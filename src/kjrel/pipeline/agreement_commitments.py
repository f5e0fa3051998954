"""Commitments and proposals: courses of action the governments agree on.

A commitment verb ("agreed to", "pledged to") whose clause's subject names
two or more governments makes one record per course of action its clause
governs (:mod:`~kjrel.pipeline.commitment_courses`); a commitment noun
("a promise to ...") makes them too (:mod:`~kjrel.pipeline.commitment_nouns`),
and a proposing verb ("proposed that the two countries ...") a proposed
record when the course is joint (:mod:`~kjrel.pipeline.commitment_proposals`).
The meeting a commitment belongs to decides its date and parties
(:mod:`~kjrel.pipeline.commitment_meetings`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kjrel.models import AgreementStatus, PartialDate
from kjrel.pipeline import agreement_rules as rules
from kjrel.pipeline import agreement_syntax as syntax
from kjrel.pipeline import agreement_text as at
from kjrel.pipeline import events_lexicon as lex
from kjrel.pipeline.agreement_context import Context
from kjrel.pipeline.agreement_records import Record, commitment_record
from kjrel.pipeline.commitment_courses import courses, listed_courses
from kjrel.pipeline.commitment_meetings import (
    VERB_REACH,
    clause_dates,
    commitment_event,
    commitment_status,
    partners_with,
    subject_window,
)
from kjrel.pipeline.commitment_nouns import nominal_commitments
from kjrel.pipeline.commitment_proposals import proposals

__all__ = ["commitment_records"]


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
    for start, end in _binding_verbs(ctx, index):
        found.extend(_commitments_of(ctx, index, start, end, named, by_object=True))
    found.extend(nominal_commitments(ctx, index, [*triggers, *general], named))
    found.extend(proposals(ctx, index, earlier))
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


_BINDING = re.compile(
    r"\b(?:commits?|committed|obliges?|obliged|binds?)\s+(?P<parties>(?:the|both|all)\s+"
    r"(?:(?:two|three|four)\s+)?(?:countries|governments|nations|sides|leaders|allies|"
    r"neighbou?rs)|the\s+(?:two|three|four))\s+to\b",
    re.IGNORECASE,
)
"""A document or pledge that binds the governments its object names to a course
("Their joint declaration commits the three to hold the summit regularly")."""


def _binding_verbs(ctx: Context, index: int) -> list[tuple[int, int]]:
    """Return the spans, up to "to", of the binding verbs of sentence ``index``."""
    sentence = ctx.sentences[index]
    return [(m.start(), m.end())
            for m in _BINDING.finditer(ctx.text, sentence.start, sentence.end)]


def _commitments_of(
    ctx: Context, index: int, start: int, end: int, named: Sequence[tuple[int, int, bool]],
    *, by_object: bool = False,
) -> list[Record]:
    """Return the records of the commitment verb at ``[start, end)``, one per course.

    ``by_object``: the governments bound are the verb's object, not its
    subject ("the declaration commits the three to ...").
    """
    parse = ctx.parse(index)
    if syntax.verb_denied(parse, start) or syntax.hypothetical(parse, start):
        return []  # "failed to agree on", "did not agree to", "may eventually agree"
    partners = _parties_apart(ctx, index, start, by_object=by_object)
    if partners is None:
        return []
    event, parties = commitment_event(ctx, index, start, end)
    if event is not None:
        date = ctx.summits[event].date
    else:  # its clause's date before one inside the course ("sanctions adopted Saturday")
        own = clause_dates(ctx, index, start, end)
        # a date inside the course ("to reconsider the handover, now set for December
        # 2015") is the course's, not the day of agreeing
        date = own[-1] if own else ctx.nearest_date(index, start, before=end + VERB_REACH)
    status = commitment_status(ctx, index, start, event)
    if date is None and event is None and status in _OF_THE_REPORT:
        date = ctx.report_date()  # agreed in the exchange the article reports, undated here
    if event is None and status is AgreementStatus.AGREED and _long_before(ctx, date):
        status = AgreementStatus.REFERENCED  # "the secretariat they agreed to set up last year"
    found: list[Record] = []
    for group in partners or [parties]:
        found.extend(commitment_record(what, group, date, status, index, event)
                     for what in courses(ctx, index, start, end, named))
        for item, what in listed_courses(ctx, index, end):
            record = commitment_record(what, group, date, status, index, event)
            record.sentences.add(item)
            found.append(record)
    return found


_OF_THE_REPORT = frozenset({AgreementStatus.AGREED, AgreementStatus.PROPOSED})


def _parties_apart(
    ctx: Context, index: int, start: int, *, by_object: bool
) -> list[tuple[str, ...]] | None:
    """Return who commits by the verb at ``start``, where its subject is not all of them.

    ``[]`` when the subject (or, ``by_object``, the object the binding
    pattern checked) names the governments; the pairs of "Korea agreed with
    Indonesia to"; ``None`` when no two governments commit.
    """
    if by_object:
        return []
    if syntax.subject_words(ctx.parse(index), start) & rules.NON_GOVERNMENT_WORDS:
        return None  # "the football associations of Japan and South Korea agreed"
    if _joint_subject(ctx, index, start):
        return []
    return partners_with(ctx, index, start) or None


def _long_before(ctx: Context, date: PartialDate | None) -> bool:
    """Whether ``date`` ended well before the article's own news (more than two weeks)."""
    return date is not None and (ctx.published - date.latest()).days > at.CURRENT_DAYS


_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose)\b")
"""A relative clause set off inside a subject ("Ishiba, who hosted the talks, and Lee")."""


def _joint_subject(ctx: Context, index: int, position: int) -> bool:
    """Whether the verb's subject names two or more governments.

    A list broken by a relative clause on its first item ("Ishiba, who
    hosted the talks, and Lee agreed") is one subject in the clause layer
    though no "A and B" joins the names: the leaders named in it count.
    """
    start, end = subject_window(ctx, index, position)
    if at.plural_subject(ctx.text, start, end, ctx.gazetteer, ctx.leader_words):
        return True
    span = syntax.subject_span(ctx.parse(index), position)
    if span is None or not _RELATIVE_ASIDE.search(ctx.text, span[0], span[1]):
        return False
    leaders = {r.leader.country for r in ctx.sentence_refs.get(index, ())
               if span[0] <= r.start < span[1]}
    return len(leaders) >= 2
