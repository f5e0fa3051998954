"""A sourced reference of Korea–Japan leaders' meetings and instruments.

The data lives in TOML files beside this module (``meetings.toml``,
``instruments.toml``, ``venues.toml``), one table per entry, each entry with
the URL of the page its facts were checked against and, for meetings and
instruments, a note on how its date is known (``date_basis``).
:func:`default_reference` loads the bundled files once; :func:`load_reference`
adds files of your own in the same format.

This is reference data, not extraction: the pipeline reads only the
instruments' names. A corpus links its summits and agreements to it when it
is built (:mod:`kjrel.linking`); :meth:`Reference.meeting_candidates` is the
rule by which a summit is linked.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from attrs import field, frozen

from kjrel.dates import shift_day
from kjrel.errors import KjrelError, QueryError
from kjrel.gazetteer import default_gazetteer, name_key
from kjrel.models import AgreementKind, PartialDate, Place, Summit, SummitKind, SummitStatus

__all__ = [
    "MeetingKind",
    "Reference",
    "ReferenceDataError",
    "ReferenceInstrument",
    "ReferenceMeeting",
    "ReferenceVenue",
    "default_reference",
    "load_reference",
    "reference_lines",
]


class ReferenceDataError(KjrelError, ValueError):
    """A reference data file is malformed (names the file, line and entry)."""


class MeetingKind(enum.Enum):
    """The form of a leaders' meeting in the reference.

    The first four are ANNOTATION.md's summit kinds; :attr:`PHONE` is a
    telephone (or video) talk, kept for context and never counted as a summit.
    """

    BILATERAL = "bilateral"
    """The two countries' leaders, on a visit (state, official or working)."""
    TRILATERAL = "trilateral"
    """Three countries' leaders (Japan–China–ROK, Japan–US–ROK)."""
    MULTILATERAL = "multilateral"
    """More than three countries' leaders in one meeting."""
    SIDELINES = "sidelines"
    """A bilateral meeting held during a larger gathering (see ``occasion``)."""
    PHONE = "phone"
    """A telephone or video talk: not a summit."""

    @property
    def is_summit(self) -> bool:
        """Whether a meeting of this kind is an in-person summit."""
        return self is not MeetingKind.PHONE

    @property
    def summit_kind(self) -> SummitKind | None:
        """The matching :class:`~kjrel.models.SummitKind`, or ``None`` for a phone talk."""
        return None if self is MeetingKind.PHONE else SummitKind(self.value)


@frozen
class ReferenceMeeting:
    """One leaders' meeting (or phone talk) in the reference."""

    id: str
    """Stable id: ``m-`` + the ISO date + ``-`` + a place slug (``m-2023-03-16-tokyo``)."""
    date: PartialDate
    """The day it took place (month or year only where only that is known)."""
    place: Place
    """Where it took place, with the country's ISO alpha-2 code."""
    participants: tuple[str, ...]
    """The leaders who took part, as :mod:`kjrel.gazetteer` spells their names."""
    kind: MeetingKind
    """Bilateral, trilateral, multilateral, sidelines or phone."""
    occasion: str | None
    """The larger gathering it was held at ("G7 Hiroshima summit"), or ``None``."""
    source: str
    """URL of the page its facts were checked against."""
    date_basis: str
    """How the date is known ("MOFA Japan meeting record page")."""

    @property
    def is_summit(self) -> bool:
        """Whether this was an in-person summit (every kind but phone)."""
        return self.kind.is_summit


@frozen
class ReferenceInstrument:
    """One bilateral instrument or major joint document in the reference."""

    id: str
    """Stable id: ``i-`` + the ISO date + ``-`` + a title slug."""
    date: PartialDate
    """The day it was signed, adopted or announced."""
    title: str
    """The official title (English)."""
    parties: tuple[str, ...]
    """ISO alpha-2 codes of the countries party to it."""
    kind: AgreementKind
    """Treaty, MOU, joint declaration, joint statement or commitment."""
    source: str
    """URL of the page its facts were checked against."""
    date_basis: str
    """How the date is known."""
    aliases: tuple[str, ...] = ()
    """Other names the press gives it ("GSOMIA", "the comfort women deal"), matched
    case-insensitively; an article naming it so is linked to it
    (:mod:`kjrel.pipeline.instrument_links`)."""
    pattern: str = ""
    """A regular expression (case-insensitive) for the ways the press writes it,
    which the agreement stage finds in articles; empty for none."""


@frozen
class ReferenceVenue:
    """A venue the press names instead of the city a meeting was held in."""

    name: str
    """The venue as the press most often writes it ("Cheong Wa Dae")."""
    aliases: tuple[str, ...]
    """Other spellings ("Blue House")."""
    city: str
    """The city it is in, spelled as the meetings spell places ("Seoul")."""
    country: str
    """ISO alpha-2 code of the city's country."""
    source: str
    """URL of a page that says where the venue is."""

    def names(self) -> tuple[str, ...]:
        """Return the name followed by every alias."""
        return (self.name, *self.aliases)


@frozen(eq=False)
class Reference:
    """The meetings, instruments and venues, in order, with a few queries.

    Build one with :func:`default_reference` or :func:`load_reference`.
    """

    meetings: tuple[ReferenceMeeting, ...]
    """Every meeting and phone talk, ordered by date, then id."""
    instruments: tuple[ReferenceInstrument, ...]
    """Every instrument, ordered by date, then id."""
    venues: tuple[ReferenceVenue, ...] = ()
    """Venues read as the city they are in ("Cheong Wa Dae" is in Seoul), by name."""
    _cities: dict[str, str] = field(init=False, factory=dict, repr=False)

    @property
    def summits(self) -> tuple[ReferenceMeeting, ...]:
        """The in-person meetings (every meeting but phone talks)."""
        return tuple(meeting for meeting in self.meetings if meeting.is_summit)

    def meeting(self, meeting_id: str) -> ReferenceMeeting:
        """Return the meeting with this id.

        :raises QueryError: if there is none.
        """
        for meeting in self.meetings:
            if meeting.id == meeting_id:
                return meeting
        raise QueryError(f"no meeting with id {meeting_id!r} in the reference")

    def meetings_between(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> tuple[ReferenceMeeting, ...]:
        """Return the meetings whose date lies within ``start``..``end`` (inclusive).

        A meeting known only to the month or year counts when its interval
        overlaps the range. Either bound may be ``None`` (open).
        """
        low = start or dt.date.min
        high = end or dt.date.max
        return tuple(
            m for m in self.meetings if m.date.earliest() <= high and low <= m.date.latest()
        )

    def meetings_of(self, name_a: str, name_b: str) -> tuple[ReferenceMeeting, ...]:
        """Return the meetings (and phone talks) in which both leaders took part.

        Names may be written in any spelling the gazetteer knows, or as a
        family name alone ("Kishida", "Yoon Suk-yeol"); a family name stands
        for every leader of that name ("Lee").

        :raises QueryError: if a name is not a leader the gazetteer knows.
        """
        first, second = _canonical(name_a), _canonical(name_b)
        return tuple(
            m for m in self.meetings
            if first.intersection(m.participants) and second.intersection(m.participants)
        )

    def last_meeting(
        self, name_a: str, name_b: str, *, before: dt.date | None = None,
        include_phone: bool = False,
    ) -> ReferenceMeeting | None:
        """Return the two leaders' latest meeting that ended before ``before``.

        Phone talks count only with ``include_phone``. Returns ``None`` when
        they had not met.
        """
        limit = before or dt.date.max
        found = [
            m for m in self.meetings_of(name_a, name_b)
            if m.date.latest() < limit and (include_phone or m.is_summit)
        ]
        return found[-1] if found else None

    def meeting_for(
        self, summit: Summit, *, published: dt.date | None = None,
        taken: Collection[str] = (),
    ) -> ReferenceMeeting | None:
        """Return the one reference meeting an extracted summit reports, or ``None``.

        ``None`` when no meeting fits (one the reference lacks) or several
        do (a vague summit, "in 2023"); see :meth:`meeting_candidates`.
        """
        found = self.meeting_candidates(summit, published=published, taken=taken)
        return found[0] if len(found) == 1 else None

    def meeting_candidates(
        self, summit: Summit, *, published: dt.date | None = None,
        taken: Collection[str] = (), leeway: bool = True,
    ) -> tuple[ReferenceMeeting, ...]:
        """Return the in-person meetings an extracted summit may report, in date order.

        A meeting fits when it has the same participants; the summit's
        country (of its place, or its own) is unknown or the meeting's; its
        date overlaps the summit's (an undated summit: any date); and, given
        the article's ``published`` date, a summit reported held did not
        take place after it, nor one reported planned before it (a day's
        leeway each way). When no meeting fits so, a summit dated to a day
        that names a meeting's place (or a venue in it, :attr:`venues`) may
        be a day off it (the day in another time zone), unless the meeting
        is in ``taken``: the meetings the same article reports on their day
        (``leeway=False``: never a day off).
        When several fit, those whose place the summit names are kept if
        any, then those whose gathering (:attr:`ReferenceMeeting.occasion`)
        the summit's occasion names ("APEC"). The summit is linked only
        when one meeting is left.
        """
        fits = [m for m in self.summits if _fits(m, summit, published, slack=False)]
        day = summit.date is not None and summit.date.precision == "day"
        if not fits and leeway and day:
            fits = [
                m for m in self.summits
                if m.id not in taken and self.names_place(m, summit.place)
                and _fits(m, summit, published, slack=True)
            ]
        return self._narrowed(fits, summit)

    def _narrowed(
        self, fits: list[ReferenceMeeting], summit: Summit
    ) -> tuple[ReferenceMeeting, ...]:
        if len(fits) > 1:
            fits = [m for m in fits if self.names_place(m, summit.place)] or fits
        if len(fits) > 1 and summit.occasion:
            wanted = _gatherings(summit.occasion)
            fits = [m for m in fits if wanted & _gatherings(m.occasion or "")] or fits
        return tuple(fits)

    def city_of(self, place: str) -> str | None:
        """Return the city of a venue the reference knows ("Blue House" -> "Seoul"), else ``None``.

        Case, spaces and punctuation are ignored.
        """
        return self._venue_cities().get(name_key(place))

    def names_place(self, meeting: ReferenceMeeting, place: Place | None) -> bool:
        """Return whether an article's place names the meeting's place.

        It does when it is the same name (case, spaces and punctuation
        aside) or a venue in that city; "near Washington" names Washington.
        """
        if place is None:
            return False
        written = _NEAR.sub("", place.name)
        wanted = name_key(meeting.place.name)
        city = self.city_of(written)
        return name_key(written) == wanted or (city is not None and name_key(city) == wanted)

    def place_disagrees(self, meeting: ReferenceMeeting, summit: Summit) -> bool:
        """Return whether a summit names another place than the meeting's.

        A summit with no place, one whose place names the meeting's
        (:meth:`names_place`) and one that only locates it ("near
        Washington", "outside Seoul") do not disagree.
        """
        place = summit.place
        if place is None or not place.name.strip() or _NEAR.match(place.name):
            return False
        return not self.names_place(meeting, place)

    def _venue_cities(self) -> dict[str, str]:
        """Return the venues' cities by the key of each spelling, built on first use."""
        if self.venues and not self._cities:
            self._cities.update(
                (name_key(name), venue.city) for venue in self.venues for name in venue.names()
            )
        return self._cities

    def instrument(self, instrument_id: str) -> ReferenceInstrument:
        """Return the instrument with this id.

        :raises QueryError: if there is none.
        """
        for instrument in self.instruments:
            if instrument.id == instrument_id:
                return instrument
        raise QueryError(f"no instrument with id {instrument_id!r} in the reference")

    def per_year(self, *, include_phone: bool = False) -> dict[int, int]:
        """Return the number of meetings in each year that has any, in year order.

        Phone talks are not summits and count only with ``include_phone``.
        """
        counts = Counter(
            m.date.year for m in self.meetings if include_phone or m.is_summit
        )
        return dict(sorted(counts.items()))


_NEAR = re.compile(r"^\s*(?:near|outside)\s+", re.IGNORECASE)
_LEEWAY = 1
"""Days a date may be off: a meeting's day in another time zone."""


def _fits(
    meeting: ReferenceMeeting, summit: Summit, published: dt.date | None, *, slack: bool
) -> bool:
    """Whether a reference meeting and an extracted summit can be one event."""
    if set(meeting.participants) != set(summit.participants):
        return False
    place = summit.place
    country = place.country if place is not None and place.country else summit.country
    if country is not None and country != meeting.place.country:
        return False
    if summit.date is not None and not _dates_fit(meeting.date, summit.date, slack=slack):
        return False
    return published is None or _in_time(meeting, summit.status, published)


def _dates_fit(meeting: PartialDate, summit: PartialDate, *, slack: bool) -> bool:
    if not slack:
        return meeting.overlaps(summit)
    return (
        meeting.precision == "day"
        and abs((meeting.earliest() - summit.earliest()).days) <= _LEEWAY
    )


def _in_time(meeting: ReferenceMeeting, status: SummitStatus, published: dt.date) -> bool:
    """Whether a meeting reported held (or planned) on ``published`` can be this one."""
    if status is SummitStatus.HELD:
        return meeting.date.earliest() <= shift_day(published, days=_LEEWAY)
    return meeting.date.latest() >= shift_day(published, days=-_LEEWAY)


def _gatherings(text: str) -> frozenset[str]:
    """Return the canonical names of the gatherings ``text`` names ("APEC", "G7")."""
    return frozenset(match.name for match in default_gazetteer().find_events(text))


def _meeting_line(meeting: ReferenceMeeting) -> str:
    where = f"{meeting.place.name} ({meeting.place.country})"
    occasion = f"  [{meeting.occasion}]" if meeting.occasion else ""
    who = " / ".join(meeting.participants)
    return f"{meeting.id}  {meeting.date}  {meeting.kind.value}  {who}  {where}{occasion}"


def _instrument_line(instrument: ReferenceInstrument) -> str:
    parties = ",".join(instrument.parties)
    return (
        f"{instrument.id}  {instrument.date}  {instrument.kind.value}"
        f"  {instrument.title}  ({parties})"
    )


def reference_lines(
    reference: Reference, *, kind: str | None = None,
    start: dt.date | None = None, end: dt.date | None = None,
) -> list[str]:
    """Return one line per entry, in date order: id, ISO date, kind, then what it is.

    ``kind`` is ``"summit"`` (in-person meetings), ``"phone"``,
    ``"instrument"``, or ``None`` for everything. ``start`` and ``end``
    bound the dates as in :meth:`Reference.meetings_between`.
    """
    low, high = start or dt.date.min, end or dt.date.max
    rows: list[tuple[tuple[dt.date, dt.date], str]] = []
    if kind in (None, "summit", "phone"):
        rows += [
            (m.date.sort_key(), _meeting_line(m))
            for m in reference.meetings_between(start, end)
            if kind is None or m.is_summit == (kind == "summit")
        ]
    if kind in (None, "instrument"):
        rows += [
            (i.date.sort_key(), _instrument_line(i))
            for i in reference.instruments
            if i.date.earliest() <= high and low <= i.date.latest()
        ]
    return [line for _key, line in sorted(rows)]


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------

_MEETING_KEYS = frozenset(
    {"id", "date", "place", "country", "participants", "kind", "occasion", "source",
     "date_basis"}
)
_INSTRUMENT_KEYS = frozenset(
    {"id", "date", "title", "parties", "kind", "source", "date_basis", "aliases", "pattern"}
)
_VENUE_KEYS = frozenset({"name", "aliases", "city", "country", "source"})
_OPTIONAL = frozenset({"occasion", "aliases", "pattern"})
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_CODE = re.compile(r"[A-Z]{2}\Z")
_URL = re.compile(r"https?://\S+\Z")
_TOML_LINE = re.compile(r"at line (\d+)")


def _canonical(name: str) -> frozenset[str]:
    """Return the canonical names ``name`` can denote.

    One for a full name or alias; every leader of that family name for a
    single word ("Yoon").
    """
    gazetteer = default_gazetteer()
    leader = gazetteer.lookup(name)
    if leader is not None:
        return frozenset({leader.name})
    found = frozenset(c.name for c in gazetteer.surname_candidates(name.strip()))
    if not found:
        raise QueryError(f"{name!r} is not a leader the gazetteer knows")
    return found


def _text(raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{key!r} must be a non-empty string, got {value!r}")
    return value


def _strings(raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key!r} must be a non-empty array of strings, got {value!r}")
    if len(set(value)) != len(value):
        raise ValueError(f"{key!r} lists a value twice: {value!r}")
    return tuple(value)


def _code(value: str, what: str) -> str:
    if not _CODE.match(value):
        raise ValueError(f"{what} must be an ISO 3166-1 alpha-2 code, got {value!r}")
    return value


def _partial_date(raw: Mapping[str, Any]) -> PartialDate:
    value = raw.get("date")
    if isinstance(value, dt.datetime):
        raise ValueError(f"'date' must be a date without a time, got {value!r}")
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    if isinstance(value, str):
        return PartialDate.parse(value)
    raise ValueError(f"'date' must be a TOML date or a 'YYYY-MM' / 'YYYY' string, got {value!r}")


def _check_keys(raw: Mapping[str, Any], allowed: frozenset[str]) -> None:
    unknown = set(raw) - allowed
    if unknown:
        raise ValueError(f"unknown key(s) {sorted(unknown)} (expected: {sorted(allowed)})")
    missing = allowed - _OPTIONAL - set(raw)
    if missing:
        raise ValueError(f"missing key(s) {sorted(missing)}")


def _check_id(entry_id: str, prefix: str, date: PartialDate) -> None:
    head = f"{prefix}-{date.isoformat()}-"
    if not entry_id.startswith(head) or not _SLUG.match(entry_id[len(head):]):
        raise ValueError(
            f"id {entry_id!r} must be {head!r} followed by a lower-case slug"
            " (letters, digits, single hyphens)"
        )


def _check_source(raw: Mapping[str, Any], *, dated: bool = True) -> tuple[str, str]:
    source = _text(raw, "source")
    if not _URL.match(source):
        raise ValueError(f"'source' must be an http(s) URL, got {source!r}")
    return source, _text(raw, "date_basis") if dated else ""


@functools.cache
def _leader_names() -> frozenset[str]:
    """Return the names of the gazetteer's leaders (once, not once per meeting)."""
    return frozenset(leader.name for leader in default_gazetteer().leaders)


def _participants(raw: Mapping[str, Any]) -> tuple[str, ...]:
    names = _strings(raw, "participants")
    known = _leader_names()
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValueError(
            f"participant(s) {unknown} are not leaders' names as leaders.toml spells them"
        )
    return names


def _meeting(raw: Mapping[str, Any]) -> ReferenceMeeting:
    _check_keys(raw, _MEETING_KEYS)
    date = _partial_date(raw)
    entry_id = _text(raw, "id")
    _check_id(entry_id, "m", date)
    occasion = raw.get("occasion")
    if occasion is not None and (not isinstance(occasion, str) or not occasion.strip()):
        raise ValueError(f"'occasion' must be a non-empty string when given, got {occasion!r}")
    source, basis = _check_source(raw)
    return ReferenceMeeting(
        id=entry_id,
        date=date,
        place=Place(_text(raw, "place"), _code(_text(raw, "country"), "'country'")),
        participants=_participants(raw),
        kind=MeetingKind(_text(raw, "kind")),
        occasion=occasion,
        source=source,
        date_basis=basis,
    )


def _instrument(raw: Mapping[str, Any]) -> ReferenceInstrument:
    _check_keys(raw, _INSTRUMENT_KEYS)
    date = _partial_date(raw)
    entry_id = _text(raw, "id")
    _check_id(entry_id, "i", date)
    parties = tuple(_code(code, "each of 'parties'") for code in _strings(raw, "parties"))
    source, basis = _check_source(raw)
    return ReferenceInstrument(
        id=entry_id,
        date=date,
        title=_text(raw, "title"),
        parties=parties,
        kind=AgreementKind(_text(raw, "kind")),
        source=source,
        date_basis=basis,
        aliases=_strings(raw, "aliases") if "aliases" in raw else (),
        pattern=_pattern(raw),
    )


def _pattern(raw: Mapping[str, Any]) -> str:
    if "pattern" not in raw:
        return ""
    text = _text(raw, "pattern")
    try:
        re.compile(text, re.IGNORECASE)
    except re.error as error:
        raise ValueError(f"'pattern' is not a regular expression: {error}") from None
    return text


def _entry_line(text: str, entry_id: object, table: str, number: int) -> int | None:
    """Return the line of the entry's ``id = "..."`` key, else of its table header."""
    if isinstance(entry_id, str):
        pattern = r'^\s*id\s*=\s*"' + re.escape(entry_id) + '"'
        found = re.search(pattern, text, re.MULTILINE)
        if found is not None:
            return text.count("\n", 0, found.start()) + 1
    headers = list(re.finditer(r"^[ \t]*\[\[" + table + r"\]\]", text, re.MULTILINE))
    if 1 <= number <= len(headers):
        return text.count("\n", 0, headers[number - 1].start()) + 1
    return None


def _parse(text: str, path: str) -> dict[str, Any]:
    """Parse the TOML ``text``, through the cache (:func:`kjrel.cache.cached_toml`)."""
    from kjrel.cache import cached_toml  # noqa: PLC0415

    return cached_toml(text, lambda source: _parse_text(source, path))


def _parse_text(text: str, path: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        line = int(found.group(1)) if found else None
        raise ReferenceDataError(f"not valid TOML: {error}", path=path, line=line) from None


@frozen
class _Entries:
    meetings: list[ReferenceMeeting]
    instruments: list[ReferenceInstrument]
    venues: list[ReferenceVenue]


def _entries(text: str, path: str) -> _Entries:
    """Read one file's ``[[meeting]]``, ``[[instrument]]`` and ``[[venue]]`` tables."""
    data = _parse(text, path)
    unknown = set(data) - {"meeting", "instrument", "venue"}
    if unknown:
        raise ReferenceDataError(
            f"unknown top-level key(s) {sorted(unknown)} (expected [[meeting]],"
            " [[instrument]] or [[venue]] tables)",
            path=path,
        )
    meetings = [_build(_meeting, raw, n, text, path, "meeting")
                for n, raw in enumerate(_tables(data, "meeting", path), 1)]
    instruments = [_build(_instrument, raw, n, text, path, "instrument")
                   for n, raw in enumerate(_tables(data, "instrument", path), 1)]
    venues = [_build(_venue, raw, n, text, path, "venue")
              for n, raw in enumerate(_tables(data, "venue", path), 1)]
    return _Entries(meetings, instruments, venues)


def _venue(raw: Mapping[str, Any]) -> ReferenceVenue:
    _check_keys(raw, _VENUE_KEYS)
    return ReferenceVenue(
        name=_text(raw, "name"),
        aliases=_strings(raw, "aliases") if "aliases" in raw else (),
        city=_text(raw, "city"),
        country=_code(_text(raw, "country"), "'country'"),
        source=_check_source(raw, dated=False)[0],
    )


def _tables(data: Mapping[str, Any], table: str, path: str) -> list[Any]:
    entries = data.get(table, [])
    if not isinstance(entries, list):
        raise ReferenceDataError(f"{table!r} must be an array of tables ([[{table}]])", path=path)
    return entries


_T = TypeVar("_T")


def _build(
    make: Callable[[Mapping[str, Any]], _T],
    raw: object, number: int, text: str, path: str, table: str,
) -> _T:
    entry_id = raw.get("id") if isinstance(raw, dict) else None
    where = f"{table} #{number}" + (f" ({entry_id!r})" if entry_id else "")
    try:
        if not isinstance(raw, dict):
            raise ValueError(f"expected a table, got {raw!r}")
        built = make(raw)
    except (ValueError, TypeError) as error:
        line = _entry_line(text, entry_id, table, number)
        raise ReferenceDataError(f"{where}: {error}", path=path, line=line) from None
    return built


def _merge(sources: Iterable[tuple[str, str]]) -> Reference:
    """Build a :class:`Reference` from ``(text, path)`` pairs; ids must be unique."""
    seen: dict[str, str] = {}
    meetings: list[ReferenceMeeting] = []
    instruments: list[ReferenceInstrument] = []
    venues: dict[str, ReferenceVenue] = {}
    for text, path in sources:
        entries = _entries(text, path)
        _add_venues(venues, entries.venues, text, path)
        ids = [("meeting", m.id) for m in entries.meetings]
        ids += [("instrument", i.id) for i in entries.instruments]
        for table, entry_id in ids:
            if entry_id in seen:
                raise ReferenceDataError(
                    f"{table} {entry_id!r}: id already used in {seen[entry_id]}",
                    path=path, line=_entry_line(text, entry_id, table, 0),
                )
            seen[entry_id] = path
        meetings.extend(entries.meetings)
        instruments.extend(entries.instruments)
    meetings.sort(key=lambda m: (m.date.sort_key(), m.id))
    instruments.sort(key=lambda i: (i.date.sort_key(), i.id))
    ordered = sorted(set(venues.values()), key=lambda v: (v.name, v.city))
    return Reference(tuple(meetings), tuple(instruments), tuple(ordered))


def _add_venues(
    known: dict[str, ReferenceVenue], venues: Iterable[ReferenceVenue], text: str, path: str
) -> None:
    """File each venue under the key of each spelling; a spelling of another city is an error."""
    for number, venue in enumerate(venues, 1):
        for name in venue.names():
            other = known.setdefault(name_key(name), venue)
            if other.city != venue.city:
                raise ReferenceDataError(
                    f"venue #{number} ({venue.name!r}): {name!r} already names a venue"
                    f" in {other.city}",
                    path=path, line=_entry_line(text, None, "venue", number),
                )


_BUNDLED = ("meetings.toml", "instruments.toml", "venues.toml")


def _bundled() -> list[tuple[str, str]]:
    folder = Path(__file__).resolve().parent  # not importlib.resources: slower to import
    return [
        ((folder / name).read_text(encoding="utf-8"), f"kjrel/reference/{name}")
        for name in _BUNDLED
    ]


@functools.cache
def default_reference() -> Reference:
    """Return the reference built from the data bundled with kjrel (cached)."""
    return _merge(_bundled())


def load_reference(*extra_paths: str | Path) -> Reference:
    """Return the bundled reference extended with your own TOML files.

    Each file holds ``[[meeting]]`` and/or ``[[instrument]]`` tables in the
    bundled format (see ``meetings.toml``). An id already used, by the
    bundled data or by an earlier file, is an error.

    :raises ReferenceDataError: naming the file and line of a bad or
        duplicate entry.
    :raises OSError: if a file cannot be read.
    """
    extra = [(Path(path).read_text(encoding="utf-8"), str(path)) for path in extra_paths]
    return _merge([*_bundled(), *extra])
