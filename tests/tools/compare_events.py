"""Score the clause-layer summit candidates against the rules in use.

Usage (from the repository root)::

    python tests/tools/compare_events.py tests/articles tests/heldout tests/blind

For each corpus it prints the summit P/R/F1 of the stage as shipped and of
the same stage with its candidates taken from :mod:`kjrel.pipeline.summit_frames`
(clauses instead of character windows). The clause layer becomes the default
once it is at least as good on the development corpora and the seeds.
"""

from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

from kjrel import load
from kjrel.annotation import load_gold_dir, micro_average, pair_documents, score, to_annotation
from kjrel.pipeline import summit_frames, summits


def _score(corpus: Path) -> str:
    gold = load_gold_dir(corpus / "gold")
    loaded = load(corpus)
    system = {e.document.id: to_annotation(e) for e in loaded.extractions}
    pairs, _, _ = pair_documents(gold, system)
    s = micro_average(score(g, t) for _, g, t in pairs).summits
    return f"P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}"


def main(argv: list[str]) -> None:
    for name in argv or ["tests/articles", "tests/heldout", "tests/blind"]:
        corpus = Path(name)
        shipped = _score(corpus)
        def clause_summits(document, segmentation, mentions, timexes, gazetteer,  # type: ignore[no-untyped-def]
                           original=summits.find_summits):
            def candidates(document, segmentation, refs, timexes, gazetteer):  # type: ignore[no-untyped-def]
                return summit_frames.frame_candidates(
                    document, segmentation, mentions, refs, timexes, gazetteer
                )

            with mock.patch.object(summits, "_candidates", candidates):
                return original(document, segmentation, mentions, timexes, gazetteer)

        with mock.patch("kjrel.pipeline.find_summits", clause_summits):
            clauses = _score(corpus)
        print(f"{name}\n  shipped:      {shipped}\n  clause layer: {clauses}")


if __name__ == "__main__":
    main(sys.argv[1:])
