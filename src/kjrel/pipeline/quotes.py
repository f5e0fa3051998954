"""Stage 3: quotation marks to quote candidates (stub)."""

from __future__ import annotations

from kjrel.pipeline.types import QuoteCandidate, Segmentation


def find_quote_candidates(text: str, segmentation: Segmentation) -> tuple[QuoteCandidate, ...]:
    """Pair quotation marks and classify what they enclose."""
    del text, segmentation
    return ()
