"""The store's rows read back as records (records.py): events, statements, articles."""

from __future__ import annotations

from collections.abc import Iterator

from ..columns import from_row
from ..records import CodedArticle, StoredArticle, StoredEvent, StoredStatement
from .query import event_query
from .schema import JOINED_PLACE

# an event with its place's other fields and what its article and run add (the article `a`
# joined by the query; `l` and `r` joined by EVENT_JOINS)
EVENT_FIELDS = (f"e.*, {JOINED_PLACE}, CAST(a.date AS VARCHAR) AS published, a.title, "
                "a.source, a.url, a.path, a.added, r.coder_version")
EVENT_JOINS = ("LEFT JOIN locations l ON l.id = e.location_id "
               "LEFT JOIN runs r ON r.id = a.run_id")
EVENTS = (f"SELECT {EVENT_FIELDS} FROM events e JOIN {{articles}} a ON a.id = e.article_id "
          f"{EVENT_JOINS}")
STATEMENTS = """SELECT s.*, CAST(a.date AS VARCHAR) AS published, a.title, a.source
FROM statements s JOIN articles a ON a.id = s.article_id"""


def named_rows(con, sql: str, params: list, batch: int = 10_000) -> Iterator[dict]:
    """The rows of a query, each as {column: value}, a batch at a time."""
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    while rows := cursor.fetchmany(batch):
        for row in rows:
            yield dict(zip(names, row, strict=True))


def read_events(con, where: str, params: list, order: str,
                current_only: bool = True) -> Iterator[StoredEvent]:
    sql = EVENTS.format(articles="current_articles" if current_only else "articles")
    for row in named_rows(con, f"{sql} WHERE {where} ORDER BY {order}", params):
        yield from_row(StoredEvent, row)


def event_records(con, f) -> Iterator[StoredEvent]:
    """The events a filter (store.query.EventFilter) selects, as records, oldest first."""
    sql, params = event_query(f, (EVENT_FIELDS,), EVENT_JOINS)
    return (from_row(StoredEvent, row) for row in named_rows(con, sql, params))


def read_article(con, article_id: str) -> CodedArticle:
    """An article with every event (asserted or not) and statement coded in it."""
    found = list(named_rows(con, "SELECT * FROM articles WHERE id = ?", [article_id]))
    if not found:
        raise KeyError(f"no article {article_id!r} in the store")
    article = from_row(StoredArticle, found[0])
    events = read_events(con, "e.article_id = ?", [article_id], "e.seq", current_only=False)
    statements = named_rows(con, f"{STATEMENTS} WHERE s.article_id = ? ORDER BY s.seq",
                            [article_id])
    return CodedArticle(article, list(events),
                        [from_row(StoredStatement, s) for s in statements],
                        list(article.warnings or []))
