"""From a corpus directory to a :class:`~kjrel.corpus.Corpus`.

:func:`load` reads the manifest (:mod:`kjrel.manifest`), reads each article
it lists (:func:`read_document`), runs the extraction pipeline on each
(:func:`kjrel.pipeline.extract`) and merges the results
(:meth:`Corpus.build <kjrel.corpus.Corpus.build>`).

How article files are read:

- As bytes, never in text mode: there is no newline translation, so CRLF
  and lone CR line endings stay in :attr:`Document.text
  <kjrel.models.Document.text>` and every offset is an index into the text
  exactly as decoded.
- Decoded as strict UTF-8. A byte that is not UTF-8 is a
  :class:`~kjrel.errors.DocumentError` naming the file and the byte offset
  (and line) of the first bad byte.
- A leading UTF-8 byte-order mark is kept: it is decoded as the character
  U+FEFF at index 0 of the text, so offsets into the text stay offsets into
  the text as decoded (the body starts at index 1).
- An empty file (no bytes, or only white space and byte-order marks) is an error: it is most
  likely a failed download, and an empty article would vanish without a
  trace. A file of page furniture only, control characters, unbalanced
  quotation marks and very large files all load; what the pipeline makes of
  them is its business, in time linear in the size.
- ``sha256`` is the hex digest of the file's bytes.

By default (``strict=True``) the first bad article stops the load with an
error naming it. With ``strict=False`` every problem that concerns one
article (a rejected manifest entry, an unreadable or undecodable file, an
unlisted ``*.txt`` file, a failure in extraction) becomes a
:class:`~kjrel.errors.Problem` in :attr:`Corpus.problems
<kjrel.corpus.Corpus.problems>` and the rest is loaded. Problems with the
corpus as a whole (no directory, no manifest, bad TOML) always raise.

A publication date after today loads (in strict mode too) with a warning
:class:`~kjrel.errors.Problem` in :attr:`Corpus.problems
<kjrel.corpus.Corpus.problems>`: it anchors every relative date of its
article, so it is most likely a mistake. "Today" is the ``today``
argument of :func:`load`, the real date by default.

Extraction is cached on disk (:mod:`kjrel.cache`): a second load of the
same articles with the same kjrel reads each extraction back instead of
running the pipeline; ``cache=False`` or ``KJREL_NO_CACHE=1`` turns this off.
``workers=N`` extracts on ``N`` processes (``concurrent.futures``); the
corpus is identical to a serial load, problems and order included.

Nothing here evaluates input or opens the network; the only files written
are cache entries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kjrel.cache import cache_directory, read_cached, write_cached
from kjrel.corpus import Corpus
from kjrel.errors import BUG_NOTE, CorpusError, DocumentError, KjrelError, Problem, QueryError
from kjrel.gazetteer import Gazetteer, default_gazetteer
from kjrel.invariants import stray_span
from kjrel.layout import bundled_seed_directory
from kjrel.manifest import (
    ManifestEntry,
    future_publications,
    resolve_article_path,
    scan_manifest,
)
from kjrel.models import Document, Extraction

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = [
    "decode_article",
    "extract_article",
    "extract_cached",
    "extract_stream",
    "load",
    "load_jsonl",
    "read_article",
    "read_document",
    "seed_directory",
]


def seed_directory() -> Path:
    """Return the directory of the bundled seed corpus.

    In an installed wheel the seeds are package data (``kjrel/_seeds``); in
    a source checkout they are the repository's ``seeds/`` directory.

    :raises CorpusError: if neither is there.
    """
    found = bundled_seed_directory()
    if found is None:
        raise CorpusError(
            "the bundled seed corpus is missing (expected kjrel/_seeds in the installed"
            " package or seeds/ in the source tree)",
            path=str(Path(__file__).resolve().parent / "_seeds"),
        )
    return found


def decode_article(data: bytes, path: str | Path) -> str:
    """Decode an article's bytes as strict UTF-8, keeping any byte-order mark.

    :param path: the file name used in error messages.
    :raises DocumentError: if a byte is not UTF-8 (with its byte offset), or
        if the file is empty or only white space.
    """
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        line = data.count(b"\n", 0, error.start) + 1
        raise DocumentError(
            f"not valid UTF-8: byte 0x{bad:02x} at byte offset {error.start} (line {line}):"
            f" {error.reason}; expected UTF-8 text (convert the file, e.g. with iconv)",
            path=path,
            offset=error.start,
        ) from error
    if not text.replace("\ufeff", "").strip():
        what = "empty file" if not data else "file holds only white space"
        raise DocumentError(f"{what}; expected the article's body text", path=path, offset=0)
    return text


def read_document(directory: str | Path, entry: ManifestEntry) -> Document:
    """Read the article ``entry`` lists, from the corpus ``directory``.

    The path is checked again (relative, inside the directory, a regular
    file) before it is opened.

    :raises ManifestError: if the entry's path is unsafe or missing.
    :raises DocumentError: if the file cannot be read or decoded.
    """
    directory = Path(directory)
    target = resolve_article_path(directory, entry.file)
    shown = directory / entry.file
    data = _read_bytes(target, shown)
    return Document(
        id=entry.id,
        text=decode_article(data, shown),
        published=entry.published,
        title=entry.title,
        outlet=entry.outlet,
        url=entry.url,
        published_basis=entry.published_basis,
        path=entry.file,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def read_article(
    path: str | Path,
    *,
    published: dt.date,
    doc_id: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Document:
    """Read one article file outside any corpus (``kjrel extract``).

    The file is read and decoded as :func:`read_document` does.

    :param doc_id: the document id; the file's stem by default.
    :raises DocumentError: if the file cannot be read or decoded.
    """
    path = Path(path)
    if not path.is_file():
        what = "does not exist" if not path.exists() else "is not a regular file"
        raise DocumentError(f"the article file {what} (expected a UTF-8 text file)", path=path)
    data = _read_bytes(path, path)
    return Document(
        id=doc_id if doc_id is not None else path.stem,
        text=decode_article(data, path),
        published=published,
        title=title,
        outlet=outlet,
        url=url,
        path=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _read_bytes(target: Path, shown: Path) -> bytes:
    try:
        return target.read_bytes()
    except OSError as error:
        raise DocumentError(
            f"cannot read the article: {error.strerror or error}", path=shown
        ) from error


def load(
    path: str | Path | None = None,
    *,
    strict: bool = True,
    gazetteer: Gazetteer | None = None,
    today: dt.date | None = None,
    workers: int = 1,
    cache: bool = True,
) -> Corpus:
    """Load a corpus directory: read, check and extract every article.

    :param path: the corpus directory (holding ``manifest.toml``); the
        bundled seed corpus when ``None``.
    :param strict: stop at the first bad article (the default), or record
        each problem in :attr:`Corpus.problems <kjrel.corpus.Corpus.problems>`
        and load the rest.
    :param gazetteer: reference data; the bundled one by default. Only
        extractions made with the bundled one are cached.
    :param today: the date a publication date must not be after (a later
        one is a warning problem); the real date by default.
    :param workers: extract on this many processes; the corpus is the same
        as with one (the default), problems and order included.
    :param cache: read and write the extraction cache (:mod:`kjrel.cache`;
        also off with ``KJREL_NO_CACHE=1``).
    :raises CorpusError: if the directory is missing.
    :raises ManifestError: if the manifest is unusable, or (strict) an
        entry is bad or a ``*.txt`` file is not listed.
    :raises DocumentError: (strict) if an article cannot be read, decoded or
        extracted.
    :raises QueryError: if ``workers`` is not a whole number of at least 1.
    """
    directory = seed_directory() if path is None else Path(path)
    scan = scan_manifest(directory)
    if strict and scan.errors:
        raise scan.errors[0]
    problems = [Problem.from_error(error) for error in scan.errors]
    today = dt.date.today() if today is None else today
    problems.extend(future_publications(scan.entries, directory, today=today))
    extractions: list[Extraction] = []
    results = extract_stream(
        read_entries(directory, scan.entries), gazetteer=gazetteer, workers=workers, cache=cache
    )
    try:
        for result in results:
            if isinstance(result, KjrelError):
                if strict:
                    raise result
                problems.append(Problem.from_error(result))
            else:
                extractions.append(result)
    finally:
        results.close()  # a strict stop shuts the worker pool down now
    return Corpus.build(extractions, problems=problems, gazetteer=gazetteer)


def load_jsonl(path: str | Path, *, gazetteer: Gazetteer | None = None) -> Corpus:
    """Load a corpus from the JSON Lines ``kjrel extract-corpus`` wrote, extracting nothing.

    The corpus is the one :func:`load` builds from the same articles (in
    the order the file holds them, which is manifest order unless the
    manifest changed between resumed runs). See :mod:`kjrel.stream`.
    ``path`` may also be a directory of partitions (:mod:`kjrel.bag`).

    :raises SerializationError: naming the line of the first bad record.
    """
    from kjrel.stream import read_extractions  # noqa: PLC0415  (stream imports this module)

    extractions, problems = read_extractions(path)
    return Corpus.build(extractions, problems=problems, gazetteer=gazetteer)


Task = tuple[Document | KjrelError, str]
"""An article read for extraction (or why it could not be read), and its file name."""


def read_entries(directory: Path, entries: Iterable[ManifestEntry]) -> Iterator[Task]:
    """Read each article ``entries`` list, lazily, in order.

    An article that cannot be read is yielded as its error, not raised, so
    the caller decides (strict or lenient) in manifest order.
    """
    for entry in entries:
        shown = str(directory / entry.file)
        try:
            yield read_document(directory, entry), shown
        except KjrelError as error:
            yield error, shown


def extract_stream(
    tasks: Iterable[Task],
    *,
    gazetteer: Gazetteer | None = None,
    workers: int = 1,
    cache: bool = True,
) -> Generator[Extraction | KjrelError, None, None]:
    """Extract every task's article, yielding results (or errors) in the order of ``tasks``.

    With ``workers > 1`` the articles are extracted on a process pool, a
    bounded number ahead of the consumer, so memory stays constant however
    many articles there are. Errors are yielded, not raised.

    :raises QueryError: if ``workers`` is not a whole number of at least 1.
    """
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise QueryError(f"workers must be a whole number of at least 1, got {workers!r}")
    bundled = gazetteer is None or gazetteer is default_gazetteer()
    cache_dir = cache_directory() if cache and bundled else None
    if workers == 1:
        for item, shown in tasks:
            yield item if isinstance(item, KjrelError) else _extract_or_error(
                item, shown, gazetteer, cache_dir
            )
        return
    yield from _pool_stream(tasks, None if bundled else gazetteer, cache_dir, workers)


def _pool_stream(
    tasks: Iterable[Task], gazetteer: Gazetteer | None, cache_dir: Path | None, workers: int
) -> Iterator[Extraction | KjrelError]:
    pool = _LazyPool(workers, gazetteer, cache_dir)
    pending: deque[Future[Extraction | KjrelError] | Extraction | KjrelError] = deque()
    try:
        for item, shown in tasks:
            pending.append(pool.dispatch(item, shown))
            if len(pending) >= 4 * workers:
                yield _settle(pending.popleft())
        while pending:
            yield _settle(pending.popleft())
    finally:
        pool.shutdown()


class _LazyPool:
    """A process pool started at the first article the cache does not hold."""

    def __init__(self, workers: int, gazetteer: Gazetteer | None, cache_dir: Path | None) -> None:
        self.workers = workers
        self.gazetteer = gazetteer
        self.cache_dir = cache_dir
        self.pool: ProcessPoolExecutor | None = None

    def dispatch(
        self, item: Document | KjrelError, shown: str
    ) -> Future[Extraction | KjrelError] | Extraction | KjrelError:
        """Return an error as it is, a cached extraction, or the future of a worker's."""
        if isinstance(item, KjrelError):
            return item
        if self.cache_dir is not None:
            cached = read_cached(self.cache_dir, item)
            if cached is not None:
                return cached
        if self.pool is None:
            self.pool = self._start()
        return self.pool.submit(_worker_extract, item, shown)

    def _start(self) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415  (only when used)

        import kjrel.pipeline  # noqa: F401, PLC0415  (imported once here, not in every worker)

        if self.gazetteer is None:
            default_gazetteer()  # built once here too: forked workers inherit both
        return ProcessPoolExecutor(
            self.workers, initializer=_init_worker, initargs=(self.gazetteer, self.cache_dir)
        )

    def shutdown(self) -> None:
        """Stop the workers, cancelling what has not started."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def _settle(
    item: Future[Extraction | KjrelError] | Extraction | KjrelError,
) -> Extraction | KjrelError:
    if isinstance(item, Extraction | KjrelError):
        return item
    return item.result()


_WORKER: dict[str, Any] = {}


def _init_worker(gazetteer: Gazetteer | None, cache_dir: Path | None) -> None:
    _WORKER["gazetteer"] = gazetteer
    _WORKER["cache_dir"] = cache_dir


def _worker_extract(document: Document, shown: str) -> Extraction | KjrelError:
    return _extract_or_error(document, shown, _WORKER["gazetteer"], _WORKER["cache_dir"])


def _extract_or_error(
    document: Document, shown: str, gazetteer: Gazetteer | None, cache_dir: Path | None
) -> Extraction | KjrelError:
    try:
        return extract_cached(document, shown, gazetteer, cache_dir)
    except KjrelError as error:
        return error


def extract_cached(
    document: Document,
    shown: str | Path,
    gazetteer: Gazetteer | None = None,
    cache_dir: Path | None = None,
) -> Extraction:
    """Return :func:`extract_article` of ``document``, through the cache in ``cache_dir``.

    With ``cache_dir`` ``None`` nothing is cached. A cached extraction is
    used only if it is intact and about this very document
    (:func:`kjrel.cache.read_cached`); a fresh one is written back.

    :raises DocumentError: if extraction fails or breaks its invariants.
    """
    if cache_dir is not None:
        cached = read_cached(cache_dir, document)
        if cached is not None:
            return cached
    extraction = extract_article(document, shown, gazetteer)
    if cache_dir is not None:
        write_cached(cache_dir, extraction)
    return extraction


def extract(document: Document, gazetteer: Gazetteer | None = None) -> Extraction:
    """Run :func:`kjrel.pipeline.extract`, importing the pipeline on first use.

    Importing the loader does not import the pipeline, so a load that finds
    every article in the cache never pays for it.
    """
    from kjrel.pipeline import extract as run  # noqa: PLC0415

    return run(document, gazetteer)


def extract_article(
    document: Document, shown: str | Path, gazetteer: Gazetteer | None = None
) -> Extraction:
    """Run the pipeline on an article read from ``shown``, checking what it returns.

    Any failure that is not a :class:`~kjrel.errors.KjrelError` (a bug in
    kjrel) becomes a :class:`~kjrel.errors.DocumentError` naming the file,
    so that one article never stops a lenient load and the CLI prints one
    line. A span outside the text is reported the same way.

    :raises DocumentError: if extraction fails or breaks its invariants.
    """
    gazetteer = gazetteer or default_gazetteer()
    try:
        extraction = extract(document, gazetteer)
    except KjrelError:
        raise
    except MemoryError:
        raise
    except Exception as error:
        raise DocumentError(
            f"extraction failed: {type(error).__name__}: {error} ({BUG_NOTE})",
            path=shown,
        ) from error
    span = stray_span(document, extraction)
    if span is not None:
        raise DocumentError(
            f"extraction produced a span [{span.start}, {span.end}) of {span.doc_id!r}"
            f" outside the text (length {len(document.text)}) ({BUG_NOTE})",
            path=shown,
            offset=span.start,
        )
    return extraction
