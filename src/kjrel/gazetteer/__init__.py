"""Reference data: leaders, their offices and terms, countries and places.

The data lives in TOML files beside this module (``leaders.toml``,
``countries.toml``), each entry with the public source of its facts. The
:class:`Gazetteer` answers the questions the extractor asks: who is this
name, who held this office on that day, which country is this adjective or
city.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterable, Iterator
from importlib import resources

from attrs import field, frozen

from kjrel.models import Leader, Office, OfficeRole

__all__ = ["Gazetteer", "NameMatch", "default_gazetteer", "name_key"]

_NOT_LETTERS = re.compile(r"[^\w]|[\d_]")


def name_key(name: str) -> str:
    """Return the comparison key of a name: case-folded letters only.

    This is ANNOTATION.md's rule: "Yoon Suk-yeol", "yoon suk yeol" and
    "YoonSukYeol" share one key.
    """
    return _NOT_LETTERS.sub("", name.casefold())


@frozen
class NameMatch:
    """A leader's name found in a text."""

    start: int
    """First code point of the name."""
    end: int
    """One past its last code point."""
    leader: Leader
    """Who it names."""


@frozen(eq=False)
class Gazetteer:
    """Leaders, countries and places, with lookups by any spelling.

    Build one with :func:`default_gazetteer` (the bundled data) or
    :meth:`from_records` (your own).
    """

    leaders: tuple[Leader, ...]
    """Every leader known, in data-file order."""
    demonyms: dict[str, str] = field(factory=dict)
    """Adjective or noun (lower case) to alpha-2 code ("japanese" -> "JP")."""
    places: dict[str, str] = field(factory=dict)
    """City or place name (lower case) to alpha-2 code ("seoul" -> "KR")."""
    countries: dict[str, str] = field(factory=dict)
    """Country name (lower case) to alpha-2 code ("south korea" -> "KR")."""
    _by_key: dict[str, tuple[Leader, ...]] = field(factory=dict, init=False, repr=False)
    _names: list[tuple[re.Pattern[str], dict[str, Leader]]] = field(
        factory=list, init=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        """Index every spelling of every leader's name."""
        index: dict[str, list[Leader]] = {}
        for leader in self.leaders:
            for name in leader.names():
                bucket = index.setdefault(name_key(name), [])
                if leader not in bucket:
                    bucket.append(leader)
        self._by_key.update({key: tuple(value) for key, value in index.items()})
        self._names.append(_name_pattern(self.leaders))

    @classmethod
    def from_records(
        cls,
        leaders: Iterable[Leader],
        *,
        demonyms: dict[str, str] | None = None,
        places: dict[str, str] | None = None,
        countries: dict[str, str] | None = None,
    ) -> Gazetteer:
        """Build a gazetteer from your own records."""
        return cls(tuple(leaders), demonyms or {}, places or {}, countries or {})

    def lookup(self, name: str, on: dt.date | None = None) -> Leader | None:
        """Return the leader a full name or alias denotes, or ``None``.

        Matching uses :func:`name_key`. When several leaders share a
        spelling, ``on`` prefers the one in office that day.
        """
        found = self._by_key.get(name_key(name), ())
        if not found:
            return None
        if on is not None and len(found) > 1:
            current = [leader for leader in found if leader.offices_on(on)]
            if current:
                return current[0]
        return found[0]

    def holders(
        self, country: str, on: dt.date, roles: Iterable[OfficeRole] | None = None
    ) -> tuple[tuple[Leader, Office], ...]:
        """Return ``(leader, office)`` pairs for offices of ``country`` held on ``on``."""
        wanted = None if roles is None else set(roles)
        return tuple(
            (leader, office)
            for leader in self.leaders
            for office in leader.offices
            if office.country == country
            and office.held_on(on)
            and (wanted is None or office.role in wanted)
        )

    def holder_of(self, country: str, title: str, on: dt.date) -> Leader | None:
        """Return who held the office titled ``title`` in ``country`` on ``on``.

        ``title`` is compared case-insensitively ("prime minister").
        """
        wanted = title.casefold()
        for leader, office in self.holders(country, on):
            if office.title.casefold() == wanted:
                return leader
        return None

    def country_of(self, word: str) -> str | None:
        """Return the alpha-2 code for a country name, demonym or known place."""
        key = word.casefold().strip()
        return self.countries.get(key) or self.demonyms.get(key) or self.places.get(key)

    def find_names(self, text: str) -> Iterator[NameMatch]:
        """Yield every full name or multi-word alias of a leader found in ``text``.

        Matches are whole words, longest first, left to right, and never
        overlap. Single-word aliases (surnames) are not searched here: they
        are ambiguous on their own and are resolved by the mentions stage.
        """
        pattern, by_surface = self._names[0]
        for match in pattern.finditer(text):
            leader = by_surface.get(name_key(match.group(0)))
            if leader is not None:
                yield NameMatch(match.start(), match.end(), leader)


def _name_pattern(leaders: Iterable[Leader]) -> tuple[re.Pattern[str], dict[str, Leader]]:
    """Compile one pattern for every multi-word spelling of every leader."""
    by_surface: dict[str, Leader] = {}
    names: set[str] = set()
    for leader in leaders:
        for name in leader.names():
            if len(name.split()) > 1 or "-" in name:
                by_surface.setdefault(name_key(name), leader)
                names.add(name)
    # Parts of a name may be joined by a space, a hyphen or nothing, so
    # "Yoon Suk Yeol", "Yoon Suk-yeol" and "Yoon Sukyeol" all match.
    alternatives = []
    for name in sorted(names, key=len, reverse=True):
        parts = [re.escape(part) for part in re.split(r"[\s\-‐‑]+", name) if part]
        alternatives.append(r"[\s\-‐‑]?".join(parts))
    body = "|".join(alternatives) or r"(?!x)x"
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE), by_surface


def _parse_date(value: object, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    raise ValueError(f"{where}: expected a date, got {value!r}")


def _load_leaders(data: dict[str, object]) -> tuple[Leader, ...]:
    leaders = []
    entries = data.get("leader", [])
    assert isinstance(entries, list)
    for entry in entries:
        offices = tuple(
            Office(
                title=office["title"],
                country=office.get("country", entry["country"]),
                role=OfficeRole(office["role"]),
                start=_parse_date(office["start"], entry["name"]),
                end=None if office.get("end") is None
                else _parse_date(office["end"], entry["name"]),
            )
            for office in entry.get("office", [])
        )
        leaders.append(
            Leader(
                name=entry["name"],
                country=entry["country"],
                aliases=tuple(entry.get("aliases", ())),
                offices=offices,
                source=entry.get("source", ""),
            )
        )
    return tuple(leaders)


@functools.cache
def default_gazetteer() -> Gazetteer:
    """Return the gazetteer built from the data bundled with kjrel (cached)."""
    folder = resources.files(__name__)
    leaders = tomllib.loads((folder / "leaders.toml").read_text(encoding="utf-8"))
    countries = tomllib.loads((folder / "countries.toml").read_text(encoding="utf-8"))
    return Gazetteer(
        leaders=_load_leaders(leaders),
        demonyms={k.casefold(): v for k, v in countries.get("demonyms", {}).items()},
        places={k.casefold(): v for k, v in countries.get("places", {}).items()},
        countries={k.casefold(): v for k, v in countries.get("countries", {}).items()},
    )
