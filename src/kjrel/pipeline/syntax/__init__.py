"""The clause layer: sentence structure computed once and shared by the stages.

Three levels, each typed and tested on its own, in the cascaded design of
FASTUS and GATE:

1. :mod:`~kjrel.pipeline.syntax.words`: tokens with lemmas (morphology once;
   lexicons list lemmas).
2. :mod:`~kjrel.pipeline.syntax.phrases`: noun groups and verb groups (lemma,
   tense, aspect, modality, negation, voice).
3. :mod:`~kjrel.pipeline.syntax.clauses`: clauses with subject, verb group,
   slots, and the clause each depends on (relative, coordinate, infinitive,
   subordinate, reported).

The word classes the levels read are data, in
:mod:`~kjrel.pipeline.syntax.wordclass`.
"""

from __future__ import annotations

from kjrel.pipeline.syntax.clauses import Clause, ClauseKind, Parse, parse_sentence
from kjrel.pipeline.syntax.phrases import NounGroup, Phrases, Tag, Tense, VerbGroup
from kjrel.pipeline.syntax.words import Shape, Token, lemmatize, tokenize

__all__ = [
    "Clause",
    "ClauseKind",
    "NounGroup",
    "Parse",
    "Phrases",
    "Shape",
    "Tag",
    "Tense",
    "Token",
    "VerbGroup",
    "lemmatize",
    "parse_sentence",
    "tokenize",
]
