"""Stage 1: paragraphs, sentences and page furniture (stub)."""

from __future__ import annotations

from kjrel.pipeline.types import Paragraph, Segmentation, Sentence


def segment(text: str) -> Segmentation:
    """Split ``text`` into paragraphs and sentences, setting furniture aside."""
    paragraphs = []
    sentences = []
    pos = 0
    for index, line in enumerate(text.split("\n")):
        if line.strip():
            start = pos + len(line) - len(line.lstrip())
            end = pos + len(line.rstrip())
            paragraphs.append(Paragraph(start, end))
            sentences.append(Sentence(start, end, len(paragraphs) - 1))
        pos += len(line) + 1
        del index
    return Segmentation(tuple(paragraphs), tuple(sentences), ())
