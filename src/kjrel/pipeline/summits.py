"""Stage 7: meetings between leaders.

Needs the segmentation (sentences), the mentions (leaders, resolved through
pronouns and descriptions), the temporal expressions and the gazetteer;
makes one :class:`~kjrel.models.Summit` per distinct in-person meeting of
heads of state or government that the article reports or mentions.

How it works:

1. The clause layer (:mod:`kjrel.pipeline.syntax`) parses every sentence;
   the declared event rules (:mod:`kjrel.pipeline.event_rules`) find the
   meeting frames of its clauses (:mod:`kjrel.pipeline.meetings`): who
   meets whom, and whether the clause reports the meeting as held, planned
   or not at all (negated, hypothetical, cancelled, remote).
2. :mod:`kjrel.pipeline.summit_frames` gives each frame its participants
   (through :mod:`kjrel.pipeline.references`), date, place, ordinal and
   occasion from the clause that holds them.
3. :mod:`kjrel.pipeline.summit_clusters` makes one record per meeting.
4. Here: an undated lead meeting takes the dateline's day, a meeting of the
   last few days the dateline's city, and each record its kind.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from kjrel.dates import calendar_day, shift_day
from kjrel.gazetteer import Gazetteer, name_key
from kjrel.models import (
    Document,
    Leader,
    PartialDate,
    Place,
    Span,
    Summit,
    SummitKind,
    SummitStatus,
    TemporalExpression,
)
from kjrel.pipeline.datelines import SETTING_LINES, dateline_city, setting_city
from kjrel.pipeline.references import compound_meeting_countries, leader_refs, timex_date
from kjrel.pipeline.summit_clusters import (
    LEAD_SENTENCES,
    Candidate,
    Cluster,
    cluster_candidates,
)
from kjrel.pipeline.summit_frames import frame_candidates
from kjrel.pipeline.types import FurnitureKind, Mentions, Segmentation
from kjrel.reference import Reference, ReferenceMeeting, default_reference

__all__ = ["find_summits"]


def _kind(cluster: Cluster, countries: set[str]) -> SummitKind:
    if cluster.occasion is not None:
        return SummitKind.SIDELINES
    if len(countries) <= 2:
        return SummitKind.BILATERAL
    if len(countries) == 3:
        return SummitKind.TRILATERAL
    return SummitKind.MULTILATERAL


_DATELINE_DAYS = 3


_INLINE_DATELINE = re.compile(
    r"[A-Z][A-Z .'’-]{1,30}(?:, [A-Z][A-Za-z .]{1,30})?\s*(?:\([^)]{1,30}\))?\s*(?:—|–|--)\s"
)


def _date_from_reference(
    clusters: Sequence[Cluster], reference: Reference, published: dt.date
) -> None:
    """Date each undated, placed meeting the reference knows, unless the article dates it."""
    for cluster in clusters:
        if cluster.date is not None or cluster.future:
            continue
        day = _reference_date(cluster, reference, published)
        if day is not None and not any(
            other.participants == cluster.participants and other.date is not None
            and other.date.overlaps(day) for other in clusters
        ):  # a meeting dated elsewhere in the article is that one, told again
            cluster.date = day


def _reference_date(
    cluster: Cluster, reference: Reference, published: dt.date
) -> PartialDate | None:
    """Return the date of the one reference meeting an undated, placed meeting can be.

    "Lee's first meeting with Ishiba came on the sidelines of the G7 summit
    in Kananaskis": the text places the meeting but does not date it; the
    sourced reference (:mod:`kjrel.reference`) holds exactly one in-person
    meeting of those leaders there before publication, so it is that one.
    """
    if cluster.place is None:
        return None
    place = Place(cluster.place, cluster.country)
    found = [m for m in reference.summits
             if frozenset(m.participants) == cluster.participants
             and reference.names_place(m, place) and m.date.earliest() <= published]
    return found[0].date if len(found) == 1 else None


def _named_by_reference(
    candidates: list[Candidate], reference: Reference, document: Document,
    segmentation: Segmentation,
) -> list[Candidate]:
    """Give a meeting told with its place and date but no leaders those of the record.

    "the trilateral summit held in Chengdu in December 2019", with no leader
    named: one summit of the reference took place there then, and its
    leaders are the meeting's, as the public record says; a year will do
    with a place ("in Fukuoka in 2008"). Nothing when none or several fit,
    or when a meeting with leaders of its own was told there then.
    """
    out = list(candidates)
    published = document.published
    told = [(c.place, c.date) for c in candidates if c.strong and c.date is not None]
    for number, candidate in enumerate(candidates):
        if candidate.strong or candidate.place is None or candidate.date is None:
            continue
        if any(place == candidate.place and date.overlaps(candidate.date)
               for place, date in told):
            continue  # evidence of a meeting told with its leaders
        if (published - candidate.date.latest()).days <= _BACKGROUND_DAYS:
            continue  # the news's own meetings name their leaders
        place = Place(candidate.place, candidate.country)
        fitting = [
            meeting for meeting in reference.meetings_between(
                candidate.date.earliest(), candidate.date.latest())
            if meeting.is_summit and reference.names_place(meeting, place)
        ]
        if len(fitting) == 1:
            named: ReferenceMeeting | None = fitting[0]
        else:
            sentence = segmentation.sentences[candidate.sentence]
            compound = compound_meeting_countries(document.text, sentence.start, sentence.end)
            named = _gathering(fitting, candidate, compound)
        if named is not None:
            out[number] = attrs.evolve(
                candidate, strong=True, participants=frozenset(named.participants)
            )
    return out


def _venue_metonymies(
    document: Document, segmentation: Segmentation, timexes: Sequence[TemporalExpression],
    reference: Reference, gazetteer: Gazetteer, told: Sequence[Candidate],
) -> list[Candidate]:
    """Meetings named by their place and time alone ("the pledge made at Camp David last August").

    A place after "at" or "since", then a date, that the reference knows as
    the place of exactly one gathering of leaders at that time, stands for
    that gathering (metonymy): its leaders are the record's. Only for the
    past, and only where no other meeting of the reference was held there
    in the two years around it, and not a capital ("at Tokyo in May"). Not
    where the sentence tells a meeting of its own (``told``: "held talks with
    Biden at Camp David on Friday").
    """
    telling = [c for c in told if c.strong]
    capitals = {name_key(city) for city in gazetteer.capitals}
    number_of = {id(sentence): k for k, sentence in enumerate(segmentation.sentences)}
    found: list[Candidate] = []
    for timex in timexes:
        day = timex_date(timex)
        if day is None or day.earliest() > document.published:
            continue
        named = _AT_PLACE.search(document.text, max(0, timex.span.start - 50), timex.span.start)
        if named is None:
            continue
        name = named.group("place")
        country = gazetteer.place_country(name)
        if country is None or name_key(name) in capitals:
            continue
        place = Place(name, country)
        meeting = _only_gathering_at(reference, place, day)
        sentence = segmentation.sentence_at(timex.span.start)
        if meeting is None or sentence is None:
            continue
        index = number_of[id(sentence)]
        if any(c.sentence == index and c.date is not None and c.date.overlaps(day)
               for c in telling):
            continue  # the sentence's own meeting there then
        participants = frozenset(meeting.participants)
        found.append(Candidate(
            sentence=index, position=named.start("place"), strong=True,
            participants=participants, date=attrs.evolve(day, mod=None), place=place.name,
            country=country, ordinal=None, occasion=None, future=False,
            explicit=frozenset(), past=True,
        ))
    return found


_AT_PLACE = re.compile(
    r"\b(?:at|since)\s+(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
    r"(?:,\s*[A-Z][\w.]*)?\s+(?:(?:in|on)\s+)?$"
)
"""A place named right before a date ("at Camp David last August", "since Chengdu in
December 2019")."""

_APART_DAYS = 730  # two years: a place with another gathering this close names neither


def _only_gathering_at(
    reference: Reference, place: Place, day: PartialDate
) -> ReferenceMeeting | None:
    """Return the one gathering the reference holds at ``place`` at time ``day``, else None."""
    low, high = day.earliest(), day.latest()
    near = [m for m in reference.meetings_between(shift_day(low, days=-_APART_DAYS),
                                                  shift_day(high, days=_APART_DAYS))
            if m.is_summit and reference.names_place(m, place)]
    days = {m.date for m in near}
    if len(days) != 1:
        return None
    widest = max(near, key=lambda m: len(m.participants))
    return widest if widest.date.overlaps(day) else None


def _gathering(
    fitting: list[ReferenceMeeting], candidate: Candidate, compound: list[str]
) -> ReferenceMeeting | None:
    """Return the gathering that a bare "the summit at PLACE" names, of several that fit.

    "the Camp David summit in August 2023": the record holds the three-way
    summit and the two-leader talks held during it, and the bare noun names
    the gathering. Not for a meeting told as held during a gathering (it is
    the side meeting, as is one the sentence names by a pair of countries,
    "the last Japan-ROK summit"), nor when the others were not all held
    inside it.
    """
    if not fitting or candidate.occasion is not None or len(set(compound)) == 2:
        return None
    widest = max(fitting, key=lambda meeting: len(meeting.participants))
    inside = all(
        meeting is widest or (
            meeting.date == widest.date
            and set(meeting.participants) < set(widest.participants)
        )
        for meeting in fitting
    )
    return widest if inside else None


_BACKGROUND_DAYS = 31  # a meeting older than this is background the record may name


def _one_per_country(
    cluster: Cluster, by_name: dict[str, Leader], gazetteer: Gazetteer, published: dt.date
) -> frozenset[str]:
    """Return a meeting's leaders with one per country: who led it on the meeting's day.

    "Korea will host the third summit next year, as the leaders agreed at
    Fukuoka last December": Japan's prime minister then and now are two
    people, and a meeting next year has the one in office now. Nothing
    changes where none or several of a country's leaders held office then.
    """
    if cluster.date is None:
        return cluster.participants
    first, last = cluster.date.earliest(), min(cluster.date.latest(), published)
    day = published if first > published else first + (last - first) / 2
    leaders = {name: by_name.get(name) or gazetteer.lookup(name)
               for name in sorted(cluster.participants)}
    by_country: dict[str, list[str]] = {}
    for name, leader in leaders.items():
        by_country.setdefault(leader.country if leader else name, []).append(name)
    kept: set[str] = set()
    for names in by_country.values():
        then = [n for n in names if (found := leaders[n]) is not None and found.is_leader_on(day)]
        kept.update(then if len(names) > 1 and len(then) == 1 else names)
    return frozenset(kept)


def _planned(cluster: Cluster, published: dt.date) -> bool:
    """Whether a meeting is still to come: dated after publication, or told as planned."""
    if cluster.date is not None and cluster.date.earliest() > published:
        return True
    still_open = cluster.date is None or cluster.date.latest() >= published
    return cluster.future and still_open and not cluster.past


def _dateline_place(
    text: str, segmentation: Segmentation, gazetteer: Gazetteer
) -> tuple[str, str | None] | None:
    """Return the city of the article's dateline ("SEOUL, May 27 (KNS) --") and its country.

    Meetings of the reported days without a place of their own were held
    there ("met here on Friday").
    """
    lines = [(f.start, f.end) for f in segmentation.furniture if f.kind is FurnitureKind.DATELINE]
    for first in segmentation.sentences[:3]:
        inline = _INLINE_DATELINE.match(text, first.start, first.end)
        if inline is not None:
            lines.append((first.start, first.start + inline.end() - inline.start()))
    for start, end in lines:
        found = dateline_city(text, start, end, gazetteer)
        if found is not None and found[1] is not None:
            return found  # a name of no known country ("SEORA TV NIGHTLINE - ...") is no place
    return None


_DATELINE_DAY = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{1,2})\b"
)


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}


def _dateline_date(
    text: str, segmentation: Segmentation, published: dt.date
) -> PartialDate | None:
    """Return the day a dateline gives ("SEOUL, Sept. 6 (Yonhap) --").

    The year is the one that puts it on or before the publication date.
    """
    for item in segmentation.furniture:
        if item.kind is not FurnitureKind.DATELINE:
            continue
        match = _DATELINE_DAY.search(text, item.start, item.end)
        if match is None:
            continue
        month = _MONTH_NUMBERS[match.group(1).casefold()]
        day = int(match.group(2))
        for year in (published.year, published.year - 1):
            found = calendar_day(year, month, day)
            if found is None:
                return None
            if found <= shift_day(published, days=1):
                return PartialDate.from_date(found)
    return None


def _date_lead_meetings(
    clusters: Sequence[Cluster], document: Document, segmentation: Segmentation
) -> None:
    """Date the lead's undated meetings: the dateline's day, else the month of publication.

    "SEOUL, Sept. 6 (Yonhap) -- Yoon and Kishida held summit talks ...":
    the lead reports a meeting its sentences do not date.
    """
    lead_date = _dateline_date(document.text, segmentation, document.published)
    for cluster in clusters:
        if cluster.date is None and cluster.first() < LEAD_SENTENCES and cluster.strong_lead:
            cluster.date = lead_date or PartialDate(
                document.published.year, document.published.month
            )


def _setting_line(
    document: Document, segmentation: Segmentation, timexes: Sequence[TemporalExpression],
    gazetteer: Gazetteer,
) -> tuple[PartialDate, tuple[str, str]] | None:
    """Return the day and city of a page's setting line, if one opens it.

    "Washington, D.C., Thursday, March 31, 2016 (local time)" over a
    briefing: the day its sections report, within a few days of publication.
    """
    text, published = document.text, document.published
    for sentence in segmentation.sentences[:SETTING_LINES]:
        days = [
            day for t in timexes if sentence.start <= t.span.start < sentence.end
            and (day := timex_date(t)) is not None and day.day is not None
        ]
        if not days:
            continue
        city = setting_city(text, sentence.start, sentence.end, gazetteer)
        if city is not None and abs((published - days[0].earliest()).days) <= _DATELINE_DAYS:
            return days[0], city
    return None


def _place_by_dateline(
    clusters: Sequence[Cluster], document: Document, segmentation: Segmentation,
    gazetteer: Gazetteer, setting: tuple[str, str] | None = None,
) -> None:
    """Place the unplaced meetings of the last few days in the dateline's city.

    The city of the page's setting line stands in for a dateline.
    """
    dateline = _dateline_place(document.text, segmentation, gazetteer) or setting
    if dateline is None:
        return
    published = document.published
    for cluster in clusters:
        if cluster.place is not None or cluster.date is None or _planned(cluster, published):
            continue
        if cluster.country is not None and cluster.country != dateline[1]:
            continue
        lag = (published - cluster.date.latest()).days
        if 0 <= lag <= _DATELINE_DAYS:
            cluster.place, cluster.country = dateline


def find_summits(
    document: Document,
    segmentation: Segmentation,
    mentions: Mentions,
    timexes: tuple[TemporalExpression, ...],
    gazetteer: Gazetteer,
    reference: Reference | None = None,
) -> tuple[Summit, ...]:
    """Find the meetings between heads of state or government the article reports.

    One :class:`~kjrel.models.Summit` per distinct meeting, in order of first
    mention; see the module docstring for the rules. ``reference`` (the
    bundled one by default) dates a meeting the article places but does not date.
    """
    refs = leader_refs(document, mentions, gazetteer)
    reference = reference or default_reference()
    candidates = _named_by_reference(
        frame_candidates(document, segmentation, mentions, refs, timexes, gazetteer), reference,
        document, segmentation,
    )
    candidates += _venue_metonymies(document, segmentation, timexes, reference, gazetteer,
                                    candidates)
    setting = _setting_line(document, segmentation, timexes, gazetteer)
    clusters = cluster_candidates(
        candidates, document.published, report_day=None if setting is None else setting[0]
    )
    _date_lead_meetings(clusters, document, segmentation)
    _place_by_dateline(clusters, document, segmentation, gazetteer,
                       None if setting is None else setting[1])
    published = document.published
    _date_from_reference(clusters, reference, published)
    by_name = {ref.leader.name: ref.leader for ref in refs}
    summits: list[Summit] = []
    for cluster in sorted(clusters, key=Cluster.first):
        if cluster.date is None:
            continue  # nothing dates it: not a meeting the article lets us place in time
        cluster.participants = _one_per_country(cluster, by_name, gazetteer, published)
        countries = {
            by_name[name].country if name in by_name else (
                (gazetteer.lookup(name) or Leader(name, "ZZ")).country
            )
            for name in cluster.participants
        }
        if len(countries) < 2:
            continue
        place = None if cluster.place is None else Place(cluster.place, cluster.country)
        status = SummitStatus.PLANNED if _planned(cluster, published) else SummitStatus.HELD
        evidence = tuple(
            Span(
                document.id,
                segmentation.sentences[i].start,
                segmentation.sentences[i].end,
            )
            for i in sorted(cluster.sentences)
        )
        summits.append(
            Summit(
                participants=tuple(sorted(cluster.participants)),
                date=cluster.date,
                place=place,
                country=cluster.country,
                kind=_kind(cluster, countries),
                ordinal=cluster.ordinal,
                status=status,
                occasion=cluster.occasion,
                evidence=evidence,
            )
        )
    return tuple(summits)
