"""Stage 5: temporal expressions (stub)."""

from __future__ import annotations

from kjrel.models import Document, TemporalExpression
from kjrel.pipeline.types import Segmentation


def find_timexes(document: Document, segmentation: Segmentation) -> tuple[TemporalExpression, ...]:
    """Find temporal expressions and resolve them against ``document.published``."""
    del document, segmentation
    return ()
