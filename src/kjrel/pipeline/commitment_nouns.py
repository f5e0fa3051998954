"""Nominalised commitments: "a promise to revive shuttle diplomacy", "their agreement to ..."."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kjrel.pipeline import agreement_rules as rules
from kjrel.pipeline import agreement_syntax as syntax
from kjrel.pipeline import agreement_text as at
from kjrel.pipeline.agreement_context import Context
from kjrel.pipeline.agreement_records import Record, commitment_record
from kjrel.pipeline.commitment_courses import course_texts
from kjrel.pipeline.commitment_meetings import commitment_event, commitment_status
from kjrel.pipeline.quotes import in_quotation
from kjrel.pipeline.references import country_refs
from kjrel.pipeline.syntax.clauses import Parse
from kjrel.pipeline.syntax.phrases import Tag, Tense

__all__ = ["nominal_commitments"]


def nominal_commitments(
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
        status = commitment_status(ctx, index, noun.start, event)
        found.extend(commitment_record(what, parties, date, status, index, event)
                     for what in course_texts(ctx, index, pieces))
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
