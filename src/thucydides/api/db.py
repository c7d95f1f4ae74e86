"""The server's connection to a snapshot of the store, read-only, and its sorted copy of
the events.

DuckDB allows no writer beside a reader, so the server does not keep the store open: it
copies the file (holding a read-only connection meanwhile, so no writer can start halfway)
into a temporary folder of its own and serves the copy. An ingest can then write the store
while the server runs; `Snapshots` takes a new copy once the file has changed and no writer
holds it. Beside the copy the server keeps the events joined to their articles and sorted
in the order pages list them (PAGES): a page is then a few neighbouring rows to read, not a
sort of the whole store; and the current versions of the articles as a table, not a view
that looks for later versions each time.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import duckdb
from fastapi import Depends, Request

from ..store.db import Store, StoreError, StoreInUse, now
from ..store.query import SORT_KEY
from ..store.schema import JOINED_PLACE

PAGES = "pages.listing"
# the server's copy of the events in page order, each with its place's other fields and its
# article's title, source, date and url (not the path it was read from on this machine)
BUILD_PAGES = f"""CREATE TABLE {PAGES} AS
SELECT e.*, {JOINED_PLACE}, a.title, a.source, a.date AS published, a.url, a.added,
    {SORT_KEY[0]} AS key_date, {SORT_KEY[1]} AS key_published,
    a.id IN (SELECT id FROM current_articles) AS current
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN locations l ON l.id = e.location_id
ORDER BY key_date, key_published, e.article_id, e.seq"""
# found before the store's view of the same name (a subquery for each article) by the
# analysis queries; without the texts, which they do not read
BUILD_CURRENT = ("CREATE TABLE pages.current_articles AS "
                 "SELECT * EXCLUDE (text) FROM store.current_articles")
SEARCH_PATH = "SET search_path = 'pages,store'"


def _literal(path: str) -> str:
    """ATTACH takes no parameters: the path as an SQL string."""
    return "'" + path.replace("'", "''") + "'"


def stamp(path: str) -> tuple[int, int]:
    """What changes when a store is written: its size and time of change."""
    info = os.stat(path)
    return info.st_size, info.st_mtime_ns


def _snapshot(path: str, folder: str) -> tuple[str, tuple[int, int]]:
    """A copy of the store in `folder`, taken while a read-only connection keeps writers
    out (a missing, locked or foreign file: StoreError); the copy and the original's stamp."""
    copy = str(Path(folder) / "store.duckdb")
    with Store(path, read_only=True):
        shutil.copyfile(path, copy)
        return copy, stamp(path)


PREFIX = "thucydides-serve-"


def clean_stale_copies() -> None:
    """Remove the snapshot folders of servers that are gone (killed with -9, which leaves
    its folder: the name holds the pid)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*-*"):
        pid = folder.name[len(PREFIX):].split("-")[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True


class Database:
    def __init__(self, path: str):
        self.folder = tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-")
        try:
            snapshot, self.stamp = _snapshot(path, self.folder)
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise
        self.con = duckdb.connect()
        try:
            self.con.execute(f"ATTACH {_literal(snapshot)} AS store (READ_ONLY)")
            self.con.execute(f"ATTACH {_literal(str(Path(self.folder) / 'pages.duckdb'))} "
                             "AS pages")
            self.con.execute("USE store")
            self.con.execute(BUILD_PAGES)
            self.con.execute(BUILD_CURRENT)
        except duckdb.Error as exc:
            self.close()
            raise StoreError(f"{path}: cannot serve ({str(exc).splitlines()[0]})") from None

    def close(self) -> None:
        self.con.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class Snapshots:
    """The snapshot being served, followed by a new one when the store has changed: checked
    every `every` seconds in a thread of its own. The snapshot before the current one is
    closed only at the next change, so requests still reading it finish first."""

    def __init__(self, path: str, every: float = 10.0):
        self.path = path
        self.every = every
        clean_stale_copies()
        self.current = Database(path)
        self.reloaded = now()  # when the snapshot served was taken
        self.error: str | None = None  # why the last attempt at a new one failed
        self.previous: Database | None = None
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._follow, name="snapshots", daemon=True)

    def start(self) -> None:
        if self.every > 0:
            self.thread.start()

    def _follow(self) -> None:
        """Never ends but with the server: a failed snapshot (the store gone for now, being
        written, half copied, damaged) is tried again at the next check, and said in
        /api/health meanwhile."""
        while not self.stopping.wait(self.every):
            try:
                if stamp(self.path) != self.current.stamp:
                    self._swap(Database(self.path))
                    self.reloaded = now()
                self.error = None
            except StoreInUse:  # an ingest is writing it: the next check takes it
                pass
            except Exception as exc:  # noqa: BLE001 - the old snapshot goes on being served
                self.error = f"{now():%Y-%m-%dT%H:%M:%S}Z: {type(exc).__name__}: " \
                             f"{str(exc).splitlines()[0] if str(exc) else ''}"[:500]

    def _swap(self, fresh: Database) -> None:
        if self.previous is not None:
            self.previous.close()
        self.previous, self.current = self.current, fresh

    def close(self) -> None:
        self.stopping.set()
        if self.thread.is_alive():
            self.thread.join()
        for database in (self.previous, self.current):
            if database is not None:
                database.close()


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A FastAPI dependency: a cursor of its own for one request, on the snapshot being
    served, closed after it."""
    cur = request.app.state.db.current.con.cursor()
    try:
        cur.execute(SEARCH_PATH)
        yield cur
    finally:
        cur.close()


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]
