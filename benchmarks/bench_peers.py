"""kjrel against two peer tools on the same texts: prints figures, asserts nothing.

Run: ``python benchmarks/bench_peers.py [--repeat N] [--corpus DIR ...] [--spacy-model NAME]``

The texts are every article of the test corpora (each ``tests/*/`` that has
a ``manifest.toml``, or the ``--corpus`` directories given), read once. Each
system runs over all of them in this one process:

* kjrel: :func:`kjrel.pipeline.extract` of each article, with the on-disk
  caches off (``KJREL_NO_CACHE=1``, and no :func:`kjrel.load`);
* textacy + spaCy: ``nlp(text)`` with ``en_core_web_sm`` (the whole spaCy
  pipeline is timed), then ``textacy.extract.triples.direct_quotations``;
* dateparser: ``dateparser.search.search_dates`` with the publication date
  as ``RELATIVE_BASE`` and ``languages=["en"]``.

Each system is warmed up on one article first (kjrel compiles its patterns,
dateparser loads its language data, spaCy allocates), untimed. A figure is
the best of ``N`` runs over all the texts, the systems interleaved within
each run so that machine load affects them alike. For each system the
script prints the words (``len(text.split())``), the seconds, words per
second, kjrel's words per second divided by the system's, and what the
system found in the last run. textacy refuses a text with an odd number of
quotation marks (a ``ValueError``): such texts are counted as refused, their
spaCy time still counted. A peer that is not installed is skipped with
one line saying how to install it.

The peers extract less than kjrel: textacy only direct quotations,
dateparser only dates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

os.environ["KJREL_NO_CACHE"] = "1"

from kjrel.loader import read_document
from kjrel.manifest import MANIFEST_NAME, read_manifest
from kjrel.models import Document

ROOT = Path(__file__).resolve().parents[1]
INSTALL = 'pip install "kjrel[bench]"'


@dataclass
class System:
    """One system to time: a label, a function of one article, what it finds."""

    label: str
    run: Callable[[Document], int | None]
    """Process one article; return how many things were found, None if it refused."""
    found: str
    """What :attr:`run` counts, for the output ("quotes", "dates", ...)."""


def default_corpora() -> list[Path]:
    """Return every ``tests/*/`` directory that has a manifest, sorted."""
    return sorted(path.parent for path in (ROOT / "tests").glob(f"*/{MANIFEST_NAME}"))


def read_texts(corpora: Sequence[Path]) -> list[Document]:
    """Read every article listed by the manifests of ``corpora``, in order."""
    return [
        read_document(directory, entry)
        for directory in corpora
        for entry in read_manifest(directory)
    ]


def _version(distribution: str) -> str:
    """Return the installed version of ``distribution``, or ``?``."""
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "?"


def kjrel_system() -> System:
    """Return kjrel's pipeline as a :class:`System` counting all its records."""
    from kjrel.pipeline import extract  # noqa: PLC0415

    def run(document: Document) -> int:
        extraction = extract(document)
        return (
            len(extraction.quotes)
            + len(extraction.timexes)
            + len(extraction.summits)
            + len(extraction.agreements)
        )

    return System(f"kjrel {_version('kjrel')} extract", run, "quotes+timexes+summits+agreements")


def textacy_system(model: str) -> System | str:
    """Return textacy's direct quotations on spaCy ``model``, or why it is skipped."""
    try:
        spacy: Any = importlib.import_module("spacy")
        triples: Any = importlib.import_module("textacy.extract.triples")
    except ImportError as error:
        return f"textacy + spaCy skipped ({error}): {INSTALL}"
    try:
        nlp = spacy.load(model)
    except OSError:
        return (
            f"textacy + spaCy skipped (spaCy model {model!r} is not installed): "
            f"{INSTALL} && python -m spacy download en_core_web_sm"
        )

    def run(document: Document) -> int | None:
        doc = nlp(document.text)
        try:
            return sum(1 for _ in triples.direct_quotations(doc))
        except ValueError:  # an odd number of quotation marks: textacy gives up
            return None

    label = f"textacy {_version('textacy')} + spaCy {_version('spacy')} {model}"
    return System(label, run, "direct quotations")


def dateparser_system() -> System | str:
    """Return dateparser's ``search_dates``, or why it is skipped."""
    try:
        search: Any = importlib.import_module("dateparser.search")
    except ImportError as error:
        return f"dateparser skipped ({error}): {INSTALL}"

    def run(document: Document) -> int:
        base = dt.datetime.combine(document.published, dt.time())
        # English only, as the texts are: without it dateparser first detects
        # the language of every text.
        found = search.search_dates(
            document.text, languages=["en"], settings={"RELATIVE_BASE": base}
        )
        return len(found or ())

    return System(f"dateparser {_version('dateparser')} search_dates", run, "dates")


def run_all(system: System, documents: Sequence[Document]) -> tuple[int, int]:
    """Run ``system`` on every document; return what it found and how many it refused."""
    found = refused = 0
    for document in documents:
        count = system.run(document)
        if count is None:
            refused += 1
        else:
            found += count
    return found, refused


def time_all(
    systems: Sequence[System], documents: Sequence[Document], repeat: int
) -> list[tuple[float, tuple[int, int]]]:
    """Return each system's best time over ``documents``, what it found and refused.

    Every system is warmed up on the first document, untimed; then each of
    the ``repeat`` runs times every system in turn over all the documents.
    """
    for system in systems:
        system.run(documents[0])
    best = [float("inf")] * len(systems)
    found = [(0, 0)] * len(systems)
    for _ in range(repeat):
        for index, system in enumerate(systems):
            start = time.perf_counter()
            found[index] = run_all(system, documents)
            best[index] = min(best[index], time.perf_counter() - start)
    return list(zip(best, found, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per system (best is kept)")
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="a corpus directory with a manifest.toml (repeatable); default: tests/*/",
    )
    parser.add_argument(
        "--spacy-model", default="en_core_web_sm", help="the spaCy pipeline textacy runs on"
    )
    args = parser.parse_args()
    corpora = args.corpus or default_corpora()
    documents = read_texts(corpora)
    if not documents:
        parser.error("no articles in the corpora given")
    words = sum(len(document.text.split()) for document in documents)
    print(
        f"texts: {len(documents)} articles, {words} words, from {len(corpora)} corpus directories"
    )
    print(
        f"best of {args.repeat} runs, systems interleaved; each system warmed up on one "
        "article first, untimed (kjrel's pattern compilation is not counted); "
        "kjrel's disk cache off"
    )

    systems = [kjrel_system()]
    for peer in (textacy_system(args.spacy_model), dateparser_system()):
        if isinstance(peer, str):
            print(peer)
        else:
            systems.append(peer)

    results = time_all(systems, documents, args.repeat)
    kjrel_rate = words / results[0][0]
    width = max(len(system.label) for system in systems) + 2
    print(
        f"{'system':<{width}}{'words':>8}{'seconds':>10}{'words/s':>10}{'kjrel ratio':>13}  found"
    )
    for system, (seconds, (found, refused)) in zip(systems, results, strict=True):
        rate = words / seconds
        print(
            f"{system.label:<{width}}{words:>8}{seconds:>10.2f}{rate:>10.0f}"
            f"{kjrel_rate / rate:>12.2f}x  {found} {system.found}"
            + (f" ({refused} texts refused)" if refused else "")
        )


if __name__ == "__main__":
    main()
