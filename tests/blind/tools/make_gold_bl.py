"""Copy of tests/heldout/tools/make_gold_ho.py for the blind corpus in tests/blind/ (sources in tests/blind/tools/gold_src/).

Usage (from the repository root)::

    python tests/tools/make_gold.py            # rebuild every gold file
    python tests/tools/make_gold.py ID ...     # rebuild some
    python tests/tools/make_gold.py --show ID  # print the sentence split of ID

Each ``tests/tools/gold_src/<id>.py`` defines ``GOLD``, a dict with:

* ``published``: ISO date string (must equal the manifest's date);
* ``furniture``: strings (see *locators*) marking page furniture (datelines,
  bylines, captions, credit lines, READ MORE lines); no sentence crosses or
  contains them, and quotes may not lie in them;
* ``entities``: canonical name -> list of aliases;
* ``quotes``: ``(locator, kind, speaker, cue)``; the locator finds any stretch
  inside one pair of double quotation marks, and the span is expanded to the
  whole text between the nearest marks on either side (same line);
* ``statements``: ``(locator, [speakers], cue)``; expanded to the sentence;
* ``timexes``: ``(locator, value, mod)``; the located text is the span;
* ``summits`` / ``agreements``: dicts with the ANNOTATION.md fields, where
  ``evidence`` is a list of locators, each expanded to its sentence;
* ``notes``: list of strings.

A *locator* is a string that must occur exactly once in the article. If it
contains ``[[`` and ``]]``, only the bracketed part is the target and the rest
is context (``"held on [[Sept. 6-7]] for"``). A sentence can also be given as
a pair ``(first words, last words)`` to override the automatic split.

Every failure (not found, ambiguous, unknown speaker, bad enum) raises.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import runpy
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
ARTICLES = ROOT / "tests" / "blind"
GOLD_DIR = ARTICLES / "gold"
SRC_DIR = Path(__file__).resolve().parent / "gold_src"

QUOTE_KINDS = {"direct", "partial"}
SUMMIT_KINDS = {"bilateral", "trilateral", "multilateral", "sidelines"}
SUMMIT_STATUS = {"held", "planned"}
AGREEMENT_KINDS = {"treaty", "mou", "joint-declaration", "joint-statement", "commitment"}
AGREEMENT_STATUS = {"signed", "agreed", "proposed", "referenced"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "LESS_THAN", "MORE_THAN"}

OPEN_MARKS = '"“'
CLOSE_MARKS = '"”'
# Tokens ending in a period that do not end a sentence.
ABBREVIATIONS = {
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "No", "Jr", "vs", "Sen", "Rep",
    "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    "U.S", "U.N", "U.K", "a.m", "p.m", "D.C",
}


class GoldError(Exception):
    pass


def locate(text: str, loc: str, what: str) -> tuple[int, int]:
    """Return the span of the locator's target; it must occur exactly once."""
    if "[[" in loc:
        before, rest = loc.split("[[", 1)
        target, after = rest.split("]]", 1)
        whole = before + target + after
    else:
        before, target, whole = "", loc, loc
    if not target:
        raise GoldError(f"{what}: empty target in {loc!r}")
    hits = [m.start() for m in re.finditer(re.escape(whole), text)]
    if not hits:
        raise GoldError(f"{what}: not found: {loc!r}")
    if len(hits) > 1:
        raise GoldError(f"{what}: ambiguous ({len(hits)} hits): {loc!r}")
    start = hits[0] + len(before)
    return start, start + len(target)


def furniture_spans(text: str, furniture: list[str]) -> list[tuple[int, int]]:
    return sorted(locate(text, f, "furniture") for f in furniture)


def split_sentences(text: str, furn: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split into sentences: paragraphs, minus furniture, cut at sentence ends."""
    # Segments: lines, with furniture removed.
    segments: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\r\n]+", text):
        pieces = [(m.start(), m.end())]
        for fs, fe in furn:
            nxt = []
            for s, e in pieces:
                if fe <= s or fs >= e:
                    nxt.append((s, e))
                    continue
                if s < fs:
                    nxt.append((s, fs))
                if fe < e:
                    nxt.append((fe, e))
            pieces = nxt
        segments.extend(pieces)
    sentences: list[tuple[int, int]] = []
    end_re = re.compile(r"[.!?][\"”’']?(?=\s+[\"“‘'(A-Z0-9])")
    for s, e in segments:
        seg = text[s:e]
        cur = 0
        for m in end_re.finditer(seg):
            word = re.search(r"([A-Za-z.]+)\.[\"”’']?$", seg[: m.end()])
            if word and word.group(1).split()[-1] in ABBREVIATIONS and m.group(0) == ".":
                continue
            sentences.append((s + cur, s + m.end()))
            cur = m.end()
        sentences.append((s + cur, e))
    out = []
    for s0, e0 in sentences:
        s, e = s0, e0
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


class Article:
    def __init__(self, art_id: str, src: dict) -> None:
        self.id = art_id
        self.src = src
        path = ARTICLES / f"{art_id}.txt"
        self.raw = path.read_bytes()
        with open(path, encoding="utf-8", newline="") as fh:
            self.text = fh.read()
        self.furn = furniture_spans(self.text, src.get("furniture", []))
        self.sents = split_sentences(self.text, self.furn)

    def in_furniture(self, s: int, e: int) -> bool:
        return any(s < fe and e > fs for fs, fe in self.furn)

    def sentence(self, loc: str | tuple[str, str], what: str) -> list[int]:
        if isinstance(loc, tuple):
            s, _ = locate(self.text, loc[0], what)
            _, e = locate(self.text, loc[1], what)
            if e <= s:
                raise GoldError(f"{what}: bad explicit sentence {loc!r}")
            return [s, e]
        s, e = locate(self.text, loc, what)
        for ss, se in self.sents:
            if ss <= s and e <= se:
                return [ss, se]
        raise GoldError(f"{what}: {loc!r} crosses a sentence boundary")

    def quote(self, loc: str, what: str) -> tuple[int, int]:
        s, e = locate(self.text, loc, what)
        t = self.text
        i = s
        while i > 0 and t[i - 1] not in OPEN_MARKS:
            if t[i - 1] in "\r\n" or t[i - 1] in "”":
                raise GoldError(f"{what}: no opening mark before {loc!r}")
            i -= 1
        if i == 0:
            raise GoldError(f"{what}: no opening mark before {loc!r}")
        j = e
        while j < len(t) and t[j] not in CLOSE_MARKS:
            if t[j] in "\r\n" or t[j] == "“":
                raise GoldError(f"{what}: no closing mark after {loc!r}")
            j += 1
        if j == len(t):
            raise GoldError(f"{what}: no closing mark after {loc!r}")
        if self.in_furniture(i, j):
            raise GoldError(f"{what}: quote lies in page furniture: {loc!r}")
        return i, j


def build(art_id: str, manifest: dict[str, str]) -> dict:
    src = runpy.run_path(str(SRC_DIR / f"{art_id}.py"))["GOLD"]
    art = Article(art_id, src)
    if manifest.get(art_id) != src["published"]:
        raise GoldError(
            f"{art_id}: published {src['published']} != manifest {manifest.get(art_id)}")
    entities = src["entities"]
    names = set(entities)

    def check_name(n: str | None, what: str) -> None:
        if n is not None and n not in names:
            raise GoldError(f"{art_id}: {what}: unknown entity {n!r}")

    quotes = []
    for q in src.get("quotes", []):
        loc, kind, speaker, cue = q[:4]
        what = f"{art_id} quote {loc[:40]!r}"
        if kind not in QUOTE_KINDS:
            raise GoldError(f"{what}: kind {kind!r}")
        check_name(speaker, what)
        if len(q) > 4 and q[4] == "exact":
            # held-out addition: the located text is the span itself (used for the
            # opening paragraph of a multi-paragraph quote, which has no closing mark)
            s, e = locate(art.text, loc, what)
        else:
            s, e = art.quote(loc, what)
        quotes.append({"start": s, "end": e, "text": art.text[s:e], "kind": kind,
                       "speaker": speaker, "cue": cue})
    statements = []
    for st in src.get("statements", []):
        loc, speakers, cue = st
        what = f"{art_id} statement {str(loc)[:40]!r}"
        for sp in speakers:
            check_name(sp, what)
        s, e = art.sentence(loc, what)
        statements.append({"start": s, "end": e, "speakers": list(speakers), "cue": cue})
    timexes = []
    for tx in src.get("timexes", []):
        loc, value, mod = tx
        what = f"{art_id} timex {loc!r}"
        if mod not in MODS:
            raise GoldError(f"{what}: mod {mod!r}")
        s, e = locate(art.text, loc, what)
        if art.in_furniture(s, e) and not src.get("timex_in_furniture_ok", False):
            raise GoldError(f"{what}: in page furniture")
        timexes.append({"start": s, "end": e, "text": art.text[s:e], "value": value, "mod": mod})

    def evidence(locs: list, what: str) -> list[list[int]]:
        spans = {tuple(art.sentence(loc, what)) for loc in locs}
        return [list(sp) for sp in sorted(spans)]

    summits = []
    for sm in src.get("summits", []):
        what = f"{art_id} summit {sm['date']}"
        if sm["kind"] not in SUMMIT_KINDS or sm["status"] not in SUMMIT_STATUS:
            raise GoldError(f"{what}: bad kind/status")
        for p in sm["participants"]:
            check_name(p, what)
        summits.append({
            "date": sm["date"], "place": sm["place"], "country": sm["country"],
            "participants": list(sm["participants"]), "kind": sm["kind"],
            "ordinal": sm.get("ordinal"), "evidence": evidence(sm["evidence"], what),
            "status": sm["status"], "occasion": sm.get("occasion"),
        })
    agreements = []
    for ag in src.get("agreements", []):
        what = f"{art_id} agreement {ag['title'][:30]!r}"
        if ag["kind"] not in AGREEMENT_KINDS or ag["status"] not in AGREEMENT_STATUS:
            raise GoldError(f"{what}: bad kind/status")
        agreements.append({
            "title": ag["title"], "kind": ag["kind"], "date": ag["date"],
            "parties": sorted(ag["parties"]), "status": ag["status"],
            "evidence": evidence(ag["evidence"], what),
        })
    for lst, label in ((quotes, "quotes"), (timexes, "timexes"), (statements, "statements")):
        lst.sort(key=lambda r: (r["start"], r["end"]))
        for a, b in itertools.pairwise(lst):
            if (a["start"], a["end"]) == (b["start"], b["end"]):
                raise GoldError(f"{art_id}: duplicate span in {label}: {a}")
    return {
        "document": {"id": art_id, "published": src["published"],
                     "sha256": hashlib.sha256(art.raw).hexdigest()},
        "entities": entities,
        "quotes": quotes,
        "statements": statements,
        "timexes": timexes,
        "summits": summits,
        "agreements": agreements,
        "notes": list(src.get("notes", [])),
    }


def read_manifest() -> dict[str, str]:
    with open(ARTICLES / "manifest.toml", "rb") as fh:
        data = tomllib.load(fh)
    return {a["id"]: a["published"].isoformat() for a in data["article"]}


def show(art_id: str) -> None:
    src = runpy.run_path(str(SRC_DIR / f"{art_id}.py"))["GOLD"]
    art = Article(art_id, src)
    for s, e in art.sents:
        print(f"[{s}:{e}] {art.text[s:e]!r}")
    for s, e in art.furn:
        print(f"FURNITURE [{s}:{e}] {art.text[s:e]!r}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--show"]:
        for a in argv[1:]:
            show(a)
        return 0
    manifest = read_manifest()
    ids = argv or sorted(p.stem for p in SRC_DIR.glob("*.py"))
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    failed = 0
    for art_id in ids:
        try:
            gold = build(art_id, manifest)
        except (GoldError, KeyError, ValueError) as exc:
            print(f"FAIL {art_id}: {exc!r}", file=sys.stderr)
            failed += 1
            continue
        out = GOLD_DIR / f"{art_id}.json"
        out.write_text(json.dumps(gold, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}: {len(gold['quotes'])} quotes, "
              f"{len(gold['statements'])} statements, {len(gold['timexes'])} timexes, "
              f"{len(gold['summits'])} summits, {len(gold['agreements'])} agreements")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
