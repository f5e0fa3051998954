"""Extracting a corpus to JSON Lines, one article at a time, and reading it back.

:func:`extract_corpus` (``kjrel extract-corpus DIR --out FILE``) extracts
every article of a corpus directory and appends one line per article to a
JSON Lines file as soon as it is done, so memory stays constant however
large the corpus, and an interrupted run loses at most the article being
written. Each line is an envelope around a record as :mod:`kjrel.serialize`
writes it::

    {"schema": "kjrel/1", "type": "extraction", "id": "...", "sha256": "...", "record": {...}}
    {"schema": "kjrel/1", "type": "problem", "id": null, "sha256": null, "record": {...}}

``extraction`` records are :class:`~kjrel.models.Extraction` (the article's
text included); ``problem`` records are :class:`~kjrel.errors.Problem`
(manifest problems and warnings first, then a bad article's problem in its
place, with its ``id`` and ``sha256`` when the file could be read).

Resuming: run the same command again and every article whose id and
``sha256`` are already in the file (extracted, or recorded as a problem)
is skipped; a problem line already there is not written twice; a last line
cut short by an interruption is dropped before appending.

:func:`read_extractions` (and :func:`kjrel.loader.load_jsonl`) reads the file back
into the corpus :func:`kjrel.loader.load` would have built, without extracting
again: extractions and problems in file order; if an article's id appears
twice (its text changed between runs), the last extraction wins.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from attrs import frozen

from kjrel.errors import KjrelError, Problem, SerializationError
from kjrel.loader import Task, extract_stream, read_entries, seed_directory
from kjrel.manifest import future_publications, scan_manifest
from kjrel.models import Document, Extraction
from kjrel.serialize import EXPORT_SCHEMA, make_converter, parse_json, structure_record

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "ExtractReport", "envelope", "extract_corpus", "iter_lines", "read_extractions", "to_record",
]

Progress = Callable[[int, int], None]
"""Called with (articles handled, articles in the manifest) after each article."""


@frozen
class ExtractReport:
    """What one run of :func:`extract_corpus` did."""

    extracted: int
    """Articles extracted (or read from the cache) and written in this run."""
    skipped: int
    """Articles already in the output file, not extracted again."""
    problems: tuple[Problem, ...]
    """Problems written in this run (errors only with ``strict=False``; warnings always)."""


Key = tuple[str, str] | None
"""An article's (id, sha256), or ``None`` for a problem of no one article."""


@functools.cache
def _converter() -> cattrs.Converter:
    return make_converter()


def to_record(obj: Any) -> Any:
    """Return a record (an extraction, a problem) as the JSON values of :mod:`kjrel.serialize`."""
    return _converter().unstructure(obj)


def envelope(kind: str, key: Key, record: Any) -> str:
    """Return one line of the file: ``kind`` (``"extraction"`` or ``"problem"``), key, record.

    :param key: the article's ``(id, sha256)``, or ``None`` for a problem of no one article.
    :param record: the record as :func:`to_record` returns it.
    """
    doc_id, sha256 = key if key is not None else (None, None)
    data = {
        "schema": EXPORT_SCHEMA, "type": kind, "id": doc_id, "sha256": sha256, "record": record,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"


def iter_lines(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line number, envelope)`` for each line of an extract-corpus file.

    :raises SerializationError: naming the line of a bad envelope.
    """
    shown = str(path)
    with open(path, "rb") as stream:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                data = parse_json(raw, path=shown)
                _check_envelope(data, shown)
            except SerializationError as error:
                raise SerializationError(error.message, path=shown, line=number) from error
            yield number, data


def _check_envelope(data: Any, path: str) -> None:
    keys = {"schema", "type", "id", "sha256", "record"}
    if not isinstance(data, dict) or set(data) != keys:
        raise SerializationError(f"expected an object with keys {sorted(keys)}", path=path)
    if data["schema"] != EXPORT_SCHEMA:
        raise SerializationError(f"unsupported schema {data['schema']!r}", path=path)
    if data["type"] not in ("extraction", "problem"):
        raise SerializationError(f"unknown record type {data['type']!r} @ $.type", path=path)
    for name in ("id", "sha256"):
        if data[name] is not None and not isinstance(data[name], str):
            raise SerializationError(f"{name} must be a string or null @ $.{name}", path=path)


def read_extractions(path: str | Path) -> tuple[list[Extraction], list[Problem]]:
    """Read the extractions and problems of an extract-corpus file, in file order.

    ``path`` may also be a directory of JSON Lines partitions
    (:func:`kjrel.bag.write_partitions`): its ``*.jsonl`` files are read in
    name order.

    :raises SerializationError: naming the line of the first bad record.
    """
    extractions: dict[str, Extraction] = {}
    problems: list[Problem] = []
    files = sorted(Path(path).glob("*.jsonl")) if Path(path).is_dir() else [Path(path)]
    for file in files:
        _read_file(file, extractions, problems)
    return list(extractions.values()), problems


def _read_file(
    path: Path, extractions: dict[str, Extraction], problems: list[Problem]
) -> None:
    converter = _converter()
    for number, data in iter_lines(path):
        try:
            if data["type"] == "problem":
                problems.append(structure_record(
                    data["record"], Problem, path=str(path), root="$.record", converter=converter
                ))
                continue
            extraction = structure_record(
                data["record"], Extraction, path=str(path), root="$.record", converter=converter
            )
        except SerializationError as error:
            raise SerializationError(error.message, path=str(path), line=number) from error
        extractions[extraction.document.id] = extraction


def _done(path: Path) -> tuple[set[tuple[str, str]], set[str]]:
    """Return the (id, sha256) pairs and the problem lines already in ``path``.

    A last line without its newline (an interrupted write) is cut off first.
    """
    if not path.exists():
        return set(), set()
    _drop_partial_line(path)
    articles: set[tuple[str, str]] = set()
    problem_lines: set[str] = set()
    for _number, data in iter_lines(path):
        key = None if data["id"] is None or data["sha256"] is None else (
            data["id"], data["sha256"]
        )
        if data["type"] == "problem":
            problem_lines.add(envelope("problem", key, data["record"]))
        if key is not None:
            articles.add(key)
    return articles, problem_lines


def _drop_partial_line(path: Path) -> None:
    with open(path, "rb+") as stream:
        size = stream.seek(0, os.SEEK_END)
        if size == 0:
            return
        stream.seek(size - 1)
        if stream.read(1) == b"\n":
            return
        stream.seek(0)
        keep = stream.read().rfind(b"\n") + 1
        stream.truncate(keep)


def extract_corpus(
    directory: str | Path | None,
    out: str | Path,
    *,
    workers: int = 1,
    strict: bool = True,
    cache: bool = True,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ExtractReport:
    """Extract every article of ``directory`` into the JSON Lines file ``out``, resuming.

    Articles already in ``out`` (same id and ``sha256``) are skipped; the
    rest are extracted (``workers`` processes, the cache as for
    :func:`kjrel.loader.load`) and appended in manifest order, one line each,
    flushed as they come.

    :param strict: stop at the first bad article (what was written stays,
        and a later run resumes after it), or write it as a problem line.
    :raises CorpusError: if the directory is missing.
    :raises ManifestError: if the manifest is unusable, or (strict) an
        entry is bad.
    :raises DocumentError: (strict) if an article cannot be read or extracted.
    :raises SerializationError: if ``out`` exists but is not such a file.
    """
    source = seed_directory() if directory is None else Path(directory)
    out = Path(out)
    scan = scan_manifest(source)
    if strict and scan.errors:
        raise scan.errors[0]
    done, problem_lines = _done(out)
    today = dt.date.today() if today is None else today
    leading = [Problem.from_error(error) for error in scan.errors]
    leading.extend(future_publications(scan.entries, source, today=today))
    state = _Run(done, problem_lines, len(scan.entries), progress)
    with open(out, "a", encoding="utf-8", newline="") as stream:
        for problem in leading:
            state.write_problem(stream, problem, None)
        tasks = state.pending(read_entries(source, scan.entries))
        results = extract_stream(tasks, workers=workers, cache=cache)
        try:
            for result in results:
                state.write(stream, result, state.keys.popleft(), strict=strict)
        finally:
            results.close()  # a strict stop shuts the worker pool down now
    return ExtractReport(state.extracted, state.skipped, tuple(state.problems))


class _Run:
    """The bookkeeping of one extract-corpus run."""

    def __init__(
        self, done: set[tuple[str, str]], problem_lines: set[str], total: int,
        progress: Progress | None,
    ) -> None:
        self.done = done
        self.problem_lines = problem_lines
        self.total = total
        self.progress = progress
        self.handled = 0
        self.extracted = 0
        self.skipped = 0
        self.problems: list[Problem] = []
        self.keys: deque[Key] = deque()

    def pending(self, tasks: Iterator[Task]) -> Iterator[Task]:
        """Pass on the tasks not done yet, counting the skipped ones, noting each key."""
        for item, shown in tasks:
            key = (item.id, item.sha256) if isinstance(item, Document) else None
            if key is not None and key in self.done:
                self.skipped += 1
                self._tick()
                continue
            self.keys.append(key)
            yield item, shown

    def write_problem(self, stream: IO[str], problem: Problem, key: Key) -> None:
        """Append ``problem`` unless the same line is there already."""
        line = envelope("problem", key, to_record(problem))
        if line not in self.problem_lines:
            stream.write(line)
            stream.flush()
            self.problem_lines.add(line)
            self.problems.append(problem)

    def write(
        self, stream: IO[str], result: Extraction | KjrelError, key: Key, *, strict: bool
    ) -> None:
        """Append one article's extraction, or its problem (raised when strict)."""
        self._tick()
        if isinstance(result, KjrelError):
            if strict:
                raise result
            self.write_problem(stream, Problem.from_error(result), key)
            return
        stream.write(envelope("extraction", key, to_record(result)))
        stream.flush()
        self.extracted += 1

    def _tick(self) -> None:
        self.handled += 1
        if self.progress is not None:
            self.progress(self.handled, self.total)
