"""Stage 4: speakers and cues for quotes (stub)."""

from __future__ import annotations

from kjrel.models import Document, Quote
from kjrel.pipeline.types import Mentions, QuoteCandidate, Segmentation


def attribute_quotes(
    document: Document,
    segmentation: Segmentation,
    candidates: tuple[QuoteCandidate, ...],
    mentions: Mentions,
) -> tuple[Quote, ...]:
    """Attach a speaker and a cue to every quote candidate that is a quote."""
    del document, segmentation, candidates, mentions
    return ()
