"""Stage 2: mentions of people, organisations and groups, resolved to entities.

The stage finds every stretch of text that refers to a speaker or
participant and resolves it to a canonical name:

* leaders' full names in any spelling the gazetteer knows (canonical name:
  the gazetteer's ``name``);
* other names, introduced by a title ("First Vice Foreign Minister Jane
  Doe"), a lower-case role ("press secretary Jane Doe"), an
  appositive (", director for ... at ...") or a reporting verb; the
  canonical name is the full name as first written;
* surnames alone ("Kim") and titled surnames ("President Yoon", "Mr. Abe"):
  the most recent person with that surname, else a leader of that surname
  (in office on the publication date first);
* pronouns: "he"/"she"/"his"/"her" to the subject of the sentence or of the
  closest earlier sentence with a person in it; "they"/"their" to the
  closest plural mention;
* descriptions ("the president", "the Japanese leader", "the outgoing prime
  minister", "his South Korean counterpart", "the then-prime minister"): the
  most recently mentioned person who holds that office on the date, else
  the gazetteer's holder of the office;
* plural mentions ("the two leaders", "the heads of China and Japan",
  "the three countries", "Abe and Park") with their members;
* organisations (presidential offices, ministries, governments, parties,
  capitals that stand for governments, named institutions) and groups
  ("analysts", "several liberal civic groups", "the award's organizers");
* unnamed sources ("a senior official"), resolved to ``None``.

Mentions inside page furniture are never produced. Every pattern is
linear-time: scanning is a handful of bounded regular expressions and one
pass over word tokens.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kjrel.gazetteer import Gazetteer, name_key
from kjrel.models import Document, Entity, EntityKind, Leader, Office, OfficeRole
from kjrel.pipeline import lexicon as lx
from kjrel.pipeline.furniture import is_heading_line
from kjrel.pipeline.references import country_refs
from kjrel.pipeline.surnames import listed_with_others
from kjrel.pipeline.syntax.wordclass import SUBORDINATORS
from kjrel.pipeline.types import FurnitureKind, Mention, MentionKind, Mentions, Segmentation

__all__ = ["find_mentions", "quoted_regions"]

_HEAD_ROLES = (
    OfficeRole.HEAD_OF_GOVERNMENT,
    OfficeRole.HEAD_OF_STATE_AND_GOVERNMENT,
    OfficeRole.PARAMOUNT_LEADER,
    OfficeRole.HEAD_OF_STATE,
)

_EXTRA_DEMONYMS: dict[str, str] = {
    "south korean": "KR", "korean": "KR", "north korean": "KP", "japanese": "JP",
    "american": "US", "u.s.": "US", "us": "US", "chinese": "CN", "russian": "RU",
    "taiwanese": "TW", "british": "GB", "french": "FR", "german": "DE",
}
_EXTRA_COUNTRIES: dict[str, str] = {
    "south korea": "KR", "korea": "KR", "republic of korea": "KR", "north korea": "KP",
    "japan": "JP", "the united states": "US", "united states": "US", "the u.s.": "US",
    "u.s.": "US", "america": "US", "china": "CN", "russia": "RU", "taiwan": "TW",
}
_OUTLET_COUNTRIES = (
    ("yonhap", "KR"), ("korea", "KR"), ("joongang", "KR"), ("chosun", "KR"),
    ("hankyoreh", "KR"), ("donga", "KR"), ("kyodo", "JP"), ("nikkei", "JP"),
    ("japan", "JP"), ("asahi", "JP"), ("mainichi", "JP"), ("yomiuri", "JP"), ("nhk", "JP"),
)
_NOT_ORG_HEADS = frozenset(
    {"declaration", "treaty", "agreement", "statement", "pact", "war", "peninsula", "sea",
     "island", "islands", "strait", "day", "games", "olympics", "expo", "award", "prize",
     "act", "law", "constitution", "summit", "conference", "square", "palace", "hall",
     "shrine", "temple", "park", "street", "road", "city", "province", "prefecture",
     "county", "district", "state", "states", "republic", "kingdom", "initiative",
     "station", "exchange", "nations"}
)
_DEMONYM_TITLES = frozenset({"u.s.", "us", "chinese", "japanese", "korean", "south", "north",
                             "american", "former", "then", "late", "top", "senior"})
_PERSONAL_TITLES = frozenset(
    {"mr", "ms", "mrs", "dr", "president", "minister", "pm", "chair", "chairman",
     "chairwoman", "chairperson", "secretary", "ambassador", "envoy", "spokesperson",
     "spokesman", "spokeswoman", "governor", "mayor", "senator", "sen", "rep",
     "representative", "speaker", "leader", "lawmaker", "professor", "prof", "emperor",
     "empress", "king", "queen", "prince", "princess", "premier", "chancellor",
     "director", "commissioner", "judge", "justice", "gen", "general", "admiral",
     "colonel", "col", "lt", "adviser", "advisor", "lady", "gov", "chief", "head"}
)
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ese", "an", "ian", "ist", "ous", "ent", "ant",
                      "ary", "ish", "ern", "ile", "ite", "ic")
_FEMALE_MARKERS = frozenset({"ms", "mrs", "lady", "madam", "queen", "empress", "princess",
                             "wife", "chairwoman", "spokeswoman", "sister", "daughter",
                             "mother"})

# ---------------------------------------------------------------------------
# Quoted regions
# ---------------------------------------------------------------------------

_MARKS = re.compile(r"[\"“”]")


_Pattern = tuple[str, str, int, frozenset[str] | None]
"""A mention pattern: its kind, regular expression, flags and first words."""

_APPOSED_ROLE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?P<role>[a-z]+)\b(?=\s+(?:of|for|at|to|in|from)\b|,)"
)
"""An apposition naming a role after a name (", a special envoy of", ", the ambassador to")."""


def quoted_regions(text: str, segmentation: Segmentation) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every stretch inside double quotation marks.

    Marks are paired within a paragraph: ``“`` opens, ``”`` closes, a
    straight ``"`` toggles. An unclosed quote runs to the paragraph's end.
    """
    regions: list[tuple[int, int]] = []
    paragraphs = [(p.start, p.end) for p in segmentation.paragraphs] or [(0, len(text))]
    for p_start, p_end in paragraphs:
        open_at: int | None = None
        for match in _MARKS.finditer(text, p_start, p_end):
            mark = match.group(0)
            if open_at is None:
                if mark != "”":
                    open_at = match.start()
            elif mark != "“":
                regions.append((open_at + 1, match.start()))
                open_at = None
            else:
                open_at = match.start()
        if open_at is not None:
            regions.append((open_at + 1, p_end))
    return regions


def _inside(regions: list[tuple[int, int]], start: int, end: int) -> bool:
    """Return whether ``[start, end)`` lies in one of the sorted, disjoint ``regions``."""
    index = bisect.bisect_right(regions, (start, 1 << 62)) - 1
    return index >= 0 and regions[index][0] <= start and end <= regions[index][1]


# ---------------------------------------------------------------------------
# Raw candidates
# ---------------------------------------------------------------------------


_OF_GATHERING = re.compile(r"\s+of\s+(?:the\s+)?([\w.+-]+)")


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    data: dict[str, object] = field(default_factory=dict)
    priority: int = 0


# "UPDATE 2-Biden, Yoon ...": a wire's update number is no part of the name after it
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\d+-(?=[A-Z])|\w+(?:[-‐‑'’]\w+)*")
_WORD_RUN = re.compile(r"\w+")
_GROUP_STOP = re.compile(r"[^\w\s'’-]")  # never inside a group mention before its noun
_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "on", "no", "du", "von", "van"})


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    possessive: bool
    low: str
    """``text`` in lower case."""
    cap: bool
    """Whether ``text`` starts with a capital."""

    @property
    def word(self) -> str:
        return self.text


def _tokens(text: str) -> list[_Tok]:
    toks = []
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        end = match.end()
        possessive = False
        if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
            word = word[:-2]
            possessive = True
        elif (
            end < len(text)
            and text[end] == "."
            and (word.lower() in lx.ABBREVIATIONS or (len(word) == 1 and word.isupper()))
        ):
            word += "."
            end += 1
        toks.append(_Tok(match.start(), match.start() + len(word), word, possessive,
                         word.lower(), word[:1].isupper()))
    return toks


def _runs(text: str, toks: list[_Tok]) -> Iterator[list[_Tok]]:
    """Yield maximal runs of capitalised tokens (with inner connectors)."""
    run: list[_Tok] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if tok.cap and tok.text[0].isalpha():
            if run:
                gap = text[run[-1].end : tok.start]
                if gap != " " or run[-1].possessive:
                    yield run
                    run = []
            run.append(tok)
            i += 1
            continue
        nxt = i + 1
        joins = tok.low == "and" or (
            tok.low in _CONNECTORS and bool(run)
            and (run[-1].low in lx.TITLE_WORDS or any(_org_head(run, k) for k in range(len(run))))
        )
        if (
            run
            and joins
            and tok.low in ("for", "of", "on")
            and nxt + 1 < n
            and toks[nxt].low == "the"
            and text[tok.end : toks[nxt].start] == " "
        ):
            nxt += 1  # "Council for the Women ..."
        if (
            run
            and joins
            and not run[-1].possessive
            and text[run[-1].end : tok.start] == " "
            and nxt < n
            and toks[nxt].cap
            and toks[nxt].low not in lx.FUNCTION_WORDS
            and text[toks[nxt - 1].end : toks[nxt].start] == " "
        ):
            run.extend(toks[i:nxt])
            i = nxt
            continue
        if run:
            yield run
            run = []
        i += 1
    if run:
        yield run


class _Scanner:
    """Builds the raw candidates for one document."""

    def __init__(self, document: Document, seg: Segmentation, gaz: Gazetteer) -> None:
        self.doc = document
        self.text = document.text
        self.seg = seg
        self.gaz = gaz
        self.demonyms = dict(_EXTRA_DEMONYMS)
        self.demonyms.update({k.lower(): v for k, v in gaz.demonyms.items()})
        self.countries = dict(_EXTRA_COUNTRIES)
        self.countries.update({k.lower(): v for k, v in gaz.countries.items()})
        self.places = {k.lower(): v for k, v in gaz.places.items()}
        self.places.update(lx.CAPITALS)
        self.leader_surnames = _leader_surnames(gaz)
        self.cands: list[_Cand] = []
        self._all_starts: list[int] | None = None
        self._stops: list[int] = []

    def country_word(self, word: str) -> str | None:
        key = word.lower().strip()
        return self.demonyms.get(key) or self.countries.get(key)

    def is_place(self, word: str) -> bool:
        key = word.lower()
        return key in self.places or key in self.countries or key in self.demonyms

    def run(self) -> list[_Cand]:
        self._names()
        self._patterns()
        return self.cands

    # -- names -------------------------------------------------------------

    def _names(self) -> None:
        text = self.text
        toks = _tokens(text)
        org_spans: list[tuple[int, int]] = []
        index_of = {tok.start: i for i, tok in enumerate(toks)}
        for run in _runs(text, toks):
            self._run(run, toks, index_of, org_spans)
        org_spans.sort()
        org_starts = [s for s, _e in org_spans]
        org_reach: list[int] = []  # org_reach[k]: the furthest end of org_spans[0..k]
        for _s, e in org_spans:
            org_reach.append(max(e, org_reach[-1]) if org_reach else e)
        for match in self.gaz.find_names(text):
            # Inside an organisation's name: a span starts at or before the
            # match and ends at or after it.
            k = bisect.bisect_right(org_starts, match.start)
            if k and org_reach[k - 1] >= match.end:
                continue
            start = self._title_start(match.start)
            self.cands.append(
                _Cand(start, match.end, "leader", {"leader": match.leader,
                                                   "title": text[start : match.start]}, 3)
            )

    def _title_start(self, pos: int) -> int:
        """Extend a name leftwards over a capitalised title ("U.S. President")."""
        text = self.text
        start = pos
        while True:
            window = text[max(0, start - 40) : start]
            match = re.search(r"((?:[A-Z]\.){2,}|[A-Z][\w.-]*)\s$", window)
            if match is None:
                return start
            word = match.group(1)
            if word.lower().rstrip(".") not in {w.rstrip(".") for w in lx.TITLE_WORDS}:
                return start
            if start == pos and word.lower() in _DEMONYM_TITLES:
                return start
            start = start - len(match.group(0))

    def _run(
        self,
        run: list[_Tok],
        toks: list[_Tok],
        index_of: dict[int, int],
        org_spans: list[tuple[int, int]],
    ) -> None:
        text = self.text
        run = _trimmed(run)
        if not run:
            return
        title, rest = _split_title(run)
        if len(run) > 1 and not self._titled_surname(title, rest) and (
            any(_org_head(rest, k) for k in range(len(rest)))
            or (not rest and run[-1].low in lx.ORG_HEADS)
        ):
            start, end = run[0].start, run[-1].end
            heads = [tok.low for k, tok in enumerate(run) if _org_head(run, k)]
            if self.is_place(text[start:end]) or (heads and heads[-1] in _NOT_ORG_HEADS):
                org_spans.append((start, end))
                return
            org_spans.append((start, end))
            name = text[start:end]
            self.cands.append(_Cand(start, end, "org_run", {"name": name}, 1))
            return
        if not rest:
            return
        # Split conjoined names ("Kishida and Yoon").
        parts: list[list[_Tok]] = [[]]
        for tok in rest:
            if tok.low in _CONNECTORS:
                parts.append([])
            else:
                parts[-1].append(tok)
        parts = [p for p in parts if p]
        first_idx = index_of.get(run[0].start, 0)
        before = toks[first_idx - 1] if first_idx > 0 else None
        for k, part in enumerate(parts):
            if k == 0:
                self._person_part(part, title, before)
            else:  # "President Yoon and PM Kishida": each conjunct has its own title
                own_title, own_name = _split_title(part)
                if own_name:
                    self._person_part(own_name, own_title, None)

    def _titled_surname(self, title: list[_Tok], rest: list[_Tok]) -> bool:
        """Whether a personal title and a leader's family name make a person ("President Park").

        Not a place or a body named by its head word ("Olympic Park").
        """
        return (
            bool(title) and len(rest) == 1
            and title[-1].low.rstrip(".") in _PERSONAL_TITLES
            and rest[0].low in self.leader_surnames
        )

    def _person_part(self, part: list[_Tok], title: list[_Tok], before: _Tok | None) -> None:
        text = self.text
        if len(part) > 4:
            part = part[-4:]
        while len(part) > 2 and self.is_place(part[0].text) and not part[0].possessive:
            part = part[1:]  # "Ambassador to Japan Park Cheol-hee"
        if any(self.is_place(tok.text) for tok in part) and (
            len(part) == 1 or all(self.is_place(t.text) for t in part)
        ):
            return
        if any(tok.low in lx.FUNCTION_WORDS for tok in part):
            return
        start, end = part[0].start, part[-1].end
        name = text[start:end]
        possessive = part[-1].possessive
        title_text = " ".join(t.text for t in title)
        t_start = title[0].start if title else start
        leader = self.gaz.lookup(name, self.doc.published) if len(part) > 1 else None
        if leader is not None:
            return  # the gazetteer scan finds it, with its title
        if len(part) == 1:
            word = part[0].text
            self.cands.append(
                _Cand(t_start, end, "surname",
                      {"surname": word, "title": title_text, "possessive": possessive,
                       "bare": not title}, 2)
            )
            return
        after = text[end : end + 60]
        role_before = before is not None and not before.cap and before.low in lx.ROLE_NOUNS
        apposition = re.match(r",\s+(?:(?:a|an|the)\s|([a-z]+)\s+(of|for|at|with|in)\b)",
                              after)
        appositive = apposition is not None and (
            apposition.group(1) is None or apposition.group(1) in lx.ROLE_NOUNS
            or not apposition.group(1).endswith(("ing", "ed"))
        )
        verb = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+)", after)
        reports = verb is not None and verb.group(1) in lx.STATEMENT_VERBS
        said_before = before is not None and before.low in {"said", "says", "added", "stated",
                                                             "wrote", "asked", "noted"}
        korean = part[0].low in lx.KOREAN_SURNAMES and (
            len(part) == 3 or any(ch in part[1].text for ch in "-‐‑")
        )
        if not (title or role_before or appositive or reports or said_before or korean):
            return
        relational = (before is not None and before.low in lx.RELATIONAL_ROLES) or any(
            t.low in lx.RELATIONAL_ROLES for t in title
        )
        female = any(t.low.rstrip(".") in _FEMALE_MARKERS for t in title) or (
            before is not None and before.low in _FEMALE_MARKERS
        )
        role = None
        if title:
            role = title_text
        elif role_before and before is not None:
            role = text[max(0, before.start - 40) : before.end].split(",")[-1].strip()
        self.cands.append(
            _Cand(t_start, end, "person",
                  {"name": name, "title": title_text, "relational": relational,
                   "female": female, "role": role, "possessive": possessive,
                   "tokens": [t.text for t in part]}, 2)
        )

    # -- patterns ------------------------------------------------------------

    @functools.cached_property
    def dem_alt(self) -> str:
        return _alternation(self.demonyms, fold=True, space=r"\s+")

    @functools.cached_property
    def word_starts(self) -> dict[str, list[int]]:
        """Every word (a run of word characters) of the text, with where it occurs."""
        index: dict[str, list[int]] = {}
        for match in _WORD_RUN.finditer(self.text):
            index.setdefault(match.group(), []).append(match.start())
        return index

    def _starts(self, anchors: frozenset[str], fold: bool) -> list[int]:
        """Return where a word of ``anchors`` starts, in text order.

        With ``fold`` words compare in lower case, and a word with letters
        outside ASCII (whose case may fold in other ways) always counts.
        """
        memo = self._starts_memo.get((anchors, fold))
        if memo is not None:
            return memo  # patterns share their first words
        found: list[int] = []
        if fold:
            found.extend(self._folded_starts[1])
            index = self._folded_starts[0]
        else:
            index = self.word_starts
        if len(anchors) < len(index):
            for anchor in anchors:
                found.extend(index.get(anchor, ()))
        else:
            for word, starts in index.items():
                if word in anchors:
                    found.extend(starts)
        found.sort()
        self._starts_memo[(anchors, fold)] = found
        return found

    @functools.cached_property
    def _starts_memo(self) -> dict[tuple[frozenset[str], bool], list[int]]:
        """What :meth:`_starts` returned for each set of anchors."""
        return {}

    @functools.cached_property
    def _folded_starts(self) -> tuple[dict[str, list[int]], list[int]]:
        """The ASCII words' starts by lower case, and the starts of the other words.

        A word outside ASCII may fold in other ways, so it always counts.
        """
        folded: dict[str, list[int]] = {}
        others: list[int] = []
        for word, starts in self.word_starts.items():
            if word.isascii():
                folded.setdefault(word.lower(), []).extend(starts)
            else:
                others.extend(starts)
        return folded, others

    def _group_starts(self) -> list[int] | None:
        """Return every offset where a group mention ("some civic groups") may start.

        The mention ends with a group noun, and what comes before the noun
        (determiner, possessive, adjectives) holds only word characters,
        blanks, apostrophes and hyphens: so it starts at a word between the
        last other character before a noun's first word and that word.
        """
        nouns = _first_words(lx.GROUP_NOUNS, fold=True)
        if nouns is None:
            return None
        noun_starts = self._starts(frozenset(nouns), True)
        if not noun_starts:
            return []
        if self._all_starts is None:
            self._all_starts = sorted(
                start for starts in self.word_starts.values() for start in starts
            )
            self._stops = [m.start() for m in _GROUP_STOP.finditer(self.text)]
        all_starts, stops = self._all_starts, self._stops
        found: list[int] = []
        covered = 0  # word starts before this index are already in ``found``
        for noun in noun_starts:
            stop = bisect.bisect_left(stops, noun)
            lo = stops[stop - 1] + 1 if stop else 0
            first = max(bisect.bisect_left(all_starts, lo), covered)
            last = bisect.bisect_right(all_starts, noun)
            found.extend(all_starts[first:last])
            covered = max(covered, last)
        return found

    def _patterns(self) -> None:
        for kind, pattern, anchors in _compiled_patterns(self):
            if kind == "group":
                starts = self._group_starts()
                matches = (_search_all(pattern, self.text, kind) if starts is None
                           else _match_at(pattern, self.text, kind, starts))
            elif anchors is None:
                matches = _search_all(pattern, self.text, kind)
            else:
                fold = bool(pattern.flags & re.IGNORECASE)
                matches = _match_at(pattern, self.text, kind, self._starts(anchors, fold))
            for match in matches:
                cand = _Cand(match.start(), match.end(), kind, {"m": match},
                             4 if kind != "pronoun" else 0)
                if kind == "group":
                    extent = self._group_extent(match)
                    if extent is None:
                        continue
                    cand.start, cand.end, cand.data["name"] = extent
                if kind == "plural":
                    found = self._of_countries(match.end())
                    if found is not None:
                        cand.data["codes"], cand.end = found
                self.cands.append(cand)
        self._org_possessive_office()

    def _pattern_table(self) -> list[_Pattern]:
        """Return ``(kind, pattern, flags, first words)`` of every pattern.

        The first words are every word a match can start with (lower case
        when the pattern ignores case), or ``None`` if a match may start
        with any word: patterns are tried only where such a word starts.
        """
        alts = self._alternations()
        return [*self._institution_patterns(alts), *self._place_patterns(alts),
                *self._people_patterns(alts)]

    def _alternations(self) -> dict[str, Any]:
        """Return the alternations and first words the patterns are built from."""
        dem = self.dem_alt
        cty_words = [k for k in self.countries if not k.startswith("the ")]
        cty = _alternation(cty_words, fold=True, space=r"\s+")
        verbs = _alternation((v for v in lx.STATEMENT_VERBS if not v.endswith("ing")),
                             fold=False, space=" ")
        capital_words = [*(c.title() for c in lx.CAPITALS), "Japan", "South Korea", "Korea",
                         "China", "North Korea", "the U.S.", "the United States", "Russia",
                         "The U.S.", "The United States"]
        capitals = "|".join(sorted(capital_words, key=len, reverse=True))
        parties = []
        for name, (_country, aliases) in lx.PARTIES.items():
            parties.extend([name, *aliases])
        party_alt = _alternation(parties, fold=False, space=r"\ ")
        groups = _alternation(lx.GROUP_NOUNS, fold=True, space=r"\ ")
        roles = r"prime\s+minister|president|premier|chancellor|foreign\s+minister|leader|" \
                r"counterpart|head\s+of\s+state|head\s+of\s+government|" + _alternation(
                    lx.PERSON_ROLES, fold=True, space=r"\s+")
        mods = r"then|former|outgoing|\d{2}-year-old|incoming|new|current|sitting|late|" \
               r"incumbent|acting|" \
               r"interim|ex|departing|embattled|newly\s+elected|conservative|liberal|" \
               r"progressive"
        unnamed = _alternation(lx.UNNAMED_SOURCES, fold=True, space=" ")
        i = re.IGNORECASE
        # First words (see the docstring), from the start of each alternative.
        the = ["the"]
        f_cty = _first_words(cty_words, fold=True)
        f_dem = _first_words(self.demonyms, fold=True)
        f_cap = _first_words(capital_words, fold=False)
        f_cap_i = _first_words(capital_words, fold=True)
        f_party = _first_words(parties, fold=False)
        # A seat of government stands for its country before a role ("the White House leader")
        seats = [k.lower() for k in self.gaz.capitals if k.lower() not in lx.CAPITALS]
        seat_dem = _alternation([*self.demonyms, *seats], fold=True, space=r"\s+")
        return {
            "dem": dem,
            "seat_dem": seat_dem,
            "cty": cty,
            "verbs": verbs,
            "capitals": capitals,
            "party_alt": party_alt,
            "groups": groups,
            "roles": roles,
            "mods": mods,
            "unnamed": unnamed,
            "i": i,
            "the": the,
            "f_cty": f_cty,
            "f_dem": f_dem,
            "f_cap": f_cap,
            "f_cap_i": f_cap_i,
            "f_party": f_party,
        }

    def _institution_patterns(self, alts: dict[str, Any]) -> list[_Pattern]:
        """Return the patterns of offices, ministries and governments."""
        dem = alts["dem"]
        cty = alts["cty"]
        i = alts["i"]
        the = alts["the"]
        f_cty = alts["f_cty"]
        f_dem = alts["f_dem"]
        return [
            ("pres_office",
             rf"\b(?:the\s+|(?P<cty>{cty})['’]s\s+)?(?:(?P<dem>{dem})\s+)?(?:presidential\s+office|office\s+of\s+the\s+"
             r"president|presidential\s+executive\s+office|blue\s+house|cheong\s+wa\s+dae)\b", i,
             _anchors(the, f_cty, f_dem, ["presidential", "office", "blue", "cheong"])),
            ("pm_office",
             rf"\b(?:the\s+|(?P<cty>{cty})['’]s\s+)?(?:(?P<dem>{dem})\s+)?"
             r"(?:prime\s+minister['’]s\s+office|kantei)\b", i,
             _anchors(the, f_cty, f_dem, ["prime", "kantei"])),
            ("white_house", r"\b(?:the\s+)?White\s+House\b", 0, _anchors(["the", "White"])),
            # The seats of the Korean presidency and of the Japanese premier,
            # named for the office itself ("Cheong Wa Dae said").
            ("kr_seat", r"\b(?:Cheong\s+Wa\s+Dae|(?:the\s+)?Blue\s+House)\b", 0,
             _anchors(["Cheong", "the", "Blue"])),
            ("jp_seat", r"\b(?:the\s+)?Kantei\b", 0, _anchors(["the", "Kantei"])),
            ("ministry",
             rf"\b(?:the\s+|(?P<cty>{cty})['’]s\s+)?(?:(?P<dem>{dem})\s+)?(?P<kind>foreign|defense|defence|unification|"
             r"finance|trade|industry|justice|education|economy|interior|health|environment|"
             r"agriculture|land)\s+ministry\b(?:\s+in\s+(?P<loc>Seoul|Tokyo|Beijing|Washington|"
             r"Pyongyang|Moscow))?", i,
             _anchors(the, f_cty, f_dem, ["foreign", "defense", "defence", "unification",
                                          "finance", "trade", "industry", "justice",
                                          "education", "economy", "interior", "health",
                                          "environment", "agriculture", "land"])),
            ("ministry",
             rf"\b(?:the\s+)?(?:(?P<dem>{dem})\s+)?ministry\s+of\s+(?P<kind>foreign\s+affairs|"
             r"national\s+defen[cs]e|defen[cs]e|unification|economy\s+and\s+finance|finance|"
             r"justice|trade,\s+industry\s+and\s+energy|economy,\s+trade\s+and\s+industry)\b", i,
             _anchors(the, f_dem, ["ministry"])),
            ("state_dept", r"\b(?:the\s+)?(?:U\.S\.\s+)?State\s+Department\b", 0,
             _anchors(["the", "U", "State"])),
            ("government",
             rf"\b(?:the\s+)?(?P<dem>{dem})\s+(?:government|administration|side)\b", i,
             _anchors(the, f_dem)),
            ("government",
             rf"\b(?P<cty>{cty})['’]s\s+(?:government|administration)\b", i,
             _anchors(f_cty)),
            ("leader_government",
             r"\bthe\s+(?P<who>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)\s+(?:government|"
             r"administration|cabinet)\b", 0,
             _anchors(the)),
        ]

    def _place_patterns(self, alts: dict[str, Any]) -> list[_Pattern]:
        """Return the patterns of capitals, parties, courts and organisations."""
        dem = alts["dem"]
        cty = alts["cty"]
        verbs = alts["verbs"]
        capitals = alts["capitals"]
        party_alt = alts["party_alt"]
        i = alts["i"]
        the = alts["the"]
        f_cty = alts["f_cty"]
        f_dem = alts["f_dem"]
        f_cap = alts["f_cap"]
        f_cap_i = alts["f_cap_i"]
        f_party = alts["f_party"]
        return [
            ("capital",
             rf"\b(?P<cap>{capitals})(?=(?:,\s+[a-z][a-z\s]{{2,30}},)?\s+(?:(?:has|have|had|also|long|steadily|repeatedly|"
             rf"previously|strongly|reportedly|will|would|did|does|again|quickly|swiftly|"
             rf"officially|publicly|firmly|consistently|[a-z]{{3,12}}ly)\s+){{0,3}}"
             rf"(?:{verbs})\b)", 0,
             _anchors(f_cap)),
            ("party",
             r"\b(?:the\s+)?(?:(?:ruling|main\s+opposition|opposition|conservative|liberal|"
             rf"progressive|minor)\s+)?(?P<name>{party_alt})\b(?:\s+of\s+(?:Korea|Japan)\b)?", 0,
             _anchors(the, ["ruling", "main", "opposition", "conservative", "liberal",
                            "progressive", "minor"], f_party)),
            ("the_party",
             r"\bthe\s+(?:(?:ruling|main\s+opposition|opposition|conservative|liberal|"
             r"progressive)\s+)?party\b(?!(?-i:\s+[A-Z]))", i,
             _anchors(the)),
            ("court",
             rf"\b(?:the\s+|(?P<cty>{cty}|{capitals})['’]s\s+)?(?:(?P<dem>{dem})\s+)?"
             r"(?P<kind>(?-i:Supreme\s+Court|Constitutional\s+Court)|top\s+court|"
             r"highest\s+court|constitutional\s+court)\b", i,
             _anchors(the, f_cty, f_cap_i, f_dem, ["supreme", "constitutional", "top",
                                                   "highest"])),
            ("the_court", r"\bthe\s+court\b", i, _anchors(the)),
            ("the_ministry", r"\bthe\s+ministry\b(?!\s+of\b)", i, _anchors(the)),
            ("the_government", r"\bthe\s+government\b(?!\s+of\b)", i, _anchors(the)),
            ("capital_subject",
             rf"\b(?P<cap>{capitals})\s+(?:[a-z]+ly\s+)?(?=[a-z]+ed\b)", 0,
             _anchors(f_cap)),
            ("the_office", r"\bthe\s+office\b(?!\s+of\b)", i, _anchors(the)),
            ("the_org",
             r"\bthe\s+(?:(?:civic|activist|advocacy|rights|victims['’]|business|labor|"
             r"labour)\s+)?(?P<noun>group|organi[sz]ation|council|association|union|"
             r"foundation|federation|coalition|alliance|committee|institute|agency|"
             r"lobby|network)\b(?!\s+of\b)(?!(?-i:\s+[A-Z]))", i, _anchors(the)),
        ]

    def _people_patterns(self, alts: dict[str, Any]) -> list[_Pattern]:
        """Return the patterns of unnamed sources, plurals, groups, descriptions, pronouns."""
        seat_dem = alts["seat_dem"]
        cty = alts["cty"]
        verbs = alts["verbs"]
        groups = alts["groups"]
        roles = alts["roles"]
        mods = alts["mods"]
        unnamed = alts["unnamed"]
        i = alts["i"]
        f_cty = alts["f_cty"]
        present = "|".join(sorted(lx.PLURAL_SUBJECT_VERBS))
        return [
            ("unnamed",
             rf"\b(?P<det>a|an|the|another|one|two|three|several|some|other|senior|"
             rf"(?:{cty})['’]s)\s+"
             rf"(?P<mid>(?:[\w.-]+\s+){{0,5}}?)(?P<head>{unnamed})\b(?!(?-i:\s+[A-Z]))", i,
             _anchors(["a", "an", "the", "another", "one", "two", "three", "several", "some",
                       "other", "senior"], f_cty)),
            ("unnamed", r"\b(?:[Oo]fficials|[Ss]ources|[Aa]ides|[Dd]iplomats)\b", 0,
             _anchors(["Officials", "officials", "Sources", "sources", "Aides", "aides",
                       "Diplomats", "diplomats"])),
            ("plural",
             r"\b(?P<det>the|both|all|these)\s+(?:(?P<num>two|three|four|five|\d)\s+)?"
             r"(?P<adj>(?:[A-Za-z-]+\s+){0,2}?)(?P<noun>leaders|sides|countries|nations|"
             r"governments|men|women|neighbors|neighbours|allies|presidents|heads\s+of\s+state|"
             r"pair|duo|trio)"
             r"\b", i,
             _anchors(["the", "both", "all", "these"])),
            # "the two Ministers" (counted; "the foreign ministers of A and B" names countries)
            ("plural",
             r"\b(?P<det>the)\s+(?P<num>two|three|four)\s+(?P<adj>(?:foreign\s+|defense\s+|"
             r"defence\s+|finance\s+|trade\s+)?)(?P<noun>ministers|secretaries)\b", i,
             _anchors(["the"])),
            ("plural",
             r"\b(?P<det>[Tt]he|[Aa]ll)\s+(?P<num>two|three|four)(?P<adj>)(?P<noun>)"
             rf"(?=\s+(?:also|have|had|will|then|later|jointly|both|all|again|together|[a-z]+ed|"
             rf"{present})\b|[,.;])", 0, _anchors(["The", "the", "All", "all"])),
            # "separate meetings with each leader": every leader just named but the subject
            ("plural",
             r"\b(?P<det>each)\s+(?P<num>)(?P<adj>(?:other\s+)?)(?P<noun>leader)\b", 0,
             _anchors(["each"])),
            ("plural",
             r"\b(?P<det>[Bb]oth)(?P<num>)(?P<adj>)(?P<noun>)"
             rf"(?=\s+(?:also|have|had|will|then|later|jointly|[a-z]+ed|{present})\b)", 0,
             _anchors(["Both", "both"])),
            # "then a trilateral summit with both": the partners named just before
            ("plural",
             r"(?<=\bwith\s)(?P<det>both)(?P<num>)(?P<adj>)(?P<noun>)(?=\s*[,.;)]|\s*$)", 0,
             _anchors(["both"])),
            ("group",
             r"(?:\b(?P<det>the|some|several|many|most|other|few|both|all|two|three|a\s+few|"
             r"a\s+(?:small\s+|large\s+)?group\s+of|a\s+number\s+of|their|its|(?:[A-Z]\w*\s+)?[\w]+['’]s)\s+)?"
             rf"\b(?P<adj>(?:[a-z][\w-]*\s+){{0,2}}?)(?P<noun>{groups})\b", i,
             None),
            ("description",
             rf"\b(?P<det>the|his|her|their|its|(?P<cty>{cty})['’]s)\s+"
             rf"(?P<mods>(?:(?:{mods})(?:-|\s+)){{0,2}})"
             rf"(?:(?P<dem>{seat_dem})\s+)?(?P<role>{roles})\b(?!['’]?s?\s+of\b)", i,
             _anchors(["the", "his", "her", "their", "its"], f_cty)),
            ("pronoun", r"\b(?:he|she|they|his|her|their|him|them)\b", i,
             _anchors(["he", "she", "they", "his", "her", "their", "him", "them"])),
            ("it",
             rf"\b[Ii]t(?=\s+(?:(?:also|further|later|then|has|had|[a-z]{{3,12}}ly)\s+){{0,2}}"
             rf"(?:{verbs})\b)", 0, _anchors(["It", "it"])),
            ("age", r"\b[Tt]he\s+\d{2}-year-old\b(?!\s+[a-z])", 0, _anchors(["The", "the"])),
        ]

    def _of_countries(self, pos: int) -> tuple[list[str], int] | None:
        """Parse " of China and Japan" after a plural noun."""
        match = re.match(r"\s+of\s+", self.text[pos : pos + 8])
        if match is None:
            return None
        rest = self.text[pos + match.end() : pos + match.end() + 80]
        codes: list[str] = []
        offset = 0
        for piece in re.finditer(r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}", rest):
            between = rest[offset : piece.start()]
            if codes and not re.fullmatch(r",\s*(?:and\s+)?|\s+and\s+", between):
                break
            if not codes and piece.start() != 0:
                return None
            words = piece.group(0)
            code = None
            parts = words.split()
            for k in range(len(parts), 0, -1):
                code = self.country_word(" ".join(parts[:k]))
                if code is not None:
                    offset = piece.start() + len(" ".join(parts[:k]))
                    break
            if code is None:
                break
            codes.append(code)
        if not codes:
            return None
        return codes, pos + match.end() + offset

    def _group_adjectives(self, words: list[str]) -> list[str]:
        """Return the adjectives that end ``words`` ("South Korean", "civic")."""
        adj: list[str] = []
        for word in reversed(words):
            low = word.lower()
            if low in lx.FUNCTION_WORDS or low in lx.STATEMENT_VERBS or not (
                low.endswith(_ADJECTIVE_ENDINGS) or self.country_word(low)
            ):
                break
            adj.insert(0, word)
        return adj

    def _group_extent(self, match: re.Match[str]) -> tuple[int, int, str] | None:
        """Return the start and canonical name of a group mention, or ``None``."""
        det = match.group("det") or ""
        words = (match.group("adj") or "").split()
        adj = self._group_adjectives(words)
        if words and len(adj) < len(words) and det and not re.search(r"['’]s\Z", det):
            det = ""
        noun = match.group("noun")
        start = match.start() if det else match.start("adj")
        if adj:
            adj_start = match.start("adj") + (match.group("adj") or "").find(adj[0])
        else:
            adj_start = match.start("noun")
        if det and re.search(r"['’]s\Z", det):
            head = self.text[max(0, match.start() - 4) : match.start()]
            if head.lower() == "the ":
                start = match.start() - 4
            name = self.text[start : match.end()]
            if name.startswith("The "):
                name = "the " + name[4:]
        else:
            if not det:
                start = adj_start
            name = " ".join([*adj, noun]).lower()
        if not det:
            lead = re.search(r"\b(?:the|some|several|many|most|other|both|all|two|three|"
                             r"their|its)\s+\Z", self.text[max(0, start - 12) : start],
                             re.IGNORECASE)
            if lead is not None:
                start -= len(lead.group(0))
                det = lead.group(0).strip()
        if name in {"groups", "students", "citizens", "families"} and not det:
            return None
        end = match.end()
        tail = re.compile(r"\s+(?:for|of|representing)\s+the\s+[a-z]+").match(self.text, end)
        if tail is not None and not det.endswith(("'s", "’s")):
            end = tail.end()
            name = name + " " + " ".join(tail.group(0).split())
        return start, end, name

    def _org_possessive_office(self) -> None:
        for match in re.finditer(r"\b(?P<who>[A-Z][\w-]+)['’]s\s+office\b", self.text):
            self.cands.append(_Cand(match.start(), match.end(), "office_of", {"m": match}, 5))


@functools.cache
def _leader_surnames_cached(gaz_id: int, gaz: Gazetteer) -> dict[str, tuple[Leader, ...]]:
    del gaz_id
    table: dict[str, list[Leader]] = {}
    family = getattr(gaz, "family_name", None)
    for leader in gaz.leaders:
        surnames = _surnames_of(leader.name, leader.country)
        if leader.country not in lx.SURNAME_FIRST_COUNTRIES:
            for alias in leader.aliases:  # "Zelenskyy" as well as "Zelensky"
                if alias.split()[:1] == leader.name.split()[:1]:
                    surnames |= _surnames_of(alias, leader.country)
        if callable(family):
            with contextlib.suppress(KeyError, ValueError, TypeError):
                surnames = {str(family(leader)).lower()} | surnames
        for surname in surnames:
            bucket = table.setdefault(surname, [])
            if leader not in bucket:
                bucket.append(leader)
    return {key: tuple(value) for key, value in table.items()}


def _leader_surnames(gaz: Gazetteer) -> dict[str, tuple[Leader, ...]]:
    return _leader_surnames_cached(id(gaz), gaz)


def _surnames_of(name: str, country: str | None) -> set[str]:
    """Return the lower-case surname(s) of a full name."""
    parts = [p for p in re.split(r"\s+", name.strip()) if p and not p.endswith(".")]
    if not parts:
        return set()
    if len(parts) == 1:
        return {parts[0].lower()}
    first, last = parts[0].lower(), parts[-1].lower()
    if country in lx.SURNAME_FIRST_COUNTRIES or (
        country is None
        and first in lx.KOREAN_SURNAMES
        and (len(parts) == 3 or any(ch in parts[1] for ch in "-‐‑"))
    ):
        return {first}
    return {last}


# ---------------------------------------------------------------------------
# Resolution
# ---------------------------------------------------------------------------


def _trimmed(run: list[_Tok]) -> list[_Tok]:
    """Strip a run's leading function words and trailing connectors.

    "The", "During" open no name; after "the", a bare head's title
    coordinated with a titled name is dropped (:func:`_after_bare_title`).
    """
    definite = bool(run) and run[0].low == "the"
    while run and (run[0].low in lx.FUNCTION_WORDS or run[0].low in _CONNECTORS):
        run = run[1:]
    if definite:
        run = _after_bare_title(run)
    while run and run[-1].low in _CONNECTORS:
        run = run[:-1]
    return run


_HEAD_TITLES = frozenset({"president", "premier", "chancellor", "king", "emperor"})
"""Titles of a head of state or government: one who holds one holds no second title."""


def _after_bare_title(run: list[_Tok]) -> list[_Tok]:
    """Drop a bare head's title coordinated with a titled name ("the President and PM Abe").

    "The President and Prime Minister Abe" is two people: the release's own
    principal, named by a bare title its own rule resolves, and Abe.
    """
    joint = next((k for k, tok in enumerate(run) if tok.low == "and"), None)
    if joint is None or joint == 0 or joint + 1 >= len(run):
        return run
    first, second = run[:joint], run[joint + 1 :]
    if any(tok.low not in lx.TITLE_WORDS for tok in first):
        return run
    head = first[-1].low.rstrip(".")
    if head not in _HEAD_TITLES and not (head == "minister" and len(first) > 1
                                         and first[-2].low == "prime"):
        return run
    return second if second[0].low in lx.TITLE_WORDS else run


def _split_title(run: list[_Tok]) -> tuple[list[_Tok], list[_Tok]]:
    """Split a run of capitalised words into its title and the rest."""
    title: list[_Tok] = []
    rest = list(run)
    while rest and (rest[0].low in lx.TITLE_WORDS or rest[0].low.rstrip(".") in
                    {"mr", "ms", "mrs", "dr", "sen", "rep", "gov", "prof", "gen"}):
        title.append(rest.pop(0))
    while title and title[-1].low in _DEMONYM_TITLES:
        title.pop()
    # "Democratic Party Chair Hwang Min-ho": the name follows the last title word,
    # unless a connector comes first ("Yoon and PM Kishida" is two people).
    joined = next((k for k, tok in enumerate(rest) if tok.low == "and" and k > 0
                   and rest[k - 1].low.rstrip(".") not in _PERSONAL_TITLES | lx.TITLE_WORDS),
                  len(rest))
    inner = [k for k, tok in enumerate(rest[: min(joined, len(rest) - 1)])
             if tok.low.rstrip(".") in _PERSONAL_TITLES]
    if inner and not any(_org_head(rest, k) for k in range(inner[-1] + 1, len(rest))):
        cut = inner[-1] + 1
        title, rest = title + rest[:cut], rest[cut:]
    return title, rest


@dataclass
class _Ent:
    name: str
    kind: EntityKind
    country: str | None = None
    leader: Leader | None = None
    surnames: set[str] = field(default_factory=set)
    relational: bool = False
    female: bool = False
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    last: int = -1
    party: bool = False
    male: bool = False


def _is_state_body(name: str) -> bool:
    """Return whether ``name`` is a government, ministry, office or court."""
    lowered = name.lower()
    return (lowered.endswith((" government", "ministry", " court", "white house"))
            or "office" in lowered)


def _official_style(role: str, mods: list[str], country: str | None) -> bool:
    """Whether a bare title is capitalised as official releases write it ("the President")."""
    return role[:1].isupper() and not mods and country is None


_HONORIFIC = re.compile(r"\s+(?:Royal\s+)?(?:Excellency|Excellencies|Majesty|Highness|Holiness)\b")
"""What makes "His" or "Her" part of a form of address ("Her Excellency", "His Majesty")."""

_AGENT_BEFORE = re.compile(
    r"\bby\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,4}(?:and\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,4})?$"
)
"""A "by" right before a name, its title words between, after a passive or a noun
("chaired by Chinese Premier Li Keqiang", "the 1998 declaration by Kim Dae-jung and
Keizo Obuchi")."""
_COMPARED_BEFORE = re.compile(
    r"\b(?:following|like|unlike)\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,4}$"
)
"""A leader named only as the one before or like another ("the second to be received,
following Prime Minister Yoshihide Suga"): no member of "the two leaders" after it."""
_AFTER_WITH = re.compile(r"\bwith\s+(?:[a-z]+\s+){0,2}$")
""""with" right before a list of partners, perhaps past a modifier ("with outgoing ...")."""


@dataclass
class _Item:
    mention: Mention
    ent: _Ent | None
    sentence: int
    in_quote: bool
    possessive: bool
    plural: bool
    members: tuple[str, ...] = ()


class _Resolver:
    def __init__(self, document: Document, seg: Segmentation, gaz: Gazetteer) -> None:
        self.doc = document
        self.text = document.text
        self.seg = seg
        self.gaz = gaz
        self.date = document.published
        self.ents: dict[str, _Ent] = {}
        self.items: list[_Item] = []
        self.bare: dict[str, _Ent] = {}  # whom each bare family name has stood for so far
        self.regions = sorted(quoted_regions(self.text, seg))
        self.scanner = _Scanner(document, seg, gaz)
        self.sentence_index = {id(s): k for k, s in enumerate(seg.sentences)}

    # -- entity bookkeeping ------------------------------------------------------

    def entity(self, name: str, kind: EntityKind, country: str | None = None,
               leader: Leader | None = None) -> _Ent:
        key = name_key(name)
        ent = self.ents.get(key)
        if ent is None:
            ent = _Ent(name, kind, country, leader)
            if kind in (EntityKind.LEADER, EntityKind.PERSON):
                ent.surnames = _surnames_of(name, country)
                words = name.lower().split()
                ent.female = any(w in lx.FEMALE_GIVEN_NAMES for w in words[:-1] + words[1:])
            self.ents[key] = ent
        return ent

    def leader_entity(self, leader: Leader) -> _Ent:
        head = any(o.role is not OfficeRole.OTHER for o in leader.offices)
        kind = EntityKind.LEADER if head else EntityKind.PERSON
        ent = self.entity(leader.name, kind, leader.country, leader)
        ent.leader = leader
        ent.kind = kind
        return ent

    def persons(self) -> list[_Ent]:
        """Return known people, most recently mentioned first."""
        people = [e for e in self.ents.values()
                  if e.kind in (EntityKind.LEADER, EntityKind.PERSON) and e.last >= 0]
        return sorted(people, key=lambda e: e.last, reverse=True)

    # -- main loop -----------------------------------------------------------------

    def run(self) -> Mentions:
        cands = self._select(self._without_named_descriptions(self.scanner.run()))
        furniture = _Ranges((r.start, r.end) for r in self.seg.furniture)
        for cand in cands:
            sentence = self.seg.sentence_at(cand.start)
            if sentence is None or furniture.covers(cand.start):
                continue
            s_index = self.sentence_index.get(id(sentence), 0)
            in_quote = _inside(self.regions, cand.start, cand.end)
            if in_quote and cand.kind in ("pronoun", "plural", "unnamed", "capital"):
                continue
            self._resolve(cand, s_index, in_quote)
        return self._output()

    @staticmethod
    def _without_named_descriptions(cands: list[_Cand]) -> list[_Cand]:
        """Drop a description a titled name runs on past ("Japan's Prime Minister Ishiba").

        The description resolves to no one when a name follows (the name speaks
        for itself); kept, it would also hide that name's own candidate.
        """
        names = [c for c in cands if c.kind in ("surname", "person", "leader")]
        return [c for c in cands if c.kind != "description" or not any(
            c.start < n.start < c.end < n.end for n in names)]

    @staticmethod
    def _select(cands: list[_Cand]) -> list[_Cand]:
        """Keep the longest candidates, never overlapping, in text order."""
        taken: set[int] = set()
        chosen: list[_Cand] = []
        for cand in sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
            if any(k in taken for k in range(cand.start, cand.end)):
                continue
            taken.update(range(cand.start, cand.end))
            chosen.append(cand)
        chosen.sort(key=lambda c: c.start)
        return chosen

    def _add(self, cand: _Cand, kind: MentionKind, ent: _Ent | None, s_index: int,
             in_quote: bool, *, possessive: bool = False, plural: bool = False,
             members: tuple[str, ...] = (), entity_kind: EntityKind | None = None,
             name: str | None = None) -> _Item:
        surface = self.text[cand.start : cand.end]
        if ent is not None:
            if not in_quote:
                ent.last = cand.start
            if surface != ent.name and surface not in ent.aliases and kind is not \
                    MentionKind.PRONOUN:
                ent.aliases.append(surface)
        e_kind = entity_kind or (ent.kind if ent is not None else EntityKind.PERSON)
        mention = Mention(
            cand.start, cand.end, surface, kind,
            name if name is not None else (ent.name if ent is not None else None),
            e_kind, ent.country if ent is not None else None, members,
        )
        item = _Item(mention, ent, s_index, in_quote, possessive, plural, members)
        self.items.append(item)
        if not in_quote and not plural and ent is not None and e_kind in (
            EntityKind.LEADER, EntityKind.PERSON
        ):
            self._conjoin(item)
        return item

    def _conjoin(self, item: _Item) -> None:
        """Record "A and B" (and "A, B and C") as a plural mention."""
        prev = None
        for index in range(len(self.items) - 2, -1, -1):
            other = self.items[index]
            if other.mention.end <= item.mention.start:
                prev = other
                break
        if prev is None or prev.sentence != item.sentence or prev.in_quote:
            return
        gap = self.text[prev.mention.end : item.mention.start]
        counterparts = _AND_COUNTERPART.fullmatch(gap) is not None and EntityKind.LEADER not in (
            prev.mention.entity_kind, item.mention.entity_kind)  # ministers, as "A and B"
        if not re.fullmatch(r",?\s+and\s+|,\s+", gap) and not counterparts:
            return
        if gap.strip() == "," and prev.mention.kind is MentionKind.DESCRIPTION:
            return  # "his Japanese counterpart, Masahiko Komura": one person, apposed
        if prev.plural and prev.mention.kind is MentionKind.NAME and prev.members:
            members = (*prev.members, item.mention.entity or "")
            start = prev.mention.start
            _remove_last(self.items, prev)
        elif not prev.plural and prev.ent is not None and prev.mention.entity_kind in (
            EntityKind.LEADER, EntityKind.PERSON
        ):
            members = (prev.ent.name, item.mention.entity or "")
            start = prev.mention.start
        else:
            return
        if gap.startswith(",") and "and" not in gap:
            # "A, B" may be an appositive; only a later "and" makes it a list.
            pass
        members = tuple(dict.fromkeys(m for m in members if m))
        end = item.mention.end
        group = self.entity(_join(list(members)), EntityKind.GROUP)
        mention = Mention(start, end, self.text[start:end], MentionKind.NAME, group.name,
                          EntityKind.GROUP, None, members)
        self.items.append(_Item(mention, group, item.sentence, False, False, True, members))

    # -- dispatch ----------------------------------------------------------------

    def _resolve(self, cand: _Cand, s: int, q: bool) -> None:
        handler = getattr(self, "_r_" + cand.kind)
        handler(cand, s, q)

    def _r_leader(self, cand: _Cand, s: int, q: bool) -> None:
        leader = cand.data["leader"]
        assert isinstance(leader, Leader)
        ent = self.leader_entity(leader)
        self._add(cand, MentionKind.NAME, ent, s, q)

    def _r_person(self, cand: _Cand, s: int, q: bool) -> None:
        name = str(cand.data["name"])
        key = name_key(name)
        ent = self.ents.get(key)
        if ent is None:
            # A longer name already known that ends with this one ("Jean-Pierre").
            ent = self.entity(name, EntityKind.PERSON)
            ent.relational = bool(cand.data.get("relational"))
            # a female title ("Ms") or a female given name ("Kim Yo Jong")
            ent.female = ent.female or bool(cand.data.get("female"))
            role = cand.data.get("role")
            ent.description = str(role) if role else self._apposed_role(cand.end)
        self._add(cand, MentionKind.NAME, ent, s, q, possessive=bool(cand.data["possessive"]))

    def _apposed_role(self, end: int) -> str | None:
        """Return the role an apposition gives the name ending at ``end``, if any.

        "Moon Hee-sang, a special envoy of the president, met Abe ... the envoy
        said": the role noun describes the person, as a title before it would.
        """
        found = _APPOSED_ROLE.match(self.text, end)
        if found is None or found.group("role").lower() not in lx.ROLE_NOUNS:
            return None
        return found.group(0).strip(" ,")

    def _r_surname(self, cand: _Cand, s: int, q: bool) -> None:
        word = str(cand.data["surname"])
        title = str(cand.data.get("title") or "")
        ent = self._by_surname(word, title, self._recent_start(s))
        if not title and ent is not None:
            # "He then met Kim ... Kim is to fly to Pyongyang to meet Kim Jong Il ... Kim
            # told Mori": a bare family name keeps standing for whom it first stood for
            ent = self.bare.setdefault(word.lower(), ent)
        if ent is None:
            holder = self._titled_holder(word, title) or self._listed_holder(word, title)
            if holder is not None:
                self._add(cand, MentionKind.NAME, self.leader_entity(holder), s, q,
                          possessive=bool(cand.data["possessive"]))
                return
            if not any(w.lower().rstrip(".") in _PERSONAL_TITLES for w in title.split()):
                return
            ent = self.entity(word, EntityKind.PERSON)
            ent.female = any(w.lower().rstrip(".") in _FEMALE_MARKERS for w in title.split())
        kind = MentionKind.SURNAME if not title else MentionKind.NAME
        self._add(cand, kind, ent, s, q, possessive=bool(cand.data["possessive"]))

    def _listed_holder(self, word: str, title: str) -> Leader | None:
        """Return the one leader in office named ``word`` when the article lists it with others.

        "Bush, Roh and Abe hold talks ... Bush started his day": a common family
        name the article lists with rarer ones (:func:`listed_with_others`).
        """
        if title or not listed_with_others(self.text, word):
            return None
        found = [leader for leader in self.gaz.surname_candidates(word, self.date)
                 if leader.is_leader_on(self.date)]
        return found[0] if len(found) == 1 else None

    def _titled_holder(self, word: str, title: str) -> Leader | None:
        """Return the one gazetteer office-holder named ``word`` whose title fits."""
        words = {w.lower().rstrip(".") for w in title.split()} - {"the", "then"}
        if not words:
            return None
        found = [
            leader for leader in self.gaz.leaders
            if word in leader.name.split()
            and any(words <= set(o.title.lower().split()) for o in leader.offices_on(self.date))
        ]
        return found[0] if len(found) == 1 else None

    def _recent_start(self, s: int) -> int:
        """Return the offset where the sentence two before sentence ``s`` starts."""
        sentences = self.seg.sentences
        return sentences[max(0, s - 2)].start if s - 2 < len(sentences) else 0

    def _by_surname(self, word: str, title: str, recent: int = -1) -> _Ent | None:
        low = word.lower()
        wanted = _title_of(title)
        people = [e for e in self.persons() if low in e.surnames]
        if wanted is not None:
            fitting = [e for e in people if e.leader is not None
                       and _holds(e.leader, wanted, None, self.date)]
            people = fitting or people
        if len(people) > 1:
            people = [e for e in people if not e.relational] or people
        if len(people) > 1:
            # Two Lis in one article: the leader named in this sentence or the two
            # before ("President Kim Dae-jung signed ... Kim, for his part,"), else
            # the one in office that day, else the one named last.
            latest = max(people, key=lambda e: e.last)
            current = [e for e in people if e.leader is not None
                       and _holds(e.leader, wanted or "", None, self.date)]
            if latest.last >= recent >= 0 and latest.leader is not None:
                current = [latest]  # a leader just named, not a namesake who is not one
            people = current or sorted(people, key=lambda e: e.last, reverse=True)
        if people:
            return people[0]
        if not title and low in lx.WORD_SURNAMES:
            return None  # "in May 2018", "Key officials": a word, not a leader
        leaders = list(self.scanner.leader_surnames.get(low, ()))
        extra = self._gazetteer_surname(word)
        for leader in extra:
            if leader not in leaders:
                leaders.append(leader)
        if not leaders:
            return None
        leader = _pick_leader(leaders, wanted, self.date)
        return self.leader_entity(leader)

    def _gazetteer_surname(self, word: str) -> list[Leader]:
        finder = getattr(self.gaz, "surname_candidates", None)
        if finder is None:
            return []
        try:
            found = finder(word, self.date)
        except (KeyError, ValueError, TypeError):
            return []
        return [leader for leader in found if isinstance(leader, Leader)]

    def _r_org_run(self, cand: _Cand, s: int, q: bool) -> None:
        name = str(cand.data["name"])
        party = name.lower().endswith("party")
        canonical = name
        for full, (_country, aliases) in lx.PARTIES.items():
            if name_key(name) in {name_key(a) for a in (full, *aliases)}:
                canonical = full
        ent = self.entity(canonical, EntityKind.ORGANISATION)
        ent.party = ent.party or party
        self._add(cand, MentionKind.ORGANISATION, ent, s, q)

    def _dem(self, match: re.Match[str]) -> str | None:
        dem = match.groupdict().get("dem") or match.groupdict().get("cty")
        if not dem:
            return None
        word = re.sub(r"\s+", " ", dem)
        return self.scanner.country_word(word) or self.gaz.capital_country(word)

    def _default_country(self) -> str:
        """Return the country the article's politics most likely happen in.

        The outlet's country when the outlet is known, else the dateline's,
        else the country of the most recently mentioned leader.
        """
        outlet = (self.doc.outlet or "").lower()
        for word, code in _OUTLET_COUNTRIES:
            if word in outlet:
                return code
        for furniture in self.seg.furniture:
            if furniture.kind is FurnitureKind.DATELINE:
                head = re.match(r"\W*([A-Za-z][A-Za-z ]{1,20}?)\s*[,(—–-]",
                                self.text[furniture.start : furniture.end])
                if head is None:
                    continue
                place = head.group(1).strip()
                found = self.scanner.country_word(place) or lx.CAPITALS.get(place.lower())
                if found:
                    return found
        for ent in self.persons():
            if ent.leader is not None:
                return ent.leader.country
        return "KR"

    def _org(self, cand: _Cand, s: int, q: bool, name: str, country: str | None) -> None:
        ent = self.entity(name, EntityKind.ORGANISATION, country)
        self._add(cand, MentionKind.ORGANISATION, ent, s, q)

    def _m(self, cand: _Cand) -> re.Match[str]:
        match = cand.data["m"]
        assert isinstance(match, re.Match)
        return match

    def _r_pres_office(self, cand: _Cand, s: int, q: bool) -> None:
        country = self._dem(self._m(cand)) or "KR"
        self._org(cand, s, q, _office_name(country, "president"), country)

    def _r_pm_office(self, cand: _Cand, s: int, q: bool) -> None:
        country = self._dem(self._m(cand)) or "JP"
        self._org(cand, s, q, _office_name(country, "prime minister"), country)

    def _r_kr_seat(self, cand: _Cand, s: int, q: bool) -> None:
        self._org(cand, s, q, _office_name("KR", "president"), "KR")

    def _r_jp_seat(self, cand: _Cand, s: int, q: bool) -> None:
        self._org(cand, s, q, _office_name("JP", "prime minister"), "JP")

    def _r_white_house(self, cand: _Cand, s: int, q: bool) -> None:
        self._org(cand, s, q, "White House", "US")

    def _r_state_dept(self, cand: _Cand, s: int, q: bool) -> None:
        self._org(cand, s, q, "U.S. State Department", "US")

    def _r_ministry(self, cand: _Cand, s: int, q: bool) -> None:
        match = self._m(cand)
        loc = match.groupdict().get("loc")
        country = self._dem(match) or (lx.CAPITALS.get(loc.lower()) if loc else None) or (
            self._default_country())
        kind = re.sub(r"\s+", " ", match.group("kind").lower())
        short = {
            "foreign affairs": "Foreign", "national defense": "Defense",
            "national defence": "Defense", "defence": "Defense",
            "economy and finance": "Finance", "trade, industry and energy": "Trade",
            "economy, trade and industry": "Trade",
        }.get(kind, kind.split()[0].title())
        adjective = lx.COUNTRY_ADJECTIVES.get(country, country)
        self._org(cand, s, q, f"{adjective} {short} Ministry", country)

    def _r_government(self, cand: _Cand, s: int, q: bool) -> None:
        country = self._dem(self._m(cand))
        if country is None:
            return
        self._org(cand, s, q, _government_name(country), country)

    def _r_leader_government(self, cand: _Cand, s: int, q: bool) -> None:
        who = self._m(cand).group("who")
        country = self.scanner.country_word(who)
        if country is None:
            ent = self._by_surname(who.split()[-1], "") if " " not in who else None
            if ent is None or ent.leader is None:
                leader = self.gaz.lookup(who, self.date)
                if leader is None:
                    return
                country = leader.country
            else:
                country = ent.leader.country
        self._org(cand, s, q, _government_name(country), country)

    def _r_capital(self, cand: _Cand, s: int, q: bool) -> None:
        word = self._m(cand).group("cap")
        key = word.lower()
        country = lx.CAPITALS.get(key) or self.scanner.countries.get(key)
        if country is None:
            return
        cand.end = cand.start + len(word)
        self._org(cand, s, q, _government_name(country), country)

    def _r_party(self, cand: _Cand, s: int, q: bool) -> None:
        found = self._m(cand).group("name")
        canonical = found
        for full, (_country, aliases) in lx.PARTIES.items():
            if found == full or found in aliases:
                canonical = full
                break
        country = lx.PARTIES.get(canonical, (None, ()))[0]
        ent = self.entity(canonical, EntityKind.ORGANISATION, country)
        ent.party = True
        self._add(cand, MentionKind.ORGANISATION, ent, s, q)

    def _most_recent(self, wanted: Callable[[_Ent], bool]) -> _Ent | None:
        """Return the entity mentioned last among those ``wanted`` accepts."""
        return max((e for e in self.ents.values() if e.last >= 0 and wanted(e)),
                   key=lambda e: e.last, default=None)

    def _add_most_recent(self, cand: _Cand, s: int, q: bool,
                         wanted: Callable[[_Ent], bool]) -> bool:
        """Resolve a definite description to the entity ``wanted`` accepts last named."""
        found = self._most_recent(wanted)
        if found is not None:
            self._add(cand, MentionKind.DESCRIPTION, found, s, q)
        return found is not None

    def _r_the_party(self, cand: _Cand, s: int, q: bool) -> None:
        self._add_most_recent(cand, s, q, lambda e: e.party)

    def _r_court(self, cand: _Cand, s: int, q: bool) -> None:
        match = self._m(cand)
        country = self._dem(match)
        if country is None and match.group("cty"):
            key = match.group("cty").lower()
            country = lx.CAPITALS.get(key) or self.scanner.country_word(key)
        country = country or self._default_country()
        kind = "Constitutional Court" if "constitutional" in match.group("kind").lower() \
            else "Supreme Court"
        adjective = lx.COUNTRY_ADJECTIVES.get(country, country)
        self._org(cand, s, q, f"{adjective} {kind}", country)

    def _r_the_court(self, cand: _Cand, s: int, q: bool) -> None:
        self._add_most_recent(cand, s, q, lambda e: e.kind is EntityKind.ORGANISATION
                              and e.name.endswith("Court"))

    def _r_the_ministry(self, cand: _Cand, s: int, q: bool) -> None:
        self._add_most_recent(cand, s, q, lambda e: e.kind is EntityKind.ORGANISATION
                              and e.name.endswith("Ministry"))

    def _r_the_government(self, cand: _Cand, s: int, q: bool) -> None:
        """Resolve "the government": the last government named, else the article's own."""
        if self._add_most_recent(cand, s, q, lambda e: e.kind is EntityKind.ORGANISATION
                                 and e.name.endswith(" government")):
            return
        country = self._default_country()
        self._org(cand, s, q, _government_name(country), country)

    def _r_capital_subject(self, cand: _Cand, s: int, q: bool) -> None:
        """Resolve a capital or country that opens a clause before a past-tense verb.

        The clause is the sentence, or one a subordinator opens ("came days
        after Seoul unveiled a plan"): the capital is that clause's subject.
        """
        sentence = self.seg.sentences[s] if s < len(self.seg.sentences) else None
        if sentence is None:
            return
        before = self.text[sentence.start : cand.start].split()
        opens = not before or before[-1].lower() in SUBORDINATORS
        if opens:
            self._r_capital(cand, s, q)

    def _r_the_office(self, cand: _Cand, s: int, q: bool) -> None:
        self._add_most_recent(cand, s, q, lambda e: e.kind is EntityKind.ORGANISATION
                              and ("office" in e.name.lower() or e.name == "White House"))

    def _r_the_org(self, cand: _Cand, s: int, q: bool) -> None:
        """Resolve "the group", "the council" ... to the organisation last named.

        One whose name holds the noun ("the council" -> "Korean Council")
        is preferred; then the most recent organisation that is not a
        government, ministry, office, court or party (a singular "the group"
        is an organisation more often than a plural group like "victims");
        then the most recent group.
        """
        noun = self._m(cand).group("noun").lower()

        def named(e: _Ent) -> bool:
            return (e.kind in (EntityKind.ORGANISATION, EntityKind.GROUP)
                    and not e.party and not _is_state_body(e.name))

        for wanted in (
            lambda e: named(e) and noun in e.name.lower().split(),
            lambda e: named(e) and e.kind is EntityKind.ORGANISATION,
            named,
        ):
            if self._add_most_recent(cand, s, q, wanted):
                return

    def _r_office_of(self, cand: _Cand, s: int, q: bool) -> None:
        who = self._m(cand).group("who")
        person: _Ent | None
        if who.lower() in {"his", "her"}:
            return
        person = self._by_surname(who, "")
        if person is None or person.leader is None:
            return
        offices = person.leader.offices_on(self.date)
        head = [o for o in offices if o.role is not OfficeRole.OTHER]
        if not head:
            return
        title = head[0].title.lower()
        country = head[0].country
        name = _office_name(country, "president" if "president" in title else "prime minister")
        self._org(cand, s, q, name, country)

    def _r_unnamed(self, cand: _Cand, s: int, q: bool) -> None:
        # An appositive after a name ("Kim, a senior official,") is that person.
        prev = self.items[-1] if self.items else None
        if prev is not None and prev.ent is not None and not prev.plural and re.fullmatch(
            r",\s+", self.text[prev.mention.end : cand.start]
        ) and prev.mention.entity_kind in (EntityKind.PERSON, EntityKind.LEADER) and (
            not self._reports_next(cand.end)
        ):
            self._add(cand, MentionKind.DESCRIPTION, prev.ent, s, q)
            return
        if self._definite_source(cand, s, q):
            return
        self._add(cand, MentionKind.DESCRIPTION, None, s, q, entity_kind=EntityKind.PERSON)

    def _reports_next(self, end: int) -> bool:
        """Whether a reporting verb follows ``end`` (", the official added"): no apposition."""
        word = re.match(r"\s+([a-z]+)", self.text[end : end + 20])
        return word is not None and word.group(1) in lx.STATEMENT_VERBS

    def _r_group(self, cand: _Cand, s: int, q: bool) -> None:
        name = str(cand.data["name"])
        if name == "groups":
            recent = self._most_recent(lambda e: e.kind is EntityKind.GROUP
                                       and e.name.endswith("groups"))
            if recent is not None:
                self._add(cand, MentionKind.GROUP, recent, s, q, plural=True)
                return
        ent = self.entity(name, EntityKind.GROUP)
        self._add(cand, MentionKind.GROUP, ent, s, q, plural=True)

    def _r_plural(self, cand: _Cand, s: int, q: bool) -> None:
        match = self._m(cand)
        adj = (match.group("adj") or "").split()
        if any(w.lower() in lx.FUNCTION_WORDS for w in adj):
            return
        if any(w.lower().strip(".") in lx.GATHERING_WORDS for w in adj):
            return  # "the APEC leaders' meeting": every leader of the gathering, no one named
        if self._of_a_gathering(cand.end):
            return  # "a meeting of the leaders of the Quad": the same, named after the noun
        if match.group("noun").lower() == "nations" and any(w[:1].isupper() for w in adj):
            return  # "the United Nations": a name, not a plural (but "the two Asian leaders")
        noun = match.group("noun").lower() or "leaders"
        det_word = match.group("det").lower()
        num_word = (match.group("num") or "").lower()
        number = lx.COUNT_WORDS.get(num_word, int(num_word) if num_word.isdigit() else 0)
        if noun in ("pair", "duo", "trio"):
            number = 3 if noun == "trio" else 2  # "the pair": two people, as "the two" is
        members = self._plural_members(cand, s, match.group("noun") or "", number, det_word)
        if not members:
            return
        countries_of = [self._country_of_member(m) for m in members]
        if noun in ("countries", "nations", "governments", "neighbors", "neighbours",
                    "allies") and all(countries_of):
            names = [lx.COUNTRY_NAMES.get(c or "", c or "") for c in countries_of]
            if noun == "governments":
                # The governments speak as one source, not their leaders.
                adjectives = [lx.COUNTRY_ADJECTIVES.get(c or "", c or "") for c in countries_of]
                ent = self.entity(_join(adjectives) + " governments", EntityKind.GROUP)
                self._add(cand, MentionKind.GROUP, ent, s, q, plural=True)
                return
            group_name = _join(names)
            ent = self.entity(group_name, EntityKind.GROUP)
            self._add(cand, MentionKind.GROUP, ent, s, q, plural=True, members=tuple(members))
            return
        group_name = _join(members)
        ent = self.entity(group_name, EntityKind.GROUP)
        self._add(cand, MentionKind.DESCRIPTION, ent, s, q, plural=True,
                  members=tuple(members))

    def _of_a_gathering(self, end: int) -> bool:
        """Whether an "of" phrase naming a gathering follows ``end`` ("leaders of the G7")."""
        found = _OF_GATHERING.match(self.text, end)
        return found is not None and found.group(1).casefold().strip(".") in lx.GATHERING_WORDS

    def _plural_members(
        self, cand: _Cand, s: int, noun: str, number: int, det_word: str
    ) -> list[str]:
        """Return whom a plural stands for: its countries' leaders, the people just named."""
        noun = noun.lower()
        codes = cand.data.get("codes")
        if isinstance(codes, list):
            found = (self._head_of(code, self.date) for code in codes)
            return [leader.name for leader in found if leader is not None]
        if number and noun in ("", "men", "women") and (
            others := self._others_just_named(number, s, cand.start)
        ):
            return others  # "Kang and Kono held a session with Tillerson, where the three"
        if noun in ("ministers", "secretaries"):
            return self._people_named_last(number, s, cand.start)
        if noun == "presidents" and number:
            return self._recent_presidents(number, s, cand.start)
        members = self._recent_leaders(number or (2 if det_word == "both" else 0), s, cand.start)
        if noun in _COUNTRY_GROUPS - {"governments"} and number >= 2 and (
            listed := self._countries_listed_last(number, s, cand.start)
        ):
            return listed  # "the militaries of South Korea, the U.S. and Japan ... the three
            # countries", after Yoon, Ishiba and Xi: the countries just listed
        if noun in _COUNTRY_GROUPS and number and len(
            {self._country_of_member(m) for m in members}
        ) < len(members):
            # "the two governments" after Foreign Ministers Yun and Kishida, with Abe
            # named too: one leader per country of the people just named
            return self._heads_of_recent_countries(number, s, cand.start)
        return members

    def _countries_listed_last(self, count: int, s: int, at: int) -> list[str]:
        """Return the heads of the last list of ``count`` countries, if no person is named since.

        A counted country noun ("the three countries") stands for the
        countries a list just named ("South Korea, the U.S. and Japan") when
        that list comes after every person the plural could otherwise take.
        """
        first = self.seg.sentences[max(0, s - _COUNTRIES_REACH)].start
        listed = _last_country_list(self.text, first, at, count, self.gaz)
        if listed is None:
            return []
        people = [item.mention.start for item in self._recent_items(s, _COUNTRIES_REACH)
                  if item.mention.start < at and not item.plural and item.ent is not None
                  and item.ent.kind in (EntityKind.PERSON, EntityKind.LEADER)]
        if any(start > listed[0] for start in people):
            return []  # "the three sides" after the ministers named since: those people
        heads = [self._head_of(code, self.date) for code in listed[1]]
        return [self.leader_entity(leader).name for leader in heads if leader is not None]

    def _recent_presidents(self, count: int, s: int, at: int) -> list[str]:
        """Return the ``count`` presidents named last before ``at``, in text order.

        "The two presidents" are presidents: not the prime minister named
        between them ("Park met Obama ... Abe has angered Seoul ... the two
        presidents").
        """
        found: list[str] = []
        for ent in self._people_before(s, 8, at):
            leader = ent.leader
            if leader is None or ent.name in found or not any(
                "president" in office.title.lower() for office in leader.offices_on(self.date)
            ):
                continue
            found.append(ent.name)
            if len(found) == count:
                return list(reversed(found))
        return self._recent_leaders(count, s, at)

    def _heads_of_recent_countries(self, count: int, s: int, at: int) -> list[str]:
        """Return the heads of the ``count`` countries whose people were named last."""
        countries: list[str] = []
        for ent in self._people_before(s, _COUNTRIES_REACH, at):
            country = self._person_country(ent)
            if country is not None and country not in countries:
                countries.append(country)
            if len(countries) == count:
                break
        if len(countries) < count:
            return []
        heads = [self.gaz.leader_in_office(code, self.date) for code in reversed(countries)]
        return [self.leader_entity(leader).name for leader in heads if leader is not None]

    def _country_of_member(self, name: str) -> str | None:
        ent = self.ents.get(name_key(name))
        return ent.country if ent is not None else None

    def _recent_leaders(self, count: int, s: int, at: int = -1) -> list[str]:
        """Return the most recently mentioned distinct leaders, in text order.

        With ``count`` 0 ("the leaders"), every leader of this sentence and
        the two before it; else the ``count`` most recent ones. "The two
        leaders" in a part under a heading of its own ("JOHANNESBURG, Nov. 23")
        that names no leader before it are the article's pair.
        """
        pair = self._pair_of_the_part(at) if count == 2 else []
        if pair:
            return pair
        ranked: list[tuple[str, int]] = []
        # A counted plural ("the three leaders") looks further back until it
        # has that many; the two nearest are not "the three".
        subject = self._subject_before(at)  # "Obama hosts the two": not Obama
        for reach in ((2, 5, 8) if count == 0 else (6, 12, 40)):
            position = self._leader_positions(s, reach)
            for name in subject:
                position.pop(name, None)
            ranked = sorted(position.items(), key=lambda p: p[1], reverse=True)
            if count == 2:
                ranked = (self._partner_and_host(s, ranked) or self._pair_over_agent(s, ranked)
                          or self._center_with_newcomer(s, ranked) or ranked)
            if count:
                ranked = self._counted_group(s, ranked[:count], count) or ranked[:count]
            if len(ranked) >= max(2, count):
                break
        if len(ranked) < 2:
            return []
        return [name for name, _pos in sorted(ranked, key=lambda p: p[1])]

    def _people_before(self, s: int, reach: int, at: int) -> Iterator[_Ent]:
        """Yield the people named before ``at``, nearest first, one per mention.

        Sentences ``s - reach`` to ``s``; not plurals, quoted mentions or
        unresolved ones.
        """
        for item in reversed(self._recent_items(s, reach)):
            if item.mention.start >= at or item.plural or item.in_quote or item.ent is None:
                continue
            if item.ent.kind in (EntityKind.PERSON, EntityKind.LEADER):
                yield item.ent

    def _others_just_named(self, count: int, s: int, at: int) -> list[str]:
        """Return the people "the two" or "the three" at ``at`` stand for, when not all lead.

        The ``count`` people named last before it in its own sentence, when
        one of them holds no leader's office ("Kang and Kono held a session
        with Tillerson, where the three agreed": three ministers); else none.
        """
        people: dict[str, bool] = {}
        for ent in self._people_before(s, 0, at):
            people.setdefault(ent.name, ent.kind is EntityKind.LEADER)
            if len(people) == count:
                break
        if len(people) < count or all(people.values()):
            return []
        return list(reversed(people))  # in text order

    def _people_named_last(self, count: int, s: int, at: int) -> list[str]:
        """Return the ``count`` people named last before ``at``, leaders or not, in text order.

        "Kishida held a meeting with Yun ... The two Ministers shared the
        view": ministers, whom no leader in office stands for. Sentence ``s``
        and the two before it; none when fewer are named there.
        """
        people: list[str] = []
        for ent in self._people_before(s, 2, at):
            if ent.leader is not None and not _minister_then(ent.leader, self.date):
                continue  # a head of state or government is no minister
            if ent.name not in people:
                people.append(ent.name)
            if len(people) == count:
                return list(reversed(people))
        return []

    def _pair_of_the_part(self, at: int) -> list[str]:
        """Return the article's pair for "the two leaders" in a part naming no leader before it."""
        part = _part_start(self.text, at) if at >= 0 else 0
        if part > 0 and not any(item.mention.start >= part and item.ent is not None
                                and item.ent.leader is not None for item in self.items):
            return self._main_pair()
        return []

    def _leader_positions(self, s: int, reach: int) -> dict[str, int]:
        """Return where each leader of sentences ``s - reach`` to ``s`` was last named."""
        window = [item for item in self._recent_items(s, reach) if not item.in_quote]
        position: dict[str, int] = {}
        for item in window:  # a leader's own latest mention places it
            if not item.plural and item.ent is not None and item.ent.leader is not None and (
                item.ent.kind is EntityKind.LEADER
            ) and not self._named_as_former(item.mention.start, item.sentence == s) and (
                not _COMPARED_BEFORE.search(self.text, max(0, item.mention.start - 60),
                                            item.mention.start)
            ):
                position[item.ent.name] = item.mention.start
        for item in window:
            for name in item.members if item.plural else ():
                position.setdefault(name, item.mention.start)
        return position

    def _named_as_former(self, start: int, here: bool = False) -> bool:
        """Whether a leader is named by a past office ("then-Prime Minister Kishida").

        Someone out of that office now is no member of "the two leaders" of
        the report (unless named again without it); but "then-" in the
        plural's own sentence (``here``) tells of that past time, whose
        leader they were ("when then-President Biden hosted A and B and the
        three agreed").
        """
        head = self.text[max(0, start - 8) : start + 8].casefold()
        return ("then-" in head and not here) or "former " in head

    def _subject_before(self, at: int) -> list[str]:
        """Return the leader whose verb takes the plural at ``at`` as object ("Obama hosts").

        The last person named before it in one stretch of its clause (no comma).
        """
        if at < 0:
            return []
        last = next((item for item in reversed(self.items)
                     if item.mention.end <= at and not item.plural), None)
        if last is None:
            return []
        gap = self.text[last.mention.end : at]
        if last.ent is None or last.ent.leader is None or not _VERB_GAP.fullmatch(gap):
            return []
        return [last.ent.name]

    def _main_pair(self) -> list[str]:
        """Return the article's two most named leaders of two countries, in text order."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        country: dict[str, str | None] = {}
        for item in self.items:
            ent = item.ent
            if item.plural or item.in_quote or ent is None or ent.leader is None:
                continue
            counts[ent.name] += 1
            first.setdefault(ent.name, item.mention.start)
            country[ent.name] = ent.country
        ranked = [name for name, _ in counts.most_common()]
        if not ranked:
            return []
        other = next((n for n in ranked[1:] if country[n] != country[ranked[0]]), None)
        if other is None:
            return []
        return sorted([ranked[0], other], key=lambda name: first[name])

    def _partner_and_host(
        self, s: int, ranked: list[tuple[str, int]]
    ) -> list[tuple[str, int]] | None:
        """Return the pair of "the two" when the latest two are partners listed after "with".

        "he sat down in turn with Biden, Xi and Yoon. The meeting with Yoon
        ... was the pair's second": the partners met him, not each other, so
        the pair is the latest partner and the latest leader outside the list.
        """
        if len(ranked) < 3:
            return None
        names = {name for name, _ in ranked[:2]}
        window = [item for item in self._recent_items(s, 12) if not item.in_quote]
        lists = [item for item in window if item.plural and len(item.members) > 2
                 and names <= set(item.members)
                 and _AFTER_WITH.search(self.text, max(0, item.mention.start - 40),
                                        item.mention.start) is not None]
        if not lists:
            return None
        outside = [pair for pair in ranked if pair[0] not in lists[-1].members]
        return [ranked[0], outside[0]] if outside else None

    def _center_with_newcomer(
        self, s: int, ranked: list[tuple[str, int]]
    ) -> list[tuple[str, int]] | None:
        """Return the pair of "the two" when the latest leader was named alone after the center.

        "... with Ramaphosa. There was no separate meeting with Ishiba? The
        two leaders held their second summit in Lima": Ishiba, named alone in
        his sentence, pairs with the leader the report is about (the one named
        most, at least three times), not with the one named just before him.
        """
        if len(ranked) < 3:
            return None
        latest, position = ranked[0]
        named = [item for item in self.items if item.mention.start < position + 1
                 and not item.plural and item.ent is not None and item.ent.leader is not None]
        last = next((item for item in reversed(named) if item.ent is not None
                     and item.ent.name == latest), None)
        if last is None or any(item.sentence == last.sentence and item.ent is not None
                               and item.ent.name != latest for item in named):
            return None
        counts = Counter(item.ent.name for item in named if item.ent is not None)
        center, times = counts.most_common(1)[0]
        others = dict(ranked)
        if center == latest or center == ranked[1][0] or center not in others or times < 3:
            return None
        return [ranked[0], (center, others[center])]

    def _pair_over_agent(
        self, s: int, ranked: list[tuple[str, int]]
    ) -> list[tuple[str, int]] | None:
        """Return the pair named together when the latest leader is only a passive's agent.

        "Moon and Abe met after the trilateral summit, chaired by Li Keqiang.
        It was the sixth summit between the two men": a name in a "by" phrase
        tells who did something in the background; "the two" are the pair
        named together, as the clause's subject, before it.
        """
        if len(ranked) < 2 or not _AGENT_BEFORE.search(
            self.text, max(0, ranked[0][1] - 40), ranked[0][1]
        ):
            return None
        window = [item for item in self._recent_items(s, 12) if not item.in_quote]
        for item in reversed(window):
            if (item.plural and len(item.members) == 2 and item.mention.kind is MentionKind.NAME
                    and ranked[0][0] not in item.members
                    and item.mention.start < ranked[0][1]):
                return [(name, item.mention.start) for name in item.members]
        return None

    def _counted_group(
        self, s: int, latest: list[tuple[str, int]], count: int
    ) -> list[tuple[str, int]] | None:
        """Return the group of ``count`` named together that "the two" stands for.

        Only when the ``count`` latest names are all inside one longer list
        ("Park, Abe and Li agreed ... The two leaders first met"): "the two"
        are not two of three, but the last group of exactly two named, or
        told meeting ("Abe and Park met").
        """
        starts = [start for _, start in latest]
        window = [item for item in self._recent_items(s, 40) if not item.in_quote]
        longer = [item for item in window if item.plural and len(item.members) > count
                  and all(item.mention.start <= p < item.mention.end for p in starts)]
        if not longer:
            return None
        before = longer[-1].mention.start
        for item in reversed(window):
            if item.plural and item.mention.start < before and len(item.members) == count \
                    and item.mention.kind is MentionKind.NAME:
                return [(name, item.mention.start) for name in item.members]
        return None

    def _head_of(self, country: str, day: dt.date) -> Leader | None:
        for ent in self.persons():
            if ent.leader is not None and _holds(ent.leader, "", country, day):
                return ent.leader
        in_office = getattr(self.gaz, "leader_in_office", None)
        if callable(in_office):
            try:
                found = in_office(country, day)
            except (KeyError, ValueError, TypeError):
                found = None
            if isinstance(found, Leader):
                return found
        holders = self.gaz.holders(country, day)
        for role in _HEAD_ROLES:
            for leader, office in holders:
                if office.role is role:
                    return leader
        return None

    def _r_description(self, cand: _Cand, s: int, q: bool) -> None:
        match = self._m(cand)
        after = self.text[match.end() : match.end() + 3]
        if re.match(r"\s[A-Z]", after):
            return  # "the president Yoon ...": the name speaks for itself
        if match.group("role").lower() == "counterpart" and _APPOSED_NAME.match(
            self.text, match.end()
        ):
            return  # "his Japanese counterpart, Masahiko Komura": the name that follows
        role = re.sub(r"\s+", " ", match.group("role").lower())
        mods = re.sub(r"[\s-]+", " ", (match.group("mods") or "").lower()).split()
        country = self._dem(match)
        if role in lx.PERSON_ROLES:
            self._add_person_description(cand, role, country, s, q)
            return
        title = lx.DESCRIPTION_ROLES.get(role, "")
        leader: Leader | None
        if role == "counterpart":
            leader = self._counterpart(cand, country, s)
        else:
            day = self.date
            former = "former" in mods or "ex" in mods or "late" in mods
            if "then" in mods:
                day = self._context_date(cand.start, s)
            leader = self._holder(title, country, day, former)
            if title and _official_style(match.group("role"), mods, country):
                leader = self._principal(title, day) or leader
        if leader is None:
            return
        ent = self.leader_entity(leader)
        possessive = self.text[cand.end : cand.end + 2] in ("'s", "’s")
        self._add(cand, MentionKind.DESCRIPTION, ent, s, q, possessive=possessive)

    def _add_person_description(self, cand: _Cand, role: str, country: str | None, s: int,
                                q: bool) -> bool:
        """Resolve "the South Korean minister", "Japan's top diplomat" to a person named before.

        The person is the latest of the last six sentences whose title holds
        one of the role's words, and whose country (read from the words before
        its first mention: "his Japanese counterpart X") is the description's.
        Return whether one was found.
        """
        words = lx.PERSON_ROLES[role]
        for item in reversed(self.items):
            if item.sentence < s - 6:
                break
            ent = item.ent
            if ent is None or ent.kind is not EntityKind.PERSON:
                continue
            title = " ".join([ent.description or "", *ent.aliases, *(
                o.title for o in (ent.leader.offices_on(self.date) if ent.leader else ())
            )]).lower()  # "Chief Cabinet Secretary Yoshimasa Hayashi" as written
            if not any(word in title for word in words):
                continue
            if country is not None and self._person_country(ent) not in (None, country):
                continue
            self._add(cand, MentionKind.DESCRIPTION, ent, s, q)
            return True
        return False

    def _definite_source(self, cand: _Cand, s: int, q: bool) -> bool:
        """Resolve "the top government spokesman" to the person with that title, if named."""
        groups = self._m(cand).groupdict()
        det = (groups.get("det") or "").lower()
        country = self._dem(self._m(cand))
        if det != "the" and country is None:
            return False
        phrase = re.sub(r"\s+", " ", f"{groups.get('mid') or ''}{groups.get('head') or ''}")
        phrase = phrase.lower().strip()
        roles = [role for role in lx.PERSON_ROLES if phrase.endswith(role)]
        if not roles:
            return False
        for word in phrase.split():
            country = country or self.scanner.country_word(word)
        return self._add_person_description(cand, max(roles, key=len), country, s, q)

    def _person_country(self, ent: _Ent) -> str | None:
        """Return the country a person's title or the words before its first mention name."""
        if ent.country is not None:
            return ent.country
        if ent.leader is not None:
            return ent.leader.country
        first = next((i.mention for i in self.items if i.ent is ent), None)
        if first is None:
            return None
        before = self.text[max(0, first.start - 45) : first.start]
        for word in reversed(re.findall(r"[A-Z][\w.]*(?:\s+Korean)?", before)):
            code = self.scanner.country_word(word)
            if code is not None:
                return code
        return None

    def _principal(self, title: str, day: dt.date) -> Leader | None:
        """Return the first leader named so far who holds ``title`` on ``day``.

        An official release calls its own principal "the President" all
        through ("President Bush met today with President Lee ... The
        President also held ..."): the one named first, not the last named.
        """
        for item in self.items:
            ent = item.ent
            if item.mention.text.isupper():
                continue  # a title line in capitals names the guest as often as the host
            if ent is not None and ent.leader is not None and not item.plural and (
                _holds(ent.leader, title, None, day)
            ):
                return ent.leader
        return None

    def _holder(self, title: str, country: str | None, day: dt.date,
                former: bool) -> Leader | None:
        for ent in self.persons():
            leader = ent.leader
            if leader is None:
                continue
            if former:
                if _held_before(leader, title, country, day) and not _holds(
                    leader, title, country, day
                ):
                    return leader
            elif _holds(leader, title, country, day):
                return leader
        if former:
            return None
        countries = [country] if country else self._doc_countries(title)
        fallback: Leader | None = None
        for code in countries:
            found = self._gazetteer_holder(code, title, day)
            if found is None:
                continue
            if any(o.role is not OfficeRole.OTHER and _office_fits(o, title, code)
                   for o in found.offices_on(day)):
                return found
            fallback = fallback or found
        return fallback

    def _gazetteer_holder(self, country: str, title: str, day: dt.date) -> Leader | None:
        if title:
            return self.gaz.holder_of(country, title, day)
        return self._head_of(country, day)

    def _doc_countries(self, title: str = "") -> list[str]:
        codes: list[str] = []
        for ent in self.persons():
            if ent.leader is not None and ent.leader.country not in codes:
                codes.append(ent.leader.country)
        defaults = ("JP", "KR", "US") if title == "Prime Minister" else ("KR", "US", "JP")
        for code in defaults:
            if code not in codes:
                codes.append(code)
        return codes

    def _context_date(self, pos: int, s: int) -> dt.date:
        """Return the date a "then-" description refers to: a year near it."""
        sentences = self.seg.sentences
        lo = sentences[max(0, s - 2)].start if sentences else 0
        hi = sentences[s].end if sentences else len(self.text)
        window = self.text[lo:hi]
        years = [(m.start() + lo, int(m.group(0))) for m in
                 re.finditer(r"\b(?:19[4-9]\d|20[0-4]\d)\b", window)]
        if not years:
            return self.date
        # The year closest to the description, preferring the same sentence.
        same = [y for y in years if y[0] >= sentences[s].start] if sentences else years
        pool = same or years
        year = min(pool, key=lambda y: abs(y[0] - pos))[1]
        day = dt.date(year, 12, 31)
        return min(day, self.date)

    def _counterpart(self, cand: _Cand, country: str | None, s: int) -> Leader | None:
        det = self._m(cand).group("det").lower()
        owner: _Ent | None = None
        if det in ("his", "her"):
            owner = self._antecedent(cand.start, s, det == "her")
        if owner is None or owner.leader is None:
            if country is None:
                return None
            return self._head_of(country, self.date)
        if country is None:
            for ent in self.persons():
                if ent.leader is not None and ent.leader.country != owner.leader.country:
                    return ent.leader
            return None
        offices = owner.leader.offices_on(self.date)
        if offices and all(o.role is OfficeRole.OTHER for o in offices):
            return self.gaz.holder_of(country, offices[0].title, self.date)
        return self._head_of(country, self.date)

    def _r_it(self, cand: _Cand, s: int, q: bool) -> None:
        """Resolve "it" before a reporting verb to the closest organisation."""
        for item in reversed(self.items):
            if item.sentence < s - 3:
                break  # items come in sentence order: every earlier one is older
            if item.in_quote or item.ent is None:
                continue
            if item.mention.start >= cand.start:
                continue
            if item.mention.entity_kind is EntityKind.ORGANISATION:
                self._add(cand, MentionKind.PRONOUN, item.ent, s, q)
            return

    def _r_age(self, cand: _Cand, s: int, q: bool) -> None:
        ent = self._antecedent(cand.start, s, False) or self._antecedent(cand.start, s, True)
        if ent is not None:
            self._add(cand, MentionKind.DESCRIPTION, ent, s, q)

    def _r_pronoun(self, cand: _Cand, s: int, q: bool) -> None:
        word = self.text[cand.start : cand.end].lower()
        possessive = word in ("his", "their", "her")
        if possessive and _HONORIFIC.match(self.text, cand.end):
            return  # "Her Excellency Ms. Park": a form of address, no one's pronoun
        if word in ("they", "their", "them"):
            item = self._plural_antecedent(cand.start, s)
            if item is None:
                return
            ent = item.ent
            self._add(cand, MentionKind.PRONOUN, ent, s, q, possessive=possessive,
                      plural=True, members=item.members,
                      entity_kind=item.mention.entity_kind,
                      name=item.mention.entity or (ent.name if ent else None))
            return
        female = word in ("she", "her")
        ent = self._antecedent(cand.start, s, female)
        if ent is None:
            return
        if female:
            ent.female = True
        else:
            ent.male = True
        self._add(cand, MentionKind.PRONOUN, ent, s, q, possessive=possessive)

    def _antecedent(self, pos: int, s: int, female: bool) -> _Ent | None:
        """Return the subject of this sentence (before ``pos``) or of an earlier one."""

        def fits(item: _Item) -> bool:
            if item.in_quote or item.plural or item.ent is None:
                return False
            if item.mention.entity_kind not in (EntityKind.LEADER, EntityKind.PERSON):
                return False
            if _speaker_label(self.text, item.mention.start, item.mention.end):
                return False  # a turn's speaker is "I" in it, never "he"
            return not item.ent.male if female else not item.ent.female

        by_sentence: dict[int, list[_Item]] = {}
        fronted = self._fronted_phrase(pos)
        for item in self._recent_items(s, 8):
            if item.mention.start >= pos or fronted[0] <= item.mention.start < fronted[1]:
                continue  # "In addition to Kishida, he": not Kishida
            by_sentence.setdefault(item.sentence, []).append(item)
        for k in range(s, max(-1, s - 8), -1):
            found = [i for i in by_sentence.get(k, []) if fits(i)]
            if not found:
                continue
            subjects = [i for i in found if not i.possessive] or found
            # "Abe and Park came closer than at any time since she took office":
            # one whose gender is known to match before one whose gender is unknown
            known = [i for i in subjects if i.ent is not None and (
                i.ent.female if female else i.ent.male)]
            chosen = (known or subjects)[0].ent
            return chosen
        return None

    def _fronted_phrase(self, pos: int) -> tuple[int, int]:
        """Return the span of a prepositional phrase fronted right before a pronoun at ``pos``.

        "In addition to Kishida, he", "Unlike Abe, he": the phrase names
        someone the pronoun is not. ``(0, 0)`` when there is none.
        """
        sentence = self.seg.sentence_at(pos)
        if sentence is None:
            return (0, 0)
        found = _FRONTED_PHRASE.fullmatch(self.text, sentence.start, pos)
        return (sentence.start, pos) if found else (0, 0)

    def _recent_items(self, s: int, reach: int) -> list[_Item]:
        """Return the items of sentences ``s - reach`` to ``s``, in the order found.

        Items are recorded sentence by sentence, so the walk back stops at
        the first older sentence: the cost is the window's, not the article's.
        """
        found: list[_Item] = []
        for item in reversed(self.items):
            if item.sentence < s - reach:
                break
            found.append(item)
        found.reverse()
        return found

    def _plural_antecedent(self, pos: int, s: int) -> _Item | None:
        """Return what "they" at ``pos`` stands for: the closest plural before it.

        A plural mention ("the two leaders", "Abe and Park"), or the last
        person named with the person a "with" joins them to ("Ishiba held a
        call with Albanese, in which they ..."): a split antecedent.
        """
        singular: list[_Item] = []
        for item in reversed(self.items):
            if item.sentence < s - 3:
                break  # items come in sentence order: every earlier one is older
            if item.mention.start >= pos or item.in_quote:
                continue
            if not item.plural:
                singular.append(item)
                if len(singular) == 2:
                    pair = self._comitative_pair(item, singular[0])
                    if pair is not None and pair.sentence >= s - 1:
                        return pair
                continue
            if item.mention.kind is MentionKind.PRONOUN and item.members == () and \
                    item.ent is None:
                continue
            return self._with_its_subject(item)
        return None

    def _with_its_subject(self, group: _Item) -> _Item:
        """Return "A met B and C" as A, B and C when ``group`` is "B and C" (else ``group``)."""
        if group.mention.kind is not MentionKind.NAME or not group.members:
            return group
        before = [i for i in self.items if not i.plural and i.sentence == group.sentence
                  and i.mention.end <= group.mention.start and not i.in_quote]
        if not before:
            return group
        return self._comitative_pair(before[-1], group) or group

    def _comitative_pair(self, first: _Item, second: _Item) -> _Item | None:
        """Return "A ... with B" or "A met B (and C)" as one plural item.

        ``second`` is A's "with" or "met" object: a person, or a conjoined group.
        """
        if second.sentence != first.sentence or first.possessive:
            return None
        people = (EntityKind.LEADER, EntityKind.PERSON)
        if first.ent is None or first.mention.entity_kind not in people:
            return None
        if not second.members and (second.ent is None or second.mention.entity_kind not in people):
            return None
        if first.ent is second.ent or not _COMITATIVE_GAP.fullmatch(
            self.text, first.mention.end, second.mention.start
        ):
            return None
        others = second.members or ((second.ent.name,) if second.ent is not None else ())
        if first.ent.name in others:
            return None
        members = (first.ent.name, *others)
        group = self.entity(_join(list(members)), EntityKind.GROUP)
        mention = Mention(first.mention.start, second.mention.end,
                          self.text[first.mention.start : second.mention.end],
                          MentionKind.DESCRIPTION, group.name, EntityKind.GROUP, None, members)
        return _Item(mention, group, first.sentence, False, False, True, members)

    # -- output ------------------------------------------------------------------

    def _output(self) -> Mentions:
        items = sorted(self.items, key=lambda i: (i.mention.start, -i.mention.end))
        used: set[str] = set()
        for item in items:
            if item.mention.entity:
                used.add(name_key(item.mention.entity))
        entities = []
        for ent in self.ents.values():
            if name_key(ent.name) not in used:
                continue
            aliases = tuple(a for a in dict.fromkeys(ent.aliases) if a != ent.name)
            entities.append(Entity(ent.name, ent.kind, aliases, ent.country, ent.description))
        return Mentions(tuple(i.mention for i in items), tuple(entities))


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


_Trie = dict[str, "_Trie"]


def _alternation(words: Iterable[str], *, fold: bool, space: str) -> str:
    """Return a group matching any of the literal ``words``, longest first.

    It matches exactly what the escaped words joined by ``|``, longest
    first, would match (a space in a word becomes ``space``), but as a trie:
    the engine tests a letter once for every word that shares it, not once
    per word. With ``fold`` (for case-insensitive patterns) words that
    differ only in case are one entry.
    """
    root: _Trie = {}
    for word in words:
        node = root
        for char in word.lower() if fold else word:
            node = node.setdefault(space if char == " " else re.escape(char), {})
        node[""] = {}
    return f"(?:{_trie_pattern(root)})"


def _trie_pattern(node: _Trie) -> str:
    """Return the pattern of a trie node: longer continuations before the end."""
    branches = [unit + _trie_pattern(child) for unit, child in node.items() if unit]
    if not branches:
        return ""
    body = "|".join(branches)
    if "" in node:
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


def _first_words(words: Iterable[str], *, fold: bool) -> list[str] | None:
    """Return the first word (run of word characters) of each of ``words``.

    ``None`` when one does not start with a word. With ``fold``, a first
    word with letters outside ASCII is left out (a word of the text that
    matches it has such letters too, and those are always tried), unless
    one of its letters matches an ASCII letter when case is ignored ("K",
    the Kelvin sign, matches "k"): then ``None``.
    """
    firsts: list[str] = []
    for word in words:
        match = _WORD_RUN.match(word.lower() if fold else word)
        if match is None:
            return None
        first = match.group()
        if fold and not first.isascii():
            if any(_folds_to_ascii(char) for char in first if not char.isascii()):
                return None
            continue
        firsts.append(first)
    return firsts


@functools.cache
def _folds_to_ascii(char: str) -> bool:
    """Return whether ``char`` matches an ASCII character when case is ignored."""
    pattern = re.compile(re.escape(char), re.IGNORECASE)
    return any(pattern.fullmatch(chr(code)) for code in range(128))


def _anchors(*parts: Iterable[str] | None) -> frozenset[str] | None:
    """Return the union of ``parts``, or ``None`` if one is ``None``."""
    words: set[str] = set()
    for part in parts:
        if part is None:
            return None
        words.update(part)
    return frozenset(words)


_Compiled = tuple[tuple[str, re.Pattern[str], frozenset[str] | None], ...]
_PATTERN_CACHE: dict[int, tuple[Gazetteer, _Compiled]] = {}


def _compiled_patterns(scanner: _Scanner) -> _Compiled:
    """Return the scanner's patterns, compiled once per gazetteer."""
    cached = _PATTERN_CACHE.get(id(scanner.gaz))
    if cached is None or cached[0] is not scanner.gaz:
        if len(_PATTERN_CACHE) >= 8:
            _PATTERN_CACHE.clear()
        compiled = tuple(
            (kind, re.compile(pattern, flags), anchors)
            for kind, pattern, flags, anchors in scanner._pattern_table()
        )
        cached = (scanner.gaz, compiled)
        _PATTERN_CACHE[id(scanner.gaz)] = cached
    return cached[1]


class _Ranges:
    """Sorted ``(start, end)`` ranges with a fast "does one cover this offset" test."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        spans = sorted(ranges)
        self.starts = [start for start, _end in spans]
        self.reach: list[int] = []  # reach[k]: the furthest end of spans[0..k]
        for _start, end in spans:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def covers(self, offset: int) -> bool:
        """Return whether some range has ``start <= offset < end``."""
        k = bisect.bisect_right(self.starts, offset)
        return k > 0 and self.reach[k - 1] > offset


def _remove_last(items: list[_Item], item: _Item) -> None:
    """Remove ``item`` from ``items`` (``list.remove``, searching from the end).

    Items record distinct mentions, so the one equal to ``item`` is ``item``
    itself, which is among the last.
    """
    for index in range(len(items) - 1, -1, -1):
        if items[index] is item:
            del items[index]
            return
    items.remove(item)


def _org_head(run: list[_Tok], k: int) -> bool:
    """Return whether token ``k`` heads an organisation ("Party", "Bank of Korea").

    A head counts at the end of the run or before "of", "for", "on" or "&",
    so a surname that is also a head word ("Park and Abe") does not; nor does
    a head word that is a whole conjunct alone ("Abe and Park": two people).
    """
    if run[k].low not in lx.ORG_HEADS:
        return False
    if k > 0 and run[k - 1].low == "and":
        return False
    return k == len(run) - 1 or run[k + 1].low in {"of", "for", "on", "&", "i", "ii", "iii"}


def _search_all(pattern: re.Pattern[str], text: str, kind: str) -> Iterator[re.Match[str]]:
    """Yield the matches of ``pattern``; for unnamed sources, retry past a bad start.

    The modifiers of an unnamed source are bounded (at most five words), so
    a retry costs a bounded amount of work per position.
    """
    pos = 0
    while pos <= len(text):
        match = pattern.search(text, pos)
        if match is None:
            return
        if kind == "unnamed" and not _plain_modifiers(match.groupdict().get("mid")):
            pos = match.start() + 1
            continue
        yield match
        pos = max(match.end(), match.start() + 1)


def _match_at(
    pattern: re.Pattern[str], text: str, kind: str, starts: list[int]
) -> Iterator[re.Match[str]]:
    """Yield what :func:`_search_all` yields, trying ``pattern`` only at ``starts``.

    ``starts`` (in text order) must hold every offset where a match can
    start: then the first match at or after an offset is the first one
    found at a start at or after it.
    """
    pos = 0
    for start in starts:
        if start < pos:
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        if kind == "unnamed" and not _plain_modifiers(match.groupdict().get("mid")):
            pos = match.start() + 1
            continue
        yield match
        pos = max(match.end(), match.start() + 1)


def _plain_modifiers(words: str | None) -> bool:
    """Return whether ``words`` are only modifiers ("senior presidential office")."""
    for word in (words or "").lower().split():
        if word in lx.FUNCTION_WORDS or word in lx.STATEMENT_VERBS or word.endswith("ing"):
            return False
        if word.endswith(".") and word.count(".") == 1 and len(word) > 3:
            return False  # a sentence ends inside
    return True


def _title_of(title: str) -> str | None:
    low = title.lower()
    if "prime" in low or re.search(r"\bpm\b|premier", low):
        return "Prime Minister"
    if "president" in low and "vice" not in low:
        return "President"
    return None


def _office_fits(office: Office, title: str, country: str | None) -> bool:
    if country is not None and office.country != country:
        return False
    if title:
        return office.title.casefold() == title.casefold()
    return office.role is not OfficeRole.OTHER


def _holds(leader: Leader, title: str, country: str | None, day: dt.date) -> bool:
    return any(_office_fits(o, title, country) for o in leader.offices_on(day))


def _held_before(leader: Leader, title: str, country: str | None, day: dt.date) -> bool:
    return any(_office_fits(o, title, country) and o.start <= day for o in leader.offices)


def _pick_leader(leaders: Iterable[Leader], title: str | None, day: dt.date) -> Leader:
    pool = list(leaders)

    def rank(leader: Leader) -> tuple[int, int, int, dt.date]:
        in_office = _holds(leader, title or "", None, day)
        titled = any(title is None or o.title.casefold() == title.casefold()
                     for o in leader.offices)
        latest = max((o.start for o in leader.offices if o.start <= day),
                     default=dt.date(1, 1, 1))
        # A bare family name in Korea-Japan reporting ("Lee") names a leader of
        # the countries this library reports on before one of elsewhere.
        focus = int(leader.country in lx.FOCUS_COUNTRIES)
        return (focus, int(in_office), int(titled), latest)

    return max(pool, key=rank)


def _office_name(country: str, office: str) -> str:
    if country == "US":
        return "White House"
    adjective = lx.COUNTRY_ADJECTIVES.get(country, country)
    if office == "president":
        return f"{adjective} presidential office"
    return f"{adjective} Prime Minister's Office"


def _government_name(country: str) -> str:
    return f"{lx.COUNTRY_ADJECTIVES.get(country, country)} government"


# What lies between a person and the people a "with" or a verb of meeting
# ("met", "saw", "hosted", "welcomed", "joined") joins to them: one stretch of
# a clause (no comma, no coordinator: in "Moon met Li and held talks with Abe"
# the pair is Moon's), then that word and at most a few capitalised title
# words ("held a call with Australian Prime Minister").
_COMITATIVE_GAP = re.compile(
    # an apposition set off by commas may stand between ("Ishiba, in office since
    # October, joins Biden and Yoon")
    r"(?:,(?:(?!\b(?:and|or|but|who|which)\b)[^.,;:\"“”]){1,40},\s*)?"
    r"(?:(?!\b(?:and|or|but)\b)[^.,;:\"“”]){0,100}?\b(?:with|met|meets|saw|sees|hosted|hosts|"
    r"received|receives|welcomed|welcomes|joined|joins|greeted|greets)\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,4}"
)


_FRONTED_PHRASE = re.compile(
    r"\s*(?:In addition to|Besides|Apart from|Aside from|Unlike|Like|Along with|After|"
    r"Before|Following|With)\b[^,.;:]{1,80},\s*"
)
"""A fronted prepositional phrase and its comma, before the subject of the clause."""


_VERB_GAP = re.compile(
    r"\s+(?!(?:before|after|as|while|when|until|since|because|with|to|for)\s)"
    r"(?:[a-z]+\s+){1,2}"
)
"""A verb, perhaps after an adverb, between a subject and its object ("Obama hosts the
two", "Biden later praised the two"); not a conjunction or preposition that opens
another clause or phrase ("talks with Biden before the three leaders met")."""


_COUNTRIES_REACH = 8  # sentences back "the three countries" may find its countries in


def _last_country_list(
    text: str, start: int, end: int, count: int, gaz: Gazetteer
) -> tuple[int, list[str]] | None:
    """Return where the last list of exactly ``count`` countries in the span starts, and them.

    A list is country names joined by commas or "and" ("South Korea, the
    U.S. and Japan").
    """
    refs = country_refs(text, start, end, gaz)
    found = None
    run: list[tuple[int, str]] = []
    for offset, code in refs:
        if run and not _LIST_GLUE.fullmatch(text, _ref_end(text, run[-1][0]), offset):
            run = []
        run.append((offset, code))
        codes = list(dict.fromkeys(c for _, c in run))
        if len(codes) == count and len(run) == count:
            found = (run[0][0], codes)
    return found


def _ref_end(text: str, offset: int) -> int:
    """Return where the country word starting at ``offset`` ends."""
    found = _COUNTRY_WORD_END.match(text, offset)
    return found.end() if found else offset


_COUNTRY_WORD_END = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*")
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")

_COUNTRY_GROUPS = frozenset({"governments", "countries", "nations", "sides", "neighbors",
                             "neighbours", "allies"})
"""Plural nouns that stand for countries: one member per country."""

_APPOSED_NAME = re.compile(r",\s+(?:[A-Z][\w.’'-]*\s+){0,3}?[A-Z][\w’'-]+\b(?!\s+(?:said|says))")
"""A capitalised name set off by a comma right after a description ("..., Masahiko Komura")."""


def _minister_then(leader: Leader, on: dt.date) -> bool:
    """Whether a gazetteer person may be one of "the two ministers".

    Not heading a government on ``on``, and holding some other office in the
    record: a foreign minister who led later, not a president of long ago.
    """
    return not leader.is_leader_on(on) and any(
        office.role is OfficeRole.OTHER for office in leader.offices)


def _part_start(text: str, at: int) -> int:
    """Return where the part holding ``at`` starts: its heading line after a blank line.

    A heading is a short line where no sentence ends ("JOHANNESBURG, Nov. 23");
    0 when no heading lies within reach above ``at``.
    """
    low = max(0, at - _PART_REACH)
    blank = text.rfind("\n\n", low, at)
    while blank >= 0:
        start = blank + 2
        end = text.find("\n", start)
        if start <= at and is_heading_line(text[start : end if end >= 0 else len(text)]):
            return start
        blank = text.rfind("\n\n", low, blank)
    return 0


_PART_REACH = 1500


_AND_COUNTERPART = re.compile(
    r",?\s+and\s+(?:his|her|their)\s+(?:[A-Z][\w.-]*\s+){0,2}counterparts?,?\s+"
)
"""The words between "A" and "B" in "A and her Japanese counterpart B": a pair of
ministers as "A and B" (leaders so named are paired by their meeting's roles)."""


def _join(names: list[str]) -> str:
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


_Finder = Callable[[Document, Segmentation, Gazetteer], Mentions]


def find_mentions(document: Document, segmentation: Segmentation, gazetteer: Gazetteer) -> Mentions:
    """Find and resolve every mention of a person, organisation or group.

    :param document: the article; ``published`` dates descriptions ("the
        prime minister" is whoever held the office that day).
    :param segmentation: sentences and furniture (furniture has no mentions).
    :param gazetteer: the leaders, their offices and the countries.
    :returns: every mention in text order, with the article's entities.
    """
    return _Resolver(document, segmentation, gazetteer).run()


_LABEL_END = re.compile(r"[ \t]*(?:\([^)\n]{1,60}\))?[ \t]*:")


def _speaker_label(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` labels a transcript turn ("MATSUNO: ...").

    It opens its line and a colon follows it, perhaps after a parenthesis.
    """
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip() and _LABEL_END.match(text, end) is not None
