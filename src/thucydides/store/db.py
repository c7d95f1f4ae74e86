"""The store: one DuckDB file holding articles, events, statements, actors, places, the
inputs rejected and the runs that filled it.

Each ``write`` is one transaction: an article is there with all of its events and
statements, or not at all, whatever stops the process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from ..columns import values
from ..errors import StoreError, StoreInUse
from ..records import CodedArticle, Found, Reject
from .rows import ActorRow, ArticleRows, article_rows
from .schema import (
    ACTOR_TABLE_COLUMNS,
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    LOCATION_COLUMNS,
    REJECT_COLUMNS,
    SCHEMA_VERSION,
    STATEMENT_COLUMNS,
    TABLES,
    UPGRADES,
)

DEFAULT_DB = "thucydides.duckdb"
ACTOR_UPDATE = """UPDATE actors SET
    names = list_distinct(list_concat(actors.names, seen.names)),
    mentions = actors.mentions + seen.mentions,
    title = coalesce(actors.title, seen.title)
FROM (SELECT unnest(?) AS id, unnest(?) AS names, unnest(?) AS mentions, unnest(?) AS title)
    AS seen
WHERE actors.id = seen.id"""


@dataclass
class Counts:
    """What a run did. read = coded + skipped + rejected."""

    read: int = 0
    coded: int = 0
    skipped: int = 0  # already in the store, or read twice in this run
    rejected: int = 0  # inputs that could not be read, and articles the coder failed on
    events: int = 0
    statements: int = 0


@dataclass
class RunInfo:
    """What coded a run: recorded with it so that figures can be traced to a coder."""

    coder_version: str
    lexicon_hash: str
    model: str
    model_version: str | None
    inputs: list[str]
    workers: int


# what a damaged store (cut short, bad checksums) or a full disk raises; duckdb.Error
# itself is what a block with a bad checksum raises
FAILURES = (duckdb.IOException, duckdb.TransactionException, duckdb.InternalException,
            duckdb.SerializationException, duckdb.FatalException)


def failed(exc: BaseException) -> bool:
    """Whether a DuckDB error is the file's or the disk's, not the query's."""
    return isinstance(exc, FAILURES) or type(exc) is duckdb.Error


@contextmanager
def query_interrupts(path: str | None = None) -> Iterator[None]:
    """Ctrl-C during a DuckDB query comes out as RuntimeError('Query interrupted'): make it
    the KeyboardInterrupt it was. A damaged store or a full disk is a StoreError."""
    try:
        yield
    except (duckdb.InterruptException, RuntimeError) as exc:
        if isinstance(exc, duckdb.InterruptException) or "interrupted" in str(exc).lower():
            raise KeyboardInterrupt from None
        raise
    except duckdb.Error as exc:
        if failed(exc):
            raise StoreError(f"{path or 'the store'}: cannot be read or written (damaged, or "
                             f"the disk is full?): {first_line(exc)}") from None
        raise


def first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:300]


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _open(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    if read_only and not Path(path).exists():
        raise StoreError(f"{path}: no such store (fill one with 'thucydides ingest')")
    if Path(path).is_dir():
        raise StoreError(f"{path}: is a folder, not a store")
    try:
        if not read_only:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        return duckdb.connect(path, read_only=read_only)
    except OSError as exc:
        raise StoreError(f"{path}: cannot create its folder ({exc.strerror})") from None
    except duckdb.IOException as exc:
        message = str(exc).splitlines()[0]
        if "lock" in message.lower():
            raise StoreInUse(f"{path}: in use by another process (an ingest writing it, or "
                             f"a server copying it: try again when it is done)") from None
        raise StoreError(f"{path}: cannot open ({message})") from None
    except duckdb.Error as exc:
        raise StoreError(f"{path}: not a store ({str(exc).splitlines()[0]})") from None


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False):
        self.path = str(path)
        self.con = _open(self.path, read_only)
        try:
            with query_interrupts(self.path):
                self._check(read_only)
        except BaseException:
            self.con.close()
            raise

    def _check(self, read_only: bool) -> None:
        """Refuse a database that is not a store of this version (a writer first checks
        that an existing database is ours: another program's is left as it is)."""
        tables = self.tables()
        if tables and "meta" not in tables or "meta" in tables and not self.schema_version():
            raise StoreError(f"{self.path}: a DuckDB database, but not a thucydides store "
                             f"(no schema marker): left as it is; give another --db")
        if not read_only:
            self._prepare()
        elif "events" not in tables:
            raise StoreError(f"{self.path}: not a thucydides store (no events table)")
        elif self.schema_version() in UPGRADES:
            self._upgrade_file()
        elif self.schema_version() != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {self.schema_version()}, this "
                             f"thucydides reads {SCHEMA_VERSION}")

    def _upgrade_file(self) -> None:
        """A store of an older schema opened for reading: upgraded in place once (the
        upgrades only add columns), then read."""
        self.con.close()
        self.con = _open(self.path, read_only=False)
        self._prepare()
        self.con.close()
        self.con = _open(self.path, read_only=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _prepare(self) -> None:
        for statement in TABLES:
            self.con.execute(statement)
        self.con.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING",
                         [SCHEMA_VERSION])
        found = self.schema_version()
        while found in UPGRADES:
            for statement in UPGRADES[found]:
                self.con.execute(statement)
            found = str(int(found) + 1)
            self.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [found])
        if found != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {found}, this thucydides reads "
                             f"{SCHEMA_VERSION}")
        # only one process can have the file open for writing: a run still 'running' died
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")

    def schema_version(self) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return row[0] if row else None

    def tables(self) -> set[str]:
        rows = self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        return {r[0] for r in rows}

    def count(self, table: str) -> int:
        if table not in self.tables():
            raise StoreError(f"no table {table!r}")
        return self.con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]

    # -- runs -----------------------------------------------------------------------------

    def start_run(self, info: RunInfo) -> int:
        run_id = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM runs").fetchone()[0]
        self.con.execute(
            "INSERT INTO runs (id, started, status, inputs, coder_version, lexicon_hash, model,"
            " model_version, workers) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?)",
            [run_id, now(), info.inputs, info.coder_version, info.lexicon_hash, info.model,
             info.model_version, info.workers])
        return run_id

    def finish_run(self, run_id: int, status: str, counts: Counts) -> None:
        self._record_counts(run_id, counts)
        self.con.execute("UPDATE runs SET status = ?, ended = ? WHERE id = ?",
                         [status, now(), run_id])

    def _record_counts(self, run_id: int, c: Counts) -> None:
        self.con.execute(
            "UPDATE runs SET articles_read = ?, articles_coded = ?, articles_skipped = ?, "
            "inputs_rejected = ?, events = ?, statements = ? WHERE id = ?",
            [c.read, c.coded, c.skipped, c.rejected, c.events, c.statements, run_id])

    # -- articles -------------------------------------------------------------------------

    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are in the store."""
        return self._present("articles", list(ids))

    def write(self, run_id: int, coded: Sequence[tuple[Found, CodedArticle]],
              rejects: Sequence[Reject] = (), counts: Counts | None = None) -> int:
        """Add the coded articles not yet in the store, the rejects and the run's counts, in
        one transaction. Returns how many articles were added."""
        self.con.begin()
        try:
            fresh = self._fresh(coded)
            added = now()
            versions = self._versions([c.article for _, c in fresh])
            rows = [article_rows(c, origin, v, run_id, added)
                    for (origin, c), v in zip(fresh, versions, strict=True)]
            self._insert_rows(rows, run_id)
            self._append("rejects", REJECT_COLUMNS, [
                (run_id, r.path, r.line, r.reason, r.detail, added) for r in rejects])
            if counts is not None:
                self._record_counts(run_id, counts)
            self.con.commit()
        except BaseException:
            self._rollback()
            raise
        return len(fresh)

    def _rollback(self) -> None:
        # nothing may be left to roll back (the commit went through, or failed)
        with suppress(duckdb.Error):
            self.con.rollback()

    def _fresh(self, coded: Sequence[tuple[Found, CodedArticle]]) -> list:
        there = self.known(c.article.id for _, c in coded)
        fresh, seen = [], set()
        for origin, c in coded:
            if c.article.id not in there and c.article.id not in seen:
                seen.add(c.article.id)
                fresh.append((origin, c))
        return fresh

    def _versions(self, articles: list) -> list[int]:
        """1 for an article without url or the first text seen at its url; then 2, 3, ..."""
        urls = sorted({a.url for a in articles if a.url})
        latest = dict(self.con.execute(
            "SELECT url, max(version) FROM articles WHERE url IN (SELECT unnest(?)) GROUP BY url",
            [urls]).fetchall()) if urls else {}
        versions = []
        for a in articles:
            version = latest.get(a.url, 0) + 1 if a.url else 1
            if a.url:
                latest[a.url] = version
            versions.append(version)
        return versions

    def _insert_rows(self, rows: list[ArticleRows], run_id: int) -> None:
        self._append("articles", ARTICLE_COLUMNS, [r.article for r in rows])
        self.insert_records(rows, run_id)

    def insert_records(self, rows: list[ArticleRows], run_id: int) -> None:
        """The events, statements, places and actors of coded articles (not the articles
        themselves: a recode keeps them)."""
        self._append("events", EVENT_COLUMNS, [e for r in rows for e in r.events])
        self._append("statements", STATEMENT_COLUMNS, [s for r in rows for s in r.statements])
        places = {p[0]: p for r in rows for p in r.locations}
        there = self._present("locations", list(places))
        self._append("locations", LOCATION_COLUMNS,
                     [p for key, p in places.items() if key not in there])
        self._add_actors(_merge_actors(a for r in rows for a in r.actors), run_id)

    def _present(self, table: str, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.con.execute(f"SELECT id FROM {table} WHERE id IN (SELECT unnest(?))",
                                [ids]).fetchall()
        return {r[0] for r in rows}

    def _add_actors(self, actors: list[ActorRow], run_id: int) -> None:
        """New entities are added; known ones gain the names and mentions seen."""
        there = self._present("actors", [a.id for a in actors])
        self._append("actors", ACTOR_TABLE_COLUMNS,
                     [values(ActorRow, a) for a in actors if a.id not in there])
        seen = [a for a in actors if a.id in there]
        if seen:
            self.con.execute(ACTOR_UPDATE, [[a.id for a in seen], [a.names for a in seen],
                                            [a.mentions for a in seen],
                                            [a.title for a in seen]])

    def _append(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        """Rows through DuckDB's appender: many times quicker than INSERT ... VALUES."""
        if rows:
            appender = self.con.appender(table, columns=list(columns))
            appender.append_rows(rows)
            appender.flush()

    # -- queries --------------------------------------------------------------------------

    def rows(self, sql: str, params: Sequence | None = None) -> tuple[list[str], list[tuple]]:
        """Column names and rows of a query (parameters bound, never pasted in)."""
        cursor = self.con.execute(sql, list(params or []))
        names = [d[0] for d in cursor.description]
        return names, cursor.fetchall()

    def stream(self, sql: str, params: Sequence | None = None,
               batch: int = 10_000) -> Iterator[tuple]:
        """The rows of a query a batch at a time: an export of millions fits in memory."""
        cursor = self.con.execute(sql, list(params or []))
        while rows := cursor.fetchmany(batch):
            yield from rows


# the tables `thucydides spark` writes, and the hive partition key of each folder
PARQUET_PARTITIONS = {"articles": "date", "events": "date", "statements": "date",
                      "locations": "run_id", "rejects": "run_id"}
PARQUET_COLUMNS = {"articles": ARTICLE_COLUMNS, "events": EVENT_COLUMNS,
                   "statements": STATEMENT_COLUMNS, "locations": LOCATION_COLUMNS,
                   "rejects": REJECT_COLUMNS}
PARQUET_DONE = "_SUCCESS"


class ParquetStore(Store):
    """The Parquet folder a `thucydides spark` run wrote, read as a store: an in-memory
    DuckDB whose tables are views over the Parquet files, so the store's queries run
    unchanged. The other tables (actors, runs, ...) are there, empty. A folder without
    _SUCCESS (a run still writing, or killed) is refused."""

    def __init__(self, folder: str | Path):
        self.path = str(folder)
        root = Path(folder)
        if not root.is_dir():
            raise StoreError(f"{folder}: no such folder (write one with 'thucydides spark')")
        if not (root / "events").is_dir():
            raise StoreError(f"{folder}: not the output of 'thucydides spark' (no events/)")
        if not (root / PARQUET_DONE).is_file():
            raise StoreError(f"{folder}: incomplete, no {PARQUET_DONE} (a Spark run did not "
                             f"finish writing it: run it again)")
        self.con = duckdb.connect(":memory:")
        for statement in TABLES:
            self.con.execute(statement)
        for table, key in PARQUET_PARTITIONS.items():
            if any(root.glob(f"{table}/{key}=*/*.parquet")):
                self._view(root / table, table, key)

    def _view(self, folder: Path, table: str, key: str) -> None:
        files = str(folder / f"{key}=*" / "*.parquet").replace("'", "''")
        kind = "DATE" if key == "date" else "INTEGER"
        columns = ", ".join(PARQUET_COLUMNS[table])
        distinct = "DISTINCT ON (id) " if key not in PARQUET_COLUMNS[table] else ""
        self.con.execute(f"DROP TABLE {table}")
        self.con.execute(
            f"CREATE VIEW {table} AS SELECT {distinct}{columns} FROM read_parquet('{files}', "
            f"hive_partitioning = true, hive_types = {{'{key}': '{kind}'}})")


def _merge_actors(actors: Iterable[ActorRow]) -> list[ActorRow]:
    """One row an entity: an upsert may not touch the same row twice."""
    merged: dict[str, ActorRow] = {}
    for a in actors:
        if a.id not in merged:
            merged[a.id] = replace(a, names=list(a.names))
            continue
        kept = merged[a.id]
        kept.mentions += a.mentions
        kept.title = kept.title or a.title
        kept.names += [n for n in a.names if n not in kept.names]
    return list(merged.values())
