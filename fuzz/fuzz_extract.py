"""Fuzz kjrel's reader and extractor for as long as you like.

Usage::

    python fuzz/fuzz_extract.py --seconds 600          # mutate the seed articles
    python fuzz/fuzz_extract.py --examples 5000 --seed 7
    python fuzz/fuzz_extract.py --engine hypothesis --seconds 300
    python fuzz/fuzz_extract.py --seconds 3600 --save-dir /tmp/kjrel-crashes

Each input is text (and, for the reader, its UTF-8 bytes with mutations).
The invariants checked on every input:

1. ``decode_article(bytes)`` returns text or raises ``DocumentError``;
   nothing else.
2. ``kjrel.pipeline.extract`` returns an ``Extraction`` or raises a
   ``KjrelError``; any other exception is a failure.
3. Every span has the document's id and lies inside the text; every
   quote's and temporal expression's ``text`` is exactly the text its span
   covers.
4. The extraction survives ``to_json`` / ``from_json`` unchanged.
5. Every 10th input is extracted twice; both results must be equal
   (determinism).

The mutation engine starts from the seed articles (found in the source
tree or the installed package) and applies random edits: byte and
character flips, spliced fragments of other inputs, inserted tokens that
the rules look for (names, titles, months, reporting verbs, every kind of
quotation mark), line-ending changes (CRLF, lone CR), byte-order marks,
control characters, deletions, duplications and truncations. Inputs that
produce a new shape of result join the pool. ``--seed`` makes a run
reproducible.

The run prints how many inputs it tried, the failures (with the exception
and a reproducer), and the slowest inputs (in all, and per 1000 characters). Exit status: 0 if
no invariant failed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from kjrel.errors import DocumentError, KjrelError
from kjrel.invariants import extraction_problem
from kjrel.loader import decode_article, seed_directory
from kjrel.models import Document, Extraction
from kjrel.pipeline import extract

TOKENS = [
    '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "\u300c", "\u300d", "\u00ab", "\u00bb",
    " said ", " told reporters ", " according to ", " added", ", he said.", " she said. ",
    "President ", "Prime Minister ", "Yoon Suk Yeol", "Yoon Suk-yeol", "Fumio Kishida",
    "Kishida", "Yoon", "Shigeru Ishiba", "Lee Jae-myung", "Moon Jae-in", "Shinzo Abe",
    " Seoul", " Tokyo", " Japan", " South Korea", " Korean", " Japanese",
    " on Friday", " last week", " the end of September", " early October", " in 2015",
    " on Sept. 6", " March 1, 2019", " two years ago", " next month", " 1910-45",
    " summit", " held talks", " met", " agreement", " memorandum of understanding",
    " joint declaration", " signed", " agreed to", " will leave office", " took office",
    "\n", "\n\n", "\r\n", "\r", "\t", "\ufeff", "\x00", "\x0b", "\x1b", "\x85", "\u2028",
    "READ MORE: ", "(Reporting by A; Editing by B)", "SEOUL (Reuters) - ", "By Jane Doe\n",
    ".", ". ", "?", "!", "...", "\u2026", " -- ", "\u2014", "(", ")", "[", "]",
    "\u0301", "\u200d", "\u202e", "\U0001f600", "\u00e9", "\ud55c\uad6d", "\u65e5\u672c",
]


def seed_texts() -> list[str]:
    """Return the seed articles and a few fixed edge cases."""
    directory = seed_directory()
    texts = [path.read_bytes().decode("utf-8") for path in sorted(directory.glob("*.txt"))]
    return [*texts, "", "x", '"', "\u201c\u201d", "\r\n\r\n", "READ MORE: nothing\n"]


class Mutator:
    """Random edits of texts, reproducible from a seed."""

    def __init__(self, rng: random.Random, pool: list[str], max_size: int) -> None:
        self.rng = rng
        self.pool = pool
        self.max_size = max_size
        self.ops: list[Callable[[str], str]] = [
            self.insert_token, self.insert_token, self.insert_token,
            self.delete, self.duplicate, self.splice, self.flip_char,
            self.line_endings, self.swap_quotes, self.truncate, self.case,
            self.repeat_token,
        ]

    def mutate(self, text: str) -> str:
        for _ in range(self.rng.randint(1, 6)):
            text = self.rng.choice(self.ops)(text)
        return text[: self.max_size]

    def _pos(self, text: str) -> int:
        return self.rng.randint(0, len(text))

    def insert_token(self, text: str) -> str:
        i = self._pos(text)
        return text[:i] + self.rng.choice(TOKENS) + text[i:]

    def repeat_token(self, text: str) -> str:
        i = self._pos(text)
        return text[:i] + self.rng.choice(TOKENS) * self.rng.randint(2, 500) + text[i:]

    def delete(self, text: str) -> str:
        i = self._pos(text)
        return text[:i] + text[i + self.rng.randint(1, 200) :]

    def duplicate(self, text: str) -> str:
        i = self._pos(text)
        j = min(len(text), i + self.rng.randint(1, 400))
        return text[:j] + text[i:j] + text[j:]

    def splice(self, text: str) -> str:
        other = self.rng.choice(self.pool)
        i, j = self._pos(text), self._pos(other)
        return text[:i] + other[j : j + self.rng.randint(1, 600)] + text[i:]

    def flip_char(self, text: str) -> str:
        if not text:
            return text
        i = self.rng.randrange(len(text))
        return text[:i] + chr(self.rng.choice((
            self.rng.randint(0, 0x7F), self.rng.randint(0x80, 0x2FFF),
            self.rng.randint(0xE000, 0x10FFFF),
        ))) + text[i + 1 :]

    def line_endings(self, text: str) -> str:
        return text.replace("\n", self.rng.choice(("\r\n", "\r", "\n\n", " ")))

    def swap_quotes(self, text: str) -> str:
        pairs = [('"', "\u201c"), ("\u201d", '"'), ("\u201c", "\u2018"), ('"', "")]
        old, new = self.rng.choice(pairs)
        return text.replace(old, new, self.rng.randint(1, 5))

    def truncate(self, text: str) -> str:
        return text[: self._pos(text)]

    def case(self, text: str) -> str:
        return self.rng.choice((str.upper, str.lower, str.swapcase))(text)

    def mutate_bytes(self, data: bytes) -> bytes:
        buffer = bytearray(data)
        for _ in range(self.rng.randint(1, 4)):
            if buffer and self.rng.random() < 0.6:
                buffer[self.rng.randrange(len(buffer))] = self.rng.randrange(256)
            else:
                i = self.rng.randint(0, len(buffer))
                buffer[i:i] = self.rng.choice(
                    (b"\xef\xbb\xbf", b"\xff\xfe", b"\xc0\xaf", b"\xed\xa0\x80", b"\xe2\x80")
                )
        return bytes(buffer)


class Fuzzer:
    """Run inputs through the reader and extractor and check the invariants."""

    def __init__(self, save_dir: Path | None) -> None:
        self.tried = 0
        self.bytes_tried = 0
        self.decode_errors = 0
        self.kjrel_errors = 0
        self.failures: list[tuple[str, str]] = []
        self.slowest: list[tuple[float, int, str]] = []
        self.slowest_per_k: list[tuple[float, int, str]] = []
        self.shapes: set[tuple[int, ...]] = set()
        self.save_dir = save_dir

    def check_bytes(self, data: bytes) -> None:
        self.bytes_tried += 1
        try:
            text = decode_article(data, "fuzz.txt")
        except DocumentError as error:
            self.decode_errors += 1
            if error.offset is None or not 0 <= error.offset <= len(data):
                self.fail(repr(data[:200]), f"decode error without a valid offset: {error}")
            return
        except Exception:
            self.fail(repr(data[:200]), traceback.format_exc())
            return
        if text != data.decode("utf-8"):
            self.fail(repr(data[:200]), "decoded text differs from strict UTF-8 decoding")

    def check_text(self, text: str, published: dt.date) -> bool:
        """Check one text; return whether its result has a new shape."""
        self.tried += 1
        document = Document("fuzz", text, published)
        start = time.perf_counter()
        try:
            extraction = extract(document)
        except KjrelError:
            self.kjrel_errors += 1
            return False
        except Exception:
            self.fail(text, traceback.format_exc())
            return False
        elapsed = time.perf_counter() - start
        self.slowest.append((elapsed, len(text), text[:50]))
        self.slowest = sorted(self.slowest, reverse=True)[:5]
        if len(text) >= 2000:
            per_k = elapsed / len(text) * 1000
            self.slowest_per_k.append((per_k, len(text), text[:50]))
            self.slowest_per_k = sorted(self.slowest_per_k, reverse=True)[:5]
        problem = self.invariants(document, extraction)
        if problem is None and self.tried % 10 == 0 and extract(document) != extraction:
            problem = "extracting twice gave different results"
        if problem is not None:
            self.fail(text, problem)
            return False
        shape = (
            len(extraction.quotes), len(extraction.statements), len(extraction.timexes),
            len(extraction.summits), len(extraction.agreements), len(extraction.entities),
            len(extraction.claims),
        )
        new = shape not in self.shapes
        self.shapes.add(shape)
        return new

    @staticmethod
    def invariants(document: Document, extraction: Extraction) -> str | None:
        return extraction_problem(document, extraction)

    def fail(self, text: str, problem: str) -> None:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        self.failures.append((text, problem))
        print(f"FAILURE {digest} ({len(text)} chars): {problem.strip().splitlines()[-1]}",
              flush=True)
        if self.save_dir is not None:
            self.save_dir.mkdir(parents=True, exist_ok=True)
            (self.save_dir / f"{digest}.txt").write_text(
                text, encoding="utf-8", errors="surrogatepass", newline=""
            )
            (self.save_dir / f"{digest}.problem.txt").write_text(problem, encoding="utf-8")


def run_mutation(args: argparse.Namespace, fuzzer: Fuzzer, done: Callable[[], bool]) -> None:
    rng = random.Random(args.seed)
    pool = seed_texts()
    mutator = Mutator(rng, pool, args.max_size)
    for text in pool:
        fuzzer.check_text(text, dt.date(2024, 9, 7))
    while not done():
        text = mutator.mutate(rng.choice(pool))
        published = dt.date(rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28))
        if fuzzer.check_text(text, published) and len(pool) < 500:
            pool.append(text)
        fuzzer.check_bytes(mutator.mutate_bytes(text.encode("utf-8")[: args.max_size]))


def run_hypothesis(args: argparse.Namespace, fuzzer: Fuzzer, done: Callable[[], bool]) -> None:
    from hypothesis import HealthCheck, given, settings  # noqa: PLC0415
    from hypothesis import strategies as st  # noqa: PLC0415

    from kjrel.strategies import article_texts  # noqa: PLC0415

    text = (
        st.text(max_size=args.max_size)
        | st.lists(st.sampled_from(TOKENS) | st.text(max_size=8), max_size=200).map("".join)
        | article_texts(max_tokens=300)
    )

    @settings(max_examples=200, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(text, st.dates(), st.binary(max_size=400))
    def chunk(value: str, published: dt.date, data: bytes) -> None:
        if done():
            return
        fuzzer.check_text(value, published)
        fuzzer.check_bytes(data)

    while not done():
        chunk()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    limit = parser.add_mutually_exclusive_group()
    limit.add_argument("--seconds", type=float, help="run for this long (default 60)")
    limit.add_argument("--examples", type=int, help="try this many texts")
    parser.add_argument("--engine", choices=("mutate", "hypothesis"), default="mutate")
    parser.add_argument("--seed", type=int, default=0, help="random seed (mutate engine)")
    parser.add_argument("--max-size", type=int, default=20_000,
                        help="longest input in characters (default 20000)")
    parser.add_argument("--save-dir", type=Path,
                        help="write failing inputs here (nothing is written otherwise)")
    args = parser.parse_args(argv)
    fuzzer = Fuzzer(args.save_dir)
    start = time.monotonic()
    seconds = args.seconds if args.seconds is not None else (None if args.examples else 60.0)
    next_report = [start + 60]

    def done() -> bool:
        now = time.monotonic()
        if now >= next_report[0]:
            next_report[0] = now + 60
            print(f"... {fuzzer.tried} texts, {len(fuzzer.failures)} failures,"
                  f" {now - start:.0f} s", flush=True)
        if args.examples is not None:
            return fuzzer.tried >= args.examples
        return seconds is not None and now - start >= seconds

    try:
        (run_hypothesis if args.engine == "hypothesis" else run_mutation)(args, fuzzer, done)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
    elapsed = time.monotonic() - start
    print(f"engine: {args.engine}, seed: {args.seed}, time: {elapsed:.1f} s")
    print(f"texts tried: {fuzzer.tried} ({fuzzer.tried / max(elapsed, 1e-9):.1f}/s),"
          f" KjrelError raised: {fuzzer.kjrel_errors}, result shapes seen: {len(fuzzer.shapes)}")
    print(f"byte inputs tried: {fuzzer.bytes_tried} (rejected as not UTF-8 or empty:"
          f" {fuzzer.decode_errors})")
    print("slowest inputs (seconds, length, start):")
    for seconds_, length, head in fuzzer.slowest:
        print(f"  {seconds_:8.3f}  {length:7d}  {head!r}")
    print("slowest per 1000 characters, inputs of 2000+ (ms, length, start):")
    for per_k, length, head in fuzzer.slowest_per_k:
        print(f"  {per_k * 1000:8.2f}  {length:7d}  {head!r}")
    print(f"failures: {len(fuzzer.failures)}")
    for text, problem in fuzzer.failures[:20]:
        print("-" * 72)
        print(f"input ({len(text)} chars): {text[:300]!r}")
        print(problem.strip())
    return 1 if fuzzer.failures else 0


if __name__ == "__main__":
    sys.exit(main())
