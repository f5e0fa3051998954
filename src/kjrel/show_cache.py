"""A cache of what ``kjrel show`` printed, so that showing an unchanged corpus again is instant.

The extraction cache (:mod:`kjrel.cache`) saves running the pipeline; a
warm ``kjrel show`` still paid for importing the models, reading every
cached extraction and building the corpus. This cache keeps the finished
output instead, keyed by everything it depends on:

- the bytes of every file under the corpus directory (by relative path),
- the bytes of every ``.py`` and ``.toml`` file of the installed kjrel
  (:func:`source_digest`: rules, reference data and the code that merges and
  prints) and kjrel's version,
- the command's options, and today's date (a publication date after today
  is a warning).

A hit prints the stored standard output and standard error and returns the
stored exit status, without importing the pipeline. An entry is one JSON
file (``<cache>/v1/show/<ab>/<key>.json``) with a format tag and its key; a
corrupt, truncated or foreign file is a miss and is replaced. Only complete
runs are stored: a run that raised is not. The same environment variables as
the extraction cache move it (``KJREL_CACHE_DIR``) or turn it off
(``KJREL_NO_CACHE=1``). The module uses the standard library only, so a hit
costs little more than the interpreter's start.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import NamedTuple

from kjrel._version import __version__
from kjrel.cache import cache_directory, files_digest, write_atomically

__all__ = ["SHOW_FORMAT", "Shown", "read_shown", "show_key", "source_digest", "write_shown"]

SHOW_FORMAT = "kjrel-show-1"
"""The format tag of an entry; an entry with another tag is a miss."""

_PACKAGE = Path(__file__).resolve().parent


class Shown(NamedTuple):
    """What one ``kjrel show`` run printed, and its exit status."""

    stdout: str
    stderr: str
    status: int


@functools.cache
def source_digest() -> str:
    """Return the hex digest of kjrel's own ``.py`` and ``.toml`` files (once per process)."""
    sources = files_digest(_PACKAGE, (
        path for path in sorted(_PACKAGE.rglob("*"))
        if path.suffix in (".py", ".toml") and "__pycache__" not in path.parts
    ))
    return hashlib.sha256(f"{__version__}\0{sources}".encode()).hexdigest()


def _corpus_files(directory: Path) -> Iterator[Path]:
    """Yield every file under ``directory`` but hidden ones, in a stable order."""
    for root, folders, files in os.walk(directory):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def show_key(directory: Path, options: Mapping[str, object], today: dt.date) -> str | None:
    """Return the key of a ``kjrel show`` of ``directory``, or ``None`` if it cannot be read."""
    digest = hashlib.sha256(f"{SHOW_FORMAT}\0{source_digest()}\0{today.isoformat()}\0".encode())
    digest.update(json.dumps(dict(options), sort_keys=True, default=str).encode() + b"\0")
    try:
        digest.update(files_digest(directory, _corpus_files(directory)).encode())
    except OSError:
        return None
    return digest.hexdigest()


def _entry_path(key: str) -> Path | None:
    directory = cache_directory()
    return None if directory is None else directory / "v1" / "show" / key[:2] / f"{key}.json"


def read_shown(key: str) -> Shown | None:
    """Return the stored output of the run keyed ``key``, or ``None`` (a miss)."""
    path = _entry_path(key)
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not (
        isinstance(data, dict) and data.get("format") == SHOW_FORMAT and data.get("key") == key
        and isinstance(data.get("stdout"), str) and isinstance(data.get("stderr"), str)
        and isinstance(data.get("status"), int)
    ):
        return None
    return Shown(data["stdout"], data["stderr"], data["status"])


def write_shown(key: str, shown: Shown) -> bool:
    """Store a run's output under ``key``; ``False`` if the cache is off or unwritable."""
    path = _entry_path(key)
    if path is None:
        return False
    entry = {"format": SHOW_FORMAT, "key": key, **shown._asdict()}
    return write_atomically(path, json.dumps(entry, ensure_ascii=False))
