"""An ingest run: read the inputs, skip what the store has, code the rest in parallel and
write each chunk of coded articles in one transaction.

Whatever stops a run (Ctrl-C, kill -9, a crash), the store holds whole articles only, and
the same command run again resumes: what is there is skipped.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TextIO

import duckdb

from ..ingest.files import Reader
from ..ingest.formats import Found, ReadOptions, Reject
from ..settings import Settings
from ..store.clusters import cluster
from ..store.db import DEFAULT_DB, Counts, Store, query_interrupts
from .coding import Coding, Outcome
from .progress import Progress
from .provenance import run_info

CODER_ERROR = "coder error"
STORE_ERROR = "store error"  # the store refused the coder's records (a coder bug)
REJECTS_PER_WRITE = 500
# errors in the records themselves (not the disk's, nor the database's)
REFUSED = (duckdb.ConstraintException, duckdb.ConversionException,
           duckdb.InvalidInputException, duckdb.OutOfRangeException)


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


@dataclass
class IngestOptions:
    paths: list[str]
    db: str = DEFAULT_DB
    workers: int = field(default_factory=default_workers)
    read: ReadOptions = field(default_factory=ReadOptions)
    settings: Settings = field(default_factory=Settings)
    chunk_size: int = 16  # articles sent to a worker at a time, and written at a time
    progress_interval: float | None = None  # seconds between progress lines


@dataclass
class IngestResult:
    run_id: int
    status: str  # done, interrupted, failed
    counts: Counts
    reasons: Counter  # rejects by reason
    examples: list[Reject]  # the first rejects, to show
    seconds: float
    undated: tuple[int, int] = (0, 0)  # articles with no date, and their events


class Run:
    def __init__(self, store: Store, run_id: int, reader: Reader, options: IngestOptions,
                 progress: Progress):
        self.store, self.run_id, self.reader = store, run_id, reader
        self.options, self.progress = options, progress
        self.counts = Counts()
        self.reasons: Counter = Counter()
        self.examples: list[Reject] = []
        self.chunk: list[Found] = []
        self.rejects: list[Reject] = []  # not yet written
        self.in_flight: set[str] = set()  # ids sent to the coder, not yet written
        self.coding: Coding | None = None

    def go(self) -> None:
        for item in self.reader:
            self.counts.read += 1
            if isinstance(item, Reject):
                self.reject(item)
            else:
                self.chunk.append(item)
            if len(self.chunk) >= self.options.chunk_size:
                self.dispatch()
            self.collect()
            if len(self.rejects) >= REJECTS_PER_WRITE:
                self.write([])
            self.progress.update(self.counts, self.reader.done_bytes)
        self.dispatch()
        while self.coding is not None and len(self.coding):
            self.write(self.coding.next(wait=True))
            self.progress.update(self.counts, self.reader.done_bytes)
        self.write([])

    def reject(self, reject: Reject) -> None:
        self.counts.rejected += 1
        self.reasons[reject.reason] += 1
        self.rejects.append(reject)
        if len(self.examples) < 10:
            self.examples.append(reject)

    def dispatch(self) -> None:
        """Send the chunk's new articles to the coder; count the others as skipped."""
        chunk, self.chunk = self.chunk, []
        if not chunk:
            return
        seen = self.store.known(f.article.id for f in chunk) | self.in_flight
        fresh = []
        for found in chunk:
            if found.article.id in seen:
                self.counts.skipped += 1
                continue
            seen.add(found.article.id)
            fresh.append(found)
        if not fresh:
            return
        if self.coding is None:  # the model is loaded only when there is something to code
            self.coding = Coding(self.options.settings, self.options.workers)
        while self.coding.full:
            self.write(self.coding.next(wait=True))
        self.coding.submit(fresh)
        self.in_flight.update(f.article.id for f in fresh)

    def collect(self) -> None:
        """Write what the coder has finished, without waiting for more."""
        while self.coding is not None and (outcomes := self.coding.next(wait=False)):
            self.write(outcomes)

    def write(self, outcomes: list[Outcome]) -> None:
        coded = [(o.found, o.coded) for o in outcomes if o.coded is not None]
        for o in outcomes:
            if o.coded is None:
                self.reject(Reject(o.found.path, o.found.line, CODER_ERROR, o.error or ""))
        if not coded and not self.rejects:
            return
        self._count(coded, +1)
        try:
            added = self.store.write(self.run_id, coded, self.rejects, self.counts)
        except REFUSED:  # an article the store refuses: find it, keep the rest
            self._count(coded, -1)
            for pair in coded:
                self._write_one(pair)
            added = len(coded)
            self.store.write(self.run_id, [], self.rejects, self.counts)
        self.rejects = []
        self.in_flight.difference_update(o.found.article.id for o in outcomes)
        if added < len(coded):  # never expected: the run checks before coding
            self.counts.coded -= len(coded) - added
            self.counts.skipped += len(coded) - added

    def _count(self, coded: list, sign: int) -> None:
        self.counts.coded += sign * len(coded)
        self.counts.events += sign * sum(len(c.events) for _, c in coded)
        self.counts.statements += sign * sum(len(c.statements) for _, c in coded)

    def _write_one(self, pair: tuple) -> None:
        self._count([pair], +1)
        try:
            self.store.write(self.run_id, [pair])
        except REFUSED as exc:
            self._count([pair], -1)
            found = pair[0]
            self.reject(Reject(found.path, found.line, STORE_ERROR, str(exc).splitlines()[0]))

    def close(self) -> None:
        if self.coding is not None:
            self.coding.close()


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM stops a run as Ctrl-C does: the chunk being written is rolled back."""
    def interrupt(*_):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def ingest(options: IngestOptions, progress_out: TextIO | None = None) -> IngestResult:
    """Run to the end, or until Ctrl-C or SIGTERM (status 'interrupted'); any other error
    is raised after the run is recorded as 'failed'."""
    reader = Reader(options.paths, options.read)
    started = time.monotonic()
    progress = Progress(progress_out or sys.stderr, reader.total_bytes,
                        options.progress_interval)
    # a damaged store, a full disk: one line, also when recording the run fails with it
    with query_interrupts(options.db), Store(options.db) as store, terminate_as_interrupt():
        run_id = store.start_run(run_info(options.settings, options.paths, options.workers))
        run = Run(store, run_id, reader, options, progress)
        status = run_to_end(store, run_id, run, progress)
        undated = store.con.execute(UNDATED, [run_id]).fetchone()
    return IngestResult(run_id, status, run.counts, run.reasons, run.examples,
                        time.monotonic() - started, undated)


# the run's articles with no date (none given, none in the page or the dateline) and the
# events in them with no day of their own: in no series until given one (--date)
UNDATED = """SELECT count(DISTINCT a.id), count(e.id) FROM articles a
LEFT JOIN events e ON e.article_id = a.id AND e.date IS NULL
WHERE a.run_id = ? AND a.date IS NULL"""


def run_to_end(store: Store, run_id: int, run, progress: Progress) -> str:
    """`run.go()`, then the clusters; the run recorded with its status: done, interrupted
    (Ctrl-C, SIGTERM) or failed (any other error, raised)."""
    status = "failed"
    try:
        with query_interrupts(store.path):
            run.go()
            cluster(store.con)  # after the last commit: one transaction, all clusters
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
    finally:
        run.close()
        progress.done()
        store.finish_run(run_id, status, run.counts)
    return status


def summary(result: IngestResult, db: str) -> str:
    """The closing lines of a run: the counts add up to what was read."""
    c = result.counts
    rate = c.coded / result.seconds if result.seconds else 0.0
    lines = [f"read {c.read:,}: coded {c.coded:,}, skipped {c.skipped:,} (already in the "
             f"store), rejected {c.rejected:,}"]
    if result.reasons:
        reasons = ", ".join(f"{reason} {n:,}" for reason, n in sorted(result.reasons.items()))
        lines[0] += f" ({reasons})"
    lines.append(f"{c.events:,} events, {c.statements:,} statements in {result.seconds:.1f} s "
                 f"({rate:.1f} articles/s) -> {db} (run {result.run_id}, {result.status})")
    articles, events = result.undated
    if articles:
        lines.append(f"undated: {articles:,} of the articles (no date given, none in the page "
                     f"or a dateline), {events:,} of the events; give --date")
    return "\n".join(lines)

