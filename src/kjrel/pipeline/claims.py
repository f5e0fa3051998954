"""Stage 9: dated claims about people taking or leaving office (stub)."""

from __future__ import annotations

from kjrel.models import Claim, Document, TemporalExpression
from kjrel.pipeline.types import Mentions, Segmentation


def find_claims(
    document: Document,
    segmentation: Segmentation,
    mentions: Mentions,
    timexes: tuple[TemporalExpression, ...],
) -> tuple[Claim, ...]:
    """Find claims of when a person takes or leaves office."""
    del document, segmentation, mentions, timexes
    return ()
