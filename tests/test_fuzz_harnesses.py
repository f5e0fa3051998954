"""The atheris harnesses' own parts: input format, seeds, dictionary (issue 11)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"
sys.path.insert(0, str(FUZZ))

import atheris_support as support  # noqa: E402  (fuzz/ is not a package)


@given(st.binary(max_size=64))
def test_split_input_always_gives_a_date_and_a_suffix(data: bytes) -> None:
    published, body = support.split_input(data)
    assert isinstance(published, dt.date)
    assert data.endswith(body)


@given(st.dates(), st.binary(max_size=64))
def test_a_date_line_is_the_publication_date(day: dt.date, body: bytes) -> None:
    assert support.split_input(day.isoformat().encode() + b"\n" + body) == (day, body)


def test_seeds_are_every_listed_article() -> None:
    seeds = dict(support.seed_articles())
    assert len(seeds) >= 80
    for data in seeds.values():
        published, _ = support.split_input(data)
        assert dt.date(1965, 1, 1) <= published <= dt.date(2030, 12, 31)
    assert len(list(support.seed_manifests())) >= 7


def test_dictionary_has_the_rules_words(tmp_path: Path) -> None:
    words = support.rule_words()
    for word in ("summit", "Kishida", "memorandum", "September", "said", "\u201c"):
        assert word in words
    count = support.write_dictionary(tmp_path / "kjrel.dict", words)
    lines = (tmp_path / "kjrel.dict").read_text("ascii").splitlines()
    assert count == len(lines) and all(line.startswith('"') for line in lines)


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None,
                    reason="atheris is not installed (pip install -e '.[fuzz]')")
@pytest.mark.parametrize("harness", ["atheris_extract.py", "atheris_manifest.py"])
def test_harness_runs_its_seeds(harness: str, tmp_path: Path) -> None:
    # -runs=0 runs every seed input once and stops: no seed breaks an invariant.
    result = subprocess.run(
        [sys.executable, harness, "-runs=0", f"--workdir={tmp_path}"],
        cwd=FUZZ, capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "INITED" in result.stderr


def test_split_workdir() -> None:
    default = Path("/tmp/x")
    assert support.split_workdir(["h.py", "-runs=1"], default) == (["h.py", "-runs=1"], default)
    found = support.split_workdir(["h.py", "--workdir=/w", "d"], default)
    assert found == (["h.py", "d"], Path("/w"))
