"""Coverage-guided fuzzing of kjrel's reader and extractor with atheris (libFuzzer).

Usage (``pip install -e ".[fuzz]"`` first)::

    python fuzz/atheris_extract.py -max_total_time=60          # what CI runs
    python fuzz/atheris_extract.py -runs=1000000 -max_len=2048 -jobs=2 -workers=2

Any libFuzzer option works. Without a corpus directory on the command
line, the harness seeds one (every article under ``tests/`` and ``seeds/``,
with its publication date) in ``--workdir`` (default
``/tmp/kjrel-atheris-extract``) and adds a dictionary of the rules' own
words (:func:`atheris_support.rule_words`). An input is an optional
``YYYY-MM-DD`` line and the article's bytes (:func:`atheris_support.split_input`).

Each input must:

1. decode (``decode_article``) to its strict UTF-8 text or raise
   ``DocumentError`` with an offset inside the input;
2. extract to an ``Extraction`` or raise a ``KjrelError``, nothing else;
3. keep every span inside the text, every quote's and time expression's
   text equal to what its span covers, and survive ``to_json``/``from_json``
   (the invariants of ``fuzz_extract.py``).

A failure stops the run and libFuzzer writes the input as ``crash-<sha1>``
(``-artifact_prefix=DIR/`` puts it elsewhere); ``-minimize_crash=1`` with
``-runs=...`` shrinks it. Each one found becomes a test in
``tests/test_robustness.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris
from atheris_support import libfuzzer_args, rule_words, seed_articles, split_input, split_workdir

with atheris.instrument_imports(include=["kjrel"]):
    from kjrel.errors import DocumentError, KjrelError
    from kjrel.loader import decode_article
    from kjrel.models import Document
    from kjrel.pipeline import extract

from fuzz_extract import Fuzzer  # the shared invariants (imported after instrumentation)


class InvariantBroken(AssertionError):
    """An input broke one of the harness's invariants (a bug in kjrel)."""


def test_one_input(data: bytes) -> None:
    """Check one input; raise for libFuzzer to record it as a crash."""
    published, body = split_input(data)
    try:
        text = decode_article(body, "fuzz.txt")
    except DocumentError as error:
        if error.offset is None or not 0 <= error.offset <= len(body):
            raise InvariantBroken(f"decode error without a valid offset: {error}") from error
        return
    document = Document("fuzz", text, published)
    try:
        extraction = extract(document)
    except KjrelError:
        return
    problem = Fuzzer.invariants(document, extraction)
    if problem is not None:
        raise InvariantBroken(problem)


def main(argv: list[str]) -> None:
    """Seed the corpus and the dictionary where not given, then run libFuzzer."""
    rest, workdir = split_workdir(argv, Path("/tmp/kjrel-atheris-extract"))
    atheris.Setup(libfuzzer_args(rest, workdir, seed_articles(), rule_words()), test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
