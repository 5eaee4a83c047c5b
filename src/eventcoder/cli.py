"""The ``eventcoder`` command line: argument parsing and printing around library calls."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
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

EVALUATION_SETS = ("plover_gsr", "petr2_gsr_gigaword", "conflibert_cameo", "petrarch_unittest",
                   "cameo_manual_examples", "event_cases", "place_cases", "quote_cases")

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
        f"  already stored     {summary.unchanged:>8,}" + (
            f"  ({summary.unchanged - summary.unchanged_rejections:,} documents, "
            f"{summary.unchanged_rejections:,} rejected before)"
            if summary.unchanged_rejections else ""),
        f"  rejected           {summary.rejections:>8,}",
    ]
    if summary.redated:
        lines.append(f"  dated now          {summary.redated:>8,}  (stored with no date; "
                     "--date gives them one and they are coded again)")
    lines += [f"    {reason:<17}{count:>8,}" for reason, count in sorted(summary.rejected.items())]
    print("\n".join(lines))


# sysexits(3), as the internal error's 70 (EX_SOFTWARE): an input path that does not exist, or a
# run that read no document at all and rejected something, exits EX_NOINPUT after its summary.
EX_NOINPUT = 66


def _input_status(summary: Any) -> int:
    """EX_NOINPUT, with a line on stderr, when an input path is missing or nothing was read."""
    missing = summary.rejected.get("not_found", 0)
    if missing:
        print(f"eventcoder: error: {missing:,} input path(s) not found (see the 'not_found' "
              "rejections)", file=sys.stderr)
        return EX_NOINPUT
    if summary.documents == 0 and summary.rejections:
        print("eventcoder: error: no document could be read from the inputs (see "
              "'eventcoder rejections')", file=sys.stderr)
        return EX_NOINPUT
    return 0


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
    elif not args.quiet:
        _print_summary(summary, args.db)
    return _input_status(summary)


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
            # a unique prefix, as `articles --format table` prints ids ("sha256:303c770a…")
            found = store.articles_by_prefix(args.id.rstrip("…").rstrip("."), limit=5)
            if len(found) > 1:
                raise EventcoderError(
                    f"id prefix {args.id!r} is ambiguous: {', '.join(found[:4])}"
                    f"{', ...' if len(found) > 4 else ''}")
            record = store.article(found[0]) if found else None
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
    try:  # (a sentence longer than a file name may be is text: "File name too long")
        is_file = len(value) < 4096 and "\n" not in value and path.is_file()
    except OSError:
        is_file = False
    if is_file:
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
    task = args.task or _DEFAULT_TASK.get(args.set, "events")
    if task == "events":
        return _evaluate_events(args)
    if task == "quotes":
        return _evaluate_quotes(args)
    if task == "places":
        return _evaluate_places(args)
    if task != "actors":
        raise ConfigError(f"--task {task} does not apply to {args.set}")
    from .actors import ActorStage
    from .evaluate import evaluate_actors, hash_split, load_gold

    records = load_gold(args.set, args.data)
    if args.split:  # a fixed half by id: rules are studied on dev, holdout is reported apart
        if args.split not in ("dev", "holdout"):
            raise ConfigError("--split for --task actors is dev or holdout")
        records = [r for r in records if hash_split(r.id) == args.split]
    stage = ActorStage(_options(args), args.actors or ())
    dated = args.set != "plover_gsr"  # plover_gsr's dates are all a placeholder
    result = evaluate_actors(records, stage.resolver, stage.nlp, dated=dated,
                             details=args.details)
    result = {"set": args.set, "task": task, "split": args.split, "resources": stage.digest,
              **result}
    if args.json:
        print(to_json(result))
        return 0
    print(f"{args.set}: {result['records']} records, task {task}"
          f"{f', split {args.split}' if args.split else ''}"
          f"{'' if dated else ' (undated: the set has placeholder dates)'}")
    for miss in result.get("misses", []):
        print(f"  miss {miss['id']}: {miss['text']}\n    gold {miss['gold']}\n"
              f"    resolved {miss['resolved']}")
    for key in ("aligned_country", "aligned_country_sector", "sentence_country",
                "sentence_country_sector"):
        if key in result:
            s = result[key]
            print(f"  {key:<24} precision {s['precision']:.3f}  recall {s['recall']:.3f}  "
                  f"F1 {s['f1']:.3f}  (gold {s['gold']}, predicted {s['predicted']})")
    return 0


_DEFAULT_TASK = {"place_cases": "places", "quote_cases": "quotes"}


def _evaluate_events(args: argparse.Namespace) -> int:
    from .evaluate import EVENT_SETS, evaluate_events, hash_split
    from .gold import load_event_gold, petrarch_actor_file
    from .pipeline import CodingPipeline

    if args.set == "event_cases":
        return _evaluate_event_cases(args)
    if args.set not in EVENT_SETS:
        raise ConfigError(f"--task events applies to {', '.join(EVENT_SETS)}")
    actors = list(args.actors or ())
    if args.set == "petrarch_unittest":
        # its fictional actors, converted into a folder removed once they are loaded
        with tempfile.TemporaryDirectory(prefix="eventcoder-petrarch-") as folder:
            actors.append(str(petrarch_actor_file(args.data, folder)))
            pipeline = CodingPipeline(_options(args), actors=actors,
                                      triggers=args.triggers or ())
    else:
        pipeline = CodingPipeline(_options(args), actors=actors, triggers=args.triggers or ())
    results = []
    splits: list[str | None] = [args.split] if args.split else (
        ["train", "test"] if args.set == "conflibert_cameo" else [None])
    for split in splits:
        if args.set == "conflibert_cameo":
            gold = load_event_gold(args.set, args.data, split=split)
        else:  # a fixed half by id: rules are studied on dev, holdout is reported apart
            gold = [g for g in load_event_gold(args.set, args.data)
                    if split is None or hash_split(g.id) == split]
        result = evaluate_events(args.set, gold, pipeline, details=args.details)
        result = {"split": split, "task": "events", "resources": pipeline.digest, **result}
        results.append(result)
    return _print_event_results(results, args.json)


def _evaluate_event_cases(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_event_cases, load_event_cases
    from .pipeline import CodingPipeline

    cases = load_event_cases(args.data)
    pipeline = CodingPipeline(_options(args), actors=args.actors or (),
                              triggers=args.triggers or ())
    splits = [args.split] if args.split else ["dev", "holdout"]
    results = []
    for split in splits:
        rows = [c for c in cases if c.get("split", "dev") == split]
        result = evaluate_event_cases(rows, pipeline, details=args.details)
        results.append({"split": split, "task": "events", "resources": pipeline.digest,
                        **result})
    return _print_event_results(results, args.json)


def _print_event_results(results: list[dict[str, Any]], as_json: bool) -> int:
    """One split's scores as a JSON object (several: a JSON list), or as text."""
    if as_json:
        print(to_json(results[0]) if len(results) == 1 else
              "[" + ", ".join(to_json(r) for r in results) + "]")
        return 0
    for result in results:
        _print_event_scores(result)
    return 0


def _print_event_scores(result: dict[str, Any]) -> None:
    split = f" ({result['split']} split)" if result.get("split") else ""
    print(f"{result['set']}{split}: {result['sentences']} sentences, task events"
          f"{'' if result['dated'] else ' (undated: the set has placeholder dates)'}")
    for key in ("detected", "plover", "cameo_root", "source_country", "target_country",
                "triple", "triple_exact", "pair", "negated"):
        s = result.get(key)
        if s:
            print(f"  {key:<16} precision {s['precision']:.3f}  recall {s['recall']:.3f}  "
                  f"F1 {s['f1']:.3f}  (gold {s['gold']}, predicted {s['predicted']})")
    for key in ("plover_accuracy", "root_accuracy", "cameo3_exact", "no_event_coded",
                "no_event_quiet"):
        s = result.get(key)
        if s:
            print(f"  {key:<16} {s['value']:.3f} of {s['of']}")
    for key in ("quad_macro_f1", "quad_accuracy"):
        if key in result:
            print(f"  {key:<16} {result[key]:.3f}")
    pairs = result.get("pair_recall_by_category") or {}
    for category, s in (result.get("triple_recall_by_category") or {}).items():
        print(f"  recall {category:<9} triple {s['value']:.3f}  source-target pair "
              f"{pairs[category]['value']:.3f}  of {s['of']}")
    for miss in result.get("misses", []):
        print(f"  MISS {miss['id']}: {miss['text'][:150]}\n     gold  {miss['gold']}\n"
              f"     coded {miss['coded']}")


EVENT_COLUMNS = ("date", "source", "cameo", "plover", "target", "negated", "mode",
                 "planned_date", "confidence", "trigger", "sentence")
# (columns are added at the end: scripts read them by position too)
EVENT_CSV_COLUMNS = ("event_id", "doc_id", "date", "source", "source_text", "cameo", "plover",
                     "target", "target_text", "negated", "goldstein", "quad_class", "confidence",
                     "trigger", "rule", "sentence", "mode", "plover_mode", "date_basis", "part",
                     "planned_date")


def _event_rows(events: list[dict[str, Any]], fmt: str) -> list[dict[str, Any]]:
    """Events as written: whole records for jsonl, flat columns for csv and table."""
    if fmt == "jsonl":
        return events
    rows: list[dict[str, Any]] = []
    for e in events:
        rows.append({
            "event_id": e["event_id"], "doc_id": e["doc_id"], "date": e["date"],
            "source": (e["source"] or {}).get("code"), "cameo": e["cameo"],
            "plover": e["plover"], "target": (e["target"] or {}).get("code"),
            "negated": e["negated"], "confidence": e["confidence"],
            "trigger": e["trigger"]["text"], "sentence": e["sentence"],
            "goldstein": e["goldstein"], "quad_class": e["quad_class"],
            "source_text": (e["source"] or {}).get("text"),
            "target_text": (e["target"] or {}).get("text"), "rule": e["rule"],
            "mode": e.get("mode"), "plover_mode": e.get("plover_mode"),
            "date_basis": e.get("date_basis"), "part": e.get("part"),
            "planned_date": e.get("planned_date"),
            **{k: e[k] for k in ("reports", "articles") if k in e},
        })
    return rows


def cmd_code(args: argparse.Namespace) -> int:
    from .ingest import Ingester
    from .pipeline import CodingPipeline
    from .store import Store

    options = _options(args)
    pipeline = CodingPipeline(options, actors=args.actors or (), triggers=args.triggers or ())
    show_progress = args.progress or (not args.quiet and sys.stderr.isatty())

    def coded(articles: int, events: int) -> None:
        if show_progress:
            print(f"code: {articles:,} articles, {events:,} events", file=sys.stderr,
                  flush=True)

    with Store(args.db, memory_limit=options.store_memory_limit,
               threads=options.store_threads) as store:
        summary = Ingester(options).run(args.inputs, store, command="code",
                                        progress=_progress if show_progress else None,
                                        collect_digests=True)
        failures: list[Any] = []
        articles, events = pipeline.code_articles(store, batch_size=options.coding_batch_size,
                                                  progress=coded, failures=failures,
                                                  run_id=summary.run_id)
        ids = store.articles_of_digests(summary.raw_digests or [])
        undated = store.undated(ids)
        unreadable = store.undated(ids, unreadable_date=True)
        written = 0
        if args.output:
            records = list(store.iter_events(article_ids=ids))
            written = _write_jsonl(args.output, records)
        quotes_written = 0
        if args.quotes:
            quotes = list(store.iter_quotes(article_ids=ids)) \
                if hasattr(store, "iter_quotes") else []
            quotes_written = _write_jsonl(args.quotes, quotes)
    if not args.quiet:
        _print_summary(summary, args.db)
        print(f"  articles coded     {articles:>8,}\n  events stored      {events:>8,}")
        if failures:
            print(f"  coding failed      {len(failures):>8,}  (see 'eventcoder rejections', "
                  "reason coding_failed)")
        if undated - unreadable:
            print(f"  undated articles   {undated - unreadable:>8,}  (no date in the input: "
                  "their events have none; give --date)")
        if unreadable:
            print(f"  unreadable dates   {unreadable:>8,}  (a date in the input that could not "
                  "be read: their events have none; see 'eventcoder show', give --date)")
        if args.output:
            print(f"  events written     {written:>8,}  -> {args.output}")
        if args.quotes:
            print(f"  quotes written     {quotes_written:>8,}  -> {args.quotes}")
    return _input_status(summary)


def _write_jsonl(path: str, records: list[dict[str, Any]]) -> int:
    if path == "-":
        write_records(records, "jsonl", sys.stdout, columns=())
        return len(records)
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as out:
            write_records(records, "jsonl", out, columns=())
        partial.replace(target)  # whole or not at all
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
    return len(records)


def cmd_events(args: argparse.Namespace) -> int:
    from .store import Store

    for name in ("from_", "to"):
        value = getattr(args, name)
        if value and parse_date(value) is None:
            raise ConfigError(f"--{name.rstrip('_')}: cannot read {value!r} as a date")
    date_from = (parse_date(args.from_) or "")[:10] or None if args.from_ else None
    date_to = (parse_date(args.to) or "")[:10] or None if args.to else None
    if date_from and date_to and date_from > date_to:
        raise ConfigError(f"--from {date_from} is after --to {date_to}: no day is in that range")
    with Store(args.db, read_only=True) as store:
        events = list(store.iter_events(
            date_from=date_from, date_to=date_to,
            actor=args.actor, code=args.code, plover=args.plover,
            negated=None if args.negated else False, unique=args.unique))
    columns = EVENT_COLUMNS if args.format == "table" else EVENT_CSV_COLUMNS
    if args.unique:
        columns = (*columns, "reports", "articles")
    write_records(_event_rows(events, args.format), args.format, sys.stdout,
                  columns=columns, widths={"sentence": 60, "trigger": 14})
    return 0


def _evaluate_quotes(args: argparse.Namespace) -> int:
    from .actors import ActorStage
    from .quotes import evaluate_quote_cases, find_quote_cases, load_quote_cases

    if args.set != "quote_cases":
        raise ConfigError("--task quotes applies to quote_cases")
    cases = load_quote_cases(find_quote_cases(args.data))
    stage = ActorStage(_options(args), args.actors or ())
    result = evaluate_quote_cases(cases, stage.resolver, stage.nlp, details=args.details)
    result = {"set": args.set, "task": "quotes", "resources": stage.digest, **result}
    if args.json:
        print(to_json(result))
        return 0
    print(f"{args.set}: {result['articles']} articles ({result['holdout_articles']} holdout), "
          "task quotes")
    for split in ("dev", "holdout", "all"):
        s = result[split]
        for key in ("quotes", "speakers"):
            print(f"  {split:<8}{key:<9} precision {s[key]['precision']:.3f}  recall "
                  f"{s[key]['recall']:.3f}  (gold {s[key]['gold']}, predicted "
                  f"{s[key]['predicted']})")
    for miss in result.get("misses", []):
        print(f"  MISS {miss}")
    return 0


def _evaluate_places(args: argparse.Namespace) -> int:
    from .nlp import load_pipeline
    from .places import PlaceResolver, evaluate_places, load_place_cases

    if args.set != "place_cases":
        raise ConfigError("--task places applies to place_cases")
    cases = load_place_cases(args.data)
    resolver = PlaceResolver()
    result = evaluate_places(cases, resolver, load_pipeline(_options(args).spacy_model))
    result = {"set": args.set, "task": "places", **result}
    if not args.details:
        result.pop("errors")
    if args.json:
        print(to_json(result))
        return 0
    print(f"{args.set}: {result['all']['cases']} sentences, {result['all']['gold']} place "
          "mentions, task places")
    for split in [k for k in ("dev", "holdout", "all") if k in result]:
        s = result[split]
        print(f"  {split:<8} country {s['country_accuracy']:.3f}  exact "
              f"{s['exact_accuracy']:.3f}  (of {s['found']} found)  detection precision "
              f"{s['detection_precision']:.3f} recall {s['detection_recall']:.3f}  "
              f"(gold {s['gold']}, predicted {s['predicted']})")
    for error in result.get("errors", []):
        print(f"  {error['error'].upper()} {error['mention']!r} in {error['text'][:90]!r}: "
              f"expected {error.get('expected', '-')}, got {error.get('got', '-')} "
              f"{error.get('got_name', '')}")
    return 0


PLACE_COLUMNS = ("text", "start", "end", "name", "kind", "country", "admin1", "lat", "lon",
                 "id", "precision", "disputed", "sentence_index")


def cmd_places(args: argparse.Namespace) -> int:
    from .nlp import load_pipeline
    from .places import PlaceResolver

    text = _read_text_arg(args.text)
    _day_arg(args.date)  # checked so a typo is reported; names resolve the same on any day
    resolver = PlaceResolver()
    doc = load_pipeline(_options(args).spacy_model)(text)
    places = [p.as_dict() for p in resolver.resolve(
        doc, countries=args.country or (), dateline=args.dateline)]
    write_records(places, args.format, sys.stdout, columns=PLACE_COLUMNS,
                  widths={"text": 28, "name": 28, "admin1": 24})
    return 0


QUOTE_COLUMNS = ("doc_id", "kind", "cue", "speaker", "code", "text")


def cmd_quotes(args: argparse.Namespace) -> int:
    from .store import Store

    with Store(args.db, read_only=True) as store:
        records = store.iter_quotes(speaker=args.speaker)
        if args.format == "table":
            rows = ({**r, "speaker": (r["speaker"] or {}).get("text"),
                     "code": (r["speaker"] or {}).get("code")} for r in records)
            write_records(rows, "table", sys.stdout, columns=QUOTE_COLUMNS,
                          widths={"doc_id": 16, "speaker": 28, "text": 60})
        else:
            write_records(records, "jsonl", sys.stdout, columns=QUOTE_COLUMNS)
    return 0


def _plover_arg(value: str) -> str:
    """A PLOVER event type of the CAMEO table, in any case ("assault" is ASSAULT)."""
    from .cameo import load_cameo

    types = sorted({c.plover for c in load_cameo() if c.plover})
    if value.upper() not in types:
        raise argparse.ArgumentTypeError(
            f"unknown PLOVER type {value!r}; one of {', '.join(types)}")
    return value.upper()


def _cameo_arg(value: str) -> str:
    """The digits of a known CAMEO code or of the start of one ("19" for 190, 1951...)."""
    from .cameo import load_cameo

    value = value.strip()
    if not value.isdigit() or not 2 <= len(value) <= 4 or \
            not any(c.code.startswith(value) for c in load_cameo()):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a CAMEO code or the start of one (2 to 4 digits: 19, 190, 1951)")
    return value


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
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress on stderr and no text summary")
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

    p = sub.add_parser(
        "places", help="resolve place mentions to gazetteer entries", formatter_class=raw,
        description="Print every place mention of a text or file, resolved offline to a "
                    "gazetteer entry (GeoNames cities and ISO 3166 countries and regions): "
                    "name, kind, ISO3 country, first-order region, latitude, longitude, id.",
        epilog="examples:\n"
               "  eventcoder places \"Shelling hit Kharkiv and the outskirts of Donetsk.\"\n"
               "  eventcoder places story.txt --format table\n"
               "  eventcoder places \"Officials in Paris said...\" --country USA\n"
               "  eventcoder places story.txt --dateline \"ATHENS, Georgia\"\n")
    p.add_argument("text", metavar="TEXT_OR_FILE")
    p.add_argument("--date", help="the story's date, YYYY-MM-DD (read, not yet used)")
    p.add_argument("--dateline", help="the place the story is filed from, e.g. \"NAIROBI\"")
    p.add_argument("--country", action="append", metavar="ISO3",
                   help="a country the story's actors belong to (context); may be repeated")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    p.add_argument("--config", help="TOML file overlaying the default options")
    p.set_defaults(func=cmd_places)

    p = sub.add_parser(
        "code", help="ingest and code events (the main job)", formatter_class=raw,
        description="Ingest INPUTs as `ingest` does, then code every stored article not yet "
                    "coded with these resources: actors, events, quotes and places, stored "
                    "per article. With -o, write the events of the INPUTs as JSON lines.",
        epilog="examples:\n"
               "  eventcoder code sample/ -o events.jsonl\n"
               "  eventcoder code dump.jsonl.gz --db news.duckdb -o - | jq .cameo\n"
               "  eventcoder code story.html --date 2025-03-04 -o events.jsonl "
               "--quotes quotes.jsonl\n")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, directory, or - for stdin")
    db_option(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write the events as JSONL (- stdout)")
    p.add_argument("--quotes", metavar="FILE", help="write the quotes as JSONL (- stdout)")
    p.add_argument("--date", help="publication date for documents that carry none")
    p.add_argument("--source", help="outlet name for documents that do not name one")
    p.add_argument("--actors", action="append", metavar="FILE",
                   help="your own actor rows (JSONL); may be repeated")
    p.add_argument("--triggers", action="append", metavar="FILE",
                   help="your own event trigger rows (JSONL); may be repeated")
    p.add_argument("--config", help="TOML file overlaying the default options")
    p.add_argument("--batch-size", type=int, help="documents per store transaction")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    p.add_argument("--progress", action="store_true",
                   help="progress on stderr after every batch, even when it is not a terminal")
    p.set_defaults(func=cmd_code)

    p = sub.add_parser(
        "events", help="query stored events", formatter_class=raw,
        epilog="examples:\n"
               "  eventcoder events --format table\n"
               "  eventcoder events --actor RUS --plover ASSAULT --from 2025-01-01\n"
               "  eventcoder events --code 17 --format csv > coerce.csv\n"
               "  eventcoder events --unique --actor ISR --from 2025-03-01\n")
    db_option(p)
    p.add_argument("--from", dest="from_", metavar="DATE", help="events on or after DATE")
    p.add_argument("--to", metavar="DATE", help="events on or before DATE")
    p.add_argument("--actor", metavar="CODE",
                   help="source or target code prefix (RUS matches RUSGOV)")
    p.add_argument("--code", metavar="CAMEO", type=_cameo_arg,
                   help="CAMEO code prefix (19 matches 190, 1951)")
    p.add_argument("--plover", metavar="TYPE", type=_plover_arg,
                   help="PLOVER event type, any case (ASSAULT, REQUEST ...)")
    p.add_argument("--negated", action="store_true", help="include negated events")
    p.add_argument("--unique", action="store_true",
                   help="one record per event however many sentences and articles tell it "
                        "(same day, actors, code); adds 'reports' and 'articles' counts")
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.set_defaults(func=cmd_events)

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
                       epilog="examples:\n  eventcoder evaluate plover_gsr\n"
                              "  eventcoder evaluate conflibert_cameo --split test --json\n"
                              "  eventcoder evaluate plover_gsr --task actors\n"
                              "  eventcoder evaluate petr2_gsr_gigaword --task actors --json\n")
    p.add_argument("set", choices=EVALUATION_SETS)
    p.add_argument("--task", choices=("events", "actors", "places", "quotes"),
                   help="what to score (default: events; places and quotes for their case "
                        "tables)")
    p.add_argument("--split", help="conflibert_cameo: train or test (default: both, reported "
                                   "apart); other sets: dev or holdout, a fixed half by id "
                                   "(default: the whole set)")
    p.add_argument("--details", action="store_true", help="list every sentence missed")
    p.add_argument("--triggers", action="append", metavar="FILE",
                   help="your own trigger rows (JSONL); may be repeated")
    p.add_argument("--data", help="the gold-set folder (default: ../shared/eval)")
    p.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    p.add_argument("--actors", action="append", metavar="FILE")
    p.add_argument("--config", help="TOML file overlaying the default options")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser(
        "quotes", help="list stored quotes with their speakers", formatter_class=raw,
        description="Print the quotes stored by 'eventcoder code': direct and indirect speech, "
                    "each with its cue and its speaker resolved to a CAMEO code.",
        epilog="examples:\n  eventcoder quotes --format table\n"
               "  eventcoder quotes --db news.duckdb --speaker RUS   # RUSGOV, RUSMIL...\n")
    db_option(p)
    p.add_argument("--speaker", metavar="CODE", help="only speakers whose code starts so")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    p.set_defaults(func=cmd_quotes)

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
