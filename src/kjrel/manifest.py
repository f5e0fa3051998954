"""The corpus manifest: ``manifest.toml`` to :class:`ManifestEntry` records.

A corpus is a directory holding ``manifest.toml`` and the article files it
lists. The manifest looks like this::

    schema = 1
    ignore = ["README.txt"]          # optional: .txt files that are not articles

    [[article]]
    id = "000_0e3f6676d6eabf8a"      # required, unique: letters, digits, . _ - :
    file = "000_0e3f6676d6eabf8a.txt"  # required, relative to the directory
    published = 2024-09-07           # required: a TOML date (or "YYYY-MM-DD")
    title = "..."                    # optional
    outlet = "..."                   # optional
    url = "https://..."              # optional
    published_basis = "stated"       # optional: how the date is known

Everything is checked before any article is read: the TOML syntax, the
schema version, every key's name and type, the dates, that ids are unique,
that each ``file`` is a relative path that stays inside the directory
(no absolute path, no ``..``, no symbolic link leading out) and names an
existing regular file, and that every ``*.txt`` file under the directory
is listed (or matched by ``ignore``). Each failure is a
:class:`~kjrel.errors.ManifestError` naming ``manifest.toml`` and the line
of the offending entry or key.

A bare ``published`` value that TOML cannot read as a date
(``published = 2024-13-01``) is not reported as TOML's syntax error but as
a bad ``published`` value of its entry, with the reason
(``manifest.toml:7: bad published value '2024-13-01': month must be in
1..12``); it rejects that entry only.

A publication date after today is not an error but a warning
(:func:`future_publications`): it anchors every relative date of the
article, so it is most likely a typing mistake.

:func:`read_manifest` raises the first problem; :func:`scan_manifest`
collects the problems that concern one entry (or one unlisted file), so
that ``kjrel.load(..., strict=False)`` can load the rest.
"""

from __future__ import annotations

import calendar
import datetime as dt
import fnmatch
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from attrs import field, frozen

from kjrel import layout
from kjrel.errors import CorpusError, ManifestError, Problem

__all__ = [
    "MANIFEST_NAME",
    "SCHEMA_VERSION",
    "ManifestEntry",
    "ManifestScan",
    "future_publications",
    "read_manifest",
    "resolve_article_path",
    "scan_manifest",
]

MANIFEST_NAME = layout.MANIFEST_NAME
"""The file name of the manifest inside a corpus directory."""

SCHEMA_VERSION = 1
"""The manifest schema this version of kjrel reads (``schema = 1``)."""

_TOP_KEYS = ("schema", "article", "ignore")
_REQUIRED = ("id", "file", "published")
_OPTIONAL = ("title", "outlet", "url", "published_basis")
_ENTRY_KEYS = tuple(sorted(_REQUIRED + _OPTIONAL))
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,199}\Z")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_TOML_WHERE = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)\s*\Z")
_HEADER = re.compile(r"[ \t]*\[\[[ \t]*(?:article|\"article\"|'article')[ \t]*\]\]")
_BOM = "\ufeff"
_BARE_PUBLISHED = re.compile(
    r"(?P<head>[ \t]*(?:published|\"published\"|'published')[ \t]*=[ \t]*)"
    r"(?P<value>[^\"'\[{#\s][^#]*?)(?P<tail>[ \t]*(?:#.*)?)\Z"
)
_BARE_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(.*)\Z")
_DATE_EXAMPLE = "expected a TOML date like 2024-09-07"


@frozen
class ManifestEntry:
    """One ``[[article]]`` of a manifest, checked."""

    id: str
    """The article's identifier, unique within the corpus."""
    file: str
    """The article's path relative to the corpus directory, with ``/`` separators."""
    title: str | None
    """The headline (or a descriptive title), if given."""
    outlet: str | None
    """The publishing outlet, if given."""
    url: str | None
    """Where the article was published, if given."""
    published: dt.date
    """The publication date: the anchor for relative dates."""
    published_basis: str | None
    """How the publication date is known ("stated", "inferred: ..."), if given."""
    line: int | None = field(default=None, eq=False, repr=False)
    """The line of the entry's ``[[article]]`` header in ``manifest.toml``."""
    published_line: int | None = field(default=None, eq=False, repr=False)
    """The line of the entry's ``published`` key in ``manifest.toml``."""


@frozen
class ManifestScan:
    """What :func:`scan_manifest` found: the good entries and the problems."""

    entries: tuple[ManifestEntry, ...]
    """Entries that passed every check, in manifest order."""
    errors: tuple[ManifestError, ...]
    """One error per rejected entry or unlisted file, in manifest order
    (unlisted files last, sorted by path)."""


# --------------------------------------------------------------------------
# Line finding
# --------------------------------------------------------------------------


class _Lines:
    """Where things are in the manifest's text (for error messages).

    TOML parsers return values, not positions; this finds the line of the
    n-th ``[[article]]`` header and of a key inside one, by scanning lines.
    When the text does not have one header per entry (an inline array, a
    header inside a multi-line string) it answers ``None`` rather than guess.
    """

    def __init__(self, text: str, entries: int, bare: Mapping[int, str] | None = None) -> None:
        self.bare_published = dict(bare or {})
        """Lines whose bare ``published`` value TOML could not read, and that value."""
        self.lines = text.split("\n")
        self.headers = [i + 1 for i, line in enumerate(self.lines) if _HEADER.match(line)]
        if len(self.headers) != entries:
            self.headers = []

    def entry(self, index: int) -> int | None:
        """Return the 1-based line of entry ``index``'s header, if known."""
        return self.headers[index] if index < len(self.headers) else None

    def key(self, key: str, index: int | None = None) -> int | None:
        """Return the line of ``key = ...`` in entry ``index`` (or at top level)."""
        if index is None:
            first, last = 1, (self.headers[0] - 1 if self.headers else len(self.lines))
        else:
            start = self.entry(index)
            if start is None:
                return None
            first = start + 1
            last = self.headers[index + 1] - 1 if index + 1 < len(self.headers) else len(
                self.lines
            )
        pattern = re.compile(r"[ \t]*(?:" + re.escape(key) + r"|\"" + re.escape(key)
                             + r"\"|'" + re.escape(key) + r"')[ \t]*=")
        for number in range(first, last + 1):
            if pattern.match(self.lines[number - 1]):
                return number
        return None if index is None else self.entry(index)


# --------------------------------------------------------------------------
# Path safety
# --------------------------------------------------------------------------


def resolve_article_path(directory: Path, file: str) -> Path:
    """Return the real path of ``file`` inside ``directory``, or raise.

    ``file`` must be a non-empty relative path with ``/`` separators and no
    ``..`` component, and, once every symbolic link is followed, it must
    still lie inside ``directory`` and name an existing regular file. Nothing
    is read.

    :raises ManifestError: naming ``directory/manifest.toml`` (without a
        line: callers that know the line add it).
    """
    manifest = directory / MANIFEST_NAME
    problem = _path_shape_problem(file)
    if problem is not None:
        raise ManifestError(problem, path=manifest)
    try:
        root = directory.resolve()
        target = (root / file).resolve()
    except (OSError, RuntimeError) as error:
        raise ManifestError(
            f"file {file!r} cannot be resolved ({error}); expected a file or a symbolic link"
            " that ends at a file inside the directory",
            path=manifest,
        ) from error
    if not target.is_relative_to(root):
        raise ManifestError(
            f"file {file!r} leads outside the corpus directory (it resolves to {target});"
            " expected a file inside the directory",
            path=manifest,
        )
    try:
        exists, regular = target.exists(), target.is_file()
    except OSError as error:  # a name too long for the file system, a broken mount
        raise ManifestError(
            f"file {file!r} cannot be looked up ({error.strerror or error});"
            " expected a file inside the directory",
            path=manifest,
        ) from error
    if not exists:
        raise ManifestError(
            f"listed file {file!r} does not exist (expected it at {directory / file})",
            path=manifest,
        )
    if not regular:
        raise ManifestError(
            f"listed file {file!r} is not a regular file (expected a UTF-8 text file)",
            path=manifest,
        )
    return target


def _path_shape_problem(file: str) -> str | None:
    """Return what is wrong with the shape of a manifest ``file`` value, if anything."""
    expected = "expected a path relative to the corpus directory, like 'a.txt' or 'sub/a.txt'"
    if not file:
        return f"file is empty; {expected}"
    if "\x00" in file:
        return f"file {file!r} contains a NUL character; {expected}"
    if "\\" in file:
        return f"file {file!r} contains a backslash; use '/' as the separator"
    if PurePosixPath(file).is_absolute() or PureWindowsPath(file).drive:
        return f"file {file!r} is an absolute path; {expected}"
    if ".." in PurePosixPath(file).parts:
        return f"file {file!r} has a '..' component; {expected}"
    return None


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


def read_manifest(directory: str | Path) -> tuple[ManifestEntry, ...]:
    """Read and check ``directory/manifest.toml``; return its entries in order.

    :raises CorpusError: if ``directory`` does not exist or is not a directory.
    :raises ManifestError: on the first problem found (see the module docs).
    """
    scan = scan_manifest(directory)
    if scan.errors:
        raise scan.errors[0]
    return scan.entries


def scan_manifest(directory: str | Path) -> ManifestScan:
    """Read and check ``directory/manifest.toml``, collecting per-entry problems.

    Problems that make the whole manifest unusable (a missing file, bad TOML,
    a wrong ``schema``, an unknown top-level key) are raised; problems with
    one entry (a bad key, date, id or path, a missing file) reject that entry
    only, and each unlisted ``*.txt`` file is one problem.

    :raises CorpusError: if ``directory`` does not exist or is not a directory.
    :raises ManifestError: if the manifest as a whole is unusable.
    """
    directory = Path(directory)
    if not directory.exists():
        raise CorpusError("corpus directory does not exist", path=directory)
    if not directory.is_dir():
        raise CorpusError("not a directory (expected a corpus directory)", path=directory)
    manifest = directory / MANIFEST_NAME
    data, text, bare = _parse(manifest)
    lines = _Lines(text, _count_entries(data), bare)

    _check_top(data, manifest, lines)
    ignore = _ignore_patterns(data.get("ignore", []), manifest, lines)
    articles = data.get("article", [])
    if not isinstance(articles, list) or not all(isinstance(a, dict) for a in articles):
        raise ManifestError(
            "'article' must be an array of tables (expected [[article]] sections)",
            path=manifest,
            line=lines.key("article"),
        )
    entries, errors = _entries(directory, manifest, articles, lines)

    listed = {_listed_name(directory, table) for table in articles}
    for name in _unlisted(directory, listed, ignore):
        errors.append(
            ManifestError(
                f"article file {name!r} is not listed in the manifest (expected an"
                " [[article]] entry for it, or its name in 'ignore')",
                path=manifest,
            )
        )
    return ManifestScan(tuple(entries), tuple(errors))


def _check_top(data: dict[str, Any], manifest: Path, lines: _Lines) -> None:
    """Raise on an unknown top-level key or a missing or unsupported schema."""
    for key in data:
        if key not in _TOP_KEYS:
            raise ManifestError(
                f"unknown top-level key {key!r} (expected one of: {', '.join(_TOP_KEYS)})",
                path=manifest,
                line=lines.key(key),
            )
    if "schema" not in data:
        raise ManifestError(
            f"missing 'schema' (expected 'schema = {SCHEMA_VERSION}' at the top)",
            path=manifest,
            line=1,
        )
    schema = data["schema"]
    if type(schema) is not int or schema != SCHEMA_VERSION:
        raise ManifestError(
            f"unsupported schema {schema!r} (expected schema = {SCHEMA_VERSION})",
            path=manifest,
            line=lines.key("schema"),
        )


def _entries(
    directory: Path, manifest: Path, articles: list[dict[str, Any]], lines: _Lines
) -> tuple[list[ManifestEntry], list[ManifestError]]:
    """Check every [[article]] table; return the good entries and the problems."""
    entries: list[ManifestEntry] = []
    errors: list[ManifestError] = []
    seen_ids: dict[str, int | None] = {}
    seen_files: dict[Path, str] = {}
    for index, table in enumerate(articles):
        try:
            entry = _entry(directory, table, index, lines)
            if entry.id in seen_ids:
                first = seen_ids[entry.id]
                where = f" (first at line {first})" if first is not None else ""
                raise ManifestError(
                    f"duplicate id {entry.id!r}{where}; expected each id once",
                    path=manifest,
                    line=lines.key("id", index),
                )
            target = _resolve(directory, entry.file, lines.key("file", index))
            if target in seen_files:
                raise ManifestError(
                    f"file {entry.file!r} is already listed by article {seen_files[target]!r};"
                    " expected each file once",
                    path=manifest,
                    line=lines.key("file", index),
                )
        except ManifestError as error:
            errors.append(error)
            continue
        seen_ids[entry.id] = entry.line
        seen_files[target] = entry.id
        entries.append(entry)
    return entries, errors


def _parse(manifest: Path) -> tuple[dict[str, Any], str, dict[int, str]]:
    """Read and parse the manifest, turning every failure into ManifestError.

    Also returns the lines whose bare ``published`` value was not a TOML
    date, with that value (see :func:`_parse_toml`).
    """
    if not manifest.exists():
        raise ManifestError(
            f"no {MANIFEST_NAME} (expected one in the corpus directory)", path=manifest
        )
    try:
        outside = manifest.is_symlink() and not manifest.resolve().is_relative_to(
            manifest.parent.resolve()
        )
    except (OSError, RuntimeError) as error:
        raise ManifestError(
            f"{MANIFEST_NAME} cannot be resolved ({error})", path=manifest
        ) from error
    if outside:
        raise ManifestError(
            f"{MANIFEST_NAME} is a symbolic link leading outside the corpus directory",
            path=manifest,
        )
    if not manifest.is_file():
        raise ManifestError(f"{MANIFEST_NAME} is not a regular file", path=manifest)
    try:
        raw = manifest.read_bytes()
    except OSError as error:
        raise ManifestError(f"cannot read: {error.strerror}", path=manifest) from error
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ManifestError(
            f"not valid UTF-8: byte 0x{raw[error.start]:02x} at byte offset {error.start}"
            " (expected a UTF-8 TOML file)",
            path=manifest,
            line=raw.count(b"\n", 0, error.start) + 1,
        ) from error
    text = text.removeprefix(_BOM)
    data, bare = _parse_toml(text, manifest)
    return data, text, bare


def _parse_toml(text: str, manifest: Path) -> tuple[dict[str, Any], dict[int, str]]:
    """Parse the TOML; a bare ``published`` value TOML rejects is read as a string.

    TOML reads ``published = 2024-13-01`` as the integer 2024 followed by
    junk and says only "Expected newline or end of document". When the line
    it names is a ``published = <unquoted value>`` assignment, the value is
    quoted and the text parsed again, so that the entry, not the whole
    manifest, is rejected, with the reason (:func:`_published_reason`).
    """
    bare: dict[int, str] = {}
    while True:
        try:
            return tomllib.loads(text), bare
        except tomllib.TOMLDecodeError as error:
            line = _toml_error_line(error, text)
            quoted = _quote_published(text, line) if line not in bare else None
            if line is None or quoted is None:
                raise _toml_error(error, text, manifest) from error
            text, bare[line] = quoted


def _toml_error_line(error: tomllib.TOMLDecodeError, text: str) -> int | None:
    where = _TOML_WHERE.search(str(error))
    if where is None:
        return None
    return int(where.group(1)) if where.group(1) else text.count("\n") + 1


def _quote_published(text: str, line: int | None) -> tuple[str, str] | None:
    """Return ``text`` with line ``line``'s bare published value quoted, and the value."""
    lines = text.split("\n")
    if line is None or not 1 <= line <= len(lines):
        return None
    body = lines[line - 1].removesuffix("\r")
    match = _BARE_PUBLISHED.match(body)
    if match is None:
        return None
    value = match["value"]
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    ending = lines[line - 1][len(body):]
    lines[line - 1] = f'{match["head"]}"{escaped}"{match["tail"]}{ending}'
    return "\n".join(lines), value


def _published_reason(value: str) -> str:
    """Say why a bare ``published`` value is not a date ("month must be in 1..12")."""
    match = _BARE_DATE.match(value)
    if match is None:
        return _DATE_EXAMPLE
    year, month, day = (int(match.group(i)) for i in (1, 2, 3))
    if year < 1:
        return "year must be in 1..9999"
    if not 1 <= month <= 12:
        return "month must be in 1..12"
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        return f"day must be in 1..{last} for {year:04d}-{month:02d}"
    if re.match(r"[Tt ]\d", match.group(4)):
        return f"{_DATE_EXAMPLE}, with no time of day"
    return _DATE_EXAMPLE


def _toml_error(error: tomllib.TOMLDecodeError, text: str, manifest: Path) -> ManifestError:
    """Turn tomllib's error into a ManifestError with the line and column."""
    message = str(error)
    where = _TOML_WHERE.search(message)
    line: int | None = None
    if where is not None:
        message = message[: where.start()]
        if where.group(1):
            line = int(where.group(1))
            message += f" (column {where.group(2)})"
        else:
            line = text.count("\n") + 1
            message += " (at end of file)"
    return ManifestError(f"invalid TOML: {message}", path=manifest, line=line)


def future_publications(
    entries: Sequence[ManifestEntry], directory: str | Path, *, today: dt.date
) -> tuple[Problem, ...]:
    """Return a warning problem for each entry published after ``today``.

    A publication date anchors every relative date of its article ("on
    Friday", "last year"), so a date in the future is most likely a typing
    mistake; the article is still loaded. ``today`` is a parameter, so the
    check is a pure function (the loader passes the real date).
    """
    manifest = Path(directory) / MANIFEST_NAME
    return tuple(
        Problem.warning(
            f"published {entry.published.isoformat()} of article {entry.id!r} is after today"
            f" ({today.isoformat()}); every relative date in the article is resolved"
            " against it",
            path=manifest,
            line=entry.published_line,
        )
        for entry in entries
        if entry.published > today
    )


def _count_entries(data: Mapping[str, Any]) -> int:
    articles = data.get("article")
    return len(articles) if isinstance(articles, list) else 0


def _ignore_patterns(value: object, manifest: Path, lines: _Lines) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ManifestError(
            "'ignore' must be an array of strings (expected file names or glob patterns"
            " relative to the corpus directory)",
            path=manifest,
            line=lines.key("ignore"),
        )
    return tuple(value)


def _entry(directory: Path, table: Mapping[str, Any], index: int, lines: _Lines) -> ManifestEntry:
    """Check one ``[[article]]`` table and build its entry (the path is checked later)."""
    manifest = directory / MANIFEST_NAME
    header = lines.entry(index)
    label = _label(table, index)
    for key in table:
        if key not in _ENTRY_KEYS:
            raise ManifestError(
                f"unknown key {key!r} in {label} (expected one of: {', '.join(_ENTRY_KEYS)})",
                path=manifest,
                line=lines.key(key, index),
            )
    for key in _REQUIRED:
        if key not in table:
            raise ManifestError(
                f"missing key {key!r} in {label} (required: {', '.join(_REQUIRED)})",
                path=manifest,
                line=header,
            )
    for key in ("id", "file", *_OPTIONAL):
        if key in table and not isinstance(table[key], str):
            raise ManifestError(
                f"{key!r} in {label} must be a string, got {_toml_type(table[key])}",
                path=manifest,
                line=lines.key(key, index),
            )
    if not _ID.match(table["id"]):
        raise ManifestError(
            f"bad id {table['id']!r} in {label} (expected 1 to 200 characters from"
            " A-Z a-z 0-9 . _ - :, starting with a letter or digit)",
            path=manifest,
            line=lines.key("id", index),
        )
    problem = _path_shape_problem(table["file"])
    if problem is not None:
        raise ManifestError(f"{problem} (in {label})", path=manifest, line=lines.key("file", index))
    published_line = lines.key("published", index)
    if published_line in lines.bare_published:
        value = lines.bare_published[published_line]
        raise ManifestError(
            f"bad published value {value!r}: {_published_reason(value)}",
            path=manifest,
            line=published_line,
        )
    return ManifestEntry(
        id=table["id"],
        file=table["file"],
        title=table.get("title"),
        outlet=table.get("outlet"),
        url=table.get("url"),
        published=_date(table["published"], label, manifest, published_line),
        published_basis=table.get("published_basis"),
        line=header,
        published_line=published_line,
    )


def _label(table: Mapping[str, Any], index: int) -> str:
    ident = table.get("id")
    if isinstance(ident, str) and ident:
        return f"[[article]] {ident!r}"
    return f"[[article]] number {index + 1}"


def _toml_type(value: object) -> str:
    names = {
        bool: "a boolean",
        int: "an integer",
        float: "a float",
        list: "an array",
        dict: "a table",
        dt.datetime: "a date-time",
        dt.date: "a date",
        dt.time: "a time",
    }
    return names.get(type(value), type(value).__name__)


def _date(value: object, label: str, manifest: Path, line: int | None) -> dt.date:
    expected = "expected a TOML date like 2024-09-07 or the string \"2024-09-07\""
    if isinstance(value, dt.datetime):
        raise ManifestError(
            f"bad date for 'published' in {label}: {value.isoformat()} has a time of day;"
            f" {expected}",
            path=manifest,
            line=line,
        )
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if _ISO_DAY.match(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise ManifestError(
            f"bad date for 'published' in {label}: {value!r}; {expected}",
            path=manifest,
            line=line,
        )
    raise ManifestError(
        f"bad date for 'published' in {label}: got {_toml_type(value)}; {expected}",
        path=manifest,
        line=line,
    )


def _resolve(directory: Path, file: str, line: int | None) -> Path:
    try:
        return resolve_article_path(directory, file)
    except ManifestError as error:
        raise ManifestError(error.message, path=error.path, line=line) from None


def _listed_name(directory: Path, table: Mapping[str, Any]) -> str | None:
    """Return the normalised relative name an entry lists, even if rejected."""
    file = table.get("file")
    if not isinstance(file, str) or _path_shape_problem(file) is not None:
        return None
    return PurePosixPath(os.path.normpath(file).replace(os.sep, "/")).as_posix()


def _unlisted(directory: Path, listed: set[str | None], ignore: Sequence[str]) -> list[str]:
    """Return the ``*.txt`` files under ``directory`` that no entry lists, sorted.

    Hidden files and directories (names starting with ``.``) are not looked
    into; symbolic links to directories are not followed. A directory that
    cannot be listed is a :class:`~kjrel.errors.CorpusError`.
    """
    found: list[str] = []

    def unreadable(error: OSError) -> None:
        raise CorpusError(
            f"cannot list the directory to check for unlisted articles: {error.strerror}",
            path=error.filename,
        ) from error

    for root, dirs, files in os.walk(directory, onerror=unreadable, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(root).relative_to(directory)
        for name in files:
            if name.startswith(".") or not name.endswith(".txt"):
                continue
            relative = (base / name).as_posix()
            if relative in listed or any(fnmatch.fnmatchcase(relative, p) for p in ignore):
                continue
            found.append(relative)
    return sorted(found)
