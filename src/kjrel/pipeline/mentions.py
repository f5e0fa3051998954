"""Stage 2: mentions of people, organisations and groups (stub)."""

from __future__ import annotations

from kjrel.gazetteer import Gazetteer
from kjrel.models import Document
from kjrel.pipeline.types import Mentions, Segmentation


def find_mentions(document: Document, segmentation: Segmentation, gazetteer: Gazetteer) -> Mentions:
    """Find and resolve every mention of a person, organisation or group."""
    del document, segmentation, gazetteer
    return Mentions(())
