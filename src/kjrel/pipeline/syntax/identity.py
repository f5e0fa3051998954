"""An enum base whose members hash by identity.

:class:`enum.Enum` hashes a member by hashing its name in Python code; the
syntax layer tests word classes against small sets of members millions of
times per corpus (``previous in {Tag.NOUN, Tag.NAME}``), and that hash was
a tenth of the parse. A member is a singleton compared by identity, so
hashing its identity is as correct and runs in C.
"""

from __future__ import annotations

import enum

__all__ = ["IdentityEnum"]


class IdentityEnum(enum.Enum):
    """An :class:`enum.Enum` whose members hash by identity (same equality, faster hash)."""

    __hash__ = object.__hash__
