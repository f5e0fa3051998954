"""Measure how extraction time grows with article size.

Usage::

    python fuzz/scaling.py                       # 50k to 400k characters
    python fuzz/scaling.py --sizes 100000 200000 400000 800000 --kinds news caps

For each kind of text, the script extracts articles of doubling size and
prints the time and the ratio to the previous size. In linear time the
ratio stays near 2; a ratio near 4 means quadratic growth somewhere.
With ``--profile`` it prints the functions that take the most time on
the largest article of each kind.

Kinds: ``news`` (the seed articles repeated), ``caps`` (the same in
capitals), ``quotes`` (quotation marks only), ``nosentence`` (words with no
full stop), ``prose`` (a generic paragraph without names, repeated).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import sys
import time

from kjrel.loader import seed_directory
from kjrel.models import Document
from kjrel.pipeline import extract


def _news() -> str:
    paths = sorted(seed_directory().glob("*.txt"))
    return "\n\n".join(path.read_bytes().decode("utf-8") for path in paths) + "\n\n"


UNITS = {
    "news": _news,
    "caps": lambda: _news().upper(),
    "quotes": lambda: '"\u201c\u201d',
    "nosentence": lambda: "and the talks went on ",
    "prose": lambda: (
        "The ministry said on Tuesday that talks on trade would resume in March, according"
        ' to officials. "We will keep working," a spokesperson told reporters. Analysts'
        " expect a decision by the end of the year.\n\n"
    ),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000, 100_000, 200_000,
                                                                  400_000])
    parser.add_argument("--kinds", nargs="+", choices=sorted(UNITS), default=sorted(UNITS))
    parser.add_argument("--profile", action="store_true", help="profile the largest size")
    args = parser.parse_args(argv)
    worst = 0.0
    for kind in args.kinds:
        unit = UNITS[kind]()
        previous: float | None = None
        for size in sorted(args.sizes):
            text = (unit * (size // len(unit) + 1))[:size]
            document = Document("scaling", text, dt.date(2024, 9, 7))
            start = time.perf_counter()
            extract(document)
            elapsed = time.perf_counter() - start
            ratio = f"x{elapsed / previous:.2f}" if previous else ""
            if previous:
                worst = max(worst, elapsed / previous)
            print(f"{kind:<11} {size:>9} chars {elapsed:9.2f} s  {ratio}", flush=True)
            previous = elapsed
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(extract, document)
            pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(8)
    print(f"largest ratio between doubled sizes: x{worst:.2f} (linear: about x2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
