"""Level 2 of the syntax layer: word classes, noun groups and verb groups.

A finite-state chunker in the manner of FASTUS: each token gets a coarse
word class from its context (:func:`tag`), then maximal runs become noun
groups ("the two leaders", "Japan's new prime minister") and verb groups
("had not been able to", "will meet", "were welcomed"). A verb group carries
what later levels ask of it: lemma, tense, aspect, modality, negation and
voice, computed once here.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from kjrel.pipeline.syntax import wordclass as wc
from kjrel.pipeline.syntax.identity import IdentityEnum
from kjrel.pipeline.syntax.words import Shape, Token

__all__ = [
    "TIME_NOUNS",
    "NounGroup",
    "Phrases",
    "Tag",
    "Tense",
    "VerbGroup",
    "chunk",
    "tag",
]


class Tag(IdentityEnum):
    """A coarse word class, decided in context."""

    DET = "det"
    POSS = "poss"
    PRON = "pron"
    PREP = "prep"
    TO = "to"
    AUX = "aux"
    MODAL = "modal"
    NEG = "neg"
    ADV = "adv"
    VERB = "verb"
    NOUN = "noun"
    NAME = "name"
    NUM = "num"
    CONJ = "conj"
    REL = "rel"
    SUB = "sub"
    PUNCT = "punct"
    QUOTE = "quote"


class Tense(IdentityEnum):
    """The tense of a verb group, from its first (finite) element."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    MODAL = "modal"
    """Would, could, might, may, should, must, can: neither past nor future."""
    INFINITIVE = "infinitive"
    """``to`` + verb: takes its time from the verb it complements."""
    PARTICIPLE = "participle"
    """A bare -ing or -ed form heading a participial clause."""


@frozen
class VerbGroup:
    """A verb with its auxiliaries, modals, negation and adverbs."""

    first: int
    """Index of its first token."""
    last: int
    """Index of its last token (the main verb)."""
    lemma: str
    """The main verb's lemma."""
    tense: Tense
    """Past, present, future, modal, infinitive or participle."""
    perfect: bool
    """Has + past participle ("have met", "had signed")."""
    progressive: bool
    """Be + -ing ("are meeting")."""
    passive: bool
    """Be or get + past participle ("was held", "got signed")."""
    negated: bool
    """Not, n't, never or no inside the group."""
    modal: str | None
    """The modal auxiliary as written (lower case), if any."""


@frozen
class NounGroup:
    """A noun group: determiner, modifiers and head."""

    first: int
    """Index of its first token."""
    last: int
    """Index of its head (last) token."""
    head: str
    """The head's lemma (lower case)."""
    determiner: str | None
    """The determiner or possessive pronoun as written (lower case), if any."""


@frozen
class Phrases:
    """The tokens of one sentence with their tags and groups."""

    tokens: tuple[Token, ...]
    """The sentence's tokens."""
    tags: tuple[Tag, ...]
    """One tag per token."""
    verbs: tuple[VerbGroup, ...]
    """Verb groups, in order."""
    nouns: tuple[NounGroup, ...]
    """Noun groups, in order."""


_PARTICIPLE_ENDINGS = ("ed", "en", "wn")
_PARTICIPLES = frozenset(
    form for form, lemma in wc.IRREGULAR.items()
    if lemma not in wc.AUXILIARIES and form != lemma + "s"  # "holds" is a present
)
_FUNCTION_TAGS: dict[frozenset[str], Tag] = {
    wc.DETERMINERS: Tag.DET,
    wc.POSSESSIVES: Tag.POSS,
    wc.SUBJECT_PRONOUNS | wc.OBJECT_PRONOUNS: Tag.PRON,
    wc.COORDINATORS: Tag.CONJ,
    wc.PREPOSITIONS: Tag.PREP,
}
_FUNCTION_TAG_OF: dict[str, Tag] = {
    word: found for words, found in reversed(_FUNCTION_TAGS.items()) for word in words
}
"""Each function word's class: the first of :data:`_FUNCTION_TAGS` that lists it."""
_VERB_BEFORE = frozenset({Tag.AUX, Tag.MODAL, Tag.TO, Tag.NEG, Tag.PRON})


def is_participle(token: Token) -> bool:
    """Return whether a verb token is a past participle or past form."""
    return token.lower in _PARTICIPLES or (
        token.lower.endswith(_PARTICIPLE_ENDINGS) and token.lower not in wc.BASE_FORMS_IN_ED_EN
    )


def _negated_contraction(token: Token) -> bool:
    return token.lower.endswith(("n't", "n’t")) or token.lower == "cannot"


_NOUN_ENDINGS = ("s", "ing", "ed", "tion", "sion", "ment", "ity", "ness", "ism", "ance", "ence")
_CLOSED = wc.DETERMINERS | wc.POSSESSIVES | wc.SUBJECT_PRONOUNS | wc.OBJECT_PRONOUNS | (
    wc.PREPOSITIONS | wc.COORDINATORS | wc.ADVERBS
)


_SPLITTING_ADVERBS = frozenset({"further", "also", "jointly", "fully", "swiftly", "quickly",
                                 "closely", "gradually", "eventually", "steadily", "actively",
                                 "together", "soon", "promptly", "formally", "officially"})
"""Adverbs that stand between "to" and its verb ("to further strengthen")."""


def _split_infinitive(tokens: Sequence[Token], index: int) -> bool:
    """Whether "to" at ``index`` opens an infinitive split by an adverb."""
    if tokens[index].lower != "to" or index + 2 >= len(tokens):
        return False
    return _splitting_adverb(tokens[index + 1].lower) and _base_verb(tokens[index + 2])


def _splitting_adverb(lower: str) -> bool:
    return lower in _SPLITTING_ADVERBS or (len(lower) > 4 and lower.endswith("ly"))


def _after_split_to(tokens: Sequence[Token], tags: Sequence[Tag], index: int) -> bool:
    """Whether the word at ``index`` is the verb of a split infinitive ("to further X")."""
    return (
        index >= 2
        and tags[index - 1] is Tag.ADV
        and tags[index - 2] is Tag.TO
        and _splitting_adverb(tokens[index - 1].lower)
    )


def _base_verb(token: Token) -> bool:
    """Return whether a word after "to" is a verb's base form ("to bolster", not "to talks")."""
    if token.lower in wc.MEALS:
        return False  # "treated him to dinner", "invited them to lunch"
    if token.lemma == token.lower and token.lower in wc.VERBS:
        return True
    lower = token.lower
    if token.shape is not Shape.WORD or lower in _CLOSED or not lower.isalpha():
        return False
    return not lower.endswith(_NOUN_ENDINGS) and not lower.endswith("ly")


TIME_NOUNS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "day", "week", "month", "year", "morning", "afternoon",
    "evening", "night", "spring", "summer", "autumn", "fall", "winter", "time", "weekend",
})
"""Nouns of time: they make a "that" before them a demonstrative ("that September"),
and a phrase of them after a preposition is no subject (", and on Friday met")."""


def _relative_tag(lower: str, previous: Tag | None, following: Token | None) -> Tag | None:
    """Return the class of a relative word, or none decided here.

    "Who", "whom" and "which" are relative words; "that" is a demonstrative
    before a noun of time ("that September"), a relative word after a noun,
    name, verb or comma.
    """
    if lower != "that":
        return Tag.REL
    if following is not None and following.lower.rstrip(".") in TIME_NOUNS:
        return Tag.DET  # "that September", "that day"
    if previous in {Tag.NOUN, Tag.NAME, Tag.VERB, Tag.PUNCT}:
        return Tag.REL
    return None


def _function_tag(token: Token, previous: Tag | None, following: Token | None) -> Tag | None:
    lower = token.lower
    inside = previous is not None and previous is not Tag.PUNCT
    if token.shape is Shape.CAPITALIZED and inside and (lower in wc.MODALS or previous is Tag.NAME):
        return None  # "since May", "Moon Jae In": a name, not a function word
    if lower in wc.MODALS or (lower in {"won't", "won’t", "can't", "can’t", "cannot"}):
        return Tag.MODAL
    if lower in wc.NEGATORS:
        return Tag.NEG
    if lower in {"who", "whom", "which", "that"}:
        found = _relative_tag(lower, previous, following)
        if found is not None:
            return found
    if lower == "to":
        return Tag.TO if following is not None and _base_verb(following) else Tag.PREP
    if lower in {
        "when",
        "where",
        "while",
        "whereas",
        "because",
        "although",
        "though",
        "if",
        "unless",
        "whether",
    }:
        return Tag.SUB
    if token.lemma in {"be", "have", "do"} and lower not in wc.VERBS:
        return Tag.AUX
    found = _FUNCTION_TAG_OF.get(lower)
    if found is Tag.POSS and lower == "her" and previous in _VERB_BEFORE - {Tag.PRON}:
        return Tag.PRON
    return found


def _unlisted_verb(lower: str, previous: Tag | None) -> bool:
    """Whether a word the lexicon does not list is a verb by what comes before it."""
    if previous in {Tag.MODAL, Tag.TO} and lower.isalpha():
        return lower not in wc.ADVERBS  # "would build", "to bolster"; not "will also host"
    if previous is Tag.AUX and _participle_form(lower):
        return True  # "have finished", "was overseen"
    # "who devoted", "they welcomed": a past tense after a relative or a pronoun
    return previous in {Tag.REL, Tag.PRON} and lower.endswith("ed") and len(lower) > 4


_NOMINAL_PREPS = frozenset({"for", "of", "on", "about", "toward", "towards"})
"""Prepositions whose -ing object is a gerund phrase inside a noun group's
phrase, not the verb of a clause (after "after", "before", "by" it opens one)."""

_PLURAL_WITHOUT_S = frozenset(
    {"people", "police", "staff", "pair", "couple", "media", "public", "children", "men",
     "women", "government", "team", "majority", "both", "two", "three", "leadership"}
)


def _compound_part(token: Token, before: Token | None) -> bool:
    """Whether a verb's base form after a singular common noun is the next noun of a compound.

    A present verb agrees with a singular subject ("the launch fails"), so
    "satellite launch plans" has no verb at "launch"; plural nouns without
    -s ("people want") are not singular.
    """
    return (
        before is not None
        and token.lower == token.lemma
        and not before.lower.endswith("s")
        and before.lower not in _PLURAL_WITHOUT_S
    )


def _verb_word_tag(token: Token, previous: Tag | None, before: Token | None) -> Tag:
    """Tag a word the verb lexicon knows: a verb, unless its neighbours make it a noun."""
    lower = token.lower
    if lower in wc.NOUN_FIRST:
        return Tag.VERB if previous in _VERB_BEFORE else Tag.NOUN
    if previous in {Tag.DET, Tag.POSS}:
        return Tag.NOUN  # "the signed pact", "the signing", "their meeting"
    if lower == token.lemma and _possessive_noun(before, previous):
        return Tag.NOUN  # "Kim's state visit", "Japan's trade ministry": as after "their"
    if lower.endswith("ing") and previous in {Tag.NOUN, Tag.NAME, Tag.NUM}:
        return Tag.NOUN  # "a summit meeting", "Tuesday's meeting"
    if lower.endswith("ing") and before is not None and before.lower in _NOMINAL_PREPS:
        return Tag.NOUN  # "an arrangement for sharing data was signed": a gerund phrase
    if previous is Tag.NOUN and _compound_part(token, before):
        return Tag.NOUN  # "satellite launch plans": a singular noun takes no base verb
    return Tag.VERB


def _content_tag(token: Token, previous: Tag | None, before: Token | None = None) -> Tag:
    if token.shape is Shape.NUMBER:
        return Tag.NUM
    lower = token.lower
    if token.shape is Shape.CAPITALIZED and previous is Tag.NAME:
        return Tag.NAME  # inside a name: "the United States", "Joint Press Statement"
    is_verb = token.lemma in wc.VERBS and (token.lemma != lower or lower in wc.VERBS)
    if is_verb:
        return _verb_word_tag(token, previous, before)
    if token.shape is Shape.CAPITALIZED:
        return Tag.NAME
    if _unlisted_verb(lower, previous):
        return Tag.VERB
    if previous in {Tag.DET, Tag.POSS}:
        return Tag.NOUN  # "their last summit", "the first talks": a modifier
    if lower in _ORDER_WORDS and (
        _possessive_noun(before, previous) or (before is not None and before.lower == "own")
    ):
        return Tag.NOUN  # "the pair's first summit", "his own first summit": as after "their"
    if lower in wc.ADVERBS or (lower.endswith("ly") and len(lower) > 4):
        return Tag.ADV
    return Tag.NOUN


_ORDER_WORDS = frozenset({"first", "last", "only", "later"})
"""Adverbs that are a noun's ordinal modifier after a possessive ("Abe's first visit")."""


_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
"""How a possessive noun or name ends ("the pair's", "the leaders'")."""


def _possessive_noun(before: Token | None, previous: Tag | None) -> bool:
    """Whether the word before is a possessive noun or name ("the pair's", "Abe's")."""
    return before is not None and previous in {Tag.NOUN, Tag.NAME} and before.lower.endswith(
        _POSSESSIVE_ENDINGS
    )


def tag(tokens: Sequence[Token]) -> tuple[Tag, ...]:
    """Return a coarse word class for every token, decided left to right."""
    tags: list[Tag] = []
    previous: Tag | None = None
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        found = _fixed_tag(tokens, index)
        if found is None:
            found = _function_tag(token, previous, following)
            if previous is Tag.TO and index and _split_infinitive(tokens, index - 1):
                found = Tag.ADV  # "further" in "to further strengthen"
            if found is Tag.PREP and _split_infinitive(tokens, index):
                found = Tag.TO  # "to further strengthen", "to jointly fund"
            if found is None:
                before = Tag.TO if _after_split_to(tokens, tags, index) else previous
                found = _content_tag(token, before, tokens[index - 1] if index else None)
            if found is Tag.TO and _reduplicated(tokens, index):
                found = Tag.PREP  # "face to face", "one to one"
            if found is Tag.NOUN and (_present_after_name(token, previous, following)
                                      or _present_before_complement(tokens, previous, index)):
                found = Tag.VERB  # "Noda visits Seoul": a timeline's present tense
            elif found is Tag.NOUN and _plural_present(tokens, tags, index):
                found = Tag.VERB  # "Yoon and Kishida plan to meet": their present tense
            if found is Tag.DET and token.lower in _FLOATING and previous in {Tag.NAME, Tag.PRON}:
                found = Tag.ADV  # "Kishida and Yoon each held": a quantifier after its subject
            elif found is Tag.DET and token.lower == "both" and _verb_next(following):
                found = Tag.PRON  # "shortly after both joined Obama": "both" is the subject
            found = _in_context(tokens, index, found, previous)
        tags.append(found)
        previous = found
    return tuple(tags)


def _in_context(tokens: Sequence[Token], index: int, found: Tag, previous: Tag | None) -> Tag:
    """Return the tag the neighbours give a word: a verb, or a paired adjective's modifier."""
    if _verb_in_context(tokens, index, found, previous):
        found = Tag.VERB
    if found is Tag.VERB and _paired_adjective(tokens, index):
        return Tag.NOUN  # "a free and open Indo-Pacific": a modifier, no verb
    return found


def _paired_adjective(tokens: Sequence[Token], index: int) -> bool:
    """Whether a word is the second of two adjectives joined by "and"/"or" before a noun."""
    return (
        2 <= index < len(tokens) - 1
        and tokens[index].lower in wc.ADJECTIVES
        and tokens[index - 1].lower in {"and", "or"}
        and tokens[index - 2].lower in wc.ADJECTIVES
        and tokens[index + 1].lower[:1].isalpha()
        and tokens[index + 1].lower not in wc.DETERMINERS | wc.OBJECT_PRONOUNS
    )


def _verb_in_context(
    tokens: Sequence[Token], index: int, found: Tag, previous: Tag | None
) -> bool:
    """Whether a word tagged otherwise is a verb by its neighbours.

    A gerund ("after meeting Yoon") or an opening participle, "have" as a
    main verb ("had talks"), a noun-first verb in -s after "and" ("and plans
    to visit"), a phrasal present ("sets up").
    """
    if index and found is not Tag.NOUN and found is not Tag.AUX and (
        tokens[index - 1].lower != ","
    ):
        return False  # none of the rules below applies: most words end here
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if found is Tag.NOUN and index > 0 and _gerund(tokens[index - 1], token, previous):
        return True
    if index == 0 and _opening_participle(token, following):
        return True
    if index > 0 and tokens[index - 1].lower == "," and _comma_participle(token, following):
        return True  # "used the funeral for diplomacy, meeting Clinton and Kim"
    if found is Tag.AUX and _is_main_have(token, following):
        return True
    return _coordinated_verb(token, previous, following, found) or _phrasal_present(
        token, previous, following, found)


def _coordinated_verb(
    token: Token, previous: Tag | None, following: Token | None, found: Tag
) -> bool:
    """Whether a word that is first a noun is a verb in -s after "and", before "to".

    "is due to return late Saturday and plans to visit the plant": a second
    verb of the same subject, not the subject of a new clause. A base form
    stays a noun ("cooperation and exchange to mark ...").
    """
    lower = token.lower
    return (found is Tag.NOUN and previous is Tag.CONJ and lower in wc.NOUN_FIRST
            and lower != token.lemma and lower.endswith("s")
            and following is not None and following.lower == "to")


def _fixed_tag(tokens: Sequence[Token], index: int) -> Tag | None:
    """Return the class a token has whatever its neighbours: quotes, punctuation, "as well as"."""
    token = tokens[index]
    if token.shape is Shape.QUOTE:
        return Tag.QUOTE
    if token.shape is Shape.PUNCT:
        return Tag.PUNCT
    return _so_that(tokens, index) or _as_well_as(tokens, index) or _noun_while(tokens, index)


_WHILE_MODIFIERS = frozenset({"short", "little", "long", "good"})


def _noun_while(tokens: Sequence[Token], index: int) -> Tag | None:
    """Tag "while" after "a" ("a short while ago", "for a while"): a noun, no subordinator."""
    if tokens[index].lower != "while" or index == 0:
        return None
    before = index - 1
    if tokens[before].lower in _WHILE_MODIFIERS and before > 0:
        before -= 1
    return Tag.NOUN if tokens[before].lower == "a" else None


def _so_that(tokens: Sequence[Token], index: int) -> Tag | None:
    """Tag "so that", a subordinator of purpose: "that" opens the clause, "so" leads in.

    "asked for help so that the summit can take place": not a relative
    clause on a noun "so".
    """
    lower = tokens[index].lower
    if lower == "so" and index + 1 < len(tokens) and tokens[index + 1].lower == "that":
        return Tag.ADV
    if lower == "that" and index > 0 and tokens[index - 1].lower == "so":
        return Tag.SUB
    return None


def _as_well_as(tokens: Sequence[Token], index: int) -> Tag | None:
    """Tag the words of "as well as", a coordinator: its first word joins, the other two follow.

    "expand exchanges, as well as resume talks" coordinates two courses the
    way "and" does; "as well" alone ("Japan as well") is left to the other rules.
    """
    if tokens[index].lower not in {"as", "well"}:
        return None
    words = [t.lower for t in tokens[max(0, index - 2) : index + 3]]
    at = min(index, 2)
    for offset, found in ((0, Tag.CONJ), (1, Tag.ADV), (2, Tag.ADV)):
        first = at - offset
        if first >= 0 and words[first : first + 3] == ["as", "well", "as"]:
            return found
    return None


_PARTICLES = frozenset({"out", "up", "off", "down"})


def _phrasal_present(
    token: Token, previous: Tag | None, following: Token | None, found: Tag
) -> bool:
    """Whether an -s word after a noun is a verb with its particle ("row shuts out talks")."""
    return (
        found is Tag.NOUN
        and previous in {Tag.NOUN, Tag.NAME}
        and token.lower.endswith("s")
        and following is not None
        and following.lower in _PARTICLES
    )


_GERUND_PREPS = frozenset({"after", "before", "since", "without", "by", "while", "upon"})


_FLOATING = frozenset({"each", "both", "all"})
"""Quantifiers that may follow the subject they count ("they each", "the leaders both")."""


def _verb_next(following: Token | None) -> bool:
    """Whether the next word is a past verb or an auxiliary ("both joined", "both had")."""
    if following is None:
        return False
    lower = following.lower
    return lower in {"had", "have", "were", "are", "will", "would"} or (
        lower.endswith("ed") and following.lemma in wc.VERBS
    )


def _present_after_name(token: Token, previous: Tag | None, following: Token | None) -> bool:
    """Whether a noun-first word in -s after a name is that name's verb ("Noda visits Seoul").

    Only before a name or an article: "Yoon-Kishida talks" and "Abe's visits
    to Seoul" stay nouns ("talks" always does).
    """
    lower = token.lower
    return (
        previous is Tag.NAME
        and lower in wc.NOUN_FIRST
        and lower.endswith("s")
        and lower != "talks"
        and following is not None
        and (following.shape is Shape.CAPITALIZED or following.lower in {"the", "a", "an"})
    )


def _present_before_complement(tokens: Sequence[Token], previous: Tag | None, index: int) -> bool:
    """Whether a noun-first word in -s after a name heads its complement as a verb.

    "Kishida plans to visit Seoul", "Seoul hopes for a deal", "Moon calls
    for talks": a name's present before "to" and a base verb, or before
    "for". Not after a possessive ("Abe's plans to visit"), nor "visits to
    Seoul", whose "to" opens no verb.
    """
    token = tokens[index]
    lower = token.lower
    if previous is not Tag.NAME or lower not in wc.NOUN_FIRST or not lower.endswith("s"):
        return False
    if lower == "talks" or tokens[index - 1].lower.endswith(_POSSESSIVE_ENDINGS):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    if following is None:
        return False
    if following.lower == "for":
        return True
    return following.lower == "to" and after is not None and (
        after.lower == after.lemma and after.lemma in wc.VERBS
    )


def _plural_present(tokens: Sequence[Token], tags: Sequence[Tag], index: int) -> bool:
    """Whether a noun-first base form after two coordinated names is their verb.

    "Yoon and Kishida plan to meet", "Moon, Abe hope for a thaw" in a
    headline: the present of a plural subject, before "to", an article or a
    name. Not after a possessive ("Kishida's trip to Seoul"), nor a base form
    that is also a past ("set"), nor after names that end a phrase ("in
    March and Kishida's ..."); "The Yoon and Kishida summit in Seoul" keeps
    its noun.
    """
    token = tokens[index]
    if index == 0 or token.lower not in wc.NOUN_FIRST:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    before = tokens[index - 1].lower
    if not (
        token.lower == token.lemma
        and token.lower not in wc.IRREGULAR and not token.lower.endswith("s")
        and following is not None
        and (following.lower in {"to", "the", "a", "an", "for"}
             or following.shape is Shape.CAPITALIZED)
        and not before.endswith(_POSSESSIVE_ENDINGS)
    ):
        return False
    if tags[index - 1] is Tag.NOUN and before.endswith("s") and not before.endswith("ss"):
        return True  # "The two leaders plan to meet", "Both sides hope for a deal"
    back = _before_names(tags, index - 1)
    if back >= index - 1 or back < 1 or tokens[back].lower not in {"and", ","}:
        return False
    first = _before_names(tags, back - 1)
    return first < back - 1 and (first < 0 or tags[first] not in {Tag.PREP, Tag.DET, Tag.POSS})


def _before_names(tags: Sequence[Tag], last: int) -> int:
    """Return the index right before the run of names that ends at ``last`` (``last`` if none)."""
    while last >= 0 and tags[last] is Tag.NAME:
        last -= 1
    return last


def _reduplicated(tokens: Sequence[Token], index: int) -> bool:
    """Return whether "to" stands between two equal words ("face to face")."""
    return 0 < index < len(tokens) - 1 and tokens[index - 1].lower == tokens[index + 1].lower


def _gerund(before: Token, token: Token, previous: Tag | None) -> bool:
    """Return whether an -ing word heads a clause after a preposition ("after meeting X")."""
    return (
        previous is Tag.PREP
        and before.lower in _GERUND_PREPS
        and token.lower.endswith("ing")
        and token.lemma in wc.VERBS
    )


_PARTICIPLE_FOLLOWERS = frozenset(
    {"for", "on", "in", "at", "with", "during", "after", "the", "a", "an", "his", "her", "their"}
)


def _opening_participle(token: Token, following: Token | None) -> bool:
    """Whether a sentence opens with an -ing clause ("Meeting in Lima on Friday, A and B ...")."""
    return (
        token.lower.endswith("ing")
        and token.lemma in wc.VERBS
        and following is not None
        and following.lower in _PARTICIPLE_FOLLOWERS
    )


_PREPOSITIONAL_PARTICIPLES = frozenset(
    {"including", "excluding", "following", "regarding", "concerning", "according"}
)
"""-ing words that act as prepositions after a comma (", including Japan")."""


def _comma_participle(token: Token, following: Token | None) -> bool:
    """Whether an -ing verb after a comma opens a participle clause (", meeting Kim").

    As at the start of a sentence, with a name also as what follows: the
    participle's object.
    """
    return (
        _opening_participle(token, following)
        or (token.lower.endswith("ing") and token.lemma in wc.VERBS
            and following is not None and following.shape is Shape.CAPITALIZED)
    ) and token.lower not in _PREPOSITIONAL_PARTICIPLES


def _participle_form(lower: str) -> bool:
    """Whether a word has the regular past participle's ending ("finished", "scrapped")."""
    return lower.isalpha() and len(lower) > 4 and lower.endswith("ed")


def _is_main_have(token: Token, following: Token | None) -> bool:
    """'had talks', 'has a plan': have/do with no verb after is the main verb."""
    if following is None:
        return True
    if token.lemma == "have" and following.lower in wc.NOUN_FIRST:
        return True  # "had talks", "has plans"
    if following.lemma in wc.AUXILIARIES or _participle_form(following.lower):
        return False  # "has been", "had had", "have finished"
    return following.shape is not Shape.WORD or (
        following.lemma not in wc.VERBS
        and not (
            following.lower in wc.NEGATORS
            or following.lower in wc.ADVERBS
            or following.lower.endswith("ly")
        )
    )


_GROUP_INSIDE = frozenset({Tag.AUX, Tag.MODAL, Tag.NEG, Tag.ADV})
_GROUP_OR_TO = _GROUP_INSIDE | {Tag.TO}


def _verb_groups(tokens: Sequence[Token], tags: Sequence[Tag]) -> list[VerbGroup]:
    groups: list[VerbGroup] = []
    index = 0
    while index < len(tokens):
        if tags[index] not in {Tag.VERB, Tag.AUX, Tag.MODAL, Tag.TO}:
            index += 1
            continue
        first = index
        while index < len(tokens) and tags[index] in _GROUP_OR_TO:
            index += 1
        if index < len(tokens) and tags[index] is Tag.VERB:
            groups.append(_features(tokens, tags, first, index))
            index += 1
        elif index > first and any(tags[k] in {Tag.AUX, Tag.MODAL} for k in range(first, index)):
            last = max(k for k in range(first, index) if tags[k] in {Tag.AUX, Tag.MODAL})
            groups.append(_features(tokens, tags, first, last))
        else:
            index = max(index, first + 1)
    return groups


def _tense(tokens: Sequence[Token], tags: Sequence[Tag], first: int, last: int) -> Tense:
    lead = next(k for k in range(first, last + 1) if tags[k] is not Tag.ADV)
    head = tokens[lead]
    if tags[lead] is Tag.TO:
        return Tense.INFINITIVE
    if tags[lead] is Tag.MODAL:
        return Tense.FUTURE if head.lemma in {"will", "shall", "'ll", "’ll"} else Tense.MODAL
    lower = head.lower.replace("’", "'")
    if lower.split("n'")[0] in {"was", "were", "had", "did", "got"}:
        return Tense.PAST
    if tags[lead] is Tag.AUX:
        return Tense.PRESENT
    if lead == last and lower.endswith("ing"):
        return Tense.PARTICIPLE
    return Tense.PAST if is_participle(head) else Tense.PRESENT


def _features(tokens: Sequence[Token], tags: Sequence[Tag], first: int, last: int) -> VerbGroup:
    main = tokens[last]
    inside = range(first, last)
    lemmas = [tokens[k].lemma for k in inside if tags[k] is Tag.AUX]
    passive = (
        bool(lemmas)
        and lemmas[-1] in {"be", "get"}
        and is_participle(main)
        and (main.lemma not in {"be", "have"})
    )
    perfect = "have" in lemmas and (is_participle(main) or main.lemma == "be")
    modal = next((tokens[k].lower for k in inside if tags[k] is Tag.MODAL), None)
    if tags[last] is Tag.MODAL:
        modal = main.lower
    negated = any(
        tags[k] is Tag.NEG or _negated_contraction(tokens[k]) for k in range(first, last + 1)
    )
    return VerbGroup(
        first=first,
        last=last,
        lemma=main.lemma,
        tense=_tense(tokens, tags, first, last),
        perfect=perfect,
        progressive=bool(lemmas) and lemmas[-1] == "be" and main.lower.endswith("ing"),
        passive=passive,
        negated=negated,
        modal=modal,
    )


_NOUN_PARTS = frozenset({Tag.DET, Tag.POSS, Tag.NUM, Tag.NOUN, Tag.NAME})
_NOUN_BODY = _NOUN_PARTS - {Tag.DET, Tag.POSS}


def _hyphenated_measure(tokens: Sequence[Token], tags: Sequence[Tag], index: int) -> bool:
    """Whether a number, a hyphen and a noun follow from ``index`` ("41-minute")."""
    return (
        tags[index] is Tag.NUM
        and index + 2 < len(tokens)
        and tokens[index + 1].lower in {"-", "–"}
        and tags[index + 2] in _NOUN_BODY
    )


def _noun_groups(tokens: Sequence[Token], tags: Sequence[Tag]) -> list[NounGroup]:
    groups: list[NounGroup] = []
    index = 0
    while index < len(tokens):
        if tags[index] not in _NOUN_PARTS:
            index += 1
            continue
        first = index
        while index + 1 < len(tokens):
            if _hyphenated_measure(tokens, tags, index):
                index += 2  # "the 41-minute meeting": one group
                continue
            if tags[index + 1] not in _NOUN_BODY or (
                tokens[index].lower.endswith(("'s", "’s")) and tags[index + 1] is Tag.NUM
            ):
                break
            index += 1
        determiner = tokens[first].lower if tags[first] in {Tag.DET, Tag.POSS} else None
        groups.append(NounGroup(first, index, tokens[index].lemma, determiner))
        index += 1
    return groups


def chunk(tokens: Sequence[Token]) -> Phrases:
    """Tag ``tokens`` and group them into noun groups and verb groups."""
    tags = tag(tokens)
    return Phrases(
        tokens=tuple(tokens),
        tags=tags,
        verbs=tuple(_verb_groups(tokens, tags)),
        nouns=tuple(_noun_groups(tokens, tags)),
    )
