"""Reference data: leaders, their offices and terms, countries and places.

The data lives in TOML files beside this module (``leaders.toml``,
``countries.toml``), each entry with the public source of its facts. The
:class:`Gazetteer` answers the questions the extractor asks: who is this
name, who held this office on that day, which country is this adjective or
city, which multilateral gathering is this.

Everything here is general reference data and rules; nothing is specific to
an article. Every index is built once, when the gazetteer is constructed;
lookups are dictionary reads, and :meth:`Gazetteer.find_names` and
:meth:`Gazetteer.find_events` run in time linear in the text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from attrs import field, frozen

from kjrel.errors import KjrelError
from kjrel.models import Leader, Office, OfficeRole

__all__ = [
    "DEFAULT_LEADING_ROLES",
    "FAMILY_NAME_FIRST",
    "TITLE_SYNONYMS",
    "EventMatch",
    "Gazetteer",
    "GazetteerError",
    "NameMatch",
    "default_gazetteer",
    "name_key",
]

_NOT_LETTERS = re.compile(r"[^\w]|[\d_]")


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Return the comparison key of a name: case-folded letters only.

    This is ANNOTATION.md's rule: "Yoon Suk-yeol", "yoon suk yeol" and
    "YoonSukYeol" share one key. A diacritic is no letter: "Luiz Inácio" and
    "Luiz Inacio", "Shinzō" and "Shinzo" share one too.
    """
    # decompose, fold, decompose again: a compatibility form may decompose to a
    # capital ("ℌ" -> "H") and a folded letter to a base and a mark
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", name).casefold())
    return _NOT_LETTERS.sub("", folded)


def _loose_key(name: str) -> str:
    """Return :func:`name_key` of ``name`` (diacritics removed: "Shinzō" = "Shinzo")."""
    return name_key(name)


class GazetteerError(KjrelError, ValueError):
    """A gazetteer data file is malformed (names the file, line and entry)."""


# --------------------------------------------------------------------------
# Rules as data
# --------------------------------------------------------------------------

FAMILY_NAME_FIRST: frozenset[str] = frozenset({"KR", "KP", "CN", "TW"})
"""Countries whose leaders' canonical names put the family name first.

The family name ("Yoon", "Xi") is then the first word of the name; for every
other country it is the last ("Kishida", "Biden").
"""

_ALSO_FAMILY_FIRST: frozenset[str] = frozenset({"JP"})
"""Countries whose two-part names are also written family name first
("Kishida Fumio"): the reversed order is indexed without being listed."""

DEFAULT_LEADING_ROLES: tuple[OfficeRole, ...] = (
    OfficeRole.HEAD_OF_STATE_AND_GOVERNMENT,
    OfficeRole.PARAMOUNT_LEADER,
    OfficeRole.HEAD_OF_STATE,
    OfficeRole.HEAD_OF_GOVERNMENT,
)
"""The order in which offices make a person "the <country> leader" when
``countries.toml``'s ``[leading_office]`` does not name one office."""

TITLE_SYNONYMS: Mapping[str, tuple[str, ...]] = {
    "prime minister": ("prime minister", "premier", "pm"),
    "president": (
        "president",
        "chairman of the people's republic of china",
        "state chairman",
    ),
    "chairman": (
        "chairman",
        "chairman of the chinese communist party",
        "party chairman",
        "chairman of the people's republic of china",
    ),
    "general secretary": (
        "general secretary",
        "general secretary of the chinese communist party",
        "party chief",
        "party leader",
        "communist party chief",
    ),
    "foreign minister": (
        "foreign minister",
        "minister of foreign affairs",
        "foreign affairs minister",
    ),
    "secretary of state": ("secretary of state",),
    "chief cabinet secretary": ("chief cabinet secretary", "top government spokesperson"),
    "emperor": ("emperor",),
    "supreme leader": ("supreme leader",),
    "vice president": ("vice president", "vice-president"),
}
"""Office titles that name the same office: each group's words are
interchangeable in :meth:`Gazetteer.holder_of` ("premier" = "prime minister",
"PM" = "prime minister"; a Chinese head of state before 1983 was "chairman")."""

_ACTING = "acting "
_LEADER_ROLES = frozenset(OfficeRole) - {OfficeRole.OTHER}
_GOVERNMENT_ROLES = frozenset(
    {OfficeRole.HEAD_OF_GOVERNMENT, OfficeRole.HEAD_OF_STATE_AND_GOVERNMENT}
)
_STATE_ROLES = frozenset(
    {
        OfficeRole.HEAD_OF_STATE,
        OfficeRole.HEAD_OF_STATE_AND_GOVERNMENT,
        OfficeRole.PARAMOUNT_LEADER,
    }
)

# A name's words in running text: letters only. Between two words of one
# name: one space (or other single white-space character), a hyphen, an
# apostrophe ("Jun'ichiro"), or a full stop with or without one space
# ("George H.W. Bush", "Joseph R. Biden").
_WORD = re.compile(r"[^\W\d_]+")
_GAP = re.compile(r"\s|[-‐‑'’.]|\.\s")
_HYPHENS = "-‐‑"

_TITLE_SPACE = re.compile(r"\s+")


def _title_key(title: str) -> str:
    key = _TITLE_SPACE.sub(" ", title.replace(".", "").casefold()).strip()
    return key[4:] if key.startswith("the ") else key


_TITLE_GROUPS: dict[str, frozenset[str]] = {}
for _group in TITLE_SYNONYMS.values():
    for _word in _group:
        _TITLE_GROUPS[_word] = _TITLE_GROUPS.get(_word, frozenset()) | frozenset(_group)


def _is_acting(office: Office) -> bool:
    return office.title.casefold().startswith(_ACTING)


# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------


@frozen
class NameMatch:
    """A leader's name found in a text."""

    start: int
    """First code point of the name."""
    end: int
    """One past its last code point."""
    leader: Leader
    """Who it names."""


@frozen
class EventMatch:
    """A multilateral gathering's name found in a text."""

    start: int
    """First code point of the name."""
    end: int
    """One past its last code point."""
    name: str
    """The canonical name of the gathering ("APEC", "UN General Assembly")."""


# --------------------------------------------------------------------------
# Place keys
# --------------------------------------------------------------------------

_POSSESSIVE = re.compile(r"['’]s?\Z")


def _place_forms(word: str) -> tuple[str, ...]:
    """Return the forms of ``word`` to try as keys (as written, without "the")."""
    text = " ".join(word.replace("’", "'").split())
    text = _POSSESSIVE.sub("", text) if len(text) > 3 else text
    forms = [text]
    if text[:4].casefold() == "the ":
        forms.append(text[4:])
    else:
        forms.append("the " + text)
    return tuple(forms)


def _clean(key: str) -> str:
    return " ".join(key.replace("’", "'").split())


def _is_capitals(key: str) -> bool:
    """Return whether a key is written wholly in capitals ("US", "U.S.", "ROK")."""
    letters = [c for c in key if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@frozen(eq=False)
class _PlaceTable:
    """A name-to-code table in which all-capital keys match only in capitals."""

    exact: dict[str, str]
    folded: dict[str, str]

    @classmethod
    def build(cls, table: Mapping[str, str], case_sensitive: Iterable[str]) -> _PlaceTable:
        written = {_clean(key).casefold(): _clean(key) for key in case_sensitive}
        exact: dict[str, str] = {}
        folded: dict[str, str] = {}
        for key, code in table.items():
            clean = _clean(key)
            capitals = written.get(clean.casefold())
            if capitals is not None:
                exact[capitals] = code
            else:
                folded[clean.casefold()] = code
        return cls(exact, folded)

    def get(self, word: str) -> str | None:
        for form in _place_forms(word):
            code = self.exact.get(form) or self.folded.get(form.casefold())
            if code:
                return code
        return None


# --------------------------------------------------------------------------
# The gazetteer
# --------------------------------------------------------------------------


@frozen(eq=False)
class Gazetteer:
    """Leaders, countries, places and gatherings, with lookups by any spelling.

    Build one with :func:`default_gazetteer` (the bundled data),
    :meth:`from_toml` (TOML text in the bundled format) or
    :meth:`from_records` (your own records). Instances are immutable and
    hashable by identity; every index is built at construction (the pattern of
    gatherings compiled on first use).
    """

    leaders: tuple[Leader, ...]
    """Every leader known, in data-file order."""
    demonyms: dict[str, str] = field(factory=dict)
    """Adjective or noun (lower case) to alpha-2 code ("japanese" -> "JP")."""
    places: dict[str, str] = field(factory=dict)
    """City, venue or capital (lower case) to alpha-2 code ("seoul" -> "KR").
    Every capital in :attr:`capitals` is also here."""
    countries: dict[str, str] = field(factory=dict)
    """Country name (lower case) to alpha-2 code ("south korea" -> "KR")."""
    capitals: dict[str, str] = field(factory=dict)
    """Capital or seat of government used for the government itself
    (lower case) to alpha-2 code ("tokyo" -> "JP", "white house" -> "US")."""
    events: dict[str, tuple[str, ...]] = field(factory=dict)
    """Canonical name of a multilateral gathering to the spellings the press
    uses ("APEC" -> ("APEC", "Asia-Pacific Economic Cooperation", ...))."""
    leading_office: dict[str, OfficeRole] = field(factory=dict)
    """Country code to the office the press means by "the <country> leader"
    ("JP" -> head of government); others use :data:`DEFAULT_LEADING_ROLES`."""
    surnames: dict[str, tuple[str, ...]] = field(factory=dict)
    """Canonical leader name to extra single-word names (beyond the family
    name derived from the canonical name)."""
    case_sensitive: frozenset[str] = field(factory=frozenset)
    """Keys of the name tables as written wholly in capitals ("US", "ROK",
    "U.S."): they match only when written in capitals, so the pronoun "us"
    is not the United States."""

    _by_key: dict[str, tuple[Leader, ...]] = field(init=False, repr=False)
    _by_full: dict[str, tuple[Leader, ...]] = field(init=False, repr=False)
    _by_surname: dict[str, tuple[Leader, ...]] = field(init=False, repr=False)
    _family: dict[int, str] = field(init=False, repr=False)
    _max_words: int = field(init=False, repr=False)
    _max_key: int = field(init=False, repr=False)
    _full_prefixes: frozenset[str] = field(init=False, repr=False)
    _country_table: _PlaceTable = field(init=False, repr=False)
    _demonym_table: _PlaceTable = field(init=False, repr=False)
    _place_table: _PlaceTable = field(init=False, repr=False)
    _capital_table: _PlaceTable = field(init=False, repr=False)
    _event_by_key: dict[str, str] = field(init=False, repr=False)
    _event_regex: list[re.Pattern[str]] = field(init=False, repr=False)
    _roles_present: dict[str, frozenset[OfficeRole]] = field(init=False, repr=False)
    _terms: dict[str, tuple[tuple[Leader, Office], ...]] = field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        """Build every index: names, surnames, places and gatherings."""
        by_key: dict[str, list[Leader]] = {}
        by_full: dict[str, list[Leader]] = {}
        by_surname: dict[str, list[Leader]] = {}
        family: dict[int, str] = {}
        max_words = 1
        max_key = 1
        roles: dict[str, set[OfficeRole]] = {}
        terms: dict[str, list[tuple[Leader, Office]]] = {}
        for leader in self.leaders:
            for spelling in _spellings(leader):
                key = _loose_key(spelling)
                if not key:
                    continue
                _add(by_key, key, leader)
                if len(spelling.split()) > 1 or any(h in spelling for h in _HYPHENS):
                    _add(by_full, key, leader)
                    max_words = max(max_words, len(_WORD.findall(spelling)))
                    max_key = max(max_key, len(key))
            surname = _family_name(leader)
            family[id(leader)] = surname
            for word in (surname, *self.surnames.get(leader.name, ())):
                _add(by_surname, _loose_key(word), leader)
            for office in leader.offices:
                roles.setdefault(office.country, set()).add(office.role)
                terms.setdefault(office.country, []).append((leader, office))
        setattr_ = object.__setattr__
        setattr_(self, "_by_key", _freeze(by_key))
        setattr_(self, "_by_full", _freeze(by_full))
        setattr_(self, "_by_surname", _freeze(by_surname))
        setattr_(self, "_family", family)
        setattr_(self, "_max_words", max_words + 2)
        setattr_(self, "_max_key", max_key)
        setattr_(self, "_full_prefixes", frozenset(
            key[:end] for key in by_full for end in range(1, len(key) + 1)
        ))
        setattr_(self, "_roles_present", {k: frozenset(v) for k, v in roles.items()})
        setattr_(self, "_terms", {k: tuple(v) for k, v in terms.items()})
        cs = self.case_sensitive
        setattr_(self, "_country_table", _PlaceTable.build(self.countries, cs))
        setattr_(self, "_demonym_table", _PlaceTable.build(self.demonyms, cs))
        places = {**self.capitals, **self.places}
        setattr_(self, "_place_table", _PlaceTable.build(places, cs))
        setattr_(self, "_capital_table", _PlaceTable.build(self.capitals, cs))
        event_by_key: dict[str, str] = {}
        for name, spellings in self.events.items():
            for spelling in (name, *spellings):
                event_by_key.setdefault(_event_key(spelling), name)
        setattr_(self, "_event_by_key", event_by_key)
        setattr_(self, "_event_regex", [])  # compiled on first use: a cold start stays fast

    # ------------------------------------------------------------------
    # Construction
    # ------------------------------------------------------------------

    @classmethod
    def from_records(
        cls,
        leaders: Iterable[Leader],
        *,
        demonyms: dict[str, str] | None = None,
        places: dict[str, str] | None = None,
        countries: dict[str, str] | None = None,
        capitals: dict[str, str] | None = None,
        events: Mapping[str, Iterable[str]] | None = None,
        leading_office: Mapping[str, OfficeRole] | None = None,
        surnames: Mapping[str, Iterable[str]] | None = None,
    ) -> Gazetteer:
        """Build a gazetteer from your own records.

        Keys of the name tables may be written in any case; they are stored
        lower-cased, and keys written wholly in capitals ("US") are recorded
        in :attr:`case_sensitive` so that they match only in capitals.
        Capitals are added to the places.
        """
        low = _lower_keys
        caps = low(capitals or {})
        tables = (demonyms or {}, places or {}, countries or {}, capitals or {})
        case_sensitive = frozenset(
            _clean(key) for table in tables for key in table if _is_capitals(key)
        )
        return cls(
            tuple(leaders),
            low(demonyms or {}),
            {**caps, **low(places or {})},
            low(countries or {}),
            caps,
            {name: tuple(spellings) for name, spellings in (events or {}).items()},
            dict(leading_office or {}),
            {name: tuple(words) for name, words in (surnames or {}).items()},
            case_sensitive,
        )

    @classmethod
    def from_toml(
        cls,
        leaders_text: str,
        countries_text: str,
        *,
        leaders_path: str = "leaders.toml",
        countries_path: str = "countries.toml",
    ) -> Gazetteer:
        """Build a gazetteer from TOML text in the bundled files' format.

        :raises GazetteerError: if either text is not valid TOML or an entry
            is malformed; the message names the file, the line where known,
            and the entry.
        """
        leaders, surnames = _load_leaders(leaders_text, leaders_path)
        tables = _load_countries(countries_text, countries_path)
        return cls.from_records(
            leaders,
            demonyms=tables.demonyms,
            places=tables.places,
            countries=tables.countries,
            capitals=tables.capitals,
            events=tables.events,
            leading_office=tables.leading_office,
            surnames=surnames,
        )

    # ------------------------------------------------------------------
    # Names
    # ------------------------------------------------------------------

    def lookup(self, name: str, on: dt.date | None = None) -> Leader | None:
        """Return the leader a full name or alias denotes, or ``None``.

        Matching uses :func:`name_key` with diacritics removed ("Shinzō Abe"
        = "Shinzo Abe" = "shinzo-abe"); Japanese names also match in
        Japanese order ("Kishida Fumio"). When several leaders share a
        spelling ("George Bush"), ``on`` prefers the one in office that day.
        """
        found = self._by_key.get(_loose_key(name), ())
        if not found:
            return None
        return _prefer(found, on)[0]

    def surname_candidates(
        self, word: str, on: dt.date | None = None
    ) -> tuple[Leader, ...]:
        """Return the leaders the single word ``word`` can name ("Yoon", "Abe", "Lee").

        ``word`` is a family name as the press uses it alone (or a single
        name such as "Akihito"). It must start with a capital letter
        ("Moon", "MOON", not "moon"). Without ``on`` the leaders come in
        data-file order; with ``on``, those in office as head of state or
        government that day come first, then those in any office that day,
        then the others by closeness of their terms to ``on``.
        """
        if not word[:1].isupper():
            return ()
        found = self._by_surname.get(_loose_key(word), ())
        return found if on is None else _prefer(found, on)

    def family_name(self, leader: Leader) -> str:
        """Return the single word the press uses alone for ``leader`` ("Kishida")."""
        return self._family.get(id(leader)) or _family_name(leader)

    def find_names(self, text: str, on: dt.date | None = None) -> Iterator[NameMatch]:
        """Yield every full name or multi-word alias of a leader found in ``text``.

        Matches are whole words, longest first, left to right, and never
        overlap. The words of a name may be joined by a space, a hyphen,
        an apostrophe, a full stop or nothing, in any case and with or
        without diacritics: "Yoon Suk Yeol", "Yoon Suk-yeol", "Lee Jaemyung",
        "LEE JAE-MYUNG", "Xi Jin-ping" and "Kishida Fumio" are all found. A
        name does not match inside a hyphenated compound ("Park Jin" is not
        found in "Park Jin-young"). Single-word aliases (surnames) are not
        searched here: they are ambiguous on their own (see
        :meth:`surname_candidates`). When a spelling names several people,
        ``on`` prefers the one in office that day.

        Time is linear in the length of ``text``; the matches of the last
        few texts are kept, as the stages of one article ask for the same.
        """
        yield from _name_matches(self, text, on)

    def _scan_names(self, text: str, on: dt.date | None) -> Iterator[NameMatch]:
        """Yield the matches :meth:`find_names` promises, found afresh."""
        words: list[tuple[int, int]] = []
        keys: list[str] = []
        known: dict[str, str] = {}  # word -> its key: most words recur
        for found_word in _WORD.finditer(text):
            words.append(found_word.span())
            word = found_word.group()
            word_key = known.get(word)
            if word_key is None:
                word_key = known[word] = _loose_key(word)
            keys.append(word_key)
        prefixes = self._full_prefixes
        count = len(words)
        i = 0
        while i < count:
            if keys[i] and keys[i] not in prefixes:
                i += 1  # no name starts with this word
                continue
            start = words[i][0]
            if _inside_compound(text, start):
                i += 1
                continue
            best: tuple[int, tuple[Leader, ...]] | None = None
            key = ""
            for j in range(i, min(i + self._max_words, count)):
                if j > i and not _GAP.fullmatch(text, words[j - 1][1], words[j][0]):
                    break
                key += keys[j]
                if len(key) > self._max_key or (key and key not in prefixes):
                    break  # no longer key names anyone either
                found = self._by_full.get(key)
                if found and not _continues_compound(text, words[j][1]):
                    best = (j, found)
            if best is None:
                i += 1
                continue
            last, found = best
            yield NameMatch(start, words[last][1], _prefer(found, on)[0])
            i = last + 1

    # ------------------------------------------------------------------
    # Offices
    # ------------------------------------------------------------------

    def holders(
        self, country: str, on: dt.date, roles: Iterable[OfficeRole] | None = None
    ) -> tuple[tuple[Leader, Office], ...]:
        """Return ``(leader, office)`` pairs for offices of ``country`` held on ``on``.

        Pairs come in data-file order. ``roles`` limits them to those kinds
        of office.
        """
        wanted = None if roles is None else set(roles)
        return tuple(
            (leader, office)
            for leader, office in self._terms.get(country, ())
            if office.held_on(on) and (wanted is None or office.role in wanted)
        )

    def heads_of_government(self, country: str, on: dt.date) -> tuple[Leader, ...]:
        """Return who headed ``country``'s government on ``on``.

        A head of state and government (the South Korean or US president)
        counts. Titular holders come before acting ones; on a day of
        hand-over both the incoming and the outgoing holder are returned,
        the incoming first.
        """
        return self._ranked(country, on, _GOVERNMENT_ROLES)

    def heads_of_state(self, country: str, on: dt.date) -> tuple[Leader, ...]:
        """Return who was head of state of ``country`` on ``on``.

        Heads of state and government and paramount leaders (China's and
        North Korea's) count. Ordered as :meth:`heads_of_government`, with
        heads of state and government, then paramount leaders, first.
        """
        return self._ranked(country, on, _STATE_ROLES)

    def holder_of(self, country: str, title: str, on: dt.date) -> Leader | None:
        """Return who held the office titled ``title`` in ``country`` on ``on``.

        ``title`` is compared case-insensitively, ignoring full stops and a
        leading "the", and with :data:`TITLE_SYNONYMS`: "premier", "PM" and
        "prime minister" are one office, as are a Chinese "president" and,
        before 1983, "chairman". The titular holder is preferred; when there
        is none, an acting holder ("Acting President") is returned. The title
        "leader" means :meth:`leader_in_office`.
        """
        wanted = _title_key(title)
        if wanted == "leader":
            return self.leader_in_office(country, on)
        group = _TITLE_GROUPS.get(wanted, frozenset({wanted}))
        titular: list[tuple[Leader, Office]] = []
        acting: list[tuple[Leader, Office]] = []
        for leader, office in self.holders(country, on):
            office_title = _title_key(office.title)
            if office_title in group:
                titular.append((leader, office))
            elif office_title.startswith(_ACTING) and office_title[len(_ACTING) :] in group:
                acting.append((leader, office))
        pool = titular or acting
        if not pool:
            return None
        return max(pool, key=lambda pair: pair[1].start)[0]

    def leader_in_office(
        self, country: str, on: dt.date, *, acting: bool = False
    ) -> Leader | None:
        """Return the person the press calls "the <country> leader" on ``on``.

        That is the office named for the country in ``[leading_office]``
        (Japan: the prime minister; China and North Korea: the paramount
        leader), or else the first office held of
        :data:`DEFAULT_LEADING_ROLES` (South Korea, the United States: the
        president). A titular holder whose powers are suspended (an
        impeached South Korean president) is still returned unless
        ``acting`` is true, which prefers an acting holder; when there is
        only an acting holder, that person is returned either way. On a day
        of hand-over the incoming holder is returned.
        """
        preferred = self.leading_office.get(country)
        present = self._roles_present.get(country, frozenset())
        if preferred is not None and preferred in present:
            order: tuple[OfficeRole, ...] = (preferred,)
        else:
            order = DEFAULT_LEADING_ROLES
        for role in order:
            titular: list[tuple[Leader, Office]] = []
            stand_ins: list[tuple[Leader, Office]] = []
            for leader, office in self.holders(country, on, (role,)):
                (stand_ins if _is_acting(office) else titular).append((leader, office))
            pool = (stand_ins or titular) if acting else (titular or stand_ins)
            if pool:
                return max(pool, key=lambda pair: pair[1].start)[0]
        return None

    def _ranked(
        self, country: str, on: dt.date, roles: frozenset[OfficeRole]
    ) -> tuple[Leader, ...]:
        rank = {role: n for n, role in enumerate(DEFAULT_LEADING_ROLES)}
        pairs = sorted(
            self.holders(country, on, roles),
            key=lambda pair: (
                _is_acting(pair[1]),
                rank.get(pair[1].role, len(rank)),
                -pair[1].start.toordinal(),
            ),
        )
        seen: dict[str, Leader] = {}
        for leader, _office in pairs:
            seen.setdefault(leader.name, leader)
        return tuple(seen.values())

    # ------------------------------------------------------------------
    # Countries, places and gatherings
    # ------------------------------------------------------------------

    def country_of(self, word: str) -> str | None:
        """Return the alpha-2 code for a country name, demonym, place or capital.

        Case, surrounding space, a leading "the" and a trailing possessive
        ("Japan's") are ignored, except that keys written wholly in capitals
        ("US", "ROK") match only in capitals: ``country_of("us")`` is
        ``None``.
        """
        return (
            self._country_table.get(word)
            or self._demonym_table.get(word)
            or self._place_table.get(word)
        )

    def capital_country(self, word: str) -> str | None:
        """Return the country whose government a capital or seat stands for.

        "Seoul" -> "KR", "Tokyo" -> "JP", "the White House" -> "US";
        ``None`` for any other word.
        """
        return self._capital_table.get(word)

    def place_country(self, name: str) -> str | None:
        """Return the country a city, venue or capital is in ("Camp David" -> "US")."""
        return self._place_table.get(name)

    def event_names(self) -> dict[str, tuple[str, ...]]:
        """Return the occasions table: canonical gathering name to its spellings."""
        return dict(self.events)

    def event_of(self, text: str) -> str | None:
        """Return the canonical name of the gathering ``text`` spells, or ``None``.

        Case, spaces, hyphens, full stops and a leading "the" are ignored:
        "the G-7 summit" -> "G7", "U.N. General Assembly" ->
        "UN General Assembly".
        """
        return self._event_by_key.get(_event_key(text))

    def find_events(self, text: str) -> Iterator[EventMatch]:
        """Yield every spelling of a multilateral gathering found in ``text``.

        Whole words, longest first, left to right, never overlapping.
        Spellings written wholly in capitals ("APEC", "EAS") match only in
        capitals; others ignore case.
        """
        if not self._event_regex:
            self._event_regex.append(_event_pattern(self.events))
        for match in self._event_regex[0].finditer(text):
            name = self._event_by_key.get(_event_key(match.group(0)))
            if name is not None:
                yield EventMatch(match.start(), match.end(), name)


# --------------------------------------------------------------------------
# Index helpers
# --------------------------------------------------------------------------


def _add(index: dict[str, list[Leader]], key: str, leader: Leader) -> None:
    bucket = index.setdefault(key, [])
    if not any(other is leader for other in bucket):
        bucket.append(leader)


def _freeze(index: dict[str, list[Leader]]) -> dict[str, tuple[Leader, ...]]:
    return {key: tuple(value) for key, value in index.items()}


def _lower_keys(table: Mapping[str, str]) -> dict[str, str]:
    return {" ".join(key.split()).casefold(): value for key, value in table.items()}


def _spellings(leader: Leader) -> Iterator[str]:
    """Yield every spelling to index: name, aliases, and generated name orders."""
    for name in leader.names():
        yield name
        if leader.country in _ALSO_FAMILY_FIRST:
            parts = name.split()
            if len(parts) == 2:
                yield f"{parts[1]} {parts[0]}"


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii"})


def _family_name(leader: Leader) -> str:
    """Return the family name of a leader's canonical name."""
    parts = [p for p in leader.name.split() if p.casefold() not in _SUFFIXES]
    if len(parts) <= 1:
        return parts[0] if parts else leader.name
    return parts[0] if leader.country in FAMILY_NAME_FIRST else parts[-1]


def _distance(leader: Leader, on: dt.date) -> int:
    """Return how many days ``on`` lies from the nearest of the leader's terms."""
    best = 10**7
    for office in leader.offices:
        if office.held_on(on):
            return 0
        if on < office.start:
            best = min(best, (office.start - on).days)
        elif office.end is not None:
            best = min(best, (on - office.end).days)
    return best


@functools.lru_cache(maxsize=4)
def _name_matches(
    gazetteer: Gazetteer, text: str, on: dt.date | None
) -> tuple[NameMatch, ...]:
    """Return :meth:`Gazetteer.find_names`'s matches (a gazetteer hashes by identity)."""
    return tuple(gazetteer._scan_names(text, on))


def _prefer(found: tuple[Leader, ...], on: dt.date | None) -> tuple[Leader, ...]:
    """Order ``found`` by who was in office on ``on`` (stable; as is without ``on``)."""
    if on is None or len(found) < 2:
        return found
    day = on
    return tuple(
        sorted(
            found,
            key=lambda leader: (
                not leader.is_leader_on(day),
                not leader.offices_on(day),
                _distance(leader, day),
            ),
        )
    )


def _inside_compound(text: str, start: int) -> bool:
    """Return whether a lower-case word at ``start`` continues a hyphenated word."""
    return (
        start >= 2
        and text[start - 1] in _HYPHENS
        and text[start - 2].isalpha()
        and text[start].islower()
    )


def _continues_compound(text: str, end: int) -> bool:
    """Return whether a hyphen and a lower-case letter follow ``end`` ("Jin" in "Jin-young")."""
    return (
        end + 1 < len(text) and text[end] in _HYPHENS and text[end + 1].islower()
    )


_EVENT_PART = re.compile(r"[^\W\d_]+|\d+")
_EVENT_SEP = r"[\s\-‐‑.'’+]{0,2}"


def _event_key(text: str) -> str:
    """Return the comparison key of a gathering's name: letters and digits, case-folded."""
    stripped = text.strip()
    if stripped[:4].casefold() == "the ":
        stripped = stripped[4:]
    return "".join(_EVENT_PART.findall(unicodedata.normalize("NFKD", stripped).casefold()))


def _event_pattern(events: Mapping[str, Iterable[str]]) -> re.Pattern[str]:
    """Compile one alternation of every spelling of every gathering, longest first."""
    spellings = {s for name, values in events.items() for s in (name, *values)}
    alternatives = []
    for spelling in sorted(spellings, key=lambda s: (-len(_event_key(s)), s)):
        parts = _EVENT_PART.findall(spelling)
        if not parts:
            continue
        body = _EVENT_SEP.join(re.escape(part) for part in parts)
        if _is_capitals(spelling):
            # "APEC" also as some house styles write it: "Apec".
            titled = _EVENT_SEP.join(re.escape(part.capitalize()) for part in parts)
            alternatives.append(f"(?:{body})" if titled == body else f"(?:{body}|{titled})")
        else:
            alternatives.append(f"(?i:{body})")
    inner = "|".join(alternatives) or r"(?!x)x"
    return re.compile(r"(?<!\w)(?:" + inner + r")(?!\w)")


# --------------------------------------------------------------------------
# Loading the TOML files
# --------------------------------------------------------------------------

_LEADER_KEYS = frozenset({"name", "country", "aliases", "surnames", "source", "office"})
_OFFICE_KEYS = frozenset({"title", "role", "start", "end", "country"})
_TOML_LINE = re.compile(r"line (\d+)")


def _parse_toml(text: str, path: str) -> dict[str, Any]:
    """Parse the TOML ``text``, through the cache (:func:`kjrel.cache.cached_toml`)."""
    from kjrel.cache import cached_toml  # noqa: PLC0415

    return cached_toml(text, lambda source: _parse_toml_text(source, path))


def _parse_toml_text(text: str, path: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        line = int(found.group(1)) if found else None
        raise GazetteerError(f"not valid TOML: {error}", path=path, line=line) from None


def _entry_line(text: str, name: object) -> int | None:
    """Return the 1-based line of the ``name = "..."`` key of an entry, if found."""
    if not isinstance(name, str):
        return None
    found = re.search(r'^\s*name\s*=\s*"' + re.escape(name) + '"', text, re.MULTILINE)
    return None if found is None else text.count("\n", 0, found.start()) + 1


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        raise ValueError(f"expected a date without a time, got {value!r}")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    raise ValueError(f"expected a date, got {value!r}")


def _strings(value: object, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{what} must be a list of non-empty strings, got {value!r}")
    return tuple(value)


def _office(raw: object, country: str) -> Office:
    if not isinstance(raw, dict):
        raise ValueError(f"an office must be a table, got {raw!r}")
    unknown = set(raw) - _OFFICE_KEYS
    if unknown:
        raise ValueError(
            f"unknown office key(s) {sorted(unknown)} (expected: {sorted(_OFFICE_KEYS)})"
        )
    for key in ("title", "role", "start"):
        if key not in raw:
            raise ValueError(f"an office needs {key!r}")
    title = raw["title"]
    if not isinstance(title, str) or not title.strip():
        raise ValueError(f"office title must be a non-empty string, got {title!r}")
    try:
        role = OfficeRole(raw["role"])
    except ValueError:
        roles = ", ".join(r.value for r in OfficeRole)
        raise ValueError(f"unknown office role {raw['role']!r} (expected: {roles})") from None
    end = raw.get("end")
    return Office(
        title=title,
        country=raw.get("country", country),
        role=role,
        start=_date(raw["start"]),
        end=None if end is None else _date(end),
    )


def _leader(raw: object) -> tuple[Leader, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise ValueError(f"a leader must be a table, got {raw!r}")
    unknown = set(raw) - _LEADER_KEYS
    if unknown:
        raise ValueError(f"unknown key(s) {sorted(unknown)} (expected: {sorted(_LEADER_KEYS)})")
    name, country, source = raw.get("name"), raw.get("country"), raw.get("source")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"'name' must be a non-empty string, got {name!r}")
    if not isinstance(country, str):
        raise ValueError(f"'country' must be an alpha-2 code string, got {country!r}")
    if not isinstance(source, str) or not source.strip():
        raise ValueError("'source' must name where the facts come from")
    offices_raw = raw.get("office", [])
    if not isinstance(offices_raw, list) or not offices_raw:
        raise ValueError("'office' must list at least one term")
    offices = tuple(
        sorted((_office(o, country) for o in offices_raw), key=lambda o: (o.start, o.title))
    )
    leader = Leader(
        name=name,
        country=country,
        aliases=_strings(raw.get("aliases", []), "'aliases'"),
        offices=offices,
        source=source,
    )
    return leader, _strings(raw.get("surnames", []), "'surnames'")


def _load_leaders(
    text: str, path: str
) -> tuple[tuple[Leader, ...], dict[str, tuple[str, ...]]]:
    data = _parse_toml(text, path)
    unknown = set(data) - {"leader"}
    if unknown:
        raise GazetteerError(f"unknown top-level key(s) {sorted(unknown)}", path=path)
    entries = data.get("leader", [])
    if not isinstance(entries, list):
        raise GazetteerError("'leader' must be an array of tables ([[leader]])", path=path)
    leaders: list[Leader] = []
    surnames: dict[str, tuple[str, ...]] = {}
    seen: set[str] = set()
    for number, raw in enumerate(entries, 1):
        label = raw.get("name") if isinstance(raw, dict) else None
        where = f"leader #{number}" + (f" ({label!r})" if label else "")
        try:
            leader, extra = _leader(raw)
        except (ValueError, TypeError) as error:
            raise GazetteerError(
                f"{where}: {error}", path=path, line=_entry_line(text, label)
            ) from None
        if leader.name in seen:
            raise GazetteerError(
                f"{where}: duplicate leader name", path=path, line=_entry_line(text, label)
            )
        seen.add(leader.name)
        leaders.append(leader)
        if extra:
            surnames[leader.name] = extra
    return tuple(leaders), surnames


@frozen
class _Tables:
    countries: dict[str, str]
    demonyms: dict[str, str]
    places: dict[str, str]
    capitals: dict[str, str]
    events: dict[str, tuple[str, ...]]
    leading_office: dict[str, OfficeRole]


_CODE = re.compile(r"[A-Z]{2}\Z")
_COUNTRY_SECTIONS = ("countries", "demonyms", "places", "capitals")


def _key_line(text: str, key: str) -> int | None:
    found = re.search(r'^\s*"?' + re.escape(key) + r'"?\s*=', text, re.MULTILINE)
    return None if found is None else text.count("\n", 0, found.start()) + 1


def _load_countries(text: str, path: str) -> _Tables:
    data = _parse_toml(text, path)
    allowed = {*_COUNTRY_SECTIONS, "events", "leading_office"}
    unknown = set(data) - allowed
    if unknown:
        raise GazetteerError(
            f"unknown table(s) {sorted(unknown)} (expected: {sorted(allowed)})", path=path
        )
    tables: dict[str, dict[str, str]] = {}
    for section in _COUNTRY_SECTIONS:
        raw = data.get(section, {})
        if not isinstance(raw, dict):
            raise GazetteerError(f"[{section}] must be a table", path=path)
        for key, code in raw.items():
            if not isinstance(code, str) or not _CODE.match(code):
                raise GazetteerError(
                    f"[{section}] {key!r}: expected an ISO 3166-1 alpha-2 code, got {code!r}",
                    path=path,
                    line=_key_line(text, key),
                )
        tables[section] = dict(raw)
    events: dict[str, tuple[str, ...]] = {}
    for name, spellings in data.get("events", {}).items():
        try:
            events[name] = _strings(spellings, f"[events] {name!r}")
        except ValueError as error:
            raise GazetteerError(str(error), path=path, line=_key_line(text, name)) from None
    leading: dict[str, OfficeRole] = {}
    for code, role in data.get("leading_office", {}).items():
        try:
            if not _CODE.match(code):
                raise ValueError(f"expected an alpha-2 code, got {code!r}")
            leading[code] = OfficeRole(role)
        except ValueError as error:
            raise GazetteerError(
                f"[leading_office] {code!r}: {error}", path=path, line=_key_line(text, code)
            ) from None
    return _Tables(
        tables["countries"],
        tables["demonyms"],
        tables["places"],
        tables["capitals"],
        events,
        leading,
    )


@functools.cache
def default_gazetteer() -> Gazetteer:
    """Return the gazetteer built from the data bundled with kjrel (cached)."""
    folder = Path(__file__).resolve().parent  # not importlib.resources: slower to import
    return Gazetteer.from_toml(
        (folder / "leaders.toml").read_text(encoding="utf-8"),
        (folder / "countries.toml").read_text(encoding="utf-8"),
        leaders_path="kjrel/gazetteer/leaders.toml",
        countries_path="kjrel/gazetteer/countries.toml",
    )
