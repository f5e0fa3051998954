"""Common family names that an article makes name one leader.

A family name borne by many people ("Bush", "Kim", "Lee") names a leader alone
only after a title, unless the article names that leader in full, or lists
the name with a rarer leader's name, which shows whom it means. Both the
mention stage and the leader references read this one test.
"""

from __future__ import annotations

import functools
import re

from kjrel.pipeline.events_lexicon import COMMON_FAMILY_NAMES

__all__ = ["listed_with_others"]

_NAME_LIST = re.compile(r"\b[A-Z][a-z]+(?:(?:,\s+|,?\s+and\s+)[A-Z][a-z]+)+\b")
_ITEM = re.compile(r"[A-Z][a-z]+")


def listed_with_others(text: str, key: str) -> bool:
    """Whether the common family name ``key`` is listed with a rarer family name in ``text``.

    "Bush, Roh and Abe hold talks": joined to a name few others bear, the
    article's "Bush" is the leader in office then, in every sentence, as if
    named in full; "Moon and Lee" proves nothing.
    """
    return key in _listed_names(text)


@functools.lru_cache(maxsize=64)  # both name stages ask of the same article's text
def _listed_names(text: str) -> frozenset[str]:
    """Return every name ``text`` lists with at least one rarer family name."""
    found: set[str] = set()
    for listed in _NAME_LIST.finditer(text):
        items = _ITEM.findall(listed.group(0))
        found.update(item for item in items
                     if any(other != item and other not in COMMON_FAMILY_NAMES
                            for other in items))
    return frozenset(found)
