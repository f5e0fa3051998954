"""The syntax layer: tokens with lemmas, phrases with verb features, clauses."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kjrel.pipeline.syntax.clauses import Clause, ClauseKind, governors, parse_sentence
from kjrel.pipeline.syntax.phrases import Tag, Tense, chunk
from kjrel.pipeline.syntax.words import lemmatize, tokenize


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("met", "meet"),
        ("meets", "meet"),
        ("meeting", "meet"),
        ("convened", "convene"),
        ("inked", "ink"),
        ("sealed", "seal"),
        ("hosted", "host"),
        ("hosting", "host"),
        ("visited", "visit"),
        ("held", "hold"),
        ("sat", "sit"),
        ("chatted", "chat"),
        ("pledged", "pledge"),
        ("agreed", "agree"),
        ("was", "be"),
        ("news", "news"),
        ("ties", "ties"),
    ],
)
def test_lemmas(form: str, lemma: str) -> None:
    """Regular and irregular forms lose their inflection; unknown words keep their form."""
    assert lemmatize(form) == lemma


def test_tokens_keep_offsets_and_abbreviations() -> None:
    """Tokens point back into the text; 'U.S.' is one token, "Kishida's" keeps its 's."""
    text = "Then U.S. President Biden met Kishida's envoy."
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens][:5] == ["Then", "U.S.", "President", "Biden", "met"]
    assert "Kishida's" in [t.text for t in tokens]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Korea-U.S. summit opens.", ["The", "Korea-U.S.", "summit", "opens", "."]),
        ("a U.S.-Japan pact", ["a", "U.S.-Japan", "pact"]),
        ("the Japan-U.S.-ROK Summit", ["the", "Japan-U.S.-ROK", "Summit"]),
    ],
)
def test_a_compound_with_an_abbreviation_is_one_token(text: str, words: list[str]) -> None:
    """A hyphenated compound keeps its abbreviation's last full stop ("Korea-U.S.")."""
    assert [t.text for t in tokenize(text)] == words


def test_a_verb_word_after_a_possessive_is_a_modifier() -> None:
    """"Kim's state visit": "state" is no verb after a possessive, as after "their"."""
    tokens = tokenize("Kim's state visit to Japan was a success.")
    assert chunk(tokens).tags[1] is Tag.NOUN


def _verb(sentence: str, lemma: str):  # type: ignore[no-untyped-def]
    phrases = chunk(tokenize(sentence))
    return next(group for group in phrases.verbs if group.lemma == lemma)


@pytest.mark.parametrize(
    ("sentence", "lemma", "tense", "negated", "passive", "perfect", "modal"),
    [
        ("Yoon met Kishida.", "meet", Tense.PAST, False, False, False, None),
        ("Yoon will meet Kishida.", "meet", Tense.FUTURE, False, False, False, "will"),
        ("Yoon could meet Kishida.", "meet", Tense.MODAL, False, False, False, "could"),
        ("Yoon did not meet Kishida.", "meet", Tense.PAST, True, False, False, None),
        ("Yoon didn't meet Kishida.", "meet", Tense.PAST, True, False, False, None),
        ("A summit was held in Seoul.", "hold", Tense.PAST, False, True, False, None),
        ("They had met twice.", "meet", Tense.PAST, False, False, True, None),
        ("They have never met.", "meet", Tense.PRESENT, True, False, True, None),
        ("The pact was not signed.", "sign", Tense.PAST, True, True, False, None),
        ("Leaders are meeting today.", "meet", Tense.PRESENT, False, False, False, None),
        ("Roh holds talks on Monday.", "hold", Tense.PRESENT, False, False, False, None),
        ("The talks will no longer take place.", "take", Tense.FUTURE, True, False, False,
         "will"),
    ],
)
def test_verb_group_features(
    sentence: str,
    lemma: str,
    tense: Tense,
    negated: bool,
    passive: bool,
    perfect: bool,
    modal: str | None,
) -> None:
    """Tense, negation, voice, aspect and modality are read once, in the verb group."""
    group = _verb(sentence, lemma)
    assert (group.tense, group.negated, group.passive, group.perfect, group.modal) == (
        tense,
        negated,
        passive,
        perfect,
        modal,
    )


def test_meeting_nouns_after_determiners_are_nouns() -> None:
    """'the talks', 'their meeting' are nouns; 'they talk' is a verb."""
    phrases = chunk(tokenize("Their meeting and the talks went well."))
    assert {g.lemma for g in phrases.verbs} == {"go"}
    phrases = chunk(tokenize("They talk often."))
    assert [g.lemma for g in phrases.verbs] == ["talk"]


@pytest.mark.parametrize(
    ("sentence", "lemmas"),
    [
        ("North Korea's satellite launch plans were a threat.", ["be"]),
        ("The satellite launch plans remain a threat.", ["remain"]),
        ("People want peace.", ["want"]),
        ("The two sides agree on the plan.", ["agree"]),
    ],
)
def test_base_verb_after_a_singular_noun_is_a_compound(sentence: str, lemmas: list[str]) -> None:
    """A singular noun takes no base-form verb, so 'launch' in 'launch plans' is a noun."""
    assert [g.lemma for g in chunk(tokenize(sentence)).verbs] == lemmas


def _clauses(sentence: str) -> list[tuple[str, str | None, str | None]]:
    parse = parse_sentence(sentence, 0, len(sentence))
    tokens = parse.phrases.tokens
    out = []
    for clause in parse.clauses:
        subject = None
        if clause.subject is not None:
            first, last = clause.subject
            subject = " ".join(t.text for t in tokens[first : last + 1])
        out.append((clause.kind.value, clause.verb.lemma if clause.verb else None, subject))
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Yoon met Kishida, who had visited Seoul.",
            [("main", "meet", "Yoon"), ("relative", "visit", "Kishida")],
        ),
        (
            "Yoon and Kishida met on Friday and agreed to expand exchanges.",
            [
                ("main", "meet", "Yoon and Kishida"),
                ("coordinate", "agree", "Yoon and Kishida"),
                ("infinitive", "expand", "Yoon and Kishida"),
            ],
        ),
        (
            "Kishida met Yoon on Thursday, and on the same day held talks with Xi.",
            [("main", "meet", "Kishida"), ("coordinate", "hold", "Kishida")],
        ),
        (
            "Kishida, who will visit Seoul, hosted Yoon.",
            [("main", None, None), ("relative", "visit", "Kishida"), ("main", "host", "Kishida")],
        ),
        (
            "After meeting Biden, Yoon said that he would travel to Tokyo.",
            [
                ("subordinate", "meet", "Yoon"),
                ("main", "say", "Yoon"),
                ("complement", "travel", "he"),
            ],
        ),
        (
            "They last held talks in May, when Park met Kim's successor, Lee, in Busan.",
            [("main", "hold", "They"), ("relative", "meet", "Park")],
        ),
        (
            "On Monday he met Lee, and on Tuesday he sat down with Wang.",
            [("main", "meet", "On Monday he"), ("coordinate", "sit", "on Tuesday he")],
        ),
        (
            "The leaders could meet if the talks go well.",
            [("main", "meet", "The leaders"), ("subordinate", "go", "the talks")],
        ),
        (
            "They agreed to further strengthen ties.",
            [("main", "agree", "They"), ("infinitive", "strengthen", "They")],
        ),
        (
            "He hopes to appropriately manage the agreement.",
            [("main", "hope", "He"), ("infinitive", "manage", "He")],
        ),
        (
            "They agreed to expand exchanges as well as resume talks.",
            [
                ("main", "agree", "They"),
                ("infinitive", "expand", "They"),
                ("coordinate", "resume", "They"),
            ],
        ),
        (
            "They condemned moves by Russia and Iran to arm Pyongyang, and agreed to act.",
            [
                ("main", "condemn", "They"),
                ("infinitive", "arm", "They"),
                ("coordinate", "agree", "They"),
                ("infinitive", "act", "They"),
            ],
        ),
        (
            "Kishida is due to fly home late Saturday and plans to visit a plant.",
            [
                ("main", "be", "Kishida"),
                ("infinitive", "fly", "Kishida"),
                ("coordinate", "plan", "Kishida"),
                ("infinitive", "visit", "Kishida"),
            ],
        ),
        (
            "Lee, for his part, sat down with Anwar, and the pair agreed to act.",
            [
                ("main", "sit", "Lee , for his part"),
                ("coordinate", "agree", "the pair"),
                ("infinitive", "act", "the pair"),
            ],
        ),
        (
            "Lee will also host Xi for a summit on Saturday.",
            [("main", "host", "Lee")],
        ),
        (
            "On Monday, in addition to the talks with Roh, Koizumi met Hu.",
            [("main", "meet", "Koizumi")],
        ),
        (
            "They agreed to back the Cup, which the two will co-host, and to expand exchanges.",
            [
                ("main", "agree", "They"),
                ("infinitive", "back", "They"),
                ("relative", "co-host", "the two"),
                ("coordinate", None, "They"),
                ("infinitive", "expand", None),
            ],
        ),
        (
            "The pact that Moon signed was scrapped in 2019.",
            [("main", None, None), ("relative", "sign", "Moon"), ("main", "scrap", "The pact")],
        ),
        (
            "He gave a speech, held talks with Johnson, and flew home.",
            [("main", "give", "He"), ("coordinate", "hold", "He"), ("coordinate", "fly", "He")],
        ),
        (
            "It was their second summit, after the talks they held in Seoul.",
            [("main", "be", "It"), ("subordinate", None, None), ("relative", "hold", "they")],
        ),
        (  # two gerunds of one preposition, two adjectives of one noun: no clause opens
            "They agreed to work toward keeping and widening a free and open order.",
            [("main", "agree", "They"), ("infinitive", "work", "They")],
        ),
    ],
)
def test_clauses(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """Relative, coordinate, infinitive, subordinate and complement clauses, with subjects."""
    assert _clauses(sentence) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses_into_clauses_covering_its_tokens(text: str) -> None:
    """Any text parses; clauses tile the tokens in order; token spans lie in the text."""
    parse = parse_sentence(text, 0, len(text))
    tokens = parse.phrases.tokens
    assert all(0 <= t.start < t.end <= len(text) for t in tokens)
    if tokens:
        assert parse.clauses[0].first == 0
        assert parse.clauses[-1].last == len(tokens) - 1
        for before, after in zip(parse.clauses, parse.clauses[1:], strict=False):
            assert after.first == before.last + 1
    assert all(isinstance(c.kind, ClauseKind) for c in parse.clauses)
    assert _no_governor_cycle(parse.clauses)


def _no_governor_cycle(clauses: Sequence[Clause]) -> bool:
    for number in range(len(clauses)):
        seen: set[int] = set()
        current: int | None = number
        while current is not None:
            if current in seen:
                return False
            seen.add(current)
            current = clauses[current].governor
    return True


def test_a_fronted_clause_and_its_main_clause_make_no_governor_cycle() -> None:
    """"Following the meeting, the two leaders signed ...": the main clause hangs on nothing.

    A cycle here once sent a walk up the governors into an endless loop (found by
    the coverage-guided fuzzer).
    """
    text = "Following the meeting, the two leaders signed the joint declaration."
    parse = parse_sentence(text, 0, len(text))
    assert _no_governor_cycle(parse.clauses)
    assert parse.clauses[-1].kind is ClauseKind.MAIN and parse.clauses[-1].governor is None


def test_a_fronted_ing_clause_takes_the_main_subject() -> None:
    """'Meeting in Seoul on Sunday, the leaders of A, B and C adopted ...': one fronted clause."""
    assert _clauses(
        "Meeting in Seoul on Sunday, the leaders of Chile, Peru and Brazil adopted a plan."
    ) == [
        ("subordinate", "meet", "the leaders of Chile , Peru and Brazil"),
        ("main", "adopt", "the leaders of Chile , Peru and Brazil"),
    ]


def test_that_before_a_noun_of_time_is_a_demonstrative() -> None:
    """'again in Vladivostok that September': one clause, not a relative one."""
    sentence = "Moon and Abe met in Hamburg in July and again in Vladivostok that September."
    assert _clauses(sentence) == [("main", "meet", "Moon and Abe")]


def test_so_that_opens_a_subordinate_clause_not_a_relative_one() -> None:
    """'asked for help so that the summit can take place': a clause of purpose."""
    clauses = _clauses("Yoon asked for help so that the summit can take place in Seoul.")
    assert clauses[0] == ("main", "ask", "Yoon")
    assert "relative" not in [kind for kind, _verb, _subject in clauses]


# Rule lexicons that name verbs by lemma, and the lemmas in them that are no
# verb of their own: auxiliaries and modals the tagger reads apart ("have",
# "would"), an adjective ("due"), a noun ("signing") and a noun-first form the
# rules test as a written word ("date").
_NOT_VERBS = frozenset({"have", "would", "due", "signing", "date"})


def _rule_lemma_sets() -> dict[str, frozenset[str]]:
    from kjrel.pipeline import agreement_rules, event_rules, lexicon

    sets: dict[str, frozenset[str]] = {
        f"TRIGGER_VERBS[{k.value}]": v for k, v in event_rules.TRIGGER_VERBS.items()
    }
    sets["LIGHT_VERBS"] = frozenset(event_rules.LIGHT_VERBS)
    for module in (event_rules, agreement_rules, lexicon):
        for name in dir(module):
            value = getattr(module, name)
            if name.endswith("_LEMMAS") and isinstance(value, frozenset):
                sets[f"{module.__name__}.{name}"] = value
    return sets


def test_every_lemma_a_rule_names_is_a_verb_the_tagger_knows() -> None:
    """A rule that tests a verb group's lemma never fires for a word tagged as a noun."""
    from kjrel.pipeline.syntax import wordclass as wc

    unknown = {
        name: sorted(lemma for lemma in lemmas
                     if " " not in lemma and lemma not in wc.VERBS | _NOT_VERBS)
        for name, lemmas in _rule_lemma_sets().items()
    }
    assert {name: words for name, words in unknown.items() if words} == {}


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Kishida paid a return visit to Seoul.", "pay"),
        ("The two leaders concurred on the need for talks.", "concur"),
        ("Seoul unveiled its plan on Monday.", "unveil"),
    ],
)
def test_a_rule_verb_heads_its_clause(sentence: str, verb: str) -> None:
    parse = parse_sentence(sentence, 0, len(sentence))
    assert parse.clauses[0].verb is not None and parse.clauses[0].verb.lemma == verb


def test_a_noun_first_rule_verb_after_a_determiner_stays_a_noun() -> None:
    sentence = "The pay rise and the study were approved."
    phrases = chunk(tokenize(sentence))
    tags = dict(zip((t.lower for t in phrases.tokens), phrases.tags, strict=True))
    assert tags["pay"] is Tag.NOUN and tags["study"] is Tag.NOUN


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("A plan for Kishida to visit Seoul in May was dropped.", "drop"),
        ("Efforts by both sides to revive the talks have stalled.", "stall"),
        ("An agreement to resume shuttle diplomacy was reached on Monday.", "reach"),
    ],
)
def test_an_infinitive_on_the_subject_hangs_on_the_resumed_main_verb(
    sentence: str, verb: str
) -> None:
    """The main clause resumes at the finite verb after an infinitive on its subject noun."""
    parse = parse_sentence(sentence, 0, len(sentence))
    infinitive = next(c for c in parse.clauses if c.kind is ClauseKind.INFINITIVE)
    assert infinitive.governor is not None
    governor = parse.clauses[infinitive.governor]
    assert governor.kind is ClauseKind.MAIN and governor.verb is not None
    assert governor.verb.lemma == verb and governor.subject == (0, infinitive.first - 1)


def test_an_ing_verb_after_a_comma_before_a_name_opens_a_participle_clause() -> None:
    sentence = "Yoshiro Mori flew to Seoul on Thursday, meeting Kim Dae-jung."
    parse = parse_sentence(sentence, 0, len(sentence))
    last = parse.clauses[-1]
    assert last.verb is not None and last.verb.lemma == "meet" and last.subject == (0, 1)


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        ("Yoon and Kishida plan to hold a summit in Seoul.", "plan", True),
        ("Moon, Abe hope for a thaw at the G20", "hope", True),
        ("He recalled Yoon's visit to Tokyo in March and Kishida's trip to Seoul.", "trip", False),
        ("Yoon and Kishida set for Sunday talks", "set", False),
    ],
)
def test_a_base_form_after_two_coordinated_names_is_their_present(
    sentence: str, word: str, verb: bool
) -> None:
    phrases = chunk(tokenize(sentence))
    tags = dict(zip((t.lower for t in phrases.tokens), phrases.tags, strict=False))
    assert (tags[word] is Tag.VERB) == verb


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        ("Kishida plans to visit Seoul in May.", "plans", True),
        ("Seoul hopes for a deal by the end of the year.", "hopes", True),
        ("Moon calls for talks with Tokyo.", "calls", True),
        ("Abe's plans to visit Seoul were dropped.", "plans", False),
        ("Abe visits to Seoul were rare.", "visits", False),
    ],
)
def test_an_s_form_after_a_name_before_its_complement_is_the_names_present(
    sentence: str, word: str, verb: bool
) -> None:
    """'Kishida plans to visit', 'Seoul hopes for': a verb; 'Abe's plans to ...': a noun."""
    phrases = chunk(tokenize(sentence))
    tags = dict(zip((t.lower for t in phrases.tokens), phrases.tags, strict=False))
    assert (tags[word] is Tag.VERB) == verb


def test_an_ordinal_after_own_modifies_the_noun() -> None:
    """'his own first summit': one noun group, so the possessor owns the summit."""
    phrases = chunk(tokenize("Lee held his own first summit with Trump."))
    tags = dict(zip((t.lower for t in phrases.tokens), phrases.tags, strict=False))
    assert tags["first"] is Tag.NOUN


def test_a_base_form_after_a_plural_noun_subject_is_its_present() -> None:
    phrases = chunk(tokenize("Both sides hope for a deal by the end of the year."))
    tags = dict(zip((t.lower for t in phrases.tokens), phrases.tags, strict=False))
    assert tags["hope"] is Tag.VERB


def test_a_noun_first_word_opening_a_sentence_has_no_subject_before_it() -> None:
    """The plural-present rule looks back from the word: at the first token there is nothing."""
    phrases = chunk(tokenize("Hope for a deal fades."))
    assert phrases.tags[0] is Tag.NOUN


def test_a_for_phrase_with_a_name_is_the_subject_of_the_infinitive_after_it() -> None:
    """'Arrangements were made for Yoon to hold talks': Yoon holds them."""
    assert _clauses("Arrangements were made for President Yoon to hold talks.") == [
        ("main", "make", "Arrangements"), ("infinitive", "hold", "President Yoon")]


def test_a_bare_conjunct_of_an_infinitive_hangs_on_what_the_infinitive_hangs_on() -> None:
    """'hoped to visit Japan and meet Suga': 'meet' is hoped for, as 'visit' is."""
    sentence = "Moon hoped to visit Japan and meet Suga."
    parse = parse_sentence(sentence, 0, len(sentence))
    meet = parse.clauses[-1]
    assert [c.verb.lemma for c in governors(parse, meet) if c.verb] == ["visit", "hope"]


@pytest.mark.parametrize("verb", ["strengthen", "deepen", "speed"])
def test_a_base_form_ending_like_a_participle_is_no_past_form(verb: str) -> None:
    """'and strengthen the order' is a base form, not a past participle in -en or -ed."""
    sentence = f"They agreed to maintain and {verb} the order."
    parse = parse_sentence(sentence, 0, len(sentence))
    group = next(c.verb for c in parse.clauses if c.verb is not None and c.verb.lemma == verb)
    assert group.tense is not Tense.PAST


def test_a_conjunct_s_subject_may_carry_an_aside_set_off_by_commas() -> None:
    """', and cabinet ministers, among them Taro Aso, visited ...': the ministers visited."""
    found = _clauses("Abe spoke in Seoul, and cabinet ministers, among them Taro Aso, "
                     "visited the shrine last month.")
    assert found[-1][:2] == ("coordinate", "visit")
    assert found[-1][2] is not None and "ministers" in found[-1][2]


@pytest.mark.parametrize(
    ("sentence", "first_name", "last_name"),
    [
        ("Prime Minister Ishiba, who hosted the talks, and President Lee agreed to meet "
         "again.", "Ishiba", "Lee"),
        ("Foreign Minister Iwaya, who chaired the session, Foreign Minister Wang and "
         "Foreign Minister Cho agreed to meet again.", "Iwaya", "Cho"),
    ],
)
def test_a_list_subject_runs_across_a_relative_clause_on_its_first_item(
    sentence: str, first_name: str, last_name: str
) -> None:
    """'X, who hosted the talks, and Y agreed': X and Y agreed, not Y alone."""
    found = _clauses(sentence)
    agreed = next(subject for _kind, verb, subject in found if verb == "agree")
    assert agreed is not None
    assert first_name in agreed.split() and agreed.split()[-1] == last_name


def test_a_resumed_subject_stays_its_own_when_the_relative_clause_names_someone() -> None:
    """'X, who met Kishida on Friday, and Y agreed': the relative's name keeps the span short."""
    found = _clauses("President Yoon, who met Kishida on Friday, and Premier Li agreed to "
                     "meet again.")
    agreed = next(subject for _kind, verb, subject in found if verb == "agree")
    assert agreed == "Premier Li"


def test_a_subject_noun_may_take_a_with_phrase_naming_a_partner() -> None:
    """', but a planned meeting with Trump was called off': a clause of its own."""
    found = _clauses("He held talks with Albanese on June 16, but a planned meeting with "
                     "President Donald Trump was called off.")
    assert [kind for kind, _verb, _subject in found] == ["main", "coordinate"]
    assert found[-1][1] == "call" and found[-1][2] is not None and "meeting" in found[-1][2]


def test_while_after_a_is_a_noun_not_a_subordinator() -> None:
    """'just a short while ago': 'while' opens no clause."""
    text = "Just a short while ago, the two leaders met."
    parse = parse_sentence(text, 0, len(text))
    assert [c.kind for c in parse.clauses] == [ClauseKind.MAIN]


def test_a_participle_after_an_opening_adverb_hangs_on_the_main_clause() -> None:
    """'First, beginning at 5:15 p.m., I held ...': the participle tells the main clause's time."""
    text = "First, beginning at 5:15 p.m., I held a summit meeting with President Biden."
    parse = parse_sentence(text, 0, len(text))
    held = next(n for n, c in enumerate(parse.clauses) if c.verb and c.verb.lemma == "hold")
    begin = next(c for c in parse.clauses if c.verb and c.verb.lemma == "begin")
    assert begin.governor == held


def test_a_finite_verb_after_a_conditional_aside_resumes_the_main_clause() -> None:
    """'Kishida, if circumstances permit, will visit': the visit is the main clause's."""
    text = "Prime Minister Kishida, if circumstances permit, will visit Seoul on May 7."
    parse = parse_sentence(text, 0, len(text))
    visit = next(c for c in parse.clauses if c.verb and c.verb.lemma == "visit")
    assert visit.kind is ClauseKind.MAIN


def test_a_zero_relative_may_have_a_future_verb() -> None:
    """'the summit he will host on May 19': a relative clause with no 'that', in the future."""
    text = "Kishida has invited Yoon to the summit he will host on May 19."
    parse = parse_sentence(text, 0, len(text))
    host = next(c for c in parse.clauses if c.verb and c.verb.lemma == "host")
    assert host.kind is ClauseKind.RELATIVE and host.verb is not None
    assert host.verb.tense is Tense.FUTURE
