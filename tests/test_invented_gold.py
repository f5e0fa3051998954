"""Consistency checks of the invented test corpus (tests/articles).

These test the gold files themselves, not extraction quality.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import tomllib
from pathlib import Path

import pytest

ARTICLES = Path(__file__).resolve().parent / "articles"
GOLD = ARTICLES / "gold"

QUOTE_KINDS = {"direct", "partial"}
SUMMIT_KINDS = {"bilateral", "trilateral", "multilateral", "sidelines"}
SUMMIT_STATUS = {"held", "planned"}
AGREEMENT_KINDS = {"treaty", "mou", "joint-declaration", "joint-statement", "commitment"}
AGREEMENT_STATUS = {"signed", "agreed", "proposed", "referenced"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "LESS_THAN", "MORE_THAN"}
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
COUNTRY = re.compile(r"^[A-Z]{2}$")


def _manifest() -> list[dict]:
    with open(ARTICLES / "manifest.toml", "rb") as fh:
        data = tomllib.load(fh)
    assert data["schema"] == 1
    return data["article"]


MANIFEST = _manifest()
IDS = [a["id"] for a in MANIFEST]


def _text(art_id: str) -> str:
    with open(ARTICLES / f"{art_id}.txt", encoding="utf-8", newline="") as fh:
        return fh.read()


def _gold(art_id: str) -> dict:
    return json.loads((GOLD / f"{art_id}.json").read_text(encoding="utf-8"))


def test_manifest_lists_exactly_the_txt_files() -> None:
    files = sorted(p.name for p in ARTICLES.glob("*.txt"))
    listed = sorted(a["file"] for a in MANIFEST)
    assert listed == files
    assert len(set(IDS)) == len(IDS)
    for a in MANIFEST:
        assert a["file"] == f"{a['id']}.txt"
        assert isinstance(a["published"], datetime.date)
        assert a["title"] and a["outlet"] and a["published_basis"]
        assert "invented" in a["title"]


def test_every_article_has_gold_and_no_stray_gold() -> None:
    assert sorted(p.stem for p in GOLD.glob("*.json")) == sorted(IDS)


def test_corpus_size() -> None:
    assert len(IDS) >= 24


def test_one_crlf_article_only() -> None:
    crlf = [i for i in IDS if b"\r\n" in (ARTICLES / f"{i}.txt").read_bytes()]
    assert len(crlf) == 1


@pytest.mark.parametrize("art_id", IDS)
def test_gold_file(art_id: str) -> None:
    entry = next(a for a in MANIFEST if a["id"] == art_id)
    raw = (ARTICLES / f"{art_id}.txt").read_bytes()
    text = _text(art_id)
    gold = _gold(art_id)
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
        assert text[q["start"] - 1] in "\"“" and text[q["end"]] in "\"”"
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
