"""The ``eventcoder`` command line: argument parsing and printing around library calls."""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from . import __version__
from .config import Options, load_options
from .dates import parse_date
from .errors import ConfigError, EventcoderError, InputError
from .output import FORMATS, to_json, write_records

__all__ = ["main"]

DEFAULT_DB = "eventcoder.duckdb"

_INGEST_EXAMPLES = """\
examples:
  eventcoder ingest sample/                       # files and folders, recursively
  eventcoder ingest dump.jsonl.gz --db news.duckdb
  cat page.html | eventcoder ingest - --source "Daily Nation" --date 2025-03-04
"""
_ARTICLES_EXAMPLES = """\
examples:
  eventcoder articles --format table
  eventcoder articles --db news.duckdb --format jsonl > articles.jsonl
"""


def _options(args: argparse.Namespace) -> Options:
    overrides: dict[str, Any] = {}
    if getattr(args, "date", None):
        if parse_date(args.date) is None:
            raise ConfigError(f"--date: cannot read {args.date!r} as a date (try YYYY-MM-DD)")
        overrides["default_date"] = args.date
    if getattr(args, "source", None):
        overrides["default_source"] = args.source
    if getattr(args, "batch_size", None):
        overrides["batch_size"] = args.batch_size
    return load_options(getattr(args, "config", None), **overrides)


def _progress(summary: Any) -> None:
    tty = sys.stderr.isatty()
    line = (f"ingest: {summary.documents:,} documents, {summary.articles:,} new articles, "
            f"{summary.rejections:,} rejected ({summary.seconds:.1f}s)")
    # A terminal gets one line rewritten in place; a log file gets one line per batch.
    print("\r" + line if tty else line, end="" if tty else "\n", file=sys.stderr, flush=True)


def _print_summary(summary: Any, db: str) -> None:
    rate = summary.documents / summary.seconds if summary.seconds else 0.0
    lines = [
        f"Ingested into {db} (run {summary.run_id[:12]}) in {summary.seconds:.2f}s "
        f"({rate:,.0f} documents/s)",
        f"  inputs read        {summary.inputs:>8,}",
        f"  documents          {summary.documents:>8,}",
        f"  new articles       {summary.articles:>8,}",
        f"  exact reprints     {summary.exact_copies:>8,}",
        f"  near reprints      {summary.near_copies:>8,}",
        f"  already stored     {summary.unchanged:>8,}",
        f"  rejected           {summary.rejections:>8,}",
    ]
    lines += [f"    {reason:<17}{count:>8,}" for reason, count in sorted(summary.rejected.items())]
    print("\n".join(lines))


def cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest import Ingester
    from .store import Store

    options = _options(args)
    ingester = Ingester(options)
    show_progress = args.progress or (not args.quiet and sys.stderr.isatty())
    with Store(args.db, memory_limit=options.store_memory_limit,
               threads=options.store_threads) as store:
        summary = ingester.run(args.inputs, store, progress=_progress if show_progress else None)
    if show_progress:
        print(file=sys.stderr)
    if args.format == "json":
        print(to_json(summary.as_dict()))
    else:
        _print_summary(summary, args.db)
    return 0


ARTICLE_COLUMNS = (
    "id", "published", "outlet", "original_outlet", "title", "url", "language", "extractor",
    "locator", "text",
)
_TABLE_COLUMNS = ("id", "published", "outlet", "title", "copies")


def cmd_articles(args: argparse.Namespace) -> int:
    from .store import Store

    with Store(args.db, read_only=True) as store:
        records = store.iter_articles()
        if args.format == "table":
            rows = ({**r, "copies": len(r["copies"])} for r in records)
            write_records(rows, "table", sys.stdout, columns=_TABLE_COLUMNS,
                          widths={"id": 24, "title": 60, "outlet": 24, "published": 25})
        elif args.format == "csv":
            rows = ({**r, "copies": len(r["copies"])} for r in records)
            write_records(rows, "csv", sys.stdout, columns=(*ARTICLE_COLUMNS, "copies"))
        else:
            write_records(records, "jsonl", sys.stdout, columns=ARTICLE_COLUMNS)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from .store import Store

    with Store(args.db, read_only=True) as store:
        record = store.article(args.id)
    if record is None:
        raise EventcoderError(f"no article or copy with id {args.id!r} in {args.db}")
    if args.format == "json":
        print(to_json(record))
        return 0
    width = 78
    print(record["title"] or "(no title)")
    print("=" * min(width, len(record["title"] or "(no title)")))
    for key in ("id", "published", "outlet", "original_outlet", "author", "dateline", "url",
                "language", "extractor", "locator"):
        if record.get(key) is not None:
            print(f"{key + ':':<17}{record[key]}")
    print()
    for paragraph in record["text"].split("\n\n"):
        print(textwrap.fill(paragraph, width, break_on_hyphens=False))
        print()
    print(f"copies ({len(record['copies'])}):")
    for copy in record["copies"]:
        print(f"  {copy['relation']:<9} {copy['similarity']:.2f}  {copy['outlet'] or '-'}  "
              f"{copy['locator']}")
    if record["dropped"]:
        print(f"dropped by the cleaner ({len(record['dropped'])}):")
        for line, text, reason in record["dropped"]:
            print(f"  line {line:>3} {reason:<14} {text[:60]}")
    return 0


def cmd_rejections(args: argparse.Namespace) -> int:
    from .store import Store

    with Store(args.db, read_only=True) as store:
        write_records(store.iter_rejections(), args.format, sys.stdout,
                      columns=("reason", "locator", "line", "detail"),
                      widths={"locator": 48, "detail": 70})
    return 0


def cmd_runs(args: argparse.Namespace) -> int:
    from .store import Store

    with Store(args.db, read_only=True) as store:
        write_records(store.iter_runs(), args.format, sys.stdout,
                      columns=("run_id", "started", "status", "command", "version", "counts"),
                      widths={"counts": 80, "run_id": 12})
    return 0


MENTION_COLUMNS = ("text", "start", "end", "code", "country", "sector", "name", "basis")


def _read_text_arg(value: str) -> str:
    """TEXT_OR_FILE: an existing file's text (an HTML page's story), else the text itself."""
    path = Path(value)
    if len(value) < 4096 and "\n" not in value and path.is_file():
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror}") from None
        if path.suffix.lower() in (".html", ".htm"):
            from .html import HtmlExtractor
            from .readers import decode_html

            result = HtmlExtractor(load_options()).extract(decode_html(data))
            if result is None:
                raise InputError(f"{path}: no main text found in the page")
            return result.text
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 text ({exc.reason})") from None
    if " " not in value and path.suffix.lower() in (".txt", ".html", ".htm", ".md", ".text"):
        # A file name with a typo would otherwise be resolved as a one-word text.
        raise InputError(f"no such file: {value}")
    return value


def _day_arg(value: str | None) -> date | None:
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise ConfigError(f"--date: cannot read {value!r} as a date (try YYYY-MM-DD)")
    return date.fromisoformat(parsed[:10])


def cmd_actors(args: argparse.Namespace) -> int:
    from .actors import ActorStage
    from .store import Store

    options = _options(args)
    stage = ActorStage(options, args.actors or ())
    if args.text is None:
        with Store(args.db) as store:
            done = stage.resolve_articles(store)
            stored = store.count("actor_mentions")
        print(f"Resolved actors in {done:,} articles of {args.db}; "
              f"{stored:,} mentions stored (resources {stage.digest[:12]})")
        return 0
    text = _read_text_arg(args.text)
    day = _day_arg(args.date) or date.today()
    mentions = [m.as_dict() for m in stage.resolve_text(text, day)]
    write_records(mentions, args.format, sys.stdout, columns=MENTION_COLUMNS,
                  widths={"text": 40, "name": 28})
    return 0


def cmd_resources_validate(args: argparse.Namespace) -> int:
    from .resources import package_files, validate_files

    files = [Path(p) for p in args.files] or package_files()
    problems = validate_files(files)
    errors = [p for p in problems if p.severity == "error"]
    shown = problems if args.warnings else errors
    for problem in shown:
        print(problem)
    print(f"{len(files)} file(s): {len(errors)} error(s), {len(problems) - len(errors)} "
          f"warning(s){'' if args.warnings or not problems else ' (--warnings lists them)'}",
          file=sys.stderr)
    return 1 if errors else 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .actors import ActorStage
    from .evaluate import evaluate_actors, load_gold

    records = load_gold(args.set, args.data)
    stage = ActorStage(_options(args), args.actors or ())
    dated = args.set != "plover_gsr"  # plover_gsr's dates are all a placeholder
    result = evaluate_actors(records, stage.resolver, stage.nlp, dated=dated)
    result = {"set": args.set, "task": args.task, "resources": stage.digest, **result}
    if args.json:
        print(to_json(result))
        return 0
    print(f"{args.set}: {result['records']} records, task {args.task}"
          f"{'' if dated else ' (undated: the set has placeholder dates)'}")
    for key in ("aligned_country", "aligned_country_sector", "sentence_country",
                "sentence_country_sector"):
        if key in result:
            s = result[key]
            print(f"  {key:<24} precision {s['precision']:.3f}  recall {s['recall']:.3f}  "
                  f"F1 {s['f1']:.3f}  (gold {s['gold']}, predicted {s['predicted']})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventcoder",
        description="Political event data from news: ingest, clean, deduplicate and store.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Run 'eventcoder COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"eventcoder {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def db_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", default=os.environ.get("EVENTCODER_DB", DEFAULT_DB),
                       help=f"DuckDB store (default: $EVENTCODER_DB or {DEFAULT_DB})")

    raw = argparse.RawDescriptionHelpFormatter
    p = sub.add_parser("ingest", help="read news into the store", epilog=_INGEST_EXAMPLES,
                       formatter_class=raw,
                       description="Read saved pages, text scrapes, JSONL/JSON/CSV dumps and WARC "
                                   "files (optionally gzipped) into the store.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, directory, or - for stdin")
    db_option(p)
    p.add_argument("--date", help="publication date for documents that carry none")
    p.add_argument("--source", help="outlet name for documents that do not name one")
    p.add_argument("--config", help="TOML file overlaying the default options")
    p.add_argument("--batch-size", type=int, help="documents per store transaction")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="summary format (default: text)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    p.add_argument("--progress", action="store_true",
                   help="progress on stderr after every batch, even when it is not a terminal")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("articles", help="list stored articles", epilog=_ARTICLES_EXAMPLES,
                       formatter_class=raw)
    db_option(p)
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.set_defaults(func=cmd_articles)

    p = sub.add_parser("show", help="print one article with its copies",
                       formatter_class=raw,
                       epilog="examples:\n  eventcoder show sha256:3f2a...\n"
                              "  eventcoder show wire-0042 --format json\n")
    p.add_argument("id", help="article id, or the id of any of its copies")
    db_option(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("rejections", help="list rejected inputs with their reasons",
                       formatter_class=raw,
                       epilog="examples:\n  eventcoder rejections --format table\n")
    db_option(p)
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(func=cmd_rejections)

    p = sub.add_parser(
        "actors", help="resolve actor mentions to CAMEO/PLOVER codes", formatter_class=raw,
        description="Print every actor mention of a text or file, resolved to a CAMEO code as "
                    "of --date (default: today); with no TEXT_OR_FILE, resolve and store the "
                    "mentions of every article in --db.",
        epilog="examples:\n"
               "  eventcoder actors \"Kenyan police arrested 40 protesters in Nairobi.\"\n"
               "  eventcoder actors story.txt --date 2024-03-01 --format table\n"
               "  eventcoder actors --db news.duckdb            # store mentions per article\n"
               "  eventcoder actors story.txt --actors my_actors.jsonl\n")
    p.add_argument("text", nargs="?", metavar="TEXT_OR_FILE")
    db_option(p)
    p.add_argument("--date", help="the story's date, YYYY-MM-DD (default: today)")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    p.add_argument("--actors", action="append", metavar="FILE",
                   help="your own actor rows (JSONL, same format); may be repeated")
    p.add_argument("--config", help="TOML file overlaying the default options")
    p.set_defaults(func=cmd_actors)

    p = sub.add_parser("resources", help="check actor resource files", formatter_class=raw,
                       epilog="examples:\n  eventcoder resources validate\n"
                              "  eventcoder resources validate my_actors.jsonl --warnings\n")
    res = p.add_subparsers(dest="resources_command", metavar="ACTION", required=True)
    v = res.add_parser("validate", help="report problems as file:line", formatter_class=raw,
                       epilog="examples:\n  eventcoder resources validate\n"
                              "  eventcoder resources validate my_actors.jsonl\n")
    v.add_argument("files", nargs="*", metavar="FILE",
                   help="files to check (default: the shipped resources)")
    v.add_argument("--warnings", action="store_true", help="list warnings too")
    v.set_defaults(func=cmd_resources_validate)

    p = sub.add_parser("evaluate", help="score against a gold set in ../shared/eval",
                       formatter_class=raw,
                       epilog="examples:\n  eventcoder evaluate plover_gsr --task actors\n"
                              "  eventcoder evaluate petr2_gsr_gigaword --task actors --json\n")
    p.add_argument("set", choices=("plover_gsr", "petr2_gsr_gigaword"))
    p.add_argument("--task", choices=("actors",), required=True,
                   help="what to score (events come with the event coder)")
    p.add_argument("--data", help="the gold-set folder (default: ../shared/eval)")
    p.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    p.add_argument("--actors", action="append", metavar="FILE")
    p.add_argument("--config", help="TOML file overlaying the default options")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("runs", help="list ingest runs", formatter_class=raw,
                       epilog="examples:\n  eventcoder runs --format jsonl\n")
    db_option(p)
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(func=cmd_runs)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except EventcoderError as exc:
        print(f"eventcoder: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\neventcoder: interrupted; committed batches are kept, re-run to complete",
              file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error for the user.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        if os.environ.get("EVENTCODER_DEBUG"):
            raise
        print(f"eventcoder: internal error: {type(exc).__name__}: {exc} "
              "(set EVENTCODER_DEBUG=1 for a traceback, and please report it)", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
