"""Stage 8: agreements and commitments (stub)."""

from __future__ import annotations

from kjrel.gazetteer import Gazetteer
from kjrel.models import Agreement, Document, Summit, TemporalExpression
from kjrel.pipeline.types import Mentions, Segmentation


def find_agreements(
    document: Document,
    segmentation: Segmentation,
    mentions: Mentions,
    timexes: tuple[TemporalExpression, ...],
    summits: tuple[Summit, ...],
    gazetteer: Gazetteer,
) -> tuple[Agreement, ...]:
    """Find agreements and commitments between governments."""
    del document, segmentation, mentions, timexes, summits, gazetteer
    return ()
