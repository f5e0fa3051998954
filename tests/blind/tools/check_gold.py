"""Check the blind gold files: sha256, quote/timex text == article[start:end],
speakers/participants are entity keys, spans in range, ids match the manifest.
Usage: python tests/heldout/tools/check_gold.py [-v]   (-v prints statement/evidence sentences)"""
import hashlib, json, sys, tomllib
from pathlib import Path

D = Path(__file__).resolve().parents[1]
verbose = "-v" in sys.argv
man = tomllib.loads((D / "manifest.toml").read_text())
bad = 0
for a in man["article"]:
    raw = (D / a["file"]).read_bytes()
    text = raw.decode("utf-8")
    g = json.loads((D / "gold" / f"{a['id']}.json").read_text())
    errs = []
    if g["document"]["sha256"] != hashlib.sha256(raw).hexdigest(): errs.append("sha")
    if g["document"]["published"] != a["published"].isoformat(): errs.append("published")
    if g["document"]["id"] != a["id"]: errs.append("id")
    ents = set(g["entities"])
    for q in g["quotes"]:
        if text[q["start"]:q["end"]] != q["text"]: errs.append(f"quote text {q}")
        if q["speaker"] is not None and q["speaker"] not in ents: errs.append(f"speaker {q['speaker']}")
    for t in g["timexes"]:
        if text[t["start"]:t["end"]] != t["text"]: errs.append(f"timex text {t}")
    for s in g["statements"]:
        for sp in s["speakers"]:
            if sp is not None and sp not in ents: errs.append(f"stmt speaker {sp}")
        if verbose: print("  S", s["speakers"], repr(text[s["start"]:s["end"]][:110]))
    for sm in g["summits"]:
        for p in sm["participants"]:
            if p not in ents: errs.append(f"participant {p}")
        if verbose:
            for s, e in sm["evidence"]: print("  SUM", sm["date"], repr(text[s:e][:100]))
    for ag in g["agreements"]:
        if verbose:
            for s, e in ag["evidence"]: print("  AG", ag["title"][:25], repr(text[s:e][:90]))
    for k in ("quotes", "statements", "timexes"):
        for r in g[k]:
            if not (0 <= r["start"] < r["end"] <= len(text)): errs.append(f"range {k}")
    words = len(text.split())
    print(a["id"], words, "words", "OK" if not errs else errs)
    bad += bool(errs)
sys.exit(1 if bad else 0)
