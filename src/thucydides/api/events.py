"""GET /api/events, /api/articles/{id}, /api/health."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request

from ..analysis.names import UnknownName
from ..analysis.tables import resolved
from ..columns import from_row
from ..events.ontology import load_ontology
from ..records import StoredEvent, StoredStatement
from ..store.query import PLOVER_TYPES, EventFilter, event_where
from ..store.reading import STATEMENTS, named_rows
from . import paging
from .db import PAGES, Cursor
from .errors import BadParameter
from .models import Article, EventPage, EventType, Health

router = APIRouter(prefix="/api")
KEY_TYPES = (dt.date, dt.date, str, int)  # query.SORT_KEY


PAGE_KEY = ("e.key_date", "e.key_published", "e.article_id", "e.seq")  # query.SORT_KEY
UNDATED_KEY = dt.date(9999, 12, 31)  # the key_date of an undated event (query.SORT_KEY)
UNDATED = "e.key_date = DATE '9999-12-31'"


def plover_type(value: str | None) -> str | None:
    if value is not None and value.upper() not in PLOVER_TYPES:
        raise BadParameter("type", f"{value[:40]!r} is not a PLOVER type "
                                   f"({', '.join(PLOVER_TYPES)})")
    return value and value.upper()


def _key(row: dict) -> tuple:
    return row["key_date"], row["key_published"], row["article_id"], row["seq"]


def _newest_after(key: tuple) -> tuple[str, list]:
    """After a row in newest-first order: an older dated row, or any undated one."""
    undated = key[0] == UNDATED_KEY
    return (f"(({UNDATED}) > ? OR (({UNDATED}) = ? AND "
            f"({', '.join(PAGE_KEY)}) < (?, ?, ?, ?)))", [undated, undated, *key])


def find_events(cur, f: EventFilter, newest: bool = False) -> list[dict]:
    """The events a filter selects, in the order of query.SORT_KEY (newest: dated events
    newest first, then the undated). First the rows, from the few columns filtered on;
    then all the fields of those rows alone."""
    where, params = event_where(replace(f, after=None) if newest else f, PAGE_KEY)
    if newest and f.after is not None:
        clause, more = _newest_after(f.after)
        where.append(clause)
        params += more
    if not f.all_versions:
        where.append("e.current")
    order = f"{UNDATED}, e.rowid DESC" if newest else "e.rowid"  # rowid: key order
    found = [r[0] for r in cur.execute(
        f"SELECT e.rowid FROM {PAGES} e WHERE {' AND '.join(where) or 'true'} "
        f"ORDER BY {order} LIMIT ?", [*params, f.limit]).fetchall()]
    if not found:
        return []
    keys = [f"{UNDATED}", *(f"{k} DESC" for k in PAGE_KEY)] if newest else PAGE_KEY
    return list(named_rows(cur, f"SELECT e.* FROM {PAGES} e "
                                "WHERE e.rowid BETWEEN ? AND ? AND e.rowid IN "
                                f"(SELECT unnest(?)) ORDER BY {', '.join(keys)}",
                           [min(found), max(found), found]))


def with_codes(cur, f: EventFilter) -> EventFilter:
    """The filter with actor and country names read as codes (russia -> RUS); a name the
    dictionaries do not know is a 422 naming the parameter."""
    try:
        return resolved(cur, f, [])
    except UnknownName as exc:
        raise BadParameter(exc.argument, exc.reason) from None


Text = Annotated[str | None, Query(max_length=200)]


@router.get("/events", response_model=EventPage)
def events(cur: Cursor, actor: Text = None, recipient: Text = None, type: Text = None,
           quad: Annotated[int | None, Query(ge=1, le=4)] = None,
           since: dt.date | None = None, until: dt.date | None = None,
           q: Annotated[str | None, Query(max_length=500)] = None,
           country: Text = None, place: Text = None, actor_country: Text = None,
           min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
           article: Text = None, cluster: Text = None, all: bool = False,
           limit: Annotated[int, Query(ge=1, le=1000)] = 100,
           cursor: Annotated[str | None, Query(max_length=2000)] = None,
           order: Literal["oldest", "newest"] = "oldest") -> EventPage:
    """Events, oldest (or newest) first, undated last, a page at a time; `next` continues
    after the last one."""
    f = with_codes(cur, EventFilter(
        actor=actor, recipient=recipient, type=plover_type(type), quad=quad,
        since=since and since.isoformat(), until=until and until.isoformat(), q=q,
        country=country, place=place, actor_country=actor_country,
        min_confidence=min_confidence, article=article, cluster=cluster, unasserted=all,
        limit=limit + 1, after=None if cursor is None else paging.decode(cursor, KEY_TYPES)))
    rows = find_events(cur, f, newest=order == "newest")
    more = len(rows) > limit
    rows = rows[:limit]
    return EventPage(events=[from_row(StoredEvent, r) for r in rows],
                     next=paging.encode(_key(rows[-1])) if more else None)


@router.get("/articles/{article_id}", response_model=Article)
def article(article_id: str, cur: Cursor) -> Article:
    """An article's text with every event (asserted or not) and statement coded in it."""
    found = list(named_rows(cur, "SELECT id, title, CAST(date AS VARCHAR) AS date, source, "
                                 "url, text FROM articles WHERE id = ?", [article_id]))
    if not found:
        raise HTTPException(404, f"no article {article_id[:100]!r}")
    f = EventFilter(article=article_id, unasserted=True, all_versions=True, limit=100_000)
    statements = named_rows(cur, f"{STATEMENTS} WHERE s.article_id = ? ORDER BY s.seq",
                            [article_id])
    return Article(**found[0], events=[from_row(StoredEvent, r) for r in find_events(cur, f)],
                   statements=[from_row(StoredStatement, r) for r in statements])


@router.get("/types", response_model=list[EventType])
def types() -> list[EventType]:
    """The PLOVER event types, in the ontology's order, with their quad class and modes."""
    return [EventType(name=t.name, quad=t.quad, modes=list(t.modes))
            for t in load_ontology().plover.values()]


@router.get("/health", response_model=Health)
def health(cur: Cursor, request: Request) -> Health:
    events_, articles = cur.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM articles)").fetchone()
    db = request.app.state.db
    return Health(status="stale" if db.error else "ok", events=events_, articles=articles,
                  reloaded=f"{db.reloaded:%Y-%m-%dT%H:%M:%S}Z", reload_error=db.error)

