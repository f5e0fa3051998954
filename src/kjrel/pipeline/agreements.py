"""Stage 8: agreements and commitments.

Needs the segmentation, the mentions, the temporal expressions, the
summits found by stage 7 and the gazetteer; makes one
:class:`~kjrel.models.Agreement` per instrument or commitment the article
reports or mentions.

Rules:

* **Instruments** are found by the patterns of
  :data:`~kjrel.pipeline.events_lexicon.INSTRUMENTS`: well-known instruments
  (the 1965 treaty, the 1998 joint declaration, GSOMIA, the 2015 "comfort
  women" agreement, the Camp David documents) with their kind, year and
  parties; and generic forms (a memorandum of understanding, a joint
  statement or declaration, a named kind of agreement, a treaty). "Signed an
  agreement to ..." is a signed instrument, folded into a memorandum or
  treaty signed at the same event when the article names one.
* **Commitments** are courses of action the governments agreed on together:
  "agreed to", "promised to", "pledged to", "confirmed their commitment to"
  after a plural subject ("the two sides", "Kishida and Yoon", "they").
  General reaffirmations ("renewed their commitment to deepening
  ties", "work together", "continue ...") are not commitments, and a
  commitment stated in a sentence that names a joint statement or
  declaration belongs to that instrument.
* **Event**: a sentence that is evidence of a summit (or follows one) is
  about that meeting: its date dates the agreement and its participants'
  countries are the parties. Other sentences default to the article's main
  meeting, unless they name their own year.
* **Status**: ``signed`` when signing is reported at the reported event,
  ``agreed`` for what the reported event adopted, ``proposed`` for what is
  still to come, ``referenced`` for instruments of earlier events.
* **Evidence**: every sentence naming the instrument, definite references
  ("The MOU ...", "The agreement, ...") to the instrument named most
  recently, and for commitments the sentences that repeat their content words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import define, field

from kjrel.gazetteer import Gazetteer
from kjrel.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Document,
    PartialDate,
    Span,
    Summit,
    SummitStatus,
    TemporalExpression,
)
from kjrel.pipeline import events_lexicon as lex
from kjrel.pipeline.references import LeaderRef, country_refs, leader_refs, timex_date
from kjrel.pipeline.regions import clause_of, region_of
from kjrel.pipeline.types import Mentions, Segmentation, Sentence

__all__ = ["find_agreements"]

_YEAR_NEAR = re.compile(
    r"(?:(?:signed|reached|concluded|adopted|agreed|issued|in)\s+(?:in\s+)?)?((?:19|20)\d\d)\b"
)
_GENERIC_YEAR_AGREEMENT = re.compile(
    r"\b((?:19|20)\d\d)\s+(?:\w+\s+)?(?:agreement|accord|pact|deal)\b"
    r"|\b(?:agreement|accord|pact|deal)\s+(?:was\s+)?(?:signed|reached|concluded)\s+in\s+"
    r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"\s+(?:on|for|to|regarding|concerning|over|about|between)\s+[^,.;:()\"“”]{1,90}"
)
_OBJECT_END = re.compile(
    r"[,;:.]|\s+(?:and|but|while|as|after|before|during|when|though)\s+(?:also\s+)?"
    r"(?:confirmed|promised|agreed|pledged|vowed|signed|reaffirmed|expressed|discussed|"
    r"exchanged|shared|decided|affirmed|called|said|stressed|noted|welcomed|held)\b",
    re.IGNORECASE,
)
_STEM_STOP = frozenset(
    {
        "agree", "agreed", "about", "after", "their", "these", "those", "which", "would",
        "could", "other", "countries", "country", "between", "bilateral", "japan",
        "korea", "korean", "japanese", "south", "north", "leaders", "sides", "together",
        "continue", "promised", "pledged", "confirmed", "commitment", "during", "ways",
        "start", "further", "under", "through", "within", "toward", "towards",
        "cooperation", "cooperate", "working", "efforts",
    }
)
_FUTURE = re.compile(
    r"\b(?:will|would|plan(?:s|ned)? to|expected to|set to|to be signed|proposed|"
    r"propose[sd]?|suggest(?:ed|s)?|offered|seeking|seek)\b",
    re.IGNORECASE,
)
_CAPITAL_PAIR = re.compile(
    r"\b([A-Z][a-z]+) and ([A-Z][a-z]+)\b"
)


@define
class _Record:
    title: str
    kind: AgreementKind
    parties: tuple[str, ...]
    date: PartialDate | None
    status: AgreementStatus
    sentences: set[int] = field(factory=set)
    first: int = 0
    event: int | None = None
    generic: bool = False
    bare: bool = False
    stems: frozenset[str] = frozenset()
    known: int | None = None


_STEM_SYNONYMS = {
    # Words reporters use interchangeably for the same agreed course.
    "speed": "hasten", "accele": "hasten", "expedi": "hasten", "hasten": "hasten",
    "negoti": "talks", "consul": "talks", "discus": "talks", "talks": "talks",
}


def _stems(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z]{5,}", text.casefold())
    return frozenset(
        _STEM_SYNONYMS.get(word[:6], word[:6]) for word in words if word not in _STEM_STOP
    )


def _summit_countries(summit: Summit, gazetteer: Gazetteer) -> tuple[str, ...]:
    codes: set[str] = set()
    for name in summit.participants:
        leader = gazetteer.lookup(name, summit.date.earliest() if summit.date else None)
        if leader is not None:
            codes.add(leader.country)
    return tuple(sorted(codes))


def _compound_countries(text: str) -> tuple[str, ...]:
    codes: set[str] = set()
    for match in lex.COUNTRY_COMPOUND.finditer(text):
        parts = re.split(r"[-–]", match.group(1))
        found = [lex.COMPOUND_PARTS.get(p.casefold().strip(), "") for p in parts]
        if all(found) and len(set(found)) >= 2:
            codes.update(found)
    return tuple(sorted(codes))


def _subject_countries(text: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[str, ...]:
    """Countries named as a pair in a subject ("Seoul and Tokyo", "Japan and South Korea")."""
    codes: list[str] = []
    for match in _CAPITAL_PAIR.finditer(text, start, end):
        a = gazetteer.country_of(match.group(1)) or lex.VENUES.get(match.group(1).casefold())
        b = gazetteer.country_of(match.group(2)) or lex.VENUES.get(match.group(2).casefold())
        if a and b and a != b:
            codes.extend((a, b))
    if not codes:
        window = country_refs(text, start, end, gazetteer)
        joined = text[start:end]
        if re.search(r"\band\b", joined) and len({c for _, c in window}) >= 2:
            codes.extend(c for _, c in window)
    return tuple(sorted(set(codes)))


def _plural_subject(
    text: str, sentence: Sentence, position: int, gazetteer: Gazetteer, names: frozenset[str]
) -> bool:
    """Return whether the verb at ``position`` has a plural subject of governments.

    A pair of capitalised words ("Kishida and Yoon", "Seoul and Tokyo")
    counts only when both are leaders' names, countries or capitals.
    """
    start = max(sentence.start, position - 140)
    window = _QUOTED.sub(" ", text[start:position])
    cut = max(window.rfind(". "), window.rfind("; "), window.rfind('"'), window.rfind("“"))
    if cut >= 0:
        window = window[cut + 1 :]
    if re.search(r"\bI\s+(?:\w+\s+){0,3}$", window):
        return False
    for match in lex.PLURAL_SUBJECT.finditer(window):
        found = match.group(0)
        if " and " not in found or found.split()[0].casefold() in ("the", "both"):
            return True
        first, _, second = found.partition(" and ")
        if all(
            side.casefold() in ("he", "she")
            or side.split()[-1] in names
            or gazetteer.country_of(side) is not None
            or gazetteer.country_of(side.split()[-1]) is not None
            or "counterpart" in side
            for side in (first, second)
        ):
            return True
    return False


def _object(text: str, start: int, end: int) -> str:
    limit = min(end, start + 160)
    stop = _OBJECT_END.search(text, start, limit)
    stretch = text[start : stop.start() if stop else limit]
    stretch = _LEADING_DATE.sub("", stretch)
    stretch = re.sub(r"^\s*to\s+", "", stretch)  # "agreed on Thursday to ..."
    return stretch.strip().strip("\"“”'’ ")


def _object_list(text: str, start: int, end: int) -> str:
    """Return the object of a commitment verb, through a list of actions.

    "set up a hotline, hold annual exercises and fully activate ..." comes
    back as "set up a hotline and to hold annual exercises and to fully
    activate ...", which :func:`_split_objects` splits in three.
    """
    parts = [_object(text, start, end)]
    cursor = start
    for _ in range(8):
        limit = min(end, cursor + 160)
        stop = _OBJECT_END.search(text, cursor, limit)
        if stop is None or text[stop.start()] != ",":
            break
        item = lex.COURSE_VERBS.match(text, stop.start(), end)
        if item is None:
            break
        verb_start = item.end() - len(item.group(0).split()[-1])
        cursor = verb_start
        parts.append(_object(text, verb_start, end))
    if len(parts) == 1:
        return parts[0]
    last = parts[-1]
    inner = re.split(r"\s+and\s+(?=(?:also |jointly |fully |further )?[a-z]+\s)", last, maxsplit=1)
    if len(inner) == 2 and lex.COURSE_VERBS.match(", " + inner[1]):
        parts[-1:] = inner
    return " and to ".join(part.strip() for part in parts if part.strip())


def _told_after(
    day: PartialDate | None,
    is_main: bool,
    sentence_dates: Sequence[tuple[int, PartialDate]],
    verb: int,
) -> bool:
    """Return whether a meeting is dated only after the commitment verb.

    As in "agreed to set up a hotline, first agreed when they met in Phnom
    Penh in November 2022": that background meeting is not the one at
    which the commitment was made.
    """
    if day is None or is_main:
        return False
    spots = [at for at, d in sentence_dates if d.overlaps(day)]
    return bool(spots) and min(spots) > verb


def _year_for(text: str, start: int, end: int, sentence: Sentence) -> int | None:
    inside = re.search(r"\b((?:19|20)\d\d)\b", text[start:end])
    if inside:
        return int(inside.group(1))
    before = text[max(sentence.start, start - 12) : start]
    prior = re.search(r"\b((?:19|20)\d\d)\s*$", before)
    if prior:
        return int(prior.group(1))
    after = _YEAR_NEAR.match(text, end, min(sentence.end, end + 30))
    after = after or re.match(r"\s+(?:\w+\s+){0,2}?(?:in\s+)((?:19|20)\d\d)\b", text[end:])
    if after:
        return int(after.group(1))
    return None


_CURRENT_DAYS = 14
_RECENT_DAYS = 3
_LEADING_DATE = re.compile(
    r"^\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r'"[^"\n]{0,300}"|“[^”\n]{0,300}”')
_DATE_TAIL = re.compile(
    r"\s+(?:on|in|at|by|since|from|until)\s+(?:the\s+)?(?:\d|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|last|this|next|"
    r"early|late|mid)"
)
_DATE_LINK = re.compile(
    r"[\s,]*(?:(?:which|that)\s+)?(?:was\s+|were\s+|had been\s+)?(?:first\s+|originally\s+)?"
    r"(?:signed|adopted|reached|concluded|issued|announced|agreed|struck)"
    r"(?:\s+\w+){0,4}?\s*(?:in|on)?\s*$"
    r"|\s*(?:of|in|from)\s*$",
    re.IGNORECASE,
)
_NOT_YET = re.compile(
    r"\b(?:talks|negotiations|consultations|discussions|work)\s+(?:on|for|toward|towards|over)"
    r"\s+(?:[\w'’-]+\s+){0,4}$|\btowards?\s+(?:[\w'’-]+\s+){0,3}$"
    r"|\b(?:pursue|pursuing|seek|seeking|negotiate|negotiating|push for|pushing for|aim for)"
    r"\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _own_date(
    text: str,
    sentence: Sentence,
    start: int,
    end: int,
    timexes: Sequence[TemporalExpression],
) -> PartialDate | None:
    """Return the date an instrument's own words give it ("signed in October 1998")."""
    for timex in timexes:
        if start <= timex.span.start < end:
            date = timex_date(timex)
            if date is not None:
                return date
    year = _year_for(text, start, end, sentence)
    for timex in timexes:
        if not end <= timex.span.start <= min(sentence.end, end + 45):
            continue
        between = text[end : timex.span.start]
        if "," in between.strip(", ") or "." in between:
            continue
        if _DATE_LINK.fullmatch(between):
            date = timex_date(timex)
            if date is not None and (year is None or date.year == year):
                return date
    if year is None:
        # "visited Tokyo on Aug 23, when the two sides issued a joint ...":
        # the date the "when" clause stands for.
        whens = list(_WHEN_CLAUSE.finditer(text, max(sentence.start, start - 80), start))
        if whens and not re.search(r"[,;]", text[whens[-1].end() : start]):
            when = whens[-1].start()
            for timex in timexes:
                if 0 <= when - timex.span.end <= 2:
                    date = timex_date(timex)
                    if date is not None:
                        return date
    return None if year is None else PartialDate(year)


_WHEN_CLAUSE = re.compile(r",\s*when\b", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
_THAT_SUBJECT = re.compile(
    r"^(?:[\w'’-]+\s+){1,5}?(?:would|should|will|must|could)\s+(?:\w+ly\s+)?", re.IGNORECASE
)
_HEADLINE_END = re.compile(r"[.!?\"”’)]\s*$")


def _is_headline(text: str, sentence: Sentence) -> bool:
    """Return whether ``sentence`` is an article's headline.

    That is a first line standing alone without closing punctuation
    ("Takaichi and Lee agree to continue shuttle diplomacy").
    """
    line_end = text.find("\n", sentence.start)
    if line_end < 0 or text[sentence.start : line_end].strip() == "":
        return False
    return sentence.end <= line_end + 1 and not _HEADLINE_END.search(
        text[sentence.start : line_end]
    )


def _split_objects(what: str) -> list[str]:
    """Split "resume X and to restore Y" into its commitments."""
    parts = re.split(r",?\s+and\s+(?:to|also to|then to)\s+", what)
    return [part.strip() for part in parts if part.strip()]


def _sentence_date(
    text: str,
    sentence: Sentence,
    position: int,
    timexes: Sequence[TemporalExpression],
) -> PartialDate | None:
    region = region_of(text, sentence, position)
    best: tuple[int, PartialDate] | None = None
    for timex in timexes:
        if not sentence.start <= timex.span.start < sentence.end:
            continue
        if region_of(text, sentence, timex.span.start) != region:
            continue
        date = timex_date(timex)
        if date is None:
            continue
        gap = abs(timex.span.start - position)
        if best is None or gap < best[0]:
            best = (gap, date)
    return None if best is None else best[1]


def find_agreements(
    document: Document,
    segmentation: Segmentation,
    mentions: Mentions,
    timexes: tuple[TemporalExpression, ...],
    summits: tuple[Summit, ...],
    gazetteer: Gazetteer,
) -> tuple[Agreement, ...]:
    """Find agreements and commitments between governments.

    One :class:`~kjrel.models.Agreement` per instrument or commitment, in
    order of first mention; see the module docstring for the rules.
    """
    text = document.text
    sentences = segmentation.sentences
    published = document.published

    # Which meeting each sentence is about.
    by_sentence: dict[int, int] = {}
    starts = {s.start: i for i, s in enumerate(sentences)}
    for number, summit in enumerate(summits):
        for span in summit.evidence:
            index = starts.get(span.start)
            if index is not None and span.doc_id == document.id:
                by_sentence.setdefault(index, number)
    current_summits = [
        n
        for n, summit in enumerate(summits)
        if summit.date is not None and (published - summit.date.latest()).days <= _CURRENT_DAYS
    ]
    main = current_summits[0] if current_summits else (0 if summits else None)
    summit_countries = [_summit_countries(s, gazetteer) for s in summits]
    refs = leader_refs(document, mentions, gazetteer)
    leader_words = frozenset(
        word
        for ref in refs
        for word in (*ref.leader.name.split(), text[ref.start : ref.end].split()[-1])
    )
    article_countries: list[str] = []
    for ref in refs:
        if ref.leader.country not in article_countries:
            article_countries.append(ref.leader.country)
    default_parties = (
        summit_countries[0]
        if summits and len(summit_countries[0]) >= 2
        else tuple(sorted(article_countries[:2]))
        if len(article_countries) >= 2
        else tuple(sorted(lex.DEFAULT_COUNTRIES))
    )

    sentence_refs: dict[int, list[LeaderRef]] = {}
    for ref in refs:
        found = segmentation.sentence_at(ref.start)
        if found is not None:
            sentence_refs.setdefault(starts[found.start], []).append(ref)

    evidence_of: dict[int, list[int]] = {}
    for number, summit in enumerate(summits):
        for span in summit.evidence:
            found_index = starts.get(span.start)
            if found_index is not None and span.doc_id == document.id:
                evidence_of.setdefault(found_index, []).append(number)

    def events_of(index: int) -> list[int]:
        return list(dict.fromkeys(evidence_of.get(index, ())))

    def event_of(index: int) -> int | None:
        chunk = text[sentences[index].start : sentences[index].end]
        if lex.TRIPLE_PLURAL.search(chunk) or lex.TRILATERAL_WORDS.search(chunk):
            threes = [n for n, c in enumerate(summit_countries) if len(c) >= 3]
            near = [n for n in (*events_of(index), *events_of(index - 1)) if n in threes]
            if near or threes:
                return (near or threes)[0]
        if index in by_sentence:
            return by_sentence[index]
        if index - 1 in by_sentence:
            return by_sentence[index - 1]
        return main

    def current(event: int | None) -> bool:
        if event is None:
            return True
        summit = summits[event]
        if summit.date is None:
            return event == main
        lag = (published - summit.date.latest()).days
        return lag <= _RECENT_DAYS or (event == main and lag <= _CURRENT_DAYS)

    # Timexes sorted by start, so that each sentence looks only at its own.
    ordered_timexes = sorted(timexes, key=lambda t: t.span.start)
    timex_starts = [t.span.start for t in ordered_timexes]
    records: list[_Record] = []
    for index, sentence in enumerate(sentences):
        chunk = text[sentence.start : sentence.end]
        local = ordered_timexes[
            bisect.bisect_left(timex_starts, sentence.start) : bisect.bisect_left(
                timex_starts, sentence.end
            )
        ]
        taken: list[tuple[int, int]] = []
        taken_kinds: list[tuple[int, int, AgreementKind]] = []
        event = event_of(index)
        headline = index == 0 and _is_headline(text, sentence)
        # Instruments.
        for pattern_number, pattern in enumerate(lex.INSTRUMENTS):
            for match in pattern.pattern.finditer(text, sentence.start, sentence.end):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                taken.append((match.start(), match.end()))
                taken_kinds.append((match.start(), match.end(), AgreementKind(pattern.kind)))
                if _NOT_YET.search(text[max(sentence.start, match.start() - 50) : match.start()]):
                    continue  # "talks on a free trade agreement": not concluded
                if lex.NEGATED_INSTRUMENT.search(
                    text, max(sentence.start, match.start() - 40), match.start()
                ):
                    continue  # "they did not issue a joint statement"
                kind = AgreementKind(pattern.kind)
                tail = _TAIL.match(text, match.end(), sentence.end)
                if tail is not None and _DATE_TAIL.match(tail.group(0)):
                    tail = None
                title_end = tail.end() if tail else match.end()
                head = text[max(sentence.start, match.start() - 40) : match.start()]
                lead = re.search(
                    r"((?:(?:19|20)\d\d|[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+)\s+)+$", head
                )
                title_start = match.start() - (len(lead.group(0)) if lead else 0)
                title = text[title_start:title_end].strip()
                bare = tail is None and lead is None and len(match.group(0)) <= 12
                definite = _DEFINITE.search(
                    text, max(sentence.start, match.start() - 6), match.start()
                )
                if bare and not pattern.parties and definite:
                    earlier = [r for r in records if r.kind is kind and r.first < index]
                    if earlier:
                        # "the treaty": the instrument of that kind named before.
                        max(earlier, key=lambda r: max(r.sentences)).sentences.add(index)
                        continue
                own = _own_date(text, sentence, title_start, title_end, local)
                if own is None and pattern.kind == "treaty" and not pattern.parties:
                    generic_year = _GENERIC_YEAR_AGREEMENT.search(chunk)
                    if generic_year:
                        own = PartialDate(int(generic_year.group(1) or generic_year.group(2)))
                named_countries = _compound_countries(title) or (
                    _subject_countries(text, sentence.start, match.start(), gazetteer)
                    if kind is AgreementKind.COMMITMENT
                    else ()
                )
                if pattern.named_parties and len(named_countries) < 2:
                    continue  # "Samsung's chip deal, reached in July": no governments
                parties = (
                    _compound_countries(title)
                    or pattern.parties
                    or (
                        _subject_countries(text, sentence.start, match.start(), gazetteer)
                        if kind is AgreementKind.COMMITMENT
                        else ()
                    )
                    or (summit_countries[event] if event is not None else ())
                    or default_parties
                )
                event_date = summits[event].date if event is not None else None
                own_year = own is not None and (
                    event_date is None or not event_date.overlaps(own)
                )
                date: PartialDate | None
                signed = lex.SIGNING_WORDS.search(
                    text,
                    max(sentence.start, match.start() - 60),
                    min(sentence.end, match.end() + 30),
                )
                recent_day = (
                    _sentence_date(text, sentence, match.start(), local)
                    if signed is not None and own is None and not current(event)
                    else None
                )
                if recent_day is not None and not (
                    recent_day.day is not None
                    and 0 <= (published - recent_day.earliest()).days <= _RECENT_DAYS
                ):
                    recent_day = None
                if recent_day is not None:
                    # "South Korea and Japan on Wednesday signed a pact ...":
                    # signed on a reported day, whatever meeting is discussed.
                    date = recent_day
                    at_event = True
                elif own is not None and own_year:
                    date = own
                    lag = (published - own.latest()).days
                    at_event = 0 <= lag <= _RECENT_DAYS or (
                        lag <= _CURRENT_DAYS and main is not None and current(main)
                    )
                elif own is None and pattern.parties and (
                    pattern.year is None
                    or event_date is None
                    or event_date.year > pattern.year
                    or not current(event)
                ) and not (signed and current(event)):
                    date = None  # a well-known instrument cited without a date
                    at_event = False
                elif event is not None:
                    date = summits[event].date
                    at_event = current(event)
                else:
                    date = _sentence_date(text, sentence, match.start(), local)
                    at_event = True
                if not at_event:
                    status = AgreementStatus.REFERENCED
                elif _FUTURE.search(
                    text, max(sentence.start, match.start() - 40), match.start()
                ):
                    status = AgreementStatus.PROPOSED
                elif signed is not None:
                    status = AgreementStatus.SIGNED
                else:
                    status = AgreementStatus.AGREED
                records.append(
                    _Record(
                        title=title,
                        kind=kind,
                        parties=tuple(sorted(set(parties))),
                        date=date,
                        status=status,
                        sentences={index},
                        first=index,
                        event=event if not own_year else None,
                        bare=bare,
                        stems=_stems(title),
                        known=pattern_number if pattern.parties else None,
                    )
                )
        # Generic signed agreements ("signed an agreement to ...").
        for match in lex.SIGNED_AGREEMENT.finditer(text, sentence.start, sentence.end):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            tail_text = _object(text, match.end(), sentence.end)
            noun = re.search(
                r"(agreements?|pacts?|accords?|deals?|frameworks?|arrangements?|declarations?)$",
                match.group(0),
            )
            title = (noun.group(1) if noun else "agreement") + (
                " " + tail_text if tail_text else ""
            )
            parties = (summit_countries[event] if event is not None else ()) or default_parties
            date = summits[event].date if event is not None else _sentence_date(
                text, sentence, match.start(), local
            )
            framework = noun is not None and noun.group(1).startswith(("framework", "arrangement"))
            declaration = noun is not None and noun.group(1).startswith("declaration")
            records.append(
                _Record(
                    title=title,
                    kind=AgreementKind.JOINT_DECLARATION
                    if declaration
                    else AgreementKind.MOU
                    if framework
                    else AgreementKind.TREATY,
                    parties=tuple(sorted(set(parties))),
                    date=date,
                    status=AgreementStatus.SIGNED if current(event) else AgreementStatus.REFERENCED,
                    sentences={index},
                    first=index,
                    event=event,
                    generic=True,
                    stems=_stems(title),
                )
            )
        joint_instrument = lex.IN_JOINT_INSTRUMENT.search(chunk) is not None
        # Agreements reached without a signed text ("announced an accord").
        for match in lex.REACHED_AGREEMENT.finditer(text, sentence.start, sentence.end):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            noun = re.search(r"(\w+)$", match.group(0))
            tail_text = _object(text, match.end(), sentence.end)
            title = (noun.group(1) if noun else "agreement") + (
                " " + tail_text if tail_text else ""
            )
            own = _sentence_date(text, sentence, match.start(), local)
            reached_event = event
            if own is not None and event is not None and (
                summits[event].date is None or not summits[event].date.overlaps(own)  # type: ignore[union-attr]
            ):
                reached_event = None
            date = own if reached_event is None else summits[reached_event].date
            recent = date is None or (published - date.latest()).days <= _CURRENT_DAYS
            parties = (
                _subject_countries(text, sentence.start, match.start(), gazetteer)
                or (summit_countries[reached_event] if reached_event is not None else ())
                or default_parties
            )
            records.append(
                _Record(
                    title=title,
                    kind=AgreementKind.COMMITMENT,
                    parties=tuple(sorted(set(parties))),
                    date=date,
                    status=AgreementStatus.AGREED if recent else AgreementStatus.REFERENCED,
                    sentences={index},
                    first=index,
                    event=reached_event,
                    stems=_stems(title),
                )
            )
        # Commitments.
        general = [(m.start(), m.end()) for m in lex.UNILATERAL_OR_GENERAL.finditer(chunk)]
        for match in lex.COMMITMENT_VERBS.finditer(text, sentence.start, sentence.end):
            offset = match.start() - sentence.start
            if any(s <= offset < e for s, e in general):
                continue
            if joint_instrument or not _plural_subject(
                text, sentence, match.start(), gazetteer, leader_words
            ):
                continue
            clause = clause_of(text, sentence, match.start())
            named = {
                r.leader.country
                for r in sentence_refs.get(index, ())
                if max(sentence.start, match.start() - 140) <= r.start < match.start()
                and clause_of(text, sentence, r.start) == clause
            }
            nearby = [*events_of(index), *events_of(index - 1)]
            clause_dates = [
                d
                for t in local
                if sentence.start <= t.span.start < min(sentence.end, match.end() + 25)
                and clause_of(text, sentence, t.span.start) == clause
                for d in (timex_date(t),)
                if d is not None
            ]
            by_date = [
                n
                for n in nearby
                if summits[n].date is not None
                and any(d.overlaps(summits[n].date) for d in clause_dates)  # type: ignore[arg-type]
            ]
            by_people = [n for n in nearby if len(named) >= 2 and set(summit_countries[n]) == named]
            sentence_dates = [
                (t.span.start, d)
                for t in local
                if sentence.start <= t.span.start < sentence.end
                for d in (timex_date(t),)
                if d is not None
            ]

            background = {
                n
                for n in {*events_of(index), *([] if event is None else [event])}
                if _told_after(summits[n].date, n == main, sentence_dates, match.start())
            }
            here = [n for n in events_of(index) if n not in background]
            commitment_event = event
            subject = text[max(sentence.start, match.start() - 60) : match.start()]
            three = lex.TRIPLE_PLURAL.search(subject) or lex.TRILATERAL_WORDS.search(subject)
            if by_date:
                commitment_event = by_date[0]
            elif three and event is not None and len(summit_countries[event]) >= 3 and not (
                event in background
                and main is not None
                and current(main)
                and len(summit_countries[main]) >= 3
            ):
                commitment_event = event
            elif three and main is not None and len(summit_countries[main]) >= 3:
                commitment_event = main
            elif by_people:
                commitment_event = by_people[0]
            elif main is not None and current(main) and not (
                here and current(here[0]) and here[0] != main
            ):
                commitment_event = main
            elif here:
                commitment_event = here[0]
            if (
                commitment_event is not None
                and not by_date
                and index not in evidence_of
                and any(
                    at < match.end()
                    and (
                        not d.overlaps(summits[commitment_event].date)  # type: ignore[arg-type]
                        or summits[commitment_event].status is SummitStatus.PLANNED
                    )
                    for at, d in sentence_dates
                )
            ):
                # "Moon and Suga agreed Thursday to ..." (by phone) in an
                # article whose meetings are on other days: the act of its
                # own date.
                commitment_event = None
            parties = tuple(sorted(named)) if by_people and not by_date else ()
            if commitment_event is None and len(named) >= 2:
                parties = tuple(sorted(named))  # the countries of the leaders who agreed
            parties = parties or (
                summit_countries[commitment_event] if commitment_event is not None else ()
            ) or (
                _subject_countries(text, sentence.start, match.start(), gazetteer)
                or default_parties
            )
            date = (
                summits[commitment_event].date
                if commitment_event is not None
                else _sentence_date(text, sentence, match.start(), local)
            )
            before = text[max(sentence.start, match.start() - 40) : match.start()]
            if lex.PROPOSAL_VERBS.search(match.group(0)) or _FUTURE.search(before):
                status = AgreementStatus.PROPOSED
            elif current(commitment_event):
                status = AgreementStatus.AGREED
            else:
                status = AgreementStatus.REFERENCED
            whole = _object_list(text, match.end(), sentence.end)
            named_commitments = [
                (s, e)
                for s, e, k in taken_kinds
                if k is AgreementKind.COMMITMENT and match.end() <= s < match.end() + len(whole) + 5
            ]
            if headline:
                continue  # a headline's commitment is the lead's, told again
            for what in _split_objects(whole):
                if len(what.split()) < 2 or lex.GENERAL_COMMITMENT.match(what):
                    continue
                if lex.GENERAL_COMMITMENT.match(_THAT_SUBJECT.sub("", what)):
                    continue  # "agreed that their governments would step up cooperation"
                if any(text[s:e] in what for s, e in named_commitments):
                    continue  # "agreed to a 'duty to consult'": the named commitment itself
                records.append(
                    _Record(
                        title=what,
                        kind=AgreementKind.COMMITMENT,
                        parties=tuple(sorted(set(parties))),
                        date=date,
                        status=status,
                        sentences={index},
                        first=index,
                        event=commitment_event,
                        stems=_stems(what),
                    )
                )

    merged = _dedupe(records)
    _extend_evidence(text, sentences, merged, ordered_timexes)
    # What the leaders agreed at a meeting whose joint statement or declaration
    # the article names, without a commitment of its own, is that document.
    committed = {i for r in merged if r.kind is AgreementKind.COMMITMENT for i in r.sentences}
    for record in merged:
        if record.kind not in (AgreementKind.JOINT_STATEMENT, AgreementKind.JOINT_DECLARATION):
            continue
        if record.event is None:
            continue
        for index, events in evidence_of.items():
            if record.event not in events or index in committed:
                continue
            chunk = text[sentences[index].start : sentences[index].end]
            if lex.COMMITMENT_VERBS.search(chunk) and abs(index - min(record.sentences)) <= 2:
                record.sentences.add(index)
    return tuple(
        Agreement(
            title=record.title,
            kind=record.kind,
            parties=record.parties,
            date=record.date,
            status=record.status,
            evidence=tuple(
                Span(document.id, sentences[i].start, sentences[i].end)
                for i in sorted(record.sentences)
            ),
        )
        for record in sorted(merged, key=lambda r: r.first)
        if len(record.parties) >= 2
    )


def _same(a: _Record, b: _Record) -> bool:
    if a.kind is not b.kind or a.parties != b.parties:
        return False
    if a.known is not None and a.known == b.known:
        # The same well-known instrument, once dated and once not.
        return a.date is None or b.date is None or a.date.overlaps(b.date)
    if (a.date is None) != (b.date is None):
        return False
    if a.date is not None and b.date is not None and not a.date.overlaps(b.date):
        return False
    if a.kind in (AgreementKind.MOU, AgreementKind.COMMITMENT):
        if a.bare or b.bare:
            return True
        return len(a.stems & b.stems) >= (1 if a.kind is AgreementKind.MOU else 2)
    return True


def _dedupe(records: list[_Record]) -> list[_Record]:
    merged: list[_Record] = []
    for record in records:
        target = next((m for m in merged if _same(m, record)), None)
        if target is None:
            merged.append(record)
            continue
        target.sentences |= record.sentences
        if target.date is None and record.date is not None:
            target.date = record.date
        if target.bare and not record.bare:
            target.title, target.bare, target.stems = record.title, False, record.stems
        if record.status is AgreementStatus.SIGNED:
            target.status = AgreementStatus.SIGNED
    # A generic signed agreement is the memorandum or treaty signed at the
    # same event, when the article names one.
    result: list[_Record] = []
    for record in merged:
        if record.generic:
            host = next(
                (
                    m
                    for m in merged
                    if m is not record
                    and not m.generic
                    and m.kind in (AgreementKind.MOU, AgreementKind.TREATY)
                    and m.status is AgreementStatus.SIGNED
                    and m.parties == record.parties
                    and m.date == record.date
                ),
                None,
            )
            if host is not None:
                host.sentences |= record.sentences
                host.first = min(host.first, record.first)
                continue
        result.append(record)
    return result


def _extend_evidence(
    text: str,
    sentences: Sequence[Sentence],
    records: list[_Record],
    timexes: Sequence[TemporalExpression],
) -> None:
    instruments = [r for r in records if r.kind is not AgreementKind.COMMITMENT]
    timex_starts = [t.span.start for t in timexes]  # sorted by start
    for index, sentence in enumerate(sentences):
        chunk = text[sentence.start : sentence.end]
        anaphor = lex.ANAPHORIC_AGREEMENT.search(chunk)
        if anaphor:
            recent = [
                r for r in records if any(0 < index - i <= 3 for i in r.sentences)
            ]
            recent = [r for r in recent if r in instruments] or [
                r for r in recent if re.search(r"accord|deal|agreement", r.title, re.IGNORECASE)
            ]
            if recent and not any(index in r.sentences for r in instruments):
                latest = max(recent, key=lambda r: max(i for i in r.sentences if i < index))
                latest.sentences.add(index)
                if latest.date is None:
                    start = sentence.start + anaphor.start()
                    latest.date = _own_date(
                        text, sentence, start, sentence.start + anaphor.end(),
                        timexes[
                            bisect.bisect_left(timex_starts, sentence.start) : bisect.bisect_left(
                                timex_starts, sentence.end
                            )
                        ],
                    )
        stems = _stems(chunk)
        for record in records:
            if record.kind is AgreementKind.COMMITMENT and len(record.stems & stems) >= 2:
                record.sentences.add(index)
