"""The ``kjrel`` command line.

``kjrel show``      a summary of a corpus, one line per article (the bundled seeds by default)
``kjrel extract``   one article to ANNOTATION.md's JSON shape on stdout
``kjrel evaluate``  scores against gold annotations
``kjrel export``    the corpus records as JSON, JSON Lines, CSV or Parquet tables
``kjrel render``    one article as a self-contained HTML page
``kjrel report``    the corpus as a small web site: timeline, counts, every article's page
``kjrel extract-corpus``  every article of a corpus to JSON Lines, in parallel, resuming

Errors print one line (``kjrel: error: <file>:<line>: <what is wrong>``) and
exit with status 1 (2 for bad usage); ``--debug`` shows the traceback. An
unexpected failure inside kjrel is reported the same way, as a bug, naming
the file it happened on.

``--keep-going`` (``show``, ``export``, ``evaluate``) loads every article it
can and records each bad one as a problem (``kjrel.load(strict=False)``);
the problems are listed (``show``) or printed to standard error, and the
exit status is 1 when there are any. Without it the first bad article stops
the command, as ``kjrel.load`` does by default. Warnings (a publication
date after today) print one line each to standard error (``kjrel: warning:
<file>:<line>: ...``) and do not change the status.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kjrel._version import __version__

if TYPE_CHECKING:  # the corpus module loads the pipeline; `kjrel --help` stays fast
    from kjrel.corpus import Corpus
    from kjrel.errors import Problem
    from kjrel.models import PartialDate

__all__ = ["build_parser", "main"]

_QUOTE_WIDTH = 90


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``kjrel`` command."""
    parser = argparse.ArgumentParser(
        prog="kjrel",
        description="Korea-Japan relations news reporting as typed, citable data.",
    )
    parser.add_argument("--version", action="version", version=f"kjrel {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show the full traceback on errors"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    show = commands.add_parser("show", help="summarise a corpus: leaders, timeline, quotes")
    show.add_argument("--corpus", type=Path, help="corpus directory (default: the bundled seeds)")
    _add_keep_going(show)
    show.add_argument(
        "--all-quotes", action="store_true", help="print every quote, not the first few per speaker"
    )
    show.add_argument("--json", action="store_true", help="print the summary as JSON")

    extract = commands.add_parser("extract", help="extract one article to ANNOTATION.md JSON")
    extract.add_argument("file", type=Path, help="the article: UTF-8 body text")
    extract.add_argument(
        "--published", required=True, type=_iso_date, help="publication date, YYYY-MM-DD"
    )
    extract.add_argument("--id", dest="doc_id", help="document id (default: the file's stem)")

    evaluate = commands.add_parser("evaluate", help="score extraction against gold files")
    evaluate.add_argument("gold", type=Path, metavar="GOLD_DIR", help="directory of gold JSON")
    evaluate.add_argument(
        "--corpus", type=Path, help="corpus directory (default: the bundled seeds)"
    )
    _add_keep_going(evaluate)
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument(
        "--no-missed", action="store_true", help="do not list missed and spurious items"
    )

    export = commands.add_parser("export", help="write the corpus records for other tools")
    export.add_argument("--corpus", type=Path, help="corpus directory (default: the bundled seeds)")
    _add_keep_going(export)
    export.add_argument(
        "--format", choices=("json", "jsonl", "csv", "parquet"), default="json",
        help="output format (parquet: one file per table, needs kjrel[arrow])",
    )
    export.add_argument(
        "--output", "-o", type=Path,
        help="write to this file instead of standard output (parquet: to this directory)",
    )
    render = commands.add_parser("render", help="write one article as an HTML page")
    render.add_argument("doc_id", metavar="ARTICLE_ID", help="the article's id")
    render.add_argument("--corpus", type=Path, help="corpus directory (default: the bundled seeds)")
    render.add_argument(
        "--output", "-o", type=Path, help="write the page to this file instead of standard output"
    )
    report = commands.add_parser("report", help="write the corpus report (HTML pages)")
    report.add_argument("--corpus", type=Path, help="corpus directory (default: the bundled seeds)")
    report.add_argument(
        "--output", "-o", type=Path, required=True, help="directory to write the pages into"
    )
    _add_reference(commands)
    _add_extract_corpus(commands)
    return parser


def _add_reference(commands: Any) -> None:
    command = commands.add_parser(
        "reference", help="list the reference of leaders' meetings and instruments"
    )
    command.add_argument(
        "--kind", choices=("summit", "instrument", "phone"),
        help="only in-person summits, only instruments, or only phone talks (default: all)",
    )
    command.add_argument(
        "--from", dest="start", type=_period_start,
        help="first date: YYYY-MM-DD, or YYYY-MM / YYYY for the start of that month or year",
    )
    command.add_argument(
        "--to", dest="end", type=_period_end,
        help="last date: YYYY-MM-DD, or YYYY-MM / YYYY for the end of that month or year",
    )
    command.add_argument(
        "--extra", type=Path, action="append", default=[], metavar="FILE",
        help="a TOML file of your own meetings or instruments (repeatable)",
    )


def _add_extract_corpus(commands: Any) -> None:
    command = commands.add_parser(
        "extract-corpus", help="extract a corpus to JSON Lines (parallel, resumable)"
    )
    command.add_argument("directory", type=Path, metavar="DIR", help="the corpus directory")
    command.add_argument(
        "--out", type=Path, required=True, help="the JSON Lines file to write or resume"
    )
    command.add_argument(
        "--workers", type=_positive, default=1, help="processes to extract on (default 1)"
    )
    command.add_argument("--no-cache", action="store_true", help="do not use the cache")
    _add_keep_going(command)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


def _add_keep_going(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--keep-going",
        action="store_true",
        help="record bad articles as problems and load the rest (exit status 1 if any)",
    )


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _partial(text: str) -> PartialDate:
    from kjrel.models import PartialDate  # noqa: PLC0415  (keeps `kjrel --help` fast)

    try:
        return PartialDate.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got {text!r}"
        ) from None


def _period_start(text: str) -> dt.date:
    """Return the first day of the day, month or year ``text`` names ("2012" -> 2012-01-01)."""
    return _partial(text).earliest()


def _period_end(text: str) -> dt.date:
    """Return the last day of the day, month or year ``text`` names ("2012" -> 2012-12-31)."""
    return _partial(text).latest()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kjrel`` command and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "show" and not args.debug:
        try:
            replayed = _replay_show(args, sys.stdout)
        except BrokenPipeError:
            return _reader_gone()
        if replayed is not None:
            return replayed
    # Imported here, not at the top: a replayed `kjrel show` never loads attrs.
    from kjrel.errors import KjrelError  # noqa: PLC0415

    commands = {
        "show": _show_and_keep, "extract": _extract, "evaluate": _evaluate,
        "render": _render, "report": _report, "export": _export,
        "reference": _reference,
        "extract-corpus": _extract_corpus,
    }
    try:
        return commands[args.command](args, sys.stdout)
    except KjrelError as error:
        if args.debug:
            raise
        print(f"kjrel: error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return _reader_gone()
    except OSError as error:
        if args.debug:
            raise
        where = f"{error.filename}: " if error.filename else ""
        print(f"kjrel: error: {where}{error.strerror or error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if args.debug:
            raise
        print(f"kjrel: error: {_unexpected(args, error)}", file=sys.stderr)
        return 1


def _reader_gone() -> int:
    """Return the status of a run whose reader went away (``kjrel show | head``).

    Not an error to report: stdout is pointed at devnull so the interpreter's
    final flush stays quiet.
    """
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 141


def _unexpected(args: argparse.Namespace, error: Exception) -> str:
    """Describe a failure that is not a KjrelError: a bug, named with the input it hit."""
    source = (
        getattr(args, "file", None) or getattr(args, "corpus", None)
        or getattr(args, "directory", None) or "the bundled seeds"
    )
    from kjrel.errors import BUG_NOTE  # noqa: PLC0415

    detail = " ".join(str(error).split())
    return f"{source}: unexpected {type(error).__name__}: {detail} ({BUG_NOTE})"


def _load(args: argparse.Namespace) -> Corpus:
    """Load ``--corpus``: strictly, or with ``--keep-going`` recording each bad article.

    Each warning (a publication date after today) is printed to standard error.
    """
    from kjrel.loader import load  # noqa: PLC0415  (keeps `kjrel --help` fast)
    from kjrel.summary import warnings_of  # noqa: PLC0415

    corpus = load(args.corpus, strict=not getattr(args, "keep_going", False))
    for message in warnings_of(corpus):
        print(f"kjrel: warning: {message}", file=sys.stderr)
    return corpus


def _errors(corpus: Corpus) -> list[Problem]:
    """Return the corpus's problems that are errors (a skipped article), not warnings."""
    return [problem for problem in corpus.problems if not problem.is_warning]


def _report_problems(corpus: Corpus) -> int:
    """Print the corpus's errors to stderr; return the exit status (1 if any)."""
    for problem in _errors(corpus):
        print(f"kjrel: problem: {problem.message}", file=sys.stderr)
    return 1 if _errors(corpus) else 0


# ----------------------------------------------------------------------
# show
# ----------------------------------------------------------------------


def _show_key(args: argparse.Namespace) -> str | None:
    """Return the show cache's key for this run (:mod:`kjrel.show_cache`), or ``None``."""
    from kjrel import show_cache  # noqa: PLC0415
    from kjrel.cache import cache_directory  # noqa: PLC0415
    from kjrel.layout import bundled_seed_directory  # noqa: PLC0415

    if cache_directory() is None:
        return None  # the cache is off: no corpus to read twice for a key
    directory = args.corpus or bundled_seed_directory()
    if directory is None or not Path(directory).is_dir():
        return None
    options = {"corpus": str(args.corpus) if args.corpus else None, "json": args.json,
               "all_quotes": args.all_quotes, "keep_going": args.keep_going}
    return show_cache.show_key(Path(directory), options, dt.date.today())


def _replay_show(args: argparse.Namespace, out: TextIO) -> int | None:
    """Print what the last ``show`` of this unchanged corpus printed; ``None`` on a miss."""
    from kjrel import show_cache  # noqa: PLC0415

    key = args.show_key = _show_key(args)
    shown = None if key is None else show_cache.read_shown(key)
    if shown is None:
        return None
    sys.stderr.write(shown.stderr)
    out.write(shown.stdout)
    return shown.status


def _show_and_keep(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``show``, then keep what it printed in the show cache for the next run."""
    import contextlib  # noqa: PLC0415
    import io  # noqa: PLC0415

    from kjrel import show_cache  # noqa: PLC0415

    printed, warned = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stderr(warned):
            status = _show(args, printed)
    finally:
        sys.stderr.write(warned.getvalue())
    out.write(printed.getvalue())
    key = args.show_key if hasattr(args, "show_key") else _show_key(args)
    if key is not None:
        show_cache.write_shown(key, show_cache.Shown(printed.getvalue(), warned.getvalue(), status))
    return status


def _show(args: argparse.Namespace, out: TextIO) -> int:
    from kjrel.summary import summary_json  # noqa: PLC0415

    corpus = _load(args)
    source = str(args.corpus) if args.corpus else "the bundled seed corpus"
    if args.json:
        out.write(summary_json(corpus, source=source))
        return 0
    out.write(f"kjrel corpus: {len(corpus)} article(s) from {source}\n\n")
    _show_documents(corpus, out)
    _show_leaders(corpus, out)
    _show_timeline(corpus, out)
    _show_disagreements(corpus, out)
    _show_quotes(corpus, out, all_quotes=args.all_quotes)
    errors = _errors(corpus)
    if errors:
        out.write(f"\nProblems ({len(errors)})\n")
        for problem in errors:
            out.write(f"  {problem.message}\n")
    return 1 if errors else 0


def _show_documents(corpus: Corpus, out: TextIO) -> None:
    from kjrel.summary import article_rows, format_article_rows  # noqa: PLC0415

    for line in format_article_rows(article_rows(corpus)):
        out.write(f"  {line}\n")


def _show_leaders(corpus: Corpus, out: TextIO) -> None:
    out.write(f"\nLeaders ({len(corpus.leaders)})\n")
    for leader in corpus.leaders:
        terms = "; ".join(
            f"{office.title} {office.start.isoformat()} to "
            f"{office.end.isoformat() if office.end else 'now'}"
            for office in leader.offices
            if office.country == leader.country
        )
        out.write(f"  {leader.name} ({leader.country}): {terms}\n")


def _show_timeline(corpus: Corpus, out: TextIO) -> None:
    timeline = corpus.timeline()
    out.write(f"\nTimeline ({len(timeline)} events)\n")
    for event in timeline:
        docs = sorted({span.doc_id for span in event.evidence})
        linked = getattr(event.record, "reference_id", None)
        ref = f"  [{linked}]" if linked is not None else ""
        out.write(f"  {event.date!s:<18} {event.label}{ref}\n")
        out.write(f"  {'':<18}   evidence: {len(event.evidence)} sentence(s) in"
                  f" {len(docs)} article(s): {', '.join(docs)}\n")


def _show_disagreements(corpus: Corpus, out: TextIO) -> None:
    disagreements = corpus.disagreements()
    if disagreements:
        out.write("\nClaims the articles disagree on\n")
    for group in disagreements:
        first = group[0]
        out.write(f"  {first.subject} {first.kind.value.replace('-', ' ')}:\n")
        for claim in group:
            mod = f" ({claim.mod.value})" if claim.mod else ""
            quoted = corpus.text(claim.timex) if claim.timex else claim.value
            out.write(f"    {claim.value}{mod}  \"{quoted}\"  [{claim.evidence.doc_id}]\n")
    _show_reference_disagreements(corpus, out)


def _show_reference_disagreements(corpus: Corpus, out: TextIO) -> None:
    found = corpus.reference_disagreements()
    if not found:
        return
    out.write("\nWhere articles differ from the reference\n")
    for item in found:
        meeting = item.meeting
        out.write(f"  {meeting.id} {item.aspect.value}: reference {item.reference_value()}"
                  f" ({meeting.source})\n")
        for report, value in zip(item.reports, item.values(), strict=True):
            out.write(f"    {value}  [{', '.join(report.documents())}]\n")


def _show_quotes(corpus: Corpus, out: TextIO, *, all_quotes: bool) -> None:
    speakers = corpus.speakers()
    out.write(f"\nQuotes by speaker ({len(corpus.quotes)} quotes)\n")
    for speaker, count in speakers:
        out.write(f"  {speaker} ({count})\n")
        name = None if speaker == "(unnamed)" else speaker
        quotes = [q for q in corpus.quotes if q.speaker == name]
        shown = quotes if all_quotes else quotes[:3]
        for quote in shown:
            text = textwrap.shorten(" ".join(quote.text.split()), _QUOTE_WIDTH, placeholder=" ...")
            cue = f" ({quote.cue})" if quote.cue else ""
            out.write(f"    \u201c{text}\u201d{cue} [{quote.span.doc_id}@{quote.span.start}]\n")
        if len(quotes) > len(shown):
            out.write(f"    ... and {len(quotes) - len(shown)} more (--all-quotes)\n")


# ----------------------------------------------------------------------
# extract
# ----------------------------------------------------------------------


def _extract(args: argparse.Namespace, out: TextIO) -> int:
    from kjrel.annotation import dump_annotation, to_annotation  # noqa: PLC0415
    from kjrel.loader import extract_article, read_article  # noqa: PLC0415

    path: Path = args.file
    document = read_article(path, doc_id=args.doc_id or path.stem, published=args.published)
    today = dt.date.today()
    if args.published > today:
        print(
            f"kjrel: warning: --published {args.published.isoformat()} is after today"
            f" ({today.isoformat()}); every relative date in {path} is resolved against it",
            file=sys.stderr,
        )
    out.write(dump_annotation(to_annotation(extract_article(document, path))))
    out.write("\n")
    return 0


# ----------------------------------------------------------------------
# evaluate
# ----------------------------------------------------------------------


def _evaluate(args: argparse.Namespace, out: TextIO) -> int:
    from kjrel.annotation import (  # noqa: PLC0415
        format_report,
        load_gold_dir,
        micro_average,
        pair_documents,
        score,
        scores_to_json,
        to_annotation,
    )
    gold = load_gold_dir(args.gold)
    corpus = _load(args)
    system = {e.document.id: to_annotation(e) for e in corpus.extractions}
    pairs, missing_in_system, missing_in_gold = pair_documents(gold, system)
    per_document = {doc_id: score(g, s) for doc_id, g, s in pairs}
    total = micro_average(per_document.values())
    if args.json:
        out.write(
            scores_to_json(
                per_document,
                total,
                missing_in_system=missing_in_system,
                missing_in_gold=missing_in_gold,
            )
        )
        out.write("\n")
    else:
        out.write(format_report(per_document, total, show_missed=not args.no_missed))
        for doc_id in missing_in_system:
            out.write(f"gold document {doc_id!r} has no article in the corpus\n")
        for doc_id in missing_in_gold:
            out.write(f"article {doc_id!r} has no gold file (not scored)\n")
    if not pairs:
        from kjrel.errors import KjrelError  # noqa: PLC0415

        raise KjrelError(
            "no gold file matches an article of the corpus (compare document ids)",
            path=args.gold,
        )
    return _report_problems(corpus)


# ----------------------------------------------------------------------
# export
# ----------------------------------------------------------------------


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from kjrel.serialize import export_csv, export_json, export_jsonl  # noqa: PLC0415

    if args.format == "parquet":
        return _export_parquet(args, out)
    corpus = _load(args)
    writers = {"json": export_json, "jsonl": export_jsonl, "csv": export_csv}
    text = writers[args.format](corpus)
    if args.output is not None:
        args.output.write_text(text, encoding="utf-8", newline="")
    else:
        out.write(text)
    return _report_problems(corpus)


def _export_parquet(args: argparse.Namespace, out: TextIO) -> int:
    from kjrel.tables import parquet_files  # noqa: PLC0415

    if args.output is None:
        from kjrel.errors import KjrelError  # noqa: PLC0415

        raise KjrelError("--format parquet writes one file per table: give a directory with -o")
    corpus = _load(args)
    files = parquet_files(corpus)
    args.output.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (args.output / name).write_bytes(data)
        out.write(f"{args.output / name}\n")
    return 0


# ----------------------------------------------------------------------
# render
# ----------------------------------------------------------------------


def _render(args: argparse.Namespace, out: TextIO) -> int:
    corpus = _load(args)
    page = corpus.render(args.doc_id)
    if args.output is not None:
        args.output.write_text(page, encoding="utf-8", newline="")
    else:
        out.write(page)
    return 0


def _report(args: argparse.Namespace, out: TextIO) -> int:
    from kjrel.report import report_pages  # noqa: PLC0415

    corpus = _load(args)
    source = args.corpus.resolve().name if args.corpus else "the kjrel seed corpus"
    pages = report_pages(corpus, title=f"kjrel report: {source}")
    for name, text in pages.items():
        target = args.output / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="")
    out.write(f"{args.output / 'index.html'} ({len(pages) - 1} article pages)\n")
    return 0


# ----------------------------------------------------------------------
# extract-corpus
# ----------------------------------------------------------------------


def _extract_corpus(args: argparse.Namespace, out: TextIO) -> int:
    from kjrel.stream import extract_corpus  # noqa: PLC0415

    def progress(done: int, total: int) -> None:
        print(f"\rkjrel: {done}/{total} articles", end="", file=sys.stderr, flush=True)

    report = extract_corpus(
        args.directory, args.out, workers=args.workers, strict=not args.keep_going,
        cache=not args.no_cache, progress=progress if sys.stderr.isatty() else None,
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for problem in report.problems:
        label = "warning" if problem.is_warning else "problem"
        print(f"kjrel: {label}: {problem.message}", file=sys.stderr)
    out.write(
        f"{args.out}: {report.extracted} extracted, {report.skipped} already there,"
        f" {sum(not p.is_warning for p in report.problems)} problem(s)\n"
    )
    return 1 if any(not p.is_warning for p in report.problems) else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())


def _reference(args: argparse.Namespace, out: TextIO) -> int:
    """List reference entries, one line each: id, ISO date, kind, then what it is."""
    from kjrel.reference import load_reference, reference_lines  # noqa: PLC0415

    ref = load_reference(*args.extra)
    for line in reference_lines(ref, kind=args.kind, start=args.start, end=args.end):
        print(line, file=out)
    return 0
