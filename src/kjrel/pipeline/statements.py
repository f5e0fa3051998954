"""Stage 6: reported statements (stub)."""

from __future__ import annotations

from kjrel.models import Document, Quote, Statement
from kjrel.pipeline.types import Mentions, Segmentation


def find_statements(
    document: Document,
    segmentation: Segmentation,
    mentions: Mentions,
    quotes: tuple[Quote, ...],
) -> tuple[Statement, ...]:
    """Find sentences of reported speech that hold no full direct quote."""
    del document, segmentation, mentions, quotes
    return ()
