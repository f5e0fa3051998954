"""Extraction over a Dask bag: the same records as ``kjrel extract-corpus``, in partitions.

An optional extra (``pip install "kjrel[dask]"``) for corpora too large for
one machine's processes, or for a Dask cluster you already have.
:func:`corpus_bag` turns a corpus directory into a bag of its articles' file
paths (with their manifest entries) and maps the same checked, cached
extraction :func:`kjrel.loader.load` runs over it, giving one JSON Lines
record per article, as :mod:`kjrel.stream` writes them.
:func:`write_partitions` writes the bag as one JSON Lines file per partition
(``part-00000.jsonl``, ...); :func:`kjrel.stream.read_extractions` and
:func:`kjrel.loader.load_jsonl` read the directory back, partitions in
order, which is manifest order: the corpus :func:`kjrel.loader.load` builds.

Problems are records too: manifest problems and warnings lead the first
partition, and a bad article's problem stands in its place (the corpus of
``load(strict=False)``). Any scheduler works; the tests use Dask's local
synchronous and threaded schedulers.
"""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path
from typing import Any

from kjrel.errors import KjrelError, Problem
from kjrel.loader import extract_cached, read_document, seed_directory
from kjrel.manifest import ManifestEntry, future_publications, scan_manifest
from kjrel.stream import envelope, to_record

__all__ = ["corpus_bag", "write_partitions"]


def _dask_bag() -> Any:
    try:
        return importlib.import_module("dask.bag")
    except ImportError as error:
        raise KjrelError(
            'Dask is not installed: pip install "kjrel[dask]" to extract over a Dask bag'
        ) from error


def corpus_bag(
    directory: str | Path | None = None,
    *,
    npartitions: int = 4,
    cache: bool = True,
    today: dt.date | None = None,
) -> Any:
    """Return a ``dask.bag.Bag`` of the corpus's JSON Lines records, one per article.

    Nothing is extracted until the bag is computed. The first element holds
    the manifest's problems and warnings (possibly none); each article is
    then read and extracted where its partition runs.

    :raises KjrelError: if Dask is not installed.
    :raises CorpusError: if the directory is missing.
    :raises ManifestError: if the manifest is unusable.
    """
    bag = _dask_bag()
    source = seed_directory() if directory is None else Path(directory)
    scan = scan_manifest(source)
    today = dt.date.today() if today is None else today
    leading = [Problem.from_error(error) for error in scan.errors]
    leading.extend(future_publications(scan.entries, source, today=today))
    head = "".join(envelope("problem", None, to_record(problem)) for problem in leading)
    items: list[tuple[str, ManifestEntry | None, str]] = [(str(source), None, head)]
    items.extend((str(source), entry, "") for entry in scan.entries)
    return bag.from_sequence(items, npartitions=max(1, npartitions)).map(
        _extract_line, cache=cache
    )


def _extract_line(item: tuple[str, ManifestEntry | None, str], *, cache: bool) -> str:
    """Read and extract one article; return its JSON Lines record (or its problem's)."""
    from kjrel.cache import cache_directory  # noqa: PLC0415

    source, entry, head = item
    if entry is None:
        return head
    directory = Path(source)
    shown = str(directory / entry.file)
    try:
        document = read_document(directory, entry)
    except KjrelError as error:
        return envelope("problem", None, to_record(Problem.from_error(error)))
    key = (document.id, document.sha256)
    try:
        extraction = extract_cached(
            document, shown, None, cache_directory() if cache else None
        )
    except KjrelError as error:
        return envelope("problem", key, to_record(Problem.from_error(error)))
    return envelope("extraction", key, to_record(extraction))


def write_partitions(
    directory: str | Path | None,
    out: str | Path,
    *,
    npartitions: int = 4,
    cache: bool = True,
    scheduler: str | None = None,
) -> list[Path]:
    """Extract the corpus over a Dask bag into ``out/part-NNNNN.jsonl``; return the files.

    :param scheduler: a Dask scheduler name (``"synchronous"``,
        ``"threads"``, ``"processes"``) or ``None`` for Dask's default.
    :raises KjrelError: if Dask is not installed.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    records = corpus_bag(directory, npartitions=npartitions, cache=cache)
    lines = records.filter(bool).map(lambda text: text.rstrip("\n"))
    names = lines.to_textfiles(
        str(out / "part-*.jsonl"), name_function=lambda i: f"{i:05d}",
        compute=True, scheduler=scheduler,
    )
    return [Path(name) for name in names]
