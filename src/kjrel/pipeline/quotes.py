"""Stage 3: quotation marks to quote candidates.

Two steps, both local to one paragraph (a stray mark never costs more than
the rest of its own paragraph):

1. :func:`pair_marks` pairs quotation marks. Double marks (straight ``"``,
   curly ``“ ”``, ``„``, ``« »``) are paired left to right; a straight
   mark's direction comes from its neighbours (white space or an opening
   bracket before it and a letter after it opens; a letter or punctuation
   before it and white space or punctuation after it closes), and an
   ambiguous one toggles. A quote still open at the end of its paragraph
   ends there (a multi-paragraph quote is one candidate per paragraph).
   Single marks (``‘ ’`` and straight ``'``) are only paired *inside* a
   double quote, or, for a curly ``‘`` that clearly opens, in a paragraph
   with no double marks; an apostrophe (``Japan’s``, ``taxpayers' money``,
   ``’90s``) never opens a quote, so it can never derail the pairing.
2. :func:`find_quote_candidates` classifies each pair as a direct quote, a
   partial quote or not a quote (a scare-quoted term, a name or title),
   from the words around it; pairs inside page furniture are skipped. The
   rules are written up in ``docs/extraction/quotes.rst``.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from attrs import frozen

from kjrel.pipeline.lexicon import REPORTING_VERBS
from kjrel.pipeline.types import QuoteCandidate, Segmentation

__all__ = [
    "DOUBLE_CLOSE",
    "DOUBLE_OPEN",
    "DOUBLE_STRAIGHT",
    "KNOWN_TERMS",
    "PARTIAL_CUES",
    "TERM_CUES",
    "TERM_HEADS",
    "MarkPair",
    "find_quote_candidates",
    "in_quotation",
    "pair_marks",
]

DOUBLE_OPEN: Final[frozenset[str]] = frozenset("“„«‟")
"""Double marks that open a quote by their shape."""
DOUBLE_CLOSE: Final[frozenset[str]] = frozenset("”»")
"""Double marks that close a quote by their shape."""
DOUBLE_STRAIGHT: Final[frozenset[str]] = frozenset('"＂')
"""Double marks whose direction comes from their neighbours."""
_SINGLE: Final[frozenset[str]] = frozenset("‘’'‛")
_ALL_DOUBLE: Final[frozenset[str]] = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_STRAIGHT
_DOUBLE_RE: Final = re.compile("[" + "".join(sorted(_ALL_DOUBLE)) + "]")
_SINGLE_RE: Final = re.compile("[‘’'‛]")

_OPEN_LEFT: Final[frozenset[str]] = frozenset("([{<—–-/:;‘'\"“„«")
"""Characters after which a mark may open a quote (besides white space)."""
_CLOSE_RIGHT: Final[frozenset[str]] = frozenset(".,;:!?)]}>—–-/…’'\"”»")
"""Characters before which a mark may close a quote (besides white space)."""

_OPEN, _CLOSE, _EITHER = 1, 2, 3


@frozen
class MarkPair:
    """Two quotation marks paired with each other (or one left open)."""

    open: int
    """Offset of the opening mark."""
    close: int
    """Offset of the closing mark, or the paragraph's end if unclosed."""
    closed: bool
    """Whether a closing mark was found in the paragraph."""
    double: bool
    """Whether the marks are double (``"``, ``“ ”`` ...) rather than single."""
    nested: bool = False
    """Whether the pair lies inside a double-quoted stretch."""


def _direction(text: str, i: int, start: int, end: int) -> int:
    """Whether the mark at ``i`` can open, close or do either, from its neighbours."""
    left = text[i - 1] if i > start else " "
    right = text[i + 1] if i + 1 < end else " "
    can_open = (left.isspace() or left in _OPEN_LEFT) and not right.isspace()
    can_close = (right.isspace() or right in _CLOSE_RIGHT) and not left.isspace()
    if can_open and not can_close:
        return _OPEN
    if can_close and not can_open:
        return _CLOSE
    return _EITHER


def _double_pairs(text: str, start: int, end: int) -> list[MarkPair]:
    pairs: list[MarkPair] = []
    open_at = -1
    for match in _DOUBLE_RE.finditer(text, start, end):
        i = match.start()
        mark = text[i]
        context = _direction(text, i, start, end)
        if mark in DOUBLE_STRAIGHT:
            direction = context
        elif mark in DOUBLE_OPEN:
            direction = _CLOSE if context == _CLOSE and open_at >= 0 else _OPEN
        else:
            direction = _OPEN if context == _OPEN and open_at < 0 else _CLOSE
        if open_at < 0:
            if direction == _CLOSE:
                continue  # a stray closing mark
            if mark in DOUBLE_STRAIGHT and i > start and text[i - 1].isdigit() and (
                context != _OPEN
            ):
                continue  # an inch mark: 12" vinyl
            open_at = i
        elif direction == _OPEN and not (mark in DOUBLE_STRAIGHT and context == _EITHER):
            open_at = i  # the earlier mark was never closed: drop it
        else:
            pairs.append(MarkPair(open_at, i, closed=True, double=True))
            open_at = -1
    if open_at >= 0:
        pairs.append(MarkPair(open_at, end, closed=False, double=True))
    return pairs


def _is_elision(text: str, i: int, end: int) -> bool:
    """Tell an apostrophe that opens a word: ``'90s``, ``’em``, ``'til``."""
    following = text[i + 1 : min(end, i + 5)]
    if len(following) >= 2 and following[:2].isdigit():
        return True
    word = re.match(r"[a-z]+", following)
    return word is not None and word.group() in {"em", "til", "tis", "twas", "n"}


def _opens_paragraph(text: str, i: int, start: int) -> bool:
    """Tell whether the mark at ``i`` opens its paragraph or follows a colon."""
    if i == start:
        return True
    j = i
    while j > start and text[j - 1] in " \t":
        j -= 1
    return j > start and text[j - 1] == ":"


def _single_pairs(
    text: str, start: int, end: int, *, curly_open_only: bool, nested: bool
) -> list[MarkPair]:
    pairs: list[MarkPair] = []
    open_at = -1
    for match in _SINGLE_RE.finditer(text, start, end):
        i = match.start()
        mark = text[i]
        context = _direction(text, i, start, end)
        if open_at < 0:
            if context != _OPEN or mark == "’":
                continue
            if curly_open_only and mark != "‘" and not _opens_paragraph(text, i, start):
                continue
            if _is_elision(text, i, end):
                continue
            open_at = i
        elif context == _CLOSE and mark != "‘":
            if i - open_at > 1:
                pairs.append(MarkPair(open_at, i, closed=True, double=False, nested=nested))
            open_at = -1
        elif context == _OPEN and mark == "‘":
            open_at = i
    return pairs


def in_quotation(text: str, start: int) -> bool:
    """Return whether ``start`` lies inside quotation marks in its paragraph."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    curly_open, curly_close = before.rfind("“"), before.rfind("”")
    if curly_open > curly_close:
        return True
    return before.count('"') % 2 == 1


def pair_marks(text: str, start: int, end: int) -> tuple[MarkPair, ...]:
    """Pair the quotation marks of ``text[start:end]`` (one paragraph's content).

    Double pairs come first in text order, then nested single pairs; the
    result is sorted by opening offset. Runs in time linear in ``end - start``.
    """
    doubles = _double_pairs(text, start, end)
    result: list[MarkPair] = list(doubles)
    for pair in doubles:
        result.extend(
            _single_pairs(text, pair.open + 1, pair.close, curly_open_only=False, nested=True)
        )
    if _DOUBLE_RE.search(text, start, end) is None:
        result.extend(_single_pairs(text, start, end, curly_open_only=True, nested=False))
    result.sort(key=lambda p: (p.open, -p.close))
    return tuple(result)


# --------------------------------------------------------------------------
# Classification
# --------------------------------------------------------------------------

PARTIAL_CUES: Final[frozenset[str]] = frozenset(
    REPORTING_VERBS
    | {
        "say", "saying", "stating", "adding", "telling", "noting", "announcing",
        "declaring", "stressing", "emphasizing", "emphasising", "insisting", "arguing",
        "warning", "urging", "pledging", "vowing", "promising", "reiterating",
        "reaffirming", "echoing", "expressing", "acknowledging", "claiming",
        "confirming", "praising", "denouncing", "criticizing", "criticising",
        "describing", "describes", "describe", "calling", "calls", "call", "labeled",
        "labelled", "labeling", "labelling", "branded", "branding", "characterized",
        "characterised", "slammed", "blasted", "decried", "condemned", "condemning",
        "hailed", "lauded", "touted", "accused", "accusing", "vowed", "pledges",
        "vows", "promises", "hopes", "hoped", "hope", "wished", "demanded",
        "demanding", "insists", "urges", "warns", "referred", "referring", "termed",
        "quoted", "quoting", "according", "cited", "citing", "mentioned", "reported",
        "welcomed", "welcoming", "thanked", "apologized", "apologised", "lamented",
        "protested", "asserted", "maintained", "voiced", "voicing", "reflected",
    }
)
"""Words that, a few words before a quoted fragment in the same clause,
make it someone's words (``pledged to "..."``, ``denouncing it as a "..."``)."""

TERM_CUES: Final[tuple[tuple[str, ...], ...]] = tuple(
    tuple(cue.split())
    for cue in (
        "so-called", "so called", "dubbed", "dubbing", "known as", "named", "titled",
        "entitled", "nicknamed", "codenamed", "code-named", "the term", "the terms",
        "the phrase", "the word", "the words", "the slogan", "the motto", "the hashtag",
        "the banner", "the catchphrase", "the title", "the headline", "the book",
        "the novel", "the film", "the movie", "the documentary", "the song", "the drama",
        "the series", "the show", "the exhibition", "the theme", "the program",
        "the programme", "the campaign", "the operation", "the initiative", "the project",
        "a slogan", "slogan", "motto", "hashtag", "its theme", "under the", "brand",
        "the brand", "the label", "the category", "the concept", "the notion", "the idea of",
        "the expression", "the name", "the acronym", "the nickname",
    )
)
"""Words that, right before a quoted stretch, make it a name, title or term."""

TERM_HEADS: Final[frozenset[str]] = frozenset(
    {
        "doctrine", "doctrines", "policy", "policies", "initiative", "initiatives",
        "strategy", "strategies", "vision", "diplomacy", "agenda", "framework",
        "principle", "principles", "act", "law", "bill", "treaty", "accord", "pact",
        "project", "program", "programme", "campaign", "movement", "operation", "award",
        "prize", "forum", "dialogue", "conference", "festival", "exhibition", "index",
        "paper", "zone", "network", "regime", "system", "model", "era", "theory",
        "plan", "roadmap", "road map", "formula", "concept", "slogan", "tour",
        "committee", "council", "commission", "group", "club", "caucus", "party",
        "declaration", "statement", "charter", "report", "document", "fund",
    }
)
"""Nouns that make a short quoted stretch the name of a policy, plan or
body (``Korea's "unification doctrine"``, ``the "Global Pivotal State"
vision``): when the stretch ends with one, or one follows the closing mark."""

KNOWN_TERMS: Final[frozenset[str]] = frozenset(
    {
        "comfort women", "comfort woman", "comfort station", "comfort stations",
        "shuttle diplomacy", "whitelist", "white list", "white country", "white countries",
        "forced labor", "forced labour", "forced laborers", "forced labourers",
        "conscripted workers", "wartime laborers", "wartime labourers", "abductees",
        "abductee", "rising sun flag", "rising sun", "east sea", "sea of japan",
        "takeshima", "dokdo", "liancourt rocks", "2+2", "two-plus-two", "quad",
        "gsomia", "free and open indo-pacific", "indo-pacific", "treated water",
        "contaminated water", "processed water", "yasukuni", "sunshine policy", "nordpolitik",
        "kono statement", "murayama statement", "abe statement", "kim-obuchi declaration",
        "zainichi", "hallyu", "korean wave", "japan passing", "korea passing",
    }
)
"""Terms that the English-language press on Korea and Japan puts in
quotation marks as names, not as anybody's words (lower case, as the
words of the stretch joined by single spaces). A short stretch equal to
one is a term wherever it stands, unless it opens its sentence or an
attribution is attached to it."""

_FIRST_PERSON: Final[frozenset[str]] = frozenset({"i", "we", "our", "us", "my", "me", "you"})
_SMALL_WORDS: Final[frozenset[str]] = frozenset(
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on",
        "or", "the", "to", "with", "via", "vs",
    }
)
_WORD_RE: Final = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_END_PUNCT: Final = (",", ".", "?", "!", "…", ";", ":")
_POSSESSIVE_END: Final = re.compile(r"(?:'s|’s|s'|s’)\Z")
_WINDOW: Final = 20
"""How many words before a fragment are searched for a reporting cue."""


def _words(text: str) -> list[str]:
    return [w.lower().strip("'’-") for w in _WORD_RE.findall(text)]


def _ends_with(words: list[str], cue: tuple[str, ...]) -> bool:
    return len(words) >= len(cue) and tuple(words[-len(cue) :]) == cue


def _clause_before(text: str, lo: int, mark: int) -> str:
    """Return the text of the clause before ``mark`` (back to ``;`` or a dash, at most ``lo``)."""
    chunk = text[max(lo, mark - 300) : mark]
    for sep in (";", " — ", " – ", " -- "):
        cut = chunk.rfind(sep)
        if cut >= 0:
            chunk = chunk[cut + len(sep) :]
    return chunk


_ATTRIBUTION_OPENERS: Final[frozenset[str]] = frozenset(
    REPORTING_VERBS
    | {"he", "she", "they", "we", "i", "it", "the", "a", "an", "one", "two", "according",
       "asked", "wrote", "tweeted", "some", "several", "many", "officials", "analysts",
       "experts", "critics", "sources", "his", "her", "their", "its", "another"}
)


def _attribution_after(after: str) -> bool:
    """``, he said`` / ``Kim told reporters`` / ``said Kim`` right after the quote."""
    words: list[str] = []
    for token in re.split(r"\s+", after.strip(" ,\t")[:120]):
        bare = token.strip(",.;:!?()\"“”'’")
        if not bare:
            continue
        if not words and bare[0].islower() and bare.lower() not in _ATTRIBUTION_OPENERS:
            return False  # the reporter's sentence goes on: "X" dialogue, ...
        words.append(bare.lower())
        abbreviation = token.endswith(".") and len(bare) <= 3 and bare[0].isupper()
        if (token[-1:] in ".;:!?" and not abbreviation) or len(words) >= 8:
            break
    return any(
        word in REPORTING_VERBS or word in {"according", "asked", "wrote", "tweeted"}
        for word in words[:7]
    )


def _lead_attribution(before: str) -> bool:
    """``Kim said, "...`` or ``he said: "...`` or ``"First," he said, "...``."""
    stripped = before.rstrip()
    if not stripped.endswith((",", ":")):
        return False
    words = _words(stripped[-80:])
    if stripped.endswith(":"):
        return True
    return any(w in PARTIAL_CUES for w in words[-5:])


_NAMING_VERBS: Final[frozenset[str]] = frozenset(
    {"call", "calls", "called", "calling", "term", "terms", "termed", "dub", "dubs"}
)
_DETERMINERS: Final[frozenset[str]] = frozenset({"a", "an", "the"})


def _is_naming(before_words: list[str]) -> bool:
    """Tell a naming verb before a quote: ``a policy called "X"``.

    A naming verb right before the quote (or before ``a``/``an``/``the``)
    makes the quoted stretch a name, except after ``what he/she`` (``what
    he called "unjust" curbs`` quotes the man's own word).
    """
    words = before_words[-4:]
    if words and words[-1] in _DETERMINERS:
        words = words[:-1]
    if not words or words[-1] not in _NAMING_VERBS:
        return False
    return not (len(words) >= 3 and words[-3] == "what" and words[-2] in {"he", "she", "i"})


_CHARACTERISING: Final[frozenset[str]] = frozenset(
    {
        "called", "calling", "calls", "call", "described", "describing", "describes",
        "labeled", "labelled", "labeling", "labelling", "branded", "branding",
        "denounced", "denouncing", "slammed", "criticized", "criticised", "decried",
        "characterized", "characterised", "condemned", "hailed", "praised", "deemed",
    }
)
"""Verbs that put a speaker's characterisation on an object (``critics called
the visit "humiliating diplomacy"``): a quoted stretch right after them and
their object is that speaker's words even when it ends in a policy noun."""


def _is_title_case(words: list[str]) -> bool:
    letters = [w for w in words if w[:1].isalpha()]
    if len(letters) < 2:
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in letters) and letters[0][
        0
    ].isupper()


@frozen
class _Around:
    """What a pair of marks encloses and the words around it."""

    inner: str
    raw_words: list[str]
    inner_words: list[str]
    before: str
    before_words: list[str]
    after: str
    after_words: list[str]
    at_start: bool
    lead: bool
    trailing: bool


def _around(
    text: str, pair: MarkPair, clause_lo: int, clause_hi: int, follows_quote: bool
) -> _Around:
    inner = text[pair.open + 1 : pair.close].strip()
    raw_words = _WORD_RE.findall(inner)
    before = _clause_before(text, clause_lo, pair.open)
    after_end = min(clause_hi, pair.close + 1 + 200)
    after = text[pair.close + 1 : after_end] if pair.closed else ""
    lead = _lead_attribution(before)
    if lead and inner[:1].islower() and not follows_quote and not before.rstrip().endswith(":"):
        lead = False  # "It was, he said, "a historic step."": a fragment
    return _Around(
        inner=inner,
        raw_words=raw_words,
        inner_words=[w.lower().strip("'’-") for w in raw_words],
        before=before,
        before_words=_words(before[-200:]),
        after=after,
        after_words=_words(after[:60]),
        at_start=not before.strip()
        or before.rstrip().endswith((":", "(", "[", "—", "–", "-", "•")),
        lead=lead,
        trailing=_attribution_after(after),
    )


def _is_term(a: _Around) -> bool:
    """Whether the marks enclose a name, title or term, not anyone's words."""
    if any(_ends_with(a.before_words, cue) for cue in TERM_CUES) or _is_naming(a.before_words):
        return True
    short = len(a.inner_words) <= 6 and not a.inner.endswith((".", "?", "!", "…"))
    if a.at_start and a.inner.endswith(","):
        short = False  # "The spirit of that declaration," Mr. Moon said, ...
    if not short or a.lead or a.trailing:
        return False
    if " ".join(a.inner_words).strip(" ,;:") in KNOWN_TERMS and not a.at_start:
        return True  # Kim said the "comfort women" issue ...
    if (
        not a.at_start
        and len(a.raw_words) == 1
        and a.raw_words[0][:1].isupper()
        and a.before_words
        and a.before_words[-1] not in PARTIAL_CUES
        and a.before_words[-1] not in {"to", "as"}
    ):
        return True  # a quoted proper name: the "Dokdo" islets
    if _FIRST_PERSON & set(a.inner_words) or _CHARACTERISING & set(a.before_words[-4:]):
        return False
    if a.inner_words and a.inner_words[-1] in TERM_HEADS:
        return True
    if a.after_words and a.after_words[0] in TERM_HEADS and not a.after[:1].isalpha():
        return True
    return not a.at_start and _is_title_case(a.raw_words)


def _classify(
    text: str,
    pair: MarkPair,
    clause_lo: int,
    clause_hi: int,
    para_start: int,
    *,
    follows_quote: bool = False,
    sentence_lo: int | None = None,
) -> tuple[bool, str]:
    """Decide whether ``pair`` is a quote and of which kind; see the module doc."""
    a = _around(text, pair, clause_lo, clause_hi, follows_quote)
    # 1. Names, titles and terms.
    if _is_term(a):
        return False, "partial"
    # 2. Whole utterances.
    ends_punct = a.inner.endswith(_END_PUNCT)
    whole_paragraph = pair.open == para_start and (not pair.closed or not a.after.strip())
    if a.at_start or a.lead or whole_paragraph:
        if whole_paragraph or a.lead or ends_punct or a.trailing or len(a.inner_words) >= 4:
            return True, "direct"
        return False, "partial"
    if (
        a.before_words
        and a.before_words[-1] in PARTIAL_CUES
        and a.before[-1:].isspace()
        and a.inner[:1].isupper()
        and len(a.inner_words) >= 4
    ):
        return True, "direct"
    # 3. Fragments inside the reporter's sentence.
    window = a.before_words[-_WINDOW:]
    if sentence_lo is not None and sentence_lo < clause_lo:
        # "said that it was "regrettable" and "unacceptable."": the cue may
        # stand before an earlier quote of the same sentence
        window = _words(_clause_before(text, sentence_lo, pair.open)[-300:])[-_WINDOW:]
    if any(w in PARTIAL_CUES for w in window) or a.trailing:
        return True, "partial"
    has_person = bool(_FIRST_PERSON & set(a.inner_words))
    if len(a.inner_words) >= 4 and (has_person or ends_punct):
        return True, "partial"
    return (len(a.inner_words) >= 3 and ends_punct), "partial"


@frozen
class _Furniture:
    """Furniture ranges sorted by start, with the furthest end reached so far."""

    ranges: list[tuple[int, int]]
    starts: list[int]
    reach: list[int]  # reach[k]: the furthest end of ranges[0..k]


def _furniture(segmentation: Segmentation) -> _Furniture:
    ranges = sorted((r.start, r.end) for r in segmentation.furniture)
    reach: list[int] = []
    for _start, end in ranges:
        reach.append(max(end, reach[-1]) if reach else end)
    return _Furniture(ranges, [start for start, _end in ranges], reach)


def _content_bounds(text: str, lo: int, hi: int, furniture: _Furniture) -> tuple[int, int]:
    """Return a paragraph's content: without overlapping furniture and outer space."""
    # Only furniture that overlaps the paragraph can trim it (``lo`` only
    # grows and ``hi`` only shrinks): those after every range ending by
    # ``lo`` and before the first starting at ``hi``, in order.
    first = bisect.bisect_right(furniture.reach, lo)
    last = bisect.bisect_left(furniture.starts, hi)
    for f_start, f_end in furniture.ranges[first:last]:
        if f_end <= lo or f_start >= hi:
            continue
        if f_start <= lo:
            lo = max(lo, f_end)
        else:
            hi = min(hi, f_start)
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _paragraph_candidates(
    text: str, segmentation: Segmentation, lo: int, hi: int
) -> list[QuoteCandidate]:
    """Pair and classify the quotation marks of one paragraph's content."""
    pairs = pair_marks(text, lo, hi)
    outer = [p for p in pairs if not p.nested]
    found: list[QuoteCandidate] = []
    previous_close = -1
    for index, pair in enumerate(outer):
        if not text[pair.open + 1 : pair.close].strip():
            continue
        sentence = segmentation.sentence_at(pair.open)
        if sentence is None:
            continue
        clause_lo = max(sentence.start, previous_close + 1)
        clause_hi = sentence.end
        if index + 1 < len(outer):
            clause_hi = min(clause_hi, outer[index + 1].open)
        is_quote, kind = _classify(
            text, pair, clause_lo, max(clause_hi, pair.close), lo,
            follows_quote=clause_lo > sentence.start, sentence_lo=sentence.start,
        )
        found.append(QuoteCandidate(pair.open, pair.close, is_quote, kind))
        previous_close = pair.close
    found.extend(
        QuoteCandidate(p.open, p.close, False, "partial")
        for p in pairs
        if p.nested and text[p.open + 1 : p.close].strip()
    )
    return found


def find_quote_candidates(text: str, segmentation: Segmentation) -> tuple[QuoteCandidate, ...]:
    """Pair quotation marks and classify what they enclose.

    Every paragraph that is not furniture is paired on its own (its dateline
    and trailing credit left out); pairs whose opening mark lies in
    furniture are skipped. Nested single-quoted stretches are returned with
    ``is_quote=False``: they are words the speaker quotes, not the speaker's.
    An unclosed quote's ``close`` is the end of its paragraph's content.
    """
    furniture = _furniture(segmentation)
    candidates: list[QuoteCandidate] = []
    for paragraph in segmentation.paragraphs:
        if paragraph.furniture is not None:
            continue
        lo, hi = _content_bounds(text, paragraph.start, paragraph.end, furniture)
        if lo < hi:
            candidates.extend(_paragraph_candidates(text, segmentation, lo, hi))
    candidates.sort(key=lambda c: c.open)
    return tuple(candidates)

