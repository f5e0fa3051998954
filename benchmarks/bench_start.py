"""Start-up benchmarks: prints figures as ratios to a bare interpreter, asserts nothing.

Run: ``python benchmarks/bench_start.py [--repeat N]``

Each figure is the best wall time of ``N`` fresh processes of this
interpreter, divided by the best time of a bare one (``python -c pass``)
measured in the same run:

* ``import kjrel`` (the goal: at most 4x);
* ``kjrel show`` on the seeds with a warm cache (the goal: at most 10x): the
  replay of the previous run's output (:mod:`kjrel.show_cache`);
* ``kjrel show`` with only the extractions cached: the show cache's entries
  are removed before each run (``shutil`` is imported for that), so the
  corpus is built from the cached extractions;
* ``kjrel show`` with the cache off (every article extracted);
* ``kjrel.load(path, workers=N)`` of ``tests/articles``, cache off, N = 1, 2.

The cache is a temporary directory (``KJREL_CACHE_DIR``), warmed first; the
user's own cache is not touched.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def best(command: list[str], env: dict[str, str], repeat: int) -> float:
    """Return the best wall time of ``repeat`` runs of ``command``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return min(times)


# A `kjrel show` that cannot replay: the show cache's entries go first.
_NO_REPLAY = (
    "import os, shutil\n"
    "shutil.rmtree(os.path.join(os.environ['KJREL_CACHE_DIR'], 'v1', 'show'), ignore_errors=True)\n"
    "from kjrel.cli import main\n"
    "raise SystemExit(main(['show']))"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "KJREL_CACHE_DIR": cache}
        env.pop("KJREL_NO_CACHE", None)
        cold = {**env, "KJREL_NO_CACHE": "1"}
        subprocess.run([python, "-m", "kjrel", "show"], check=True, capture_output=True, env=env)
        bare = best([python, "-c", "pass"], env, args.repeat)
        print(f"bare interpreter (python -c pass)   {bare * 1e3:8.1f} ms   1.0x (the baseline)")
        show = [python, "-m", "kjrel", "show"]
        rows = [
            ("import kjrel", [python, "-c", "import kjrel"], env, args.repeat),
            ("kjrel show, warm cache", show, env, args.repeat),
            ("kjrel show, extractions cached", [python, "-c", _NO_REPLAY], env, args.repeat),
            ("kjrel show, no cache", show, cold, max(2, args.repeat // 3)),
        ]
        for workers in (1, 2):
            code = f"import kjrel; kjrel.load('tests/articles', workers={workers})"
            rows.append(
                (f"load tests/articles, workers={workers}", [python, "-c", code], cold, 2)
            )
        for label, command, environment, repeat in rows:
            seconds = best(command, environment, repeat)
            print(f"{label:<36}{seconds * 1e3:8.1f} ms  {seconds / bare:5.1f}x")


if __name__ == "__main__":
    main()
