"""Stage 4: speakers and cues for quotes.

Every quote candidate the ``quotes`` stage marked as a quote becomes a
:class:`~kjrel.models.Quote`. Its speaker and cue are read, in this order,
from:

1. the words after the closing mark: ``"...," X said`` (with an optional
   appositive, ``"...," X, a member of ..., said``, and adverbs,
   ``"...," he also said``), ``"...," said X``, ``"...," according to X``,
   ``"...," X was quoted as saying``;
2. the words before the opening mark: ``X said: "..."``, ``X said, "..."``,
   ``According to X, "..."``;
3. for a partial quote, the reporting verb before it in its sentence and
   that verb's subject (``the leaders pledged to "operationalize"``);
4. a quote with no attribution of its own continues the previous quote of
   its paragraph (``"First," he said. "Second."``), or, opening a
   paragraph, the last quote of the paragraph before: same speaker, cue
   ``None``.

Speakers are the canonical names the ``mentions`` stage resolved (through
pronouns and descriptions); unnamed sources ("a senior official") give
``None``. The cue is written as in the text, extended over a fixed
complement: "told reporters", "told Nikkei Asia", "said in a statement",
"was quoted as saying", "called for", "expressed hope".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from kjrel.models import Document, EntityKind, Quote, QuoteKind, Span
from kjrel.pipeline import lexicon as lx
from kjrel.pipeline.syntax.clauses import ClauseKind, parse_sentence
from kjrel.pipeline.types import Mention, Mentions, QuoteCandidate, Segmentation, Sentence

__all__ = ["attribute_quotes"]

_CUE_VERBS = frozenset(lx.REPORTING_VERBS | lx.STATEMENT_VERBS)
_ADVERB = re.compile(
    r"\s+(?:also|later|then|further|again|once|had|has|have|was|is|quickly|repeatedly|"
    r"[a-z]{3,12}ly)(?=\s)"
)
_WORD = re.compile(r"\s*([A-Za-z]+)")
_STATEMENT_TAIL = re.compile(
    r"\s+(?:in|on|via)\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?:(?:joint|written|separate|televised|brief|press|news|video|social\s+media|radio|tv)"
    r"\s+)?"
    r"(?:statement|speech|interview|press\s+release|post|message|letter|commentary|"
    r"editorial|op-ed)\b"
)
_PREPOSITIONS = frozenset(
    {"by", "with", "to", "of", "for", "from", "at", "on", "in", "about", "against", "toward",
     "towards", "between", "among", "than", "like", "under", "meet", "met", "into", "over",
     "visited", "invited", "urged", "told", "asked", "thanked"}
)
_TOLD_VENUE = re.compile(
    r"\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:committee|conference|briefing|meeting|session|audience|forum|rally|panel|gathering|"
    r"newspaper|broadcaster|interviewer|reporters|journalists|lawmakers|parliament|assembly|"
    r"crowd|summit|ceremony|seminar|symposium|hearing)\b"
)
_ACCORDING_TO = re.compile(
    r"[Aa]ccording\s+to(?:\s+(?:a|an|the)\s+(?:joint\s+|written\s+|separate\s+)?"
    r"(?:statement|report|readout|release|transcript|briefing|spokesperson|spokesman|"
    r"spokeswoman)\s+(?:from|by|of|issued\s+by|released\s+by))?\b"
)
_ATTACHED = re.compile(
    r",?\s+(?:of|at|for|from|with|in)\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s+)?"
)
# "was quoted as saying", "was quoted by Kyodo News as saying", "was quoted by
# his spokesman Kim Eui Kyeom as telling": the quoted person is the speaker.
_AS_SAYING_WORDS = r"as\s+(saying|telling)\b"
_QUOTED_AS = re.compile(r"\s+quoted\s+(?:by\s+(?:[\w'’.-]+\s+){1,8}?)?" + _AS_SAYING_WORDS)
_AUX_VERB = re.compile(
    r"\s+(?:(?:also|long|steadily|repeatedly|previously|already|[a-z]{3,12}ly)\s+){0,2}([a-z]+)"
)
_ROLE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s+(?=[A-Z])")
"""A role noun after an employer, perhaps possessive ("Yoon's national security adviser X")."""
_NOT_SUBJECTS = frozenset({"his", "her", "their", "its", "him", "them"})
_BOUNDARY = re.compile(
    r"(?:,\s+|;\s+|\s+)(?:but|while|whereas|as|although|though|because|since|and|so|that|"
    r"which|who)\s+"
    r"(?=(?:he|she|they|the|[A-Z]))|;\s+"
)


_TITLE_OF = re.compile(
    r"\b(?:Secretary|Minister|Director|Chief|Head|Chair(?:man|woman)?)\s+of\s+\Z"
)
"""A title whose "of" leads into the rest of it ("Secretary of State Mike Pompeo")."""


class _Context:
    """Mentions and text of one document, with lookups by offset."""

    def __init__(self, document: Document, segmentation: Segmentation, mentions: Mentions,
                 quoted: Sequence[tuple[int, int]]) -> None:
        self.text = document.text
        self.doc_id = document.id
        self.seg = segmentation
        self.quoted = list(quoted)
        self.by_start: dict[int, list[Mention]] = {}
        for mention in mentions.mentions:
            self.by_start.setdefault(mention.start, []).append(mention)
        for bucket in self.by_start.values():
            bucket.sort(key=lambda m: m.end - m.start, reverse=True)
        self.mentions = sorted(mentions.mentions, key=lambda m: (m.start, -(m.end - m.start)))
        self.starts = [m.start for m in self.mentions]
        self.quoted.sort()
        self.quoted_starts = [q[0] for q in self.quoted]
        self.longest_quote = max((e - s for s, e in self.quoted), default=0)
        self.reach: list[int] = []  # reach[k]: the furthest end of quoted[0..k]
        for _start, q_end in self.quoted:
            self.reach.append(max(q_end, self.reach[-1]) if self.reach else q_end)

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        """Return the mentions that start in ``[lo, hi)``, in text order."""
        return self.mentions[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(
            self.starts, hi)]

    def span(self, start: int, end: int) -> Span:
        return Span(self.doc_id, start, end)

    def in_quote(self, start: int, end: int) -> bool:
        """Return whether ``[start, end)`` lies inside a quoted stretch."""
        last = bisect.bisect_right(self.quoted_starts, start)
        if end >= start:
            # A stretch that ends at or after ``end`` starts within the longest
            # quote's length of ``start``: the furthest end so far decides.
            return last > 0 and self.reach[last - 1] >= end
        first = bisect.bisect_left(self.quoted_starts, start - self.longest_quote)
        return any(self.quoted[k][1] >= end for k in range(first, last))

    def mention_at(self, pos: int) -> Mention | None:
        """Return the longest mention starting at ``pos`` (after white space)."""
        while pos < len(self.text) and self.text[pos] in " \t":
            pos += 1
        found = self.by_start.get(pos)
        return found[0] if found else None

    def is_possessive(self, mention: Mention) -> bool:
        return self.text[mention.end : mention.end + 2] in ("'s", "’s")

    def subject(self, verb: int, lo: int, *, aside: bool = False) -> Mention | None:
        """Return the subject of the verb at ``verb``: a mention in ``[lo, verb)``.

        The subject is the first eligible mention after the last clause
        boundary before the verb ("..., but he reiterated"), else the first
        eligible mention of the stretch. Eligible: outside quotes, not a
        possessive, not the object of a preposition.
        """
        eligible = self._eligible(verb, lo)
        eligible = [
            m for k, m in enumerate(eligible) if not self._describes_next(m, eligible[k + 1 :])
        ]
        if not eligible:
            return None
        # A mention right before the verb is its subject ("..., the office said
        # Friday", "Kishida said Abe expressed ...").
        last = eligible[-1]
        if re.fullmatch(r"(?:\s+(?:also|[a-z]{3,12}ly|has|have|had|will|would))*\s+",
                        self.text[last.end : verb]):
            # "Professor X of Kyoto's Doshisha University said": X is the subject.
            earlier = [m for m in self.mentions_in(lo, last.start) if m.end <= last.start
                       and not self.in_quote(m.start, m.end)]
            if earlier and _ATTACHED.fullmatch(self.text[earlier[-1].end : last.start]):
                return earlier[-1]
            return last
        boundary = self._last_boundary(eligible, verb, lo, aside=aside)
        after = [m for m in eligible if m.start >= boundary]
        return after[0] if after else eligible[0]

    def _eligible(self, verb: int, lo: int) -> list[Mention]:
        """Return the mentions in ``[lo, verb)`` that may be a subject."""
        eligible: list[Mention] = []
        covered_to = -1
        for mention in self.mentions_in(lo, verb):
            if mention.end > verb or mention.start < covered_to:
                continue  # past the verb, or a part of a longer mention ("Kishida and Yoon")
            if self.in_quote(mention.start, mention.end) or self.is_possessive(mention):
                continue
            if mention.text.lower() in _NOT_SUBJECTS:
                continue
            before = re.search(r"([A-Za-z]+)\s+\Z", self.text[max(lo, mention.start - 20) :
                                                              mention.start])
            if before is not None and before.group(1).lower() in _PREPOSITIONS and (
                not _TITLE_OF.search(self.text, max(lo, mention.start - 30), mention.start)
            ):
                continue  # not "Secretary of State Mike Pompeo": a title's own "of"
            eligible.append(mention)
            covered_to = mention.end
        return eligible

    def _last_boundary(
        self, eligible: list[Mention], verb: int, lo: int, *, aside: bool = False
    ) -> int:
        """Return where the verb's clause starts: the last boundary before a subject.

        With ``aside``, the subject may be set off from its verb by one aside
        between commas ("while the U.S. president, in a statement, declared").
        """
        gap = _ASIDE_OR_NONE if aside else _NO_COMMA
        boundary = lo
        for match in _BOUNDARY.finditer(self.text, lo, verb):
            if self.in_quote(match.start(), match.end()):
                continue
            if any(m.start < match.start() < m.end for m in eligible):
                continue  # "... and" inside a list of names
            after = [m for m in eligible if m.start >= match.start()]
            if after and gap.fullmatch(self.text[after[0].end : verb]):
                boundary = match.start()
        return boundary

    def _describes_next(self, mention: Mention, rest: list[Mention]) -> bool:
        """Return whether ``mention`` only qualifies a name after it.

        "White House press secretary Dana Whitlow": the organisation and the
        role describe the person, who is the subject.
        """
        if not rest or rest[0].entity_kind not in (EntityKind.PERSON, EntityKind.LEADER):
            return False
        gap = self.text[mention.end : rest[0].start]
        if mention.entity is None and re.fullmatch(r",\s+", gap):
            return True  # "Japan's top spokesman, Chief Cabinet Secretary X,"
        words = gap.split()
        return (
            0 < len(words) <= 3
            and all(w.islower() for w in words)
            and words[-1] in lx.ROLE_NOUNS
        )


_NO_COMMA = re.compile(r"[^,]*")
_ASIDE_OR_NONE = re.compile(r"[^,]*|\s*,[^,]{1,80},\s*")
"""Between a subject and its verb: no comma, or one aside set off by two."""

_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+\Z")
_LOWER_AFTER = re.compile(r"\s+[a-z]")


def read_cue(text: str, pos: int, verbs: frozenset[str] = _CUE_VERBS) -> tuple[int, int] | None:
    """Return the cue starting at ``pos`` (after white space), if there is one.

    The cue is a reporting verb, possibly after an auxiliary ("has
    highlighted"), extended over its fixed complement: "told reporters",
    "told Nikkei Asia", "said in a statement", "was quoted as saying",
    "called for", "expressed hope".
    """
    match = _WORD.match(text, pos)
    if match is None:
        return None
    start = match.start(1)
    word = match.group(1).lower()
    end = match.end(1)
    if _NAME_BEFORE.search(text, max(0, start - 30), start) and match.group(1)[:1].isupper() and (
            _LOWER_AFTER.match(text, end)):
        return None  # "the United States as ...": a name's last word, in running prose
    if word in ("was", "were"):
        q = _QUOTED_AS.match(text, end)
        if q is not None:
            return start, q.end()
    if word in ("has", "had", "have", "will", "would"):
        aux = _AUX_VERB.match(text, end)
        if aux is None or aux.group(1) not in verbs:
            return None
        end = aux.end()
        word = aux.group(1)
    elif word not in verbs:
        return None
    return start, _extend(text, end, word)


def _extend(text: str, end: int, word: str) -> int:
    rest = text[end : end + 80]
    if word in ("told", "tells", "tell"):
        low = rest.lower()
        for obj in sorted(lx.CUE_OBJECTS, key=len, reverse=True):
            hit = re.match(r"\s+" + re.escape(obj) + r"\b", low)
            if hit is not None:
                return end + hit.end()
        venue = _TOLD_VENUE.match(rest)
        if venue is not None:
            return end + venue.end()
        caps = re.match(r"\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}", rest)
        if caps is not None:
            found = caps.group(0)
            if found.endswith(".") and not re.search(r"(?:\b[A-Z]\.)+\Z", found):
                found = found[:-1]
            return end + len(found)
        return end
    particles = lx.CUE_PARTICLES.get(word)
    if particles:
        nxt = _PARTICLE.match(rest)
        if nxt is not None and nxt.group(1) in particles:
            return end + nxt.end()
    tail = _STATEMENT_TAIL.match(rest)
    if tail is not None and word in ("said", "says", "stated", "added", "wrote", "announced",
                                     "noted", "declared"):
        return end + tail.end()
    return end


_PARTICLE = re.compile(
    r"\s+(?:(?:the|a|an|their|his|her|its|serious|grave|deep|strong|common)\s+)?([a-z]+)\b"
)
"""The word that completes a cue, after a determiner or an intensifier ("called for",
"expressed deep regret", "shared the view")."""


def _skip_adverbs(text: str, pos: int) -> int:
    while True:
        match = _ADVERB.match(text, pos)
        if match is None:
            return pos
        nxt = _WORD.match(text, match.end())
        if nxt is not None and nxt.group(1).lower() in ("quoted",):
            return pos
        pos = match.end()


def _name_run(text: str, pos: int) -> tuple[int, int] | None:
    match = re.compile(r"\s*([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,5})").match(text, pos)
    if match is None:
        return None
    return match.start(1), match.end(1)


class _Attribution:
    def __init__(self, speaker: str | None, cue: tuple[int, int] | None,
                 speaker_span: tuple[int, int] | None) -> None:
        self.speaker = speaker
        self.cue = cue
        self.speaker_span = speaker_span


def _speaker_of(ctx: _Context, mention: Mention) -> str | None:
    return mention.entity


def _after(ctx: _Context, close: int, limit: int) -> _Attribution | None:
    """Read an attribution after a closing mark (up to ``limit``)."""
    text = ctx.text
    lead = re.compile(r"[\s,.;:!?—–-]*").match(text, close + 1)
    assert lead is not None
    pos = lead.end()
    if pos >= limit:
        return None
    according = _ACCORDING_TO.match(text, pos)
    if according is not None:
        mention = ctx.mention_at(according.end())
        if mention is not None:
            return _Attribution(_speaker_of(ctx, mention), (pos, according.end()),
                                (mention.start, mention.end))
    # "... ," X said (also "... ," spokesperson X said).
    mention = ctx.mention_at(pos)
    role = re.compile(r"(?:[a-z]+\s+){0,2}([a-z]+)\s+").match(text, pos)
    if mention is None and role is not None and role.group(1) in lx.ROLE_NOUNS:
        mention = ctx.mention_at(role.end())
    if mention is not None and mention.end <= limit:
        return _named_then_cue(ctx, mention, limit)
    # "... ," said X.
    cue = read_cue(text, pos)
    if cue is not None and cue[1] <= limit:
        return _cue_then_name(ctx, cue)
    # A name after a possessive ("... ," Japan's Foreign Minister X said), or an
    # unrecognised one ("... ," Smith said).
    run = _name_run(text, pos)
    if run is not None:
        quoting = _quoted_other(ctx, run[1], limit)
        if quoting is not None:
            return quoting  # "... ," Smith quoted Kishida as saying
        cue = read_cue(text, _skip_adverbs(text, run[1]))
        if cue is not None and cue[1] <= limit:
            inner = [m for m in ctx.mentions_in(run[0], run[1]) if m.end == run[1]]
            if inner:
                return _Attribution(_speaker_of(ctx, inner[0]), cue,
                                    (inner[0].start, inner[0].end))
            return _Attribution(text[run[0] : run[1]], cue, run)
    return None


def _named_then_cue(ctx: _Context, mention: Mention, limit: int) -> _Attribution | None:
    """Read ``X said`` after a quote, X being ``mention`` (or the person it employs)."""
    text = ctx.text
    # "... ," Democratic Party spokesman Kim said: the organisation names
    # the person's employer; the person after the role noun speaks.
    employer_role = _ROLE_AFTER.match(text, mention.end)
    if employer_role is not None and employer_role.group(1).lower() in lx.ROLE_NOUNS:
        person = ctx.mention_at(employer_role.end())
        if person is not None and person.end <= limit:
            mention = person
    quoting = _quoted_other(ctx, mention.end, limit)
    if quoting is not None:
        return quoting
    after = mention.end
    appositive = re.compile(r",\s+[^,\"“”]{1,120}?,(?=\s)").match(text, after)
    for start in ([after, appositive.end()] if appositive else [after]):
        cue = read_cue(text, _skip_adverbs(text, start))
        if cue is not None and cue[1] <= limit:
            return _Attribution(_speaker_of(ctx, mention), cue, (mention.start, mention.end))
    return None


_QUOTES_OTHER = re.compile(r"\s+((?:also\s+)?quoted)\s+")
_AS_SAYING = re.compile(r"\s+" + _AS_SAYING_WORDS)
_QUOTED_BEFORE = re.compile(r"\bquoted\s+(\S.{0,60}?)\s+" + _AS_SAYING_WORDS + r"\s*[:,]?\s*\Z")


def _quoted_other(ctx: _Context, after: int, limit: int) -> _Attribution | None:
    """Read ``X quoted Y as saying``, X ending at ``after``: Y, not X, spoke the words."""
    quoted = _QUOTES_OTHER.match(ctx.text, after)
    other = None if quoted is None else ctx.mention_at(quoted.end())
    tail = None if other is None else _AS_SAYING.match(ctx.text, other.end)
    if quoted is None or other is None or tail is None or tail.end() > limit:
        return None
    return _Attribution(_speaker_of(ctx, other), (quoted.start(1), tail.end()),
                        (other.start, other.end))


def _cue_then_name(ctx: _Context, cue: tuple[int, int]) -> _Attribution | None:
    """Read ``said X`` after a quote, from the cue on."""
    text = ctx.text
    mention = ctx.mention_at(cue[1])
    if mention is not None:
        return _Attribution(_speaker_of(ctx, mention), cue, (mention.start, mention.end))
    run = _name_run(text, cue[1])
    if run is not None and text[cue[0] : cue[1]].lower().startswith("said"):
        return _Attribution(text[run[0] : run[1]], cue, run)
    return None


def _before(ctx: _Context, open_: int, lo: int) -> _Attribution | None:
    """Read an attribution that introduces a quote (``X said: "..."``)."""
    text = ctx.text
    stretch = text[lo:open_]
    according = re.search(r"\b[Aa]ccording\s+to\s+(.{1,80}?),\s*\Z", stretch)
    if according is not None:
        mention = ctx.mention_at(lo + according.start(1))
        if mention is not None:
            start = lo + according.start()
            return _Attribution(_speaker_of(ctx, mention), (start, start + 12),
                                (mention.start, mention.end))
    quoting = _QUOTED_BEFORE.search(stretch)
    if quoting is not None:  # 'Yoon quoted Moon as saying, "..."': Moon's words
        mention = ctx.mention_at(lo + quoting.start(1))
        if mention is not None:
            said = (lo + quoting.start(), lo + quoting.end(2))
            return _Attribution(_speaker_of(ctx, mention), said, (mention.start, mention.end))
    if not re.search(r"[:,]\s*\Z", stretch):
        return None
    # The last reporting verb whose cue runs up to the colon or comma.
    best: tuple[int, int] | None = None
    for word in re.finditer(r"[A-Za-z]+", stretch):
        cue = read_cue(text, lo + word.start())
        if cue is None:
            continue
        if re.fullmatch(r"[:,]?\s*", text[cue[1] : open_]):
            best = cue
    if best is None:
        return None
    sentence = ctx.seg.sentence_at(best[0])
    if sentence is not None:
        lo = max(lo, sentence.start)
    mention = ctx.subject(best[0], lo, aside=True)
    if mention is None:
        return None
    return _Attribution(_speaker_of(ctx, mention), best, (mention.start, mention.end))


def _labelled(ctx: _Context, open_: int, p_start: int) -> _Attribution | None:
    """Read a broadcaster's label that opens the quote's paragraph.

    "[Soundbite] Park Geun-hye(President) : "..."", "Cho Min-gyu (Former
    Ambassador): "..."": the person named before the colon speaks.
    """
    label = _LABEL.fullmatch(ctx.text, p_start, open_)
    if label is None:
        return None
    mention = next((m for m in ctx.mentions_in(label.start("name"), label.end("name"))
                    if m.entity), None)
    if mention is None:
        return None
    return _Attribution(_speaker_of(ctx, mention), None, (mention.start, mention.end))


_LABEL = re.compile(
    r"\s*(?:\[[^\]\n]{1,30}\]\s*)?(?P<name>[A-Z][^:(\n\"“]{1,60}?)\s*"
    r"(?:\([^)\n]{1,40}\))?\s*:\s*"
)
"""A speaker's label before the words ("[Soundbite] Park Geun-hye(President) : ")."""


def _partial(ctx: _Context, open_: int, sentence: Sentence | None) -> _Attribution | None:
    """Attribute a fragment to the subject of the reporting verb before it."""
    text = ctx.text
    lo = sentence.start if sentence is not None else max(0, open_ - 300)
    best: tuple[int, int] | None = None
    for word in re.finditer(r"[A-Za-z]+", text[lo:open_]):
        start = lo + word.start()
        if ctx.in_quote(start, start + 1):
            continue
        cue = read_cue(text, start)
        if cue is None or cue[1] > open_:
            continue
        relative = re.search(r"\b(?:which|whom)\s+(?:[A-Z][\w-]*\s+){1,3}(?:had\s+|has\s+)?\Z",
                             text[max(lo, start - 40) : start])
        if relative is not None and "," in text[cue[1] : open_]:
            continue  # "..., which Seoul had threatened to end, would be "...""
        best = cue
    if best is None:
        return None
    outer = _saying_governor(ctx, best, lo, open_ if sentence is None else sentence.end)
    if outer is not None:
        best = outer  # "Yoon said the three had agreed to "institutionalize" it": Yoon's
    if _DOCUMENT_WORDING.search(text, lo, open_) is not None:
        return _Attribution(None, best, None)  # a document's words, no one's own
    source = _source_of_decision(ctx, best, open_, sentence)
    if source is not None:
        return source
    mention = ctx.subject(best[0], lo, aside=True)
    if mention is None:
        return None
    return _Attribution(_speaker_of(ctx, mention), best, (mention.start, mention.end))


def _source_of_decision(
    ctx: _Context, cue: tuple[int, int], open_: int, sentence: Sentence | None
) -> _Attribution | None:
    """Return the source a sentence names for a fragment quoted in a joint decision.

    "The three leaders agreed to raise pressure "to the maximum possible
    extent", ..., according to Japan's foreign ministry", "At that meeting,
    according to the ministry, A and B agreed to uphold "..."": an act of
    agreeing has no wording of its own; the source that reports it gives it.
    """
    text = ctx.text
    if sentence is None or not text[cue[0] : cue[1]].lower().startswith(_DECIDING_STEMS):
        return None
    # "..., according to the ministry" after it, or "At that meeting, according to the
    # ministry, A and B agreed ..." before the act
    found = _ACCORDING_LATER.search(text, open_, sentence.end) or _ACCORDING_LATER.search(
        text, sentence.start, cue[0])
    if found is None:
        return None
    mention = ctx.mention_at(found.end())
    if mention is None:
        return None
    return _Attribution(_speaker_of(ctx, mention), (found.start(), found.end()),
                        (mention.start, mention.end))


_DECIDING_STEMS = ("agree", "decid", "resolv")
_ACCORDING_LATER = re.compile(r"\b[Aa]ccording\s+to\s+")


_DOCUMENT_WORDING = re.compile(
    r"\b(?:statement|declaration|communiqu[eé]|document)\s+(?:that\s+)?[a-z]+ing\b[^.;]*\Z"
)
"""A fragment inside a participle phrase on a document ("issued a joint statement
billing Japan and the United States as "global partners""): the document's wording,
which no person is quoted as saying."""

_SAYING = frozenset({"say", "tell", "add", "note", "stress", "explain", "insist", "argue"})
_JOINT_DECISIONS = frozenset({"agree", "decide", "resolve"})
"""Reported acts that are no one's wording: a fragment quoted in them is the reporter's."""


def _saying_governor(
    ctx: _Context, cue: tuple[int, int], lo: int, hi: int
) -> tuple[int, int] | None:
    """Return the cue of the saying verb whose reported clause holds ``cue``.

    A fragment quoted inside what a speaker reports ("Yoon said the three
    countries had agreed to "institutionalize" the summit") is the
    speaker's words, not those of the reported clause's subject.
    """
    parse = parse_sentence(ctx.text, lo, hi)  # the sentence's parse, cached for every stage
    tokens = parse.phrases.tokens
    for clause in parse.clauses:
        verb = clause.verb
        if verb is None or not tokens[verb.first].start <= cue[0] < tokens[verb.last].end:
            continue  # the cue is the clause's verb ("had agreed")
        if verb.lemma not in _JOINT_DECISIONS:
            return None  # "Hayashi said Yoon had told him ...": Yoon's own words, relayed
        if clause.kind is not ClauseKind.COMPLEMENT or clause.governor is None:
            return None
        governor = parse.clauses[clause.governor].verb
        if governor is None or governor.lemma not in _SAYING:
            return None
        return tokens[governor.first].start, tokens[governor.last].end
    return None


def _paragraph_of(seg: Segmentation, starts: list[int], pos: int) -> int | None:
    index = bisect.bisect_right(starts, pos) - 1
    if index < 0:
        return None
    paragraph = seg.paragraphs[index]
    return index if pos < max(paragraph.end, paragraph.start + 1) else None


def attribute_quotes(
    document: Document,
    segmentation: Segmentation,
    candidates: tuple[QuoteCandidate, ...],
    mentions: Mentions,
) -> tuple[Quote, ...]:
    """Attach a speaker and a cue to every quote candidate that is a quote.

    :param document: the article.
    :param segmentation: paragraphs and sentences.
    :param candidates: paired quotation marks from the ``quotes`` stage.
    :param mentions: resolved mentions from the ``mentions`` stage.
    :returns: one :class:`~kjrel.models.Quote` per candidate with
        ``is_quote``, in text order.
    """
    text = document.text
    chosen = sorted((c for c in candidates if c.is_quote), key=lambda c: c.open)
    quoted = [(c.start, min(c.end, len(text))) for c in sorted(candidates, key=lambda c: c.open)]
    ctx = _Context(document, segmentation, mentions, quoted)
    results: list[Quote] = []
    last_in_paragraph: dict[int, Quote] = {}
    paragraph_starts = [p.start for p in segmentation.paragraphs]
    for number, cand in enumerate(chosen):
        start, end = cand.start, min(max(cand.end, cand.start), len(text))
        if start > len(text):
            continue
        para = _paragraph_of(segmentation, paragraph_starts, cand.open)
        kind = QuoteKind.PARTIAL if cand.kind == "partial" else QuoteKind.DIRECT
        container = next((q for q in results[-4:] if q.span.start <= cand.open < q.span.end),
                         None)
        if container is not None:  # a quote inside a quote: the outer one's speaker
            results.append(Quote(Span(document.id, start, end), text[start:end], kind,
                                 container.speaker))
            continue
        found = _attribution(ctx, chosen, number, para, last_in_paragraph)
        quote = _quote(ctx, start, end, kind, found)
        results.append(quote)
        if para is not None:
            last_in_paragraph[para] = quote
    results.sort(key=lambda q: q.span.start)
    _carry_unclosed(text, results)
    return tuple(results)


def _quote(ctx: _Context, start: int, end: int, kind: QuoteKind,
           found: _Attribution | None) -> Quote:
    text = ctx.text
    return Quote(
        span=ctx.span(start, end),
        text=text[start:end],
        kind=kind,
        speaker=found.speaker if found else None,
        cue=text[found.cue[0] : found.cue[1]] if found and found.cue else None,
        cue_span=ctx.span(*found.cue) if found and found.cue else None,
        speaker_span=ctx.span(*found.speaker_span) if found and found.speaker_span else None,
    )


def _limits(ctx: _Context, chosen: Sequence[QuoteCandidate], number: int,
            para: int | None) -> tuple[int, int, int]:
    """Return where the attribution may be: from the last quote before to the next one.

    As ``(paragraph start, lowest offset, highest offset)``.
    """
    seg, cand = ctx.seg, chosen[number]
    paragraph = seg.paragraphs[para] if para is not None else None
    p_start = paragraph.start if paragraph is not None else 0
    p_end = paragraph.end if paragraph is not None else len(ctx.text)
    limit = p_end
    for later in chosen[number + 1 :]:
        if later.open >= p_end:
            break
        if later.open > cand.close:
            limit = later.open
            break
    lo = p_start
    for earlier in reversed(chosen[:number]):
        if earlier.open < p_start:
            break
        if earlier.close < cand.open:
            lo = max(lo, earlier.close + 1)
    return p_start, lo, limit


def _attribution(ctx: _Context, chosen: Sequence[QuoteCandidate], number: int,
                 para: int | None, last_in_paragraph: dict[int, Quote]) -> _Attribution | None:
    """Find the speaker and cue of quote ``number`` (see the module docstring for the order)."""
    cand = chosen[number]
    p_start, lo, limit = _limits(ctx, chosen, number, para)
    sentence = ctx.seg.sentence_at(cand.open)
    previous = last_in_paragraph.get(para) if para is not None else None
    found: _Attribution | None
    if cand.kind == "partial":
        found = _partial(ctx, cand.open, sentence) or _after(ctx, cand.close, limit)
    else:
        found = (_after(ctx, cand.close, limit) or _before(ctx, cand.open, lo)
                 or _labelled(ctx, cand.open, p_start))
        if found is None and sentence is not None:
            found = _reporting_clause(ctx, cand.open, cand.close, sentence)
        if found is None and previous is None and sentence is not None:
            found = _partial(ctx, cand.open, sentence)
    if (
        found is not None
        and previous is not None
        and previous.cue_span is not None
        and found.cue is not None
        and previous.cue_span.start == found.cue[0]
    ):
        return _Attribution(previous.speaker, None, None)  # the same cue: a continuation
    if found is not None:
        return found
    if previous is not None:
        return _Attribution(previous.speaker, None, None)
    if para is not None and cand.open <= p_start + 1:
        return _from_previous_paragraph(ctx, ctx.seg, para, last_in_paragraph)
    if sentence is not None:
        return _from_previous_sentence(ctx, ctx.seg, sentence, p_start)
    return None


def _reporting_clause(ctx: _Context, open_: int, close: int,
                      sentence: Sentence) -> _Attribution | None:
    """Read the speaker from the clause that reports the quote: its subject.

    The clause ending right before the opening mark ("Minister Park told
    him, "...""), or starting right after the closing one, whose verb
    reports speech; its subject's mention is the speaker.
    """
    parse = parse_sentence(ctx.text, sentence.start, sentence.end)
    tokens = parse.phrases.tokens
    for clause in parse.clauses:
        verb = clause.verb
        if verb is None or clause.subject is None:
            continue
        first, verb_end = tokens[clause.first].start, tokens[verb.last].end
        if open_ < tokens[verb.first].start < close:
            continue  # a verb of the quoted words themselves ("The summit Park asked for")
        between = ctx.text[verb_end:open_] if verb_end <= open_ else "\n"
        before = len(between) <= 30 and re.fullmatch(r"[\w\s’']*[,:]?\s*", between) is not None
        if not (before or 0 <= first - close <= 3):
            continue  # "X told him, "..."" or ""...," X told reporters"
        if tokens[verb.first].lower not in _CUE_VERBS:
            continue
        s_start, s_end = tokens[clause.subject[0]].start, tokens[clause.subject[1]].end
        mention = next((m for m in ctx.mentions_in(s_start, s_end) if m.entity), None)
        if mention is None:
            continue
        return _Attribution(mention.entity, (tokens[verb.first].start, tokens[verb.last].end),
                            (mention.start, mention.end))
    return None


def _from_previous_sentence(ctx: _Context, seg: Segmentation, sentence: Sentence,
                            p_start: int) -> _Attribution | None:
    """Return the source of the sentence before a quote that stands alone.

    ``Lee said the talks went well. "Japan is a partner."``: the quote is
    Lee's, cue ``None``.
    """
    before = seg.sentence_at(sentence.start - 2) if sentence.start >= 2 else None
    if before is None or before.start < p_start or before is sentence:
        return None
    for word in re.finditer(r"[A-Za-z]+", ctx.text[before.start : before.end]):
        start = before.start + word.start()
        if ctx.in_quote(start, start + 1):
            continue
        cue = read_cue(ctx.text, start)
        if cue is None:
            continue
        mention = ctx.subject(cue[0], before.start)
        if mention is not None and mention.entity is not None:
            return _Attribution(mention.entity, None, None)
    return None


def _carry_unclosed(text: str, quotes: list[Quote]) -> None:
    """Give the speaker of a continuing quote to an unattributed, unclosed one.

    A quote left open at its paragraph's end continues at the start of the
    next paragraph; that quote's speaker is its speaker too.
    """
    for k, quote in enumerate(quotes[:-1]):
        if quote.speaker is not None or quote.span.end >= len(text):
            continue
        if text[quote.span.end] in "\"”»":
            continue  # closed: not a quote carried over
        nxt = quotes[k + 1]
        if nxt.speaker is None or text[quote.span.end : nxt.span.start].strip() not in (
            "\"", "“", "„", "«"
        ):
            continue
        quotes[k] = Quote(quote.span, quote.text, quote.kind, nxt.speaker)


def _from_previous_paragraph(ctx: _Context, seg: Segmentation, para: int,
                             last: dict[int, Quote]) -> _Attribution | None:
    """Return the speaker of the paragraph before a paragraph that opens with a quote."""
    for index in range(para - 1, -1, -1):
        paragraph = seg.paragraphs[index]
        if paragraph.furniture is not None:
            continue
        quote = last.get(index)
        if quote is not None:
            return _Attribution(quote.speaker, None, None)
        return None
    return None
