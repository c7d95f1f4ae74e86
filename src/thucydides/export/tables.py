"""A table of the store as Parquet or CSV, written by DuckDB itself."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import duckdb

from ..errors import InputError
from ..files import settle
from ..store.db import Store, first_line

TABLES = ("events", "statements", "articles", "actors", "locations", "rejects", "runs",
          "clusters")
# events and statements of the current version of each article only; events asserted only
# unless all are asked for ({asserted}: the condition)
CURRENT = {
    "events": "SELECT e.* FROM events e JOIN current_articles a ON a.id = e.article_id "
              "WHERE {asserted} ORDER BY e.date NULLS LAST, e.article_id, e.seq",
    "statements": "SELECT s.* FROM statements s JOIN current_articles a ON a.id = s.article_id"
                  " ORDER BY s.date NULLS LAST, s.article_id, s.seq",
    "articles": "SELECT * FROM articles ORDER BY date NULLS LAST, id",
    "clusters": "SELECT * FROM clusters ORDER BY first_date, num_mentions DESC, cluster_id",
}
# USE_TMP_FILE false: DuckDB's own temporary file ('tmp_' + name) is not hidden and would be
# left visible by a killed export; ours already is the temporary file
OPTIONS = {"parquet": "FORMAT parquet, USE_TMP_FILE false",
           "csv": "FORMAT csv, HEADER true, USE_TMP_FILE false"}


def _literal(path: Path) -> str:
    """A path as an SQL string literal (COPY takes no parameter for its target)."""
    return "'" + str(path).replace("'", "''") + "'"


def export_table(store: Store, table: str, fmt: str, out: Path,
                 unasserted: bool = False, min_confidence: float | None = None) -> int:
    """Write the table to `out` through a temporary file beside it: a reader never sees a
    half-written file. Returns the number of rows."""
    if table not in TABLES:
        raise InputError(f"--table {table!r}: one of {', '.join(TABLES)}")
    query = CURRENT.get(table, f"SELECT * FROM {table}")
    # COPY takes no parameters: the threshold is a float, written as one
    query = query.format(asserted=("true" if unasserted else "e.asserted") +
                         f" AND e.confidence >= {float(min_confidence or 0.0)!r}")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        _copy(store, query, tmp, fmt, out)
        settle(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return store.con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]


def _copy(store: Store, query: str, tmp: Path, fmt: str, out: Path) -> None:
    try:
        store.con.execute(f"COPY ({query}) TO {_literal(tmp)} ({OPTIONS[fmt]})")
    except duckdb.IOException as exc:
        if str(tmp) not in str(exc):  # the store's file, not the target's
            raise
        raise InputError(f"{out}: cannot write ({first_line(exc)}); the file there before, "
                         f"if any, is untouched") from None
