"""Level 3 of the syntax layer: clauses with their subject, verb and slots.

A sentence is cut into clauses at relative words ("who", "which", "that"
after a noun), subordinators with a verb after them ("when", "after ...
meeting"), coordinators and commas that open a second verb, and at
semicolons and dashes. Each clause has one verb group (or none), the noun
groups before it (its subject), and the prepositional slots after it
("with X", "in X", "on the sidelines of X"). A relative clause knows its
antecedent; a clause with no subject of its own ("... and agreed to ...")
takes the subject of the clause it is coordinated with; an infinitive
("agreed to hold talks") is a clause whose *governor* is the verb it
complements.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from attrs import evolve, frozen

from kjrel.pipeline.syntax import wordclass as wc
from kjrel.pipeline.syntax.identity import IdentityEnum
from kjrel.pipeline.syntax.phrases import (
    TIME_NOUNS,
    Phrases,
    Tag,
    Tense,
    VerbGroup,
    chunk,
    is_participle,
)
from kjrel.pipeline.syntax.words import past_form, tokenize

__all__ = [
    "Clause",
    "ClauseKind",
    "Parse",
    "by_phrase",
    "clause_at",
    "clause_of_token",
    "governors",
    "parse_sentence",
    "token_at",
]


class ClauseKind(IdentityEnum):
    """How a clause hangs on the rest of its sentence."""

    MAIN = "main"
    RELATIVE = "relative"
    """Opened by who/which/that/where/when after a noun group or comma."""
    SUBORDINATE = "subordinate"
    """Opened by a subordinator (when, after, if, because, ...)."""
    COORDINATE = "coordinate"
    """Opened by and/but/or, or a comma, before a second verb."""
    INFINITIVE = "infinitive"
    """``to`` + verb, complementing the verb before it."""
    COMPLEMENT = "complement"
    """What a reporting verb reports ("said (that) ...")."""


@frozen
class Clause:
    """One clause of a sentence, in token indices of its :class:`Parse`."""

    first: int
    """Index of its first token."""
    last: int
    """Index of its last token."""
    kind: ClauseKind
    """Main, relative, subordinate, coordinate, infinitive or complement."""
    opener: str | None
    """The word that opens it ("who", "after", "and"), lower case."""
    verb: VerbGroup | None
    """Its verb group, or ``None`` for a verbless stretch."""
    subject: tuple[int, int] | None
    """Token range (first, last) of its subject, inherited where it has none."""
    governor: int | None
    """Index of the clause it depends on (a relative clause's antecedent clause,
    an infinitive's governing clause, a coordinate clause's first conjunct)."""
    antecedent: tuple[int, int] | None = None
    """For a relative clause: the noun group it modifies."""


@frozen
class Parse:
    """A sentence parsed into tokens, phrases and clauses."""

    start: int
    """Offset of the sentence in the document."""
    end: int
    """One past its last code point."""
    phrases: Phrases
    """Its tokens, tags and groups."""
    clauses: tuple[Clause, ...]
    """Its clauses, in text order."""


_REPORTING = frozenset(
    {
        "say",
        "tell",
        "announce",
        "state",
        "add",
        "note",
        "stress",
        "insist",
        "argue",
        "warn",
        "claim",
        "report",
        "confirm",
        "believe",
        "think",
        "explain",
        "emphasize",
        "emphasise",
        "recall",
        "expect",
        "hope",
    }
)
_THAT_TAKERS = _REPORTING | frozenset(
    {"propose", "suggest", "agree", "decide", "pledge", "vow", "promise", "insist", "demand",
     "recommend", "urge", "request", "acknowledge", "reaffirm", "affirm", "reiterate",
     "underline", "concede", "admit", "deny", "indicate", "conclude", "rule", "assure"}
)
"""Verbs that take a "that" clause, also after an adjunct ("proposed on Monday that ...")."""
_TELL = frozenset({"tell", "inform", "assure", "remind", "warn", "brief"})
_ADJUNCT_TAGS = frozenset({Tag.PREP, Tag.DET, Tag.POSS, Tag.NOUN, Tag.NAME, Tag.NUM, Tag.ADV})
_SUB_PREPS = frozenset({"after", "before", "since", "until", "as", "once", "than", "without"})


def _opens_clause(
    phrases: Phrases, index: int, verb_starts: set[int], has_verb: bool
) -> str | None:
    """Return the kind of clause token ``index`` opens, as a ClauseKind value, or None."""
    tags, tokens = phrases.tags, phrases.tokens
    here = tags[index]
    lower = tokens[index].lower
    if lower in {";", ":", "—", "–", "--"}:
        return "coordinate"
    if index == 0 and here is Tag.VERB and lower.endswith("ing"):
        return "subordinate"  # "Meeting in Lima on Friday, A and B agreed": a fronted -ing clause
    if here is Tag.VERB and lower.endswith("ing") and not has_verb and _after_opening_adjunct(
        phrases, index
    ):
        return "subordinate"  # "First, just a while ago, beginning at 5 p.m., I held ..."
    if here is Tag.REL:
        return "relative" if lower != "that" or tags[index - 1] is not Tag.VERB else "complement"
    if here is Tag.SUB:
        return (
            "relative"
            if lower in {"where", "when"}
            and index > 0
            and (tags[index - 1] in {Tag.PUNCT, Tag.NAME, Tag.NOUN, Tag.NUM})
            and has_verb
            else "subordinate"
        )
    if lower in _SUB_PREPS and here not in {Tag.CONJ, Tag.ADV} and _verb_soon(
        phrases, index + 1, verb_starts
    ):
        return "subordinate"
    if here is Tag.TO and index in verb_starts:
        return "infinitive"
    if index in verb_starts and _listed_verb(phrases, index, verb_starts):
        return "coordinate"  # "delivered a speech, held talks with A, and spoke with B"
    if index in verb_starts and _reduced_relative(phrases, index) and (
        has_verb or _appositive(phrases, index, verb_starts)
        or _in_fronted_phrase(phrases, index, verb_starts)
    ):
        return "relative"  # "the declaration signed in Tokyo by ...", "a statement pledging ..."
    if (
        has_verb
        and (here is Tag.CONJ or lower == ",")
        and _verb_soon(phrases, index + 1, verb_starts)
        and not _gerund_pair(phrases, index)
    ):
        return "coordinate"
    return None


def _after_opening_adjunct(phrases: Phrases, index: int) -> bool:
    """Whether only an adverb or prepositional opening and a comma come before ``index``."""
    tags, tokens = phrases.tags, phrases.tokens
    if index < 2 or tokens[index - 1].lower != ",":
        return False
    return _adjunct_word(phrases, 0) and not any(
        tags[k] in {Tag.VERB, Tag.AUX} for k in range(index))


def _gerund_pair(phrases: Phrases, index: int) -> bool:
    """Whether the conjunction at ``index`` joins two gerunds of one phrase.

    "toward maintaining and strengthening a free Indo-Pacific": the second
    -ing form shares the first's preposition; no clause opens.
    """
    tokens, tags = phrases.tokens, phrases.tags
    return (
        tags[index] is Tag.CONJ
        and 0 < index < len(tokens) - 1
        and tags[index - 1] is Tag.NOUN
        and tokens[index - 1].lower.endswith("ing")
        and tokens[index + 1].lower.endswith("ing")
    )


def _listed_verb(phrases: Phrases, index: int, verb_starts: set[int]) -> bool:
    """Whether a past form after a comma is the middle of a list of the subject's acts.

    "he delivered a speech, held talks with A and B, and spoke with C": a
    later ", and" opens another verb, so "held" is one more conjunct, not a
    participle describing "a speech".
    """
    tokens = phrases.tokens
    if tokens[index - 1].lower != "," or not past_form(tokens[index].lower):
        return False
    for k in range(index + 1, len(tokens) - 1):
        if tokens[k].lower in {";", ":"}:
            return False
        if tokens[k].lower in {"and", "or"} and tokens[k - 1].lower == ",":
            return any(j in verb_starts and past_form(tokens[j].lower)
                       for j in (k + 1, k + 2) if j < len(tokens))
    return False


def _appositive(phrases: Phrases, index: int, verb_starts: set[int]) -> bool:
    """Return whether a participle set off by a comma describes the noun before it.

    "At their first summit, held in Seoul in November, A and B agreed": a
    later verb is the main one. Not when the only later verb is a gerund or
    infinitive ("Lee, for his part, held talks ... before flying home": "held"
    is the main verb).
    """
    tokens, tags = phrases.tokens, phrases.tags
    if tokens[index - 1].lower != ",":
        return False
    if _after_parenthetical(phrases, index - 1):
        return False  # "Lee, for his part, sat down with ...": the subject's own verb
    if index >= 2 and tags[index - 2] is Tag.NAME and index + 1 < len(tags) and (
        tags[index + 1] is Tag.TO and not tokens[index].lower.endswith("ing")
    ):
        return False  # "A and Japan's new leader, B, agreed to ...": the main verb
    return any(v > index + 1 and tokens[v - 1].lower not in _NOT_MAIN_BEFORE for v in verb_starts)


_FRONTED_TAGS = frozenset({Tag.DET, Tag.NOUN, Tag.POSS, Tag.NUM})
"""Tags of the words of a fronted phrase's noun group ("In a joint statement ...")."""


def _in_fronted_phrase(phrases: Phrases, index: int, verb_starts: set[int]) -> bool:
    """Whether a participle describes a noun of the sentence's fronted phrase.

    "In a joint statement released Friday, A, B and C condemned ...": the
    sentence opens with a preposition, no comma comes before the participle,
    and a verb follows the comma that closes the phrase.
    """
    tokens, tags = phrases.tokens, phrases.tags
    if tags[0] is not Tag.PREP or tags[index - 1] is not Tag.NOUN or any(
        tags[k] not in _FRONTED_TAGS for k in range(1, index)
    ):
        return False  # "In 2008 Yasuo Fukuda flew in": a name is the subject, not the phrase
    if not tokens[index].lower.endswith("ed"):
        return False
    comma = next((k for k in range(index + 1, len(tokens)) if tokens[k].lower == ","), None)
    return comma is not None and any(v > comma + 1 for v in verb_starts)


def _after_parenthetical(phrases: Phrases, comma: int) -> bool:
    """Whether ``comma`` closes a parenthetical set off after the sentence's subject.

    "Lee, for his part, sat down": a name or noun group opens the sentence,
    then a phrase between commas that opens with a preposition or adverb.
    """
    tokens, tags = phrases.tokens, phrases.tags
    commas = [k for k in range(comma) if tokens[k].lower == ","]
    if not commas or commas[-1] + 1 >= comma:
        return False
    opening, inner = commas[-1], commas[-1] + 1
    if len(commas) > 1 or tags[inner] not in {Tag.PREP, Tag.ADV}:
        return False
    return tags[0] in {Tag.NAME, Tag.PRON} and all(
        tags[k] in {Tag.NAME, Tag.DET, Tag.POSS, Tag.NOUN} for k in range(opening))


_NOT_MAIN_BEFORE = _SUB_PREPS | {"to", "for", "of", "by", "in", "on"}
"""Words before a verb that make it no main verb ("before flying", "to meet")."""


def _reduced_relative(phrases: Phrases, index: int) -> bool:
    """Return whether a bare participle right after a noun opens a reduced relative clause."""
    tokens, tags = phrases.tokens, phrases.tags
    if tags[index] is not Tag.VERB or index == 0:
        return False
    if tags[index - 1] not in {Tag.NOUN, Tag.NAME, Tag.NUM} and tokens[index - 1].lower != ",":
        return False
    if index + 1 < len(tags) and tags[index + 1] in {Tag.PRON, Tag.DET, Tag.POSS} and (
        tokens[index + 1].lower not in {"that", "which", "who"}
    ):
        return False  # an object follows: a finite verb ("Minister Park told him")
    lower = tokens[index].lower
    if lower in wc.PAST_ONLY:
        return False  # "Their first summit, in Seoul on Nov. 2, came after ...": finite
    return lower.endswith(("ed", "ing")) or is_participle(tokens[index])


def _in_relative(cuts: list[tuple[int, str, str | None]]) -> bool:
    """Return whether the clause being read is a relative one (or an infinitive in it)."""
    for _first, kind, _opener in reversed(cuts):
        if kind != "infinitive":
            return kind == "relative"
    return False


_SUBJECT_PHRASE_TAGS = frozenset({Tag.DET, Tag.POSS, Tag.NOUN, Tag.NAME, Tag.NUM, Tag.PREP})


def _in_subject_infinitive(phrases: Phrases, cuts: list[tuple[int, str, str | None]]) -> bool:
    """Whether the clause being read is an infinitive on the sentence's subject noun.

    "An agreement to resume shuttle diplomacy was reached", "Efforts by both
    sides to revive the talks have stalled": the sentence opens with a noun
    group and no verb, and the infinitive complements that noun; the main
    clause resumes at the finite verb after it.
    """
    if len(cuts) != 2 or cuts[0][1] != "main" or cuts[1][1] != "infinitive":
        return False
    return all(phrases.tags[k] in _SUBJECT_PHRASE_TAGS for k in range(cuts[1][0]))


def _resumes(phrases: Phrases, index: int) -> bool:
    """Return whether a finite auxiliary after a relative clause resumes the main clause."""
    if phrases.tags[index] not in {Tag.AUX, Tag.MODAL}:
        return False
    before = phrases.tokens[index - 1]
    if phrases.tags[index - 1] is Tag.VERB:
        # "the meeting that Seoul had sought did not take place": the relative's
        # verb lacks its object (the head noun), so what follows is the main verb;
        # not after a verb that takes a clause ("the talks he said were useful")
        return before.lemma not in _REPORTING | _THAT_TAKERS
    return phrases.tags[index - 1] in {Tag.NOUN, Tag.NAME, Tag.NUM, Tag.ADV}


def _pronoun_start(phrases: Phrases, index: int) -> int:
    """Return where the subject starts: at a pronoun after the reporting verb's object."""
    end = index
    while end < len(phrases.tags) and phrases.tags[end] in {Tag.NOUN, Tag.NAME, Tag.DET}:
        end += 1
    if end > index and end < len(phrases.tags) and phrases.tags[end] is Tag.PRON:
        return end
    return index


def _zero_complement(phrases: Phrases, index: int, verb_starts: set[int]) -> bool:
    """Return whether a subject and a verb right after a reporting verb open what it reports."""
    if phrases.tags[index] not in {Tag.PRON, Tag.DET, Tag.NAME, Tag.NOUN, Tag.POSS}:
        return False
    if phrases.tokens[index].lower in {"it", "that"} and index + 1 in verb_starts:
        return False
    return index not in verb_starts and _verb_soon(phrases, index, verb_starts)


_SUBJECT_TAGS = frozenset({Tag.DET, Tag.POSS, Tag.NOUN, Tag.NAME, Tag.NUM, Tag.PRON, Tag.ADV})


_LISTING_PREPOSITIONS = frozenset({"including", "like", "excluding"})


def _verb_soon(phrases: Phrases, index: int, verb_starts: set[int]) -> bool:
    """Whether a verb group starts at ``index`` or after one noun group there."""
    tags = phrases.tags
    while (
        index < len(tags)
        and tags[index] in {Tag.ADV, Tag.CONJ}
        and (phrases.tokens[index].lower in {"then", "also", "later", "and", "well", "as"})
    ):
        index += 1
    if index in verb_starts:
        return True
    start = index
    ahead = _past_adjuncts(phrases, index)
    if index < len(tags) and phrases.tokens[index].lower in _LISTING_PREPOSITIONS:
        ahead = index  # ", including a meeting hosted by X": a list, not a fronted adjunct
    if ahead > index and ahead in verb_starts:
        return True  # ", and on the same day held talks": a fronted adjunct, then the verb
    if ahead > index and ahead < len(tags) and tags[ahead] is Tag.PRON:
        index = ahead  # ", and on Sunday he sat down": a fronted adjunct, then the subject
    while index < len(tags) and (
        tags[index] in _SUBJECT_TAGS
        or (index > start and phrases.tokens[index].lower == "with" and index + 1 < len(tags)
            and _noun_of_an_encounter(phrases, index - 1) and tags[index + 1] is Tag.NAME)
        or (phrases.tokens[index].lower in {"and", ",", "of"} and index + 1 < len(tags)
        and tags[index + 1] in (_SUBJECT_TAGS if phrases.tokens[index].lower != ","
                                else {Tag.NAME})
        and not _adverbs_then_verb(phrases, index + 1, verb_starts)
        and (phrases.tokens[index].lower != "," or tags[index - 1] is Tag.NAME))
    ):
        index += 1  # a subject, listed or not ("Biden, Yoon and Kishida", "leaders of A and B")
    if index > start:
        index = _past_aside(phrases, index, verb_starts)
    # after a subject the verb is finite: "moves by A and Russia to strengthen ..." is a phrase
    return index in verb_starts and (index == start or phrases.tags[index] is not Tag.TO)


_ASIDE_REACH = 12  # tokens an aside set off by commas may hold


def _past_aside(phrases: Phrases, index: int, verb_starts: set[int]) -> int:
    """Return the index after an aside set off by commas after a subject, else ``index``.

    "cabinet ministers, among them Taro Aso, visited the shrine": no verb
    inside the commas, and a verb right after the second.
    """
    tokens = phrases.tokens
    if index >= len(tokens) or tokens[index].lower != ",":
        return index
    for ahead in range(index + 1, min(len(tokens), index + _ASIDE_REACH)):
        if ahead in verb_starts or tokens[ahead].lower in {".", ";", "but"}:
            return index
        if tokens[ahead].lower == ",":
            return ahead + 1 if ahead + 1 in verb_starts else index
    return index


def _noun_of_an_encounter(phrases: Phrases, index: int) -> bool:
    """Whether a noun may take a with-phrase naming a partner inside a subject.

    "a planned meeting with Trump was called off"; not a participle read as a
    noun ("an official travelling with Koizumi said"), whose phrase is a clause's.
    """
    word = phrases.tokens[index].lower
    return phrases.tags[index] is Tag.NOUN and (not word.endswith("ing") or word == "meeting")


def _adverbs_then_verb(phrases: Phrases, index: int, verb_starts: set[int]) -> bool:
    """Whether adverbs at ``index`` lead to a verb: "and then held talks" opens a clause.

    Not "and then Prime Minister Noda", where "then" belongs to a title in a subject.
    """
    start = index
    while index < len(phrases.tags) and phrases.tags[index] is Tag.ADV:
        index += 1
    return index > start and index in verb_starts


def _gapped(phrases: Phrases, index: int) -> bool:
    """Whether ", and" at ``index`` opens phrases whose verb is left out (gapping)."""
    tokens, tags = phrases.tokens, phrases.tags
    if tokens[index].lower != "," or index + 2 >= len(tokens):
        return False
    if tokens[index + 2].lower in {"with", "between", "of"}:
        return False  # "sat down with A, and with B": one verb's coordinated partners
    return tokens[index + 1].lower == "and" and tags[index + 2] is Tag.PREP and (
        _past_adjuncts(phrases, index + 2) >= len(tokens)
        or tokens[_past_adjuncts(phrases, index + 2)].lower in {".", ",", ";"}
    )


def _past_adjuncts(phrases: Phrases, index: int) -> int:
    """Return the index after the prepositional phrases that start at ``index``."""
    tags = phrases.tags
    end = index
    while end < len(tags) and tags[end] is Tag.PREP and end - index < 10:
        end += 1
        while end < len(tags) and tags[end] in {Tag.DET, Tag.POSS, Tag.NOUN, Tag.NAME, Tag.NUM}:
            end += 1
    return end


def _cuts(phrases: Phrases) -> list[tuple[int, str, str | None]]:
    """Return (first token, kind, opener) for every clause in the sentence."""
    verb_starts = {group.first for group in phrases.verbs}
    verb_tokens = {k for group in phrases.verbs for k in range(group.first, group.last + 1)}
    opening = _opens_clause(phrases, 0, verb_starts, False)
    fronted = opening == "subordinate"
    cuts: list[tuple[int, str, str | None]] = [
        (0, "subordinate", phrases.tokens[0].lower) if fronted else (0, "main", None)
    ]
    has_verb = False
    reporting = False
    taker = False  # after a verb that takes a "that" clause, and adjuncts only since
    aside = False  # inside a relative clause set off by a comma
    for index in range(1, len(phrases.tokens)):
        if index - 1 in verb_tokens and phrases.tags[index - 1] is Tag.VERB:
            has_verb = True
            reporting = phrases.tokens[index - 1].lemma in _REPORTING
            taker = phrases.tokens[index - 1].lemma in _THAT_TAKERS and (
                phrases.tags[index] is Tag.PREP
                or phrases.tokens[index - 1].lemma in _TELL
            )  # "proposed on Monday that", "told reporters that"; not "proposed a plan that"
        elif phrases.tags[index - 1] not in _ADJUNCT_TAGS:
            taker = False
        kind = _opens_clause(phrases, index, verb_starts, has_verb)
        if kind == "relative" and taker and _that_complement(phrases, index, verb_starts):
            kind = "complement"  # "proposed on Wednesday that the two sides ..."
        if kind is None:
            kind = _unmarked_opening(phrases, index, cuts, verb_starts,
                                     has_verb=has_verb, aside=aside, reporting=reporting)
        if kind is None:
            continue
        start = _pronoun_start(phrases, index) if kind == "complement" else index
        reporting = False
        # a relative or an if/when clause set off by a comma ("Kishida, if circumstances
        # permit, will visit"): the comma that closes it resumes the main clause
        aside = kind in {"relative", "subordinate"} and phrases.tokens[index - 1].lower == ","
        if fronted and kind == "coordinate" and phrases.tokens[index].lower == ",":
            kind, fronted = "main", False  # "After meeting X, Y said ..."
        previous = phrases.tokens[index - 1].lower
        if cuts[-1][0] == index - 1 and previous in {",", "and", "but"}:
            cuts[-1] = (cuts[-1][0], kind, phrases.tokens[index].lower)
        else:
            cuts.append((start, kind, phrases.tokens[start].lower))
        has_verb = False
    return cuts


def _unmarked_opening(
    phrases: Phrases,
    index: int,
    cuts: list[tuple[int, str, str | None]],
    verb_starts: set[int],
    *,
    has_verb: bool,
    aside: bool,
    reporting: bool,
) -> str | None:
    """Return the kind of a clause that no opening word marks, starting at ``index``."""
    if aside and phrases.tokens[index].lower == "," and (
        (has_verb and _verb_soon(phrases, index + 1, verb_starts))
        or (index + 1 in verb_starts and phrases.tags[index + 1] in {Tag.MODAL, Tag.AUX})
    ):
        # "Abe, who returned to power in 2012, had met Park"; "Kishida, if
        # circumstances permit, will visit": a finite verb group resumes the subject
        return "main"
    if has_verb and _in_relative(cuts) and _resumes(phrases, index):
        return "main"  # "The summit that Tokyo had hoped to host has been postponed"
    if has_verb and _in_subject_infinitive(phrases, cuts) and _resumes(phrases, index):
        return "main"  # "An agreement to resume shuttle diplomacy was reached"
    if has_verb and _gapped(phrases, index):
        return "coordinate"  # "went to Tokyo in May, and to Osaka in June": a gapped verb
    if reporting and _zero_complement(phrases, index, verb_starts):
        return "complement"  # "said he hoped the two leaders could meet"
    if _zero_relative(phrases, index, verb_starts):
        return "relative"  # "after the talks they held in Seoul in February"
    if has_verb and _after_closing_quote(phrases, index, verb_starts):
        return "main"  # '"... to deal with," she wrote on Friday': the reporting clause
    return None


_ZERO_RELATIVE_SUBJECTS = frozenset({"they", "he", "she", "we", "i"})


def _zero_relative(phrases: Phrases, index: int, verb_starts: set[int]) -> bool:
    """Whether a pronoun and its verb right after a noun make a relative clause with no "that".

    "after the talks they held in Seoul": the verb lacks its object (the
    noun before), so a preposition, an adverb or the end follows it; not
    "After the talks they held a press conference", whose verb has one.
    """
    tokens, tags = phrases.tokens, phrases.tags
    if index == 0 or tags[index - 1] is not Tag.NOUN:
        return False
    if tokens[index].lower not in _ZERO_RELATIVE_SUBJECTS or index + 1 not in verb_starts:
        return False
    group = next((g for g in phrases.verbs if g.first == index + 1), None)
    if group is None or group.tense not in {Tense.PAST, Tense.PRESENT, Tense.FUTURE}:
        return False  # "the summit he will host in May": also a relative
    after = group.last + 1
    return after >= len(tokens) or tags[after] in {Tag.PREP, Tag.ADV, Tag.PUNCT}


_CLOSING_MARKS = frozenset({"”", "’"})


def _after_closing_quote(phrases: Phrases, index: int, verb_starts: set[int]) -> bool:
    """Whether a subject and its verb at ``index`` follow the end of a quotation (and a comma)."""
    tokens = phrases.tokens
    back = index - 1
    if back >= 0 and tokens[back].lower == ",":
        back -= 1
    if back < 0:
        return False
    mark = tokens[back].text
    straight = mark == '"' and sum(t.text == '"' for t in tokens[:back + 1]) % 2 == 0
    if not (mark in _CLOSING_MARKS or straight):
        return False
    return index not in verb_starts and _verb_soon(phrases, index, verb_starts)


def _that_complement(phrases: Phrases, index: int, verb_starts: set[int]) -> bool:
    """Whether "that" at ``index`` opens a clause with its own subject and verb."""
    if phrases.tokens[index].lower != "that" or index + 1 in verb_starts:
        return False
    for ahead in range(index + 1, min(len(phrases.tokens), index + 14)):
        if ahead in verb_starts:
            return True
        if phrases.tags[ahead] not in _SUBJECT_TAGS | {Tag.PREP, Tag.CONJ}:
            # a subject with a verb the tagger missed ("that companies ... pay
            # into", "that the two countries jointly study"), up to the end
            return phrases.tokens[ahead].lower in {".", ";"}
    return True


def _subject_before(phrases: Phrases, first: int, verb: VerbGroup) -> tuple[int, int] | None:
    tags = phrases.tags
    last = verb.first - 1
    while last >= first and tags[last] in {Tag.PUNCT, Tag.QUOTE, Tag.ADV, Tag.CONJ, Tag.REL,
                                           Tag.SUB}:
        last -= 1  # a quotation can open right after the subject: X "shared concern"
    pronominal = last >= first and phrases.tokens[last].lower in {"both", "all"}
    if last < first or (tags[last] not in {Tag.NOUN, Tag.NAME, Tag.PRON, Tag.NUM}
                        and not pronominal):
        return None  # "after both had joined ...": "both" stands for a subject
    begin = first
    while begin <= last and tags[begin] in {Tag.PUNCT, Tag.QUOTE, Tag.CONJ, Tag.REL, Tag.SUB,
                                            Tag.ADV}:
        begin += 1
    tokens = phrases.tokens
    for start in [begin, *(k + 1 for k in range(begin, last) if tokens[k].lower == ",")]:
        # "(On October 20,) In addition to Kishida, he has sat down with Yoon": the
        # subject follows the comma of a fronted phrase that adds or sets apart someone else
        if not _ADDING_PHRASE.match(" ".join(t.lower for t in tokens[start : start + 3])):
            continue
        comma = next((k for k in range(start, last) if tokens[k].lower == ","), None)
        if comma is not None and comma + 1 <= last:
            begin = comma + 1
        break
    return (begin, last)


_ADDING_PHRASE = re.compile(r"(?:in addition to|besides|apart from|aside from|unlike|along with)\b")


def _antecedent(phrases: Phrases, index: int) -> tuple[int, int] | None:
    """Return the noun group (or comma-bounded name) right before a relative word."""
    tags = phrases.tags
    last = index - 1
    if last >= 0 and phrases.tokens[last].lower == ",":
        last -= 1
    if last < 0 or tags[last] not in {Tag.NOUN, Tag.NAME, Tag.NUM, Tag.PRON}:
        return None
    begin = last
    while begin > 0 and tags[begin - 1] in {Tag.NOUN, Tag.NAME, Tag.NUM, Tag.DET, Tag.POSS}:
        begin -= 1
    if tags[last] is Tag.NAME and begin > 1 and phrases.tokens[begin - 1].lower == "and" and (
        tags[begin - 2] is Tag.NAME
    ):
        begin -= 2  # "between Yoon and Li, who first met ...": both names
        while begin > 0 and tags[begin - 1] is Tag.NAME:
            begin -= 1
    return (begin, last)


def _build(phrases: Phrases) -> tuple[Clause, ...]:
    cuts = _cuts(phrases)
    clauses: list[Clause] = []
    for number, (first, kind, opener) in enumerate(cuts):
        last = cuts[number + 1][0] - 1 if number + 1 < len(cuts) else len(phrases.tokens) - 1
        verb = next((g for g in phrases.verbs if first <= g.first <= last), None)
        subject = _subject_before(phrases, first, verb) if verb is not None else None
        if kind == "coordinate" and subject is not None and _adjunct_only(phrases, subject):
            subject = None  # ", and on the same day held talks": the first conjunct's subject
        governor = _governor(clauses, kind, opener if subject is None else None)
        antecedent = _antecedent(phrases, first) if kind == "relative" else None
        if subject is None and kind == "relative" and opener in {"who", "which", "that"}:
            subject = antecedent
        if kind in {"main", "coordinate"}:  # resumed after a relative clause
            opened = next((c for c in reversed(clauses) if c.kind is ClauseKind.MAIN), None)
            if opened is not None and opened.verb is None and (
                kind == "main" or subject is not None
            ):
                subject = _resumed_subject(phrases, clauses, opened, subject)
        inherits = kind in {"coordinate", "infinitive"} or (
            kind == "subordinate" and verb is not None and verb.tense is Tense.PARTICIPLE
        )
        if subject is None and kind == "infinitive":
            subject = _for_subject(phrases, first)  # "arrangements for Yoon to hold talks"
        if subject is None and inherits and governor is not None:
            subject = clauses[governor].subject
            if clauses[governor].verb is None:  # "X, who ..., hosted Y": X's own verb
                subject = _subject_of_verbless(phrases, clauses[governor])
        clause_kind = ClauseKind(kind)
        if kind == "coordinate" and governor is not None and clauses[governor].verb is None:
            clause_kind = ClauseKind.MAIN
        clauses.append(
            Clause(first, last, clause_kind, opener, verb, subject, governor, antecedent)
        )
    attached = _attach_after_adjunct(phrases, _attach_fronted(clauses))
    return tuple(_attach_subject_infinitive(attached))


_FOR_SUBJECT_TAGS = frozenset({Tag.NAME, Tag.NOUN, Tag.DET, Tag.POSS, Tag.NUM})


def _for_subject(phrases: Phrases, to: int) -> tuple[int, int] | None:
    """Return the subject a "for" phrase gives the infinitive at ``to`` ("for Yoon to hold").

    "Arrangements were made for President Yoon to hold talks": Yoon holds
    them, not the arrangements. A name or pronoun only (not "time for the
    leaders to meet", whose noun may be the infinitive's object's owner).
    """
    tokens, tags = phrases.tokens, phrases.tags
    begin = to - 1
    if begin >= 0 and tokens[begin].lower in {"him", "her", "them", "us"}:
        return (begin, begin) if begin >= 1 and tokens[begin - 1].lower == "for" else None
    while begin >= 0 and tags[begin] in _FOR_SUBJECT_TAGS:
        begin -= 1
    if begin < 0 or begin == to - 1 or tokens[begin].lower != "for":
        return None
    span = (begin + 1, to - 1)
    return span if any(tags[k] is Tag.NAME for k in range(*span)) or (
        tags[to - 1] is Tag.NAME) else None


def _adjunct_only(phrases: Phrases, span: tuple[int, int]) -> bool:
    """Whether a would-be subject is one prepositional phrase ("on the same day")."""
    first, last = span
    tags, tokens = phrases.tags, phrases.tokens
    return tags[first] is Tag.PREP and all(
        tags[k] in {Tag.DET, Tag.NOUN, Tag.NUM, Tag.POSS} or tokens[k].lower in TIME_NOUNS
        for k in range(first + 1, last + 1)
    )  # "on Tuesday he", "in Tokyo Kishida": a name or pronoun is the subject;
    # ", and on Friday met": a day's name is no subject


def _resumed_subject(
    phrases: Phrases, clauses: list[Clause], opened: Clause, subject: tuple[int, int] | None
) -> tuple[int, int] | None:
    """Return the subject of a main clause resumed after a relative clause on its opening.

    "X, who hosted the session, and Y agreed", "X, who hosted the session,
    Y and Z agreed": the resumed words end a list whose first item is the
    opening, so the subject runs from it (the relative clause names no one).
    With no subject of its own ("X, who ..., agreed") the opening is it.
    """
    if subject is None:
        return _subject_of_verbless(phrases, opened)
    tokens, tags = phrases.tokens, phrases.tags
    before = tokens[subject[0] - 1].lower
    joined = before == "and" or (
        before == "," and any(tokens[k].lower == "and" for k in range(*subject))
    )
    between = range(opened.last + 1, subject[0])
    relative_only = all(c.kind is ClauseKind.RELATIVE for c in clauses
                        if opened.last < c.first < subject[0])
    if not joined or not relative_only or any(tags[k] is Tag.NAME for k in between):
        return subject
    head = _subject_of_verbless(phrases, opened)
    return subject if head is None else (head[0], subject[1])


def _subject_of_verbless(phrases: Phrases, clause: Clause) -> tuple[int, int] | None:
    first, last = clause.first, clause.last
    while last >= first and phrases.tags[last] in {Tag.PUNCT, Tag.CONJ}:
        last -= 1
    return (first, last) if last >= first else None


def _adjunct_opener(phrases: Phrases, clause: Clause) -> bool:
    """Whether a verbless main clause is an opening adjunct and its comma.

    "First,", "On Thursday,", "First, just a short while ago,": an adverb or
    a preposition leads it, and a comma ends it.
    """
    if clause.kind is not ClauseKind.MAIN or clause.verb is not None:
        return False
    return _adjunct_word(phrases, clause.first) and phrases.tokens[clause.last].lower == ","


def _adjunct_word(phrases: Phrases, index: int) -> bool:
    """Whether the token at ``index`` can open an adjunct: an adverb or a preposition."""
    return phrases.tags[index] in {Tag.ADV, Tag.PREP} or phrases.tokens[index].lower in wc.ADVERBS


def _attach_after_adjunct(phrases: Phrases, clauses: list[Clause]) -> list[Clause]:
    """Hang a participle between an opening adjunct and the main clause on the main clause.

    "First, beginning at 5:15 p.m., I held a summit meeting": the participle
    has no noun to modify; it tells the time of the clause after it. Its
    subject and the adjunct stay as they were.
    """
    if len(clauses) < 3 or not _adjunct_opener(phrases, clauses[0]):
        return clauses
    resumed = next((n for n, c in enumerate(clauses) if n and c.kind is ClauseKind.MAIN), None)
    subject = None if resumed is None else clauses[resumed].subject
    if resumed is None or clauses[resumed].verb is None or subject is None:
        return clauses
    if subject[0] < clauses[resumed].first:
        return clauses  # "On Thursday, Kishida, who ..., held": the subject stands before
    out = list(clauses)
    for number in range(1, resumed):
        clause = out[number]
        verb = clause.verb
        if clause.governor == 0 and verb is not None and verb.tense is Tense.PARTICIPLE and (
            clause.kind is ClauseKind.SUBORDINATE or clause.opener is None
        ):
            out[number] = evolve(clause, governor=resumed)
    return out


def _attach_fronted(clauses: list[Clause]) -> list[Clause]:
    """Hang each fronted subordinate clause on the main clause after it."""
    main = next((n for n, c in enumerate(clauses) if c.kind is ClauseKind.MAIN), None)
    if main is None or main == 0:
        return clauses
    out = list(clauses)
    for number in range(main):
        clause = out[number]
        if clause.governor is None or clause.kind is ClauseKind.SUBORDINATE:
            subject = clause.subject if clause.subject is not None else out[main].subject
            out[number] = Clause(
                clause.first,
                clause.last,
                clause.kind,
                clause.opener,
                clause.verb,
                subject,
                main,
                clause.antecedent,
            )
    back = out[main].governor
    if back is not None and back < main:
        # the main clause hangs on nothing: a fronted clause before it now hangs on
        # it, and a governor pointing back would make a cycle
        head = out[main]
        out[main] = Clause(head.first, head.last, head.kind, head.opener, head.verb,
                           head.subject, None, head.antecedent)
    return out


def _attach_subject_infinitive(clauses: list[Clause]) -> list[Clause]:
    """Hang an infinitive on its subject noun's verb: "A plan to visit Seoul was dropped".

    The sentence opens with a verbless noun group, an infinitive on it, and
    the main clause resumed at its verb (see :func:`_in_subject_infinitive`):
    the infinitive depends on that verb, which drops, reaches or shelves
    what the infinitive says, and the verb's clause hangs on nothing.
    """
    if len(clauses) < 3:
        return clauses
    opened, infinitive, resumed = clauses[0], clauses[1], clauses[2]
    if not (
        opened.kind is ClauseKind.MAIN and opened.verb is None
        and infinitive.kind is ClauseKind.INFINITIVE and infinitive.governor == 0
        and resumed.kind is ClauseKind.MAIN and resumed.verb is not None
        and resumed.subject is not None and resumed.subject[0] == opened.first
    ):
        return clauses
    out = list(clauses)
    out[1] = evolve(infinitive, governor=2)
    out[2] = evolve(resumed, governor=None)
    return out


def _governor(clauses: Sequence[Clause], kind: str, bare_opener: str | None) -> int | None:
    """Return the clause a new clause depends on.

    A subjectless "and"/"but" clause shares the clause right before it ("when
    Moon visited Tokyo and held talks"); another coordinate clause joins the
    last main or coordinate clause.
    """
    if not clauses:
        return None
    if kind == "coordinate" and bare_opener in {"and", "but", "or"}:
        return len(clauses) - 1
    if kind == "coordinate":
        for number in range(len(clauses) - 1, -1, -1):
            if clauses[number].kind in {ClauseKind.MAIN, ClauseKind.COORDINATE}:
                return number
    return len(clauses) - 1


@functools.lru_cache(maxsize=4096)  # stages of one document parse the same sentences
def parse_sentence(text: str, start: int, end: int) -> Parse:
    """Tokenize, chunk and cut ``text[start:end]`` into clauses.

    >>> p = parse_sentence("Yoon met Kishida, who had visited Seoul.", 0, 40)
    >>> [(c.kind.value, c.verb.lemma if c.verb else None) for c in p.clauses]
    [('main', 'meet'), ('relative', 'visit')]
    """
    phrases = chunk(tokenize(text, start, end))
    if not phrases.tokens:
        return Parse(start, end, phrases, ())
    return Parse(start, end, phrases, _build(phrases))




def token_at(parse: Parse, offset: int) -> int:
    """Index of the token at document ``offset`` (the next one when it falls between two)."""
    tokens = parse.phrases.tokens
    index = bisect.bisect_right([token.start for token in tokens], offset) - 1
    if index < 0:
        return 0
    if tokens[index].end <= offset and index + 1 < len(tokens):
        return index + 1
    return index


def clause_of_token(parse: Parse, token: int) -> int | None:
    """Return the number of the clause holding token ``token``."""
    for number, clause in enumerate(parse.clauses):
        if clause.first <= token <= clause.last:
            return number
    return None


def clause_at(parse: Parse, offset: int) -> int | None:
    """Return the number of the clause holding the token at document ``offset``."""
    if not parse.phrases.tokens:
        return None
    return clause_of_token(parse, token_at(parse, offset))


def by_phrase(parse: Parse, clause: Clause) -> tuple[int, int] | None:
    """Return the tokens after the first "by" that follows the clause's verb, to its end.

    The agent of a passive or a participle ("was signed by A and B", "a
    meeting hosted by Obama"); ``None`` when no "by" follows the verb. The
    range is empty (first > last) when "by" ends the clause.
    """
    verb = clause.verb
    if verb is None:
        return None
    tokens = parse.phrases.tokens
    by = next((k for k in range(verb.last + 1, clause.last + 1) if tokens[k].lower == "by"), None)
    return None if by is None else (by + 1, clause.last)


def participle_adjunct(parse: Parse, clause: Clause) -> bool:
    """Whether a clause is a subjectless participle after a comma (", traveling to Busan").

    Its subject, time and place are those of the clause it hangs on.
    """
    verb = clause.verb
    if clause.subject is not None or clause.governor is None or verb is None:
        return False
    tokens = parse.phrases.tokens
    comma = clause.first if tokens[clause.first].lower == "," else clause.first - 1
    if comma < 0 or tokens[comma].lower != "," or verb.first != comma + 1:
        return False
    return tokens[verb.first].lower.endswith("ing")


def governors(parse: Parse, clause: Clause, *, through_that: bool = False) -> list[Clause]:
    """Return the clauses an infinitive or complement hangs on, nearest first.

    With ``through_that``, also what a "that" clause on a noun hangs on
    ("denied a report that they had agreed").
    """
    chain: list[Clause] = []
    current = clause
    if _bare_conjunct_of_infinitive(parse, current) and current.governor is not None:
        current = parse.clauses[current.governor]  # "to visit Japan and meet Suga"
        chain.append(current)
    while current.governor is not None and len(chain) < 6 and (
        current.kind in {ClauseKind.INFINITIVE, ClauseKind.COMPLEMENT}
        or (through_that and current.kind is ClauseKind.RELATIVE and current.opener == "that")
        or (chain and current.kind is ClauseKind.COORDINATE and current.verb is None)
    ):  # "would give Suga and Moon a chance to meet": past a verbless conjunct to "give"
        current = parse.clauses[current.governor]
        chain.append(current)
    return chain


def _bare_conjunct_of_infinitive(parse: Parse, clause: Clause) -> bool:
    """Whether a conjunct is a to-less infinitive after "to" ("to visit Japan and meet Suga")."""
    if clause.kind is not ClauseKind.COORDINATE or clause.governor is None:
        return False
    host = parse.clauses[clause.governor]
    return host.kind is ClauseKind.INFINITIVE and clause.verb is not None and (
        clause.verb.tense is Tense.PRESENT and clause.subject == host.subject
        and parse.phrases.tokens[clause.first].lower in {"and", "or"})
