"""Summit candidates and their clustering into one record per meeting.

A :class:`Candidate` is one mention of a meeting in one sentence (from
:mod:`kjrel.pipeline.summit_frames`). :func:`cluster_candidates` groups them:
dated mentions with participants make or join the meeting with the same
participants, an overlapping date and a compatible place; undated ones with
a place join a compatible meeting (the article's main one first) or make
one; mentions with neither are evidence of the article's main meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

import attrs
from attrs import define, field

from kjrel.dates import shift_day
from kjrel.models import (
    PartialDate,
)

__all__ = ["LEAD_SENTENCES", "Candidate", "Cluster", "cluster_candidates", "main_cluster"]


LEAD_SENTENCES = 2
"""Sentences that make an article's lead (its first two)."""

_REPORT_WINDOW_DAYS = 14  # days before publication in which the report's own meetings fall
_TRIP_DAYS = 3  # a trip joins the meeting of the same leaders held this close to it


@define
class Candidate:
    """One mention of a meeting in one sentence."""

    sentence: int
    """Index of the sentence."""
    position: int
    """Offset of the trigger."""
    strong: bool
    """Whether it names two or more countries' leaders (else it is only evidence)."""
    participants: frozenset[str]
    """Canonical names of the leaders (empty when not strong)."""
    date: PartialDate | None
    """Its date, where its clauses give one."""
    place: str | None
    """Its place as named."""
    country: str | None
    """The country of its place."""
    ordinal: int | None
    """Its number, where stated."""
    occasion: str | None
    """The larger gathering it was held at."""
    future: bool
    """Whether it is still to come."""
    explicit: frozenset[str]
    """Leaders named in its own clause (not completed from context)."""
    anaphoric: bool = False
    """A bare definite mention ("the summit") of a meeting named before."""
    travel: bool = False
    """A trip made for a meeting, which joins the meeting rather than making one."""
    verb: bool = False
    """Reported by a verb (not only by a noun)."""
    past: bool = False
    """Reported in the past tense."""
    additive: bool = False
    """Told with "also" ("he also met X"): one more meeting of the occasion reported."""
    definite: bool = False
    """A meeting noun with a definite determiner ("The 41-minute meeting on Thursday")."""


@define
class Cluster:
    """One meeting: the candidates that report it, merged."""

    participants: frozenset[str]
    """Canonical names of the leaders."""
    date: PartialDate | None
    """The most precise date its mentions give."""
    place: str | None
    """Its place, as named."""
    country: str | None
    """Its country."""
    ordinal: int | None = None
    """Its number, where stated."""
    occasion: str | None = None
    """The larger gathering it was held at."""
    future: bool = False
    """Reported as still to come."""
    past: bool = False
    """Reported in the past tense with a date."""
    strong_lead: bool = False
    """Reported in the lead with two named leaders."""
    sentences: set[int] = field(factory=set)
    """Indices of the sentences that mention it."""
    countries: frozenset[str] = frozenset()
    """The participants' countries."""

    def first(self) -> int:
        """Return the index of the first sentence that mentions it."""
        return min(self.sentences)


def _place_key(name: str | None) -> str | None:
    if name is None:
        return None
    return re.sub(r"^(?:near|outside)\s+", "", name.casefold()).strip()


def _places_compatible(
    a_place: str | None, a_country: str | None, b_place: str | None, b_country: str | None
) -> bool:
    if a_country is not None and b_country is not None and a_country != b_country:
        return False
    key_a, key_b = _place_key(a_place), _place_key(b_place)
    return key_a is None or key_b is None or key_a == key_b


def _same_day(a: PartialDate | None, b: PartialDate | None) -> bool:
    return (
        a is not None
        and b is not None
        and a.day is not None
        and (a.year, a.month, a.day) == (b.year, b.month, b.day)
    )


def _dates_compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is None or b is None or a.overlaps(b)


def _more_precise(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    if a is None:
        return b
    if b is None:
        return a
    rank = {"year": 0, "month": 1, "day": 2}
    if rank[b.precision] > rank[a.precision] and a.contains(b):
        return b
    return a


def _absorb(cluster: Cluster, candidate: Candidate) -> None:
    cluster.sentences.add(candidate.sentence)
    if candidate.strong and len(candidate.explicit) >= 2 and not candidate.future:
        cluster.strong_lead = True
    if candidate.strong or cluster.date is None:
        cluster.date = _more_precise(cluster.date, candidate.date)
    dated_match = (
        candidate.date is not None
        and cluster.date is not None
        and candidate.date.overlaps(cluster.date)
    )
    if (
        (candidate.strong or dated_match)
        and candidate.place is not None
        and (cluster.place is None or len(candidate.place) > len(cluster.place))
        and _place_key(cluster.place) in (None, _place_key(candidate.place))
    ):
        cluster.place = candidate.place
    if (
        cluster.country is None
        and candidate.country is not None
        and (candidate.strong or dated_match)
    ):
        cluster.country = candidate.country
    if cluster.ordinal is None and candidate.ordinal is not None:
        cluster.ordinal = candidate.ordinal
    if cluster.occasion is None and candidate.occasion is not None and candidate.strong:
        cluster.occasion = candidate.occasion
    if candidate.strong and candidate.future:
        cluster.future = True
    if candidate.strong and candidate.past and candidate.date is not None:
        cluster.past = True


def _new_cluster(candidate: Candidate) -> Cluster:
    cluster = Cluster(
        participants=candidate.participants,
        date=candidate.date,
        place=candidate.place,
        country=candidate.country,
    )
    _absorb(cluster, candidate)
    return cluster


def _fits(cluster: Cluster, candidate: Candidate, *, same_people: bool) -> bool:
    if same_people and cluster.participants != candidate.participants:
        return False
    if not candidate.explicit <= cluster.participants:
        return False
    if not _dates_compatible(cluster.date, candidate.date):
        return False
    if _places_compatible(cluster.place, cluster.country, candidate.place, candidate.country):
        return True
    # A venue or district and its city ("the presidential office in Yongsan",
    # "Seoul") name one meeting when the same leaders met that day in that country.
    return (
        cluster.country is not None
        and cluster.country == candidate.country
        and _same_day(cluster.date, candidate.date)
    )


def _nearest(
    clusters: Iterable[Cluster], sentence: int, main: Cluster | None
) -> Cluster | None:
    options = list(clusters)
    if not options:
        return None
    if main is not None and main in options:
        return main
    return min(options, key=lambda c: (min(abs(s - sentence) for s in c.sentences), c.first()))


def main_cluster(clusters: Sequence[Cluster], published: dt.date) -> Cluster | None:
    """Return the article's main meeting.

    That is the first one mentioned of those held within two weeks before
    publication, else of those still to come, else the first one: a
    headline may announce the next meeting the reported one agreed on.
    """
    if not clusters:
        return None
    current = [c for c in clusters if c.date is not None and _of_report_days(c, published)]
    held = [c for c in current if c.date is not None and c.date.earliest() <= published]
    return min(held or current or clusters, key=Cluster.first)


def cluster_candidates(
    candidates: Sequence[Candidate], published: dt.date, *, report_day: PartialDate | None = None
) -> list[Cluster]:
    """Group candidates into one cluster per meeting, in four passes.

    1. Dated mentions with participants make or join meetings.
    2. Undated mentions with participants and a place join a compatible
       meeting (the article's main one first) or make one.
    3. Undated, unplaced mentions with participants make a meeting only if
       there is none yet, or when the lead reports it by name, or when they
       were held on the ``report_day`` a page's setting line gives.
    4. Everything else is evidence of a compatible meeting.
    """
    clusters: list[Cluster] = []
    candidates = _setting_from_sentence_after(_date_from_sentence_before(candidates))
    _join_dated(candidates, clusters)
    main = main_cluster(clusters, published)
    _join_placed(candidates, clusters, main, published)
    if main is None and clusters:
        main = main_cluster(clusters, published)
    main = _join_unplaced(candidates, clusters, main, published, report_day)
    _join_plans_of_the_trip(candidates, clusters, main, published)
    _join_evidence(candidates, clusters, main, published)
    return clusters


def _date_from_sentence_before(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Date an undated, placed meeting told right after a dated one of the same leaders.

    "Kishida made the return trip less than two months later. Yoon hosted
    him in Seoul": one meeting told over two sentences, its date in the
    first and its place in the second (the first names no place of its own).
    """
    out = list(candidates)
    for number, candidate in enumerate(candidates):
        if not candidate.strong or candidate.date is not None or candidate.place is None:
            continue
        before = [c for c in candidates if c.sentence == candidate.sentence - 1 and c.strong
                  and c.date is not None and c.place is None
                  and c.participants == candidate.participants
                  and not c.future and not candidate.future
                  and _places_compatible(None, c.country, candidate.place, candidate.country)]
        if len(before) == 1:
            out[number] = attrs.evolve(candidate, date=before[0].date)
    return out


def _setting_from_sentence_after(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Give a meeting of named leaders with no date or place those of the next sentence's.

    "Lee and Takaichi agreed ... in their first summit. The 41-minute meeting
    on Thursday evening in Gyeongju came ...": a definite meeting noun with
    no leaders of its own, right after, tells the same meeting's setting.
    """
    out = list(candidates)
    for number, candidate in enumerate(candidates):
        if not candidate.strong or candidate.future or candidate.date or candidate.place:
            continue
        after = [c for c in candidates if c.sentence == candidate.sentence + 1
                 and c.definite and not c.strong and not c.future
                 and (c.date is not None or c.place is not None)]
        if len(after) == 1:
            told = after[0]
            out[number] = attrs.evolve(candidate, date=told.date, place=told.place,
                                       country=told.country)
    return out


def _trip_match(clusters: Sequence[Cluster], candidate: Candidate) -> Cluster | None:
    """Return the meeting a dated trip was made for: same leaders, within a few days."""
    day = candidate.date
    if day is None:
        return None
    return next(
        (
            c
            for c in clusters
            if c.participants == candidate.participants
            and c.date is not None
            and abs((c.date.earliest() - day.earliest()).days) <= _TRIP_DAYS
            and (c.country is None or candidate.country in (None, c.country))
        ),
        None,
    )


def _same_size_meeting(clusters: Sequence[Cluster], candidate: Candidate) -> Cluster | None:
    """Return the meeting of three or more already found for the same day.

    "At Sunday's trilateral summit, the three leaders adopted ...": the
    trilateral already found for Sunday, whoever "the three" was resolved
    to; two different meetings of three on one day are rare.
    """
    day = candidate.date
    if day is None or day.day is None:
        return None
    return next(
        (
            c for c in clusters
            if len(c.participants) == len(candidate.participants)
            and c.date is not None and c.date.day is not None and c.date.overlaps(day)
            and _places_compatible(c.place, c.country, candidate.place, candidate.country)
        ),
        None,
    )


def _join_dated(candidates: Sequence[Candidate], clusters: list[Cluster]) -> None:
    """Pass 1: dated mentions with participants; trips last, joining their meeting."""
    ordered = sorted(
        (c for c in candidates if c.strong and c.date is not None), key=lambda c: c.travel
    )
    for candidate in ordered:
        match = next(
            (c for c in clusters if _fits(c, candidate, same_people=True) and c.date is not None),
            None,
        )
        if match is None and len(candidate.participants) >= 3:
            match = _same_size_meeting(clusters, candidate)
        if match is None and candidate.travel:
            trip = _trip_match(clusters, candidate)
            if trip is not None:
                _absorb(trip, attrs.evolve(candidate, date=None))
                continue
        if match is None:
            clusters.append(_new_cluster(candidate))
        else:
            _absorb(match, candidate)


def _join_placed(
    candidates: Sequence[Candidate], clusters: list[Cluster], main: Cluster | None,
    published: dt.date,
) -> None:
    """Pass 2: undated mentions with participants and a place.

    A trip still to come is never the meeting already held ("agreed to prepare
    Trump's visit to Japan"): it joins no meeting dated before publication.
    """
    for candidate in candidates:
        if not candidate.strong or candidate.date is not None:
            continue
        if candidate.place is None and candidate.country is None:
            continue
        options = [c for c in clusters if _fits(c, candidate, same_people=True)
                   and not (candidate.future and _held_by(c, published))]
        chosen = _nearest(options, candidate.sentence, main)
        host = (_side_meeting(candidate, clusters, main)
                if chosen is None and candidate.additive else None)
        if host is not None and (_places_compatible(
            host.place, host.country, candidate.place, candidate.country
        ) or _same_country_day(host, candidate)):
            # "Before leaving Osaka, Moon also met Trudeau": one more meeting of the trip
            clusters.append(_new_cluster(attrs.evolve(candidate, date=host.date)))
        elif chosen is None:
            clusters.append(_new_cluster(candidate))
        else:
            _absorb(chosen, candidate)


def _held_by(cluster: Cluster, published: dt.date) -> bool:
    """Whether a meeting's date lies wholly before the publication day."""
    return cluster.date is not None and cluster.date.latest() < published


def _same_country_day(host: Cluster, candidate: Candidate) -> bool:
    """Whether an undated meeting placed in the country of a meeting on one day joins that trip.

    "The two met at the presidential office in Yongsan ... Kishida also met
    Li separately in Seoul": a venue and its city, one country, one trip.
    """
    return (host.country is not None and host.country == candidate.country
            and host.date is not None and host.date.day is not None)


def _join_unplaced(
    candidates: Sequence[Candidate], clusters: list[Cluster], main: Cluster | None,
    published: dt.date, report_day: PartialDate | None = None,
) -> Cluster | None:
    """Pass 3: undated, unplaced mentions with participants; return the main meeting."""
    for candidate in candidates:
        if not candidate.strong or candidate.date is not None or candidate.place is not None:
            continue
        if candidate.future or _joined_report_day(candidate, clusters, report_day):
            continue
        lead = (
            candidate.sentence < LEAD_SENTENCES and len(candidate.explicit) >= 2 and candidate.verb
        )
        host = _side_meeting(candidate, clusters, main)
        if host is not None:
            clusters.append(_new_cluster(attrs.evolve(
                candidate, date=host.date, place=host.place, country=host.country
            )))
            continue
        if clusters and not lead:
            continue
        if any(
            c.participants == candidate.participants and candidate.sentence in c.sentences
            for c in clusters
        ):
            continue
        if lead and any(
            c.participants == candidate.participants and c.first() < LEAD_SENTENCES
            for c in clusters
        ):
            continue
        same_day = _same_day_meeting(candidate, clusters, main)
        if lead and same_day is None:
            same_day = _reported_meeting_of(candidate, clusters, published)
        if lead and same_day is not None:
            _absorb(same_day, candidate)
            continue
        clusters.append(_new_cluster(candidate))
        if main is None or lead:
            main = clusters[-1]
        if not lead:
            break
    return main


def _joined_report_day(
    candidate: Candidate, clusters: list[Cluster], day: PartialDate | None
) -> bool:
    """Make or join the meeting of a told, undated mention on the day a setting line gives.

    "The President began the day with a one-on-one meeting with President
    Obama", under "Washington, D.C., Thursday, March 31, 2016": held that day.
    Return whether it did.
    """
    if day is None or not (candidate.verb and candidate.past):
        return False
    same = next((c for c in clusters if c.participants == candidate.participants
                 and _dates_compatible(c.date, day)), None)
    if same is not None:
        _absorb(same, candidate)
    else:
        clusters.append(_new_cluster(attrs.evolve(candidate, date=day)))
    return True


_REPORTED_DAYS = 7  # days before publication a headline's "meets" may have happened


def _reported_meeting_of(
    candidate: Candidate, clusters: Sequence[Cluster], published: dt.date
) -> Cluster | None:
    """Return the one meeting of the same leaders the body dates in the days reported on.

    "Moon meets Xi, Putin, Modi on sidelines" over a story that tells each
    meeting on its own day: the headline's meeting with Xi is the one the
    body dates to Thursday.
    """
    found = [
        cluster for cluster in clusters
        if cluster.participants == candidate.participants and cluster.date is not None
        and 0 <= (published - cluster.date.latest()).days <= _REPORTED_DAYS
    ]
    return found[0] if len(found) == 1 else None


def _same_day_meeting(
    candidate: Candidate, clusters: Sequence[Cluster], main: Cluster | None
) -> Cluster | None:
    """Return the meeting of the same leaders on the main meeting's day, if there is one.

    "held their summit on the sidelines of a three-way meeting in China",
    undated in the lead, is the trilateral the body dates on the same day.
    """
    if main is None or main.date is None:
        return None
    return next((c for c in clusters if c.participants == candidate.participants
                 and c.date is not None and c.date.overlaps(main.date)), None)


def _side_meeting(
    candidate: Candidate, clusters: Sequence[Cluster], main: Cluster | None
) -> Cluster | None:
    """Return the main meeting if an undated meeting of some of its leaders is one of its own.

    "Before the trilateral session, Kishida met Yoon for 20 minutes": two of
    the three, named, in the past tense, met apart on the main meeting's day;
    so did one of them who "also met" another leader, or who met another at
    the gathering the main meeting was held at.
    """
    if main is None or main.date is None or main.date.day is None:
        return None
    if not (candidate.verb and candidate.past) or any(
        c.participants == candidate.participants and (
            _dates_compatible(c.date, main.date)
            # "The leaders ... in a joint statement", right after their meeting is told
            # (not "also held a separate meeting": another one)
            or (candidate.sentence - 1 in c.sentences and not candidate.additive)
        )
        for c in clusters
    ):
        return None  # told already; an earlier meeting of the pair ("in October") is another
    apart = len(candidate.explicit) >= 2 and candidate.participants < main.participants
    # "On Tuesday he also met X": one more meeting of a leader of the main one, on its
    # trip; at a gathering ("held bilateral talks with X and Y" at the G20 of the main
    # meeting) every undated meeting of one of its leaders is another on its margins
    shared = bool(candidate.participants & main.participants)
    also = shared and (candidate.additive or main.occasion is not None)
    return main if apart or also else None


_TRIP_REPORT_DAYS = 7  # days from publication a meeting may be and still be the report's


def _join_plans_of_the_trip(
    candidates: Sequence[Candidate], clusters: list[Cluster], main: Cluster | None,
    published: dt.date,
) -> None:
    """Pass 3b: undated meetings still to come on the trip the article reports.

    "[After the summit with Ishiba,] the President will hold bilateral
    meetings during his stay with Trudeau and Albanese": no date of their
    own, but on the trip of the main meeting, which is days from
    publication; they take its month. A meeting of leaders no meeting yet
    has, one of them a leader of the main meeting.
    """
    if main is None or main.date is None or main.date.day is None:
        return
    if abs((main.date.earliest() - published).days) > _TRIP_REPORT_DAYS:
        return
    month = PartialDate(main.date.year, main.date.month)
    for candidate in candidates:
        if not (candidate.strong and candidate.future) or candidate.date is not None:
            continue
        if len(candidate.participants) != 2:
            continue  # "agreed to work toward a three-way summit as soon as possible": no plan
        if not candidate.participants & main.participants:
            continue
        if any(c.participants == candidate.participants for c in clusters):
            continue
        clusters.append(_new_cluster(attrs.evolve(candidate, date=month)))


def _of_report_days(cluster: Cluster, published: dt.date) -> bool:
    """Whether a meeting is undated or of the two weeks before publication, or later."""
    return cluster.date is None or cluster.date.latest() >= shift_day(
        published, days=-_REPORT_WINDOW_DAYS
    )


def _join_evidence(
    candidates: Sequence[Candidate], clusters: list[Cluster], main: Cluster | None,
    published: dt.date,
) -> None:
    """Pass 4: every other mention is evidence of a compatible meeting."""
    for candidate in candidates:
        if any(candidate.sentence in c.sentences for c in clusters) and not candidate.anaphoric:
            continue
        if candidate.strong and candidate.date is not None:
            continue
        if candidate.anaphoric and candidate.date is None and candidate.place is None:
            previous = [c for c in clusters if candidate.sentence - 1 in c.sentences]
            if previous:
                _absorb(previous[0], candidate)
                continue
        options = [c for c in clusters if _fits(c, candidate, same_people=False)]
        if candidate.date is not None:
            options = [c for c in options if c.date is not None]
        if candidate.date is None and candidate.place is None and candidate.country is None:
            options = [c for c in options if c is main and (
                candidate.sentence >= LEAD_SENTENCES or _of_report_days(c, published)
            )]  # a headline's bare "talks" are the day's news, not an old meeting
        if candidate.date is None and candidate.place is None and (
            candidate.anaphoric or candidate.sentence >= LEAD_SENTENCES
        ):  # "after the session" in the body refers back, not to a meeting told later
            options = [c for c in options if c.first() < candidate.sentence]
        chosen = _nearest(options, candidate.sentence, main)
        if chosen is not None:
            _absorb(chosen, candidate)
