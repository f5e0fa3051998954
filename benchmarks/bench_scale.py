"""Scale benchmarks on synthetic extractions: prints figures, asserts nothing.

Run: ``python benchmarks/bench_scale.py [--big]``

No text is extracted: extractions are built directly from the models, so
what is measured is merging (``Corpus.build``) and querying.

* Build: ``Corpus.build`` of 10^2, 10^3, 10^4 articles (10^5 with
  ``--big``), each reporting one summit and one agreement, in two shapes:
  every article about the *same* meeting, and every article about a
  *different* meeting. The ratio is the time per article against the time
  per article at 10^2 in this process (best of several runs): near 1
  means linear.
* Query: ``summits_between`` over a one-week and a one-year period on
  corpora of 10^3 and 10^6 summits, against a linear scan of the same
  corpus in this process (the baseline).
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable

from kjrel.corpus import Corpus
from kjrel.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Document,
    Entity,
    EntityKind,
    Extraction,
    PartialDate,
    Place,
    Span,
    Summit,
)

PAIRS = (
    ("Fumio Kishida", "Yoon Suk Yeol"),
    ("Joe Biden", "Fumio Kishida"),
    ("Joe Biden", "Yoon Suk Yeol"),
    ("Fumio Kishida", "Li Qiang"),
)
START = dt.date(1990, 1, 1)


def article(number: int, *, same: bool) -> Extraction:
    """One synthetic article: a summit, an agreement and the two leaders."""
    doc_id = f"a{number:07d}"
    document = Document(doc_id, "x" * 40, dt.date(2024, 9, 7))
    if same:
        people, day = PAIRS[0], dt.date(2024, 9, 6)
        date = PartialDate(2024, 9) if number % 5 == 0 else PartialDate.from_date(day)
    else:
        people = PAIRS[number % len(PAIRS)]
        date = PartialDate.from_date(START + dt.timedelta(days=number // len(PAIRS)))
    evidence = (Span(doc_id, 0, 10),)
    summit = Summit(people, date, Place("Seoul", "KR"), evidence=evidence)
    agreement = Agreement(
        "joint statement", AgreementKind.JOINT_STATEMENT, ("JP", "KR"), date,
        AgreementStatus.AGREED, (Span(doc_id, 10, 20),),
    )
    entities = tuple(Entity(name, EntityKind.LEADER) for name in people)
    return Extraction(document, summits=(summit,), agreements=(agreement,), entities=entities)


def _seconds(call: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best


def bench_build(sizes: list[int]) -> None:
    for same in (True, False):
        shape = "one meeting     " if same else "different meets."
        base = None
        for size in sizes:
            extractions = [article(n, same=same) for n in range(size)]
            repeat = {100: 20, 1_000: 5, 10_000: 2}.get(size, 1)
            elapsed = _seconds(lambda e=extractions: Corpus.build(e), repeat)
            per = elapsed / size
            base = base or per
            corpus = Corpus.build(extractions)
            print(
                f"build {shape} {size:>7} articles  {elapsed:8.3f} s  "
                f"{per * 1e6:7.1f} us/article  ratio to 10^2 {per / base:5.2f}  "
                f"({len(corpus.summits)} summits)"
            )


def summit_corpus(size: int) -> Corpus:
    """A corpus of ``size`` summits, one a day from 1990, in corpus order (no merging)."""
    summits = tuple(
        Summit(PAIRS[n % len(PAIRS)], PartialDate.from_date(START + dt.timedelta(days=n // 4)))
        for n in range(size)
    )
    return Corpus(extractions=(), summits=summits, agreements=(), entities=(), leaders=())


def linear(corpus: Corpus, low: dt.date, high: dt.date) -> tuple[Summit, ...]:
    """The baseline: what summits_between did before its index."""
    return tuple(
        s for s in corpus.summits
        if s.date is not None and s.date.earliest() <= high and low <= s.date.latest()
    )


def bench_query(sizes: list[int]) -> None:
    for size in sizes:
        corpus = summit_corpus(size)
        build = _seconds(lambda c=corpus: c.summits_between("1990", "1990"))  # builds the index
        middle = START + dt.timedelta(days=size // 8)
        for label, low, high in (
            ("one week", middle, middle + dt.timedelta(days=6)),
            ("one year", middle, middle + dt.timedelta(days=364)),
        ):
            found = corpus.summits_between(low, high)
            assert found == linear(corpus, low, high)
            fast = _seconds(lambda c=corpus, a=low, b=high: c.summits_between(a, b), 20)
            slow = _seconds(lambda c=corpus, a=low, b=high: linear(c, a, b), 3)
            print(
                f"query {size:>8} summits, {label:<8} ({len(found):>5} found)  "
                f"index {fast * 1e6:9.1f} us  linear scan {slow * 1e6:11.1f} us  "
                f"ratio {fast / slow:8.5f}"
            )
        print(f"      {size:>8} summits: index built once in {build * 1e3:8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--big", action="store_true", help="also 10^5 articles")
    args = parser.parse_args()
    sizes = [100, 1_000, 10_000] + ([100_000] if args.big else [])
    bench_build(sizes)
    bench_query([1_000, 1_000_000])


if __name__ == "__main__":
    main()
