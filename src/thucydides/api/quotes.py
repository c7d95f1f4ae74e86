"""GET /api/quotes: who said what, a page at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Query

from ..analysis.quotes import Quote, QuoteFilter, quotes
from ..columns import from_row
from ..records import StoredStatement
from . import paging
from .db import Cursor
from .models import QuotePage

router = APIRouter(prefix="/api")
KEY_TYPES = (dt.date, str, int)  # Quote.key


def _statement(quote: Quote) -> StoredStatement:
    return from_row(StoredStatement, asdict(quote))


@router.get("/quotes", response_model=QuotePage)
def quote_page(cur: Cursor,
               speaker: Annotated[str | None, Query(max_length=200)] = None,
               q: Annotated[str | None, Query(max_length=500)] = None,
               since: dt.date | None = None, until: dt.date | None = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 50,
               cursor: Annotated[str | None, Query(max_length=2000)] = None) -> QuotePage:
    """Statements, oldest first; speaker: part of the speaker's name or words, or a code."""
    after = None if cursor is None else paging.decode(cursor, KEY_TYPES)
    found = quotes(cur, QuoteFilter(speaker=speaker, q=q, since=since, until=until,
                                    limit=limit + 1, after=after))
    more = len(found) > limit
    found = found[:limit]
    return QuotePage(quotes=[_statement(x) for x in found],
                     next=paging.encode(found[-1].key) if more else None)
