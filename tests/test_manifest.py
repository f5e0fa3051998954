"""Tests for kjrel.manifest: every bad manifest is a clear error, never a read.

Every corpus here is built by the test itself in ``tmp_path``.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from kjrel.errors import CorpusError, ManifestError
from kjrel.manifest import ManifestEntry, read_manifest, resolve_article_path, scan_manifest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BODY = "Seoul and Tokyo agreed on Friday to talk again.\n"


def make(root: Path, manifest: str | bytes, files: dict[str, str | bytes] | None = None) -> Path:
    """Write ``manifest.toml`` and the given files under ``root``; return ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    data = manifest.encode("utf-8") if isinstance(manifest, str) else manifest
    (root / "manifest.toml").write_bytes(data)
    for name, content in (files or {}).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return root


ONE = """\
schema = 1

[[article]]
id = "a"
file = "a.txt"
published = 2024-09-07
"""


def error_of(directory: Path) -> ManifestError:
    with pytest.raises(ManifestError) as info:
        read_manifest(directory)
    return info.value


# --------------------------------------------------------------------------
# Good manifests
# --------------------------------------------------------------------------


def test_seed_manifest_reads_in_order_with_lines() -> None:
    """The seed manifest gives two entries in file order, with header lines."""
    entries = read_manifest(SEEDS)
    assert [e.id for e in entries] == ["000_0e3f6676d6eabf8a", "001_eec9fc47c71d9934"]
    assert [e.line for e in entries] == [12, 20]
    assert entries[0].published == dt.date(2024, 9, 7)
    assert entries[0].url is None
    assert entries[0].published_basis is not None
    assert entries[0].published_basis.startswith("inferred:")


def test_minimal_manifest(tmp_path: Path) -> None:
    """Only id, file and published are required; the rest default to None."""
    root = make(tmp_path / "c", ONE, {"a.txt": BODY})
    assert read_manifest(root) == (
        ManifestEntry("a", "a.txt", None, None, None, dt.date(2024, 9, 7), None),
    )


def test_string_date_and_all_keys(tmp_path: Path) -> None:
    """A quoted ISO date is accepted, and every optional key is read."""
    manifest = """schema = 1
[[article]]
id = "x-1.b:c_d"
file = "sub/x.txt"
published = "2020-02-29"
title = "T"
outlet = "O"
url = "https://example.org/x"
published_basis = "stated"
"""
    root = make(tmp_path / "c", manifest, {"sub/x.txt": BODY})
    (entry,) = read_manifest(root)
    assert entry == ManifestEntry(
        "x-1.b:c_d", "sub/x.txt", "T", "O", "https://example.org/x", dt.date(2020, 2, 29),
        "stated",
    )


def test_manifest_with_bom_is_read(tmp_path: Path) -> None:
    """A UTF-8 byte-order mark at the start of the manifest is tolerated."""
    root = make(tmp_path / "c", "\ufeff" + ONE, {"a.txt": BODY})
    assert [e.id for e in read_manifest(root)] == ["a"]


def test_inline_array_form(tmp_path: Path) -> None:
    """``article = [{...}]`` works too (no header lines to point at)."""
    manifest = 'schema = 1\narticle = [{id = "a", file = "a.txt", published = 2024-09-07}]\n'
    root = make(tmp_path / "c", manifest, {"a.txt": BODY})
    (entry,) = read_manifest(root)
    assert entry.id == "a"
    assert entry.line is None


def test_empty_manifest_is_an_empty_corpus(tmp_path: Path) -> None:
    """``schema = 1`` and no articles: no entries (and no .txt to be unlisted)."""
    root = make(tmp_path / "c", "schema = 1\n")
    assert read_manifest(root) == ()


def test_symlink_inside_the_corpus_is_allowed(tmp_path: Path) -> None:
    """A link to another file inside the corpus directory is fine."""
    root = make(tmp_path / "c", ONE, {"real/a.txt": BODY})
    (root / "a.txt").symlink_to(root / "real" / "a.txt")
    manifest = ONE + '\n[[article]]\nid = "b"\nfile = "real/a.txt"\npublished = 2024-09-07\n'
    (root / "manifest.toml").write_text(manifest)
    # Both entries resolve to the same real file: listed twice is an error.
    error = error_of(root)
    assert str(error) == (
        f"{root}/manifest.toml:10: file 'real/a.txt' is already listed by article 'a';"
        " expected each file once"
    )


def test_ignore_patterns(tmp_path: Path) -> None:
    """``ignore`` exempts non-article .txt files from the unlisted check."""
    manifest = ONE.replace("schema = 1\n", 'schema = 1\nignore = ["README.txt", "notes/*.txt"]\n')
    root = make(
        tmp_path / "c",
        manifest,
        {"a.txt": BODY, "README.txt": "x", "notes/n1.txt": "x", ".hidden.txt": "x",
         ".git/x.txt": "x", "data.json": "{}"},
    )
    assert [e.id for e in read_manifest(root)] == ["a"]


# --------------------------------------------------------------------------
# The directory and the file
# --------------------------------------------------------------------------


def test_missing_directory(tmp_path: Path) -> None:
    """A corpus directory that does not exist is a CorpusError naming it."""
    with pytest.raises(CorpusError) as info:
        read_manifest(tmp_path / "nope")
    assert str(info.value) == f"{tmp_path}/nope: corpus directory does not exist"


def test_directory_is_a_file(tmp_path: Path) -> None:
    """A path to a file is not a corpus directory."""
    (tmp_path / "f").write_text("x")
    with pytest.raises(CorpusError) as info:
        read_manifest(tmp_path / "f")
    assert str(info.value) == f"{tmp_path}/f: not a directory (expected a corpus directory)"


def test_missing_manifest(tmp_path: Path) -> None:
    """No manifest.toml: a ManifestError naming where it was expected."""
    (tmp_path / "c").mkdir()
    error = error_of(tmp_path / "c")
    assert str(error) == (
        f"{tmp_path}/c/manifest.toml: no manifest.toml (expected one in the corpus directory)"
    )


def test_manifest_is_a_directory(tmp_path: Path) -> None:
    """manifest.toml must be a regular file."""
    (tmp_path / "c" / "manifest.toml").mkdir(parents=True)
    assert str(error_of(tmp_path / "c")) == (
        f"{tmp_path}/c/manifest.toml: manifest.toml is not a regular file"
    )


def test_manifest_symlink_outside(tmp_path: Path) -> None:
    """manifest.toml linking out of the corpus is refused before reading it."""
    (tmp_path / "elsewhere.toml").write_text(ONE)
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "manifest.toml").symlink_to(tmp_path / "elsewhere.toml")
    assert str(error_of(tmp_path / "c")) == (
        f"{tmp_path}/c/manifest.toml: manifest.toml is a symbolic link leading outside"
        " the corpus directory"
    )


def test_manifest_not_utf8(tmp_path: Path) -> None:
    """A manifest that is not UTF-8 names the line and byte offset."""
    root = make(tmp_path / "c", b'schema = 1\ntitle = "caf\xe9"\n')
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:2: not valid UTF-8: byte 0xe9 at byte offset 23"
        " (expected a UTF-8 TOML file)"
    )


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("schema = 1\n[[article]]\nid = \n", 3, "invalid TOML: Invalid value (column 6)"),
        ("schema = 1\n[[article]\n", 2, "invalid TOML: Expected ']]' at the end of an array"
         " declaration (column 10)"),
        ("schema = 1\n[article\n", 2, "invalid TOML: Expected ']' at the end of a table"
         " declaration (column 9)"),
        ("schema = 1\nschema = 1\n", 2, "invalid TOML: Cannot overwrite a value (column 11)"),
        ("schema = 1\nx = [1,\n", 3, "invalid TOML: Invalid value (at end of file)"),
        ("schema = 1\n[[article]]\nid = 2024-13-01\n", 3,
         "invalid TOML: Expected newline or end of document after a statement (column 10)"),
        ('schema = 1\n[[article]]\ntitle = "unterminated\n', 3,
         "invalid TOML: Illegal character '\\n' (column 22)"),
    ],
)
def test_malformed_toml(tmp_path: Path, text: str, line: int, message: str) -> None:
    """TOML syntax errors carry the line (and column) tomllib reports."""
    root = make(tmp_path / "c", text)
    error = error_of(root)
    assert error.line == line
    assert str(error) == f"{root}/manifest.toml:{line}: {message}"


# --------------------------------------------------------------------------
# Top-level keys
# --------------------------------------------------------------------------


def test_missing_schema(tmp_path: Path) -> None:
    """``schema`` is required."""
    root = make(tmp_path / "c", ONE.replace("schema = 1\n", ""), {"a.txt": BODY})
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:1: missing 'schema' (expected 'schema = 1' at the top)"
    )


@pytest.mark.parametrize("value", ["2", '"1"', "true", "1.0"])
def test_unsupported_schema(tmp_path: Path, value: str) -> None:
    """Only the integer 1 is a supported schema."""
    root = make(tmp_path / "c", ONE.replace("schema = 1", f"schema = {value}"), {"a.txt": BODY})
    shown = {"2": "2", '"1"': "'1'", "true": "True", "1.0": "1.0"}[value]
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:1: unsupported schema {shown} (expected schema = 1)"
    )


def test_unknown_top_level_key(tmp_path: Path) -> None:
    """A misspelt top-level key is named, with its line and the keys allowed."""
    root = make(tmp_path / "c", "schema = 1\nversion = 2\n" + ONE[11:], {"a.txt": BODY})
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:2: unknown top-level key 'version'"
        " (expected one of: schema, article, ignore)"
    )


def test_article_not_array_of_tables(tmp_path: Path) -> None:
    """``article`` must be [[article]] sections."""
    root = make(tmp_path / "c", 'schema = 1\narticle = "a.txt"\n')
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:2: 'article' must be an array of tables"
        " (expected [[article]] sections)"
    )


def test_ignore_not_strings(tmp_path: Path) -> None:
    """``ignore`` must be an array of strings."""
    root = make(tmp_path / "c", "schema = 1\nignore = [1]\n")
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:2: 'ignore' must be an array of strings (expected file names"
        " or glob patterns relative to the corpus directory)"
    )


# --------------------------------------------------------------------------
# Entries
# --------------------------------------------------------------------------

TWO = """\
schema = 1

[[article]]
id = "a"
file = "a.txt"
published = 2024-09-07

[[article]]
id = "b"
file = "b.txt"
published = 2024-09-08
"""


def test_unknown_key_in_entry(tmp_path: Path) -> None:
    """A misspelt key names the entry, the line and the keys allowed."""
    root = make(tmp_path / "c", TWO.replace('file = "b.txt"', 'file = "b.txt"\ntitel = "x"'),
                {"a.txt": BODY, "b.txt": BODY})
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:11: unknown key 'titel' in [[article]] 'b' (expected one of:"
        " file, id, outlet, published, published_basis, title, url)"
    )


@pytest.mark.parametrize("key", ["id", "file", "published"])
def test_missing_key_in_entry(tmp_path: Path, key: str) -> None:
    """A missing required key points at the entry's header."""
    removed = {"id": 'id = "b"', "file": 'file = "b.txt"', "published": "published = 2024-09-08"}
    root = make(tmp_path / "c", TWO.replace(removed[key] + "\n", ""),
                {"a.txt": BODY, "b.txt": BODY})
    label = "[[article]] number 2" if key == "id" else "[[article]] 'b'"
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:8: missing key {key!r} in {label}"
        " (required: id, file, published)"
    )


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ('title = 5', "'title' in [[article]] 'a' must be a string, got an integer"),
        ('url = ["x"]', "'url' in [[article]] 'a' must be a string, got an array"),
        ('outlet = true', "'outlet' in [[article]] 'a' must be a string, got a boolean"),
    ],
)
def test_wrong_type(tmp_path: Path, line: str, shown: str) -> None:
    """Keys of the wrong TOML type are named with the type found."""
    root = make(tmp_path / "c", ONE + line + "\n", {"a.txt": BODY})
    assert str(error_of(root)) == f"{root}/manifest.toml:7: {shown}"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ('"2024-02-30"', "'2024-02-30'"),
        ('"7 September 2024"', "'7 September 2024'"),
        ('"2024-9-7"', "'2024-9-7'"),
        ("2024-09-07T10:00:00", "2024-09-07T10:00:00 has a time of day"),
        ("20240907", "got an integer"),
        ("10:00:00", "got a time"),
    ],
)
def test_bad_date(tmp_path: Path, value: str, shown: str) -> None:
    """A bad publication date names the value and the form expected."""
    root = make(tmp_path / "c", ONE.replace("2024-09-07", value), {"a.txt": BODY})
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:6: bad date for 'published' in [[article]] 'a': {shown};"
        " expected a TOML date like 2024-09-07 or the string \"2024-09-07\""
    )


@pytest.mark.parametrize("ident", ["", "has space", "-lead", "ü", "a/b", "x" * 201])
def test_bad_id(tmp_path: Path, ident: str) -> None:
    """Ids are restricted to a safe alphabet."""
    root = make(tmp_path / "c", ONE.replace('id = "a"', f'id = "{ident}"'), {"a.txt": BODY})
    label = f"[[article]] {ident!r}" if ident else "[[article]] number 1"
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:4: bad id {ident!r} in {label} (expected 1 to 200 characters"
        " from A-Z a-z 0-9 . _ - :, starting with a letter or digit)"
    )


def test_duplicate_id(tmp_path: Path) -> None:
    """A repeated id names the line of the repeat and of the first."""
    root = make(tmp_path / "c", TWO.replace('id = "b"', 'id = "a"'),
                {"a.txt": BODY, "b.txt": BODY})
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:9: duplicate id 'a' (first at line 3); expected each id once"
    )


def test_listed_file_missing(tmp_path: Path) -> None:
    """A listed file that does not exist is an error naming it."""
    root = make(tmp_path / "c", TWO, {"a.txt": BODY})
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:10: listed file 'b.txt' does not exist"
        f" (expected it at {root}/b.txt)"
    )


def test_listed_file_name_too_long(tmp_path: Path) -> None:
    """A file name too long for the file system is a ManifestError naming the line."""
    root = make(tmp_path / "c", ONE.replace('"a.txt"', '"' + "x" * 400 + '.txt"'))
    error = error_of(root)
    assert error.line == 5
    assert "cannot be looked up" in str(error)


def test_listed_file_is_a_directory(tmp_path: Path) -> None:
    """A listed path that is a directory is refused."""
    root = make(tmp_path / "c", ONE)
    (root / "a.txt").mkdir()
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:5: listed file 'a.txt' is not a regular file"
        " (expected a UTF-8 text file)"
    )


# --------------------------------------------------------------------------
# Paths that would leave the corpus
# --------------------------------------------------------------------------

RELATIVE = "expected a path relative to the corpus directory, like 'a.txt' or 'sub/a.txt'"


@pytest.mark.parametrize(
    ("file", "problem"),
    [
        ("/etc/passwd", f"file '/etc/passwd' is an absolute path; {RELATIVE}"),
        ("C:/Windows/win.ini", f"file 'C:/Windows/win.ini' is an absolute path; {RELATIVE}"),
        ("../outside.txt", f"file '../outside.txt' has a '..' component; {RELATIVE}"),
        ("sub/../../outside.txt",
         f"file 'sub/../../outside.txt' has a '..' component; {RELATIVE}"),
        ("sub\\\\a.txt", "file 'sub\\\\a.txt' contains a backslash; use '/' as the separator"),
        ("", f"file is empty; {RELATIVE}"),
    ],
)
def test_path_shapes_refused(tmp_path: Path, file: str, problem: str) -> None:
    """Absolute paths, '..' and backslashes are refused before any file access."""
    (tmp_path / "outside.txt").write_text("secret")
    root = make(tmp_path / "c", ONE.replace('"a.txt"', f'"{file}"'))
    assert str(error_of(root)) == f"{root}/manifest.toml:5: {problem} (in [[article]] 'a')"


def test_symlink_leading_outside(tmp_path: Path) -> None:
    """A listed file that is a link to a file outside the corpus is refused."""
    (tmp_path / "secret.txt").write_text("secret")
    root = make(tmp_path / "c", ONE)
    (root / "a.txt").symlink_to(tmp_path / "secret.txt")
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:5: file 'a.txt' leads outside the corpus directory"
        f" (it resolves to {tmp_path.resolve()}/secret.txt); expected a file inside the directory"
    )


def test_symlinked_directory_leading_outside(tmp_path: Path) -> None:
    """A path through a linked directory that leaves the corpus is refused."""
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.txt").write_text(BODY)
    root = make(tmp_path / "c", ONE.replace('"a.txt"', '"sub/a.txt"'))
    (root / "sub").symlink_to(tmp_path / "out", target_is_directory=True)
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:5: file 'sub/a.txt' leads outside the corpus directory"
        f" (it resolves to {tmp_path.resolve()}/out/a.txt); expected a file inside the directory"
    )


def test_resolve_article_path_alone(tmp_path: Path) -> None:
    """The path check is usable alone and returns the real path."""
    root = make(tmp_path / "c", ONE, {"a.txt": BODY})
    assert resolve_article_path(root, "a.txt") == (root / "a.txt").resolve()
    with pytest.raises(ManifestError, match=r"has a '\.\.' component"):
        resolve_article_path(root, "../a.txt")


# --------------------------------------------------------------------------
# Files on disk the manifest does not list
# --------------------------------------------------------------------------


def test_unlisted_article(tmp_path: Path) -> None:
    """A .txt file the manifest does not list is an error naming it."""
    root = make(tmp_path / "c", ONE, {"a.txt": BODY, "sub/forgotten.txt": BODY})
    assert str(error_of(root)) == (
        f"{root}/manifest.toml: article file 'sub/forgotten.txt' is not listed in the manifest"
        " (expected an [[article]] entry for it, or its name in 'ignore')"
    )


def test_unlisted_symlink_is_reported_not_followed(tmp_path: Path) -> None:
    """An unlisted link named .txt is reported by name; nothing is read through it."""
    (tmp_path / "secret.txt").write_text("secret")
    root = make(tmp_path / "c", ONE, {"a.txt": BODY})
    (root / "b.txt").symlink_to(tmp_path / "secret.txt")
    assert "article file 'b.txt' is not listed" in str(error_of(root))


def test_scan_collects_every_entry_problem(tmp_path: Path) -> None:
    """scan_manifest keeps good entries and lists one error per bad entry, in order."""
    manifest = TWO + '\n[[article]]\nid = "c"\nfile = "../c.txt"\npublished = 2024-09-09\n'
    manifest = manifest.replace("2024-09-08", '"someday"')
    root = make(tmp_path / "c", manifest, {"a.txt": BODY, "b.txt": BODY, "d.txt": BODY})
    scan = scan_manifest(root)
    assert [e.id for e in scan.entries] == ["a"]
    assert [(e.line, e.message.split(":")[0]) for e in scan.errors] == [
        (11, "bad date for 'published' in [[article]] 'b'"),
        (15, "file '../c.txt' has a '..' component; expected a path relative to the corpus"
             " directory, like 'a.txt' or 'sub/a.txt' (in [[article]] 'c')"),
        (None, "article file 'd.txt' is not listed in the manifest (expected an [[article]]"
               " entry for it, or its name in 'ignore')"),
    ]


def test_errors_are_value_errors(tmp_path: Path) -> None:
    """Callers catching ValueError still catch manifest errors."""
    root = make(tmp_path / "c", "schema = 3\n")
    with pytest.raises(ValueError, match="unsupported schema 3"):
        read_manifest(root)


def test_unreadable_manifest(tmp_path: Path) -> None:
    """A manifest that cannot be read is a ManifestError, not an OSError."""
    if os.geteuid() == 0:
        pytest.skip("root can read anything")
    root = make(tmp_path / "c", ONE)
    (root / "manifest.toml").chmod(0)
    assert str(error_of(root)) == f"{root}/manifest.toml: cannot read: Permission denied"


def test_symlink_loop(tmp_path: Path) -> None:
    """A symbolic link loop is a ManifestError, not a RuntimeError."""
    root = make(tmp_path / "c", ONE)
    (root / "a.txt").symlink_to(root / "b.txt")
    (root / "b.txt").symlink_to(root / "a.txt")
    error = error_of(root)
    assert error.line == 5
    assert str(error).startswith(f"{root}/manifest.toml:5: file 'a.txt' cannot be resolved (")
    assert str(error).endswith(
        "); expected a file or a symbolic link that ends at a file inside the directory"
    )


def test_fifo_is_not_opened(tmp_path: Path) -> None:
    """A named pipe listed as an article is refused (opening it would block)."""
    root = make(tmp_path / "c", ONE)
    os.mkfifo(root / "a.txt")
    assert str(error_of(root)) == (
        f"{root}/manifest.toml:5: listed file 'a.txt' is not a regular file"
        " (expected a UTF-8 text file)"
    )


# --------------------------------------------------------------------------
# A bare published value TOML cannot read as a date
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2024-13-01", "month must be in 1..12"),
        ("2024-00-10", "month must be in 1..12"),
        ("2024-09-31", "day must be in 1..30 for 2024-09"),
        ("2023-02-29", "day must be in 1..28 for 2023-02"),
        ("2024-02-30", "day must be in 1..29 for 2024-02"),
        ("0000-01-01", "year must be in 1..9999"),
        ("2024-9-7", "expected a TOML date like 2024-09-07"),
        ("2024/09/07", "expected a TOML date like 2024-09-07"),
        ("2024-09", "expected a TOML date like 2024-09-07"),
        ("September 7", "expected a TOML date like 2024-09-07"),
        ("2024-09-07T25:00:00", "expected a TOML date like 2024-09-07, with no time of day"),
    ],
)
def test_bare_published_that_is_not_a_date(tmp_path: Path, value: str, reason: str) -> None:
    """TOML's syntax error on a bare published value becomes a bad published value.

    tomllib says only "Expected newline or end of document" for
    ``published = 2024-13-01``; kjrel names the key, the value and why.
    """
    root = make(tmp_path / "c", ONE.replace("2024-09-07", value), {"a.txt": BODY})
    error = error_of(root)
    assert error.line == 6
    assert str(error) == f"{root}/manifest.toml:6: bad published value {value!r}: {reason}"


def test_bare_published_keeps_the_other_entries(tmp_path: Path) -> None:
    """Only the entry with the bad date is rejected; a comment and CRLF are fine."""
    manifest = TWO.replace("published = 2024-09-07\n", "published = 2024-13-01  # typo\r\n")
    root = make(tmp_path / "c", manifest, {"a.txt": BODY, "b.txt": BODY})
    scan = scan_manifest(root)
    assert [e.id for e in scan.entries] == ["b"]
    assert [str(e) for e in scan.errors] == [
        f"{root}/manifest.toml:6: bad published value '2024-13-01': month must be in 1..12"
    ]
    assert scan.entries[0].published_line == 11


def test_other_syntax_errors_on_a_published_line_stay_toml_errors(tmp_path: Path) -> None:
    """A broken quoted string is TOML's business, not a date problem."""
    root = make(tmp_path / "c", ONE.replace("2024-09-07", '"2024-09-07'), {"a.txt": BODY})
    assert str(error_of(root)).startswith(f"{root}/manifest.toml:6: invalid TOML: ")


# --------------------------------------------------------------------------
# A publication date in the future
# --------------------------------------------------------------------------


def test_future_publications_warn_with_the_line(tmp_path: Path) -> None:
    """A date after today is a warning naming the file, the line and both dates."""
    from kjrel.errors import Severity
    from kjrel.manifest import future_publications

    root = make(tmp_path / "c", TWO.replace("2024-09-08", "2099-01-01"),
                {"a.txt": BODY, "b.txt": BODY})
    entries = read_manifest(root)
    (warning,) = future_publications(entries, root, today=dt.date(2025, 1, 1))
    assert warning.severity is Severity.WARNING and warning.is_warning
    assert warning.line == 11 and warning.error_type == "KjrelWarning"
    assert warning.message == (
        f"{root}/manifest.toml:11: published 2099-01-01 of article 'b' is after today"
        " (2025-01-01); every relative date in the article is resolved against it"
    )
    assert future_publications(entries, root, today=dt.date(2099, 1, 1)) == ()
