"""Word lists as trie-shaped regular expressions.

A regular expression that lists many words (``seoul|tokyo|new york|...``)
makes Python's matcher try every word at every position. The same words as
a trie, their shared beginnings written once (``seoul|sejong|seo`` becomes
``se(?:o(?:ul)?|jong)``), try one branch per character.
:func:`trie_alternation` gives the words in that shape, matching what the
longest-first alternation of the same words matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_alternation"]

_END = ""
"""The key that marks a node where a word ends."""

_Node = dict[str, "_Node"]


def trie_alternation(words: Iterable[str]) -> str:
    """Return a regular expression (no group around it) matching any of ``words``.

    At any position it matches the longest word that fits there and lets the
    rest of the pattern match, as ``"|".join(sorted(words, key=len,
    reverse=True))`` (escaped) would. The words must differ in case only
    where a matcher's case folding tells them apart: give them in one case
    when the pattern ignores case.

    >>> trie_alternation(["seoul", "seo", "sejong"])
    'se(?:o(?:ul)?|jong)'
    >>> re.fullmatch(trie_alternation(["a.b", "a"]), "a.b") is not None
    True
    """
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _emit(root)


def _emit(node: _Node) -> str:
    """Return the expression for the words below ``node``."""
    branches = [re.escape(char) + _emit(child) for char, child in node.items() if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return (body if len(branches) > 1 else "(?:" + body + ")") + "?"
    return body
