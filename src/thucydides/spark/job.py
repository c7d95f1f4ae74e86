"""The Spark job: read the inputs, code them in mapPartitions, write Parquet by date.

    read (one row a JSON line, a text file, or a record of a Parquet/CSV/ORC/JSON source)
    -> parse into articles and rejects            (mapPartitions, work.parse_rows)
    -> mark duplicates, number versions by url    (two windows)
    -> code                                       (mapPartitions, work.code_rows)
    -> write articles/, events/, statements/ by date, locations/ and rejects/ by run
    -> write _SUCCESS

Each table is written with dynamic partition overwrite: a run replaces the partitions it
writes and leaves the others. The output's own _SUCCESS is removed when a run starts and
written when every table is complete; the readers refuse a folder without it.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TextIO

from ..errors import InputError
from ..ingest.formats import ReadOptions
from ..settings import Settings
from ..store.db import PARQUET_DONE, PARQUET_PARTITIONS, Counts, now
from ..store.schema import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    LOCATION_COLUMNS,
    REJECT_COLUMNS,
    STATEMENT_COLUMNS,
)

# formats thucydides reads itself; any other is a Spark data source whose records hold the
# article's fields (text, title, date, url, source, id)
OWN_FORMATS = ("jsonl", "text", "html")
WHOLE_FILES = ("text", "html")  # their bytes go to thucydides' reader, as `ingest` reads them
SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "text", ".text": "text",
            ".html": "html", ".htm": "html", ".json": "json", ".parquet": "parquet",
            ".orc": "orc", ".csv": "csv", ".avro": "avro"}
COMPRESSED = (".gz", ".bz2", ".deflate", ".lz4", ".snappy", ".zst")
SOURCE_OPTIONS = {"csv": {"header": "true", "multiLine": "true", "escape": '"'},
                  "json": {"multiLine": "true"}}


@dataclass
class SparkOptions:
    inputs: list[str]
    output: str
    format: str = "auto"
    master: str | None = None  # None: local[*], or what spark-submit gives
    partitions: int | None = None  # coding tasks (default: 4 per core of the cluster)
    read: ReadOptions = field(default_factory=ReadOptions)
    settings: Settings = field(default_factory=Settings)
    progress_interval: float = 10.0


@dataclass
class SparkResult:
    run_id: int
    counts: Counts
    seconds: float
    output: str
    steps: dict[str, float]  # seconds of each step: coding, writing each table


def item_schema():
    from pyspark.sql.types import ArrayType, IntegerType, LongType, StringType, StructType

    s = StructType().add("order", LongType()).add("path", StringType()) \
        .add("line", IntegerType()).add("given_id", StringType()) \
        .add("warnings", ArrayType(StringType()))
    for name in ("id", "text", "date", "title", "url", "source", "date_source", "reason",
                 "detail"):
        s = s.add(name, StringType())
    return s


def coded_schema():
    from pyspark.sql.types import ArrayType, BooleanType, StructType

    from .schema import struct

    return StructType() \
        .add("article", struct("articles", ARTICLE_COLUMNS)) \
        .add("events", ArrayType(struct("events", EVENT_COLUMNS))) \
        .add("statements", ArrayType(struct("statements", STATEMENT_COLUMNS))) \
        .add("locations", ArrayType(struct("locations", LOCATION_COLUMNS))) \
        .add("reject", struct("rejects", REJECT_COLUMNS)) \
        .add("skipped", BooleanType())


def input_format(paths: list[str], given: str) -> str:
    """The format given, else the one the first input's name (or its folder's first file's)
    tells."""
    if given != "auto":
        return given
    name = _first_file(paths[0])
    for ending in COMPRESSED:
        name = name.removesuffix(ending)
    fmt = SUFFIXES.get(Path(name).suffix.lower())
    if fmt is None:
        raise InputError(f"{paths[0]}: cannot tell its format from its name; give --format "
                         f"(jsonl, text, or a Spark source: parquet, csv, json, orc)")
    return fmt


def _first_file(path: str) -> str:
    folder = Path(path)
    if "://" in path or not folder.is_dir():
        return path
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        visible = sorted(n for n in names if not n.startswith((".", "_")))
        if visible:
            return str(Path(root) / visible[0])
    raise InputError(f"{path}: an empty folder")


def check_inputs(paths: list[str]) -> None:
    for path in paths:
        if "://" not in path and not Path(path).exists():
            raise InputError(f"{path}: no such file or directory")


QUIET_LOG = (Path(__file__).parent / "data" / "log4j2.properties").as_uri()


def session(master: str | None):
    """A SparkSession: local[*] unless a master is given or spark-submit chose one."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("thucydides") \
        .config("spark.ui.showConsoleProgress", "false")
    if master or "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # a local run binds to this machine: Spark then has no address to warn about
        if (master or "local").startswith("local"):
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.master(master or "local[*]") \
            .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={QUIET_LOG}")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def read_input(spark, paths: list[str], fmt: str):
    """One row an input unit: (order, path, kind, value), kind 'jsonl' (value a line) or
    'text' or 'html' (value a whole file's bytes)."""
    from pyspark.sql import functions as F

    if fmt in WHOLE_FILES:
        df = spark.read.format("binaryFile").load(paths)
        df = df.select("path", F.col("content").alias("value"))
    elif fmt == "jsonl":
        df = spark.read.text(paths)
        df = df.select(F.input_file_name().alias("path"), "value")
    else:
        df = spark.read.format(fmt).options(**SOURCE_OPTIONS.get(fmt, {})).load(paths)
        df = df.select(F.input_file_name().alias("path"),
                       F.to_json(F.struct("*")).alias("value"))
    kind = fmt if fmt in OWN_FORMATS else "jsonl"
    return df.select(F.monotonically_increasing_id().alias("order"), "path",
                     F.lit(kind).alias("kind"), "value")


def mark(items):
    """Duplicates (an article id seen earlier in the input) are marked, to be skipped; an
    article's version is its rank among the different texts at its url, in input order."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    first = Window.partitionBy("id").orderBy("order")
    items = items.withColumn("duplicate", F.col("id").isNotNull()
                             & (F.row_number().over(first) > 1))
    by_url = Window.partitionBy("url").orderBy("order") \
        .rowsBetween(Window.unboundedPreceding, Window.currentRow)
    fresh = F.sum(F.when(F.col("duplicate"), 0).otherwise(1)).over(by_url)
    return items.withColumn("version", F.when(F.col("url").isNull(), 1)
                            .otherwise(fresh).cast("int"))


def tables(coded, run_id: int) -> dict:
    from pyspark.sql import functions as F

    def exploded(column: str):
        return coded.select(F.explode(column).alias("row")).select("row.*")

    return {
        "articles": coded.where("article IS NOT NULL").select("article.*"),
        "events": exploded("events"),
        "statements": exploded("statements"),
        "locations": exploded("locations").dropDuplicates(["id"])
        .withColumn("run_id", F.lit(run_id)),
        "rejects": coded.where("reject IS NOT NULL").select("reject.*"),
    }


def count(coded) -> Counts:
    from pyspark.sql import functions as F

    row = coded.agg(
        F.count("article").alias("coded"), F.count("reject").alias("rejected"),
        F.count(F.when(F.col("skipped"), 1)).alias("skipped"),
        F.coalesce(F.sum(F.size("events")), F.lit(0)).alias("events"),
        F.coalesce(F.sum(F.size("statements")), F.lit(0)).alias("statements")).first()
    return Counts(read=row.coded + row.rejected + row.skipped, coded=row.coded,
                  skipped=row.skipped, rejected=row.rejected, events=row.events,
                  statements=row.statements)


def write(table, key: str, path: str) -> None:
    """Replace the partitions the table has rows for, a file each (not one per task)."""
    table.repartition(key).write.mode("overwrite").option("partitionOverwriteMode", "dynamic") \
        .partitionBy(key).parquet(path)


def write_tables(coded, run_id: int, output: str, progress: Progress) -> dict[str, float]:
    """Write each table from the coded rows; returns the seconds each took."""
    steps = {}
    for name, table in tables(coded, run_id).items():
        progress.step = f"writing {name}"
        started = time.monotonic()
        write(table, PARQUET_PARTITIONS[name], f"{output}/{name}")
        steps[progress.step] = time.monotonic() - started
    return steps


class Marker:
    """The output's _SUCCESS, through Hadoop's file systems (a local path or any URI)."""

    def __init__(self, spark, output: str):
        jvm = spark.sparkContext._jvm
        self.path = jvm.org.apache.hadoop.fs.Path(f"{output}/{PARQUET_DONE}")
        self.fs = self.path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())

    def remove(self) -> None:
        self.fs.delete(self.path, False)

    def write(self) -> None:
        self.fs.create(self.path, True).close()


class Every:
    """Calls `action` every `interval` seconds, in a thread, inside the with block."""

    def __init__(self, interval: float, action):
        self.interval, self.action = interval, action
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> Every:
        self.thread.start()
        return self

    def __exit__(self, *_) -> None:
        self.stopped.set()
        self.thread.join()

    def _loop(self) -> None:
        while not self.stopped.wait(self.interval):
            self.action()


class Progress:
    """The step of the run, and a line about it: the tasks done of its running stages."""

    def __init__(self, spark, out: TextIO):
        self.tracker = spark.sparkContext.statusTracker()
        self.out = out
        self.step = "starting"
        self.started = time.monotonic()

    def report(self) -> None:
        stages = [self.tracker.getStageInfo(s) for s in self.tracker.getActiveStageIds()]
        done = sum(s.numCompletedTasks for s in stages if s)
        total = sum(s.numTasks for s in stages if s)
        elapsed = time.monotonic() - self.started
        print(f"thucydides: {self.step}: {done}/{total} tasks of the running stage, "
              f"{elapsed:.0f} s", file=self.out, flush=True)


def run(options: SparkOptions, spark=None, progress_out: TextIO | None = None) -> SparkResult:
    """Code the inputs on Spark and write the output folder; returns the counts."""
    fmt = input_format(options.inputs, options.format)
    check_inputs(options.inputs)
    started = time.monotonic()
    spark = spark or session(options.master)
    output = options.output.rstrip("/")
    run_id, added = int(time.time()), now()
    marker = Marker(spark, output)
    marker.remove()
    progress = Progress(spark, progress_out or sys.stderr)
    with Every(options.progress_interval, progress.report):
        coded = code(spark, options, fmt, run_id, added).persist()
        try:
            progress.step = "coding"
            counts = count(coded)
            steps = {"coding": time.monotonic() - started}
            steps |= write_tables(coded, run_id, output, progress)
        finally:
            coded.unpersist()
    marker.write()
    return SparkResult(run_id, counts, time.monotonic() - started, output, steps)


def code(spark, options: SparkOptions, fmt: str, run_id: int, added: datetime):
    """The coded table: one row for each input item (work.code_rows)."""
    from .work import code_rows, parse_rows

    raw = read_input(spark, options.inputs, fmt)
    items = spark.createDataFrame(raw.rdd.mapPartitions(
        partial(parse_rows, options=options.read)), item_schema(), verifySchema=False)
    partitions = options.partitions or 4 * spark.sparkContext.defaultParallelism
    marked = mark(items).repartition(partitions)
    rows = marked.rdd.mapPartitions(partial(code_rows, settings=options.settings,
                                            run_id=run_id, added=added))
    return spark.createDataFrame(rows, coded_schema(), verifySchema=False)


def summary(result: SparkResult) -> str:
    c = result.counts
    rate = c.coded / result.seconds if result.seconds else 0.0
    return (f"read {c.read:,}: coded {c.coded:,}, skipped {c.skipped:,} (repeated in the "
            f"input), rejected {c.rejected:,}\n{c.events:,} events, {c.statements:,} "
            f"statements in {result.seconds:.1f} s ({rate:.1f} articles/s) -> "
            f"{result.output} (run {result.run_id})")
