"""The server's one read-only connection to the store, and a cursor for each request."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

import duckdb
from fastapi import Depends, Request

from ..store.db import Store


class Database:
    """Opened read-only once per server process: while the server runs, no other process
    can write the file, so what it reads does not change under it."""

    def __init__(self, path: str):
        self.store = Store(path, read_only=True)

    def close(self) -> None:
        self.store.close()


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A FastAPI dependency: a cursor of its own for one request, closed after it."""
    cur = request.app.state.db.store.con.cursor()
    try:
        yield cur
    finally:
        cur.close()


def named_rows(cur: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    """The rows of a query, each as {column: value} (flat: one row of one table)."""
    result = cur.execute(sql, params)
    names = [d[0] for d in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]
