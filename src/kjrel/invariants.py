"""What every extraction must satisfy, whatever the input.

The fuzzers (``fuzz/``) and the robustness tests check these on every
input; users can run them on their own articles too::

    problem = extraction_problem(document, kjrel.pipeline.extract(document))
    assert problem is None, problem
"""

from __future__ import annotations

from kjrel.errors import KjrelError
from kjrel.models import Document, Extraction, Span
from kjrel.serialize import from_json, to_json

__all__ = ["extraction_problem", "stray_span"]


def stray_span(document: Document, extraction: Extraction) -> Span | None:
    """Return the first span that names another document or leaves the text, or ``None``."""
    size = len(document.text)
    for span in extraction.spans():
        if span.doc_id != document.id or not 0 <= span.start <= span.end <= size:
            return span
    return None


def extraction_problem(
    document: Document, extraction: Extraction, *, round_trip: bool = True
) -> str | None:
    """Return the first broken invariant of ``extraction`` as a sentence, or ``None``.

    The invariants: every span names ``document`` and lies inside its text;
    every quote's and temporal expression's ``text`` is exactly the text its
    span covers; and (with ``round_trip``) the extraction survives
    :func:`~kjrel.serialize.to_json` and :func:`~kjrel.serialize.from_json`
    unchanged.
    """
    text = document.text
    stray = stray_span(document, extraction)
    if stray is not None:
        if stray.doc_id != document.id:
            return f"span {stray} names another document"
        return f"span {stray} outside the text (length {len(text)})"
    covered = [(q.text, q.span) for q in extraction.quotes]
    covered += [(t.text, t.span) for t in extraction.timexes]
    for written, span in covered:
        if text[span.start : span.end] != written:
            return f"text {written!r} is not the text of its span {span}"
    if not round_trip:
        return None
    try:
        if from_json(to_json(extraction), Extraction) != extraction:
            return "to_json/from_json changed the extraction"
    except KjrelError as error:
        return f"the extraction does not survive JSON: {error}"
    return None
