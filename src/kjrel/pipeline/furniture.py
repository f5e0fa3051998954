"""Page furniture: datelines, bylines, captions, credits, link lists, prompts.

Furniture is text that sits on a news page without being part of the
report: the ``SEOUL (Reuters) -`` dateline, ``By Jane Doe``, a photo
caption, ``(Reporting by ...; Editing by ...)``, a ``READ MORE`` link, a
newsletter prompt. The ``segment`` stage asks this module four questions:

* :func:`classify_paragraph`: is a whole paragraph furniture, and of what kind?
* :func:`dateline_prefix`: does a paragraph open with a dateline, and where
  does the report's own text begin?
* :func:`wire_slug_prefix`: does a headline open with a wire's slug
  ("(LEAD)"), and where do its own words start?
* :func:`trailing_credit`: does a paragraph end with a credit such as
  ``(Yonhap)`` or ``— Kyodo``, and where does it begin?

The rules are patterns kept as data in the tables below. They are
deliberately conservative: a sentence that merely mentions Reuters, a photo
or a newsletter is not furniture. Every pattern is anchored at one end of
the paragraph and bounded, and is only ever run on a bounded slice of it,
so the cost per paragraph is constant.
"""

from __future__ import annotations

import re
from typing import Final

from kjrel.pipeline.temporal_lexicon import (
    MONTHS,
    TIME_ZONES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from kjrel.pipeline.types import FurnitureKind

__all__ = [
    "DATELINE_PATTERNS",
    "PARAGRAPH_END_PATTERNS",
    "PARAGRAPH_START_PATTERNS",
    "SUMMARY_BULLET",
    "TRAILING_CREDIT_PATTERNS",
    "classify_paragraph",
    "dateline_prefix",
    "is_heading_line",
    "is_link_header",
    "is_linked_headline",
    "trailing_credit",
    "wire_slug_prefix",
]

_HEAD: Final = 400
"""How many leading characters of a paragraph the start patterns see."""
_TAIL: Final = 200
"""How many trailing characters of a paragraph the end patterns see."""

_DASH: Final = r"(?:--|-|–|—|:)"
_WORD: Final = r"[A-Za-z0-9.'’\-]{1,30}"
_PLACE_TAIL: Final = rf"(?:,\s?{_WORD}(?: {_WORD}){{0,3}}){{0,3}}"

DATELINE_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    # SEOUL (Reuters) -  /  TOKYO, Sept 6 (Reuters) -  /  Tokyo, Japan ( Kyodo/ XY) –
    # SEOUL, Sept. 6 (Yonhap) --  /  SEOUL, South Korea (AP) —
    re.compile(
        rf"[A-Z][A-Za-z.'’/\-]{{1,30}}(?: [A-Za-z.'’/\-]{{1,30}}){{0,3}}{_PLACE_TAIL}"
        rf"\s{{0,3}}\(\s{{0,3}}[A-Z][^()\n]{{0,60}}\)\s{{0,3}}{_DASH}\s*"
    ),
    # TOKYO -  /  NEW YORK, Sept. 6 --  (the place in capitals, the dash spaced)
    re.compile(
        rf"[A-Z][A-Z.'’/\-]{{1,30}}(?: [A-Z][A-Z.'’/\-]{{1,30}}){{0,3}}{_PLACE_TAIL}"
        r"\s{1,3}(?:--|-|–|—)\s+"
    ),
    # TOKYO—  (the place in capitals, an unspaced long dash)
    re.compile(r"[A-Z][A-Z.'’/\-]{1,30}(?: [A-Z][A-Z.'’/\-]{1,30}){0,3}(?:—|--)\s*"),
)
"""Datelines at the start of the first paragraphs of the body (matched at
the start; the match ends after the dash and the white space after it)."""

_DATE_WORDS: Final[frozenset[str]] = frozenset({
    "am", "pm", "a.m", "p.m", "updated", "published", "posted", "created", "modified", "last",
    "on", "at", "date", "time", "issue", "edition",
    *MONTHS, *WEEKDAYS, *WEEKDAY_ABBREVIATIONS, *(zone.lower() for zone in TIME_ZONES),
})
"""Words a date-and-time line may hold (lower case, without periods)."""

_UPDATE_SLUGS: Final = r"LEAD|\d(?:st|nd|rd|th) LD|URGENT"
"""A wire's slugs for a new version of a story: "(LEAD)", "(2nd LD)", "(URGENT)"."""

PARAGRAPH_START_PATTERNS: Final[tuple[tuple[FurnitureKind, int, re.Pattern[str]], ...]] = (
    # Timestamps: "Updated: 18:19 JST, September 6, 2024", "Published on Sept. 6, 2024"
    (
        FurnitureKind.DATELINE,
        120,
        re.compile(
            r"(?:Last [Uu]pdated|LAST UPDATED|Updated|UPDATED|Published|PUBLISHED|Posted|"
            r"POSTED|Created|Modified|Date)\b\s{0,3}(?:on|at)?\s{0,3}[:\-]?\s{0,3}[^\n]{0,80}\d"
        ),
    ),
    # Photo captions
    (
        FurnitureKind.CAPTION,
        800,
        re.compile(
            r"(?:FILE PHOTO|FILE PICTURE|File photo|File Photo|PHOTO|Photo|PHOTOS|Photos|"
            r"IMAGE|Image|PICTURE|Picture|CAPTION|Caption)\s{0,3}(?:[:|]|-\s)|"
            r"(?:PHOTO GALLERY|Photo gallery|Photo Gallery)\b"
        ),
    ),
    (FurnitureKind.CAPTION, 800, re.compile(r"FILE\s{0,3}(?:-|–|—)\s")),
    (
        FurnitureKind.CAPTION,
        500,
        re.compile(
            r"(?:In this (?:file |handout |undated |pool )?(?:photo|picture|image)|"
            r"This (?:file |handout |undated |pool )?(?:photo|picture|image|screen grab|"
            r"screenshot)(?:,| taken| provided| released| shows| captured| obtained))"
        ),
    ),
    (
        FurnitureKind.CAPTION,
        300,
        re.compile(r"(?:Courtesy of|COURTESY OF|Photo by|Photo courtesy)\s"),
    ),
    # Credits
    (
        FurnitureKind.CREDIT,
        600,
        re.compile(
            r"[(\[]?\s{0,3}(?:Additional |ADDITIONAL |Further )?(?:[Rr]eporting|REPORTING|"
            r"[Ww]riting|WRITING|[Ee]diting|EDITING)\s(?:by|BY)\s"
        ),
    ),
    (
        FurnitureKind.CREDIT,
        120,
        re.compile(r"[(\[]?(?:Edited|Written|Compiled|Translated|Produced|Researched) by [A-Z]"),
    ),
    (
        FurnitureKind.CREDIT,
        60,
        re.compile(
            r"(?:(?:KYODO|Kyodo|JIJI|Jiji|REUTERS|Reuters|AP|AFP|Bloomberg|YONHAP|Yonhap|"
            r"Xinhua|EPA|Getty Images)(?:,\s?|\s?/\s?|\s(?:and|&)\s)?){1,5}\s{0,3}\Z"
        ),
    ),
    (
        FurnitureKind.CREDIT,
        60,
        re.compile(
            r"(?:—|--|–|-)\s{0,3}(?:Kyodo|KYODO|Yonhap|YONHAP|Reuters|REUTERS|AP|AFP|Jiji|JIJI|"
            r"Xinhua|Bloomberg|Nikkei|Kyodo News|Jiji Press)\b"
        ),
    ),
    (
        FurnitureKind.CREDIT,
        400,
        re.compile(
            r"(?:Copyright\b|COPYRIGHT\b|©|\([Cc]\) \d{4}|All [Rr]ights [Rr]eserved|"
            r"ALL RIGHTS RESERVED|Our Standards:|The Thomson Reuters Trust Principles|"
            r"Contact (?:the )?(?:writer|reporter|author|editor)s?\b|"
            r"This (?:article|story|report) (?:was|is|has been) (?:first |originally )?"
            r"(?:published|updated|corrected|adapted|translated|produced)|"
            rf"\(END\)|\((?:{_UPDATE_SLUGS})\)\s{{0,3}}\Z|"
            r"={1,3}\s{0,2}(?:Kyodo|KYODO)\b|"
            # a wire's note to editors: "(ATTN: ADDS comments in para 5)", "(Adds quotes)"
            r"\((?:ATTN|ATTENTION|EDS|Eds\.?|EDITORS)\s?:|"
            r"\((?:Adds|ADDS|Updates|UPDATES|Recasts|RECASTS|Rewrites|Refiles|Corrects|"
            r"CORRECTS)\b[^()\n]{0,160}\)\s{0,3}\Z|"
            r"(?:Associated Press|AP|Reuters|Kyodo|AFP|Yonhap|Nikkei|Bloomberg) (?:staff )?"
            r"(?:writers?|reporters?|correspondents?|journalists?|video journalists?)\s[^\n]{0,200}"
            r"contributed\b|[\w.+\-]{1,64}@[\w\-]{1,64}(?:\.[\w\-]{1,64}){1,4}\s{0,3}\Z)"
        ),
    ),
    # Link lists
    (
        FurnitureKind.LINK,
        600,
        re.compile(
            r"(?:READ MORE|READ ALSO|ALSO READ|RELATED(?: ARTICLES?| STORIES| NEWS| COVERAGE)?|"
            r"POPULAR ARTICLES?|MOST READ|MOST VIEWED|MOST POPULAR|RECOMMENDED|TRENDING|"
            r"SEE ALSO|EDITOR'S PICKS?|EDITOR’S PICKS?|TOP STORIES|MORE FROM|MORE ON)\b"
        ),
    ),
    (
        FurnitureKind.LINK,
        600,
        re.compile(
            r"(?:Read [Mm]ore|Also [Rr]ead|Read [Aa]lso|Related(?: [Aa]rticles?| [Ss]tories| "
            r"[Nn]ews| [Cc]overage| [Tt]opics| [Ll]inks)?|Popular [Aa]rticles?|Most [Rr]ead|"
            r"Most [Vv]iewed|Most [Pp]opular|Recommended(?: [Aa]rticles?| [Ss]tories| for you)?|"
            r"Trending(?: [Nn]ow)?|See [Aa]lso|Editor['’]s [Pp]icks?|Top [Ss]tories|"
            r"You [Mm]ay [Aa]lso [Ll]ike|More [Ff]rom [^\n:]{1,40}|More [Oo]n [^\n:]{1,40})"
            r"\s{0,3}(?:[:：|»>]|[\-–—]\s|$|[“\"‘'])"
        ),
    ),
    # Prompts
    (
        FurnitureKind.PROMPT,
        250,
        re.compile(
            r"(?:Sign up|SIGN UP|Signup|Subscribe\b|SUBSCRIBE\b|Share this|SHARE THIS|"
            r"Share on\b|Click here|CLICK HERE|Tap here|Follow us\b|FOLLOW US\b|"
            r"Follow (?:The |the )?[A-Z][\w&.]{1,30}(?: [A-Z][\w&.]{1,30}){0,3} on\b|"
            r"(?:Follow|Find(?: more of)?) [A-Z]{1,10}['’]s [^\n]{0,60}(?:coverage|news) "
            r"(?:at|on)\b|"
            r"(?:KEYWORDS?|Keywords?)\s{0,2}[:|]?\s{0,2}\Z|"
            r"Download (?:our|the)\b|Get (?:our|the) (?:newsletter|app|latest)|"
            r"Join (?:our|us on)\b|Register (?:now|for free|to)\b|Log ?in\b|"
            r"Already a subscriber|(?:Advertisement|ADVERTISEMENT)\s{0,3}\Z|Story continues|"
            r"Continue reading|Listen to (?:this|the) (?:article|story)|"
            r"(?:WATCH|Watch|VIDEO|Video|Tags?|TAGS?|Topics?|TOPICS?)\s{0,2}:|"
            r"Email this|Print this|Send (?:us )?(?:a )?(?:news )?tip|"
            r"Support (?:our|independent|quality) journalism|"
            r"Please (?:direct|send) (?:any )?(?:questions|comments|inquiries)|"
            r"(?:Get|Receive) (?:breaking|the latest|our)|"
            r"(?:Newsletter|NEWSLETTER)\s{0,3}(?:[:|]|\Z))"
        ),
    ),
)
"""Whole-paragraph furniture recognised at the paragraph's start:
``(kind, longest paragraph it applies to, pattern)``. The length bound keeps
a long paragraph of report that happens to start with "Photo" or
"Related" from being thrown away."""

PARAGRAPH_END_PATTERNS: Final[tuple[tuple[FurnitureKind, int, re.Pattern[str]], ...]] = (
    # a line that ends with a bare web address is a link
    (FurnitureKind.LINK, 250, re.compile(r"(?:https?://|www\.)[^\s]{1,200}\s*\Z")),
    # a subscription pitch ending in its call to action
    (
        FurnitureKind.PROMPT,
        500,
        re.compile(
            r"(?:SUBSCRIBE NOW|Subscribe now|Subscribe [Tt]oday|SIGN UP NOW|Sign up now|"
            r"Sign up here|\(CLICK TO ENLARGE\))\s{0,3}[.!]?\s*\Z"
        ),
    ),
    (
        FurnitureKind.CAPTION,
        800,
        re.compile(
            r"(?:(?:Pool|POOL)\s(?:via|VIA)\s[A-Z][\w ]{0,30}|(?:via|VIA)\s(?:REUTERS|Reuters|AP|"
            r"AFP|Getty Images|EPA|EPA-EFE|Yonhap|Kyodo)|REUTERS/[A-Z][^\n/]{1,40}"
            r"(?:/[A-Za-z ]{1,20})?|\(AP Photo(?:/[^()\n]{0,80})?\)|\((?:Photo|PHOTO|Image)"
            r"(?::| by| courtesy of| from| provided by)[^()\n]{1,80}\)|\(PHOTO NOT FOR SALE\)"
            r"(?: \(Yonhap\))?|\((?:Yonhap|Kyodo|Reuters|AP|AFP|Pool|Xinhua|EPA)"
            r" (?:[Pp]hoto|[Ff]ile [Pp]hoto)\)|\[[A-Z][A-Z0-9 ,.'’/&\-]{1,40}\]|"
            r"\|\s{0,3}[A-Z][A-Z ./&\-]{1,40}|(?:/|\|)\s{0,3}(?:Getty Images|AFP|EPA|Xinhua|"
            r"Yonhap|Kyodo|Jiji|Reuters|AP)|(?:Yonhap|Kyodo|Reuters|Korea Times|Korea Herald|"
            r"Jiji) (?:[Pp]hoto|[Ff]ile [Pp]hoto)(?: by [A-Z][\w .'’\-]{1,40})?|"
            r"[(\[]Courtesy of [^()\[\]\n]{1,80}[)\]]|(?:^|[.|/]\s{0,3})Courtesy of [^\n.]{1,80}|"
            r"\((?:Photo|Image) (?:by|courtesy of) [^()\n]{1,80}\))\s*\Z"
        ),
    ),
)
"""Whole-paragraph furniture recognised at the paragraph's end (photo
credits that close a caption), with the longest paragraph they apply to."""

TRAILING_CREDIT_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(
        r"\s*\((?:Yonhap|Kyodo|Reuters|AP|AFP|END|Xinhua|Jiji|Bloomberg|Nikkei|YONHAP|KYODO)\)\s*\Z"
    ),
    re.compile(r"\s*(?:—|--|–)\s{0,3}(?:Kyodo|KYODO|Yonhap|Reuters|AP|AFP|Jiji|Xinhua)\s*\Z"),
    re.compile(r"\s*\((?:Additional )?[Rr]eporting by [^()\n]{1,300}\)\s*\Z"),
)
"""Credits printed at the end of a paragraph of report (``... the ministry
said. (Yonhap)``): the paragraph stays, the credit is set aside."""

_BYLINE_START: Final = re.compile(r"(?:By|BY)\s+[A-Z]")
_BYLINE_SMALL: Final[frozenset[str]] = frozenset(
    {
        "and", "in", "of", "the", "de", "da", "van", "von", "der", "bin", "al", "for", "staff",
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
        "news", "editor", "contributor", "columnist",
    }
)
_BYLINE_SPLIT: Final = re.compile(r"[,|/;]|\s+")
_PARENS: Final = re.compile(r"\([^()\n]{0,80}\)|\[[^\[\]\n]{0,80}\]")


def _is_byline(para: str) -> bool:
    """``By Jane Doe``, ``By Jane Doe, Kyodo News``, ``By JANE DOE and JOHN ROE``."""
    if len(para) > 120 or not _BYLINE_START.match(para):
        return False
    rest = _PARENS.sub(" ", para[2:])
    if rest.rstrip().endswith((".", "!", "?")) and not re.search(r"\b[A-Z]\.\Z", rest.rstrip()):
        return False
    words = [w for w in _BYLINE_SPLIT.split(rest) if w]
    if not words or len(words) > 14:
        return False
    for word in words:
        bare = word.strip(".'’-")
        if not bare:
            continue
        if bare.lower() in _BYLINE_SMALL:
            continue
        if "@" in bare:
            continue
        if not bare[0].isupper():
            return False
    return True


_DATE_TOKEN: Final = re.compile(r"[A-Za-z.]+|\d+|[:,/()\-–|]|\S")


def _is_date_line(para: str) -> bool:
    """Tell a short line holding only a date and/or a time (``Sept. 6, 2024 18:19 JST``)."""
    if len(para) > 60 or not any(c.isdigit() for c in para):
        return False
    for token in _DATE_TOKEN.findall(para):
        if token.isdigit() or token in ":,/()-–|":
            continue
        if token.strip(".").lower() in _DATE_WORDS:
            continue
        return False
    return True


def _is_standalone_dateline(para: str) -> bool:
    """Tell a paragraph that is nothing but a dateline (``SEOUL (Reuters) -``, ``TOKYO``)."""
    if len(para) > 80:
        return False
    for pattern in DATELINE_PATTERNS:
        match = pattern.match(para)
        if match and match.end() >= len(para.rstrip()):
            return True
    stripped = para.strip()
    return (
        len(stripped) <= 30
        and stripped.replace(" ", "").replace(",", "").isalpha()
        and stripped.isupper()
        and len(stripped.split()) <= 3
    )


def classify_paragraph(paragraph: str, *, near_top: bool = False) -> FurnitureKind | None:
    """Return the kind of furniture ``paragraph`` is, or ``None`` for report.

    :param paragraph: the paragraph's text, without surrounding white space.
    :param near_top: whether the paragraph comes before any paragraph of
        report; a bare place name in capitals counts as a dateline only there.
    """
    if not paragraph:
        return None
    if _is_byline(paragraph):
        return FurnitureKind.BYLINE
    if _is_date_line(paragraph):
        return FurnitureKind.DATELINE
    head = paragraph[:_HEAD]
    for kind, longest, pattern in PARAGRAPH_START_PATTERNS:
        if len(paragraph) <= longest and pattern.match(head):
            return kind
    tail = paragraph[-_TAIL:]
    for kind, longest, pattern in PARAGRAPH_END_PATTERNS:
        if len(paragraph) <= longest and pattern.search(tail):
            return kind
    if near_top and _is_standalone_dateline(paragraph):
        return FurnitureKind.DATELINE
    return None


HEADING_LENGTH: Final = 60
"""The longest line read as a heading of a part ("SEOUL, May 7", "May 7, 2023 - Seoul")."""


def is_heading_line(line: str) -> bool:
    """Whether a line is short and ends no sentence: a heading of a part of the text.

    "JOHANNESBURG, Nov. 23" above a caption, "May 7, 2023 - Seoul" above a
    timeline's entry.
    """
    line = line.strip()
    return 0 < len(line) <= HEADING_LENGTH and line[-1] not in ".!?\"”"


def is_link_header(paragraph: str) -> bool:
    """Tell whether ``paragraph`` is a bare list header (``READ MORE``, ``Related:``, ``Tags``).

    The paragraphs right after such a header that look like headlines
    (:func:`is_linked_headline`) are furniture of the same kind (links, or
    a prompt's list of tags).
    """
    bare = paragraph.strip().rstrip(":：|»>-–— ")
    if not bare or len(bare) > 40:
        return False
    kind = classify_paragraph(paragraph)
    return kind in {FurnitureKind.LINK, FurnitureKind.PROMPT} and len(bare.split()) <= 4


_HEADLINE_MARKS: Final = "\"“”„«»‘’'"


def is_linked_headline(paragraph: str) -> bool:
    """Tell whether ``paragraph`` looks like a headline in a link list.

    A headline is short (at most 160 characters and 24 words) and is either
    wholly inside quotation marks or does not end with a full stop.
    """
    text = paragraph.strip()
    if not text or len(text) > 160 or len(text.split()) > 24:
        return False
    if text[0] in _HEADLINE_MARKS and text[-1] in _HEADLINE_MARKS:
        inner = text[1:-1]
        return not any(mark in inner for mark in "\"“”")
    if ". " in text:
        return False
    return not text.rstrip(_HEADLINE_MARKS).endswith((".", "!", ":", ";", ",", ")"))


def dateline_prefix(paragraph: str) -> int:
    """Return the length of the dateline that opens ``paragraph`` (0 if none).

    The length covers the dash and the white space after it, so the report's
    own text starts at that offset. A match that would leave nothing of the
    paragraph, or that is not followed by a capital letter, digit or
    quotation mark, is not a dateline.
    """
    head = paragraph[:_HEAD]
    for pattern in DATELINE_PATTERNS:
        match = pattern.match(head)
        if match is None:
            continue
        end = match.end()
        if end >= len(paragraph):
            continue
        following = paragraph[end]
        if following.isupper() or following.isdigit() or following in "\"“‘'«(":
            return end
    return 0


SUMMARY_BULLET: Final = re.compile(r"[*•·▪]\s")
"""The mark of a summary bullet at the top of a wire story ("* Seoul says pact ..."):
report, not furniture, listed before the dateline."""

# A wire's slug before its headline: "(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)".
_WIRE_SLUG: Final = re.compile(
    rf"\s{{0,3}}\((?:{_UPDATE_SLUGS}|News Focus|News Analysis|"
    r"(?:Yonhap|Kyodo) (?:Interview|Feature)|CORRECTED|Correction)\)\s{1,3}"
)


def wire_slug_prefix(paragraph: str) -> int:
    """Return the length of the wire slug that opens a headline (0 if none).

    "(LEAD) Moon, Abe agree to ..." is a headline the slug only labels: the
    slug is furniture, the words after it are the headline's own text.
    """
    match = _WIRE_SLUG.match(paragraph)
    if match is None or match.end() >= len(paragraph):
        return 0
    following = paragraph[match.end()]
    return match.end() if following.isupper() or following.isdigit() or following in "\"“‘'" else 0


def trailing_credit(paragraph: str) -> int:
    """Return where a credit closing ``paragraph`` starts (``len(paragraph)`` if none).

    Several credits in a row (``... said. (Pool photo) (Yonhap)``) are all
    set aside; the returned offset is before the white space that precedes
    the first of them.
    """
    end = len(paragraph)
    for _ in range(4):
        tail_start = max(0, end - 400)
        tail = paragraph[tail_start:end]
        for pattern in TRAILING_CREDIT_PATTERNS:
            match = pattern.search(tail)
            if match is not None and match.start() > 0:
                end = tail_start + match.start()
                break
        else:
            break
    return end
