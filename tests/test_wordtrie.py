"""trie_alternation matches what the longest-first alternation of its words matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kjrel.pipeline.wordtrie import trie_alternation

_WORDS = st.lists(st.text(alphabet="ab. -", min_size=1, max_size=5), min_size=1, max_size=12)


def _longest_first(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@given(words=_WORDS, text=st.text(alphabet="abAB. -x", max_size=40))
def test_same_matches_as_the_longest_first_alternation(words: list[str], text: str) -> None:
    for after in ("", r"(?![\w-])"):
        plain = re.compile(r"(?<![\w.])(?:" + _longest_first(words) + ")" + after, re.IGNORECASE)
        trie = re.compile(r"(?<![\w.])(?:" + trie_alternation(words) + ")" + after, re.IGNORECASE)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_shared_beginnings_are_written_once() -> None:
    assert trie_alternation(["seoul", "seo", "sejong"]) == "se(?:o(?:ul)?|jong)"
    assert trie_alternation(["u.s.", "us"]) == r"u(?:\.s\.|s)"
