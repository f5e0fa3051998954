"""Meetings of three: who the third leader is.

A meeting of three held in a country has its host ("attended the trilateral
summit in Chengdu": China's premier); one told on the sidelines of a meeting
its sentence reports takes that meeting's leaders; one of a recurring series
("Seoul is due to host this year's trilateral summit") takes the countries of
the article's last meeting of three, with the leaders in office on its date.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from kjrel.models import Leader, PartialDate
from kjrel.pipeline.frame_context import FrameContext, by_sentence, last_strong
from kjrel.pipeline.references import LocationRef, country_leader
from kjrel.pipeline.summit_clusters import Candidate

__all__ = [
    "PAIR", "joined_trilaterals", "series_trilaterals", "told_later_trilaterals", "with_host",
]

PAIR = frozenset({"JP", "KR"})
"""The two countries this library reports on: the third of a meeting of three
with one of them and a named other country is the other one."""


def with_host(
    ctx: FrameContext, leaders: list[Leader], date: PartialDate | None, location: LocationRef | None
) -> list[Leader]:
    """Add the host country's leader to a meeting of three held in their country."""
    if location is None or location.country is None:
        return leaders
    if location.country in {leader.country for leader in leaders}:
        return leaders
    if len({leader.country for leader in leaders}) >= 3:
        return leaders  # "joined Biden for a three-way summit" in Lima: three already
    countries = {leader.country for leader in leaders}
    host = country_leader(location.country, date, ctx.document.published, ctx.article,
                          ctx.gazetteer,
                          government=location.country == "CN" and countries >= PAIR)
    return leaders if host is None else [*leaders, host]


def joined_trilaterals(candidates: list[Candidate], trilateral: set[int]) -> list[Candidate]:
    """Give a meeting of three the leaders of the meeting its sentence reports.

    "A met B on the sidelines of a trilateral summit with C": A, B and C.
    """
    out = list(candidates)
    index = by_sentence(candidates)
    for number in trilateral:
        candidate = candidates[number]
        if len(candidate.participants) >= 3:
            continue
        host = next((c for c in index.get(candidate.sentence, ()) if c.strong
                     and c is not candidate and len(c.participants) >= 2), None)
        if host is None:
            host = last_strong(index, candidate)
            if host is not None and not _may_be_one_date(host.date, candidate.date):
                continue  # another year's meeting: _series_trilaterals takes its countries
        if host is None:
            continue
        people = candidate.participants | candidate.explicit | host.participants
        if len(people) >= 3:
            out[number] = attrs.evolve(candidate, strong=True, participants=people)
    return out


def _may_be_one_date(first: PartialDate | None, second: PartialDate | None) -> bool:
    return first is None or second is None or first.overlaps(second)


def series_trilaterals(
    ctx: FrameContext, candidates: list[Candidate], trilateral: set[int]
) -> list[Candidate]:
    """Give a meeting of three that names too few leaders its series' countries.

    "... a three-way summit with Li Keqiang. Seoul is due to host this year's
    trilateral summit": the same three countries meet again, each with the
    leader in office on the new meeting's date.
    """
    out = list(candidates)
    for number in sorted(trilateral):
        candidate = out[number]
        if len(candidate.participants) >= 3:
            continue
        codes = _series_countries(ctx, out[:number], candidate)
        if codes is None:
            continue
        today = ctx.document.published
        on = (PartialDate(today.year, today.month, today.day)  # still to come: today's leaders
              if candidate.future else candidate.date)
        leaders = [
            country_leader(code, on, ctx.document.published, ctx.article,
                           ctx.gazetteer, government=code == "CN")
            for code in codes
        ]
        if all(leader is not None for leader in leaders):
            names = frozenset(leader.name for leader in leaders if leader is not None)
            out[number] = attrs.evolve(candidate, strong=True, participants=names)
    return out


def told_later_trilaterals(candidates: list[Candidate], trilateral: set[int]) -> list[Candidate]:
    """Give a meeting of three that names two leaders the third the article names later.

    A headline or lead that announces "a three-way summit in Fukuoka in
    December" of A and B is the meeting the body tells with C: the first
    later meeting of three that holds A and B, on a date and at a place
    that may be the same.
    """
    out = list(candidates)
    for number in sorted(trilateral):
        candidate = out[number]
        if len(candidate.participants) != 2:
            continue
        later = next((c for c in out[number + 1:] if len(c.participants) == 3
                      and candidate.participants < c.participants
                      and _may_be_one_date(c.date, candidate.date)
                      and (candidate.place is None or c.place in (None, candidate.place))),
                     None)
        if later is not None:
            out[number] = attrs.evolve(candidate, participants=later.participants)
    return out


def _series_countries(
    ctx: FrameContext, before: Sequence[Candidate], candidate: Candidate
) -> tuple[str, ...] | None:
    """Return the countries of the last meeting of three before ``candidate`` it fits."""
    own = {_country_of(ctx, name) for name in candidate.participants | candidate.explicit}
    for earlier in reversed(before):
        if len(earlier.participants) != 3:
            continue
        found = {_country_of(ctx, name) for name in earlier.participants}
        codes = tuple(sorted(code for code in found if code is not None))
        if len(codes) == 3 and own <= set(codes):
            return codes
    return None


def _country_of(ctx: FrameContext, name: str) -> str | None:
    leader = ctx.gazetteer.lookup(name)
    return None if leader is None else leader.country
