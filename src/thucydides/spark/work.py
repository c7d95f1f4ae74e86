"""What the Spark workers run: reading each input row into an article (or a reject), and
coding a partition's articles into the store's rows.

Each Python worker process loads the coder once, on its first partition, and keeps it
(``thucydides.get_coder`` caches it in the module): a worker is reused across tasks.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterable, Iterator
from datetime import datetime

from .. import get_coder
from ..ingest.files import failure, read_limited
from ..ingest.formats import (
    READER_ERROR,
    UNREADABLE,
    WHOLE,
    Item,
    ReadOptions,
    Refused,
    read_jsonl,
)
from ..pipeline.coding import code_chunk
from ..pipeline.ingest import CODER_ERROR
from ..records import Article, Found, Reject
from ..settings import Settings
from ..store.rows import article_rows

CHUNK = 16  # articles handed to the coder at a time, as ingest does


def parse(kind: str, value: str | bytes, path: str, options: ReadOptions) -> Item | None:
    """An input row: a JSON record a line ('jsonl'), or the bytes of a whole file ('text',
    'html'), read as `ingest` reads them. None for a blank line. Spark gives no line
    numbers: `line` is left empty."""
    try:
        items = list(read_jsonl(io.BytesIO(value.encode("utf-8") + b"\n"), options, path)
                     if kind == "jsonl" else
                     WHOLE["txt" if kind == "text" else kind](_unzipped(value, path, options),
                                                              options, path))
    except Refused as exc:
        return Reject(path, None, exc.reason, exc.detail)
    except Exception as exc:  # noqa: BLE001 - a library's failure on one file, as in ingest
        return Reject(path, None, READER_ERROR, failure(exc))
    if not items:
        return None
    items[0].line = None
    return items[0]


def _unzipped(data: bytes, path: str, options: ReadOptions) -> bytes:
    """A whole file's bytes; a .gz file's decompressed, up to the size `ingest` allows."""
    if not path.lower().endswith(".gz"):
        return bytes(data)
    try:
        return read_limited(gzip.GzipFile(fileobj=io.BytesIO(data)),
                            options.max_gzip_ratio * len(data))
    except (OSError, EOFError, zlib.error) as exc:
        raise Refused(UNREADABLE, f"broken gzip data ({exc})") from None


def item_values(order: int, item: Item) -> tuple:
    """A row of the items table (job.ITEM): an article read, or a reject."""
    if isinstance(item, Reject):
        return (order, item.path, item.line, item.given_id, [], None, None, None, None, None,
                None, None, item.reason, item.detail)
    a = item.article
    return (order, item.path, item.line, item.given_id, item.warnings, a.id, a.text, a.date,
            a.title, a.url, a.source, a.date_source, None, None)


def parse_rows(rows: Iterable, options: ReadOptions) -> Iterator[tuple]:
    for row in rows:
        item = parse(row.kind, row.value, row.path, options)
        if item is not None:
            yield item_values(row.order, item)


def found_of(row) -> Found:
    article = Article(id=row.id, text=row.text, date=row.date, title=row.title, url=row.url,
                      source=row.source, date_source=row.date_source)
    return Found(article, row.path, row.line, row.given_id, list(row.warnings or []))


def code_rows(rows: Iterable, settings: Settings, run_id: int,
              added: datetime) -> Iterator[tuple]:
    """One row of the coded table (job.CODED) for each item: an article with its events,
    statements and places; a reject; or a duplicate, skipped."""
    chunk = []
    for row in rows:
        if row.reason is not None:
            yield None, [], [], [], (run_id, row.path, row.line, row.reason, row.detail,
                                     added), False
        elif row.duplicate:
            yield None, [], [], [], None, True
        else:
            chunk.append(row)
            if len(chunk) >= CHUNK:
                yield from _code(chunk, settings, run_id, added)
                chunk = []
    yield from _code(chunk, settings, run_id, added)


def _code(rows: list, settings: Settings, run_id: int, added: datetime) -> Iterator[tuple]:
    if not rows:
        return
    outcomes = code_chunk(get_coder(settings), [found_of(r) for r in rows])
    for row, outcome in zip(rows, outcomes, strict=True):
        if outcome.coded is None:
            yield None, [], [], [], (run_id, row.path, row.line, CODER_ERROR,
                                     outcome.error or "", added), False
            continue
        r = article_rows(outcome.coded, outcome.found, row.version, run_id, added)
        yield r.article, r.events, r.statements, r.locations, None, False
