"""What the two atheris harnesses share: seed corpora, the dictionary, the input format.

The extractor harness reads one input as an optional first line
``YYYY-MM-DD`` (the publication date) and the article's bytes after it.
Without that line the whole input is the article and its publication date
is picked from the input's checksum: half the time one of the dates that
stress calendar arithmetic (leap days, Dec 31 and Jan 1, month ends, 1965,
2100), otherwise any day from 1900 to 2100. Publication dates are thus a
fuzzing axis of their own, and the seed files (every article under
``tests/`` and ``seeds/`` with its manifest date) stay readable.
"""

from __future__ import annotations

import datetime as dt
import tomllib
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STRESS_DATES: tuple[dt.date, ...] = (
    dt.date(2024, 2, 29), dt.date(2020, 2, 29), dt.date(2000, 2, 29), dt.date(2023, 2, 28),
    dt.date(2024, 3, 1), dt.date(2023, 3, 1), dt.date(2023, 12, 31), dt.date(2024, 1, 1),
    dt.date(2024, 12, 31), dt.date(2025, 1, 1), dt.date(2024, 4, 30), dt.date(2024, 1, 31),
    dt.date(1965, 1, 1), dt.date(1965, 6, 22), dt.date(2100, 12, 31), dt.date(2100, 2, 28),
    dt.date(1900, 1, 1), dt.date(1999, 12, 31), dt.date(2000, 1, 1),
)
_FIRST = dt.date(1900, 1, 1).toordinal()
_SPAN = dt.date(2100, 12, 31).toordinal() - _FIRST + 1


def split_input(data: bytes) -> tuple[dt.date, bytes]:
    """Return the publication date and the article bytes of one fuzzer input."""
    head, newline, body = data.partition(b"\n")
    if newline and len(head) == 10:
        try:
            return dt.date.fromisoformat(head.decode("ascii")), body
        except (UnicodeDecodeError, ValueError):
            pass
    checksum = zlib.crc32(data)
    if checksum & 1:
        return STRESS_DATES[(checksum >> 1) % len(STRESS_DATES)], data
    return dt.date.fromordinal(_FIRST + (checksum >> 1) % _SPAN), data


def corpus_dirs() -> list[Path]:
    """Return every corpus directory in the repository (a directory with a manifest)."""
    found = [ROOT / "seeds"] if (ROOT / "seeds" / "manifest.toml").is_file() else []
    found += sorted(p.parent for p in (ROOT / "tests").rglob("manifest.toml"))
    return found


def seed_articles() -> Iterator[tuple[str, bytes]]:
    """Yield ``(name, input)`` for every listed article under ``seeds/`` and ``tests/``."""
    for directory in corpus_dirs():
        manifest = tomllib.loads((directory / "manifest.toml").read_text("utf-8"))
        for entry in manifest.get("article", manifest.get("articles", [])):
            published = entry.get("published")
            file = directory / entry.get("file", f"{entry.get('id')}.txt")
            if not isinstance(published, dt.date) or not file.is_file():
                continue
            name = f"{directory.name}-{file.stem}"
            yield name, published.isoformat().encode() + b"\n" + file.read_bytes()


def seed_manifests() -> Iterator[tuple[str, bytes]]:
    """Yield ``(name, bytes)`` for every ``manifest.toml`` under ``seeds/`` and ``tests/``."""
    for directory in corpus_dirs():
        yield directory.name, (directory / "manifest.toml").read_bytes()


def write_seeds(target: Path, seeds: Iterable[tuple[str, bytes]]) -> int:
    """Write the seeds into ``target`` (created if missing); return how many."""
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    for name, data in seeds:
        (target / f"seed-{name}").write_bytes(data)
        count += 1
    return count


def rule_words() -> list[str]:
    """Return the words kjrel's rules look for: its lexicons and the strategies' tokens."""
    import importlib  # noqa: PLC0415

    from kjrel.strategies import NEWS_TOKENS  # noqa: PLC0415

    words: set[str] = set(NEWS_TOKENS)
    for name in ("lexicon", "temporal_lexicon", "events_lexicon", "agreement_rules"):
        module = importlib.import_module(f"kjrel.pipeline.{name}")
        for value in vars(module).values():
            words.update(_strings(value))
    return sorted(w for w in words if 1 <= len(w.encode()) <= 40)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key in value:
            if isinstance(key, str):
                yield key
    elif isinstance(value, (frozenset, set, tuple, list)):
        for item in value:
            if isinstance(item, str):
                yield item


def write_dictionary(path: Path, words: Iterable[str]) -> int:
    """Write a libFuzzer dictionary of ``words``; return the number of entries."""
    lines = []
    for word in words:
        escaped = "".join(
            chr(b) if 0x20 <= b < 0x7F and b not in b'"\\' else f"\\x{b:02x}"
            for b in word.encode("utf-8")
        )
        lines.append(f'"{escaped}"')
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return len(lines)


def split_workdir(argv: list[str], default: Path) -> tuple[list[str], Path]:
    """Return ``argv`` without ``--workdir=DIR``, and that directory (``default`` if absent)."""
    rest = [a for a in argv if not a.startswith("--workdir=")]
    chosen = [a.split("=", 1)[1] for a in argv if a.startswith("--workdir=")]
    return rest, Path(chosen[-1]) if chosen else default


def libfuzzer_args(argv: list[str], workdir: Path, seeds: Iterable[tuple[str, bytes]],
                   words: Iterable[str] | None) -> list[str]:
    """Return ``argv`` with a seeded corpus directory and a dictionary added where absent."""
    args = list(argv)
    if not any(not a.startswith("-") for a in args[1:]):
        corpus = workdir / "corpus"
        write_seeds(corpus, seeds)
        args.append(str(corpus))
    if words is not None and not any(a.startswith("-dict=") for a in args):
        workdir.mkdir(parents=True, exist_ok=True)
        dictionary = workdir / "kjrel.dict"
        write_dictionary(dictionary, words)
        args.append(f"-dict={dictionary}")
    return args
