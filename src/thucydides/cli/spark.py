"""`thucydides spark`: code articles on Apache Spark into Parquet folders (docs/spark.md)."""

from __future__ import annotations

import argparse
import sys

from ..errors import InputError
from .common import coder_options, publication_day, settings_from


def cmd_spark(args: argparse.Namespace) -> int:
    from py4j.protocol import Py4JError
    from pyspark.errors import PySparkException

    from ..ingest.files import parse_size
    from ..ingest.formats import FieldNames, ReadOptions
    from ..spark.job import SparkOptions, run, summary

    if args.partitions is not None and args.partitions < 1:
        raise InputError("--partitions: must be 1 or more")
    read = ReadOptions(fields=FieldNames().mapped(args.field or []), date=args.date,
                       **({"max_bytes": parse_size(args.max_size)} if args.max_size else {}))
    options = SparkOptions(inputs=args.input, output=args.output, format=args.format,
                           master=args.master, partitions=args.partitions, read=read,
                           settings=settings_from(args), progress_interval=args.progress_every)
    try:
        result = run(options)
    except (PySparkException, Py4JError) as exc:
        raise InputError(f"Spark: {_first_line(exc)}") from None
    print(summary(result))
    if result.counts.rejected:
        print(f"thucydides: {result.counts.rejected:,} rejects in {result.output}/rejects",
              file=sys.stderr)
    return 0


def _first_line(exc: Exception) -> str:
    """What went wrong: a Python worker's exception (the line after its traceback), else
    the first line of Spark's message."""
    lines = [line for line in str(exc).splitlines() if line.strip()]
    traceback = [n for n, line in enumerate(lines) if "Traceback (most recent call" in line]
    if traceback:
        after = lines[traceback[-1] + 1:]
        return next((line.strip() for line in after if not line[0].isspace()), after[-1])
    return lines[0].strip() if lines else type(exc).__name__


def add(sub) -> None:
    p = sub.add_parser("spark", help="code articles on Apache Spark into Parquet by date")
    p.add_argument("--input", required=True, nargs="+", action="extend",
                   help="files, folders or URIs (hdfs://, s3a://) Spark can read")
    p.add_argument("--output", required=True,
                   help="the output folder or URI (articles/, events/, statements/, ...)")
    p.add_argument("--format", default="auto",
                   help="jsonl (one article a line), text or html (one a file), or a Spark source "
                        "(parquet, csv, json, orc) of records with a text field (default: "
                        "from the first input's name)")
    p.add_argument("--master", help="Spark master (default: local[*], or spark-submit's)")
    p.add_argument("--partitions", type=int, metavar="N",
                   help="coding tasks (default: 4 per core)")
    p.add_argument("--date", type=publication_day,
                   help="publication date of articles that give none, YYYY-MM-DD")
    p.add_argument("--field", action="append", metavar="FIELD=NAME",
                   help="read FIELD (text, title, date, url, source, id) from another field, "
                        "e.g. --field text=body (repeatable)")
    p.add_argument("--max-size", help="largest article read, e.g. 5MB")
    p.add_argument("--progress-every", type=float, default=10.0, metavar="SECONDS",
                   help="seconds between progress lines (default: 10)")
    coder_options(p)
    p.set_defaults(run=cmd_spark)
