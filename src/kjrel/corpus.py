"""A loaded corpus and the questions a user asks of it.

A :class:`Corpus` holds one :class:`~kjrel.models.Extraction` per article,
the summits and agreements merged across articles (one record per real
meeting or instrument, with evidence from every article), the leaders and
other entities involved, and any problems recorded while loading. Indexes
are built once, in :meth:`Corpus.build`; queries are cheap.

Building a corpus links each article's summits and agreements to the
reference of meetings and instruments (:mod:`kjrel.linking`) and merges the
records of one meeting or instrument into one (:mod:`kjrel.merge`); the
records as each article gave them stay available (:meth:`Corpus.reports`).
Queries that take ``include_reference=True`` also answer from the
reference: a :class:`~kjrel.reference.ReferenceMeeting` among their results
is a meeting no article of the corpus reports.

Dates in queries may be given as :class:`datetime.date`, ISO strings
(``"2024"``, ``"2024-09"``, ``"2024-09-06"``) or
:class:`~kjrel.models.PartialDate`. A partial date stands for every day it
covers: ``"2024-09"`` as a start means 1 September 2024, as an end 30
September 2024.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, overload

from attrs import field, frozen

from kjrel.errors import Problem, QueryError
from kjrel.gazetteer import Gazetteer, default_gazetteer, name_key
from kjrel.linking import ReferenceDisagreement, disagreements_with, link_extraction
from kjrel.merge import Merged, group_agreements, group_summits
from kjrel.models import (
    Agreement,
    Claim,
    ClaimKind,
    Document,
    Entity,
    EntityKind,
    Extraction,
    Leader,
    PartialDate,
    Quote,
    Span,
    Statement,
    Summit,
    SummitStatus,
    TemporalExpression,
)
from kjrel.reference import Reference, ReferenceMeeting, default_reference
from kjrel.terms import OfficeEvent, office_events

__all__ = ["Corpus", "DateIndex", "DateLike", "EventKind", "TimelineEvent", "to_partial_date"]

DateLike = dt.date | str | PartialDate
"""What query methods accept as a date: a ``date``, an ISO string or a partial date."""


def to_partial_date(value: DateLike) -> PartialDate:
    """Turn a date, an ISO string or a partial date into a partial date.

    Strings are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a ``datetime`` is
    cut to its date.

    :raises QueryError: if a string is not one of the ISO forms.
    """
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    if isinstance(value, str):
        try:
            return PartialDate.parse(value)
        except ValueError as error:
            raise QueryError(f"bad date {value!r}: {error}") from error
    raise QueryError(f"expected a date, an ISO date string or a PartialDate, got {value!r}")


class EventKind(enum.Enum):
    """What a :class:`TimelineEvent` records."""

    SUMMIT = "summit"
    """A meeting between leaders."""
    AGREEMENT = "agreement"
    """An agreement or commitment."""
    CLAIM = "claim"
    """A claim that someone takes or leaves office."""


@frozen
class TimelineEvent:
    """One dated entry of :meth:`Corpus.timeline`."""

    date: PartialDate
    """When it happened (or is claimed or planned to happen)."""
    kind: EventKind
    """Summit, agreement or claim."""
    label: str
    """A one-line description for people."""
    record: Summit | Agreement | Claim
    """The record itself (for a taking or leaving of office, the first claim of it)."""
    evidence: tuple[Span, ...]
    """Where the articles say so."""
    reports: tuple[Summit | Agreement | Claim, ...] = ()
    """The records as each article gave them: those merged into the summit or
    agreement (:meth:`Corpus.reports`), or every claim of the taking or
    leaving of office."""


def _interval(start: DateLike | None, end: DateLike | None) -> tuple[dt.date, dt.date]:
    low = dt.date.min if start is None else to_partial_date(start).earliest()
    high = dt.date.max if end is None else to_partial_date(end).latest()
    if high < low:
        raise QueryError(f"the period ends ({high}) before it starts ({low})")
    return low, high


class DateIndex:
    """Positions of records by date interval: period queries in O(log n + k).

    A partial date is an aligned interval (a whole day, month or year), so
    among the records of one precision, sorted by first day, the last days
    are sorted too: the records that overlap a period, or lie within it,
    are one contiguous run of each precision's list, found by bisection.
    Records without a date are never found. Answers are positions into the
    sequence the index was built from, in increasing order, the order of a
    linear scan.
    """

    def __init__(self, dates: Iterable[PartialDate | None]) -> None:
        """Index ``dates`` (one per record, ``None`` for an undated record)."""
        groups: dict[str, list[tuple[dt.date, int, dt.date]]] = {}
        for position, date in enumerate(dates):
            if date is not None:
                groups.setdefault(date.precision, []).append(
                    (date.earliest(), position, date.latest())
                )
        self._groups: list[tuple[list[dt.date], list[dt.date], list[int]]] = []
        for rows in groups.values():
            rows.sort()
            self._groups.append(
                ([r[0] for r in rows], [r[2] for r in rows], [r[1] for r in rows])
            )

    def overlapping(self, low: dt.date, high: dt.date) -> list[int]:
        """Return the positions whose interval shares a day with ``low``..``high``."""
        found: list[int] = []
        for starts, ends, positions in self._groups:
            first = bisect.bisect_left(ends, low)
            last = bisect.bisect_right(starts, high)
            found.extend(positions[first:last])
        return sorted(found)

    def within(self, low: dt.date, high: dt.date) -> list[int]:
        """Return the positions whose interval lies wholly inside ``low``..``high``."""
        found: list[int] = []
        for starts, ends, positions in self._groups:
            first = bisect.bisect_left(starts, low)
            last = bisect.bisect_right(ends, high)
            found.extend(positions[first:last])
        return sorted(found)

    def find(self, low: dt.date, high: dt.date, *, within: bool) -> list[int]:
        """Return :meth:`within` or :meth:`overlapping` of the period."""
        return self.within(low, high) if within else self.overlapping(low, high)


def _claim_date(claim: Claim) -> PartialDate | None:
    try:
        return PartialDate.parse(claim.value)
    except ValueError:
        return None


def _leaders(entities: Iterable[Entity], gazetteer: Gazetteer) -> tuple[Leader, ...]:
    """Return the gazetteer records of the leaders among ``entities``, by name."""
    leaders: dict[str, Leader] = {}
    for entity in entities:
        if entity.kind is EntityKind.LEADER:
            leader = gazetteer.lookup(entity.name)
            if leader is not None:
                leaders[leader.name] = leader
    return tuple(sorted(leaders.values(), key=lambda leader: leader.name))


def _merge_entities(extractions: Iterable[Extraction]) -> tuple[Entity, ...]:
    """One entity per canonical name, with every alias any article used."""
    merged: dict[str, Entity] = {}
    aliases: dict[str, set[str]] = {}
    for extraction in extractions:
        for entity in extraction.entities:
            first = merged.setdefault(entity.name, entity)
            aliases.setdefault(entity.name, set()).update(entity.aliases)
            if first.country is None and entity.country is not None:
                merged[entity.name] = Entity(
                    first.name, first.kind, (), entity.country, first.description
                )
    return tuple(
        Entity(
            entity.name,
            entity.kind,
            tuple(sorted(aliases[name] - {name})),
            entity.country,
            entity.description,
        )
        for name, entity in sorted(merged.items())
    )


@frozen(eq=False)
class Corpus:
    """Articles and everything extracted from them, with query helpers.

    Build one with :func:`kjrel.loader.load` (from a directory) or
    :meth:`Corpus.build` (from extractions you made yourself).
    """

    extractions: tuple[Extraction, ...]
    """One extraction per article, in manifest order."""
    summits: tuple[Summit, ...]
    """Every meeting, merged across articles, in chronological order."""
    agreements: tuple[Agreement, ...]
    """Every agreement, merged across articles, in chronological order."""
    entities: tuple[Entity, ...]
    """Every speaker and participant, merged across articles, by name."""
    leaders: tuple[Leader, ...]
    """The gazetteer records of the leaders the articles name, by name."""
    problems: tuple[Problem, ...] = ()
    """What went wrong while loading: errors (only with ``strict=False``) and
    warnings (a publication date after today, in strict mode too); see
    :attr:`Problem.severity <kjrel.errors.Problem.severity>`."""
    gazetteer: Gazetteer = field(factory=default_gazetteer, repr=False)
    """The reference data used to resolve names."""
    reference: Reference = field(factory=default_reference, repr=False)
    """The meetings and instruments the summits and agreements are linked to."""
    _documents: dict[str, Extraction] = field(factory=dict, init=False, repr=False)
    _reports: dict[Summit | Agreement, tuple[Any, ...]] = field(
        factory=dict, init=False, repr=False
    )
    _vague: dict[Summit, tuple[str, ...]] = field(factory=dict, init=False, repr=False)
    _entity_keys: dict[str, set[str]] = field(factory=dict, init=False, repr=False)
    _indexes: dict[str, DateIndex] = field(factory=dict, init=False, repr=False)
    _records: dict[str, tuple[Claim, ...]] = field(factory=dict, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        """Index the extractions by document id and entity names by key."""
        for extraction in self.extractions:
            self._documents[extraction.document.id] = extraction
        for entity in self.entities:
            for name in (entity.name, *entity.aliases):
                self._entity_keys.setdefault(name_key(name), set()).add(entity.name)
        for leader in self.leaders:
            for name in leader.names():
                self._entity_keys.setdefault(name_key(name), set()).add(leader.name)

    @classmethod
    def build(
        cls,
        extractions: Sequence[Extraction],
        *,
        problems: Sequence[Problem] = (),
        gazetteer: Gazetteer | None = None,
        reference: Reference | None = None,
    ) -> Corpus:
        """Link per-article extractions to the reference and merge them into a corpus.

        Each article's summits and agreements get their ``reference_id``
        (:func:`kjrel.linking.link_extraction`; :attr:`extractions` holds
        them so), then the records of one meeting or instrument are merged
        (:func:`kjrel.merge.group_summits`).

        :param reference: the meetings and instruments to link to; the
            bundled ones by default (:func:`kjrel.reference.load_reference`
            adds your own).
        :raises QueryError: if two extractions share a document id.
        """
        gazetteer = gazetteer or default_gazetteer()
        reference = reference or default_reference()
        seen: set[str] = set()
        for extraction in extractions:
            if extraction.document.id in seen:
                raise QueryError(f"duplicate document id {extraction.document.id!r}")
            seen.add(extraction.document.id)
        links = [link_extraction(extraction, reference) for extraction in extractions]
        linked = tuple(link.extraction for link in links)
        vague = {s: ids for link in links for s, ids in link.vague_summits.items()}
        summits = sorted(
            group_summits((s for e in linked for s in e.summits), reference=reference,
                          apart=vague),
            key=lambda group: _summit_key(group.record),
        )
        agreements = sorted(
            group_agreements((a for e in linked for a in e.agreements),
                             apart={a for link in links for a in link.vague_agreements}),
            key=lambda group: _agreement_key(group.record),
        )
        entities = _merge_entities(linked)
        corpus = cls(
            extractions=linked,
            summits=tuple(group.record for group in summits),
            agreements=tuple(group.record for group in agreements),
            entities=entities,
            leaders=_leaders(entities, gazetteer),
            problems=tuple(problems),
            gazetteer=gazetteer,
            reference=reference,
        )
        corpus._remember(summits, agreements, vague)
        return corpus

    def _remember(
        self, summits: Iterable[Merged[Summit]], agreements: Iterable[Merged[Agreement]],
        vague: dict[Summit, tuple[str, ...]],
    ) -> None:
        """Keep what each merged record was made of, and the vague summits' candidates."""
        groups: list[Merged[Summit] | Merged[Agreement]] = [*summits, *agreements]
        for group in groups:
            known = self._reports.get(group.record, ())
            self._reports[group.record] = (*known, *group.reports)
        self._vague.update(vague)

    @classmethod
    def from_jsonl(cls, path: str | Path, *, gazetteer: Gazetteer | None = None) -> Corpus:
        """Build the corpus from the JSON Lines ``kjrel extract-corpus`` wrote.

        Nothing is extracted again; see :func:`kjrel.loader.load_jsonl`.

        :raises SerializationError: naming the line of the first bad record.
        """
        from kjrel.loader import load_jsonl  # noqa: PLC0415  (the loader imports this module)

        return load_jsonl(path, gazetteer=gazetteer)

    # ------------------------------------------------------------------
    # Documents and spans
    # ------------------------------------------------------------------

    @property
    def documents(self) -> tuple[Document, ...]:
        """The articles, in manifest order."""
        return tuple(extraction.document for extraction in self.extractions)

    def __len__(self) -> int:
        """Return the number of articles."""
        return len(self.extractions)

    def __iter__(self) -> Iterator[Extraction]:
        """Iterate over the per-article extractions, in manifest order."""
        return iter(self.extractions)

    def document(self, doc_id: str) -> Document:
        """Return the article with id ``doc_id``.

        :raises QueryError: if there is none.
        """
        return self.extraction(doc_id).document

    def extraction(self, doc_id: str) -> Extraction:
        """Return what was extracted from the article ``doc_id``.

        :raises QueryError: if there is no such article.
        """
        try:
            return self._documents[doc_id]
        except KeyError:
            known = ", ".join(sorted(self._documents)) or "none"
            raise QueryError(f"no document {doc_id!r} (known: {known})") from None

    def text(self, span: Span) -> str:
        """Return the source text a span points to: the way to check any fact."""
        return self.document(span.doc_id).span_text(span)

    def render(self, doc_id: str) -> str:
        """Return the HTML page of the article ``doc_id`` (what ``kjrel render`` writes).

        The page is self-contained: the article's text with its quotes
        (coloured and labelled by speaker), statements, dates (resolved value
        on hover) and the evidence of the corpus's summits and agreements,
        listed in a side panel. See :mod:`kjrel.render`.

        :raises QueryError: if there is no such article.
        """
        from kjrel.render import render_article  # noqa: PLC0415  (render imports the corpus)

        return render_article(
            self.extraction(doc_id), summits=self.summits, agreements=self.agreements
        )

    def to_pandas(self) -> dict[str, Any]:
        """Return one ``pandas.DataFrame`` per record type (``pip install "kjrel[pandas]"``).

        Keys: ``documents``, ``quotes``, ``statements``, ``timexes``,
        ``claims``, ``summits``, ``agreements``, ``entities``, ``leaders``,
        ``problems``; one row per record, with its spans and document ids.
        See :mod:`kjrel.tables`.

        :raises KjrelError: if pandas is not installed.
        """
        from kjrel.tables import to_pandas  # noqa: PLC0415  (tables imports the corpus's users)

        return to_pandas(self)

    def to_arrow(self) -> dict[str, Any]:
        """Return one ``pyarrow.Table`` per record type (``pip install "kjrel[arrow]"``).

        The tables of :meth:`to_pandas`, with a fixed Arrow schema each.

        :raises KjrelError: if pyarrow is not installed.
        """
        from kjrel.tables import to_arrow  # noqa: PLC0415

        return to_arrow(self)

    # ------------------------------------------------------------------
    # Records across the corpus
    # ------------------------------------------------------------------

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every quote, by article (manifest order) then text order."""
        return tuple(q for e in self.extractions for q in e.quotes)

    @property
    def statements(self) -> tuple[Statement, ...]:
        """Every reported statement, by article then text order."""
        return tuple(s for e in self.extractions for s in e.statements)

    @property
    def timexes(self) -> tuple[TemporalExpression, ...]:
        """Every temporal expression, by article then text order."""
        return tuple(t for e in self.extractions for t in e.timexes)

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every dated claim about a person, by article then text order."""
        return tuple(c for e in self.extractions for c in e.claims)

    # ------------------------------------------------------------------
    # Names
    # ------------------------------------------------------------------

    def resolve_name(self, name: str) -> tuple[str, ...]:
        """Return the canonical names ``name`` may denote in this corpus, sorted.

        Any spelling counts: the canonical name, an alias seen in an
        article, a gazetteer alias ("Yoon Suk-yeol", "Kishida Fumio"), and
        a single name part ("Yoon", "Kishida"), which may denote several
        people ("Kim").
        """
        key = name_key(name)
        if not key:
            return ()
        found = set(self._entity_keys.get(key, ()))
        leader = self.gazetteer.lookup(name)
        if leader is not None:
            found.add(leader.name)
        if not found:
            for entity_name in self._all_names():
                parts = entity_name.replace("-", " ").split()
                if any(name_key(part) == key for part in parts):
                    found.add(entity_name)
        return tuple(sorted(found))

    def _all_names(self) -> set[str]:
        names = {entity.name for entity in self.entities}
        names.update(leader.name for leader in self.leaders)
        return names

    def leader(self, name: str) -> Leader | None:
        """Return the leader ``name`` denotes, by any spelling, or ``None``.

        Leaders the articles name are searched first, then the whole
        gazetteer (full names and aliases only).

        :raises QueryError: if ``name`` is a name part shared by several
            leaders of the corpus ("Kim" in a corpus naming two Kims).
        """
        leader = self.gazetteer.lookup(name)
        if leader is not None:
            return leader
        candidates = [n for n in self.resolve_name(name) if self.gazetteer.lookup(n)]
        if len(candidates) > 1:
            raise QueryError(f"{name!r} is ambiguous: {', '.join(candidates)}")
        return self.gazetteer.lookup(candidates[0]) if candidates else None

    def entity(self, name: str) -> Entity | None:
        """Return the entity (leader, person, organisation, group) ``name`` denotes."""
        names = self.resolve_name(name)
        by_name = {entity.name: entity for entity in self.entities}
        matches = [by_name[n] for n in names if n in by_name]
        if len(matches) > 1:
            raise QueryError(f"{name!r} is ambiguous: {', '.join(e.name for e in matches)}")
        return matches[0] if matches else None

    # ------------------------------------------------------------------
    # Queries
    # ------------------------------------------------------------------

    def quotes_by(self, name: str) -> tuple[Quote, ...]:
        """Return the quotes whose speaker ``name`` denotes (any spelling)."""
        wanted = set(self.resolve_name(name))
        return tuple(q for q in self.quotes if q.speaker in wanted)

    def statements_by(self, name: str) -> tuple[Statement, ...]:
        """Return the statements with ``name`` (any spelling) among their speakers."""
        wanted = set(self.resolve_name(name))
        return tuple(s for s in self.statements if wanted.intersection(s.speakers))

    def speakers(self) -> tuple[tuple[str, int], ...]:
        """Return ``(speaker, number of quotes)`` pairs, most quoted first.

        Unnamed sources are counted under ``"(unnamed)"``.
        """
        counts: dict[str, int] = {}
        for quote in self.quotes:
            key = quote.speaker or "(unnamed)"
            counts[key] = counts.get(key, 0) + 1
        return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    @overload
    def summits_between(
        self, start: DateLike | None = None, end: DateLike | None = None, *,
        within: bool = False, status: SummitStatus | None = None,
        include_reference: Literal[False] = False,
    ) -> tuple[Summit, ...]: ...

    @overload
    def summits_between(
        self, start: DateLike | None = None, end: DateLike | None = None, *,
        within: bool = False, status: SummitStatus | None = None,
        include_reference: bool,
    ) -> tuple[Summit | ReferenceMeeting, ...]: ...

    def summits_between(
        self,
        start: DateLike | None = None,
        end: DateLike | None = None,
        *,
        within: bool = False,
        status: SummitStatus | None = None,
        include_reference: bool = False,
    ) -> tuple[Summit, ...] | tuple[Summit | ReferenceMeeting, ...]:
        """Return the summits dated in the period from ``start`` to ``end``.

        Both ends are inclusive and either may be ``None`` (open). A partial
        date covers every day it names: ``summits_between("2023", "2023")``
        is the whole of 2023.

        A summit known only to the month (``2023-03``) may or may not fall
        in a period that cuts that month. By default it is returned when its
        interval *overlaps* the period (it may have happened then); with
        ``within=True`` only when its interval lies wholly inside (it
        certainly happened then). Summits with no date are never returned.

        :param status: only held or only planned meetings (default: both).
        :param include_reference: also return the in-person meetings of
            :attr:`reference` in the period that no summit of the corpus is
            linked to, as :class:`~kjrel.reference.ReferenceMeeting` records
            (held meetings: none when ``status`` is planned), all in date
            order, a reported summit before a reference meeting of the same
            day.
        :raises QueryError: on an unparseable date or a period that ends
            before it starts.
        """
        low, high = _interval(start, end)
        found = self._index("summits", lambda: (s.date for s in self.summits))
        summits = tuple(
            summit
            for summit in (self.summits[i] for i in found.find(low, high, within=within))
            if status is None or summit.status is status
        )
        if not include_reference or status is SummitStatus.PLANNED:
            return summits
        unreported = [
            m for m in self._unreported()
            if _in_period(m.date, low, high, within=within)
        ]
        return tuple(sorted((*summits, *unreported), key=_meeting_order))

    def _unreported(self) -> tuple[ReferenceMeeting, ...]:
        """Return the reference's in-person meetings no summit of the corpus is linked to."""
        linked = {s.reference_id for s in self.summits if s.reference_id is not None}
        return tuple(m for m in self.reference.summits if m.id not in linked)

    def _meetings(self) -> dict[str, ReferenceMeeting]:
        """Return the reference's meetings by id."""
        return {meeting.id: meeting for meeting in self.reference.meetings}

    @overload
    def last_meeting(
        self, name_a: str, name_b: str, *, before: DateLike | None = None,
        include_reference: Literal[False] = False,
    ) -> Summit | None: ...

    @overload
    def last_meeting(
        self, name_a: str, name_b: str, *, before: DateLike | None = None,
        include_reference: bool,
    ) -> Summit | ReferenceMeeting | None: ...

    def last_meeting(
        self, name_a: str, name_b: str, *, before: DateLike | None = None,
        include_reference: bool = False,
    ) -> Summit | ReferenceMeeting | None:
        """Return the two leaders' latest held summit that ended before ``before``.

        Names may be any spelling (:meth:`resolve_name`), or a family name
        alone; trilateral and other meetings both attended count. A summit
        counts when the last day its date allows is before ``before`` (the
        first day of a partial date): a summit "in 2023" did not certainly
        end before 2023-06. The latest is the one whose date starts last.
        Returns ``None`` when the corpus reports none.

        :param include_reference: also consider the reference's meetings no
            summit reports, and date a linked summit by its reference
            meeting; the answer may then be a
            :class:`~kjrel.reference.ReferenceMeeting`.
        :raises QueryError: on an unparseable date.
        """
        limit = dt.date.max if before is None else to_partial_date(before).earliest()
        wanted = (self._names_of(name_a), self._names_of(name_b))
        meetings = self._meetings() if include_reference else {}
        found: list[tuple[tuple[dt.date, dt.date], int, Summit | ReferenceMeeting]] = []
        for summit in self.summits:
            date = _date_by(summit, meetings)
            if summit.status is SummitStatus.HELD and date is not None:
                found.append((date.sort_key(), 1, summit))
        if include_reference:
            found += [(m.date.sort_key(), 0, m) for m in self._unreported()]
        found = [
            item for item in found
            if item[0][1] < limit and _attended(item[2].participants, wanted)
        ]
        return max(found, key=lambda item: item[:2])[2] if found else None

    def _names_of(self, name: str) -> frozenset[str]:
        """Return the canonical names ``name`` may denote: the corpus's, then the gazetteer's."""
        found = set(self.resolve_name(name))
        found.update(c.name for c in self.gazetteer.surname_candidates(name.strip()))
        return frozenset(found)

    def summits_per_year(
        self, *names: str, status: SummitStatus | None = SummitStatus.HELD,
        include_reference: bool = False,
    ) -> dict[int, int]:
        """Return the number of meetings each year that has any, in year order.

        One meeting counts once: the summits the corpus merged into one
        record are one, and a vague summit that several reference meetings
        fit ("they met in 2023") counts only when none of those meetings is
        counted otherwise (several such summits that may be the same
        meetings count once). Undated summits are not counted.

        :param names: only meetings all of these leaders attended (any
            spelling, as :meth:`summits_with`).
        :param status: held (the default), planned, or ``None`` for both.
        :param include_reference: also count the reference's in-person
            meetings no summit reports; a linked summit is then counted in
            its reference meeting's year, and a vague one never (it is one
            of the reference's).
        """
        wanted = tuple(self._names_of(name) for name in names)
        meetings = self._meetings() if include_reference else {}
        summits = [
            s for s in self.summits
            if _attended(s.participants, wanted) and (status is None or s.status is status)
        ]
        linked = {s.reference_id for s in summits if s.reference_id is not None}
        years: list[int] = []
        vague: dict[tuple[str, ...], int] = {}
        for summit in summits:
            date = _date_by(summit, meetings)
            ids = self._vague.get(summit)
            if date is None or (ids is not None and (include_reference or linked & set(ids))):
                continue
            if ids is None:
                years.append(date.year)
            else:
                vague.setdefault(ids, date.year)
        years += vague.values()
        if include_reference and status is not SummitStatus.PLANNED:
            years += [m.date.year for m in self._unreported() if _attended(m.participants, wanted)]
        return dict(sorted(Counter(years).items()))

    def reports(self, record: Summit | Agreement) -> tuple[Summit | Agreement, ...]:
        """Return the records merged into ``record``, each as its article gave it.

        Each keeps the article's own date, place or title, status and
        evidence; a record that is not one of :attr:`summits` or
        :attr:`agreements` is its own report.
        """
        found: tuple[Summit | Agreement, ...] = self._reports.get(record, (record,))
        return found

    def reference_disagreements(self) -> tuple[ReferenceDisagreement, ...]:
        """Return where articles report a reference meeting at another place or on another day.

        One entry per linked summit and aspect (place, then date), in the
        order of :attr:`summits`, each with the reference's meeting (its
        place, date and source) and the articles' records that say
        otherwise (their own place, date and evidence). See
        :func:`kjrel.linking.disagreements_with`.
        """
        meetings = self._meetings()
        found: list[ReferenceDisagreement] = []
        for summit in self.summits:
            meeting = meetings.get(summit.reference_id or "")
            if meeting is not None:
                reports = [r for r in self.reports(summit) if isinstance(r, Summit)]
                found += disagreements_with(meeting, reports, self.reference)
        return tuple(found)

    def summits_with(self, *names: str) -> tuple[Summit, ...]:
        """Return the summits every one of ``names`` (any spelling) took part in."""
        wanted = [set(self.resolve_name(name)) for name in names]
        return tuple(
            summit
            for summit in self.summits
            if all(options.intersection(summit.participants) for options in wanted)
        )

    def agreements_between(
        self,
        start: DateLike | None = None,
        end: DateLike | None = None,
        *,
        within: bool = False,
    ) -> tuple[Agreement, ...]:
        """Return the agreements dated in the period.

        The rules are those of :meth:`summits_between`; undated agreements
        are never returned.
        """
        low, high = _interval(start, end)
        found = self._index("agreements", lambda: (a.date for a in self.agreements))
        return tuple(self.agreements[i] for i in found.find(low, high, within=within))

    def claims_between(
        self,
        start: DateLike | None = None,
        end: DateLike | None = None,
        *,
        within: bool = False,
        kind: ClaimKind | None = None,
    ) -> tuple[Claim, ...]:
        """Return the claims whose claimed date falls in the period (by article, text order).

        The rules are those of :meth:`summits_between`; a claim whose value
        is not a date is never returned.

        :param kind: only claims of this kind (default: every kind).
        """
        low, high = _interval(start, end)
        claims = self._all_claims()
        found = self._index("claims", lambda: (_claim_date(c) for c in claims))
        return tuple(
            claim
            for claim in (claims[i] for i in found.find(low, high, within=within))
            if kind is None or claim.kind is kind
        )

    def _all_claims(self) -> tuple[Claim, ...]:
        """Return :attr:`claims`, built once (the period index refers to its positions)."""
        cached = self._records.get("claims")
        if cached is None:
            cached = self._records["claims"] = self.claims
        return cached

    def _index(
        self, name: str, dates: Callable[[], Iterable[PartialDate | None]]
    ) -> DateIndex:
        """Return the period index ``name``, building it on first use."""
        index = self._indexes.get(name)
        if index is None:
            index = self._indexes[name] = DateIndex(dates())
        return index

    def agreements_with(self, *countries: str) -> tuple[Agreement, ...]:
        """Return the agreements binding every country given (alpha-2 codes)."""
        wanted = {code.upper() for code in countries}
        return tuple(a for a in self.agreements if wanted <= set(a.parties))

    def claims_about(self, name: str, kind: ClaimKind | None = None) -> tuple[Claim, ...]:
        """Return the dated claims about ``name`` (any spelling), optionally of one kind."""
        wanted = set(self.resolve_name(name))
        return tuple(
            c for c in self.claims if c.subject in wanted and (kind is None or c.kind is kind)
        )

    def disagreements(self) -> tuple[tuple[Claim, ...], ...]:
        """Return groups of claims on the same subject and kind whose values differ.

        Each group holds every claim of that subject and kind, each with its
        source span, so the user can weigh them; kjrel does not pick one.
        """
        groups: dict[tuple[str, ClaimKind], list[Claim]] = {}
        for claim in self.claims:
            groups.setdefault((claim.subject, claim.kind), []).append(claim)
        return tuple(
            tuple(group)
            for _, group in sorted(
                groups.items(), key=lambda item: (item[0][0], item[0][1].value)
            )
            if len({(c.value, c.mod) for c in group}) > 1
        )

    def timeline(self) -> tuple[TimelineEvent, ...]:
        """Return every dated summit, agreement and taking or leaving of office, in order.

        A summit or agreement is one event however many articles report it
        (see :meth:`reports`). A leader's taking or leaving office is one
        event per term, whatever the articles' dates for it
        (:func:`kjrel.terms.office_events`: dated by the gazetteer's day
        when it knows the term), with every claim of it as evidence; the
        claims stay as the articles made them (:meth:`disagreements`).
        Events are ordered by the start of their date interval, then its
        end, then kind and label, so the order is stable.
        """
        events: list[TimelineEvent] = []
        for summit in self.summits:
            if summit.date is not None:
                events.append(
                    TimelineEvent(summit.date, EventKind.SUMMIT, _summit_label(summit),
                                  summit, summit.evidence, self.reports(summit))
                )
        for agreement in self.agreements:
            if agreement.date is not None:
                events.append(
                    TimelineEvent(agreement.date, EventKind.AGREEMENT,
                                  _agreement_label(agreement), agreement, agreement.evidence,
                                  self.reports(agreement))
                )
        events += [_office_event(event) for event in office_events(self.claims, self.gazetteer)]
        return tuple(
            sorted(events, key=lambda e: (e.date.sort_key(), e.kind.value, e.label))
        )


def _office_event(event: OfficeEvent) -> TimelineEvent:
    """Return the timeline entry of one taking or leaving of office."""
    label = f"{event.subject} {event.kind.value.replace('-', ' ')}"
    evidence = tuple(sorted({claim.evidence for claim in event.claims}))
    return TimelineEvent(event.date, EventKind.CLAIM, label, event.claims[0], evidence,
                         event.claims)


def _in_period(date: PartialDate, low: dt.date, high: dt.date, *, within: bool) -> bool:
    """Whether a date overlaps the period (or, ``within``, lies inside it)."""
    if within:
        return low <= date.earliest() and date.latest() <= high
    return date.earliest() <= high and low <= date.latest()


def _meeting_order(item: Summit | ReferenceMeeting) -> tuple[object, ...]:
    """Date order for summits and reference meetings; a summit first on a tie."""
    date = item.date.sort_key() if item.date else (dt.date.max, dt.date.max)
    return (date, isinstance(item, ReferenceMeeting), tuple(sorted(item.participants)))


def _attended(participants: Iterable[str], wanted: Iterable[frozenset[str]]) -> bool:
    """Whether, for each set of names, one of them is among the participants."""
    present = set(participants)
    return all(options & present for options in wanted)


def _date_by(summit: Summit, meetings: Mapping[str, ReferenceMeeting]) -> PartialDate | None:
    """Return the date of the reference meeting a summit is linked to, else its own."""
    known = meetings.get(summit.reference_id or "")
    return known.date if known is not None else summit.date


def _summit_key(summit: Summit) -> tuple[object, ...]:
    date = summit.date.sort_key() if summit.date else (dt.date.max, dt.date.max)
    return (date, summit.participants, summit.evidence)


def _agreement_key(agreement: Agreement) -> tuple[object, ...]:
    date = agreement.date.sort_key() if agreement.date else (dt.date.max, dt.date.max)
    return (date, agreement.kind.value, agreement.title, agreement.evidence)


def _summit_label(summit: Summit) -> str:
    where = ""
    if summit.place is not None:
        # A place written as "near Washington" reads without "in".
        preposition = "" if summit.place.name.split()[0].islower() else "in "
        where = f" {preposition}{summit.place.name}"
    planned = " (planned)" if summit.status is SummitStatus.PLANNED else ""
    occasion = f" at {summit.occasion}" if summit.occasion else ""
    people = " / ".join(summit.participants)
    return f"{summit.kind.value} summit: {people}{where}{occasion}{planned}"


def _agreement_label(agreement: Agreement) -> str:
    return f"{agreement.kind.value}: {agreement.title} ({', '.join(agreement.parties)})"
