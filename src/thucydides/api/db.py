"""The server's connection to the store, read-only, and its sorted copy of the events.

The store is attached read-only to an in-memory DuckDB: while the server runs no other
process can write the file (DuckDB allows no writer beside a reader), so what it reads
does not change under it. That lets the server keep, in a temporary file of its own, the
events joined to their articles and sorted in the order pages list them (PAGES): a page
is then a few neighbouring rows to read, not a sort of the whole store; and the current
versions of the articles as a table, not a view that looks for later versions each time.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import duckdb
from fastapi import Depends, Request

from ..store.db import Store, StoreError
from ..store.query import SORT_KEY

PAGES = "pages.listing"
BUILD_PAGES = f"""CREATE TABLE {PAGES} AS
SELECT e.*, a.title, a.source, a.date AS published,
    {SORT_KEY[0]} AS key_date, {SORT_KEY[1]} AS key_published,
    a.id IN (SELECT id FROM current_articles) AS current
FROM events e JOIN articles a ON a.id = e.article_id
ORDER BY key_date, key_published, e.article_id, e.seq"""
# found before the store's view of the same name (a subquery for each article) by the
# analysis queries; without the texts, which they do not read
BUILD_CURRENT = ("CREATE TABLE pages.current_articles AS "
                 "SELECT * EXCLUDE (text) FROM store.current_articles")
SEARCH_PATH = "SET search_path = 'pages,store'"


def _literal(path: str) -> str:
    """ATTACH takes no parameters: the path as an SQL string."""
    return "'" + path.replace("'", "''") + "'"


class Database:
    def __init__(self, path: str):
        Store(path, read_only=True).close()  # a missing, locked or foreign file: StoreError
        self.folder = tempfile.mkdtemp(prefix="thucydides-serve-")
        self.con = duckdb.connect()
        try:
            self.con.execute(f"ATTACH {_literal(path)} AS store (READ_ONLY)")
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


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A FastAPI dependency: a cursor of its own for one request, on the store, closed
    after it."""
    cur = request.app.state.db.con.cursor()
    try:
        cur.execute(SEARCH_PATH)
        yield cur
    finally:
        cur.close()


def named_rows(cur: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    """The rows of a query, each as {column: value} (flat: one row of one table)."""
    result = cur.execute(sql, params)
    names = [d[0] for d in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]
