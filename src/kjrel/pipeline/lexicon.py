"""Word lists shared by several stages.

Rules as data: the reporting verbs, titles and pronouns the stages match,
in one place. Stages may keep lists that only they use in their own module.
Lists here are only ever extended, never narrowed, by one stage's needs.
"""

from __future__ import annotations

__all__ = ["PRONOUNS", "REPORTING_VERBS"]

REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "said", "says", "say", "stated", "states", "added", "adds", "told",
        "tells", "noted", "notes", "wrote", "writes", "announced", "announces",
        "declared", "declares", "stressed", "stresses", "emphasized",
        "emphasised", "insisted", "argued", "explained", "asked", "replied",
        "responded", "remarked", "commented", "warned", "urged", "continued",
        "recalled", "pledged", "vowed", "promised", "reiterated", "reaffirmed",
        "echoed", "expressed", "acknowledged", "admitted", "claimed",
        "suggested", "indicated", "confirmed", "affirmed", "praised",
        "denounced", "criticized", "criticised", "called", "described",
        "highlighted", "underscored", "underlined", "agreed",
    }
)
"""Verbs that report speech, in the forms the press uses (lower case)."""

PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "i", "we"})
"""Personal pronouns that can stand for a speaker (lower case)."""
