"""A cache of extractions on disk, so that loading a corpus again is instant.

:func:`kjrel.loader.load` looks each article up here before it runs the
pipeline, and stores what the pipeline made. An entry is keyed by

- the article's text (its ``sha256``), id and publication date,
- kjrel's version (``kjrel.__version__``),
- :func:`rules_digest`: a digest of the source files of
  :mod:`kjrel.pipeline`, of the bundled gazetteer and reference (code and data
  files), computed once per process,

so a change to the text, the rules or the reference data is a miss, never a
stale answer. Only extractions made with the bundled gazetteer are cached
(:func:`kjrel.loader.load` with a ``gazetteer`` of your own bypasses the
cache).

Where the cache lives:

- ``$KJREL_CACHE_DIR`` if set;
- otherwise ``$XDG_CACHE_HOME/kjrel``, or ``~/.cache/kjrel``;
- ``KJREL_NO_CACHE=1`` (any value but empty or ``0``) turns it off.

Each entry is one JSON file (``<dir>/v1/<ab>/<key>.json``) holding the
format tag, the key and the extraction as :mod:`kjrel.serialize` writes it,
the article's text included. An entry is never trusted: it is read with the
strict converter, its format and key must match, and its document must
equal the article being loaded (text, id, publication date, every manifest
field). A corrupt, truncated, foreign or mismatched file is ignored and
replaced. Files are written atomically (a temporary file in the same
directory, then :func:`os.replace`), so a reader never sees half an entry
and concurrent writers (``workers=N``) do not clash. A cache directory that
cannot be written is not an error: the load goes on without caching.

The TOML files of the gazetteer and of the reference are cached the same
way, parsed, as JSON (:func:`cached_toml`, ``<dir>/v1/toml/<key>.json``,
keyed by the text's digest and kjrel's version): parsing them was most of
the start-up of a warm ``kjrel show``. JSON, not pickle: an entry is data
and is never executed. The parse read back goes through the same checks as
one made from the TOML, and an unreadable, malformed or foreign entry (a
wrong format tag or key, a bad date) is a miss, parsed again and rewritten.
``KJREL_NO_CACHE`` turns this cache off too.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kjrel._version import __version__

if TYPE_CHECKING:
    import cattrs

    from kjrel.models import Document, Extraction

__all__ = [
    "CACHE_DIR_ENV",
    "CACHE_FORMAT",
    "NO_CACHE_ENV",
    "cache_directory",
    "cache_key",
    "cache_path",
    "cached_toml",
    "files_digest",
    "read_cached",
    "rules_digest",
    "toml_cache_key",
    "toml_cache_path",
    "write_atomically",
    "write_cached",
]

CACHE_DIR_ENV = "KJREL_CACHE_DIR"
"""The environment variable that moves the cache."""
NO_CACHE_ENV = "KJREL_NO_CACHE"
"""The environment variable that, set to ``1``, turns the cache off."""
CACHE_FORMAT = "kjrel-cache/1"
"""The format tag every cache entry carries."""

_PACKAGE = Path(__file__).resolve().parent
_RULE_SOURCES = (
    ("pipeline", "*.py"), ("gazetteer", "*.py"), ("gazetteer", "*.toml"),
    ("reference", "*.py"), ("reference", "*.toml"),
)
# Modules outside those folders whose code shapes what extraction returns.
_RULE_FILES = ("dates.py", "models.py")


def cache_directory() -> Path | None:
    """Return the cache directory the environment chooses, or ``None`` if it is off.

    The directory need not exist yet; it is made on the first write.
    """
    if os.environ.get(NO_CACHE_ENV, "") not in ("", "0"):
        return None
    chosen = os.environ.get(CACHE_DIR_ENV)
    if chosen:
        return Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "kjrel"


@functools.cache
def rules_digest() -> str:
    """Return the hex digest of the rules and reference data (once per process).

    It covers every ``.py`` file under :mod:`kjrel.pipeline`, the gazetteer's
    and the reference's code and ``.toml`` data (cited instruments are linked
    to the reference), and :mod:`kjrel.dates` and :mod:`kjrel.models`, by
    relative path and content.
    """
    paths = [path for folder, pattern in _RULE_SOURCES
             for path in sorted((_PACKAGE / folder).rglob(pattern))]
    paths += [_PACKAGE / name for name in _RULE_FILES]
    return files_digest(_PACKAGE, paths)


def files_digest(root: Path, paths: Iterable[Path]) -> str:
    """Return the hex sha256 of each file's path under ``root`` and the sha256 of its bytes.

    A change to any byte, a renamed file or one more file changes the digest.

    :raises OSError: if a file cannot be read.
    """
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def cache_key(document: Document) -> str:
    """Return the cache key of ``document``: text, id, date, version and rules."""
    parts = (
        CACHE_FORMAT, __version__, rules_digest(), document.sha256, document.id,
        document.published.isoformat(),
    )
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def cache_path(directory: Path, key: str) -> Path:
    """Return the file of the entry ``key`` in the cache ``directory``."""
    return directory / "v1" / key[:2] / f"{key}.json"


@functools.cache
def _converter() -> cattrs.Converter:
    from kjrel.serialize import make_converter  # noqa: PLC0415  (cattrs only when used)

    return make_converter()


def read_cached(directory: Path, document: Document) -> Extraction | None:
    """Return the cached extraction of ``document``, or ``None`` on a miss.

    A file that is unreadable, not JSON, of another format or key, not a
    valid extraction, or about another document is a miss.
    """
    from kjrel.models import Extraction  # noqa: PLC0415

    key = cache_key(document)
    try:
        data = json.loads(cache_path(directory, key).read_bytes())
    except (OSError, ValueError):
        return None
    if not _entry_matches(data, key):
        return None
    try:
        extraction = _converter().structure(data["extraction"], Extraction)
    except Exception:  # a foreign file may break structuring in any way
        return None
    return extraction if extraction.document == document else None


def _entry_matches(data: Any, key: str) -> bool:
    return (
        isinstance(data, dict)
        and set(data) == {"format", "key", "extraction"}
        and data["format"] == CACHE_FORMAT
        and data["key"] == key
    )


def write_atomically(target: Path, text: str) -> bool:
    """Write ``text`` to ``target`` whole or not at all; ``False`` if it cannot be written.

    A temporary file in the same directory, then :func:`os.replace`: a reader
    never sees half a file, and concurrent writers do not clash.
    """
    import tempfile  # noqa: PLC0415  (only on a write: a warm start never imports it)

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


def _tag_date(value: object) -> dict[str, str]:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return {"$date": value.isoformat()}
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _untag_date(data: dict[str, Any]) -> Any:
    if set(data) == {"$date"}:
        return dt.date.fromisoformat(data["$date"])
    return data


def toml_cache_key(text: str) -> str:
    """Return the key of the parse of the TOML ``text``: its digest and kjrel's version."""
    return hashlib.sha256(f"{CACHE_FORMAT}\0toml\0{__version__}\0{text}".encode()).hexdigest()


def toml_cache_path(directory: Path, key: str) -> Path:
    """Return the file of the parsed-TOML entry ``key`` in the cache ``directory``."""
    return directory / "v1" / "toml" / f"{key}.json"


def cached_toml(text: str, parse: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """Return ``parse(text)``, read from the cache when this very text was parsed before.

    Values may be strings, numbers, booleans, arrays, tables and dates;
    anything else (a TOML date-time) is parsed every time. A bad entry is a miss.
    """
    directory = cache_directory()
    if directory is None:
        return parse(text)
    key = toml_cache_key(text)
    target = toml_cache_path(directory, key)
    try:
        data = json.loads(target.read_bytes(), object_hook=_untag_date)
        if _entry_matches(data, key) and isinstance(data["extraction"], dict):
            return dict(data["extraction"])
    except (OSError, ValueError, TypeError):  # unreadable, not JSON, or a bad "$date"
        pass
    parsed = parse(text)
    try:
        entry = {"format": CACHE_FORMAT, "key": key, "extraction": parsed}
        write_atomically(target, json.dumps(entry, default=_tag_date, ensure_ascii=False))
    except (TypeError, ValueError):
        pass
    return parsed


def write_cached(directory: Path, extraction: Extraction) -> bool:
    """Store ``extraction`` in the cache, atomically; return whether it was written.

    Any failure to write (a read-only or full disk) leaves the cache as it was.
    """
    key = cache_key(extraction.document)
    target = cache_path(directory, key)
    data = {
        "format": CACHE_FORMAT,
        "key": key,
        "extraction": _converter().unstructure(extraction),
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return write_atomically(target, text)
