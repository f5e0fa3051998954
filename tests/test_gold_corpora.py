"""Consistency checks of the gold-annotated corpora.

The invented development corpus (``tests/articles``), the held-out corpus
(``tests/heldout``), the blind corpus (``tests/blind``) and the seeds
(``seeds/`` with ``tests/gold/seeds``). These test the gold files
themselves, not extraction quality.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import tomllib
from pathlib import Path

import pytest

from kjrel.annotation import load_annotation

TESTS = Path(__file__).resolve().parent
ARTICLES = TESTS / "articles"
GOLD = ARTICLES / "gold"
CORPORA = {
    "articles": (ARTICLES, GOLD),
    "heldout": (TESTS / "heldout", TESTS / "heldout" / "gold"),
    "blind": (TESTS / "blind", TESTS / "blind" / "gold"),
    "unseen": (TESTS / "unseen", TESTS / "unseen" / "gold"),
    "unseen2": (TESTS / "unseen2", TESTS / "unseen2" / "gold"),
    "unseen3": (TESTS / "unseen3", TESTS / "unseen3" / "gold"),
    "unseen4": (TESTS / "unseen4", TESTS / "unseen4" / "gold"),
    "unseen5": (TESTS / "unseen5", TESTS / "unseen5" / "gold"),
    "unseen6": (TESTS / "unseen6", TESTS / "unseen6" / "gold"),
    "dev2": (TESTS / "dev2", TESTS / "dev2" / "gold"),
    "dev3": (TESTS / "dev3", TESTS / "dev3" / "gold"),
    "dev4": (TESTS / "dev4", TESTS / "dev4" / "gold"),
    "seeds": (TESTS.parent / "seeds", TESTS / "gold" / "seeds"),
}

QUOTE_KINDS = {"direct", "partial"}
SUMMIT_KINDS = {"bilateral", "trilateral", "multilateral", "sidelines"}
SUMMIT_STATUS = {"held", "planned"}
AGREEMENT_KINDS = {"treaty", "mou", "joint-declaration", "joint-statement", "commitment"}
AGREEMENT_STATUS = {"signed", "agreed", "proposed", "referenced"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "LESS_THAN", "MORE_THAN"}
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
COUNTRY = re.compile(r"^[A-Z]{2}$")


def _manifest(directory: Path) -> list[dict]:
    if not (directory / "manifest.toml").exists():
        return []
    with open(directory / "manifest.toml", "rb") as fh:
        data = tomllib.load(fh)
    assert data["schema"] == 1
    return data["article"]


MANIFEST = _manifest(ARTICLES)
IDS = [a["id"] for a in MANIFEST]
CASES = [
    (corpus, article["id"])
    for corpus, (directory, _) in CORPORA.items()
    for article in _manifest(directory)
]


def _text(directory: Path, art_id: str) -> str:
    with open(directory / f"{art_id}.txt", encoding="utf-8", newline="") as fh:
        return fh.read()


@pytest.mark.parametrize("corpus", [c for c, (d, _) in CORPORA.items() if _manifest(d)])
def test_manifest_lists_exactly_the_txt_files(corpus: str) -> None:
    """Each corpus's manifest lists its .txt files, once each, with full metadata."""
    directory, gold = CORPORA[corpus]
    manifest = _manifest(directory)
    ids = [a["id"] for a in manifest]
    files = sorted(p.name for p in directory.glob("*.txt"))
    assert sorted(a["file"] for a in manifest) == files
    assert len(set(ids)) == len(ids)
    for a in manifest:
        assert a["file"] == f"{a['id']}.txt"
        assert isinstance(a["published"], datetime.date)
        assert a["title"] and a["outlet"] and a["published_basis"]
        if corpus != "seeds":
            assert "invented" in a["title"]
    assert sorted(p.stem for p in gold.glob("*.json")) == sorted(ids)


def test_corpus_size() -> None:
    """The invented development corpus has at least 24 articles."""
    assert len(IDS) >= 24


def test_one_crlf_article_only() -> None:
    """Exactly one invented article uses CRLF line endings."""
    crlf = [i for i in IDS if b"\r\n" in (ARTICLES / f"{i}.txt").read_bytes()]
    assert len(crlf) == 1


@pytest.mark.parametrize(("corpus", "art_id"), CASES)
def test_gold_file(corpus: str, art_id: str) -> None:
    """A gold file matches its article: hash, spans, names, enums, and the strict parser."""
    directory, gold_dir = CORPORA[corpus]
    entry = next(a for a in _manifest(directory) if a["id"] == art_id)
    raw = (directory / f"{art_id}.txt").read_bytes()
    text = _text(directory, art_id)
    gold = json.loads((gold_dir / f"{art_id}.json").read_text(encoding="utf-8"))
    load_annotation(gold_dir / f"{art_id}.json")  # the project's own strict reader
    assert set(gold) == {"document", "entities", "quotes", "statements", "timexes",
                         "summits", "agreements", "notes"}
    doc = gold["document"]
    assert doc["id"] == art_id
    assert doc["sha256"] == hashlib.sha256(raw).hexdigest()
    assert doc["published"] == entry["published"].isoformat()

    entities = gold["entities"]
    assert isinstance(entities, dict)
    for name, aliases in entities.items():
        assert isinstance(name, str) and name
        assert all(isinstance(a, str) and a for a in aliases)

    def span_ok(s: int, e: int) -> None:
        assert isinstance(s, int) and isinstance(e, int)
        assert 0 <= s < e <= len(text)

    def name_ok(n: str | None) -> None:
        assert n is None or n in entities, n

    for q in gold["quotes"]:
        span_ok(q["start"], q["end"])
        assert text[q["start"]:q["end"]] == q["text"]
        assert q["kind"] in QUOTE_KINDS
        name_ok(q["speaker"])
        assert q["cue"] is None or (isinstance(q["cue"], str) and q["cue"])
        assert text[q["start"] - 1] in "\"“"
        # Closed by a mark, or (first part of a quote running on) by the paragraph's end.
        assert q["end"] == len(text) or text[q["end"]] in "\"”\r\n"
    for st in gold["statements"]:
        span_ok(st["start"], st["end"])
        assert st["speakers"]
        for sp in st["speakers"]:
            name_ok(sp)
        assert st["cue"] is None or isinstance(st["cue"], str)
    for tx in gold["timexes"]:
        span_ok(tx["start"], tx["end"])
        assert text[tx["start"]:tx["end"]] == tx["text"]
        assert isinstance(tx["value"], str) and tx["value"]
        assert tx["mod"] in MODS
    for sm in gold["summits"]:
        assert PARTIAL_DATE.match(sm["date"]), sm["date"]
        assert sm["country"] is None or COUNTRY.match(sm["country"])
        assert len(sm["participants"]) >= 2
        for p in sm["participants"]:
            name_ok(p)
        assert sm["kind"] in SUMMIT_KINDS
        assert sm["status"] in SUMMIT_STATUS
        assert sm["ordinal"] is None or (isinstance(sm["ordinal"], int) and sm["ordinal"] > 0)
        if sm["kind"] == "sidelines":
            assert sm["occasion"]
        assert sm["evidence"]
        for s, e in sm["evidence"]:
            span_ok(s, e)
    for ag in gold["agreements"]:
        assert ag["title"]
        assert ag["kind"] in AGREEMENT_KINDS
        assert ag["status"] in AGREEMENT_STATUS
        assert ag["date"] is None or PARTIAL_DATE.match(ag["date"])
        assert ag["parties"] and all(COUNTRY.match(p) for p in ag["parties"])
        assert ag["evidence"]
        for s, e in ag["evidence"]:
            span_ok(s, e)
    assert all(isinstance(n, str) for n in gold["notes"])
