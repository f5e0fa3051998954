"""Tests for kjrel.loader: reading articles exactly, strict and lenient loading.

Every corpus here is built by the test itself in ``tmp_path``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import attrs
import pytest

import kjrel.loader
from kjrel.errors import BUG_NOTE, DocumentError, KjrelError, ManifestError, Problem
from kjrel.loader import decode_article, load, read_article, read_document, seed_directory
from kjrel.manifest import ManifestEntry
from kjrel.models import Document, Extraction, Quote, QuoteKind, Span

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BODY = "Seoul and Tokyo agreed on Friday to talk again."


def corpus(root: Path, files: dict[str, str | bytes], *, extra: str = "") -> Path:
    """Write a corpus listing ``files`` (ids are the stems) under ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    parts = ["schema = 1\n", extra]
    for name, content in files.items():
        parts.append(
            f'\n[[article]]\nid = "{Path(name).stem}"\nfile = "{name}"\npublished = 2024-09-07\n'
        )
        (root / name).write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    (root / "manifest.toml").write_text("".join(parts), encoding="utf-8")
    return root


def entry(file: str, ident: str = "a") -> ManifestEntry:
    return ManifestEntry(ident, file, None, None, None, dt.date(2024, 9, 7), None)


# --------------------------------------------------------------------------
# The seeds
# --------------------------------------------------------------------------


def test_seed_directory_holds_the_repository_seeds() -> None:
    """The bundled corpus is the repository's seeds/, byte for byte.

    From a wheel it is the copy inside the package (``kjrel/_seeds``); in an
    editable install it is ``seeds/`` itself.
    """
    bundled = seed_directory()
    names = sorted(p.name for p in SEEDS.iterdir() if p.is_file())
    assert sorted(p.name for p in bundled.iterdir() if p.is_file()) == names
    for name in names:
        assert (bundled / name).read_bytes() == (SEEDS / name).read_bytes()


def test_load_seeds() -> None:
    """The default corpus is the two seed articles, in manifest order, exactly as on disk."""
    corpus_ = load()
    assert [d.id for d in corpus_.documents] == ["000_0e3f6676d6eabf8a", "001_eec9fc47c71d9934"]
    assert corpus_.problems == ()
    for document in corpus_.documents:
        data = (SEEDS / str(document.path)).read_bytes()
        assert document.text == data.decode("utf-8")
        assert document.sha256 == hashlib.sha256(data).hexdigest()
        assert document.published == dt.date(2024, 9, 7)
        assert document.title is not None


def test_load_accepts_str_and_path(tmp_path: Path) -> None:
    """``load`` takes a str or a Path."""
    root = corpus(tmp_path / "c", {"a.txt": BODY})
    assert [d.id for d in load(str(root)).documents] == ["a"]
    assert [d.id for d in load(root).documents] == ["a"]


# --------------------------------------------------------------------------
# Exact text: line endings, BOM, control characters
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b"One.\r\nTwo said \"yes\".\r\n",
        b"One.\rTwo said \"yes\".\r",
        b"One.\nTwo said \"yes\".",
        b"One.\r\n\rTwo said \"yes\".\n\r\n",
    ],
)
def test_line_endings_are_kept(tmp_path: Path, raw: bytes) -> None:
    """CRLF and lone CR stay in the text: no newline translation."""
    (tmp_path / "a.txt").write_bytes(raw)
    document = read_document(tmp_path, entry("a.txt"))
    assert document.text == raw.decode("utf-8")
    assert document.text.index("Two") == raw.index(b"Two")


def test_bom_is_character_zero(tmp_path: Path) -> None:
    """A UTF-8 BOM is kept as U+FEFF at index 0; offsets are into the decoded text."""
    raw = "\ufeffKishida said \u201cthank you\u201d.".encode()
    (tmp_path / "a.txt").write_bytes(raw)
    document = read_document(tmp_path, entry("a.txt"))
    assert document.text[0] == "\ufeff"
    assert document.text.index("Kishida") == 1
    assert document.text[document.text.index("thank") :].startswith("thank you")
    assert document.sha256 == hashlib.sha256(raw).hexdigest()


def test_control_characters_load(tmp_path: Path) -> None:
    """Control characters (NUL, BEL, form feed, C1) load unchanged."""
    text = "A\x00B\x07C\x0cD\x85E\u2028F said \"x\"."
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    assert read_document(tmp_path, entry("a.txt")).text == text


def test_metadata_comes_from_the_entry(tmp_path: Path) -> None:
    """Manifest facts end up on the Document; path is the manifest's relative path."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(BODY)
    document = read_document(
        tmp_path,
        ManifestEntry("x", "sub/a.txt", "T", "O", "https://e.org", dt.date(2020, 1, 2), "stated"),
    )
    assert document == Document(
        "x", BODY, dt.date(2020, 1, 2), "T", "O", "https://e.org", "stated", "sub/a.txt",
        hashlib.sha256(BODY.encode()).hexdigest(),
    )


# --------------------------------------------------------------------------
# Bad bytes, empty files
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "offset", "line", "byte", "reason"),
    [
        (b"Hello\nw\xffrld", 7, 2, "0xff", "invalid start byte"),
        (b"caf\xe9 au lait", 3, 1, "0xe9", "invalid continuation byte"),
        (b"ends mid-character \xe2\x80", 19, 1, "0xe2", "unexpected end of data"),
        (b"a\nb\nsurrogate \xed\xa0\x80", 14, 3, "0xed", "invalid continuation byte"),
        (b"overlong \xc0\xaf", 9, 1, "0xc0", "invalid start byte"),
        (b"\xff\xfeU\x00T\x00F\x00-\x001\x006\x00", 0, 1, "0xff", "invalid start byte"),
    ],
)
def test_not_utf8(
    tmp_path: Path, raw: bytes, offset: int, line: int, byte: str, reason: str
) -> None:
    """The first bad byte is named with its byte offset and line."""
    (tmp_path / "a.txt").write_bytes(raw)
    with pytest.raises(DocumentError) as info:
        read_document(tmp_path, entry("a.txt"))
    assert info.value.offset == offset
    assert info.value.path == f"{tmp_path}/a.txt"
    assert str(info.value) == (
        f"{tmp_path}/a.txt@{offset}: not valid UTF-8: byte {byte} at byte offset {offset}"
        f" (line {line}): {reason}; expected UTF-8 text (convert the file, e.g. with iconv)"
    )
    assert isinstance(info.value.__cause__, UnicodeDecodeError)


@pytest.mark.parametrize(
    ("raw", "what"),
    [(b"", "empty file"), (b" \r\n\t\n", "file holds only white space"),
     (b"\xef\xbb\xbf", "file holds only white space")],
)
def test_empty_file(tmp_path: Path, raw: bytes, what: str) -> None:
    """An empty (or blank) article is an error naming it, never a silent empty document."""
    (tmp_path / "a.txt").write_bytes(raw)
    with pytest.raises(DocumentError) as info:
        read_document(tmp_path, entry("a.txt"))
    assert str(info.value) == f"{tmp_path}/a.txt@0: {what}; expected the article's body text"


def test_decode_article_alone() -> None:
    """decode_article is the same rule for bytes from elsewhere."""
    assert decode_article(b"\xef\xbb\xbfx\r\n", "m.txt") == "\ufeffx\r\n"
    with pytest.raises(DocumentError, match=r"^m\.txt@1: not valid UTF-8"):
        decode_article(b"x\x80", "m.txt")


def test_read_document_rechecks_the_path(tmp_path: Path) -> None:
    """read_document refuses an unsafe entry even when called directly."""
    (tmp_path / "secret.txt").write_text("secret")
    (tmp_path / "c").mkdir()
    with pytest.raises(ManifestError, match=r"has a '\.\.' component"):
        read_document(tmp_path / "c", entry("../secret.txt"))
    (tmp_path / "c" / "a.txt").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(ManifestError, match=r"leads outside the corpus directory"):
        read_document(tmp_path / "c", entry("a.txt"))


def test_unreadable_article(tmp_path: Path) -> None:
    """An article that cannot be read is a DocumentError naming it."""
    if os.geteuid() == 0:
        pytest.skip("root can read anything")
    root = corpus(tmp_path / "c", {"a.txt": BODY})
    (root / "a.txt").chmod(0)
    with pytest.raises(DocumentError) as info:
        load(root)
    assert str(info.value) == f"{root}/a.txt: cannot read the article: Permission denied"


# --------------------------------------------------------------------------
# read_article (kjrel extract)
# --------------------------------------------------------------------------


def test_read_article(tmp_path: Path) -> None:
    """One file outside a corpus: id from the stem, exact text, sha256."""
    (tmp_path / "story.txt").write_bytes(b"A\r\nB")
    document = read_article(tmp_path / "story.txt", published=dt.date(2024, 1, 2))
    assert (document.id, document.text, document.path) == ("story", "A\r\nB", "story.txt")
    with pytest.raises(DocumentError) as info:
        read_article(tmp_path / "none.txt", published=dt.date(2024, 1, 2))
    assert str(info.value) == (
        f"{tmp_path}/none.txt: the article file does not exist (expected a UTF-8 text file)"
    )


# --------------------------------------------------------------------------
# Strict and lenient loading
# --------------------------------------------------------------------------


def test_strict_load_fails_on_the_bad_article(tmp_path: Path) -> None:
    """By default one bad article fails the load, naming it."""
    root = corpus(tmp_path / "c", {"a.txt": BODY, "b.txt": b"bad \xff", "c.txt": BODY})
    with pytest.raises(DocumentError) as info:
        load(root)
    assert str(info.value).startswith(f"{root}/b.txt@4: not valid UTF-8")


def test_lenient_load_keeps_the_rest(tmp_path: Path) -> None:
    """strict=False loads the good articles and records every problem, in order."""
    root = corpus(
        tmp_path / "c",
        {"a.txt": BODY, "b.txt": b"bad \xff", "c.txt": "", "d.txt": BODY},
    )
    (root / "stray.txt").write_text(BODY)
    with open(root / "manifest.toml", "a", encoding="utf-8") as handle:
        handle.write('\n[[article]]\nid = "e"\nfile = "/etc/hostname"\npublished = 2024-09-07\n')
    loaded = load(root, strict=False)
    assert [d.id for d in loaded.documents] == ["a", "d"]
    assert [(p.error_type, p.path, p.line, p.offset) for p in loaded.problems] == [
        ("ManifestError", f"{root}/manifest.toml", 25, None),
        ("ManifestError", f"{root}/manifest.toml", None, None),
        ("DocumentError", f"{root}/b.txt", None, 4),
        ("DocumentError", f"{root}/c.txt", None, 0),
    ]
    assert "article file 'stray.txt' is not listed" in loaded.problems[1].message
    assert loaded.problems[3].message == (
        f"{root}/c.txt@0: empty file; expected the article's body text"
    )


def test_lenient_load_still_raises_on_a_broken_manifest(tmp_path: Path) -> None:
    """Problems with the corpus as a whole always raise."""
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "manifest.toml").write_text("schema = [\n")
    with pytest.raises(ManifestError, match="invalid TOML"):
        load(tmp_path / "c", strict=False)


def test_strict_load_raises_the_first_manifest_problem(tmp_path: Path) -> None:
    """In strict mode an unlisted file stops the load before any article is read."""
    root = corpus(tmp_path / "c", {"a.txt": BODY})
    (root / "b.txt").write_text(BODY)
    with pytest.raises(ManifestError, match=r"article file 'b\.txt' is not listed"):
        load(root)


# --------------------------------------------------------------------------
# The pipeline's failures never escape bare
# --------------------------------------------------------------------------


def test_pipeline_crash_is_wrapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A non-kjrel exception in extraction becomes a DocumentError naming the file."""

    def broken(document: Document, gazetteer: object = None) -> Extraction:
        raise IndexError("list index out of range")

    monkeypatch.setenv("KJREL_NO_CACHE", "1")  # the pipeline must run

    monkeypatch.setattr(kjrel.loader, "extract", broken)
    root = corpus(tmp_path / "c", {"a.txt": BODY, "b.txt": BODY})
    with pytest.raises(DocumentError) as info:
        load(root)
    assert str(info.value) == (
        f"{root}/a.txt: extraction failed: IndexError: list index out of range ({BUG_NOTE})"
    )
    assert isinstance(info.value.__cause__, IndexError)
    lenient = load(root, strict=False)
    assert lenient.documents == ()
    assert [p.path for p in lenient.problems] == [f"{root}/a.txt", f"{root}/b.txt"]


def test_pipeline_kjrel_error_passes_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A KjrelError from extraction is raised (or recorded) as it is."""

    def refusing(document: Document, gazetteer: object = None) -> Extraction:
        raise DocumentError("too strange", path="x", offset=3)

    monkeypatch.setenv("KJREL_NO_CACHE", "1")  # the pipeline must run

    monkeypatch.setattr(kjrel.loader, "extract", refusing)
    root = corpus(tmp_path / "c", {"a.txt": BODY})
    with pytest.raises(DocumentError, match=r"^x@3: too strange$"):
        load(root)
    assert load(root, strict=False).problems == (
        Problem("x@3: too strange", "x", None, 3, "DocumentError"),
    )


def test_span_outside_the_text_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A span past the end of the text is reported, never exported."""

    def overreaching(document: Document, gazetteer: object = None) -> Extraction:
        span = Span(document.id, 0, len(document.text) + 5)
        quote = Quote(span, "x", QuoteKind.DIRECT, None)
        return attrs.evolve(Extraction(document), quotes=(quote,))

    monkeypatch.setenv("KJREL_NO_CACHE", "1")  # the pipeline must run

    monkeypatch.setattr(kjrel.loader, "extract", overreaching)
    root = corpus(tmp_path / "c", {"a.txt": BODY})
    with pytest.raises(DocumentError) as info:
        load(root)
    assert str(info.value) == (
        f"{root}/a.txt@0: extraction produced a span [0, {len(BODY) + 5}) of 'a' outside the"
        f" text (length {len(BODY)}) ({BUG_NOTE})"
    )


def test_every_error_is_a_kjrel_error(tmp_path: Path) -> None:
    """Whatever goes wrong, callers can catch KjrelError."""
    for raw in (b"", b"\xff", b"ok"):
        root = corpus(tmp_path / f"c{len(raw)}{raw[:1].hex()}", {"a.txt": raw}, extra="x = 1\n")
        with pytest.raises(KjrelError):
            load(root)


# --------------------------------------------------------------------------
# Warnings: a publication date in the future
# --------------------------------------------------------------------------


def test_future_publication_loads_with_a_warning(tmp_path: Path) -> None:
    """Strict loading keeps an article dated after today and records a warning."""
    root = corpus(tmp_path / "c", {"a.txt": BODY, "b.txt": BODY})
    manifest = root / "manifest.toml"
    manifest.write_text(manifest.read_text().replace("2024-09-07", "2099-01-01", 1))
    loaded = load(root, today=dt.date(2026, 1, 1))
    assert [d.id for d in loaded.documents] == ["a", "b"]
    (problem,) = loaded.problems
    assert problem.is_warning and problem.line == 6
    assert "published 2099-01-01 of article 'a' is after today (2026-01-01)" in problem.message
    assert load(root, today=dt.date(2099, 1, 1)).problems == ()


def test_real_today_is_the_default(tmp_path: Path) -> None:
    """Without ``today``, the real date is used: 9999 is always in the future."""
    root = corpus(tmp_path / "c", {"a.txt": BODY})
    manifest = root / "manifest.toml"
    manifest.write_text(manifest.read_text().replace("2024-09-07", "9999-12-31"))
    assert [p.is_warning for p in load(root).problems] == [True]
