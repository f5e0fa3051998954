"""Coverage-guided fuzzing of kjrel's manifest reader and corpus loader with atheris.

Usage (``pip install -e ".[fuzz]"`` first)::

    python fuzz/atheris_manifest.py -max_total_time=60         # what CI runs
    python fuzz/atheris_manifest.py -runs=1000000

Each input is the bytes of a ``manifest.toml``, written into a scratch
corpus directory (``--workdir``, default ``/tmp/kjrel-atheris-manifest``)
that holds a few small articles (``a.txt``, ``b.txt``, ``sub/c.txt``, a file
that is not UTF-8, an empty one). The seeds are every manifest under
``tests/`` and ``seeds/``. Each input must:

1. give ``scan_manifest`` a scan, or raise a ``KjrelError`` naming the
   manifest or the directory, nothing else;
2. load with ``kjrel.load(strict=False)`` without raising anything but a
   ``KjrelError`` about the corpus as a whole, every problem naming a file;
3. load with ``strict=True`` or raise a ``KjrelError``.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import atheris
from atheris_support import libfuzzer_args, rule_words, seed_manifests, split_workdir

with atheris.instrument_imports(include=["kjrel"]):
    from kjrel.errors import KjrelError
    from kjrel.loader import load
    from kjrel.manifest import scan_manifest

ARTICLES = {
    "a.txt": b"SEOUL -- Prime Minister Fumio Kishida met President Yoon Suk Yeol on Friday.\n",
    "b.txt": b'"We agreed," Yoon said on March 16, 2023.\n',
    "sub/c.txt": b"Moon Jae-in and Shinzo Abe held talks in Osaka.\n",
    "latin1.txt": "Caf\u00e9".encode("latin-1"),
    "empty.txt": b"",
}


# A manifest that lists the scratch articles, so that inputs reach the loader and extractor.
SCRATCH_MANIFEST = b"""schema = 1
ignore = ["empty.txt"]

[[article]]
id = "a"
file = "a.txt"
published = 2024-02-29
outlet = "Wire"
title = "Leaders meet"

[[article]]
id = "b"
file = "b.txt"
published = 2023-03-16

[[article]]
id = "c"
file = "sub/c.txt"
published = 2019-06-28

[[article]]
id = "latin"
file = "latin1.txt"
published = 1965-06-22
"""


class InvariantBroken(AssertionError):
    """An input broke one of the harness's invariants (a bug in kjrel)."""


def make_corpus(directory: Path) -> Path:
    """Create the scratch corpus directory with its articles; return the manifest path."""
    for name, data in ARTICLES.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return directory / "manifest.toml"


def check(directory: Path) -> None:
    """Read and load the corpus in ``directory`` both ways; raise on a broken invariant."""
    try:
        scan_manifest(directory)
    except KjrelError as error:
        if error.path is None:
            raise InvariantBroken(f"manifest error without a file: {error}") from error
        return
    corpus = load(directory, strict=False, cache=False)
    for problem in corpus.problems:
        if not problem.path:
            raise InvariantBroken(f"problem without a file: {problem}")
    with contextlib.suppress(KjrelError):  # either outcome is fine; anything else is not
        load(directory, strict=True, cache=False)


def main(argv: list[str]) -> None:
    """Seed the corpus and the dictionary where not given, then run libFuzzer."""
    rest, workdir = split_workdir(argv, Path("/tmp/kjrel-atheris-manifest"))
    scratch = workdir / f"corpus-dir-{os.getpid()}"  # one per process: -jobs=N runs several
    manifest = make_corpus(scratch)

    def test_one_input(data: bytes) -> None:
        manifest.write_bytes(data)
        check(scratch)

    words = [*rule_words(), "[[article]]", "id", "file", "published", "outlet", "title",
             "url", "language", "ignore", "schema", "=", "\"", "'''", "a.txt", "sub/c.txt",
             "latin1.txt", "empty.txt", "../", "2024-02-29", "1965-06-22"]
    seeds = [*seed_manifests(), ("scratch", SCRATCH_MANIFEST)]
    atheris.Setup(libfuzzer_args(rest, workdir / "seeds", seeds, words), test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
