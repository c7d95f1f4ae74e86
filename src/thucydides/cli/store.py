"""`thucydides ingest`, `events` and `export`: the store, filled and read."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import InputError
from . import analysis
from .common import coder_options, publication_day, settings_from, store_option


def cmd_ingest(args: argparse.Namespace) -> int:
    from ..ingest.files import parse_size
    from ..ingest.formats import FieldNames, ReadOptions
    from ..pipeline.ingest import IngestOptions, default_workers, ingest, summary

    read = ReadOptions(fields=FieldNames().mapped(args.field or []), date=args.date,
                       **({"max_bytes": parse_size(args.max_size)} if args.max_size else {}))
    if (args.workers is not None and args.workers < 1) or args.chunk_size < 1:
        raise InputError("--workers and --chunk-size: must be 1 or more")
    options = IngestOptions(paths=args.paths, db=args.db, read=read, settings=settings_from(args),
                            workers=args.workers or default_workers(),
                            chunk_size=args.chunk_size, progress_interval=args.progress_every)
    result = ingest(options)
    for reject in result.examples:
        print(f"thucydides: rejected {reject}", file=sys.stderr)
    if result.counts.rejected > len(result.examples):
        print(f"thucydides: ... {result.counts.rejected - len(result.examples):,} more "
              f"rejects in the store's rejects table", file=sys.stderr)
    print(summary(result, args.db))
    if result.status == "interrupted":
        print("thucydides: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    return 1 if args.strict and result.counts.rejected else 0


def read_store(args: argparse.Namespace):
    """The store, read-only; or the Parquet folder of a `thucydides spark` run (--parquet)."""
    from ..store.db import ParquetStore, Store

    return ParquetStore(args.parquet) if args.parquet else Store(args.db, read_only=True)


def parquet_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--parquet", metavar="DIR", help="read the Parquet folder "
                        "'thucydides spark' wrote instead of a store (docs/spark.md)")


def cmd_export(args: argparse.Namespace) -> int:
    from ..export import export
    from ..store.db import query_interrupts

    with read_store(args) as store, query_interrupts(args.parquet or args.db):
        count = export(store, args.format, Path(args.out), args.table, args.all,
                       args.min_confidence)
    # the count goes to standard error when the records themselves go to standard output
    print(f"{count:,} records -> {args.out}", file=sys.stderr if args.out == "-" else sys.stdout)
    return 0


def _add_ingest(sub) -> None:
    p = sub.add_parser("ingest", help="read, code and store articles (files, folders, feeds)")
    p.add_argument("paths", nargs="+", help="files or folders (read recursively): .txt, .jsonl, "
                   ".json, .csv, .html, RSS/Atom, any of them .gz; '-' reads standard input")
    store_option(p)
    p.add_argument("--workers", type=int, help="coding processes (default: the cores)")
    p.add_argument("--chunk-size", type=int, default=16, metavar="N",
                   help="articles sent to a worker, and committed, at a time (default: 16)")
    p.add_argument("--date", type=publication_day,
                   help="publication date of articles that give none, YYYY-MM-DD")
    p.add_argument("--field", action="append", metavar="FIELD=NAME",
                   help="read FIELD (text, title, date, url, source, id) from another JSON key "
                        "or CSV column, e.g. --field text=body (repeatable)")
    p.add_argument("--max-size", help="largest article read, e.g. 5MB (default; also "
                                      "$THUCYDIDES_MAX_INPUT_BYTES)")
    p.add_argument("--strict", action="store_true", help="exit 1 if any input is rejected")
    p.add_argument("--progress-every", type=float, metavar="SECONDS",
                   help="seconds between progress lines (default: 10, on a terminal 0.25)")
    coder_options(p)
    p.set_defaults(run=cmd_ingest)


def _add_export(sub) -> None:
    p = sub.add_parser("export", help="write the store's events as PLOVER JSONL, GDELT 2.0 "
                                      "TSV, Parquet or CSV")
    store_option(p)
    parquet_option(p)
    p.add_argument("--format", required=True,
                   choices=("plover-jsonl", "gdelt", "parquet", "csv"))
    p.add_argument("--table", default="events",
                   choices=("events", "statements", "articles", "actors", "locations",
                            "rejects", "runs", "clusters"),
                   help="for parquet and csv (default: events; clusters: one row per "
                        "real-world event, docs/schema.md)")
    p.add_argument("--all", action="store_true",
                   help="also the events the text does not assert (denies, supposes, promises, "
                        "asks for); without it every format holds asserted events only")
    p.add_argument("--min-confidence", type=float, metavar="P",
                   help="only events the coder rates at least P (0 to 1; docs/accuracy.md)")
    p.add_argument("out", help="the file to write; '-' writes plover-jsonl and gdelt to "
                               "standard output")
    p.set_defaults(run=cmd_export)


def add(sub) -> None:
    _add_ingest(sub)
    analysis.add_events(sub)
    _add_export(sub)
