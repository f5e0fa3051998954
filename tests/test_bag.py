"""kjrel.bag: extraction over a Dask bag on the local scheduler, read back as one corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from kjrel.bag import corpus_bag, write_partitions
from kjrel.loader import load, load_jsonl
from kjrel.serialize import export_json

pytest.importorskip("dask.bag")  # installed by the test extra, so CI runs these

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "articles"


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_partitions_load_back_as_the_corpus(tmp_path: Path, scheduler: str) -> None:
    """Partitions written over a bag read back to the corpus kjrel.load builds."""
    files = write_partitions(ARTICLES, tmp_path / "parts", npartitions=3, scheduler=scheduler)
    assert [f.name for f in files] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    expected = load(ARTICLES)
    assert export_json(load_jsonl(tmp_path / "parts")) == export_json(expected)


def test_problems_travel_in_the_bag(tmp_path: Path) -> None:
    """A bad article and a manifest warning come back as the lenient corpus's problems."""
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text("Seoul and Tokyo agreed to talk.", encoding="utf-8")
    (root / "b.txt").write_bytes(b"\xff")
    (root / "manifest.toml").write_text(
        'schema = 1\n[[article]]\nid = "a"\nfile = "a.txt"\npublished = 2999-01-01\n'
        '[[article]]\nid = "b"\nfile = "b.txt"\npublished = 2024-09-07\n',
        encoding="utf-8",
    )
    write_partitions(root, tmp_path / "parts", npartitions=2, scheduler="synchronous")
    expected = load(root, strict=False)
    assert len(expected.problems) == 2
    assert export_json(load_jsonl(tmp_path / "parts")) == export_json(expected)


def test_the_bag_is_lazy() -> None:
    """Building the bag extracts nothing; computing it gives one line per article."""
    records = corpus_bag(None, npartitions=2)
    lines = [line for line in records.compute(scheduler="synchronous") if line]
    assert len(lines) == 2


def test_without_dask_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """No Dask: one KjrelError naming the extra, not an ImportError."""
    import importlib

    import kjrel.bag
    from kjrel.errors import KjrelError

    real = importlib.import_module

    def missing(name: str, package: str | None = None) -> object:
        if name.startswith("dask"):
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(kjrel.bag.importlib, "import_module", missing)
    with pytest.raises(KjrelError, match=r'pip install "kjrel\[dask\]"'):
        corpus_bag(None)
