"""Benchmarks for kjrel: prints figures, asserts nothing.

Run: ``python benchmarks/bench_load.py [--repeat N] [--mb N]``

Figures printed:

* ``kjrel show`` wall time as a fresh process (import + load + print);
* ``kjrel.load()`` of the bundled seeds in this process (cold, then warm);
* one query of each kind on the loaded corpus;
* extraction throughput on a large synthetic article made by repeating the
  seed articles (MB/s), to show time stays linear in the size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _time(call: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Return the best and the median wall time of ``repeat`` calls, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--mb", type=float, default=2.0, help="size of the large article")
    args = parser.parse_args()

    best, median = _time(
        lambda: subprocess.run(
            [sys.executable, "-m", "kjrel", "show"], check=True, capture_output=True
        ),
        args.repeat,
    )
    print(f"kjrel show (fresh process)   best {best * 1e3:7.1f} ms  median {median * 1e3:7.1f} ms")

    start = time.perf_counter()
    import kjrel  # noqa: PLC0415

    corpus = kjrel.load()
    print(f"import kjrel + first load()       {(time.perf_counter() - start) * 1000:8.1f} ms")
    best, median = _time(kjrel.load, args.repeat)
    print(f"kjrel.load() warm            best {best * 1e3:7.1f} ms  median {median * 1e3:7.1f} ms")

    queries: dict[str, Callable[[], object]] = {
        "summits_between('2024','2024')": lambda: corpus.summits_between("2024", "2024"),
        "quotes_by('Yoon Suk-yeol')": lambda: corpus.quotes_by("Yoon Suk-yeol"),
        "leader('Kishida Fumio')": lambda: corpus.leader("Kishida Fumio"),
        "agreements_between('2024','2024')": lambda: corpus.agreements_between("2024", "2024"),
        "timeline()": corpus.timeline,
    }
    for name, query in queries.items():
        best, median = _time(query, args.repeat * 20)
        print(f"query {name:<34} best {best * 1e6:8.1f} us  median {median * 1e6:8.1f} us")

    seeds = "\n".join(
        path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))
    )
    for size_mb in (args.mb / 4, args.mb / 2, args.mb):
        repeats = max(1, int(size_mb * 1_000_000 / len(seeds)))
        text = "\n".join([seeds] * repeats)
        document = kjrel.Document("bench", text, dt.date(2024, 9, 7))
        start = time.perf_counter()
        kjrel.extract(document)
        elapsed = time.perf_counter() - start
        mb = len(text.encode("utf-8")) / 1_000_000
        rate = mb / elapsed
        print(f"extract {mb:6.2f} MB article            {elapsed:8.2f} s   {rate:6.2f} MB/s")


if __name__ == "__main__":
    main()
