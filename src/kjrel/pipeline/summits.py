"""Stage 7: meetings between leaders (stub)."""

from __future__ import annotations

from kjrel.gazetteer import Gazetteer
from kjrel.models import Document, Summit, TemporalExpression
from kjrel.pipeline.types import Mentions, Segmentation


def find_summits(
    document: Document,
    segmentation: Segmentation,
    mentions: Mentions,
    timexes: tuple[TemporalExpression, ...],
    gazetteer: Gazetteer,
) -> tuple[Summit, ...]:
    """Find the meetings between heads of state or government the article reports."""
    del document, segmentation, mentions, timexes, gazetteer
    return ()
