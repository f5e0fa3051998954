"""The meeting a commitment belongs to, which decides its date, parties and status."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kjrel.models import AgreementStatus, PartialDate
from kjrel.pipeline import agreement_syntax as syntax
from kjrel.pipeline import agreement_text as at
from kjrel.pipeline import events_lexicon as lex
from kjrel.pipeline.agreement_context import Context
from kjrel.pipeline.lexicon import COUNT_WORDS
from kjrel.pipeline.meetings import meeting_frames
from kjrel.pipeline.references import country_refs, timex_date
from kjrel.pipeline.syntax.clauses import Clause, ClauseKind, Parse
from kjrel.pipeline.syntax.phrases import Tag
from kjrel.pipeline.types import Sentence

__all__ = [
    "VERB_REACH",
    "clause_dates",
    "commitment_event",
    "commitment_status",
    "partners_with",
    "subject_window",
]


def commitment_event(
    ctx: Context, index: int, position: int, verb_end: int
) -> tuple[int | None, tuple[str, ...]]:
    """Return the meeting the commitment verb at ``position`` belongs to, and its parties.

    A meeting its clause dates, a trilateral meeting for "the three", the
    meeting of the leaders its subject names, else the article's main
    meeting or the meeting of its sentence; none when the sentence dates
    the commitment on another day ("agreed Thursday", by phone).
    """
    named = _named_countries(ctx, index, position)
    ministers = _ministers_pair(ctx, index, position)
    if len(named) < 2 and ministers:
        return None, ministers  # "The two ministers agreed": their own talks, not a summit
    event, parties = _event_and_parties(ctx, index, position, verb_end, named)
    if len(named) < 2 and _counted_ministers(ctx, index, position):
        return None, parties  # "The three ministers also agreed": their meeting's act
    return event, parties


def _event_and_parties(
    ctx: Context, index: int, position: int, verb_end: int, named: set[str]
) -> tuple[int | None, tuple[str, ...]]:
    """Return the meeting a commitment belongs to and its parties (see commitment_event)."""
    nearby = [*ctx.events_of(index), *ctx.events_of(index - 1)]
    dated = clause_dates(ctx, index, position, verb_end)
    by_date = [
        n for n in nearby
        if (day := ctx.summits[n].date) is not None and any(d.overlaps(day) for d in dated)
    ]
    by_people = [n for n in nearby if len(named) >= 2 and set(ctx.summit_countries[n]) == named]
    event = by_date[0] if by_date else _undated_event(ctx, index, position, by_people)
    apart = event is not None and not by_date and _dated_elsewhere(
        ctx, index, verb_end, event, dated
    )
    if apart:
        # "Moon and Suga agreed Thursday to ..." (by phone) in an article
        # whose meetings are on other days: the act of its own date.
        event = None
    # The leaders the subject names are the parties, whatever meeting the act
    # belongs to ("Yoon and Kishida agreed", after a meeting of three)
    parties: tuple[str, ...] = tuple(sorted(named)) if len(named) >= 2 else ()
    if len(named) < 2:
        start, end = subject_window(ctx, index, position)
        counted = ctx.plural_countries(start, end, counted=True)
        if len(counted) >= 2 and _other_pair(
            ctx, event, counted, bool(by_date) or event in ctx.events_of(index)
            or _opens_on_last_meeting(ctx, index, event)
        ):
            # "the two agreed" after a trilateral: the pair, not the three
            return _meeting_of(ctx, counted, nearby, main=not apart), tuple(sorted(counted))
        named = named | ctx.plural_countries(start, end)  # whom "they" stand for
    if event is None and len(named) >= 2:
        parties = tuple(sorted(named))  # the countries of the leaders who agreed
    if not parties and event is not None:
        parties = ctx.summit_countries[event]
    if not parties:
        sentence = ctx.sentences[index]
        parties = at.subject_countries(
            ctx.text, sentence.start, position, ctx.gazetteer
        ) or _counted_countries(ctx, index, position) or ctx.default_parties
    return event, parties


_MINISTERS_SUBJECT = re.compile(
    r"\b(?:[Tt]he|[Bb]oth)\s+(?:(two|three)\s+)?(?:foreign\s+|defen[cs]e\s+|trade\s+|finance\s+)?"
    r"(?:ministers|officials|diplomats|envoys|negotiators)\s+(?:also\s+)?$"
)


def _ministers_subject(ctx: Context, index: int, position: int) -> re.Match[str] | None:
    """Return the subject before a commitment verb that counts ministers ("The two ministers").

    Its group 1 is the count, when one is written.
    """
    start = ctx.sentences[index].start
    return _MINISTERS_SUBJECT.search(ctx.text, max(start, position - 50), position)


def _counted_ministers(ctx: Context, index: int, position: int) -> bool:
    """Whether the commitment's subject counts ministers or officials ("The three ministers")."""
    start = ctx.sentences[index].start
    if _ministers_subject(ctx, index, position) is not None:
        return True
    if _BARE_COUNT.search(ctx.text, max(start, position - 40), position) is None:
        return False
    # "The foreign ministers of A, B and C agreed ... Kishida said the three had also
    # agreed": a bare count after ministers, with no leader named since, is theirs
    for earlier in (index, index - 1):
        refs = [ref for ref in ctx.sentence_refs.get(earlier, []) if ref.start < position]
        if any(ref.leader.is_leader_on(ctx.published) for ref in refs
               if ref.start > start or earlier < index):
            return False
        sentence = ctx.sentences[earlier]
        if _MINISTERS_WORD.search(ctx.text, sentence.start, min(sentence.end, position)):
            return True
    return False


_BARE_COUNT = re.compile(r"\b[Tt]he\s+(?:two|three)\s+(?:had\s+|have\s+)?(?:also\s+)?$")
_MINISTERS_WORD = re.compile(r"\b(?:foreign|defen[cs]e|trade|finance)\s+ministers\b")


def _ministers_pair(ctx: Context, index: int, position: int) -> tuple[str, ...]:
    """Return the countries of "The two [three] ministers" (or "They", after two) who agreed.

    "Kang held talks with Foreign Minister Kono ... The two ministers agreed
    to ...": the commitment of Kang's and Kono's countries at their own
    talks, whatever leaders' summit the article is about.
    """
    start = ctx.sentences[index].start
    counted = _ministers_subject(ctx, index, position)
    they = _THEY_SUBJECT.match(ctx.text, start, position) is not None
    if counted is None and not they:
        return ()
    size = COUNT_WORDS[counted.group(1)] if counted is not None and counted.group(1) else 2
    for earlier in (index, index - 1):
        refs = [ref for ref in ctx.sentence_refs.get(earlier, []) if ref.start < position]
        countries = {ref.leader.country for ref in refs}
        if they and (earlier == index or ctx.events_of(earlier)
                     or any(ref.leader.is_leader_on(ctx.published) for ref in refs)):
            continue  # "They" stands for ministers only after a sentence naming no leader
        if len(countries) == size:
            return tuple(sorted(countries))
    return ()


_THEY_SUBJECT = re.compile(r"\s*They\s+(?:also\s+)?$")

_COUNTED_SIDES = re.compile(r"\b(?:the|all)\s+(two|three|four)\b[^,;]*$", re.IGNORECASE)
_COUNTED_REACH = 3  # sentences back a counted subject's countries may be named


def _counted_countries(ctx: Context, index: int, position: int) -> tuple[str, ...]:
    """Return the countries a counted subject with no people stands for ("the three sides").

    Those of the nearest sentence, this one or the few before, that names
    exactly that many countries ("The trade ministers of South Korea, China
    and Japan ... The three sides also pledged").
    """
    sentence = ctx.sentences[index]
    found = _COUNTED_SIDES.search(ctx.text, max(sentence.start, position - 60), position)
    if found is None:
        return ()
    number = COUNT_WORDS[found.group(1).casefold()]
    for earlier in range(index, max(-1, index - _COUNTED_REACH), -1):
        span = ctx.sentences[earlier]
        end = position if earlier == index else span.end
        named = {code for _, code in country_refs(ctx.text, span.start, end, ctx.gazetteer)}
        if len(named) == number:
            return tuple(sorted(named))
    return ()


def _other_pair(ctx: Context, event: int | None, counted: set[str], told: bool) -> bool:
    """Whether a counted plural subject ("the two leaders") stands for others than ``event``'s.

    A meeting of another size always yields to the mention ("the two agreed"
    after a trilateral). One of the same size yields only when its clause
    did not date it and the article tells a meeting of exactly the
    mention's countries ("With Starmer, he noted ... The two leaders
    agreed", after the meeting with Ramaphosa); ``told`` is whether the
    clause dates the meeting or its sentence tells it.
    """
    if event is None:
        return True
    met = set(ctx.summit_countries[event])
    if len(met) != len(counted):
        return True
    return met != counted and not told and any(
        set(found) == counted for found in ctx.summit_countries)


def _opens_on_last_meeting(ctx: Context, index: int, event: int | None) -> bool:
    """Whether sentence ``index`` opens "The two leaders ..." right after one that tells ``event``.

    "For Ishiba, the Friday talks went better than feared. The two leaders
    agreed to ...": the two of those talks.
    """
    if event is None or index == 0 or event not in ctx.events_of(index - 1):
        return False
    return _PAIR_ANAPHOR.match(ctx.text, ctx.sentences[index].start) is not None


def _meeting_of(
    ctx: Context, countries: set[str], nearby: Sequence[int], *, main: bool = True
) -> int | None:
    """Return the meeting of exactly ``countries`` nearby or current, else the current main one.

    A pair that agreed during a larger reported meeting agreed on its day;
    not with ``main`` false, when the sentence dates the act apart from it.
    """
    same = [n for n, found in enumerate(ctx.summit_countries) if set(found) == countries]
    current = [n for n in same if ctx.current(n)]
    found = next((n for n in [*nearby, *current] if n in same), None)
    if found is not None:  # the article's first meeting is number 0, a meeting all the same
        return found
    return ctx.main if main and ctx.main is not None and ctx.current(ctx.main) else None


def _undated_event(
    ctx: Context, index: int, position: int, by_people: Sequence[int]
) -> int | None:
    sentence: Sentence = ctx.sentences[index]
    subject = ctx.text[max(sentence.start, position - 60) : position]
    three = lex.TRIPLE_PLURAL.search(subject) or lex.TRILATERAL_WORDS.search(subject)
    # "They agreed to meet soon, and Moon accepted a proposal for a three-way
    # summit": the pair's act, not the three's
    event = ctx.event_of(index, trilateral=bool(three) or not _pair_subject(subject))
    main = ctx.main
    dates = _dates_before(ctx, index, ctx.sentences[index].end)
    background = {
        n for n in {*ctx.events_of(index), *([] if event is None else [event])}
        if at.told_after(ctx.summits[n].date, n == main, dates, position)
        or _told_since(ctx, index, ctx.summits[n].date, dates)
    }
    here = [n for n in ctx.events_of(index) if n not in background]
    countries = ctx.summit_countries
    main_current = main is not None and ctx.current(main)
    if three and event is not None and len(countries[event]) >= 3 and not ctx.current(event):
        event = _current_three_before(ctx, index) or event
    if three and event is not None and len(countries[event]) >= 3 and not (
        event in background and main_current and main is not None and len(countries[main]) >= 3
    ):
        return event
    if three and main is not None and len(countries[main]) >= 3:
        return main
    ours = _first_person_meeting(ctx, index, position)
    if ours is not None:
        return ours
    people = [n for n in by_people if n not in background or n == main]
    if people:  # not a meeting dated only after the verb ("lapsed since X met Y in 2011")
        return people[0]
    if _continues(ctx, index, event, main, here):
        return event  # "A sits down with B [in 2008]. They agree to ...": that meeting
    recent = _recent_pair_meeting(ctx, index, here)
    if recent is not None:
        return recent
    if main_current and not (here and ctx.current(here[0]) and here[0] != main):
        return main
    if here:
        return here[0]
    told = {*ctx.events_of(index), *ctx.events_of(index - 1)}
    if event is not None and event == main and event not in told:
        return None  # an old meeting the sentence does not tell: the act of the report's day
    return event


_WE = re.compile(r"\b[Ww]e\s+(?:[a-z]+\s+){0,2}$")  # "we", "We also", "we have jointly"


def _current_three_before(ctx: Context, index: int) -> int | None:
    """Return a meeting of three or more of the report's days told in the two sentences before.

    "It was the first time the three had sat together since The Hague. The
    three leaders agreed ...": the meeting just told, not the one of the past.
    """
    countries = ctx.summit_countries
    found = [n for k in (index - 1, index - 2) if k >= 0 for n in ctx.events_of(k)
             if len(countries[n]) >= 3 and ctx.current(n)]
    return found[0] if found else None


def _first_person_meeting(ctx: Context, index: int, position: int) -> int | None:
    """Return the meeting a leader's own "we" stands for: the last one his paragraph tells.

    "Following that, I held a summit meeting with President Xi ... We also
    agreed to ...": in a leader's own account, "we" are he and the partner
    of the meeting of the report's days told earlier in the same paragraph.
    """
    start = ctx.sentences[index].start
    if _WE.search(ctx.text, max(start, position - 30), position) is None:
        return None
    paragraph = ctx.sentences[index].paragraph
    for earlier in range(index, -1, -1):
        if ctx.sentences[earlier].paragraph != paragraph:
            break
        told = [n for n in ctx.events_of(earlier) if ctx.current(n)]
        if told:
            return told[-1]
    return None


def _pair_subject(subject: str) -> bool:
    """Whether the words before a commitment verb name a pair ("They also", "the two leaders")."""
    return _PAIR_WORDS.search(subject) is not None


_PAIR_WORDS = re.compile(r"\b(?:[Tt]hey|[Tt]he two(?: leaders| sides)?|[Bb]oth|the pair)\b")


_PAIR_ANAPHOR = re.compile(
    r"\s*(?:According\s+to\s+[^,]{1,60},\s+)?"
    r"(?:They|they|The two(?: leaders| sides)?|the two(?: leaders| sides)?|The leaders|Both)\b"
)
"""A sentence opened by the pair's pronoun, perhaps after its source ("According to
Yoon's office, the two leaders ...")."""


def _continues(
    ctx: Context, index: int, event: int | None, main: int | None, here: Sequence[int]
) -> bool:
    """Whether a sentence opened by "They"/"The two" goes on about the meeting just told.

    The meeting of the sentence before, in the same paragraph, when it is not
    the article's main one: the pronoun's leaders are that meeting's.
    """
    if event is None or event == main or index == 0 or (here and here[0] != event):
        return False
    if event not in ctx.events_of(index - 1):
        return False
    sentence, before = ctx.sentences[index], ctx.sentences[index - 1]
    if "\n" in ctx.text[before.end : sentence.start] and not (
        _own_paragraph(ctx, index - 1) and ctx.current(event)
    ):
        # a wire's paragraph of one sentence on a meeting of the report's days goes
        # on into the next; one on a meeting of the past is background
        return False
    if _only_a_time_point(ctx.parse(index - 1)):
        return False  # "glad to be back a year after his visit last May. The two leaders ..."
    return _PAIR_ANAPHOR.match(ctx.text, sentence.start) is not None


_PAIR_REACH = 3  # sentences back the pair's pronoun may reach for its meeting


def _recent_pair_meeting(ctx: Context, index: int, here: Sequence[int]) -> int | None:
    """Return the meeting of two a sentence opened by "They"/"The two leaders" goes on about.

    When neither it nor the sentence before tells a meeting, the pronoun's
    leaders are those of the last meeting of the report's days told a few
    sentences back ("Park held a summit with Abe. It was their second ...
    The two leaders agreed ... They agreed to ..."), not the article's first.
    """
    if here or ctx.events_of(index - 1) or _PAIR_ANAPHOR.match(
            ctx.text, ctx.sentences[index].start) is None:
        return None
    for earlier in range(index - 2, max(-1, index - 2 - _PAIR_REACH), -1):
        said = ctx.text[ctx.sentences[earlier + 1].start : ctx.sentences[index].end]
        if lex.TRIPLE_PLURAL.search(said) or lex.TRILATERAL_WORDS.search(said):
            return None  # "The three leaders discussed ... They agreed": the three
        told = [n for n in ctx.events_of(earlier) if ctx.current(n)]
        if told:
            last = told[-1]
            return last if len(ctx.summit_countries[last]) == 2 else None
    return None


def _own_paragraph(ctx: Context, index: int) -> bool:
    """Whether sentence ``index`` is a paragraph by itself."""
    sentences = ctx.sentences
    paragraph = sentences[index].paragraph
    return all(sentences[k].paragraph != paragraph
               for k in (index - 1, index + 1) if 0 <= k < len(sentences))


def _only_a_time_point(parse: Parse) -> bool:
    """Whether a sentence names its meetings only as points in time ("a year after his visit").

    Such a meeting dates something else; the sentence is not about it.
    """
    frames = [frame for _, frame in meeting_frames((parse,))]
    tokens = parse.phrases.tokens
    return bool(frames) and all(
        not frame.verbal and frame.scope is not None and frame.scope[0] > 0
        and tokens[frame.scope[0] - 1].lower in _TIME_POINT_PREPOSITIONS
        for frame in frames
    )


_TIME_POINT_PREPOSITIONS = frozenset({"after", "before", "since", "following"})


def _dated_elsewhere(
    ctx: Context, index: int, verb_end: int, event: int, dated: Sequence[PartialDate]
) -> bool:
    """Whether the sentence dates the commitment on another day than meeting ``event``.

    A date before the verb ("agreed Thursday") or in the verb's own clause
    ("the secretariat the three agreed to set up last year") that the
    meeting's date does not cover; not in a sentence that tells a meeting.
    """
    if index in ctx.evidence_of:
        return False
    summit = ctx.summits[event]
    dates = [d for _, d in _dates_before(ctx, index, verb_end)] + list(dated)
    return any(
        summit.date is None or not d.overlaps(summit.date) or summit.status.value == "planned"
        for d in dates
    )


def clause_dates(ctx: Context, index: int, position: int, verb_end: int) -> list[PartialDate]:
    """Dates inside the clause of the verb at ``position``.

    A "when" or "where" clause with none of its own takes the time of the
    clause it hangs on ("in August last year, when they agreed to ...", "held
    their first summit five years ago, where they agreed to ...").
    """
    parse = ctx.parse(index)
    clause = syntax.clause_at(parse, position)
    if clause is None:
        return []
    tokens = parse.phrases.tokens
    start, end = tokens[clause.first].start, max(tokens[clause.last].end, verb_end + VERB_REACH)
    own = [d for at_, d in _dates_before(ctx, index, end)
           if at_ >= start and not _since_phrase_before(ctx.text, start, at_)]
    if not own:
        own = _when_clause_dates(ctx, index, clause)
    for _ in range(_HOSTS_UP):
        if own or clause.governor is None or not (
            clause.opener in {"when", "where"} or _same_actors_go_on(parse, clause)
            or _shared_subject(clause, parse.clauses[clause.governor])
            or _fronted_setting(parse, parse.clauses[clause.governor])
        ):
            return own
        # "April 2008, when Lee made a visit ... and agreed with Fukuda to ...": up
        # through the conjunct to the when-clause, and on to the time it hangs on
        clause = parse.clauses[clause.governor]
        first, last = tokens[clause.first].start, tokens[clause.last].end
        own = [d for at_, d in _dates_before(ctx, index, last) if at_ >= first]
    return own


_SINCE_PHRASE = re.compile(r"\bsince\b[^,;]*$")


def _since_phrase_before(text: str, start: int, at: int) -> bool:
    """Whether a date at ``at`` is inside a "since" phrase ("the first since talks in June").

    That is the time of an earlier meeting, not of the clause's act.
    """
    return _SINCE_PHRASE.search(text, start, at) is not None


def _told_since(
    ctx: Context, index: int, day: PartialDate | None, dates: Sequence[tuple[int, PartialDate]]
) -> bool:
    """Whether a meeting is dated in sentence ``index`` only inside a "since" phrase.

    "At the summit, their first since a meeting in New York in September,
    the two agreed to ...": the meeting of September is the one before.
    """
    if day is None:
        return False
    start = ctx.sentences[index].start
    spots = [_since_phrase_before(ctx.text, start, at_) for at_, d in dates if d.overlaps(day)]
    return bool(spots) and all(spots)


VERB_REACH = 25
"""Characters after a commitment verb still read as its own clause ("agreed Thursday")."""

_HOSTS_UP = 3  # clauses up a commitment's time may be looked for


def _when_clause_dates(ctx: Context, index: int, clause: Clause) -> list[PartialDate]:
    """Dates of a when-clause that hangs on ``clause`` ("agreed on when Noda came in October")."""
    parse = ctx.parse(index)
    number = parse.clauses.index(clause)
    tokens = parse.phrases.tokens
    for other in parse.clauses[number + 1 :]:
        if other.governor == number and other.opener == "when":
            first, last = tokens[other.first].start, tokens[other.last].end
            return [d for at_, d in _dates_before(ctx, index, last) if at_ >= first]
    return []


def _fronted_setting(parse: Parse, host: Clause) -> bool:
    """Whether ``host`` is a verbless phrase fronted before a relative clause.

    "At our summit in Seoul on November 2, which was my first with President
    Park, the two of us agreed to ...": the setting's date is the act's.
    """
    return host.verb is None and host.kind is ClauseKind.MAIN and Tag.PREP in (
        parse.phrases.tags[host.first : host.last + 1])


def _shared_subject(clause: Clause, host: Clause) -> bool:
    """Whether a coordinate clause goes on with its host's subject ("visited Tokyo and agreed")."""
    return clause.kind is ClauseKind.COORDINATE and clause.subject is not None and (
        clause.subject == host.subject)


_ANAPHORIC_SUBJECTS = frozenset({"they", "we", "both", "the two", "the two leaders", "the pair"})


def _same_actors_go_on(parse: Parse, clause: Clause) -> bool:
    """Whether an "and" conjunct goes on about the same actors as the act before it.

    "spoke by telephone in September, and they agreed ...": its subject is a
    pronoun or "the two", so its time is the first act's.
    """
    if clause.kind is not ClauseKind.COORDINATE or clause.opener not in {"and", ","}:
        return False
    if clause.subject is None:
        return False
    first, last = clause.subject
    words = " ".join(parse.phrases.tokens[k].lower for k in range(first, last + 1))
    return words in _ANAPHORIC_SUBJECTS


def _dates_before(
    ctx: Context, index: int, limit: int
) -> list[tuple[int, PartialDate]]:
    return [
        (t.span.start, d)
        for t in ctx.local_timexes(index)
        if t.span.start < limit
        for d in (timex_date(t),)
        if d is not None
    ]


def _named_countries(ctx: Context, index: int, position: int) -> set[str]:
    """Return the countries of the leaders named in the subject of the verb at ``position``."""
    start, end = subject_window(ctx, index, position)
    if _JOINED_IN.search(ctx.text, end, position):
        end = position  # "A and B joined C in pledging": C pledged too
    return {r.leader.country for r in ctx.sentence_refs.get(index, ()) if start <= r.start < end}


_JOINED_IN = re.compile(r"\bjoin(?:s|ed|ing)?\b[^;]{0,80}\bin\s*$")


def subject_window(ctx: Context, index: int, position: int) -> tuple[int, int]:
    """Return the clause subject of the verb at ``position``, else the stretch before it."""
    span = syntax.subject_span(ctx.parse(index), position)
    if span is not None and span[1] <= position:
        return span
    return max(ctx.sentences[index].start, position - 140), position


def commitment_status(
    ctx: Context, index: int, position: int, event: int | None
) -> AgreementStatus:
    """Return the status of a commitment made by the verb at ``position`` at meeting ``event``.

    Proposed when the verb looks forward ("hope to agree"); agreed at a
    meeting the article reports, else referenced.
    """
    if syntax.forward(ctx.parse(index), position):
        return AgreementStatus.PROPOSED
    return AgreementStatus.AGREED if ctx.current(event) else AgreementStatus.REFERENCED


_WITH_PARTNERS = re.compile(
    r"[a-z]+(?:\s+(?:also|jointly|separately|formally))?\s+with\s+"
    r"(?P<partners>[^;:.]{1,120}?)\s+(?:to|on|that)\b"
)
"""A commitment verb's partners ("agreed with Indonesia and, separately, with Malaysia to")."""


def partners_with(ctx: Context, index: int, position: int) -> list[tuple[str, ...]]:
    """Return the parties of a commitment one government made "with" others.

    "Korea agreed with Indonesia to hold free trade talks": the subject's
    country and its partner's. One pair per partner when they agreed apart
    ("with A and, separately, with B"), else one record of all. None when
    the subject names no one government or the partners no other.
    """
    match = _WITH_PARTNERS.match(ctx.text, position)
    if match is None:
        return []
    start, end = subject_window(ctx, index, position)
    own = _countries_in(ctx, index, start, end)
    others = [c for c in _countries_in(ctx, index, match.start("partners"), match.end("partners"))
              if c not in own]
    if len(own) != 1 or not others:
        return []
    (home,) = own
    if re.search(r"\b(?:separately|each)\b", match.group("partners")):
        return [tuple(sorted((home, other))) for other in others]
    return [tuple(sorted((home, *others)))]


def _countries_in(ctx: Context, index: int, start: int, end: int) -> list[str]:
    """Return the countries named in ``[start, end)``: leaders', names, capitals, in order."""
    found = [(r.start, r.leader.country) for r in ctx.sentence_refs.get(index, ())
             if start <= r.start < end]
    found.extend(country_refs(ctx.text, start, end, ctx.gazetteer))
    for capital in re.finditer(r"\b[A-Z][a-z]+\b", ctx.text[start:end]):
        code = ctx.gazetteer.capital_country(capital.group(0))
        if code:
            found.append((start + capital.start(), code))
    return list(dict.fromkeys(code for _, code in sorted(found)))
