"""The courses of action a commitment verb governs, one string each.

"agreed to restart the dialogue and to expand exchanges" gives two courses;
a course too general to be an agreement ("strengthen ties") is dropped, and
one that only repeats an instrument already recorded ("agreed on the text of
a joint statement") is left to that instrument.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kjrel.pipeline import agreement_rules as rules
from kjrel.pipeline import agreement_syntax as syntax
from kjrel.pipeline import agreement_text as at
from kjrel.pipeline import events_lexicon as lex
from kjrel.pipeline.agreement_context import Context
from kjrel.pipeline.syntax.wordclass import ADJECTIVES

__all__ = ["course_texts", "courses", "listed_courses"]


def courses(
    ctx: Context, index: int, verb: int, verb_end: int, named: Sequence[tuple[int, int, bool]]
) -> list[str]:
    """Return the courses of action the commitment verb at ``verb`` governs, one string each."""
    text = ctx.text
    end_of_sentence = ctx.sentences[index].end
    spans = syntax.course_spans(ctx.parse(index), verb)
    if spans:
        pieces = [(piece, _end_of(text, piece, start))
                  for start, end in spans if not _repeats_instrument(text, start, end, named)
                  for piece in (_complement_course(text, start, end),)]
    else:
        piece = at.object_list(text, verb_end, end_of_sentence)
        at_ = text.find(piece, verb_end) if piece else -1
        pieces = [] if at_ >= 0 and _repeats_instrument(
            text, at_, at_ + len(piece), named) else [(piece, _end_of(text, piece, verb_end))]
    return course_texts(ctx, index, pieces)


def _complement_course(text: str, start: int, end: int) -> str:
    """Return the course of the span ``[start, end)``, through a parenthetical in its subject.

    "that Japan and the ROK, together with the United States, would continue
    to cooperate ...": the commas around "together with ..." set off part of
    the subject; the course runs on through its modal.
    """
    piece = at.object_list(text, start, end)
    modal = _COURSE_MODAL.search(text, start, end)
    if modal is None or text.find(piece, start) + len(piece) > modal.start():
        return piece
    return f"{text[start : modal.start()].strip()} {at.object_list(text, modal.start(), end)}"


_COURSE_MODAL = re.compile(r"\b(?:would|will|should|shall|must)\b")


def course_texts(ctx: Context, index: int, pieces: Sequence[tuple[str, int]]) -> list[str]:
    """Return the courses of action in ``pieces`` (text, where it ends), one string each."""
    text = ctx.text
    end_of_sentence = ctx.sentences[index].end
    courses: list[str] = []
    for piece, end in pieces:
        for part in (p for item in at.split_objects(piece) for p in _split_base_verbs(item)):
            # The field may follow a parenthetical ("work closely together, and
            # with the United States, in responding to ..."): read past the piece.
            last = piece.rstrip().endswith(part.strip())
            after = text[end:end_of_sentence] if last else ""
            what = re.sub(r"^\s*to\s+", "", part).strip().strip("\"“”'’ ")
            if len(what.split()) < 2 or _too_general(what, after):
                continue
            if _too_general(at.THAT_SUBJECT.sub("", what), after):
                continue  # "agreed that their governments would step up cooperation"
            if _too_general(what):
                what = (what + after).rstrip(" .")  # the field is part of the course
            courses.append(what)
    return courses


_LIST_MARK = re.compile(r"\s*(?:[-–—•*·▪]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+")
"""A list item's mark: a dash or bullet, "1.", "(2)", "a)"."""


def listed_courses(ctx: Context, index: int, verb_end: int) -> list[tuple[int, str]]:
    """Return the courses a commitment verb introduces with a colon, one per list item.

    "Kishida and Yoon agreed:" then "- to restart the strategic dialogue;"
    and "- to open a consultation on economic security": each item is a
    course of action of the verb, with its sentence index.
    """
    text = ctx.text
    if not text[verb_end : ctx.sentences[index].end].strip().startswith(":"):
        return []
    found: list[tuple[int, str]] = []
    for item in range(index + 1, len(ctx.sentences)):
        sentence = ctx.sentences[item]
        mark = _LIST_MARK.match(text, sentence.start, sentence.end)
        if mark is None:
            break
        what = re.sub(r"^to\s+", "", text[mark.end() : sentence.end].strip().rstrip(";.,"))
        if len(what.split()) >= 2 and not _too_general(what):
            found.append((item, what.removesuffix(" and").strip()))
    return found


def _end_of(text: str, piece: str, start: int) -> int:
    """Return where ``piece`` (found from ``start``) ends in ``text``."""
    found = text.find(piece, start) if piece else -1
    return start if found < 0 else found + len(piece)


def _repeats_instrument(
    text: str, start: int, end: int, named: Sequence[tuple[int, int, bool]]
) -> bool:
    """Whether the course from ``start`` to ``end`` is an instrument already recorded.

    A named commitment inside it ("agreed to a 'duty to consult'"), or an
    instrument it only names, concludes or resizes ("agreed on the text of a
    joint statement", "agreed to sign a memorandum", "to lift the swap lines
    to $70 billion"); not one it otherwise acts on ("agreed to restore GSOMIA").
    """
    inside = [(s, commitment) for s, e, commitment in named if s < end and start < e]
    if not inside:
        return False
    if any(commitment for _, commitment in inside):
        return True
    words = re.findall(r"[\w'’-]+", text[start:end].casefold())
    head = next((w for w in words if w not in {"to", "on", "also", "jointly", "formally"}), "")
    if head in _REVIVE_WORDS and "swap" in words:
        return True  # a swap arrangement revived is a new arrangement (ANNOTATION.md: mou)
    return (head in rules.CONCLUDE_WORDS or head in rules.RESIZE_WORDS
            or head in {"the", "a", "an", "their", "its"})


_REVIVE_WORDS = frozenset({"revive", "resume", "renew", "reinstate", "restart", "restore"})


_MANNER = r"(?:\s+(?:together|closely|further|more|hand\s+in\s+hand))*"


_QUALIFIER = (
    r"\s*(?:,\s*)?(?:on|in|within|under|at|over|regarding|concerning|against|toward|towards|"
    r"for|through|"
    r"based\s+on|so\s+that|so\s+as|in\s+order|as\s+(?!well\b)|"
    r"to\s+(?:counter|respond|deal|address|tackle|mark|prepare))\b"
)


_QUALIFIED = re.compile(_MANNER + r"\s*(?:,\s*(?:and\s+)?with\s+[^,.;]{1,80},\s*)?" + _QUALIFIER,
                        re.IGNORECASE)
"""What qualifies a general course: its field ("on North Korea", "in a stable
manner", ", and with Washington, in countering ..."), purpose ("so that ...",
"for a stable region", "to mark ...") or setting ("as the two countries
prepare ...")."""


_PARTNERED = re.compile(_MANNER + r"\s+(?:between|among|with)\b", re.IGNORECASE)
"""Partners that qualify cooperation, exchanges or communication ("between their
governments"), though not the relationship itself ("relations between their countries")."""


_OPEN_TIME = re.compile(
    r"[^,.;]{0,40}?\b(?:at\s+an\s+early\s+date|as\s+soon\s+as\s+possible|at\s+the\s+earliest|"
    r"whenever|in\s+person|regularly|frequently|more\s+often|every|each\s+year|annually)\b",
    re.IGNORECASE,
)
"""A time that no planned meeting fixes: agreeing to meet "at an early date" or
"whenever the chance arises" is a course of action, agreeing to meet in Tokyo
in May only schedules a meeting."""


_RELATIONSHIP = frozenset({"ties", "relations", "relationship", "friendship"})


def _too_general(what: str, after: str = "") -> bool:
    """Whether a course is too general to be an agreement ("strengthen ties").

    A general course is one when something qualifies it, in its own words or
    just after them (``after``): a field or purpose (``_QUALIFIED``), partners
    of its cooperation (``_PARTNERED``), or for a meeting, a time no
    scheduled meeting fixes (``_OPEN_TIME``). The bare relationship
    ("strengthen bilateral ties"), its momentum, a meeting's preparations,
    a meeting fixed in time or place and agreeing to disagree are not
    courses of action.
    """
    match = lex.GENERAL_COMMITMENT.match(what)
    if match is None:
        return False
    if any(w not in lex.GENERIC_MODIFIERS for w in (match.group("mods") or "").lower().split()):
        return False  # "expand youth exchanges": the programme is named
    words = match.group(0).lower().split()
    rest, at_ = what + after, match.end()
    if {"momentum", "preparation", "preparations", "disagree"} & set(words):
        return True
    purpose = _PURPOSE.match(rest, at_)
    if purpose is not None and words[-1] in _MANNER_WORDS and _TARGET.search(
        rest, purpose.end()
    ):
        # "work together to lift bilateral trade to $30 billion by 2020": a target
        # makes the way of working a course, unless the purpose is general itself
        return _too_general(rest[purpose.end() :])
    if (purpose is not None and words[0] not in _SCHEDULING and words[-1] not in _MANNER_WORDS
            and _VERB_AND_OBJECT.match(rest, purpose.end())):
        # "strengthen cooperation to keep supply chains stable": the purpose is the field
        # (not "restore cooperation to normal": no verb and object)
        return _too_general(rest[purpose.end() :])
    if words[0] in _SCHEDULING:
        return not _OPEN_TIME.match(rest, at_)
    if words[-1] not in _RELATIONSHIP and _PARTNERED.match(rest, at_):
        return False
    return not _QUALIFIED.match(rest, at_)


_SCHEDULING = frozenset({"hold", "have", "meet"})

_MANNER_WORDS = frozenset({"together", "closely", "hand"})
"""Last words of a course that is only a way of working ("work together", "hand in hand")."""

_PURPOSE = re.compile(r"\s+to\s+(?=[a-z])")
"""A purpose infinitive right after a way of working ("work together to lift ...")."""

_VERB_AND_OBJECT = re.compile(r"[a-z]+\s+[\w$]")
"""A purpose infinitive's verb and the first word after it ("keep supply", "stabilize the")."""

_TARGET = re.compile(r"\d")
"""A figure in a purpose: a target ("to $30 billion", "by 2020"), not an aim ("to guard
against threats")."""


_AND = re.compile(rf"\s+{at.COURSE_JOINER}\s+")


def _split_base_verbs(what: str) -> list[str]:
    """Split "hold exercises and fully activate a system" at a coordinated verb of action."""
    parts: list[str] = []
    start = 0
    for match in _AND.finditer(what):
        if _NOUN_BEFORE_PURPOSE.match(what, match.end()):
            continue  # "cooperation and exchange to mark ...": a noun, then a purpose
        if _adjective_pair(what, match):
            continue  # "a free and open Indo-Pacific": two adjectives, one course
        if lex.COURSE_VERBS.match(", " + what[match.end() :]):
            parts.append(what[start : match.start()])
            start = match.end()
    parts.append(what[start:])
    return [part.strip() for part in parts if part.strip()]


_NOUN_BEFORE_PURPOSE = re.compile(r"[a-z]+\s+to\s+[a-z]")


def _adjective_pair(what: str, joint: re.Match[str]) -> bool:
    """Whether the words either side of ``joint`` are two adjectives of one noun."""
    before = what[: joint.start()].split()
    after = what[joint.end() :].split()
    return (bool(before) and len(after) >= 2 and before[-1].casefold() in ADJECTIVES
            and after[0].casefold() in ADJECTIVES)
