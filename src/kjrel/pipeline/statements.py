"""Stage 6: reported statements.

A statement is a sentence of reported speech that holds no full direct
quote: an identified source says, states, expresses, reiterates, pledges,
announces, praises, denounces, echoes, affirms, confirms, calls for,
insists, notes or highlights something, or the sentence says
"according to X". Sentences with only partial quotes count.

For each sentence of the report (never furniture):

1. skip it if a direct quote overlaps it;
2. find its cues: a verb of :data:`~kjrel.pipeline.lexicon.STATEMENT_VERBS`
   (after an optional auxiliary: "has highlighted", "had announced"),
   extended over its complement ("called for", "expressed support"), or
   "according to"; passives ("was welcomed by"), participles used as
   adjectives ("the proposed plan"), ambiguous ``-s`` forms not right
   after their subject ("his claims") and denied speech ("has not said
   whether") are not cues;
3. find each cue's subject (the first mention after the last clause
   boundary before the verb; the mention after "according to"); a subject
   that is one of a list ("the fishermen, their unions and several
   lawmakers") brings the whole list;
4. the speakers are the subjects' canonical names, expanded to their
   members for plural mentions ("the two leaders" -> each leader), ``None``
   for unnamed sources. The cue is "according to" when present, else the
   first cue with a subject.
"""

from __future__ import annotations

import bisect
import re

from kjrel.models import Document, Quote, QuoteKind, Span, Statement
from kjrel.pipeline import lexicon as lx
from kjrel.pipeline.attribution import _Context, read_cue
from kjrel.pipeline.furniture import SUMMARY_BULLET
from kjrel.pipeline.mentions import quoted_regions
from kjrel.pipeline.syntax import wordclass as wc
from kjrel.pipeline.syntax.words import inflections
from kjrel.pipeline.types import Mention, MentionKind, Mentions, Segmentation, Sentence

__all__ = ["find_statements"]

_PASSIVE = frozenset({"was", "were", "been", "being", "be", "is", "are", "get", "got"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this",
                          "that", "these", "those", "such", "any", "no", "so"})
_NEGATORS = (wc.NEGATORS - {"no"}) | {"cannot"}  # "has not said"; "no" negates a noun
_REFUSING = frozenset(form for lemma in ("decline", "refuse", "fail")
                      for form in (lemma, *inflections(lemma)))
"""Verbs whose infinitive says the act did not happen ("declined to say whether")."""
_QUESTION_OPENING = re.compile(
    r"(?:[^:\n]{1,60}:\s*)?(?:did|does|do|can|could|will|would|should|has|have|is|are)\b",
    re.IGNORECASE,
)
"""A question's inverted auxiliary, perhaps after its asker ("Q: Did the Prime Minister say")."""
_WORD_BEFORE_TO = re.compile(r"([A-Za-z]+)\s+to\W*\Z")
_WHETHER = re.compile(r"\b(?:whether|if)\b")
_ATTITUDES = frozenset(inflections("hope"))
"""Verbs of a state of mind, no speech act ("had hoped to host the summit"); "expressed
hope" is one."""
_NEEDS_PARTICLE = frozenset({"reflect", "reflected", "called", "calling", "calls", "call",
                             "shared", "sharing", "shares",
                             # "continued their discussion over lunch": talk, not a statement
                             "continued", "continues", "continue"})
_ACCORDING = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:(?:a|an|the)\s+(?:joint\s+|written\s+|separate\s+)?"
    r"(?:statement|report|readout|release|transcript|briefing)\s+(?:from|by|of|issued\s+by|"
    r"released\s+by)\s+)?"
)
_FOLLOWERS = re.compile(r"\s*(?:[,:\"“]|(?:that|to|the|a|an|it|its|on|for|he|she|they)\b)")
_LIGHT_PAST = frozenset(
    f for lemma in lx.SPEECH_LIGHT_LEMMAS for f in inflections(lemma) if f.endswith("d")
)
_ISSUED = re.compile(
    # a light verb with a speech-act noun: "issued a statement", "lodged a strong protest",
    # "offered his condolences", "delivered a warning"
    r"(?:" + "|".join(sorted(_LIGHT_PAST)) + r")\s+(?:(?:a|an|the|their|its|his|her)\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:" + "|".join(sorted(lx.SPEECH_NOUNS)) + r")\b"
)
_BY = re.compile(r"\s+by\s+")
_CALLED_QUOTE = re.compile(r"[^.;,\"“]{1,40}?\s[\"“]")
_FROM = re.compile(r"\s+from\b")
_CUE_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")
# The words a cue can start with: its verb (or first part), an auxiliary,
# "issued", a plural present or "according".
_CUE_STARTS = frozenset(
    lx.STATEMENT_VERBS
    | {"was", "were", "has", "had", "have", "will", "would"}
    | _LIGHT_PAST
)
_CUE_WORDS = frozenset(lx.PRESENT_PLURAL_VERBS | {"according"})
_LIST_GAP = re.compile(r",\s+(?:and\s+)?|,?\s+and\s+")


def _cues(ctx: _Context, sentence: Sentence) -> list[tuple[int, int]]:
    """Return the cue spans of a sentence, outside quotes, in text order."""
    text = ctx.text
    found: list[tuple[int, int]] = []
    covered = -1
    withheld = -1  # the end of a speech verb that says nothing was said
    for word in _CUE_WORD.finditer(text, sentence.start, sentence.end):
        low = word.group(0).lower()
        if low.split("-", 1)[0] not in _CUE_STARTS and low not in _CUE_WORDS:
            continue  # no cue starts with this word
        start = word.start()
        if start < covered or ctx.in_quote(start, start + 1):
            continue
        if low == "according" and _ACCORDING.match(text, start):
            match = _ACCORDING.match(text, start)
            assert match is not None
            found.append((start, start + len("according to")))
            covered = match.end()
            continue
        cue = read_cue(text, start, lx.STATEMENT_VERBS)
        if cue is None and low in lx.PRESENT_PLURAL_VERBS and _right_after_subject(
            ctx, start, sentence
        ) and _FOLLOWERS.match(text, start + len(low)):
            cue = (start, start + len(low))
        if cue is None and _ISSUED.match(text, start):
            cue = (start, start + len(low))
            found.append(cue)
            covered = cue[1]
            continue
        if cue is None or cue[1] > sentence.end:
            continue
        verb = text[cue[0] : cue[1]].split()
        head = low if low not in ("has", "had", "have", "will", "would") else (
            verb[-1].lower() if len(verb) > 1 else low)
        prev = re.search(r"([A-Za-z]+)\W*\Z", text[max(sentence.start, start - 25) : start])
        prev_word = prev.group(1).lower() if prev else ""
        passive = low not in ("was", "were") and (
            prev_word in _PASSIVE or prev_word in _DETERMINERS
        )
        if passive and prev_word in _PASSIVE:
            agent = _BY.match(text, cue[1])
            if agent is not None and ctx.mention_at(agent.end()) is not None:
                aux = text.rfind(prev_word, max(sentence.start, start - 25), start)
                found.append((aux if aux >= 0 else start, agent.end() - 1))
                covered = agent.end()
                continue
        bare = (head in _NEEDS_PARTICLE or low in _NEEDS_PARTICLE) and len(verb) < 2 and not (
            head.startswith("call") and _CALLED_QUOTE.match(text, cue[1])
        )
        noun_like = (
            low.endswith("s")
            and not low.endswith("ss")
            and low not in ("says", "was", "has")
            and not (_right_after_subject(ctx, start, sentence)
                     and _FOLLOWERS.match(text, cue[1]) is not None)
        )
        relative = prev_word in ("who", "which") or _reduced_passive(text, start, cue, prev)
        credit = head == "reported" and _FROM.match(text, cue[1]) is not None
        denied = prev_word in _NEGATORS or any(w.lower() in _NEGATORS for w in verb) or (
            _unasserted(text, sentence, start, prev_word))
        if denied or (withheld >= 0 and _WHETHER.search(text, withheld, start)):
            # "has not said whether", "declined to say whether he still hoped": no one
            # said anything, nor what its whether-clause holds
            withheld = cue[1]
            continue
        if passive or bare or noun_like or credit or relative or head in _ATTITUDES:
            continue
        found.append(cue)
        covered = cue[1]
    return found


def _unasserted(text: str, sentence: Sentence, start: int, prev_word: str) -> bool:
    """Whether a speech verb is refused or asked about, so no one said anything.

    "declined to say whether he would go" (a verb of refusal governs the
    infinitive); "Did the Prime Minister say whether ...?" (a question,
    its auxiliary before the subject).
    """
    if prev_word == "to":
        before = _WORD_BEFORE_TO.search(text[max(sentence.start, start - 30) : start])
        if before is not None and before.group(1).lower() in _REFUSING:
            return True
    asked = text[sentence.start : sentence.end].rstrip().endswith("?")
    return asked and _QUESTION_OPENING.match(text, sentence.start) is not None


def _reduced_passive(
    text: str, start: int, cue: tuple[int, int], prev: re.Match[str] | None
) -> bool:
    """Whether a past participle after a common noun, with "by" after it, modifies the noun.

    "islets claimed by both countries", "the remarks made by": a reduced
    passive relative clause, whose noun reports nothing.
    """
    if prev is None or not text[start:cue[1]].lower().endswith("ed"):
        return False
    word = prev.group(1)
    return word.islower() and word not in lx.PRONOUNS and _BY.match(text, cue[1]) is not None and (
        text[start - 1 : start] == " ")


def _right_after_subject(ctx: _Context, pos: int, sentence: Sentence) -> bool:
    """Return whether a mention ends just before ``pos`` (maybe with an adverb between)."""
    stretch = ctx.text[max(sentence.start, pos - 60) : pos]
    match = re.search(r"(?:\s+(?:also|[a-z]+ly|again|still|now))?\s+\Z", stretch)
    end = pos - (len(match.group(0)) if match else 0)
    return any(m.end == end for m in ctx.mentions_in(sentence.start, end))


def _chain(ctx: _Context, subject: Mention, sentence: Sentence) -> list[Mention]:
    """Return the list a subject belongs to ("the workers, ... and some civic groups")."""
    inside = [m for m in ctx.mentions_in(sentence.start, sentence.end)
              if m.end <= sentence.end and not ctx.in_quote(m.start, m.end)]
    inside.sort(key=lambda m: (m.start, -(m.end - m.start)))
    top: list[Mention] = []
    for mention in inside:
        if top and mention.start < top[-1].end:
            continue
        top.append(mention)
    if subject not in top:
        return [subject]
    index = top.index(subject)
    chain = [subject]
    k = index
    while k > 0 and _LIST_GAP.fullmatch(ctx.text[top[k - 1].end : top[k].start]):
        chain.insert(0, top[k - 1])
        k -= 1
    k = index
    while k + 1 < len(top) and _LIST_GAP.fullmatch(ctx.text[top[k].end : top[k + 1].start]):
        chain.append(top[k + 1])
        k += 1
    return chain


def _names(mention: Mention) -> list[str | None]:
    """Return the speakers a subject names: its members, its entity, or ``None``.

    Commentators named by a common noun ("Analysts say", "experts warned")
    are an unnamed source, whose speaker ANNOTATION.md writes ``null``.
    """
    if mention.members:
        return list(mention.members)
    if mention.kind is MentionKind.GROUP and _commentators(mention.entity or ""):
        return [None]
    return [mention.entity]


_COMMENTATORS = frozenset({
    "analysts", "experts", "observers", "critics", "commentators", "pundits", "scholars",
    "academics", "economists", "watchers", "specialists",
})
"""Heads of an unnamed group of commentators ("Analysts say"), unlike actors ("protesters")."""


def _commentators(name: str) -> bool:
    """Whether a group's name is a common noun for commentators ("some analysts")."""
    words = name.split()
    return bool(words) and name[:1].islower() and words[-1].lower() in _COMMENTATORS


def _usable(mention: Mention) -> bool:
    """Return whether a subject identifies a source (an unresolved "he" does not)."""
    if mention.entity is None:
        return mention.kind is MentionKind.DESCRIPTION  # an unnamed source
    return True


def find_statements(
    document: Document,
    segmentation: Segmentation,
    mentions: Mentions,
    quotes: tuple[Quote, ...],
) -> tuple[Statement, ...]:
    """Find sentences of reported speech that hold no full direct quote.

    :param document: the article.
    :param segmentation: the sentences (statements span whole sentences).
    :param mentions: resolved mentions (the sources).
    :param quotes: the attributed quotes; a sentence with a direct quote is
        not a statement.
    :returns: the statements, in text order.
    """
    text = document.text
    quoted = [(q.span.start, q.span.end) for q in quotes]
    quoted += quoted_regions(text, segmentation)
    ctx = _Context(document, segmentation, mentions, quoted)
    direct = sorted((q.span.start, q.span.end) for q in quotes if q.kind is QuoteKind.DIRECT)
    direct_starts = [start for start, _end in direct]
    direct_reach: list[int] = []  # direct_reach[k]: the furthest end of direct[0..k]
    for _start, end in direct:
        direct_reach.append(max(end, direct_reach[-1]) if direct_reach else end)
    results: list[Statement] = []
    for sentence in segmentation.sentences:
        # A direct quote overlaps the sentence: it starts before the sentence
        # ends and ends after it starts.
        before_end = bisect.bisect_left(direct_starts, sentence.end)
        if before_end and direct_reach[before_end - 1] > sentence.start:
            continue
        if not re.search(r"[.?!:;\"”’')]\s*\Z", text[sentence.start : sentence.end]) and (
            not _headline(segmentation, sentence) and not _summary_bullet(text, segmentation,
                                                                          sentence)
        ):
            continue  # a caption or a list line, not a sentence; the headline counts
        found = _sentence_speakers(ctx, sentence)
        if found is None:
            continue
        speakers, best = found
        results.append(Statement(
            span=Span(document.id, sentence.start, sentence.end),
            speakers=tuple(speakers),
            cue=text[best[0] : best[1]],
            cue_span=Span(document.id, best[0], best[1]),
        ))
    return tuple(results)


def _headline(segmentation: Segmentation, sentence: Sentence) -> bool:
    """Whether ``sentence`` is the headline: the first sentence, after furniture only.

    A wire's slug ("(LEAD) ...") or a time stamp line may come before it.
    """
    return sentence is segmentation.sentences[0] and all(
        p.furniture is not None for p in segmentation.paragraphs[: sentence.paragraph]
    )


def _summary_bullet(text: str, segmentation: Segmentation, sentence: Sentence) -> bool:
    """Whether ``sentence`` is a summary bullet under the headline ("* Seoul says ...").

    Wire stories list their main points as bullets before the report; only
    the headline, other bullets and furniture come before one.
    """
    if not SUMMARY_BULLET.match(text, sentence.start):
        return False
    headline = segmentation.sentences[0].paragraph
    return all(
        p.furniture is not None or number == headline or SUMMARY_BULLET.match(text, p.start)
        for number, p in enumerate(segmentation.paragraphs[: sentence.paragraph])
    )


def _sentence_speakers(
    ctx: _Context, sentence: Sentence
) -> tuple[list[str | None], tuple[int, int]] | None:
    """Return the speakers of a sentence and the cue that reports them, if any."""
    text = ctx.text
    speakers: list[str | None] = []
    chosen: tuple[int, int] | None = None
    according: tuple[int, int] | None = None
    for cue in _cues(ctx, sentence):
        if text[cue[0] : cue[1]].lower().startswith("according"):
            after = _ACCORDING.match(text, cue[0])
            source = ctx.mention_at(after.end() if after else cue[1])
            if source is None or not _usable(source):
                continue
            according = according or cue
            for name in _names(source):
                if name not in speakers:
                    speakers.insert(0, name)
            continue
        passive_by = re.search(r"\sby\Z", text[cue[0] : cue[1]])
        subject = (ctx.mention_at(cue[1] + 1) if passive_by
                   else ctx.subject(cue[0], sentence.start))
        if subject is None or not _usable(subject):
            continue
        chosen = chosen or cue
        for member in _chain(ctx, subject, sentence):
            if not _usable(member) or (member.entity is None and member is not subject):
                continue
            for name in _names(member):
                if name not in speakers:
                    speakers.append(name)
    best = according or chosen
    if best is None or not speakers:
        return None
    return speakers, best
